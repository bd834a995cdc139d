"""Which sentences hold a trade keyword, found fast: the keyword pattern's branches, one at a time.

``data/trade-relations.yaml`` gives the keywords as one pattern, an alternation of some fifty
branches under ``(?i)`` ("import|export|suppl|...|demand for|..."). The ``regex`` module tries
every branch at every position of such a pattern, so one search of it over a corpus article cost
more than all the rest of the trade reading; each branch alone is a literal or nearly one, which
``regex`` finds by a fast scan. So the text is scanned once per branch, a sentence touched by a
branch's match is a candidate, and a candidate is kept when one of the branches that touched it
matches in the sentence's own text, as the whole pattern would. A pattern this module cannot
split safely (one branch, groups that refer to each other) is used whole.

A branch that opens with a choice of words ("\\b(?:took|takes|absorbs?)\\b") is no literal to the
``regex`` module, which tries its words at every position (some 40 ns a character): the scan looks
instead, with ``str.find`` in a lower-cased copy, for each literal opening every match of the branch
starts with ("took", "takes", "absorb"), and the branch itself runs only on the sentences one touches.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from factlint import cachefile, datacache, patterncache
from factlint.regex_source import group_body, top_level_branches

if TYPE_CHECKING:
    from factlint.document import Span
    from factlint.prefilters import Prefilter

# Splitting is refused where branches may depend on each other or on the whole: named or numbered
# references, branch-reset groups, conditionals, recursion, and anchors a branch could not keep.
_UNSAFE = patterncache.compile(r"\(\?(?:P?<[A-Za-z_]|P[=>]|\||\(|R|[0-9&+-][0-9]*\))|\\[1-9gk]|[$^]|\\[AZzG]")
_LEADING_FLAGS = patterncache.compile(r"\(\?[a-zA-Z]+\)")


def has_keyword(pattern: regex.Pattern[str], text: str) -> bool:
    """``pattern.search(text)``, branch by branch when the pattern splits (a branch with literal
    openings only when one of them is in the text)."""
    parts = branches(pattern)
    if parts is None:
        return pattern.search(text) is not None
    lowered = _lowered(text)
    if lowered is None:
        return any(part.search(text) for part in parts)
    plan = _plan(pattern.pattern, pattern.flags)
    numbers = {number for word, blind, number in plan.openings if word in (lowered if blind else text)}
    return any(parts[number].search(text) for number in sorted(numbers | {number for number, _ in plan.patterns}))


def _lowered(text: str) -> str | None:
    """``text.lower()`` when a case-blind ASCII literal matches in ``text`` just where it is in that
    copy (then of the same length), else None."""
    if not text.isascii() and _LOWER_UNSAFE.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def keyword_sentences(pattern: regex.Pattern[str], text: str, sentences: Sequence["Span"]) -> list[int]:
    """Indexes of the sentences whose text ``pattern`` finds something in (sentences in text order)."""
    parts = branches(pattern)
    if parts is None:
        return [index for index, sentence in enumerate(sentences) if pattern.search(sentence.text)]
    starts = [sentence.start for sentence in sentences]
    touched: dict[int, set[int]] = {}  # sentence -> the branches with a match touching it

    def touch(start: int, end: int, number: int) -> None:
        index = max(bisect_right(starts, start) - 1, 0)
        while index < len(sentences) and sentences[index].start <= end:
            if start <= sentences[index].end:
                touched.setdefault(index, set()).add(number)
            index += 1

    plan = _plan(pattern.pattern, pattern.flags)
    lowered = _lowered(text)
    if lowered is None:
        scans: Iterable[tuple[int, regex.Pattern[str]]] = enumerate(parts)
    else:
        # Every match of a branch with literal openings starts with one of them (case aside), so
        # each place one is found touches every sentence the branch can match in.
        scans = plan.patterns
        for word, blind, number in plan.openings:
            haystack = lowered if blind else text
            at = haystack.find(word)
            while at >= 0:
                touch(at, at + len(word), number)
                at = haystack.find(word, at + 1)
    for number, part in scans:
        for found in part.finditer(text):
            touch(found.start(), found.end(), number)
    return [index for index in sorted(touched) if any(parts[number].search(sentences[index].text) for number in sorted(touched[index]))]


# Characters a case-blind ASCII literal matches that ``str.lower`` does not turn into it ("ſ" is an
# "s", the Kelvin sign a "k"), and those whose full case folding is more than one character ("ß"
# folds to "ss", "ﬁ" to "fi"): in a text with one, the branches themselves are scanned.
_LOWER_UNSAFE = patterncache.compile(
    "[\u017f\u212a\u00df\u0130\u0149\u01f0\u0390\u03b0\u0587\u1e96-\u1e9a\u1e9e\u1f50\u1f52\u1f54\u1f56"
    "\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6-\u1fb7\u1fbc\u1fc2-\u1fc4\u1fc6-\u1fc7\u1fcc\u1fd2-\u1fd3\u1fd6-\u1fd7"
    "\u1fe2-\u1fe4\u1fe6-\u1fe7\u1ff2-\u1ff4\u1ff6-\u1ff7\u1ffc\ufb00-\ufb06\ufb13-\ufb17]"
)
_SHORTEST_OPENING = 2  # a branch that may open with one letter ("c(?:o|a)mes from") is scanned itself


class _Plan(NamedTuple):
    """How the text is scanned: literal openings (word, case-blind, branch number), looked for with
    ``str.find``, and the branches scanned as patterns (branch number, pattern)."""

    openings: tuple[tuple[str, bool, int], ...]
    patterns: tuple[tuple[int, regex.Pattern[str]], ...]


@lru_cache(maxsize=16)
def _plan(source: str, flags: int) -> _Plan:
    parts = _branches(source, flags) or ()
    openings: list[tuple[str, bool, int]] = []
    patterns: list[tuple[int, regex.Pattern[str]]] = []
    for number, (part, found) in enumerate(zip(parts, _branch_openings(source, flags, parts))):
        if found is None or min(len(word) for word in found[0]) < _SHORTEST_OPENING:
            patterns.append((number, part))
        else:
            openings += [(word, found[1], number) for word in sorted(found[0])]
    return _Plan(tuple(openings), tuple(patterns))


def _branch_openings(
    source: str, flags: int, parts: tuple[regex.Pattern[str], ...]
) -> list[tuple[frozenset[str], bool] | None]:
    """``literals_of`` each branch, kept in the data cache (reading sixty branches with the
    standard parser costs a few ms a start)."""
    try:
        key: tuple[Any, ...] | None = ("trade-keyword-openings", cachefile.file_digest(Path(__file__)), source, flags)
    except OSError:
        key = None
    stored = datacache.get(key) if key is not None else None
    if isinstance(stored, list) and len(stored) == len(parts):
        return [None if item is None else (frozenset(item[0]), item[1]) for item in stored]
    found = [literals_of(part.pattern, part.flags) for part in parts]
    if key is not None:
        datacache.put(key, [None if item is None else (tuple(sorted(item[0])), item[1]) for item in found])
    return found


def branches(pattern: regex.Pattern[str]) -> tuple[regex.Pattern[str], ...] | None:
    """The top-level branches of ``pattern``, each compiled with its flags, or None."""
    return _branches(pattern.pattern, pattern.flags)


@lru_cache(maxsize=16)
def _branches(source: str, flags: int) -> tuple[regex.Pattern[str], ...] | None:
    if _UNSAFE.search(source):
        return None
    leading = _LEADING_FLAGS.match(source)
    prefix = leading.group() if leading else ""
    body = source[len(prefix):]
    parts = top_level_branches(body)
    if parts is not None and len(parts) == 1 and body.startswith("(?:") and group_body(body, 3)[1] == len(body):
        parts = top_level_branches(body[3:-1])
    if parts is None or len(parts) < 2 or not all(parts):
        return None
    try:
        return tuple(patterncache.compile(prefix + part, flags) for part in parts)
    except regex.error:
        return None


def needed_literals(prefilter: "Prefilter") -> tuple[frozenset[str], bool] | None:
    """Literal words one of which a trade pattern's ``needs`` must find first ("import", "bought", ...),
    and whether case is ignored (they are then lower case): a test by ``in`` that spares most needs
    searches; None when the pattern does not open with ASCII literals (it then runs alone)."""
    return _needed_literals(prefilter)


@lru_cache(maxsize=512)
def _needed_literals(prefilter: "Prefilter") -> tuple[frozenset[str], bool] | None:
    text = prefilter.text
    if text is None:
        return None
    source, flags = text[0], int(text[1] & regex.IGNORECASE)  # the same bit as re.IGNORECASE
    # Reading a pattern with the standard parser runs in Python (~3 ms a start for the trade
    # grammar's fifty): what an earlier run found for the same text, by the same code, is kept.
    try:
        key = ("trade-needed-literals", cachefile.file_digest(Path(__file__)), source, flags)  # this code, this text
    except OSError:
        return literals_of(source, flags)
    stored = datacache.get(key)
    if isinstance(stored, tuple) and len(stored) == 2:
        return (frozenset(stored[0]), stored[1]) if stored[0] is not None else None
    found = literals_of(source, flags)
    datacache.put(key, (None, False) if found is None else (tuple(sorted(found[0])), found[1]))
    return found


def literals_of(source: str, flags: int) -> tuple[frozenset[str], bool] | None:
    """``needed_literals`` of the pattern ``source`` (``re`` syntax) with ``flags``, read afresh."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(source, re.IGNORECASE if flags & re.IGNORECASE else 0)
    except re.error:
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    literals = _first_literals(list(parsed), ignorecase, _parser)
    if not literals:
        return None
    return frozenset(word.lower() for word in literals) if ignorecase else frozenset(literals), ignorecase


_IGNORECASE = 2  # re.IGNORECASE as the parser's group flags hold it


def _first_literals(items: list, ignorecase: bool, parser: Any) -> set[str] | None:
    """The literal prefixes one of which every match of the parsed sequence ``items`` starts with, or None."""
    index = 0
    while index < len(items) and items[index][0] is parser.AT:
        index += 1
    if index == len(items):
        return None
    op, value = items[index]
    if op is parser.LITERAL:
        chars = []
        while index < len(items) and items[index][0] is parser.LITERAL and items[index][1] < 128:
            chars.append(chr(items[index][1]))
            index += 1
        return {"".join(chars)} if chars else None
    if op is parser.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            literals = _first_literals(list(branch), ignorecase, parser)
            if literals is None:
                return None
            found |= literals
        return found
    if op is parser.SUBPATTERN:
        _, add_flags, del_flags, body = value
        if (add_flags | del_flags) & _IGNORECASE:  # case turned on or off inside the group
            return None
        return _first_literals(list(body), ignorecase, parser)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and value[0] >= 1:
        return _first_literals(list(value[2]), ignorecase, parser)
    return None

