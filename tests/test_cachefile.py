"""The cache files' format (factlint.cachefile): entries read only when asked for, the same bytes
back, entries no run used for a while dropped, and never a failure because of a bad file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factlint import cachefile


def _entries(path: Path) -> cachefile.Entries:
    return cachefile.read(path)


def test_entries_come_back_as_written_and_are_read_only_when_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.marshal"
    values = {("pattern", 1): ["a", 1, (2, 3)], "text": {"k": b"v"}}
    assert cachefile.write(path, {key: cachefile.encode(value) for key, value in values.items()})
    reads: list[int] = []
    real = os.pread
    monkeypatch.setattr(os, "pread", lambda fd, length, offset: reads.append(length) or real(fd, length, offset))
    stored = _entries(path)
    assert len(stored) == 2 and reads == []  # the index alone
    assert cachefile.decode(stored.get("text")) == {"k": b"v"}
    assert len(reads) == 1  # one entry read, not the file
    assert ("pattern", 1) in stored and cachefile.decode(stored.get(("pattern", 1))) == ["a", 1, (2, 3)]
    assert stored.get("absent") is None and "absent" not in stored and len(reads) == 3


def test_the_index_holds_no_keys_and_two_keys_in_one_slot_only_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "c.marshal"
    long_key = ("x" * 10_000, 258, 1)  # a pattern's key is its text
    assert cachefile.write(path, {long_key: cachefile.encode(1)})
    assert path.stat().st_size > 10_000 and int.from_bytes(path.read_bytes()[17:21], "big") < 100
    monkeypatch.setattr(cachefile, "_slot", lambda key: (7, cachefile.marshal.dumps(key, 2)))  # every key in one slot
    assert cachefile.write(path, {long_key: cachefile.encode(1)})
    stored = _entries(path)
    assert stored.get(long_key) is not None and stored.get("another key") is None


def test_an_entry_no_run_used_in_the_last_writes_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "c.marshal"
    assert cachefile.write(path, {"old": cachefile.encode("old"), "kept": cachefile.encode("kept")})
    for run in range(cachefile.WRITES_UNUSED + 1):
        stored = _entries(path)
        assert stored.get("kept") is not None  # used by every run
        stored[f"new {run}"] = cachefile.encode(run)  # something new: the file is written
        assert cachefile.write(path, stored)
        assert ("old" in set(_entries(path))) == (run < cachefile.WRITES_UNUSED - 1)
    final = set(_entries(path))
    # "new 0" was added (used) WRITES_UNUSED writes ago and not since; "new 1" one write later.
    assert "kept" in final and "new 0" not in final and "new 1" in final


def test_a_write_keeps_the_entries_this_run_has_not_read(tmp_path: Path) -> None:
    path = tmp_path / "c.marshal"
    assert cachefile.write(path, {"a": cachefile.encode(1), "b": cachefile.encode(2)})
    stored = _entries(path)
    stored["c"] = cachefile.encode(3)
    assert cachefile.write(path, stored)
    again = _entries(path)
    assert {key: cachefile.decode(again.get(key)) for key in again} == {"a": 1, "b": 2, "c": 3}
    assert cachefile.decode(stored.get("a")) == 1  # the run that wrote it still reads it


@pytest.mark.parametrize("damage", ["truncated index", "other format", "garbage", "empty"])
def test_a_damaged_file_reads_as_empty(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "c.marshal"
    assert cachefile.write(path, {"a": cachefile.encode("x" * 1000)})
    blob = path.read_bytes()
    path.write_bytes(
        {"truncated index": blob[:30], "other format": b"factlint-cache-3\n" + blob[17:], "garbage": os.urandom(len(blob)), "empty": b""}[damage]
    )
    assert len(_entries(path)) == 0


def test_an_index_of_another_layout_reads_as_empty_and_a_damaged_entry_is_left_out_of_the_keys(tmp_path: Path) -> None:
    import marshal
    import zlib

    path = tmp_path / "c.marshal"
    head = marshal.dumps((1, {("a key",): (0, 5, 1)}))  # keys in the index, not numbers
    path.write_bytes(cachefile._MAGIC + len(head).to_bytes(4, "big") + zlib.crc32(head).to_bytes(4, "big") + head + b"12345")
    assert len(cachefile.read(path)) == 0
    assert cachefile.write(path, {"a": cachefile.encode(1), "b": cachefile.encode(2)})
    blob = bytearray(path.read_bytes())
    blob[-12:] = b"\xff" * 12  # the last entry's key and value overwritten
    path.write_bytes(bytes(blob))
    assert list(cachefile.read(path)) == ["a"]
    stored = cachefile.read(path)
    stored["c"] = cachefile.encode(3)
    assert cachefile.write(path, stored) and sorted(cachefile.read(path)) == ["a", "c"]


def test_an_entry_cut_off_by_a_truncated_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.marshal"
    assert cachefile.write(path, {"a": cachefile.encode("x" * 1000)})
    path.write_bytes(path.read_bytes()[:-100])
    stored = _entries(path)
    with pytest.raises((ValueError, EOFError)):
        cachefile.decode(stored.get("a"))


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file ownership is POSIX")
def test_a_file_others_may_write_is_not_read_when_it_must_be_private(tmp_path: Path) -> None:
    path = tmp_path / "c.marshal"
    assert cachefile.write(path, {"a": cachefile.encode(1)})
    assert len(cachefile.read(path, private=True)) == 1
    path.chmod(0o666)
    assert len(cachefile.read(path, private=True)) == 0
    assert len(cachefile.read(path)) == 1
