"""Prefilters: a rule's ``prefilter`` or a trade pattern's ``needs``, a cheap looser pattern in Python's
``re`` syntax that must match before the full pattern runs (factlint.patterns.scan, the trade grammar).

A prefilter is checked with ``re`` (its syntax), then runs with ``regex`` (VERSION0, which reads
``re`` syntax alike) from the pattern cache under the same time limit as every other pattern; only
one with a backreference, which ``regex`` runs slowly, runs with ``re`` (no time limit), and only
when it cannot backtrack catastrophically (no repetition of something that itself repeats,
branches or refers back).
"""

from __future__ import annotations

import re
import sys
from typing import Any

import regex

from factlint import patterncache
from factlint.errors import RuleSpecError
from factlint.patterns import Origin, UserPattern


class Prefilter:
    """A rule's ``prefilter`` (Python ``re`` syntax): with ``re`` when its shape cannot backtrack
    catastrophically, otherwise with ``regex`` under the time limit."""

    __slots__ = ("_fast", "timed", "_source", "_flags")

    def __init__(self, fast: "re.Pattern[str] | None", timed: UserPattern | None, source: str | None = None, flags: int = 0) -> None:
        self._fast = fast
        self.timed = timed
        self._source = source  # a prefilter known good from an earlier run: compiled when first used
        self._flags = flags

    @property
    def fast(self) -> "re.Pattern[str] | None":
        if self._fast is None and self._source is not None:
            self._fast = re.compile(self._source, self._flags)
        return self._fast

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (rule-set snapshot, kept grammars) as text and flags: ``re`` parses in Python."""
        if self._fast is not None:
            return (Prefilter, (None, self.timed, self._fast.pattern, self._fast.flags))
        return (Prefilter, (None, self.timed, self._source, self._flags))

    @property
    def text(self) -> tuple[str, int] | None:
        """The pattern's text and its ``re``/``regex`` flags as compiled (IGNORECASE the same bit in
        both), without compiling it; None when it has no text (never for a compiled prefilter)."""
        if self.timed is not None:
            return self.timed.source, self.timed.build_flags
        if self._fast is not None:
            return self._fast.pattern, self._fast.flags
        return (self._source, self._flags) if self._source is not None else None

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> bool:
        end = len(string) if endpos is None else endpos
        if self.fast is not None:
            return self.fast.search(string, pos, end) is not None
        assert self.timed is not None
        return self.timed.search(string, pos, end) is not None


def compile_prefilter(source: str | None, origin: Origin, *, ignorecase: bool = False) -> Prefilter | None:
    """Compile a ``prefilter``; a syntax error raises RuleSpecError for its field.

    A prefilter is checked with ``re`` (its syntax), then runs with ``regex`` (VERSION0, which
    reads ``re`` syntax alike) from the pattern cache under the time limit: on the rule packs'
    prefilters over corpus paragraphs ``regex`` answered the same and took 40% less time, and a
    start builds it from the cache instead of parsing it. One with a backreference runs with
    ``re`` when its shape cannot backtrack badly (``regex`` was four times slower there).
    """
    if source is None:
        return None
    # Checking with ``re`` parses in Python: a grammar of fifty prefilters took a tenth of a
    # one-article run. What an earlier run found for the same text is kept in the data cache.
    from factlint import datacache

    flags = re.IGNORECASE if ignorecase else 0
    regex_flags = regex.VERSION0 | (regex.IGNORECASE if ignorecase else 0)
    known_key = ("prefilter-engine", sys.version_info[:2], source, flags)
    known = datacache.get(known_key)
    if known == "regex":
        if patterncache.known(source, regex_flags):  # built on first use
            return Prefilter(None, UserPattern(None, source, origin, (source, regex_flags)))
        try:
            return Prefilter(None, UserPattern(patterncache.compile(source, regex_flags), source, origin, (source, regex_flags)))
        except regex.error:  # another regex version reads it otherwise: decide again below
            pass
    if known == "re":  # compiled when first used
        return Prefilter(None, None, source, flags)
    try:
        fast = re.compile(source, flags)
    except re.error as error:
        raise RuleSpecError(
            origin.field, f"invalid prefilter {source!r} (Python re syntax): {error}", where=origin.where()
        ) from None
    safe = _cannot_backtrack_badly(source, ignorecase)
    if safe and _refers_back(source, ignorecase):
        datacache.put(known_key, "re")
        return Prefilter(fast, None)
    try:
        compiled = patterncache.compile(source, regex_flags)
    except regex.error:  # re syntax that regex reads otherwise: keep re (the pattern is the user's)
        return Prefilter(fast, None)
    datacache.put(known_key, "regex")
    return Prefilter(None, UserPattern(compiled, source, origin, (source, regex_flags)))


def _refers_back(source: str, ignorecase: bool) -> bool:
    """True when ``source`` (re syntax, already checked) has a backreference."""
    from re import _parser  # type: ignore[attr-defined]

    def walk(items: Any) -> bool:
        for op, value in items:
            if op is _parser.GROUPREF or op is _parser.GROUPREF_EXISTS:
                return True
            for part in value if isinstance(value, (tuple, list)) else ():
                if isinstance(part, _parser.SubPattern) and walk(part):
                    return True
                if isinstance(part, (tuple, list)) and any(isinstance(x, _parser.SubPattern) and walk(x) for x in part):
                    return True
        return False

    return walk(_parser.parse(source, re.IGNORECASE if ignorecase else 0))


def _cannot_backtrack_badly(source: str, ignorecase: bool) -> bool:
    """True when no repetition in ``source`` repeats something that itself repeats, branches or
    refers back to a group: the shapes (``(a+)+``, ``(a|a)*``) that backtrack exponentially.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11 called it sre_parse
        return False
    repeats = {_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None)}

    def risky(items: object, inside_repeat: bool) -> bool:
        for op, value in items:  # type: ignore[attr-defined]
            if op in repeats:
                low, high, body = value
                repeating = high is _parser.MAXREPEAT or high > 1
                if inside_repeat and repeating:
                    return True
                if risky(body, inside_repeat or repeating):
                    return True
            elif op is _parser.BRANCH:
                if inside_repeat or any(risky(branch, inside_repeat) for branch in value[1]):
                    return True
            elif op is _parser.GROUPREF_EXISTS:
                if inside_repeat or any(risky(part, inside_repeat) for part in value[1:] if part is not None):
                    return True
            elif op is _parser.GROUPREF:
                if inside_repeat:
                    return True
            elif op is _parser.SUBPATTERN:
                if risky(value[-1], inside_repeat):
                    return True
            elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
                if risky(value[1], inside_repeat):
                    return True
            elif op is getattr(_parser, "ATOMIC_GROUP", None):
                if risky(value, inside_repeat):
                    return True
        return False

    try:
        parsed = _parser.parse(source, re.IGNORECASE if ignorecase else 0)
    except re.error:
        return False
    return not risky(parsed, False)
