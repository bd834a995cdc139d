"""Dataclasses made at start-up without compiling their methods again on every run.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` and compiles it when the module is imported: about
3.6 M instructions a frozen class, and the ~50 classes of the rule kinds and layers were a seventh
of a one-article run. The command line (and only it: importing factlint as a library changes
nothing) compiles each of those texts once and keeps the code in the user's cache folder beside the
other caches, keyed by the exact text and the Python build, so later starts load it instead.
The class that comes out is the same: the text is dataclasses' own, executed as dataclasses
executes it; only ``compile`` is skipped.

Code is read back only from a file that belongs to the user and that nobody else can write, with
a checksum (factlint.cachefile); any problem means compiling as usual. ``FACTLINT_NO_CACHE=1``
turns it off. Python versions other than 3.11, whose dataclasses build methods differently, are
left alone.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path
from typing import Any

from factlint import cachefile

_FORMAT = 3
MAX_ENTRIES = 2000  # past this (texts that change between runs would grow it), the file starts again
_store: cachefile.Entries | None = None
_dirty = False


def cache_file() -> Path | None:
    folder = cachefile.folder()
    if folder is None:
        return None
    return folder / f"classes-{sys.implementation.cache_tag}-v{_FORMAT}.marshal"


def install() -> None:
    """Make dataclasses compile each method text at most once across runs (Python 3.11 only)."""
    if sys.version_info[:2] != (3, 11):
        return
    import dataclasses

    original = getattr(dataclasses, "_create_fn", None)
    if original is None or getattr(original, "__module__", None) != "dataclasses" or cache_file() is None:
        return
    missing = dataclasses.MISSING

    def _create_fn(name: str, args: Any, body: Any, *, globals: Any = None, locals: Any = None, return_type: Any = missing) -> Any:  # noqa: A002
        # dataclasses._create_fn of Python 3.11, with compile() answered from the cache.
        if locals is None:
            locals = {}
        return_annotation = ""
        if return_type is not missing:
            locals["_return_type"] = return_type
            return_annotation = "->_return_type"
        args = ",".join(args)
        body = "\n".join(f"  {b}" for b in body)
        txt = f" def {name}({args}){return_annotation}:\n{body}"
        local_vars = ", ".join(locals.keys())
        txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
        ns: dict[str, Any] = {}
        exec(_code(txt), globals, ns)  # noqa: S102 - dataclasses' own generated text
        return ns["__create_fn__"](**locals)

    _create_fn.__module__ = __name__
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]


def _code(text: str) -> Any:
    store = _load()
    entry = store.get(text)
    if entry is not None:
        try:
            return cachefile.decode(entry)
        except (ValueError, EOFError, TypeError):
            pass
    code = compile(text, "<string>", "exec")
    _remember(store, text, code)
    return code


def _remember(store: cachefile.Entries, text: str, code: Any) -> None:
    global _dirty
    if len(store) >= MAX_ENTRIES:
        store.clear()
    entry = cachefile.encode(code)
    if entry is not None:
        store[text] = entry
    if not _dirty:
        _dirty = True
        atexit.register(save)


def _load() -> cachefile.Entries:
    global _store
    if _store is None:  # code is executed from it: only a file of the user's own that no one else can write
        _store = cachefile.read(cache_file(), private=True)
    return _store


def save() -> None:
    """Write the method code compiled so far (called at exit when there is new code)."""
    global _dirty
    if _store is not None and _dirty and cachefile.write(cache_file(), _store):
        _dirty = False
