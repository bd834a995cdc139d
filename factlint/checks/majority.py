"""``kind: majority`` — a share below half called a majority: "a majority of 45%", "most voters,
42%, backed the plan", "38% - more than half - said".

For each percentage (fraction words count: "two-fifths") whose every reading is at most
``threshold``, the rule's ``before`` pattern must end right where the figure starts ("a majority
of 45%"), or its ``apposition`` pattern with the figure set off by a closing mark ("most voters,
42%, backed"), or its ``after`` pattern start right where it ends: the majority word is bound to
the figure, not just in the same sentence ("won a majority of seats with 45% of
the vote" is how elections work and passes). With ``minority`` the words name a minority ("a
minority of drivers, 58%", "fewer than half, 56%") and a share of at least the threshold is wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.patterns import UserPattern

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.layers.quantities import Quantity


class MajorityCheck(Check):
    kind = "majority"
    options = {
        "before": Option(str, default="", doc="pattern of a majority word bound to the figure that follows it ('a majority of')"),
        "apposition": Option(str, default="", doc="pattern of a majority word with the figure set off after it ('most voters, ')"),
        "apposition_close": Option(str, default=r"\s*[,)—–;:]", doc="pattern that must follow a figure set off after a majority word"),
        "after": Option(str, default="", doc="pattern of a majority word bound to the figure before it"),
        "threshold": Option((int, float), default=50, doc="a share at most this (percent) is not a majority"),
        "minority": Option(bool, default=False, doc="the words name a minority: a share of at least the threshold is wrong ('a minority, 58%')"),
        "count_tail": Option(str, default="", doc="pattern after a count set off after a majority word, naming its whole ({whole}: 'of the 12 directors')"),
        "further": Option(str, default="", doc="pattern before the next part of a whole split after an amount set off after a majority word ('a further $900 million')"),
        "later": Option(str, default="", doc="pattern from a majority word to a share restated later in its sentence, ending right before it ('Most ... said ...; the figure, ')"),
        "claim": Option(str, default="", doc="pattern ending right before a count of a whole won by whoever claims a majority before it in the sentence ('claimed a majority after winning ')"),
        "restated": Option(str, default="", doc="pattern from a share (or a count of its whole) to a majority word that sums up its clause ('..., said they would cut hiring, a majority that ...'); ends on the word"),
        "of_them": Option(str, default="", doc="pattern between a whole and a count set off after a majority word that points back to it ('2,300 people, the majority of them, some 870')"),
    }
    placeholders = frozenset({"share", "word"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        if not spec["before"] and not spec["after"] and not spec["apposition"]:
            raise RuleSpecError("before", "give a before, apposition or after pattern")
        self.before = self._pattern("before", spec["before"], "$") if spec["before"] else None
        self.apposition = self._pattern("apposition", spec["apposition"], "$") if spec["apposition"] else None
        self.apposition_close = self._pattern("apposition_close", spec["apposition_close"])
        self.after = self._pattern("after", spec["after"]) if spec["after"] else None
        self.threshold = float(spec["threshold"])
        self.minority = bool(spec["minority"])
        self.count_tail = self._pattern("count_tail", spec["count_tail"]) if spec["count_tail"] else None
        self.of_them = self._pattern("of_them", spec["of_them"]) if spec["of_them"] else None
        self.claim = self._pattern("claim", spec["claim"], "$") if spec["claim"] else None
        self.later = self._pattern("later", spec["later"], "$") if spec["later"] else None
        self.further = self._pattern("further", spec["further"], "$") if spec["further"] else None
        self.restated = self._pattern("restated", spec["restated"]) if spec["restated"] else None

    def _pattern(self, field: str, source: str, suffix: str = "") -> UserPattern:
        return self.user_pattern(field, f"(?:{source}){suffix}" if suffix else source, ignorecase=True)

    def run(self, document: "Document") -> Iterable[Finding]:
        text = document.text
        for start, end, quantities in document.quantities.by_sentence:
            for share in quantities:
                if self.restated is not None:
                    yield from self._summed_up(text, end, share, quantities)
                if self.count_tail is not None and share.unit is None and not share.is_percent:
                    yield from self._count(text, start, end, share, quantities)
                    if self.claim is not None:
                        yield from self._claimed(text, start, end, share, quantities)
                    continue
                if self.further is not None and share.unit is not None and not share.is_percent:
                    yield from self._amount(text, start, end, share, quantities)
                    continue
                if not share.is_percent or share.is_range or share.value < 0:
                    continue
                low, high = (share.value * 0.97, share.value * 1.03) if share.form == "fraction" else (share.bound.low, share.bound.high)
                if not self._wrong(low, high):
                    continue
                match = self.before.search(text, max(start, share.start - 80), share.start) if self.before else None
                if match is None and self.apposition is not None and self.apposition_close.match(text, share.end, end):
                    match = self.apposition.search(text, max(start, share.start - 80), share.start)
                if match is None and self.later is not None:
                    later = self.later.search(text, max(start, share.start - 240), share.start)
                    match = later if later is not None and self.apposition_close.match(text, share.end, end) else None
                if match and _one_item(text, match.start(), share.start):
                    yield self._finding(match.start(), share.end, share.text, match.group("word") if "word" in match.groupdict() and match.group("word") else match.group())
                    continue
                if self.after is not None:
                    match = self.after.match(text, share.end, end)
                    if match and _one_item(text, share.end, match.end()):
                        yield self._finding(share.number_start, match.end(), share.text, match.group())

    def _count(self, text: str, start: int, end: int, part: "Quantity", quantities: tuple["Quantity", ...]) -> Iterable[Finding]:
        """A count set off after a majority word, with its whole after it or in the majority's
        phrase: "the majority of the board, five of the 12 directors,", "most of the company's 200
        workers, about 80,". At most half the whole is not a majority."""
        if part.is_range or part.year_like or part.date_like or part.rank or part.value <= 0:
            return
        tail = self.count_tail.match(text, part.end, end)
        if tail is None or self.apposition is None or not self.apposition_close.match(text, tail.end(), end):
            return
        match = self.apposition.search(text, max(start, part.start - 80), part.start)
        whole: "Quantity | None" = None
        if match is None:
            # The whole before the majority word: "detained 2,300 people, the majority of them, some 870".
            before = [q for q in quantities if q.end <= part.start]
            if self.of_them is None or not before:
                return
            match = self.of_them.fullmatch(text, before[-1].end, part.start)
            if match is None:
                return
            whole = before[-1]
        else:
            after = [q for q in quantities if tail.start() <= q.start < tail.end()]
            inside = [q for q in quantities if match.start() <= q.start and q.end <= match.end()]
            whole = after[0] if after else inside[-1] if inside else None
            lead = None if whole else _WHOLE_FIRST.search(text, max(0, match.start() - 120), match.start())
            if lead is not None:  # "Of the 700 members, a clear majority, 312, backed ..."
                whole = next((q for q in quantities if lead.start("whole") <= q.start < lead.end("whole")), None)
        if whole is None or whole.unit is not None or whole.is_percent or whole.year_like or whole.value <= 0:
            return
        # Counts are exact ("four of the nine"); "about 80" of 200 is given a tenth either way.
        slack = 0.1 if part.qualifier_loose else 0.0
        if not self._wrong(part.value * (1 - slack) / whole.value * 100, part.value * (1 + slack) / whole.value * 100):
            return
        if not _one_item(text, match.start(), tail.end()):
            return
        share = f"{' '.join(part.text.split())} of {' '.join(whole.text.split())}"
        yield self._finding(match.start(), tail.end(), share, match.group())

    def _summed_up(self, text: str, end: int, share: "Quantity", quantities: tuple["Quantity", ...]) -> Iterable[Finding]:
        """A majority word summing up the clause of the share before it: "Forty-three percent of the
        1,150 firms polled said they would freeze hiring, a majority that the group blamed on ...",
        "The motion was backed by 312 of the 700 members, a clear majority" (a count with its whole
        after it). The nearest share before the word is the one it sums up."""
        assert self.restated is not None
        if share.is_range or share.value <= 0 or share.year_like or share.date_like or share.rank:
            return
        position, label = share.end, share.text
        if share.is_percent:
            low, high = (share.value * 0.97, share.value * 1.03) if share.form == "fraction" else (share.bound.low, share.bound.high)
            whole_of = _OF_WHOLE.match(text, share.end, end)
            if whole_of is not None:
                position = whole_of.end()  # "Forty-three percent of the 1,150 firms polled ...": the share's own whole
        elif share.unit is None and self.count_tail is not None:
            # The count's whole after it ("312 of the 700 members") or named first ("Of the 480 councillors, 210").
            tail = _OF_WHOLE.match(text, share.end, end)
            lead = None if tail else _WHOLE_FIRST.search(text, max(0, share.start - 120), share.start)
            span = (tail.start(), tail.end()) if tail else (lead.start("whole"), lead.end("whole")) if lead else None
            whole = next((q for q in quantities if span and span[0] <= q.start < span[1]), None)
            if whole is None or whole.unit is not None or whole.is_percent or whole.year_like or whole.value <= share.value:
                return
            slack = 0.1 if share.qualifier_loose else 0.0  # "some 312" of 700 is given a tenth either way
            low, high = share.value * (1 - slack) / whole.value * 100, share.value * (1 + slack) / whole.value * 100
            position, label = (tail.end() if tail else share.end), f"{' '.join(share.text.split())} of {' '.join(whole.text.split())}"
        else:
            return
        match = self.restated.match(text, position, end)
        if match is None or not self._wrong(low, high) or not _one_item(text, share.start, match.end()):
            return
        if any(position <= q.start < match.start("word") for q in quantities):
            return  # another figure between: the word sums up that one, or neither
        yield self._finding(share.number_start, match.end(), label, match.group("word"))

    def _claimed(self, text: str, start: int, end: int, part: "Quantity", quantities: tuple["Quantity", ...]) -> Iterable[Finding]:
        """A majority claimed, then the count won of a whole: "claimed a majority in the chamber
        after winning 61 of the 130 seats" (at most half the whole is not one)."""
        assert self.claim is not None and self.count_tail is not None
        if part.is_range or part.year_like or part.date_like or part.rank or part.value <= 0 or part.qualifier_loose:
            return
        match = self.claim.search(text, max(start, part.start - 160), part.start)
        tail = self.count_tail.match(text, part.end, end) if match else None
        if match is None or tail is None:
            return
        after = [q for q in quantities if tail.start() <= q.start < tail.end()]
        whole = after[0] if after else None
        if whole is None or whole.unit is not None or whole.is_percent or whole.year_like or whole.value <= part.value:
            return
        if not self._wrong(part.value / whole.value * 100, part.value / whole.value * 100) or not _one_item(text, match.start(), tail.end()):
            return
        yield self._finding(match.start(), tail.end(), f"{' '.join(part.text.split())} of {' '.join(whole.text.split())}", match.group("word") if "word" in match.groupdict() else match.group())

    def _amount(self, text: str, start: int, end: int, part: "Quantity", quantities: tuple["Quantity", ...]) -> Iterable[Finding]:
        """An amount set off after a majority word, the rest of its whole listed after it: "The bulk
        of the money, $1.4 billion, goes to roads, while a further $900 million will go to farmers
        and $650 million to schools" (1.4 of 2.95 billion is less than half)."""
        if part.is_range or part.year_like or part.date_like or part.value <= 0 or self.apposition is None or self.further is None:
            return
        if not self.apposition_close.match(text, part.end, end):
            return
        match = self.apposition.search(text, max(start, part.start - 80), part.start)
        if match is None:
            return
        later = [q for q in quantities if q.start >= part.end]
        rest: list["Quantity"] = []
        for q in later:
            if q.unit != part.unit or q.is_range or q.is_percent or q.value <= 0:
                break
            if not rest and not self.further.search(text, max(part.end, q.start - 30), q.start):
                break
            rest.append(q)
        if not rest:
            return
        whole = part.value + sum(q.value for q in rest)
        slack = 0.1 if part.qualifier_loose else 0.0
        if not self._wrong(part.bound.low * (1 - slack) / whole * 100, part.bound.high * (1 + slack) / whole * 100):
            return
        share = f"{' '.join(part.text.split())} of {' + '.join(' '.join(q.text.split()) for q in (part, *rest))}"
        yield self._finding(match.start(), part.end, share, match.group())

    def _wrong(self, low: float, high: float) -> bool:
        """True when no reading of a share between ``low`` and ``high`` percent fits the words: at
        most the threshold for a majority, at least it for a minority."""
        return low >= self.threshold if self.minority else high <= self.threshold

    @staticmethod
    def _finding(start: int, end: int, share: str, words: str) -> Finding:
        word = _TRIM.sub("", " ".join(words.split()))
        first, _, rest = word.partition(" ")
        if first in _CAPITALISED:  # the words as the message quotes them: "is not a majority of voters", not "A majority"
            word = f"{first.lower()} {rest}".rstrip()
        return Finding(start, end, {"share": " ".join(share.split()), "word": word})



# What sets the figure off around the majority words: punctuation, and a connective before the figure ("more than half of all households, or").
_TRIM = patterncache.compile(r"^[\s,(:—–-]+|[\s,(:—–-]+(?:(?:or|that\s+is(?:\s+to\s+say)?|i\.e\.|in\s+other\s+words|namely|concretely|specifically|precisely|exactly)[\s,(:—–-]*)?$")
# Words a sentence may open with that the message writes in lower case.
_CAPITALISED = frozenset({"A", "An", "The", "Most", "More", "Over", "Well", "Majority", "Nearly", "Fewer", "Less", "Only", "Just"})
# A count's whole right after it: "312 of the 700 members", "312 members out of 700".
_OF_WHOLE = patterncache.compile(
    r"(?:\s+of|(?:\s+[\p{L}’'-]+){0,2}?\s+out\s+of)\s+(?:(?:the|its|their|all)\s+)?\d(?:[\d,]*\d)?"
    r"|\s+(?:votes?|seats?)\s+(?:in|on|of)\s+(?:the|an?|its)\s+\d(?:[\d,]*\d)?(?=-(?:seat|member|strong)\b)",  # "198 votes in the 450-seat chamber"
    regex.IGNORECASE,
)
# A whole named first, then its count: "Of the 480 councillors, 210 ...".
_WHOLE_FIRST = patterncache.compile(r"\b(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:the|its|their|all)\s+(?P<whole>\d[\d,]*)(?:\s+[\p{L}’'-]+){1,5}\s*,\s*(?:(?:some|about|around|nearly|roughly|just|only)\s+)?$")
_NEXT_ITEM = patterncache.compile(r"\n[ \t]*(?:[-–—•*]|\d+[.)]|\n)")


def _one_item(text: str, start: int, end: int) -> bool:
    """False when ``start:end`` runs into the next bullet or paragraph ("..., a narrow majority\n-
    Far-right party: 12%" is two items of a list, not a majority of 12%)."""
    return not _NEXT_ITEM.search(text, start, end)
