"""The files of factlint's caches (compiled patterns, parsed rule files): a ``marshal`` dump of a
dict whose values are kept as checksummed ``marshal`` bytes and decoded only when used, so a start
pays for what it reads, not for everything every earlier run stored (a checksum of the whole file
cost more than reading it).

Data only (``marshal`` executes nothing); a file that is truncated or of another format reads as
empty, an entry whose checksum does not match is refused when it is decoded (a damaged key only
misses); writing replaces the file atomically and never fails the run.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Hashable
from pathlib import Path
from typing import Any

try:  # the BLAKE2 module alone: hashlib would load OpenSSL first, a few ms of every start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

_MAGIC = b"factlint-cache-3\n"


def folder() -> Path | None:
    """factlint's folder in the user's cache folder, or None when caching is off."""
    if os.environ.get("FACTLINT_NO_CACHE"):
        return None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factlint"


def digest(content: str | bytes) -> bytes:
    """A 32-byte digest of ``content``, for keys that name a content."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return blake2b(data, digest_size=32).digest()


def read(path: Path | None) -> dict[Hashable, bytes]:
    """The entries of the file at ``path`` (each value still encoded), or none."""
    if path is None:
        return {}
    try:
        blob = path.read_bytes()
        if blob[: len(_MAGIC)] != _MAGIC:
            return {}
        loaded = marshal.loads(memoryview(blob)[len(_MAGIC) :])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def encode(value: Any) -> bytes | None:
    """``value`` as stored, or None when it is not plain data."""
    try:
        data = marshal.dumps(value)
    except ValueError:
        return None
    return zlib.crc32(data).to_bytes(4, "big") + data


def decode(entry: Any) -> Any:
    """The value of a stored entry; ValueError (or EOFError, TypeError) when it is damaged."""
    if not isinstance(entry, bytes):
        raise TypeError("not an encoded entry")
    data = memoryview(entry)[4:]
    if entry[:4] != zlib.crc32(data).to_bytes(4, "big"):
        raise ValueError("damaged entry")
    return marshal.loads(data)


def write(path: Path | None, entries: dict[Hashable, bytes]) -> bool:
    """Replace the file at ``path`` with ``entries``; False when it could not be written."""
    if path is None:
        return False
    try:
        body = marshal.dumps(entries)
        import tempfile  # only when there is something to write

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + body)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        return False
    return True
