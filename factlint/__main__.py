"""``python -m factlint`` and the ``factlint`` console script: the command line, started cheaply.

The cyclic garbage collector stays off while the command line and the rule set load (they make
no cyclic garbage, and each collection would rescan everything built so far, a few percent of a
one-article run); ``factlint.engine`` turns it back on before the first document. Dataclasses
defined while it starts reuse their methods' code from earlier runs (factlint.classcache).
"""

from __future__ import annotations


def run() -> None:
    """Console-script entry point."""
    import gc

    collecting = gc.isenabled()
    gc.disable()  # from the first import on: importing the engine loads most of factlint
    from factlint import classcache

    classcache.install()  # before the modules that define dataclasses load
    from factlint.engine import defer_collection

    if collecting:
        gc.enable()
        defer_collection()  # off again, and back on (frozen) before the first document
    from factlint.cli import run as run_command_line

    run_command_line()


if __name__ == "__main__":
    run()
