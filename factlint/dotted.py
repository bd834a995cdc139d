"""Objects named "package.module:attribute", as factlint's tables (kinds, formats, extractors,
subcommands) name them."""

from __future__ import annotations

import importlib
from typing import Any


def resolve(target: str) -> Any:
    """``pkgutil.resolve_name(target)`` for a "module:attribute" name, without the pattern
    ``pkgutil`` compiles with ``re`` on its first call (a few tenths of a millisecond of every
    start, for the report's renderer); other forms go to ``pkgutil``."""
    module, colon, attribute = target.partition(":")
    if not colon or not module:
        import pkgutil

        return pkgutil.resolve_name(target)
    found: Any = importlib.import_module(module)
    for part in attribute.split(".") if attribute else ():
        found = getattr(found, part)
    return found
