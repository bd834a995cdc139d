"""Finding and reading articles: folders, encodings, binary files; factlint never writes to them."""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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


# Decides whether a path met while walking a folder is left out: (path, is_folder) -> excluded.
Excluder = Callable[[str, bool], bool]


def discover(paths: Sequence[str], excluded: Excluder | None = None, skip: Collection[str] = ()) -> Iterator[str | InputError]:
    """Files to lint, in a stable order: files as given, folders recursed for article suffixes.

    Missing paths come back as InputError in place; symlinked folders are followed once; a file
    named twice (or met again through a folder) is linted once. A broken or looping symbolic link is
    passed on, so that reading it reports why it cannot be read. While walking a folder, the files
    and folders ``excluded`` names are left out (files given by name never are), and so are the
    files of ``skip`` (the report being written, so that a second run does not lint it).
    """
    seen: set[str] = {os.path.realpath(path) for path in skip}
    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if path.is_dir():
            found: Iterator[str | InputError] = _walk(path, excluded)
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


def _walk(folder: Path, excluded: Excluder | None = None) -> Iterator[str | InputError]:
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
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (excluded and excluded(os.path.join(root, d), True)))
        found.extend(
            path
            for path in (os.path.join(root, name) for name in files if name.lower().endswith(ARTICLE_SUFFIXES))
            if not _is_special(path) and not (excluded and excluded(path, False))
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


class Exclusions:
    """Which files a folder walk leaves out: the ``exclude`` patterns of the configuration that
    applies (gitignore syntax, relative to the configuration file's folder) and, unless turned off,
    the ``.gitignore`` files of the git work tree (from its top down to the file's folder)."""

    def __init__(self, config_for_folder: Callable[[Path], Any]) -> None:
        self._config_for = config_for_folder
        self._specs: dict[Path, Any] = {}  # folder -> its .gitignore, compiled (None: none)
        self._tops: dict[Path, Path | None] = {}

    def __call__(self, path: str, is_folder: bool) -> bool:
        target = Path(os.path.abspath(path))
        config = self._config_for(target.parent)
        if config.exclude and _matches(self._spec(tuple(config.exclude)), target, Path(os.path.abspath(config.root)), is_folder):
            return True
        if not config.respect_gitignore:
            return False
        top = self._top(target.parent)
        if top is None:
            return False
        # The deepest .gitignore with a pattern about the path decides (a later "!pattern" re-includes).
        folders = [target.parent, *target.parent.parents]
        for folder in folders[: folders.index(top) + 1]:
            spec = self._gitignore(folder)
            if spec is None:
                continue
            relative = target.relative_to(folder).as_posix() + ("/" if is_folder else "")
            decision = spec.check_file(relative).include
            if decision is not None:
                return bool(decision)
        return False

    @staticmethod
    @cache
    def _spec(patterns: tuple[str, ...]) -> Any:
        import pathspec  # only when a folder is walked with patterns

        return pathspec.GitIgnoreSpec.from_lines(patterns)

    def _gitignore(self, folder: Path) -> Any:
        if folder not in self._specs:
            try:
                lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
            except OSError:
                lines = None
            self._specs[folder] = self._spec(tuple(lines)) if lines else None
        return self._specs[folder]

    def _top(self, folder: Path) -> Path | None:
        """The top of the git work tree holding ``folder`` (None outside one)."""
        if folder not in self._tops:
            parent = folder.parent
            self._tops[folder] = folder if (folder / ".git").exists() else None if parent == folder else self._top(parent)
        return self._tops[folder]


def _matches(spec: Any, target: Path, root: Path, is_folder: bool) -> bool:
    try:
        relative = target.relative_to(root).as_posix()
    except ValueError:
        return False
    return bool(spec.match_file(relative + ("/" if is_folder else "")))
