"""The files of factlint's caches (compiled patterns, parsed rule files, dataclass methods): an
index of the entries, then the entries themselves, each a checksummed ``marshal`` dump read from disk
and decoded only when a run asks for it. A start reads the index and the few entries it uses, not
everything every earlier run stored: reading whole files (and copying every entry out of them) was
several megabytes of memory to touch at each start, more with every version of the rules a user ran.

Each entry remembers the last write of the file in which a run used it; an entry that no run of the
last ``WRITES_UNUSED`` writes used (the patterns of rules since edited, the tables of an older data
file) is dropped when the file is written again, so the file does not grow with every rules version.

Data only (``marshal`` executes nothing); a file that is truncated or of another format reads as
empty, an entry whose checksum does not match is refused when it is decoded (a damaged key only
misses); writing replaces the file atomically and never fails the run.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

try:  # the BLAKE2 module alone: hashlib would load OpenSSL first, a few ms of every start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

_MAGIC = b"factlint-cache-5\n"
_HEADER = len(_MAGIC) + 8  # the magic, the index's length and its crc32
# An entry no run used in this many writes of its file is not written again.
WRITES_UNUSED = 8


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


_file_digests: dict[tuple[str, int, int], bytes] = {}


def file_digest(path: Path) -> bytes:
    """``digest`` of a file's bytes, worked out once per process for the same path, size and
    modification time (several caches key on the same data files); OSError when it cannot be read."""
    status = os.stat(path)
    key = (str(path), status.st_size, status.st_mtime_ns)
    found = _file_digests.get(key)
    if found is None:
        found = _file_digests[key] = digest(path.read_bytes())
    return found


def _slot(key: Hashable) -> tuple[int, bytes]:
    """Where ``key`` goes in a file's index, and the key as stored beside its entry: the index holds
    numbers, not keys (a pattern's key is its text: the keys were most of a grown file's index)."""
    written = marshal.dumps(key, 2)  # version 2: the same bytes for equal keys (no references)
    return len(written) << 32 | zlib.crc32(written), written


class Entries:
    """The entries of one cache file, key -> encoded entry (``encode``), read from the file on first
    use; entries set by this run are kept in memory until ``write``. On disk an entry is stored
    behind its key, which a read checks (two keys in one slot: the other one only misses)."""

    def __init__(self, index: dict[int, tuple[int, int, int]] | None = None, handle: BinaryIO | None = None, base: int = 0, generation: int = 0) -> None:
        self._index = index or {}  # slot -> (offset after the index, length, last write that used it)
        self._handle = handle
        self._base = base
        self._generation = generation
        self._new: dict[Hashable, bytes] = {}
        self._used: set[int] = set()  # slots

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The encoded entry under ``key`` (read from the file now), else ``default``."""
        slot, written = _slot(key)
        found = self._new.get(key)
        if found is None:
            place = self._index.get(slot)
            if place is None:
                return default
            stored = self._read(place[0], place[1])
            size = int.from_bytes(stored[:4], "big")
            if stored[4 : 4 + size] != written:
                return default
            found = stored[4 + size :]
        self._used.add(slot)
        return found

    def _read(self, offset: int, length: int) -> bytes:
        """A stored entry with its key (the key's length, the key, the entry)."""
        if self._handle is None:
            return b""  # closed by a write: reads as a damaged entry
        try:
            if hasattr(os, "pread"):
                return os.pread(self._handle.fileno(), length, self._base + offset)
            self._handle.seek(self._base + offset)
            return self._handle.read(length)
        except (OSError, ValueError):
            return b""

    def _stored_key(self, slot: int) -> Any:
        place = self._index[slot]
        stored = self._read(place[0], place[1])
        try:
            key = marshal.loads(stored[4 : 4 + int.from_bytes(stored[:4], "big")])
            hash(key)
        except (ValueError, EOFError, TypeError):  # a damaged entry
            return None
        return key

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def __setitem__(self, key: Hashable, entry: bytes) -> None:
        self._new[key] = entry
        self._used.add(_slot(key)[0])

    def __delitem__(self, key: Hashable) -> None:
        self._new.pop(key, None)
        self._index.pop(_slot(key)[0], None)

    def __len__(self) -> int:
        return len(self._index.keys() | {_slot(key)[0] for key in self._new})

    def __iter__(self) -> Iterator[Hashable]:
        """Every key (those only on disk are read from it)."""
        new = {_slot(key)[0] for key in self._new}
        for slot in list(self._index):
            if slot not in new:
                key = self._stored_key(slot)
                if key is not None:
                    yield key
        yield from list(self._new)

    def items(self) -> Iterator[tuple[Hashable, bytes]]:
        for key in list(self):
            yield key, self.get(key)

    def clear(self) -> None:
        self._index.clear()
        self._new.clear()

    def close(self) -> None:
        """Let go of the file (entries not read by then read as damaged)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def to_write(self) -> tuple[bytes, list[bytes]]:
        """The index and the stored entries of the file's next version, without those no run used in
        ``WRITES_UNUSED`` writes; the entries stay in memory and the old file is let go (Windows
        cannot replace a file that is open). ValueError when a key cannot be written."""
        generation = self._generation + 1
        chunks: dict[int, tuple[bytes, int]] = {}  # slot -> (stored entry, last write that used it)
        for slot, (offset, length, used) in self._index.items():
            used = generation if slot in self._used else used
            if generation - used < WRITES_UNUSED:
                chunks[slot] = (self._read(offset, length), used)
        for key, entry in self._new.items():
            slot, written = _slot(key)
            chunks[slot] = (len(written).to_bytes(4, "big") + written + entry, generation)
        index: dict[int, tuple[int, int, int]] = {}
        offset = 0
        for slot, (chunk, used) in chunks.items():
            index[slot] = (offset, len(chunk), used)
            offset += len(chunk)
        head = marshal.dumps((generation, index))
        self.close()
        self._index, self._generation = {}, generation
        for slot in index:  # what this process still reads: the new file's entries, from memory
            stored = chunks[slot][0]
            size = int.from_bytes(stored[:4], "big")
            try:
                self._new.setdefault(marshal.loads(stored[4 : 4 + size]), stored[4 + size :])
            except (ValueError, EOFError, TypeError):
                continue
        return head, [chunk for chunk, _ in chunks.values()]


def read(path: Path | None, *, private: bool = False) -> Entries:
    """The entries of the file at ``path`` (none when it is missing, damaged or of another format;
    with ``private``, also when it is not the user's own or others may write it)."""
    if path is None:
        return Entries()
    try:
        handle = open(path, "rb", buffering=0)  # noqa: SIM115 - kept open: entries are read on first use
    except OSError:
        return Entries()
    try:
        if private:
            status = os.fstat(handle.fileno())
            if status.st_uid != os.getuid() or status.st_mode & 0o022:
                raise ValueError("not the user's own file")
        head = handle.read(_HEADER)
        if len(head) != _HEADER or head[: len(_MAGIC)] != _MAGIC:
            raise ValueError("another format")
        size = int.from_bytes(head[len(_MAGIC) : len(_MAGIC) + 4], "big")
        blob = handle.read(size)
        if len(blob) != size or zlib.crc32(blob) != int.from_bytes(head[-4:], "big"):
            raise ValueError("damaged index")
        generation, index = marshal.loads(blob)
        if not isinstance(generation, int) or not isinstance(index, dict) or not all(type(slot) is int and type(place) is tuple and len(place) == 3 for slot, place in index.items()):
            raise ValueError("another format")
    except (OSError, ValueError, EOFError, TypeError):
        handle.close()
        return Entries()
    return Entries(index, handle, _HEADER + size, generation)


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


def write(path: Path | None, entries: Entries | dict[Hashable, bytes]) -> bool:
    """Replace the file at ``path`` with ``entries`` (those no run used in ``WRITES_UNUSED`` writes
    left out); False when it could not be written."""
    if path is None:
        return False
    if isinstance(entries, dict):
        plain, entries = entries, Entries()
        for key, entry in plain.items():
            entries[key] = entry
    try:
        head, chunks = entries.to_write()
        import tempfile  # only when there is something to write

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + len(head).to_bytes(4, "big") + zlib.crc32(head).to_bytes(4, "big") + head)
                for chunk in chunks:
                    out.write(chunk)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        return False
    return True
