"""``kind: share`` — shares of a whole that cannot be: "130% of respondents", "half to A, 40% to B
and 30% to C".

``test: over-100``: a percentage above 100 beyond rounding, followed by ``of`` and one of the rule's
``wholes`` (groups that cannot be exceeded: respondents, households, seats, the vote); ratios and
growth ("130% of GDP", "of its target", "rose 250%") do not name such a whole and pass.

``test: sum``: two or more shares in one sentence, each followed by the same ``links`` word ("to",
"for") and a short phrase, joined by commas or "and", whose lowest readings add up to more than
100 plus ``tolerance``. Sentences with change verbs (``skip``) are left alone: "rose 60% to a
record, 50% to ..." lists changes, not shares.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.quantities import Quantity
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document

TESTS = ("over-100", "sum")


def _words(items: Iterable[Any]) -> str:
    escaped = [regex.escape(str(w)).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in sorted(items, key=lambda w: (-len(str(w)), str(w)))]
    return "|".join(escaped) or "(?!)"


class ShareCheck(Check):
    kind = "share"
    options = {
        "test": Option(str, required=True, doc="over-100 or sum"),
        "wholes": Option(list, default=[], doc="over-100: groups a share cannot exceed (plural nouns)"),
        "determiners": Option(list, default=[], doc="over-100: words allowed between 'of' and the whole"),
        "links": Option(list, default=[], doc="sum: words after each share of a list ('to', 'for')"),
        "skip": Option(list, default=[], doc="words that mark a sentence as a list of changes, not shares"),
        "tolerance": Option((int, float), default=0.0, doc="points allowed beyond the rounding of the figures"),
    }
    placeholders = frozenset({"share", "whole", "total", "shares"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.test = spec["test"]
        if self.test not in TESTS:
            raise RuleSpecError("test", f"unknown test {self.test!r} (known: {', '.join(TESTS)})")
        self.tolerance = float(spec["tolerance"])
        flags = regex.VERSION1 | regex.IGNORECASE
        determiners = _words(spec["determiners"])
        self.whole = patterncache.compile(
            rf"\s+of\s+(?:(?:{determiners})\s+)*(?:(?!(?:to|for|in|on|from|by|with|than|and|or|of)\b)[\p{{L}}'’]+\s+){{0,2}}?(?P<whole>{_words(spec['wholes'])})\b(?!['’])",
            flags,
        )
        if self.test == "over-100" and not spec["wholes"]:
            raise RuleSpecError("wholes", "test over-100 needs a list of wholes")
        if self.test == "sum" and not spec["links"]:
            raise RuleSpecError("links", "test sum needs a list of link words")
        links = _words(spec["links"])
        lead = r"(?:(?:goes|go|went|going|gone|were|was|is|are)\s+)?"
        # After the first share a few words may come before the link ("half of the money goes to").
        self.first_link = patterncache.compile(rf"(?:\s+(?!(?:to|for)\b)[^\s\d%,;()]+){{0,4}}?\s+{lead}(?P<link>{links})\s+[^\s\d%,;()]", flags)
        # Between two shares: the link, a short phrase, a comma, "and" or "while".
        words_before = r"(?:\s+(?!(?:to|for)\b)[^\s\d%,;()]+){0,4}?"
        self.first_between = patterncache.compile(
            rf"{words_before}\s+{lead}(?P<link>{links})\s+[^\d%,;()]{{1,60}}?\s*(?:,\s*(?:and\s+|while\s+)?|;\s*|\s+and\s+|\s+while\s+)",
            flags,
        )
        self.between = patterncache.compile(
            rf"\s+{lead}(?P<link>{links})\s+[^\d%,;()]{{1,60}}?\s*(?:,\s*(?:and\s+|while\s+)?|;\s*|\s+and\s+|\s+while\s+)",
            flags,
        )
        self.after = patterncache.compile(rf"\s+{lead}(?P<link>{links})\s+[^\s\d%,;()]", flags)
        self.skip = patterncache.compile(rf"\b(?:{_words(spec['skip'])})\b", flags) if spec["skip"] else None

    def run(self, document: "Document") -> Iterable[Finding]:
        layer = document.layer("quantities")
        if not layer.quantities:
            return
        for sentence_start, sentence_end, quantities in layer.by_sentence:
            if self.test == "over-100":
                yield from self._over_100(document, quantities, sentence_end)
            else:
                yield from self._sum(document, quantities, sentence_start, sentence_end)

    def _over_100(self, document: "Document", quantities: tuple[Quantity, ...], sentence_end: int) -> Iterable[Finding]:
        for quantity in quantities:
            if quantity.unit != "percent" or quantity.bound.low <= 100 + self.tolerance or quantity.is_range:
                continue
            match = self.whole.match(document.text, quantity.end, sentence_end)
            if match:
                yield Finding(
                    quantity.number_start,
                    match.end(),
                    {"share": " ".join(quantity.text.split()), "whole": " ".join(match.group("whole").split())},
                )

    def _sum(self, document: "Document", quantities: tuple[Quantity, ...], start: int, end: int) -> Iterable[Finding]:
        text = document.text
        shares = [q for q in quantities if q.is_percent and not q.is_range]
        if len(shares) < 2:
            return  # no group to sum: cheaper to see than the skip words
        if self.skip is not None and self.skip.search(text, start, end):
            return
        group: list[Quantity] = []
        link: str | None = None
        for share in [*shares, None]:
            if share is not None and group:
                pattern = self.first_between if len(group) == 1 else self.between
                between = pattern.fullmatch(text, group[-1].end, share.start)
                after = self.after.match(text, share.end, end)
                if between and after and between.group("link").lower() == link == after.group("link").lower():
                    group.append(share)
                    continue
            if len(group) >= 2:
                yield from self._report(group)
            group, link = [], None
            if share is not None:
                first = self.first_link.match(text, share.end, end)
                if first:
                    group, link = [share], first.group("link").lower()

    def _report(self, group: list[Quantity]) -> Iterable[Finding]:
        if any(q.bound.high >= 100 for q in group):
            return  # a list with a whole in it ("... and 100 pct to the state") is not one split
        lowest = sum(q.bound.low for q in group)
        if lowest > 100 + self.tolerance:
            total = sum(q.value for q in group)
            yield Finding(
                group[0].number_start,
                group[-1].end,
                {"total": significant(total, 3), "shares": ", ".join(" ".join(q.text.split()) for q in group)},
            )
