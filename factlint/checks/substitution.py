"""``kind: substitution`` — wrong forms mapped to right ones, each finding carrying its suggestion.

Fields: ``swap`` (a mapping of wrong phrase to right phrase), ``ignorecase`` and ``exceptions``.
The phrases are plain text: spaces match any run of white space (so a phrase may wrap across a
line), keys are tried longest first, and a match that already reads as its replacement is not
reported. The suggestion keeps the capital letter of the text it replaces.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.patterns import is_exception, scan

if TYPE_CHECKING:
    from factlint.document import Document


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(regex.escape(word) for word in phrase.split())


def _normal(text: str, ignorecase: bool) -> str:
    text = " ".join(text.split())
    return text.casefold() if ignorecase else text


# What may stand before a sentence's first word: the paragraph start, or a full stop and quotes.
# What ``re``'s ``\s`` matches in text (str.isspace), as a ``regex`` class: ``regex``'s own ``\s`` leaves out U+001C-U+001F.
_SPACES = r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
_SENTENCE_START = patterncache.compile(r'(?:^|[.!?]["”’)]*\s)["“‘(\s\u200b]*$')


def _keep_capital(original: str, replacement: str, before: str) -> str:
    """Capitalise a lower-case replacement for a capitalised match that starts a sentence
    ("Next a week" -> "Next week"); elsewhere the replacement stands as written ("First Lady" ->
    "first lady")."""
    if original[:1].isupper() and replacement[:1].islower() and _SENTENCE_START.search(before):
        return replacement[0].upper() + replacement[1:]
    return replacement


class SubstitutionCheck(Check):
    kind = "substitution"
    options = {
        "swap": Option(dict, required=True, doc="wrong phrase -> right phrase"),
        "ignorecase": Option(bool, default=False),
        "exceptions": Option(list, default=[], doc="patterns of matches not to report"),
    }

    def compile(self, spec: Mapping[str, Any]) -> None:
        swap = spec["swap"]
        if not swap:
            raise RuleSpecError("swap", "swap must map at least one wrong phrase to its right form")
        self.ignorecase = bool(spec["ignorecase"])
        for wrong, right in swap.items():
            if not isinstance(wrong, str) or not isinstance(right, str) or not wrong.strip():
                raise RuleSpecError("swap", f"swap entries must be text: {wrong!r}: {right!r}")
        # One named group per phrase, so a match names its phrase directly: looking it up by its
        # case-folded text failed where regex and str.casefold fold differently ("İ" under ignorecase).
        self.replacements = [swap[wrong] for wrong in sorted(swap, key=len, reverse=True)]
        alternation = "|".join(
            f"(?<s{index}>{_phrase_pattern(wrong)})" for index, wrong in enumerate(sorted(swap, key=len, reverse=True))
        )
        self.pattern = self.user_pattern("swap", rf"(?<![\w-])(?:{alternation})(?![\w-])", ignorecase=self.ignorecase)
        self.exceptions = [self.user_pattern("exceptions", str(item), ignorecase=self.ignorecase) for item in spec["exceptions"]]
        # Prefilter: ``regex``'s case-insensitive matching (full case folding) is slow on long copy.
        # Plain ASCII phrases are first looked for with the standard ``re`` in the lower-cased text;
        # only where one occurs does the rule's own pattern run.
        # It runs with ``regex`` from the pattern cache (``re`` parsed it in Python at every start, when
        # the rule set came back from its snapshot), its spaces the characters ``re``'s ``\s`` matches.
        self.quick: regex.Pattern[str] | None = None
        if self.ignorecase and all(key.isascii() for key in swap):
            quick = "|".join(_SPACES.join(re.escape(w) for w in key.lower().split()) for key in sorted(swap, key=len, reverse=True))
            self.quick = patterncache.compile(quick, regex.VERSION0)

    def _matches(self, document: "Document") -> Iterator[regex.Match[str]]:
        lowered = document.text.lower()
        if self.quick is None or len(lowered) != len(document.text):
            yield from scan(document, self.pattern)
            return
        starts = [paragraph.start for paragraph in document.paragraphs]
        position = 0
        while candidate := self.quick.search(lowered, position):
            index = bisect.bisect_right(starts, candidate.start()) - 1
            paragraph_end = document.paragraphs[index].end if index >= 0 else 0
            match = None
            if candidate.start() < paragraph_end:
                match = self.pattern.match(document.text, candidate.start(), paragraph_end)
            if match is None:
                position = candidate.start() + 1
                continue
            yield match
            position = max(match.end(), candidate.start() + 1)

    def run(self, document: "Document") -> Iterable[Finding]:
        for match in self._matches(document):
            text = match.group()
            right = self.replacements[int(str(match.lastgroup)[1:])]
            if _normal(text, self.ignorecase) == _normal(right, self.ignorecase):
                continue
            if is_exception(text, self.exceptions):
                continue
            suggestion = _keep_capital(text, right, document.text[max(0, match.start() - 8):match.start()])
            yield Finding(match.start(), match.end(), {"match": text}, suggestion)
