"""``kind: pattern`` — a regular expression that should not occur in news copy.

Fields: ``pattern`` (a ``regex`` pattern; named groups become message placeholders), ``ignorecase``,
``exceptions`` (patterns; a match that fully matches one is not reported), ``suggestion`` (a
template over the named groups) and ``prefilter`` (a looser pattern in Python's ``re`` syntax that
must match in a paragraph before ``pattern`` runs there: a cheap test that skips most paragraphs).
The pattern runs one paragraph at a time under the ``regex`` module's timeout, so a pattern that
backtracks forever is cut off instead of hanging the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.templates import template_fields

if TYPE_CHECKING:
    from factlint.document import Document

# Seconds one pattern may spend on one paragraph before the engine gives up on the rule: a fixed
# allowance plus a share per character, so a benign pattern is never cut off on a huge paragraph
# (a 20 MB article on one line) while one that backtracks forever is still stopped in linear time.
PATTERN_TIMEOUT = 0.5
PATTERN_TIMEOUT_PER_CHAR = 1e-6


def time_limit(length: int) -> float:
    """Seconds a pattern may run over ``length`` characters."""
    return PATTERN_TIMEOUT + length * PATTERN_TIMEOUT_PER_CHAR


def compile_pattern(key: str, source: str, *, ignorecase: bool = False) -> regex.Pattern[str]:
    """Compile a user pattern, turning a syntax error into a RuleSpecError for ``key``.

    Case-insensitive matching uses simple case folding, as the standard ``re`` does: the ``regex``
    module's full case folding (``ß`` = ``ss``), on by default in VERSION1, makes compiling a rule
    three times and matching it twice as slow, and changes nothing for English copy.
    """
    flags = regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0)
    try:
        compiled = patterncache.compile("(?-f)" + source, flags)
    except regex.error:
        pass
    else:
        if key == "pattern" and compiled.fullmatch("") is not None:
            raise RuleSpecError(key, f"pattern {source!r} matches empty text, so it would flag every position")
        return compiled
    try:  # compiled again without the prefix, so the error names positions in the rule's own text
        regex.compile(source, flags)
    except regex.error as error:
        raise RuleSpecError(key, f"invalid regular expression {source!r}: {error}") from None
    raise RuleSpecError(key, f"invalid regular expression {source!r}")


def compile_prefilter(source: str | None, *, ignorecase: bool = False) -> re.Pattern[str] | None:
    """Compile a rule's ``prefilter`` with the standard ``re`` (several times faster than ``regex``
    on plain patterns); a syntax error becomes a RuleSpecError."""
    if source is None:
        return None
    try:
        return re.compile(source, re.IGNORECASE if ignorecase else 0)
    except re.error as error:
        raise RuleSpecError("prefilter", f"invalid prefilter {source!r} (Python re syntax): {error}") from None


def scan(
    document: "Document", pattern: regex.Pattern[str], prefilter: re.Pattern[str] | None = None
) -> Iterable[regex.Match[str]]:
    """Every match of ``pattern`` in the document's prose, paragraph by paragraph, under the timeout;
    with a ``prefilter``, only in the paragraphs where it matches."""
    text = document.text
    if prefilter is not None and not prefilter.search(text):
        return
    for paragraph in document.paragraphs:
        if prefilter is not None and not prefilter.search(text, paragraph.start, paragraph.end):
            continue
        limit = time_limit(paragraph.end - paragraph.start)
        yield from pattern.finditer(text, paragraph.start, paragraph.end, timeout=limit)


def is_exception(text: str, exceptions: list[regex.Pattern[str]]) -> bool:
    """True when one of ``exceptions`` matches the whole of ``text`` (under the same time limit)."""
    limit = time_limit(len(text))
    return any(exception.fullmatch(text, timeout=limit) for exception in exceptions)


class PatternCheck(Check):
    kind = "pattern"
    options = {
        "pattern": Option(str, required=True, doc="the regular expression to report"),
        "ignorecase": Option(bool, default=False),
        "exceptions": Option(list, default=[], doc="patterns of matches not to report"),
        "suggestion": Option(str, doc="replacement template over the pattern's named groups"),
        "prefilter": Option(
            str,
            doc="a fast pattern in Python's re syntax that must match in a paragraph before the pattern runs "
            "there; it must match wherever the pattern does (a looser version of it)",
        ),
    }

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.pattern = compile_pattern("pattern", spec["pattern"], ignorecase=spec["ignorecase"])
        self.exceptions = [
            compile_pattern("exceptions", str(item), ignorecase=spec["ignorecase"]) for item in spec["exceptions"]
        ]
        self.prefilter = compile_prefilter(spec["prefilter"], ignorecase=spec["ignorecase"])
        self.suggestion = spec["suggestion"]
        groups = frozenset(self.pattern.groupindex)
        if self.suggestion is not None:
            unknown = template_fields(self.suggestion) - groups - {"match"}
            if unknown:
                raise RuleSpecError("suggestion", f"unknown placeholder {{{sorted(unknown)[0]}}} (named groups: {', '.join(sorted(groups)) or 'none'})")
        self.groups = groups

    def allowed_placeholders(self) -> frozenset[str]:
        return super().allowed_placeholders() | self.groups

    def run(self, document: "Document") -> Iterable[Finding]:
        for match in scan(document, self.pattern, self.prefilter):
            text = match.group()
            if is_exception(text, self.exceptions):
                continue
            fields = {name: value or "" for name, value in match.groupdict().items()}
            fields["match"] = text
            suggestion = self.suggestion.format_map(fields) if self.suggestion is not None else None
            yield Finding(match.start(), match.end(), fields, suggestion)
