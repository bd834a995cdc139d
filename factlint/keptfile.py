"""The files of the rule-set snapshots and kept values (factlint.rulecache): a pickle behind a key
and a checksum, read only from a file of the user's own that nobody else can write, mapped rather
than read, with compiled ``regex`` patterns stored as their build data and built on first use.
"""

from __future__ import annotations

import copyreg
import io
import marshal
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex
from regex import _regex  # type: ignore[attr-defined]


@contextmanager
def read(path: Path, magic: bytes) -> Iterator[tuple[Any, memoryview] | None]:
    """The key and the pickle of the snapshot file at ``path``, or None when it is not the user's
    own unshared file or its checksum is wrong. The file is mapped, not read: the pickle is decoded
    straight from the page cache (a copy of it, twice, was ~1 MB of memory touched at each start)."""
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if status.st_uid != os.getuid() or status.st_mode & 0o022:  # only the user's own, unshared file
            yield None
            return
        try:
            import mmap

            content: Any = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (ImportError, OSError, ValueError):  # an empty file, or no mapping here
            content = handle.read()
    try:
        with memoryview(content) as view:
            header = len(magic) + 8
            key_end = header + int.from_bytes(view[len(magic) + 4 : header], "big")
            if view[: len(magic)] != magic or int.from_bytes(view[len(magic) : len(magic) + 4], "big") != zlib.crc32(view[len(magic) + 4 :]):
                yield None
                return
            with view[header:key_end] as key, view[key_end:] as data:
                yield marshal.loads(key), data
    finally:
        if not isinstance(content, bytes):
            try:
                content.close()
            except BufferError:  # pragma: no cover - a view still held: the mapping goes with it
                pass


def blob(magic: bytes, key: Any, data: bytes) -> bytes:
    """What ``read`` reads: the checksum covers the key's length, the key and the pickle."""
    key_blob = marshal.dumps(key)
    body = len(key_blob).to_bytes(4, "big") + key_blob + data
    return magic + zlib.crc32(body).to_bytes(4, "big") + body


def pickled(value: Any) -> bytes:
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, regex.Pattern: _reduce_pattern}
    pickler.dump(value)
    return buffer.getvalue()


def _reduce_pattern(pattern: "regex.Pattern[str]") -> tuple[Any, ...]:
    data = getattr(pattern, "_pickled_data", None)
    if data is None:  # pragma: no cover - a regex that keeps no build data: compiled from its text
        return (regex.compile, (pattern.pattern, pattern.flags))
    return (KeptPattern, tuple(data))


class KeptPattern:
    """A compiled ``regex`` pattern read back from a snapshot, built from its data on first use.

    A rule set holds ~180 compiled patterns (kinds' tables, grammars); building them all when the
    snapshot is read was a sixth of a start, and a one-article run uses about 70 of them. Every
    attribute (``search``, ``finditer``, ``pattern``, ``groupindex``...) is the built pattern's,
    remembered on the object after its first lookup.
    """

    def __init__(self, *data: Any) -> None:
        self.__dict__["_data"] = data

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        found = self.__dict__
        compiled = found.get("_compiled")
        if compiled is None:
            compiled = found["_compiled"] = _regex.compile(*found["_data"])
        value = found[name] = getattr(compiled, name)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (KeptPattern, self.__dict__["_data"])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (KeptPattern, regex.Pattern)):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"KeptPattern({self.pattern!r})"


def write(path: Path, blob: bytes) -> bool:
    try:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")  # mode 0600
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        return False
    return True
