"""The compiled rule set kept on disk between runs, so a cold start does not validate and compile it again.

Loading the default rules (reading 25 rule files and their data, checking every field, building
the kinds' grammars and tables) was an eighth of a one-article run. What comes out depends only on
the rule packs' files and on the code that read them, so the finished ``Linter`` is kept in the
user's cache folder beside the compiled patterns (factlint.patterncache), one file per set of packs,
and used again while all of these are what they were when it was written:

- the text of every YAML file the load read (a BLAKE2 digest of each; an edited rule or data file
  is read again), and the list of the packs' rule and data files (a file added or removed);
- factlint's modules the load used, by size and modification time, as Python keys its own
  bytecode cache, and the versions of Python, ``regex`` and the other libraries it imported.

A load that logs a warning is not kept (the next run must show it again). Compiled ``regex``
patterns are stored as the data ``regex`` builds them from, so reading the snapshot does not parse
them. The snapshot is a pickle: it is read only from a file that belongs to the user and that
nobody else can write, after its checksum and every key above match; any problem means loading
the rules as usual. ``FACTLINT_NO_CACHE=1`` turns it off, as it does the other caches.
"""

from __future__ import annotations

import functools
import os
import sys
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

# Reading a snapshot needs only the C unpickler: the pickle module (imported to write one) is a
# few million instructions of every start.
try:
    from _pickle import loads as _unpickle
except ImportError:  # pragma: no cover - a Python without the C unpickler
    from pickle import loads as _unpickle

from factlint import cachefile, keptfile, logs

_FORMAT = 2
_MAGIC = b"factlint-rules-2\n"
KEEP_FILES = 4  # snapshots of other pack sets kept beside the one written (the most recently used)
_read: list[tuple[str, bytes]] | None = None  # (path, digest) of the YAML files read while recording


def note_read(path: Path, digest: bytes) -> None:
    """Called by factlint.yamlfile for every YAML file it reads: recorded while a load is."""
    if _read is not None:
        _read.append((str(path), digest))


@contextmanager
def recording() -> Iterator[list[tuple[str, bytes]]]:
    """Record the YAML files read (and whether a warning was logged) while the block runs."""
    global _read
    outer, _read = _read, []
    handler = _warning_seen()
    logger = logs.logger()
    logger.addHandler(handler)
    try:
        yield _read
    finally:
        logger.removeHandler(handler)
        if handler.seen:  # type: ignore[attr-defined]
            _read.append(("<warning>", b""))  # makes the record unusable: see save()
        _read = outer


def _warning_seen() -> Any:
    """A logging handler whose ``seen`` turns True when a warning is logged."""
    import logging

    class WarningSeen(logging.Handler):
        seen = False

        def emit(self, record: logging.LogRecord) -> None:
            self.seen = True

    return WarningSeen(logging.WARNING)


def snapshot_file(packs: Sequence[Path]) -> Path | None:
    """Where the snapshot of ``packs`` lives, or None when caching is off."""
    folder = cachefile.folder()
    if folder is None:
        return None
    name = cachefile.digest("\x00".join(str(p) for p in packs)).hex()[:16]
    return folder / f"rules-py{sys.version_info[0]}.{sys.version_info[1]}-v{_FORMAT}-{name}.pickle"


def load(packs: Sequence[Path], listing: Callable[[Path], list[str]]) -> Any:
    """The rule set saved for ``packs`` when nothing it was built from has changed, else None."""
    path = snapshot_file(packs)
    if path is None:
        return None
    try:
        with keptfile.read(path, _MAGIC) as found:
            if found is None or not _unchanged(found[0], packs, listing):
                return None
            linter = _unpickle(found[1])
        os.utime(path)  # most recently used: kept when other pack sets' snapshots are pruned
        return linter
    except Exception:  # noqa: BLE001 - stale, damaged or unreadable: load the rules as usual
        return None


def save(packs: Sequence[Path], listing: Callable[[Path], list[str]], linter: Any, read: list[tuple[str, bytes]]) -> bool:
    """Keep ``linter``, just loaded from ``packs`` (``read``: the YAML files the load read)."""
    path = snapshot_file(packs)
    if path is None or any(name == "<warning>" for name, _ in read):
        return False
    try:
        data = keptfile.pickled(linter)
        blob = keptfile.blob(_MAGIC, _key(packs, listing, read), data)
    except Exception:  # noqa: BLE001 - something in the rule set that cannot be kept: no snapshot
        return False
    written = keptfile.write(path, blob)
    if written:
        _prune(path)
    return written


def _key(packs: Sequence[Path], listing: Callable[[Path], list[str]], read: list[tuple[str, bytes]]) -> tuple[Any, ...]:
    """What the snapshot depends on, as it is now (the files are those the load read)."""
    return (
        _FORMAT,
        sys.version,
        tuple(str(p) for p in packs),
        tuple(tuple(listing(p)) for p in packs),
        tuple(read),
        tuple(_stamp(file) for file in _code_files()),
    )


def _unchanged(key: Any, packs: Sequence[Path], listing: Callable[[Path], list[str]]) -> bool:
    """True when everything ``key`` (written with a snapshot) names is still as it was."""
    form, version, pack_names, listings, read, stamps = key
    if (form, version, pack_names) != (_FORMAT, sys.version, tuple(str(p) for p in packs)):
        return False
    if listings != tuple(tuple(listing(p)) for p in packs):
        return False
    if any(_stamp(stamp[0]) != stamp for stamp in stamps):
        return False
    for name, digest in read:
        try:
            if cachefile.digest(Path(name).read_text(encoding="utf-8")) != digest:
                return False
        except (OSError, UnicodeDecodeError):
            return False
    return True


# Libraries whose version decides what the load builds (their data, their compiled forms).
_LIBRARIES = ("regex", "pint", "pycountry", "yaml", "rapidfuzz", "text_to_num")


def _code_files() -> list[str]:
    """The files of factlint's modules loaded now and of the libraries above that are."""
    names = sorted(n for n in sys.modules if n == "factlint" or n.startswith("factlint.") or n in _LIBRARIES)
    return [file for file in (getattr(sys.modules[n], "__file__", None) for n in names) if file]


def _stamp(file: str) -> tuple[str, int, int]:
    """A module file's size and modification time (what Python's own bytecode cache checks)."""
    try:
        status = os.stat(file)
    except OSError:
        return (file, -1, -1)
    return (file, status.st_size, status.st_mtime_ns)


def _prune(kept: Path, pattern: str = "rules-*.pickle") -> None:
    """Remove the snapshots of other pack sets beyond the most recently used few."""
    try:
        others = sorted(
            (p for p in kept.parent.glob(pattern) if p != kept), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in others[KEEP_FILES - 1 :]:
            old.unlink()
    except OSError:
        pass


# --- values derived from a rule set's data (grammars), kept between runs -------------------------

_T = TypeVar("_T")
_MISSING = object()
_KEPT_MAGIC = b"factlint-kept-4\n"
_in_memory: "weakref.WeakKeyDictionary[Any, dict[str, Any]]" = weakref.WeakKeyDictionary()
_on_disk: dict[tuple[str, ...], dict[str, Any]] = {}  # packs -> name -> (value, data names asked for, what it depends on)
_built: dict[tuple[str, ...], dict[str, Any]] = {}  # packs -> what this process built, written at exit
_depends_of: dict[str, Callable[[], Any]] = {}  # kept name -> its depends
_building: list[set[tuple[str, Any]]] = []  # kept builds in progress: what the kept values they used depend on


def kept(name: str, depends: Callable[[], Any] | None = None) -> Callable[[Callable[[Any], _T]], Callable[[Any], _T]]:
    """``@functools.cache`` for ``build(knowledge)``, whose value is also kept on disk between runs.

    The value (a grammar compiled from ``data/*.yaml``) is built once per rule set, as with
    ``cache``; it is pickled at exit into the snapshot folder and read back by later starts while
    every pack's ``data/*.yaml`` has the same digest, every factlint module and library loaded
    when it was written has the same size and modification time, and ``depends()`` (for what else
    the value is built from, such as a library's data file that a warm start never imports) gives
    what it gave then (a hashable value); a value whose build used another kept value also depends
    on what that one depends on. ``regex`` patterns inside are stored as their build data, user
    patterns as their text (built on first use). A build that logs a warning is not kept, so the
    next run shows it again.
    """
    if depends is not None:
        _depends_of[name] = depends

    def decorate(build: Callable[[Any], _T]) -> Callable[[Any], _T]:
        @functools.wraps(build)
        def get(knowledge: Any) -> _T:
            values = _in_memory.setdefault(knowledge, {})
            if name not in values:
                values[name] = _kept_or_built(name, build, knowledge)
            value, sources = values[name]
            if _building:  # a kept value built from this one depends on what this one depends on
                _building[-1].update(sources)
            return value  # type: ignore[no-any-return]

        return get

    return decorate


def _kept_or_built(name: str, build: Callable[[Any], Any], knowledge: Any) -> tuple[Any, frozenset[tuple[str, Any]]]:
    """The value of ``name`` from disk when what it depends on is unchanged, else built (and kept at
    exit), with what it depends on: ``(kept name, depends())`` of itself and of the kept values its
    build used (the trade grammar holds the gazetteer)."""
    packs = tuple(str(p) for p in knowledge.packs)
    found = _kept_on_disk(packs).get(name, _MISSING)
    if found is not _MISSING and all(n in _depends_of and _depends_of[n]() == source for n, source in found[2]):
        value, asked, sources = found
        knowledge.requested.update(asked)
        return value, sources
    asked_before = set(knowledge.requested)
    _building.append(set())
    try:
        with recording() as read:
            value = build(knowledge)
    finally:
        used = _building.pop()
    own = _depends_of.get(name)
    sources = frozenset(used | ({(name, own())} if own is not None else set()))
    if all(file != "<warning>" for file, _ in read):
        _remember_built(packs, name, (value, sorted(knowledge.requested - asked_before), sources))
    return value, sources


def kept_file(packs: tuple[str, ...]) -> Path | None:
    folder = cachefile.folder()
    if folder is None:
        return None
    name = cachefile.digest("\x00".join(packs)).hex()[:16]
    return folder / f"kept-py{sys.version_info[0]}.{sys.version_info[1]}-v{_FORMAT}-{name}.pickle"


def _data_digests(packs: tuple[str, ...]) -> tuple[tuple[str, bytes], ...]:
    """Every pack's data files with a digest of their bytes (what a rule set's data can be)."""
    found = []
    for pack in packs:
        try:
            names = sorted(entry.name for entry in os.scandir(Path(pack) / "data") if entry.name.endswith(".yaml"))
        except OSError:
            continue
        for file in names:
            path = Path(pack) / "data" / file
            try:
                found.append((str(path), cachefile.file_digest(path)))
            except OSError:
                found.append((str(path), b""))
    return tuple(found)


def _kept_on_disk(packs: tuple[str, ...]) -> dict[str, Any]:
    if packs in _on_disk:
        return _on_disk[packs]
    _on_disk[packs] = {}
    path = kept_file(packs)
    if path is None:
        return _on_disk[packs]
    try:
        with keptfile.read(path, _KEPT_MAGIC) as found:
            if found is None:
                return _on_disk[packs]
            form, version, names, digests, stamps = found[0]
            if (form, version, names) != (_FORMAT, sys.version, packs) or digests != _data_digests(packs):
                return _on_disk[packs]
            if any(_stamp(stamp[0]) != stamp for stamp in stamps):
                return _on_disk[packs]
            _on_disk[packs] = _unpickle(found[1])
    except Exception:  # noqa: BLE001 - stale, damaged or unreadable: build the values as usual
        _on_disk[packs] = {}
    return _on_disk[packs]


def _remember_built(packs: tuple[str, ...], name: str, entry: Any) -> None:
    if kept_file(packs) is None:
        return
    if not _built:
        import atexit

        atexit.register(save_kept)
    _built.setdefault(packs, {})[name] = entry


def save_kept() -> None:
    """Write the values built in this run beside those read (called at exit)."""
    for packs, built in list(_built.items()):
        path = kept_file(packs)
        if path is None or not built:
            continue
        try:
            entries = {**_kept_on_disk(packs), **built}
            key = (_FORMAT, sys.version, packs, _data_digests(packs), tuple(_stamp(file) for file in _code_files()))
            blob = keptfile.blob(_KEPT_MAGIC, key, keptfile.pickled(entries))
        except Exception:  # noqa: BLE001 - a value that cannot be kept: none is written
            continue
        if keptfile.write(path, blob):
            _prune(path, "kept-*.pickle")
            _on_disk[packs] = entries
            del _built[packs]
