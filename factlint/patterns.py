"""The one home for patterns that come from rule packs: compiled here, and every match timed.

A pattern a user writes (a rule's ``pattern``, ``exceptions``, ``joiners``, ``forms``, ``noun``,
``closers``, ``ignore`` ..., or a pattern in a pack's ``data/`` file) is compiled by
``compile_user_pattern`` (kinds call ``Check.user_pattern``, which knows the rule's file and the
field's line). A syntax error is a RuleSpecError, which the loader prints as ``path:line: ...``
(exit 2). The ``UserPattern`` it returns runs every ``search``, ``match``, ``fullmatch`` and
``finditer`` under ``time_limit``; a match that runs past it raises ``PatternTimeout``, which names
the field and the file it was written in. Patterns written in the shipped pack (``default_pack``,
whose every rule and example the test suite runs) run without the limit: a timed call reads the
clock twice, some 7% of a run over long articles, for patterns the project itself writes and tests. The engine turns that into one warning naming the
article, the rule and the rule's file; the rest of the article is linted without the rule, the
next article with it again.

Prefilters (cheap looser patterns in ``re`` syntax) are compiled by factlint.prefilters.
"""

from __future__ import annotations

import bisect
import functools
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.errors import RuleSpecError, shown_path
from factlint.regex_source import group_body, top_level_branches

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.prefilters import Prefilter

# Seconds one pattern may spend on one call (a paragraph, a gap, a sentence) before the engine
# gives up on the rule: a fixed allowance plus a share per character, so a benign pattern is never
# cut off on a huge paragraph (a 20 MB article on one line) while one that backtracks forever is
# still stopped in linear time.
PATTERN_TIMEOUT = 0.5
PATTERN_TIMEOUT_PER_CHAR = 1e-6


def time_limit(length: int) -> float:
    """Seconds a pattern may run over ``length`` characters."""
    return PATTERN_TIMEOUT + max(0, length) * PATTERN_TIMEOUT_PER_CHAR


@dataclass(frozen=True)
class Origin:
    """Where a pattern was written: the field, and the file and line when known."""

    field: str
    path: Path | None = None
    line: int | None = None

    def shipped(self) -> bool:
        """True when the pattern was written in a file of the shipped pack (its run needs no time limit)."""
        return self.path is not None and str(self.path).startswith(_shipped_folders())

    def where(self) -> str:
        """``path:line``, or empty when either is unknown."""
        return f"{shown_path(self.path)}:{self.line}" if self.path is not None and self.line else ""

    def __str__(self) -> str:
        where = self.where() or (shown_path(self.path) if self.path is not None else "")
        return f"{self.field!r} ({where})" if where else repr(self.field)


@functools.cache
def _shipped_folders() -> tuple[str, ...]:
    """The shipped pack's folder as written and resolved, each ending in a separator."""
    import os

    from factlint.knowledge import default_pack

    folder = default_pack()
    return tuple({str(folder) + os.sep, str(folder.resolve()) + os.sep})


class PatternTimeout(TimeoutError):
    """A user pattern ran past the time limit (catastrophic backtracking, most likely)."""

    def __init__(self, origin: Origin, source: str) -> None:
        super().__init__(f"pattern {origin} ran past the time limit")
        self.origin = origin
        self.source = source


class UserPattern:
    """A compiled user pattern whose every match runs under ``time_limit`` of the text it scans.

    One known to compile (its build data is in the pattern cache, or it comes from a rule-set
    snapshot) is built on first use: a grammar of many forms, most of which an article never
    needs, costs nothing at start-up for the forms it does not read.
    """

    __slots__ = ("_compiled", "_build", "_limited", "origin", "source")

    def __init__(self, compiled: "regex.Pattern[str] | None", source: str, origin: Origin, build: tuple[str, int]) -> None:
        """``build``: the text and flags ``patterncache.compile`` builds ``compiled`` from (None: not yet)."""
        self._compiled = compiled
        self._build = build
        self._limited: bool | None = None  # under the time limit: not a pattern of the shipped pack (known on first use)
        self.source = source
        self.origin = origin

    @property
    def compiled(self) -> "regex.Pattern[str]":
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = patterncache.compile(*self._build)
        return compiled

    @property
    def build_flags(self) -> int:
        """The flags the pattern is (or will be) compiled with, without compiling it."""
        return self._build[1]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (in the rule-set snapshot) as its text and flags: built again on first use."""
        return (UserPattern, (None, self.source, self.origin, self._build))

    @property
    def groupindex(self) -> dict[str, int]:
        return self.compiled.groupindex  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"UserPattern({self.source!r}, {self.origin})"

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> "regex.Match[str] | None":
        return self._timed(self.compiled.search, string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> "regex.Match[str] | None":
        return self._timed(self.compiled.match, string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None) -> "regex.Match[str] | None":
        return self._timed(self.compiled.fullmatch, string, pos, endpos)

    @property
    def limited(self) -> bool:
        """True when its calls run under the time limit (a pattern not written in the shipped pack)."""
        limited = self._limited
        if limited is None:
            limited = self._limited = not self.origin.shipped()
        return limited

    def _timed(self, method: Any, string: str, pos: int, endpos: int | None) -> "regex.Match[str] | None":
        """One call of ``search``/``match``/``fullmatch`` under the time limit for the span it reads."""
        end = len(string) if endpos is None else endpos
        if not self.limited:
            return method(string, pos, end)  # type: ignore[no-any-return]
        try:
            return method(string, pos, end, timeout=time_limit(end - pos))  # type: ignore[no-any-return]
        except TimeoutError:
            raise PatternTimeout(self.origin, self.source) from None

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None, *, overlapped: bool = False
    ) -> Iterator["regex.Match[str]"]:
        end = len(string) if endpos is None else endpos
        if not self.limited:
            return self.compiled.finditer(string, pos, end, overlapped=overlapped)  # type: ignore[no-any-return]
        return self._timed_finditer(string, pos, end, overlapped)

    def _timed_finditer(self, string: str, pos: int, end: int, overlapped: bool) -> Iterator["regex.Match[str]"]:
        try:
            yield from self.compiled.finditer(string, pos, end, overlapped=overlapped, timeout=time_limit(end - pos))
        except TimeoutError:
            raise PatternTimeout(self.origin, self.source) from None


def compile_user_pattern(
    source: str,
    origin: Origin,
    *,
    ignorecase: bool = False,
    flags: int = 0,
    full_case_folding: bool = False,
    may_match_empty: bool = True,
) -> UserPattern:
    """Compile a user pattern (``regex`` syntax, VERSION1); a syntax error raises RuleSpecError
    for ``origin.field`` whose message quotes the pattern.

    Case-insensitive matching (the rule's ``ignorecase`` or an inline ``(?i)`` in the pattern) uses
    simple case folding, as the standard ``re`` does, unless ``full_case_folding``: the ``regex``
    module's full folding (``ß`` = ``ss``), on by default in VERSION1, makes compiling a rule three
    times and matching it twice as slow (2.3x on grammar/article-before-determiner's ``(?i:a|an|the)``),
    and changes nothing for English copy. ``may_match_empty=False`` refuses a pattern that matches empty text
    (a ``pattern`` that would flag every position).
    """
    flags |= regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0)
    built = ("" if full_case_folding else "(?-f)") + source
    if may_match_empty and patterncache.known(built, flags):  # compiled by an earlier run: valid
        return UserPattern(None, source, origin, (built, flags))
    try:
        compiled = patterncache.compile(built, flags)
    except regex.error:
        try:  # compiled again without the prefix, so the error names positions in the rule's own text
            regex.compile(source, flags)
        except regex.error as error:
            raise RuleSpecError(origin.field, f"invalid regular expression {source!r}: {error}", where=origin.where()) from None
        raise RuleSpecError(origin.field, f"invalid regular expression {source!r}", where=origin.where()) from None
    if not may_match_empty and compiled.fullmatch("") is not None:
        raise RuleSpecError(
            origin.field, f"pattern {source!r} matches empty text, so it would flag every position", where=origin.where()
        )
    return UserPattern(compiled, source, origin, (built, flags))


def scan(
    document: "Document", pattern: "UserPattern | regex.Pattern[str]", prefilter: "Prefilter | None" = None
) -> Iterator["regex.Match[str]"]:
    """Every match of ``pattern`` in the document's prose, paragraph by paragraph, under the time
    limit; with a ``prefilter``, only in the paragraphs where it matches.

    Without a prefilter, a pattern that matches wherever it matched in a shorter text (see
    ``_matches_grow``) skips, with one search over the rest of the text, every paragraph before
    the next place it matches: the same matches, without one call per paragraph for the forms
    an article never uses.
    """
    text = document.text
    if prefilter is not None and not prefilter.search(text):
        return
    paragraphs = document.paragraphs
    compiled = pattern.compiled if isinstance(pattern, UserPattern) else pattern
    if prefilter is None and _matches_grow(compiled.pattern, compiled.flags):
        ends = _paragraph_ends(document)
        if ends is not None:
            yield from _scan_from_candidates(text, paragraphs, ends, pattern)
            return
    for paragraph in paragraphs:
        if prefilter is not None and not prefilter.search(text, paragraph.start, paragraph.end):
            continue
        if isinstance(pattern, UserPattern):
            yield from pattern.finditer(text, paragraph.start, paragraph.end)
        else:
            yield from pattern.finditer(text, paragraph.start, paragraph.end, timeout=time_limit(paragraph.end - paragraph.start))


def _scan_from_candidates(
    text: str, paragraphs: "list[Any]", ends: list[int], pattern: "UserPattern | regex.Pattern[str]"
) -> Iterator["regex.Match[str]"]:
    """``scan``'s paragraph-by-paragraph matches, reading only the paragraphs at or after a match
    of ``pattern`` in the whole rest of the text. A paragraph before that match has no match of
    its own: one ending at P.end would also be a match in the longer text (``_matches_grow``),
    and further left than the one found."""
    index = 0
    while index < len(paragraphs):
        start = paragraphs[index].start
        if isinstance(pattern, UserPattern):
            found = pattern.search(text, start)
        else:
            found = pattern.search(text, start, timeout=time_limit(len(text) - start))
        if found is None:
            return
        index = bisect.bisect_right(ends, found.start(), index)  # the first paragraph ending after it
        if index == len(paragraphs):
            return
        paragraph = paragraphs[index]
        if isinstance(pattern, UserPattern):
            yield from pattern.finditer(text, paragraph.start, paragraph.end)
        else:
            yield from pattern.finditer(text, paragraph.start, paragraph.end, timeout=time_limit(paragraph.end - paragraph.start))
        index += 1


_GROWING_FLAGS = regex.BESTMATCH | regex.ENHANCEMATCH | regex.REVERSE | regex.POSIX
# What can stop matching when the text goes on past a paragraph's end: an end anchor, a negative
# lookahead, an atomic group or possessive repeat (it may then swallow more), a conditional,
# fuzzy matching, and inline flags that change how a match is chosen.
_SHRINKING = ("$", "(?!", "(?>", "++", "*+", "?+", "}+", "(?(", "{e", "{i", "{d", "{s", "(?b", "(?e", "(?r", "(?p")


@functools.lru_cache(maxsize=4096)
def _matches_grow(source: str, flags: int) -> bool:
    """True when every match of ``source`` ending at a paragraph's end (followed there by a line
    break, ``_paragraph_ends``) is also a match when the text goes on: no construct that reads
    the end of the text differently from a line break (``\\b`` reads both as a non-word, and so
    does a negative lookahead whose every branch starts with something no line break matches)."""
    if flags & _GROWING_FLAGS:
        return False
    plain: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            if source[index + 1 : index + 2] in ("Z", "z", "G", "A", "m", "M"):
                return False  # \Z \z \G and the other anchors regex knows: not looked into
            end = index + 2
            if source[index + 1 : index + 2] in ("p", "P", "N", "x") and source[end : end + 1] == "{":
                end = source.find("}", end) + 1 or len(source)  # \p{Ll}: its braces are no repeat
            plain.append("_" * (end - index))
            index = end
            continue
        if source.startswith("(?!", index):
            body, after = group_body(source, index + 3)
            branches = top_level_branches(body) if body is not None else None
            if branches is None or not all(_never_starts_a_line_break(branch) for branch in branches):
                return False
            plain.append("_" * (after - index))
            index = after
            continue
        plain.append(char)
        index += 1
    text = "".join(plain)
    if flags & regex.MULTILINE and "-m" not in text:  # (inline flags count: they are in .flags)
        text = text.replace("$", "_")  # matches before a line feed as at the end: the same there
    return not any(piece in text for piece in _SHRINKING)


# A branch's first item that cannot match a line break: a letter or digit class, or a class made
# only of those and of printable punctuation; what follows it must not make it optional.
_SAFE_FIRST = patterncache.compile(
    r"""(?x)
    (?: \\[pP]\{(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Nl|No|M)\} (?<=\\p\{[^}]*\})
      | \\[dwS]
      | \\[^\sA-Za-z0-9]
      | [A-Za-z0-9'’@&/%$.:,;!?"“”-] (?<!\.)
      | \[ (?!\^) (?: \\p\{(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Nl|No|M)\} | \\[dw] | \\[^\sA-Za-z0-9] | [A-Za-z0-9'’@&/%$.:,;!?"“”-] )+ \]
    )
    (?![?*]|\{0)
    """
)


def _never_starts_a_line_break(branch: str) -> bool:
    return _SAFE_FIRST.match(branch) is not None


_ends_of: "weakref.WeakKeyDictionary[Document, list[int] | None]" = weakref.WeakKeyDictionary()


def _paragraph_ends(document: "Document") -> list[int] | None:
    """The end offsets of the document's paragraphs, when each is followed by a line feed or
    the end of the text (else None: paragraphs are then read one by one)."""
    if document in _ends_of:
        return _ends_of[document]
    text = document.text
    ends = [p.end for p in document.paragraphs]
    if not all(end == len(text) or text[end] == "\n" for end in ends):
        ends = None  # type: ignore[assignment]
    _ends_of[document] = ends
    return ends


def is_exception(text: str, exceptions: "list[UserPattern]") -> bool:
    """True when one of ``exceptions`` matches the whole of ``text`` (under the time limit)."""
    return any(exception.fullmatch(text) is not None for exception in exceptions)
