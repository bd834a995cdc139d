"""``factlint lsp``: the language server (stdio), for editors. Needs the ``lsp`` extra:
``pip install 'factlint[lsp]'`` (pygls and lsprotocol), imported only when the server starts so the
plain command's start-up does not pay for it.
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_ERROR = 0, 2


def main(argv: list[str] | None = None) -> int:
    """Run the language server on standard input and output until the client says exit."""
    parser = argparse.ArgumentParser(
        prog="factlint lsp",
        description="Language server for factlint over stdio: diagnostics, quick fixes and rule explanations in the editor.",
    )
    parser.add_argument("--stdio", action="store_true", help="talk over standard input and output (the default and only transport)")
    parser.add_argument(
        "--debounce",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wait this long after the last keystroke before linting again (default 0.3)",
    )
    options = parser.parse_args(argv)
    try:
        from factlint.lsp.server import DEBOUNCE_SECONDS, build_server
    except ImportError as error:
        print(
            f"factlint: error: the language server needs the lsp extra ({error.name or error} is missing): "
            "pip install 'factlint[lsp]'",
            file=sys.stderr,
        )
        return EXIT_ERROR
    server = build_server(debounce=DEBOUNCE_SECONDS if options.debounce is None else max(0.0, options.debounce))
    server.start_io()
    return EXIT_OK
