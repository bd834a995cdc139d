"""Finding and reading articles: folders, encodings, binary files; factlint never writes to them."""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
STDIN = "-"


class InputError(Exception):
    """A file that cannot be linted (missing, unreadable, binary); the run goes on with the others."""


@dataclass(frozen=True)
class Article:
    """A decoded article; ``warning`` is set when undecodable bytes were replaced (the article is
    still linted, and the engine reports the damage as an input error, so the run exits 2)."""

    path: str
    text: str
    warning: str | None = None


def discover(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Files to lint, in a stable order: files as given, folders recursed for article suffixes.

    Missing paths come back as InputError in place; symlinked folders are followed once; a file
    named twice (or met again through a folder) is linted once. A broken or looping symbolic link is
    passed on, so that reading it reports why it cannot be read.
    """
    seen: set[str] = set()
    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if path.is_dir():
            found: Iterator[str | InputError] = _walk(path)
        elif os.path.lexists(given):
            found = iter([given])
        else:
            yield InputError(f"{given}: no such file or folder")
            continue
        for name in found:
            if isinstance(name, InputError):
                yield name
                continue
            key = os.path.realpath(name)
            if key not in seen:
                seen.add(key)
                yield name


def _walk(folder: Path) -> Iterator[str | InputError]:
    seen: set[tuple[int, int]] = set()
    found: list[str] = []
    problems: list[InputError] = []  # a sub-folder that cannot be listed is named, not silently skipped

    def unreadable(error: OSError) -> None:
        problems.append(InputError(f"{error.filename}: cannot read folder: {error.strerror or error}"))

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable):
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen:  # a symlink loop
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            path
            for path in (os.path.join(root, name) for name in files if name.lower().endswith(ARTICLE_SUFFIXES))
            if not _is_special(path)
        )
    yield from problems
    yield from sorted(found)


def _is_special(path: str) -> bool:
    """A FIFO, socket or device met in a folder: never an article, and opening a FIFO would hang.
    (Named on the command line, a FIFO is read: ``factlint <(curl ...)`` is a real use.)"""
    try:
        mode = os.stat(path).st_mode
    except OSError:  # a broken or looping link: kept, so that reading it reports why
        return False
    return not stat.S_ISREG(mode)


def decode(data: bytes, path: str) -> Article:
    """Decode an article: UTF-8 (with or without BOM) or UTF-16 with BOM; binary files are refused.

    Invalid UTF-8 does not stop the article being linted: each undecodable sequence becomes U+FFFD,
    and ``warning`` names the first bad byte's offset in the file (a BOM counts) and its line.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        try:
            return Article(path, data.decode("utf-32"))
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not valid UTF-32 at byte {error.start}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Article(path, data.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise InputError(f"{path}: not valid UTF-16 at byte {error.start}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file (NUL bytes); skipped")
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return Article(path, data[bom:].decode("utf-8"))
    except UnicodeDecodeError as error:
        offset = bom + error.start  # counted from the start of the file, BOM included
        line = data.count(b"\n", 0, offset) + data.count(b"\r", 0, offset) - data.count(b"\r\n", 0, offset) + 1
        warning = (
            f"{path}:{line}: not valid UTF-8 at byte {offset} (0x{data[offset]:02X}); "
            "undecodable bytes were replaced by U+FFFD and the rest was linted"
        )
        return Article(path, data[bom:].decode("utf-8", errors="replace"), warning)


def read_article(path: str) -> Article:
    """Read and decode a file, or standard input for ``-``."""
    try:
        if path == STDIN:
            return decode(sys.stdin.buffer.read(), "<stdin>")
        with open(path, "rb") as handle:
            return decode(handle.read(), path)
    except OSError as error:
        raise InputError(f"{path}: cannot read: {error.strerror or error}") from None
