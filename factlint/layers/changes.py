"""The ``changes`` layer: every change statement in the document, read by one grammar.

Each sentence with two or more quantities and a change word is rewritten as a *skeleton* in which
every quantity is a token; the forms of :mod:`factlint.layers.change_grammar` (from
``data/changes.yaml``) find statements such as "rose 22 pct to 28 mln dlrs from 23 mln", "climbed
to B from A, a rise of roughly C%", "posted a C% gain to reach B, compared with A" or "rose by X,
or C%, to B". The first form that reads a pair of figures wins.

:func:`readings` puts start and end in one unit and scale, under every reading the text allows (a
start without scale or unit takes the end's: "to 28 mln dlrs from 23 mln"; cents convert to
dollars; "9.900" may be 9,900; an absolute change gives the start as B - X), each figure with the
interval its rounding implies, so a check that finds no reading fitting has found an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from factlint import patterncache
from factlint.layers.change_grammar import CLOSE, OPEN, Grammar, grammar, words_pattern
from factlint.layers.quantities import Bound, Quantity, vocabulary

if TYPE_CHECKING:
    from factlint.document import Document

_HEDGE = patterncache.compile(r"\b(?P<hedge>more\s+than|nearly|almost|about|roughly|over|around|close\s+to|some|at\s+least|well\s+over)\s+$", regex.IGNORECASE)
_VERB_QUALIFIERS = frozenset({"up to", "down to"})
# What may stand between a change verb and its figure: "by", "of" (translated), an object before
# "by" ("cut the transit authority's budget by $45 million").
_BY = patterncache.compile(r"(?:\s+(?:its|their|his|her|the|this|our)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}-]+(?=\s+by\s))?\s+(?:by\s+|of\s+)?")
# A figure that is a multiplier: "grew 2.5 times", "a 3.5-fold rise" (not a count of occasions: "three
# times this year", "three times in a row").
_FOLD = patterncache.compile(
    r"(?:\s*[-‑]\s*|\s+)fold\b|\s+times\b(?!\s+(?:a|an|per|each|every|this|last|so\s+far|since|in\s+a\s+row|running|in\s+(?:the\s+)?(?:past|last)|over\s+the\s+(?:past|last))\b)",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Statement:
    """One change statement: start ``a`` (None when only the absolute change ``x`` gives it), end
    ``b``, stated change ``c``, direction (+1 rise, -1 fall, 0 unknown), multiplier ``times``."""

    start: int
    end: int
    a: Quantity | None
    b: Quantity
    c: Quantity | None
    x: Quantity | None
    direction: int
    times: float | None
    verb: str
    hedge: str = ""  # "more than" in "more than doubled", "nearly" in "nearly halved"
    c_after_verb: bool = False  # "rose by 300 to 1,500": the stated change right after its verb
    compared: bool = False  # the start after "compared with", "versus", "against" rather than "from"
    unordered: bool = False  # a table row "Revenue | 1,248 | 1,176 | +6.1%": either column may be the start

    @property
    def absolute_change(self) -> Quantity | None:
        """The stated change in units ("by $40 million", "up 14"), not a percent, fraction or rank."""
        # A change in points beside two percentages is one wherever it stands: "climbed from 58% to 71%,
        # a rise of nine percentage points".
        stated_points = self.c is not None and self.c.unit in ("percentage_point", "index_point") and self.b.unit == "percent"
        # Points stated after the pair are its change even beside "against" ("46.2%, against 44.5%, a
        # progression of 1.7 points").
        after_pair = stated_points and self.a is not None and self.c is not None and self.c.start > max(self.a.start, self.b.start)
        change = self.x or (self.c if ((self.c_after_verb or stated_points) and not self.compared) or after_pair else None)
        if change is None or change.is_percent or change.form == "fraction" or change.is_range or change.year_like or change.date_like:
            return None
        points = change.unit in ("percentage_point", "index_point") and self.b.unit == "percent"  # "up 1.8 points, from 4.1% to 4.9%"
        if (change.unit is not None and self.b.unit is not None and change.unit != self.b.unit and not points) or change.value <= 0:
            return None
        return change

    @property
    def start_text(self) -> str:
        if self.a is not None:
            return " ".join(self.a.text.split())
        assert self.x is not None
        return f"{' '.join(self.b.text.split())} {'-' if self.direction > 0 else '+'} {' '.join(self.x.text.split())}"


@dataclass(frozen=True)
class Reading:
    """Start and end figures in one common unit and scale."""

    a: Bound
    b: Bound


def extract(document: "Document") -> tuple[Statement, ...]:
    """The ``changes`` layer of a document."""
    layer = document.quantities
    if not layer.quantities:
        return ()
    found = grammar(document.knowledge)
    text = document.text
    statements: list[Statement] = []
    for start, end, quantities in layer.by_sentence:
        if len(quantities) < 2 or not found.change_word.search(text, start, end):
            continue
        statements.extend(_sentence_statements(text, start, end, quantities, found))
    return tuple(statements)


def _verb_before(text: str, quantity: Quantity, found: Grammar) -> bool:
    """True for "edged up to 40,500" (the "up" ends a verb), not for "by up to 2 billion"."""
    if quantity.qualifier not in _VERB_QUALIFIERS:
        return False
    before = text[max(0, quantity.start - 30):quantity.start].split()
    if not before:
        return False
    word = before[-1].lower()
    particle = quantity.qualifier.split()[0]
    words = found.rise | found.fall
    return word in words or f"{word} {particle}" in words


def _one_in(words: frozenset[str], folded: str, present: dict[frozenset[str], bool]) -> bool:
    found = present.get(words)
    if found is None:
        found = present[words] = any(word in folded for word in words)
    return found


def _sentence_statements(text: str, start: int, end: int, quantities: tuple[Quantity, ...], found: Grammar) -> Iterator[Statement]:
    pieces: list[str] = []
    offsets: list[int] = []  # skeleton index -> text offset
    cursor = start
    for index, quantity in enumerate(quantities):
        if quantity.year_like and quantity.qualifier is None:
            continue  # "since 2019", "between 2010 and 2020": a year stays a word of the sentence
        # "edged up to 40,500": the "up" of the verb, not the qualifier "up to", stays in the text.
        head = quantity.number_start if _verb_before(text, quantity, found) else quantity.start
        pieces.append(text[cursor:head])
        offsets.extend(range(cursor, head))
        token = f"{OPEN}{index}{CLOSE}"
        pieces.append(token)
        offsets.extend([quantity.start] * len(token))
        cursor = quantity.end
    pieces.append(text[cursor:end])
    offsets.extend(range(cursor, end))
    offsets.append(end)
    skeleton = "".join(pieces)
    folded = skeleton.casefold()
    seen: set[tuple[int, int]] = set()
    tokens = skeleton.count(OPEN)
    present: dict[frozenset[str], bool] = {}  # a set of words the grammar's forms share -> one of them is in the sentence
    for number, (form, needed, cues) in enumerate(found.forms):
        if number < len(found.least_tokens) and found.least_tokens[number] > tokens:
            continue  # every match of the form holds more quantities than the sentence has: not built, not run
        if not all(word in folded for word in needed) or not all(any(word in folded for word in group) for group in cues):
            continue
        if number < len(found.literals) and not all(_one_in(words, folded, present) for words in found.literals[number]):
            continue  # a word every match of the form holds is missing: not built, not run
        for match in form.finditer(skeleton):
            groups = match.groupdict()
            b = quantities[int(groups["b"])]
            a = quantities[int(groups["a"])] if groups.get("a") else None
            if a is not None and groups.get("ya") and groups.get("yb") and int(groups["yb"]) < int(groups["ya"]):
                a, b = b, a  # "2023: $5.0m; 2024: $5.5m": the later year's figure is the end
            x = quantities[int(groups["x"])] if groups.get("x") else None
            if a is None and x is None:
                continue
            key = (a.start if a else -x.start if x else 0, b.start)
            if key in seen:
                continue
            seen.add(key)
            c = quantities[int(groups["c"])] if groups.get("c") else None
            if c is not None and (c.year_like or c.date_like):
                continue  # "growth for 2020 will slow to 2.5% from 6.1%": a year is no change
            if c is not None and c.form == "fraction" and _POINT_AFTER.match(text, c.end):
                c = None  # "by half a percentage point", "a quarter of a point": points, not a share of the start
            if groups.get("vs") and not _compares_pair(text, match, c, b):
                continue  # "up 14 to 164, against 422 one year ago": two comparisons, not one
            sign = groups.get("sign")
            if sign == "" and (c is None or c.value >= 0):
                continue  # a report line's change needs its sign: "+15%" or "-8%"
            verbs = match.captures("verb") if "verb" in groups else []
            times_word = " ".join((groups.get("times") or "").lower().split())
            verb_word = " ".join((verbs[0] if verbs else "").lower().split())
            verb_norm = times_word or verb_word
            direction = 1 if verb_word in found.rise else -1 if verb_word in found.fall else 0
            times = found.times.get(times_word) if times_word else None
            hedge = ""
            if groups.get("times"):
                hedge_match = _HEDGE.search(skeleton, max(0, match.start("times") - 20), match.start("times"))
                hedge = " ".join(hedge_match.group("hedge").lower().split()) if hedge_match else ""
            if direction == 0 and c is not None and (sign == "+" or c.value < 0):
                direction = 1 if sign == "+" else -1  # "+15%", "-8%"
            if times is not None and direction == 0:
                direction = _direction_before(skeleton, match.start("times"), found)
            fold = _multiplier(text, c, b)
            if fold is not None and c is not None:
                # "grew 2.5 times to B from A": the figure is a multiplier, not a change in units.
                times, hedge, verb_norm = fold, c.qualifier or "", _multiplier_text(text, c)
                c = None
            elif c is not None and _TIMES.match(text, c.end):
                c = None  # "rose three times in a row": a count of occasions says nothing of the size
            if times is not None:
                # "fell threefold", "decreased 2.5 times": a fall divides; "halved" is itself a fall.
                if direction < 0 and times > 1:
                    times = 1 / times
                direction = 1 if times > 1 else -1
            c_after_verb = sign == "+" or bool(  # "Headcount | 12,400 | 11,900 | +500": a signed change in units
                c is not None and verbs and match.start("c") - len(OPEN) >= match.ends("verb")[0]
                and _BY.fullmatch(skeleton, match.ends("verb")[0], match.start("c") - len(OPEN))
            )
            first = offsets[match.start()]
            last = max((q for q in (a, b, c, x) if q is not None), key=lambda q: q.end)
            yield Statement(
                first, max(offsets[match.end()], last.end), a, b, c, x, direction, times, verb_norm, hedge, c_after_verb,
                bool(groups.get("cmp") or groups.get("vs")), groups.get("unordered") is not None,
            )


_POINTS = frozenset({"percentage_point", "index_point"})
_POINT_AFTER = patterncache.compile(r"\s+(?:of\s+)?(?:an?\s+|one\s+)?(?:percentage\s+|percent\s+|per\s+cent\s+|pct\s+)?points?\b", regex.IGNORECASE)
# "grew by a factor of 2.5", "was multiplied by 2.5", "divided by three" (a fall: the changes layer divides).
_FACTOR = patterncache.compile(r"\b(?:factor\s+of|multiplied\s+by|divided\s+by)\s+$", regex.IGNORECASE)
_TIMES = patterncache.compile(r"\s+times\b", regex.IGNORECASE)
_WORD_BEFORE = patterncache.compile(r"(?P<word>\p{L}+)\s+(?:(?:by|some|about|roughly|nearly|almost|more\s+than)\s+)*$", regex.IGNORECASE)


def _direction_before(skeleton: str, at: int, found: Grammar) -> int:
    """The direction of a verb right before a multiplier word: "fell threefold" (-1)."""
    before = _WORD_BEFORE.search(skeleton, max(0, at - 40), at)
    word = before.group("word").lower() if before else ""
    return 1 if word in found.rise else -1 if word in found.fall else 0


def _multiplier_text(text: str, c: Quantity) -> str:
    """A multiplier figure with its words: "2.5 times", "3.5-fold", "a factor of 2.5"."""
    before = _FACTOR.search(text, max(0, c.start - 16), c.start)
    after = _FOLD.match(text, c.end)
    return " ".join(text[before.start() if before else c.number_start:after.end() if after else c.end].split())


def _compares_pair(text: str, match: regex.Match[str], c: Quantity | None, b: Quantity) -> bool:
    """Beside "against A" a stated change is this pair's when it is a percent, a multiplier, or
    points between percentages stated after the pair ("46.2%, against 44.5%, a progression of 1.7
    points"; not "rose 0.2 points to 5.1%, against 4.3% a year earlier")."""
    if c is None:
        return False
    points = c.unit in _POINTS and b.unit == "percent" and match.start("c") > match.start("a")
    return c.is_percent or points or _multiplier(text, c, b) is not None


def _multiplier(text: str, c: Quantity | None, b: Quantity) -> float | None:
    """The multiplier a stated change written "N times" or "N-fold" gives; None for any other
    figure, and for rates ("raised three times, to 5.25% from 4.5%" counts occasions)."""
    if c is None or c.unit is not None or c.is_range or c.form == "fraction" or c.value <= 1 or b.unit == "percent":
        return None
    return c.value if _FOLD.match(text, c.end) or _FACTOR.search(text, max(0, c.start - 16), c.start) else None


# --- readings ------------------------------------------------------------------------------


def readings(document: "Document", statement: Statement, loose_tolerance: float, skip_units: frozenset[str]) -> list[Reading]:
    """Every way to read start and end in one unit and scale; empty when they cannot be compared."""
    b = statement.b
    if statement.a is None:
        return _readings_from_change(document, statement, loose_tolerance, skip_units)
    a = statement.a
    if not _comparable(a) or not _comparable(b) or a.unit in skip_units or b.unit in skip_units:
        return []
    if a.unit == "percent" and (b.unit not in (None, "percent") or b.scale != 1.0):
        return []  # "rose 5 pct to 197.7 billion schillings against 8.1 pct growth": a rate, not the start
    factor = 1.0
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        found = _factor(document, a.unit, b.unit)
        if found is None:
            return []
        factor = found
    starts = [widened(document.text, a, loose_tolerance, document).scaled(factor)]
    ends = [widened(document.text, b, loose_tolerance, document)]
    if a.dot_thousands:
        starts.append(starts[0].scaled(1000))
    if b.dot_thousands:
        ends.append(ends[0].scaled(1000))
    # "to 28 mln dlrs from 23": a figure without a scale word may be in the other's scale.
    if a.scale != b.scale and a.scale == 1.0:
        starts.append(starts[0].scaled(b.scale))
    elif a.scale != b.scale and b.scale == 1.0:
        ends.append(ends[0].scaled(a.scale))
    found = [Reading(x, y) for x in starts for y in ends]
    return found + [Reading(r.b, r.a) for r in found] if statement.unordered else found


def _readings_from_change(document: "Document", statement: Statement, loose_tolerance: float, skip_units: frozenset[str]) -> list[Reading]:
    """"rose by $40 million, or 25%, to $240 million": the start is B - X (B + X for a fall)."""
    b, x = statement.b, statement.x
    if x is None or statement.direction == 0 or not _comparable(b) or not _comparable(x):
        return []
    if b.unit in skip_units or (x.unit is not None and x.unit != b.unit) or x.value <= 0:
        return []
    end = widened(document.text, b, loose_tolerance, document)
    changes = [x.bound]
    if x.scale == 1.0 and b.scale != 1.0:
        changes.append(x.bound.scaled(b.scale))
    found = []
    for change in changes:
        if statement.direction > 0:
            start = Bound(end.value - change.value, end.low - change.high, end.high - change.low)
        else:
            start = Bound(end.value + change.value, end.low + change.low, end.high + change.high)
        found.append(Reading(start, end))
    return found


def _comparable(quantity: Quantity) -> bool:
    return not (quantity.year_like or quantity.rank or quantity.is_range or quantity.adjective or quantity.date_like)


def widened(text: str, quantity: Quantity, loose_tolerance: float, document: "Document") -> Bound:
    """"more than 50,000", "about 40": the bound widened by ``loose_tolerance`` (not the "up to"
    of "edged up to 40,500", which belongs to the verb)."""
    bound = quantity.bound
    if not quantity.qualifier_loose or _verb_before(text, quantity, grammar(document.knowledge)):
        return bound
    slack = loose_tolerance * abs(bound.value)
    return Bound(bound.value, bound.low - slack, bound.high + slack)


def _factor(document: "Document", source: str, target: str) -> float | None:
    units = vocabulary(document.knowledge).units
    source_spec, target_spec = units.get(source), units.get(target)
    if not source_spec or not target_spec or source_spec.get("temperature") or target_spec.get("temperature"):
        return None
    from factlint.units import conversions

    found = conversions(source_spec, target_spec)
    return found[0].factor if len(found) == 1 else None


def relative(reading: Reading) -> Bound | None:
    """The relative change from start to end, in percent; None when the start is not positive."""
    a, b = reading.a, reading.b
    if a.low <= 0 or b.low < 0:
        return None
    return Bound((b.value / a.value - 1) * 100, (b.low / a.high - 1) * 100, (b.high / a.low - 1) * 100)


def difference(reading: Reading) -> Bound:
    a, b = reading.a, reading.b
    return Bound(b.value - a.value, b.low - a.high, b.high - a.low)


def meets(x: Bound, y: Bound) -> bool:
    return x.low <= y.high and y.low <= x.high


def fields(statement: Statement) -> dict[str, str]:
    """Message fields every change rule fills."""
    values = {
        "stated": statement.c.text if statement.c else statement.verb,
        "start": statement.start_text,
        "end": statement.b.text,
        "verb": statement.verb,
    }
    return {name: " ".join(value.split()) for name, value in values.items()}


def scope_pattern(words: list[str]) -> regex.Pattern[str] | None:
    """Words that, anywhere in a statement's sentence, put it out of scope (exchange rates, ranks)."""
    return patterncache.compile(rf"\b(?:{words_pattern(words)})(?!\p{{L}})", regex.IGNORECASE) if words else None


def in_scope(document: "Document", statement: Statement, skip: regex.Pattern[str] | None) -> bool:
    if skip is None:
        return True
    sentence = document.sentence_at(statement.start)
    window = (sentence.start, sentence.end) if sentence else (max(0, statement.start - 60), statement.end + 30)
    return not skip.search(document.text, *window)


def stated_change(statement: Statement, tolerance: float, loose_tolerance: float) -> Bound | None:
    """The stated change in percent, signed by its verb; None when it is not a percent."""
    c = statement.c
    if c is None or c.unit != "percent" or c.is_range:
        return None
    sign = -1.0 if statement.direction < 0 and c.value > 0 else 1.0
    bound = c.bound.scaled(sign)
    slack = tolerance + (loose_tolerance * abs(c.value) if c.qualifier_loose else 0.0)
    return Bound(bound.value, bound.low - slack, bound.high + slack)
