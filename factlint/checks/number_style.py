"""``kind: number-style`` — one small count written both as a word and as a numeral before the same noun.

"three ships ... 3 ships" in one article mixes two number styles (AP spells out one to nine). Only a
number directly followed by the *same* lowercase noun on both sides counts, so "three" and "3" are
compared only where they clearly count the same kind of thing.

Fields: ``numbers`` (word -> numeral, e.g. ``three: "3"``), ``excluded_nouns`` (nouns after which a
numeral is house style or the number is not a count: time, ages, money, scores, ranks), ``excluded_before``
(words before a numeral that make it a label or rank: "No. 3", "Game 3", "Category 3"), ``plural_nouns``
(irregular plurals accepted after two to nine besides nouns ending in "s"), ``exempt_quotes`` and
``skip_headlines`` (as in ``consistent-form``). Unit surface forms and scale words of ``data/units.yaml``
are excluded nouns too, so measurements ("3 miles") never count.

Never counted: capitalised words (a sentence must open with a word, so "Three ships" sets no style),
compounds ("3-year-old", "three-year"), ratios and ranges ("1 in 4 workers", "two or three ships", "2 to 3 ships"), numerals inside larger figures, ranges or scores ("2-3", "3.5",
"$3", "#3"), numerals after a capitalised word ("Apollo 9 astronauts"), lines that look like tables.

The form used most (per noun and number) is the article's style; the other form is reported with the
majority form as suggestion; on a tie the form used first wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.quotes import inside, merge_spans

if TYPE_CHECKING:
    from factlint.document import Document

_TABLE_LINE = patterncache.compile(r"\t|\|| {3,}\S|(?:\d[^\d\n]{0,12}){6,}")
_WORD_BEFORE = patterncache.compile(r"(\S+)\s+$")
# "1 in 4 workers", "one out of five people": a ratio; "two or three ships", "2 to 3 ships": a range.
_RATIO_BEFORE = patterncache.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\s(?:in|out\s+of|or|to|and)|[-‑–])\s+$",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Occurrence:
    start: int
    end: int
    value: str
    noun: str
    spelled: bool
    text: str


class NumberStyleCheck(Check):
    kind = "number-style"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "numbers": Option(dict, required=True, doc="number words mapped to their numerals (one to nine)"),
        "excluded_nouns": Option(list, default=[], doc="nouns after which a number is never compared"),
        "excluded_before": Option(list, default=[], doc="words before a numeral that make it a label or rank"),
        "plural_nouns": Option(list, default=[], doc="irregular plurals accepted after two to nine"),
        "exempt_quotes": Option(bool, default=True, doc="ignore numbers inside quotation marks"),
        "skip_headlines": Option(bool, default=True, doc="ignore numbers in headlines"),
    }
    placeholders = frozenset({"preferred", "count", "noun"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        numbers = {str(word).lower(): str(digits) for word, digits in spec["numbers"].items()}
        if not numbers or not all(d.isdigit() for d in numbers.values()):
            raise RuleSpecError("numbers", "expected a mapping of number words to numerals")
        self.numbers = numbers
        words = "|".join(sorted(map(regex.escape, numbers), key=len, reverse=True))
        digits = "|".join(sorted(map(regex.escape, set(numbers.values())), key=lambda d: (-len(d), d)))
        # The number may not touch a hyphen, slash, digit, sign or decimal point on either side.
        self.pattern = patterncache.compile(
            rf"(?<![\w.,$£€¥#/:+\-‑–−'’])(?:(?P<word>{words})|(?P<digits>{digits}))"
            r"(?![\w%/\-‑–−]|[.,:]\d)\s{1,2}(?P<noun>[a-z][a-z’']*[a-z])\b(?![\-‑’'])"
        )
        for key in ("excluded_nouns", "excluded_before", "plural_nouns"):
            odd = [item for item in spec[key] if not isinstance(item, str)]
            if odd:  # YAML reads a bare no/on/yes as a boolean
                raise RuleSpecError(key, f"expected words, got {odd!r} (quote YAML words like 'no', 'on', 'yes')")
        excluded = {str(n).lower() for n in spec["excluded_nouns"]}
        units = self.knowledge.get("units") or {}
        for unit in (units.get("units") or {}).values():
            excluded.update(str(f).lower() for f in unit.get("forms", []) if " " not in str(f))
        scales = units.get("scales") or {}
        excluded.update(str(s).lower() for s in (scales if isinstance(scales, Mapping) else []))
        self.excluded_nouns = frozenset(excluded)
        self.excluded_before = frozenset(str(w).lower().rstrip(".") for w in spec["excluded_before"])
        self.plural_nouns = frozenset(str(n).lower() for n in spec["plural_nouns"])
        self.exempt_quotes = spec["exempt_quotes"]
        self.skip_headlines = spec["skip_headlines"]

    def run(self, document: "Document") -> Iterable[Finding]:
        found = list(self._occurrences(document))
        by_key: dict[tuple[str, str], list[Occurrence]] = {}
        for occurrence in found:
            by_key.setdefault((occurrence.value, occurrence.noun), []).append(occurrence)
        mixed = {key: items for key, items in by_key.items() if len({o.spelled for o in items}) == 2}
        if not mixed:
            return
        exempt = merge_spans(list(document.quotes)) if self.exempt_quotes else []
        headlines = document.headlines if self.skip_headlines else set()
        for (_value, noun), items in sorted(mixed.items(), key=lambda kv: kv[1][0].start):
            kept = [
                o
                for o in items
                if not inside(o.start, exempt) and document.position(o.start)[0] not in headlines
            ]
            yield from self._judge(noun, kept)

    def _occurrences(self, document: "Document") -> Iterable[Occurrence]:
        text = document.text
        for match in self.pattern.finditer(text):
            noun = match["noun"].lower()
            if noun in self.excluded_nouns:
                continue
            word = match["word"]
            value = self.numbers[word] if word else match["digits"]
            if value != "1" and not (noun.endswith("s") or noun in self.plural_nouns):
                continue
            if value == "1" and noun.endswith("s") and noun not in self.plural_nouns and not noun.endswith("ss"):
                continue
            if not word and self._labelled(text, match.start()):
                continue
            if _RATIO_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                continue
            if _TABLE_LINE.search(document.line_text(document.position(match.start())[0])):
                continue
            yield Occurrence(match.start(), match.end("noun"), value, noun, bool(word), match.group())

    def _labelled(self, text: str, start: int) -> bool:
        """True when the word before a numeral makes it a label or rank ("No. 3", "Apollo 9")."""
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        word = before[1]
        if word.lower().rstrip(".,:") in self.excluded_before:
            return True
        return word[:1].isupper() and not word.endswith((".", ",", ":", ";"))

    def _judge(self, noun: str, kept: list[Occurrence]) -> Iterable[Finding]:
        counts = {True: 0, False: 0}
        first: dict[bool, int] = {}
        for occurrence in kept:
            counts[occurrence.spelled] += 1
            first.setdefault(occurrence.spelled, occurrence.start)
        if not counts[True] or not counts[False]:
            return
        preferred = max((True, False), key=lambda s: (counts[s], -first[s]))
        example = next(o for o in kept if o.spelled == preferred)
        display = example.text.split()[0]
        for occurrence in kept:
            if occurrence.spelled == preferred:
                continue
            fields = {"preferred": f"{display} {noun}", "count": counts[preferred], "noun": noun}
            suggestion = f"{display} {occurrence.text.split()[-1]}"
            yield Finding(occurrence.start, occurrence.end, fields, suggestion)
