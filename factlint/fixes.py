"""Fixes: a finding's suggestion as a text edit, to preview (``--diff``) or apply (``--fix``).

A rule declares in its YAML (or its kind declares for it) whether its suggestion is ``safe`` to
apply without an editor reading it, or ``unsafe`` (applied only when asked, ``--unsafe-fixes``);
without ``fix:`` a suggestion is shown but never applied. The engine copies that onto each
``Diagnostic.fix``, and clears it when the finding's span crosses markup (Markdown emphasis, a
link, an HTML tag or entity), so ``Diagnostic.fix`` says exactly what ``--fix`` will do.

The public API, shared by the command line and editor integrations (LSP code actions):

    edits(source, diagnostics, unsafe=False) -> list[Edit]   # non-overlapping, in text order
    apply_edits(source, edits) -> str
    fix_text(text, path=..., config=..., unsafe=False) -> FixResult   # until nothing is left to fix
    unified_diff(path, before, after) -> str
    write_fixed(path, linted, fixed)      # atomic, keeps encoding, BOM, line breaks and mode
    fix_file(path, unsafe=False) -> FixResult   # lint, fix and write back one article

Offsets are character offsets into the decoded source text (the text ``lint_text`` was given, line
breaks as written), the same as ``Diagnostic.offset``/``end_offset``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from factlint.diagnostic import Diagnostic
from factlint.fixability import can_apply, markup_kind  # noqa: F401  (part of this module's API)

if TYPE_CHECKING:
    from factlint.config import Config

SAFE, UNSAFE = "safe", "unsafe"
# A fix may lead to another (``the the the`` is fixed in two passes); a fix that keeps making
# new findings stops here instead of running for ever.
MAX_PASSES = 10
_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``source[start:end]`` by ``replacement``; ``diagnostic`` is the finding it fixes."""

    start: int
    end: int
    replacement: str
    diagnostic: Diagnostic = field(compare=False)

    @property
    def rule(self) -> str:
        return self.diagnostic.rule

    @property
    def safety(self) -> str:
        """``safe`` or ``unsafe``."""
        return self.diagnostic.fix or SAFE


@dataclass
class FixResult:
    """What ``fix_text`` did: the fixed text, the edits of each pass (offsets into the text as it
    was before that pass), and the findings that remain in the fixed text."""

    text: str
    passes: list[list[Edit]]
    remaining: list[Diagnostic]

    @property
    def applied(self) -> list[Edit]:
        return [edit for edits in self.passes for edit in edits]

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def is_applicable(diagnostic: Diagnostic, *, unsafe: bool = False) -> bool:
    """Whether ``--fix`` (``unsafe=False``) or ``--fix --unsafe-fixes`` applies this finding's fix."""
    return diagnostic.suggestion is not None and (diagnostic.fix == SAFE or (unsafe and diagnostic.fix == UNSAFE))


def edits(source: str, diagnostics: Iterable[Diagnostic], *, unsafe: bool = False, path: str | None = None) -> list[Edit]:
    """The edits that fix ``diagnostics`` of one document whose text is ``source``: safe fixes, and
    unsafe ones too with ``unsafe``. Sorted and non-overlapping (of two overlapping fixes the first
    is kept; the next pass of ``fix_text`` meets the other again if it still applies). Fixes whose
    span crosses markup, or that would change nothing, are left out. ``path`` picks the prose
    extractor (default: the diagnostics' own path)."""
    from factlint.formats import extract_prose

    candidates = sorted(
        (Edit(d.offset, d.end_offset, d.suggestion or "", d) for d in diagnostics if is_applicable(d, unsafe=unsafe)),
    )
    if not candidates:
        return []
    name = path or candidates[0].diagnostic.path
    prose, _ = extract_prose(source, name)
    kind = markup_kind(name)
    chosen: list[Edit] = []
    for edit in candidates:
        if not can_apply(source, prose, edit.start, edit.end, edit.replacement, kind):
            continue
        if chosen and (edit.start < chosen[-1].end or edit.start == chosen[-1].start):
            continue  # overlaps the fix before it (or a second insertion at one point)
        chosen.append(edit)
    return chosen


def apply_edits(source: str, edits: Sequence[Edit]) -> str:
    """``source`` with each edit's span replaced; edits must be sorted and must not overlap."""
    pieces: list[str] = []
    position = 0
    for edit in edits:
        if edit.start < position:
            raise ValueError(f"overlapping edits at offset {edit.start}")
        pieces += [source[position:edit.start], edit.replacement]
        position = edit.end
    pieces.append(source[position:])
    return "".join(pieces)


def fix_text(
    text: str,
    *,
    path: str | None = None,
    config: "Config | None" = None,
    unsafe: bool = False,
    diagnostics: Sequence[Diagnostic] | None = None,
    max_passes: int = MAX_PASSES,
) -> FixResult:
    """Lint ``text`` (as ``lint_text`` does), apply its fixes, and lint again until no fix is left
    (at most ``max_passes`` passes): the result is stable, so fixing it again changes nothing.
    ``diagnostics``, when given, are the findings of ``text`` already linted (saves one pass).

        >>> from factlint.fixes import fix_text
        >>> fix_text("They meet next a week , in Rome.", path="wire.txt").text
        'They meet next week, in Rome.'
    """
    from factlint.engine import lint_text

    current = list(diagnostics) if diagnostics is not None else lint_text(text, path=path, config=config)
    passes: list[list[Edit]] = []
    for _ in range(max_passes):
        todo = edits(text, current, unsafe=unsafe, path=path)
        if not todo:
            break
        text = apply_edits(text, todo)
        passes.append(todo)
        current = lint_text(text, path=path, config=config)
    return FixResult(text, passes, current)


def fix_file(path: str | os.PathLike[str], *, unsafe: bool = False, extra_rule_dirs: Sequence[Path] = ()) -> FixResult:
    """Lint one article file as ``factlint --fix PATH`` does (its ``[tool.factlint]`` applies), write
    its fixes back (``write_fixed``) and return what was done and what remains. FactlintError when
    the file cannot be linted, FixError when it cannot be written."""
    from factlint.engine import lint_paths
    from factlint.errors import FactlintError

    result = lint_paths([os.fspath(path)], extra_rule_dirs=extra_rule_dirs)
    if result.errors:
        raise FactlintError("; ".join(result.errors))
    [(name, source)] = result.sources.items()
    fixed = fix_text(source, path=name, config=result.configs[name], unsafe=unsafe, diagnostics=result.diagnostics)
    if fixed.changed:
        write_fixed(name, source, fixed.text)
    return fixed


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff (``--- path`` / ``+++ path``, three lines of context) of a file's text before
    and after fixing; line breaks are kept as written (a CRLF file's diff has CRLF lines)."""
    import difflib

    if before == after:
        return ""
    lines = difflib.unified_diff(_lines(before), _lines(after), fromfile=path, tofile=path)
    out = []
    for line in lines:
        if line.endswith(("\n", "\r")):
            out.append(line)
        else:  # the last line of a file without a final line break, as git writes it
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    return [match.group() for match in _LINE.finditer(text)]


# --- writing fixed articles back -------------------------------------------------------------


class FixError(Exception):
    """A fixed article that could not be written back; the file is left exactly as it was."""


def write_fixed(path: str, linted: str, fixed: str) -> None:
    """Write ``fixed`` over the article at ``path``, whose text was ``linted`` when it was read.

    Atomic: the new text goes to a temporary file in the same folder, which then replaces the
    article (``os.replace``), so a reader never sees half a file and a crash leaves the old one.
    Kept as they were: the encoding and byte-order mark, the line breaks (edits never touch
    them), the file's mode (and owner, where allowed), and a symbolic link (its target is fixed).
    Refused, raising FixError: a file whose text changed since it was read (checked again just
    before the rename), one that is not valid UTF-8 (its bad bytes would be lost), one that is not
    writable, one that is not a regular file (a pipe).
    """
    import contextlib
    import stat
    import tempfile

    from factlint.inputs import InputError, decode

    target = os.path.realpath(path)
    try:
        if not stat.S_ISREG(os.stat(target).st_mode):  # a pipe (factlint --fix <(...)) cannot be rewritten
            raise FixError(f"{path}: not a regular file; not fixed")
        with open(target, "rb") as handle:
            data = handle.read()
        info = os.stat(target)
    except OSError as error:
        raise FixError(f"{path}: cannot read it again to fix it: {error.strerror or error}") from None
    try:
        article = decode(data, path)
    except InputError as error:
        raise FixError(f"{error}; not fixed") from None
    if article.warning:
        raise FixError(f"{path}: not valid UTF-8; not fixed, so that no undecodable byte is lost")
    if article.text != linted:
        raise FixError(f"{path}: changed since it was read; not fixed")
    if not os.access(target, os.W_OK):
        raise FixError(f"{path}: not writable; not fixed")
    bom, codec = _encoding(data)
    encoded = bom + fixed.encode(codec)
    try:
        descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(target), prefix=f".{os.path.basename(target)}.", suffix=".factlint")
    except OSError as error:
        raise FixError(f"{path}: cannot write beside it: {error.strerror or error}; not fixed") from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(encoded)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(info.st_mode))
        if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            with contextlib.suppress(OSError):
                os.chown(temporary, info.st_uid, info.st_gid)
        with open(target, "rb") as handle:
            if handle.read() != data:
                raise FixError(f"{path}: changed since it was read; not fixed")
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FixError(f"{path}: cannot write: {error.strerror or error}; not fixed") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _encoding(data: bytes) -> tuple[bytes, str]:
    """The byte-order mark the file starts with and the codec of the text after it (as ``decode`` reads it)."""
    import codecs

    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ):
        if data.startswith(bom):
            return bom, codec
    return b"", "utf-8"
