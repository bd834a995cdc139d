"""factlint: a fact-check consistency linter for news copy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.config import Config
    from factlint.diagnostic import Diagnostic, Severity
    from factlint.engine import Linter, LintResult, lint_paths, lint_text
    from factlint.errors import FactlintError

# The one place the version is written (pyproject.toml reads it from here): reading it from the
# installed metadata with importlib.metadata would add ~25 ms to every run's start-up.
__version__ = "0.1.0"

__all__ = ["Config", "Diagnostic", "FactlintError", "LintResult", "Linter", "Severity", "__version__", "lint_paths", "lint_text"]

# The public names are imported when first asked for (PEP 562), so ``python -m factlint`` and the
# console script can prepare the start (factlint.__main__) before the engine's modules load.
_HOMES = {
    "Config": "factlint.config",
    "Diagnostic": "factlint.diagnostic",
    "Severity": "factlint.diagnostic",
    "Linter": "factlint.engine",
    "LintResult": "factlint.engine",
    "lint_paths": "factlint.engine",
    "lint_text": "factlint.engine",
    "FactlintError": "factlint.errors",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'factlint' has no attribute {name!r}")
    import gc
    import importlib

    # Importing the engine creates tens of thousands of objects and no cyclic garbage: the
    # collector would only rescan them, a few percent of a one-article run.
    collecting = gc.isenabled()
    gc.disable()
    try:
        value = getattr(importlib.import_module(home), name)
    finally:
        if collecting:
            gc.enable()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
