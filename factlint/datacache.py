"""Parsed rule and data files kept on disk between runs, so a cold start does not parse YAML again.

Parsing the rule packs' YAML (and importing PyYAML to do it) was a quarter of what a one-article
run cost. The parse of a file depends on its text alone, so it is kept beside the compiled patterns
(factlint.patterncache) in the user's cache folder, keyed by a digest of the text: an edited rule
file is a new key and is parsed afresh; nothing is keyed by path or modification time. Other data
that is costly to build and depends only on known content (the ISO country names pycountry ships)
is kept the same way, under a key its builder chooses.

The file holds plain data only, read with ``marshal`` (nothing is executed), carries a checksum,
and is replaced atomically (factlint.cachefile); a damaged or unreadable file is ignored and
written again. ``FACTLINT_NO_CACHE=1`` turns it off, as it does the pattern cache.
"""

from __future__ import annotations

import atexit
import sys
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from factlint import cachefile

_FORMAT = 4
# Past this many entries, those this run did not use are dropped when the file is written (a guard:
# factlint.cachefile already drops the entries no run used in its last few writes, such as those of
# a data file since edited; entries are read only when used, so their number costs little).
MAX_ENTRIES = 2000
_store: cachefile.Entries | None = None
_used: set[Hashable] = set()
_dirty = False

digest = cachefile.digest


def cache_file() -> Path | None:
    """Where the parsed data lives, or None when caching is off."""
    folder = cachefile.folder()
    if folder is None:
        return None
    return folder / f"data-py{sys.version_info[0]}.{sys.version_info[1]}-v{_FORMAT}.marshal"


def get(key: Hashable) -> Any:
    """The value stored under ``key`` by this run or an earlier one, else None."""
    store = _load()
    entry = store.get(key)
    if entry is None:
        return None
    try:
        value = cachefile.decode(entry)
    except (ValueError, EOFError, TypeError):  # damaged: as if it were not there
        del store[key]
        return None
    _used.add(key)
    return value


def put(key: Hashable, value: Any) -> None:
    """Keep ``value`` (plain data that ``marshal`` can write) under ``key``; other values are ignored."""
    global _dirty
    entry = cachefile.encode(value)
    if entry is None or cachefile.encode(key) is None:
        return
    _load()[key] = entry
    _used.add(key)
    if not _dirty:
        _dirty = True
        atexit.register(save)


def _load() -> cachefile.Entries:
    global _store
    if _store is None:
        _store = cachefile.read(cache_file())
    return _store


def save() -> None:
    """Write what this run added (called at exit when there is something new)."""
    global _dirty
    if _store is None or not _dirty:
        return
    if len(_store) > MAX_ENTRIES:
        for key in [key for key in _store if key not in _used]:
            del _store[key]
    if cachefile.write(cache_file(), _store):
        _dirty = False
