"""Compiled regular expressions kept on disk between runs, so a cold start does not parse them again.

The ``regex`` module parses every pattern in Python: compiling a rule set (the rules' patterns and
the dates and trade grammars) is most of what a one-article run costs. A compiled pattern is plain
data (the tuple ``regex`` itself pickles), so it is kept in the user's cache folder, keyed by the
pattern's text and flags, in a file for the running ``regex`` and Python versions; the next run
rebuilds the pattern from that data without parsing it (a hundred times faster).

The file holds nothing but patterns (no paths: moving an environment does not break it), is read
with ``marshal`` (data only, nothing is executed; each pattern decoded only when a run asks for
it), carries a checksum, and is replaced atomically (factlint.cachefile). Any problem reading or
writing it means compiling as usual. ``FACTLINT_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path
from typing import Any

import regex
from regex import _regex  # type: ignore[attr-defined]

from factlint import cachefile

_FORMAT = 4
# More patterns than any rule set has: past this the cache starts again (a pattern whose text
# changes from run to run, e.g. built from an unordered set, would otherwise grow it for ever).
MAX_PATTERNS = 5000
_Key = tuple[Any, ...]
_store: cachefile.Entries | None = None
_dirty = False


def cache_folder() -> Path | None:
    """factlint's folder in the user's cache folder, or None when caching is off."""
    return cachefile.folder()


def cache_file() -> Path | None:
    """Where the compiled patterns live, or None when caching is off."""
    folder = cache_folder()
    if folder is None:
        return None
    tag = f"regex{regex.__version__}-py{sys.version_info[0]}.{sys.version_info[1]}-v{_FORMAT}"
    return folder / f"patterns-{tag}.marshal"


def compile(source: str, flags: int = 0, **named_lists: Any) -> "regex.Pattern[str]":  # noqa: A001 - mirrors regex.compile
    """``regex.compile(source, flags, **named_lists)``, from the disk cache when an earlier run
    compiled it (named lists, ``\\L<name>``, are part of the key through a digest of their items)."""
    store = _load()
    key: tuple[Any, ...] = (source, int(flags), int(regex.DEFAULT_VERSION))
    for name in sorted(named_lists):
        items = "\x00".join(sorted(str(item) for item in named_lists[name]))
        key += (name, cachefile.digest(items).hex())
    entry = store.get(key)
    if entry is not None:
        try:
            return _regex.compile(*cachefile.decode(entry))  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile it afresh
            del store[key]
    pattern = regex.compile(source, flags, **named_lists)
    _remember(store, key, pattern)
    return pattern


def known(source: str, flags: int = 0) -> bool:
    """True when an earlier run compiled ``source`` with ``flags`` (no named lists): it is valid
    and ``compile`` will build it from the cache without parsing it."""
    return (source, int(flags), int(regex.DEFAULT_VERSION)) in _load()


def _remember(store: cachefile.Entries, key: _Key, pattern: "regex.Pattern[str]") -> None:
    global _dirty
    data = getattr(pattern, "_pickled_data", None)
    entry = cachefile.encode(data) if data is not None else None  # plain data only
    if entry is None:
        return
    if len(store) >= MAX_PATTERNS:  # patterns built from changing text would grow it without end
        store.clear()
    store[key] = entry
    if not _dirty:
        _dirty = True
        atexit.register(save)


def _load() -> cachefile.Entries:
    global _store
    if _store is None:
        _store = cachefile.read(cache_file())
    return _store


def save() -> None:
    """Write the patterns compiled so far (called at exit when there are new ones)."""
    global _dirty
    if _store is not None and _dirty and cachefile.write(cache_file(), _store):
        _dirty = False
