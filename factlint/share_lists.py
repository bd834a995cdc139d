"""The pieces of a list of shares read by ``kind: shares-sum`` (what joins two items, the whole
after a share, a later item's subject, a circumstance), and shares of one whole told apart by
brackets of one scale: "62 percent were over 65, 31 percent between 40 and 65, and 12 percent
under 40", "40% earn less than $30,000, 45% between $30,000 and $80,000 and 20% more than $80,000".

A bracket follows its share (after the share's whole, a copula or one verb: "of the aircraft are
older than 20 years", "travel more than an hour") and is open below ("under 40", "65 or older"),
open above ("more than $80,000") or closed ("between 40 and 65", "aged 18 to 64"). Brackets that
do not overlap split one whole, so their shares cannot add up past 100; brackets that may overlap
("over 30" and "under 50", "over 30" and "over 50") are cumulative figures and are not a split.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from factlint import patterncache

if TYPE_CHECKING:
    from factlint.layers.quantities import Quantity

# Between two items: a comma, "and", a semicolon ("; and"), or an attribution set off in commas
# ("goes on wages, she explained, half on rent").
JOIN = (
    r"\s*(?:,\s*(?:(?:she|he|they|it|officials|(?:the|a)\s+\p{L}+)\s+(?:said|says|explained|explains|added|adds|noted|notes)\s*,\s*)?"
    r"(?:and\s+|while\s+|with\s+|but\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+while\s+|\s+with\s+)"
)
WHOLE = (
    r"(?:\s+of\s+(?P<whole>(?:(?:the|all|its|their|total)\s+)?[\p{L}'’-]+(?:\s+(?!(?:and|or|to|for|in|on|at|from|by|with|while|last|this)\b)[\p{L}'’-]+)?))?"
    r"(?:\s+(?:last|this)\s+(?:year|month|week|quarter)|\s+in\s+\p{Lu}\p{Ll}+)?"  # "of generation last year", "in March"
)
SUBJECT = r"(?:(?:the|a|an)\s+)?(?:(?!(?:and|or|to|in|on|at|from|by|with|while|of)\b)[\p{L}'’.&-]+\s+){1,3}?"
# A later subject may name two ("smaller parties and independents 21%", "the Greens and the Left 40%").
GAP_SUBJECT = (
    r"(?:(?:the|a|an)\s+)?(?!(?:and|or|to|in|on|at|from|by|with|while|of)\b)[\p{L}'’.&-]+\s+"
    r"(?:(?:(?:and|&)\s+(?:the\s+)?)?(?!(?:and|or|to|in|on|at|from|by|with|while|of|the|remaining|rest|remainder)\b)[\p{L}'’.&-]+\s+){0,3}?"
)
# A circumstance after the first share's whole: "won 46% of the vote in Sunday's parliamentary
# election, the opposition 38% ..."; a later share with one of its own ("Jones 58% in Texas") is
# another whole's.
CIRCUMSTANCE = r"(?:\s+(?:in|at|during|on)\s+(?:[\p{L}'’-]+|\d{4})(?:\s+(?!(?:and|or|while|but|with|from|to|up|down|compared|against|versus)\b)(?:[\p{L}'’-]+|\d{4})){0,7}?)?"
OWN_CIRCUMSTANCE = patterncache.compile(r"\s+(?:in|at|during|among)\s+\S", regex.IGNORECASE)
# A fraction word restated by the next share: "more than half of the total, reaching 51.7%", "half (48%)".
RESTATED = patterncache.compile(
    r"[^.;%]{0,60}?(?:\s*\(\s*|(?:,|—|–|\s-)\s*(?:or|reaching|representing|accounting\s+for|amounting\s+to|that\s+is,?|i\.e\.,?|namely)\s+)"
    r"(?:(?:some|about|nearly|around|roughly|almost|just)\s+)?",
    regex.IGNORECASE,
)
# A question or heading right before a sentence: "Where did the power come from? Coal 38%, ...".
LEAD_BEFORE = patterncache.compile(r"[^.!?\n]*[?:]\s*$")

# Words before a verb that make "up" part of the verb, not a change ("made up 45%").
UP_AFTER = r"(?<!\b(?:made|makes|make|making|split|divided|carved|broken|taken|take|takes|took|use|used|uses|using|snapped|picked|set)\s+)"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
# A threshold: a figure (not a year) or a number word, its scale, up to two words of unit ("years
# old", "hectares", "a year"): "$30,000", "an hour", "20 years".
_AMOUNT = (
    r"(?:[$£€]\s*)?(?:(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*|(?:an?|{words})\b)(?:\s*(?:k|m|bn|thousand|million|billion)\b)?"
    r"(?:\s+(?!(?:and|or|to|of|in|on|at|for|with|while|but|were|was|are|is|between|under|over|more|less|an?|the|per|each)\b)\p{{L}}[\p{{L}}-]*){{0,2}}"
).format(words="|".join(w for w in _NUMBER_WORDS if len(w) > 2))


# One value with its noun: "28% of households have one member, 51% two to four members ...".
_POINT = _AMOUNT.replace("{0,2}", "{1,2}")


def _named(name: str) -> str:
    return f"(?P<{name}>{_AMOUNT})"


@dataclass(frozen=True)
class Bracket:
    """One share's bracket: ``low``/``high`` thresholds (None when open on that side), its end, the
    unit word its thresholds are in, and the share's whole ("of the aircraft") if named."""

    low: float | None
    high: float | None
    unit: str
    end: int
    whole: str


class Brackets:
    """The bracket reader of one rule: ``below`` words open a bracket downwards ("under"),
    ``above`` words upwards ("over", "more than")."""

    def __init__(self, below: Sequence[str], above: Sequence[str]) -> None:
        below_words, above_words = words_of(below), words_of(above)
        self.after = patterncache.compile(
            r"(?:\s+of\s+(?P<whole>(?:the\s+|all\s+|its\s+|their\s+)?[\p{L}'’-]+))?"
            r"(?:\s+(?:(?:were|are|was|is|be|being|had|have|has)\s+|(?!(?:of|in|on|at|for|to|from|and|or|with|while|but|than|between|under|over|more|less|fewer|above|below|older|younger|aged|up)\b)\p{L}+\s+))?"
            r"(?:\s*(?:were|are|was|is|aged|were\s+aged|are\s+aged)\s+)?\s*"
            rf"(?:(?:{below_words})\s+{_named('below')}|(?:{above_words})\s+{_named('above')}"
            rf"|between\s+{_named('from1')}\s+and\s+{_named('to1')}|{_named('from2')}\s*(?:to|-|–)\s*{_named('to2')}"
            rf"|{_named('above2')}\s+(?:or|and)\s+(?:older|over|above|more|upwards)\b|{_named('below2')}\s+or\s+(?:younger|under|below|less|fewer)\b"
            rf"|(?P<point>{_POINT}))",
            regex.IGNORECASE,
        )
        self.join = patterncache.compile(rf"(?:\s+[\p{{L}}'’-]+){{0,3}}?{JOIN}", regex.IGNORECASE)

    def read(self, text: str, position: int, end: int) -> Bracket | None:
        """The bracket right after a share ending at ``position``, or None."""
        match = self.after.match(text, position, end)
        if match is None:
            return None
        groups = {k: v for k, v in match.groupdict().items() if v}
        low = high = None
        if "below" in groups or "below2" in groups:
            high, unit = _amount(groups.get("below") or groups["below2"])
        elif "above" in groups or "above2" in groups:
            low, unit = _amount(groups.get("above") or groups["above2"])
        elif "point" in groups:  # "have one member": a bracket of one value
            low, unit = _amount(groups["point"])
            high = low
        else:
            (low, unit), (high, unit_high) = _amount(groups.get("from1") or groups["from2"]), _amount(groups.get("to1") or groups["to2"])
            unit = unit or unit_high
        return Bracket(low, high, unit, match.end(), (groups.get("whole") or "").lower())

    def groups(self, text: str, shares: Sequence[object], end: int) -> Iterable[list[int]]:
        """Runs of share indexes, each share followed by its bracket, joined as list items, whose
        brackets do not overlap."""
        run: list[int] = []
        brackets: list[Bracket] = []
        for index, share in enumerate([*shares, None]):
            bracket = None if share is None else self.read(text, share.end, end)  # type: ignore[attr-defined]
            if bracket is not None and run and self.join.fullmatch(text, brackets[-1].end, share.start):  # type: ignore[attr-defined]
                run.append(index)
                brackets.append(bracket)
                continue
            if len(run) >= 2 and _split(brackets):
                yield run
            run, brackets = ([index], [bracket]) if bracket is not None else ([], [])


def words_of(items: Sequence[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True)) or "(?!)"


def _amount(source: str) -> tuple[float | None, str]:
    """The value of a threshold and its unit word ("$30,000" -> 30000, ""; "20 years old" -> 20, "year")."""
    parts = source.replace("$", "").replace("£", "").replace("€", "").split()
    if not parts:
        return None, ""
    head, rest = parts[0].lower().rstrip(",."), parts[1:]
    digits = head.replace(",", "")
    try:
        value: float | None = float(digits)
    except ValueError:
        value = float(_NUMBER_WORDS[head]) if head in _NUMBER_WORDS else None
    if rest and rest[0].lower() in _SCALES and value is not None:
        value, rest = value * _SCALES[rest[0].lower()], rest[1:]
    unit = rest[0].lower().rstrip("s") if rest else ""
    return value, unit


def _split(brackets: Sequence[Bracket]) -> bool:
    """True when the brackets do not overlap: at most one open below and one open above, and every
    closed one between them (thresholds in different units are taken as apart)."""
    below = [b for b in brackets if b.low is None]
    above = [b for b in brackets if b.high is None]
    if len(below) > 1 or len(above) > 1 or len({b.whole for b in brackets if b.whole}) > 1:
        return False
    if any(b.low is not None and b.low == b.high for b in brackets) and len({b.unit for b in brackets if b.unit}) > 1:
        return False  # values of one thing only: not "two cars" and "two bikes"
    ordered = sorted(brackets, key=lambda b: (0 if b.low is None else 2 if b.high is None else 1, b.low or 0.0))
    for first, second in zip(ordered, ordered[1:]):
        if first.high is None or second.low is None:
            return False
        if first.unit == second.unit and first.high > second.low:
            return False  # "under 50" and "over 30"; "10 to 30" and "20 to 40"
    return True


# From the end of one sentence to the start of the next: spaces, at most one line break.
NEXT_SENTENCE = patterncache.compile(r"[ \t]*(?:\n[ \t]*)?")
# A time or place of its own before "a further": "; in summer a further 40% ...".
_TIME_BEFORE = patterncache.compile(r"\b(?:in|during|at|on|by|from|since|after|before|over)\s+(?:the\s+|this\s+|that\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+)?\s*,?\s*$", regex.IGNORECASE)


def run_before(text: str, quantities: Sequence["Quantity"], shares: Sequence["Quantity"], index: int, end: int, whole_after: regex.Pattern[str]) -> list["Quantity"] | None:
    """The longest run of shares ending at ``shares[index]`` of one whole (``whole_after`` reads a
    share's "of the vote"), with no other figure before ``end`` and no share with a place or time of its own."""
    for first in range(index):
        group = list(shares[first: index + 1])
        others = [q for q in quantities if group[0].start < q.start < end and q not in group and not q.year_like]
        wholes = {m.group("whole").lower() for q in group if (m := whole_after.match(text, q.end)) and m.group("whole")}
        if not others and len(wholes) <= 1 and not any(OWN_CIRCUMSTANCE.match(text, q.end) for q in group):
            return group
    return None


@dataclass(frozen=True)
class FurtherParts:
    """One more part of a whole: "Three-quarters comes from the reservoir, with a further 40% pumped
    from boreholes"; "About 60% of the electricity comes from gas. A further 45% is generated by
    wind" (the shares of the sentence before, when the share opens its own). The shares before it
    are of one whole, with no other figure between; a share naming another whole ("a further 40% of
    smokers") or after a time of its own ("in summer a further 40%") is not a part of it. More
    parts and a rest after it join the list ("Another 40% ..., and the rest, 45%, ..."); so does a
    rest opening the sentence after ("... and 40% on buildings. The rest, 45%, goes on equipment")."""

    further: regex.Pattern[str]  # ends right before the share: "a further "
    whole_after: regex.Pattern[str]
    remainder: regex.Pattern[str] | None
    closing: regex.Pattern[str] | None

    @classmethod
    def of(cls, words: str, whole_after: regex.Pattern[str], remainder: regex.Pattern[str] | None, closing: regex.Pattern[str] | None) -> "FurtherParts":
        """The reading for ``words`` (an alternation: "another|a\\s+further")."""
        pattern = patterncache.compile(rf"(?<![\p{{L}}])(?:{words})\s+(?:(?:some|about|around|roughly|nearly|almost|just)\s+)?$", regex.VERSION1 | regex.IGNORECASE)
        return cls(pattern, whole_after, remainder, closing)

    def marks(self, text: str, share: "Quantity") -> bool:
        return bool(self.further.search(text, max(0, share.start - 30), share.start))

    def lists(self, text: str, quantities: Sequence["Quantity"], shares: Sequence["Quantity"], previous: Sequence["Quantity"]) -> Iterable[list["Quantity"]]:
        for index, share in enumerate(shares):
            marker = self.further.search(text, max(0, share.start - 30), share.start)
            if marker is None and not index and previous:  # "... and 40% on buildings. The rest, 45%, goes on equipment."
                marker = next((m for p in (self.remainder, self.closing) if p is not None and (m := p.search(text, max(0, share.start - 30), share.start))), None)
            if marker is None or _TIME_BEFORE.search(text, max(0, marker.start() - 30), marker.start()):
                continue
            if index:
                run = run_before(text, quantities, shares, index, share.end, self.whole_after)
            elif previous and not [q for q in quantities if previous[-1].end <= q.start < share.start]:
                earlier = [q for q in previous if q.is_percent and not q.is_range and not q.year_like]
                run = run_before(text, [q for q in quantities if q.start < share.start], [*earlier, share], len(earlier), share.start, self.whole_after) if earlier else None
            else:
                continue
            own, first = self.whole_after.match(text, share.end), run and self.whole_after.match(text, run[0].end)
            if run and not (own and own.group("whole") and (not first or (first.group("whole") or "").lower() != own.group("whole").lower())):
                yield [*run, *self._more_parts(text, quantities, shares[index + 1:], share)]
            return

    def _more_parts(self, text: str, quantities: Sequence["Quantity"], later: Sequence["Quantity"], last: "Quantity") -> list["Quantity"]:
        parts: list["Quantity"] = []
        for share in later:
            window = (max(0, share.start - 30), share.start)
            marked = self.marks(text, share) or any(p is not None and p.search(text, *window) for p in (self.remainder, self.closing))
            if not marked or OWN_CIRCUMSTANCE.match(text, share.end) or any(last.end <= q.start < share.start for q in quantities if q not in later):
                break
            parts.append(share)
            last = share
        return parts


_BRACKETED = patterncache.compile(r"\s*\)")
_OPENED = patterncache.compile(r"\(\s*$")
_BRACKET_GAP = patterncache.compile(r"\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,3}\s*\(\s*")


def bracketed_runs(text: str, shares: Sequence["Quantity"], start: int) -> Iterable[list["Quantity"]]:
    """Runs of three or more shares each in brackets after its part: "Europe (55%), Asia (30%) and the Americas (25%)"."""
    def bracketed(share: "Quantity") -> bool:
        return bool(_BRACKETED.match(text, share.end) and _OPENED.search(text, max(start, share.start - 3), share.start))

    group: list["Quantity"] = []
    for share in [*shares, None]:
        if share is not None and bracketed(share) and (not group or _BRACKET_GAP.fullmatch(text, group[-1].end, share.start)):
            group.append(share)
            continue
        if len(group) >= 3:
            yield group
        group = [share] if share is not None and bracketed(share) else []


# The start of a line or bullet ("* ", "- ", "• ").
_LINE_START = r"(?:^|\n)[ \t]*(?:[-*•–][ \t]*)?"
# A bullet line below a label: "- Women: 52%".
_BULLET_LINE = patterncache.compile(r"\n[ \t]*[-*•–][ \t]*[^\n]*")
_OF_OWN = patterncache.compile(r"\s+of\s", regex.IGNORECASE)
# An item's own year or place ("44% in 2019", "45% in Texas"; not a value, "62% in work").
_OWN_YEAR_OR_PLACE = patterncache.compile(r"\s+(?:in|at|during|among)\s+(?:(?:19|20)\d\d\b|(?-i:\p{Lu}))")
# A heading line that names a split ("Where the money goes:", "The power mix last year:"), bullets below it;
# not rates of each group ("Turnout by region:", "Support per age group:").
_HEADING = patterncache.compile(r"(?:^|\n)[ \t]*(?P<heading>[^\n]{3,80}?)[ \t]*[:?][ \t]*(?=\n[ \t]*[-*•–])")
_NOTE_LINE = patterncache.compile(r"\n(?![ \t]*[-*•–])[^\n]*")
_PER_GROUP = patterncache.compile(r"\b(?:by|per|each|among)\b", regex.IGNORECASE)


@dataclass(frozen=True)
class LabelledSplits:
    """Shares listed under a label naming a characteristic each member of the whole has one value
    of: "* Tenure: 47% renting privately or from a council, 44% owning outright or with a mortgage,
    13% living with parents", or the label alone on its line and a share a bullet below it
    ("Gender:\\n- Women: 52%\\n- Men: 51%"). A share of its own whole ("47% of men"), with a time or
    place of its own, another figure among the items, or a note that answers may overlap ("could
    choose more than one") is not one split."""

    label: regex.Pattern[str]  # the label and its colon at the start of a line or bullet
    overlap: regex.Pattern[str]
    whole_words: regex.Pattern[str] | None  # words of a heading that names a split ("mix", "comes from")

    @classmethod
    def of(cls, labels: str, overlap: str, whole_words: regex.Pattern[str] | None) -> "LabelledSplits":
        flags = regex.VERSION1 | regex.IGNORECASE
        return cls(patterncache.compile(rf"{_LINE_START}(?:{labels})[ \t]*[:—–][ \t]*", flags), patterncache.compile(rf"\b(?:{overlap})\b", flags), whole_words)

    def _labels(self, text: str) -> Iterable[regex.Match[str]]:
        yield from self.label.finditer(text)
        if self.whole_words is not None:
            for heading in _HEADING.finditer(text):
                words = (heading.start("heading"), heading.end("heading"))
                if self.whole_words.search(text, *words) and not _PER_GROUP.search(text, *words):
                    yield heading

    def lists(self, text: str, quantities: Sequence["Quantity"]) -> Iterable[list["Quantity"]]:
        for label in self._labels(text):
            line_end = text.find("\n", label.end())
            end = len(text) if line_end < 0 else line_end
            if not text[label.end():end].strip():  # the label alone: the bullets below it
                while (bullet := _BULLET_LINE.match(text, end)) is not None:
                    end = bullet.end()
            items = [q for q in quantities if label.end() <= q.start < end]
            group = [q for q in items if q.is_percent and not q.is_range]
            # A note that the answers overlap: in the list, or on the line after it when that is no other bullet.
            note = _NOTE_LINE.match(text, end)
            if len(group) < 2 or len(group) != len(items) or self.overlap.search(text, label.start(), note.end() if note else end):
                continue
            if not any(_OF_OWN.match(text, q.end) or _OWN_YEAR_OR_PLACE.match(text, q.end) for q in group):
                yield group


_COPULA = r"(?:were|are|was|is|said|say|voted|answered)"


@dataclass(frozen=True)
class ExclusivePairs:
    """Two shares of one whole named by categories that cannot overlap: "Half of the respondents
    were women and 55 per cent men", "The vote: Yes 54%, No 51%" (``pairs``: women/men, yes/no,
    for/against ...). The category follows its share (after the share's whole and a copula) or
    comes right before it; shares of two wholes ("58% of women and 45% of men") or with a time or
    place of their own are not one split."""

    pairs: tuple[tuple[str, str], ...]
    after: regex.Pattern[str]  # a share's whole, a copula and its category word
    before: regex.Pattern[str]  # a category word right before a share
    gap: regex.Pattern[str]  # between the two items

    @classmethod
    def of(cls, pairs: Sequence[Sequence[str]]) -> "ExclusivePairs":
        words = "|".join(regex.escape(w) for pair in pairs for w in pair)
        flags = regex.VERSION1 | regex.IGNORECASE
        return cls(
            tuple((str(a).casefold(), str(b).casefold()) for a, b in pairs),
            # (after the share's whole only with a copula: not "62 percent of the men and 55 percent of the women")
            patterncache.compile(rf"(?:{WHOLE}\s+{_COPULA}|\s+{_COPULA}|)\s+(?P<word>{words})\b(?![\p{{L}}-])", flags),
            # (not a whole: "Among men 55% were in favour, among women 52% ...")
            patterncache.compile(rf"(?<![\p{{L}}-])(?<!\b(?:among|of|for|in|by|from|with|to)\s+(?:the\s+)?)(?P<word>{words})\s*:?\s*$", flags),
            patterncache.compile(r"[^\d%;.?!]{0,60}", flags),
        )

    def _word(self, text: str, share: "Quantity") -> tuple[str, str | None, int] | None:
        """The category of a share, the share's whole and where the item ends."""
        after = self.after.match(text, share.end)
        if after is not None:
            return after.group("word").casefold(), (after.group("whole") or "").casefold() or None, after.end()
        before = self.before.search(text, max(0, share.start - 20), share.start)
        return (before.group("word").casefold(), None, share.end) if before else None

    def lists(self, text: str, shares: Sequence["Quantity"]) -> Iterable[list["Quantity"]]:
        for first, second in zip(shares, shares[1:]):
            one, other = self._word(text, first), self._word(text, second)
            if one is None or other is None or not self.gap.fullmatch(text, first.end, second.start):
                continue
            if other[1] is not None and other[1] != one[1]:
                continue  # "women make up 60% of staff and men 45% of managers"
            if (one[0], other[0]) in self.pairs or (other[0], one[0]) in self.pairs:
                if not any(OWN_CIRCUMSTANCE.match(text, item[2]) for item in (one, other)):  # "54% said yes in Scotland"
                    yield [first, second]
