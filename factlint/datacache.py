"""Parsed rule and data files kept on disk between runs, so a cold start does not parse YAML again.

Parsing the rule packs' YAML (and importing PyYAML to do it) was a quarter of what a one-article
run cost. The parse of a file depends on its text alone, so it is kept beside the compiled patterns
(factlint.patterncache) in the user's cache folder, keyed by a digest of the text: an edited rule
file is a new key and is parsed afresh; nothing is keyed by path or modification time. Other data
that is costly to build and depends only on known content (the ISO country names pycountry ships)
is kept the same way, under a key its builder chooses.

The file holds plain data only, read with ``marshal`` (nothing is executed), carries a checksum,
and is replaced atomically; a damaged or unreadable file is ignored and written again.
``FACTLINT_NO_CACHE=1`` turns it off, as it does the pattern cache.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from factlint.patterncache import cache_folder

_FORMAT = 1
# Past this many entries, those this run did not use are dropped when the file is written (each
# edit of a data file adds a new entry; the old one would otherwise stay for ever).
MAX_ENTRIES = 400
_store: dict[Hashable, Any] | None = None
_used: set[Hashable] = set()
_dirty = False


def cache_file() -> Path | None:
    """Where the parsed data lives, or None when caching is off."""
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"data-py{sys.version_info[0]}.{sys.version_info[1]}-v{_FORMAT}.marshal"


def digest(content: str | bytes) -> bytes:
    """The key part that names a content: its SHA-256."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return hashlib.sha256(data).digest()


def get(key: Hashable) -> Any:
    """The value stored under ``key`` by this run or an earlier one, else None."""
    store = _load()
    value = store.get(key)
    if value is not None:
        _used.add(key)
    return value


def put(key: Hashable, value: Any) -> None:
    """Keep ``value`` (plain data that ``marshal`` can write) under ``key``; other values are ignored."""
    global _dirty
    try:
        marshal.dumps((key, value))
    except ValueError:
        return
    store = _load()
    store[key] = value
    _used.add(key)
    if not _dirty:
        _dirty = True
        atexit.register(save)


def _load() -> dict[Hashable, Any]:
    global _store
    if _store is None:
        _store = {}
        path = cache_file()
        if path is not None:
            try:
                blob = path.read_bytes()
                check, body = blob[:32], blob[32:]
                if hashlib.sha256(body).digest() == check:
                    loaded = marshal.loads(body)
                    if isinstance(loaded, dict):
                        _store = loaded
            except (OSError, ValueError, EOFError, TypeError):
                pass
    return _store


def save() -> None:
    """Write what this run added (called at exit when there is something new)."""
    global _dirty
    path = cache_file()
    if path is None or _store is None or not _dirty:
        return
    if len(_store) > MAX_ENTRIES:
        for key in [key for key in _store if key not in _used]:
            del _store[key]
    try:
        body = marshal.dumps(_store)
        import tempfile  # only when there is something to write

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".data-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.sha256(body).digest() + body)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        _dirty = False
    except (OSError, ValueError):
        pass
