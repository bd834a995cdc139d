"""factlint's warnings, given through the standard ``logging`` module (logger ``"factlint"``), which
is imported only when there is a warning to give: importing it, with the threading, traceback and
string modules it needs, was ~2% of a one-article start that never warns.

Modules call ``warning``; the command line asks for its stderr handler with ``configure``, which
runs when the logger is first used (at once if ``logging`` is already loaded, as under pytest).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

_setup: Callable[["logging.Logger"], None] | None = None


def logger() -> "logging.Logger":
    """factlint's logger, set up as ``configure`` asked on first use."""
    global _setup
    import logging

    found = logging.getLogger("factlint")
    if _setup is not None:
        setup, _setup = _setup, None
        setup(found)
    return found


def warning(message: str, *args: Any) -> None:
    """``logging.getLogger("factlint").warning(message, *args)``."""
    logger().warning(message, *args)


def configure(setup: Callable[["logging.Logger"], None]) -> None:
    """Have ``setup(logger)`` run before the logger's first use (now, when ``logging`` is loaded)."""
    global _setup
    _setup = setup
    if "logging" in sys.modules:
        logger()
