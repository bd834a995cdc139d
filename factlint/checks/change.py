"""``kind: change`` — a stated change that contradicts its own figures.

Each sentence with quantities is rewritten as a *skeleton* in which every quantity is a token, and
the rule's ``forms`` (regular expressions over the skeleton with ``{A}`` start, ``{B}`` end,
``{C}`` stated change, ``{verb}``, ``{noun}``, ``{updown}``, ``{times}``) find statements such as
"rose 22 pct to 28 mln dlrs from 23 mln" or "from 8% to 11%, an increase of 3%". Figures are
compared under every reading the text allows (a start without scale or unit takes the end's:
"to 28 mln dlrs from 23 mln"; cents convert to dollars) and with the interval their rounding
implies, so a finding means no reading fits. ``test`` picks what is checked:

- ``percent``: the stated percent change (or "doubled", "halved") against (B - A) / A; A <= 0 is
  skipped, and a change between two percentages that fits the difference in points is left to
  ``points``.
- ``points``: a change between two percentages stated in percent that is the difference in points
  and not the relative change ("from 8% to 11%, an increase of 3%").
- ``direction``: "rose" with B < A, "fell" with B > A; ranks, times, years, losses
  (``skip`` words near the statement) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.quantities import Bound, Quantity, vocabulary
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document

TESTS = ("percent", "points", "direction")
_OPEN, _CLOSE = "\ue000", "\ue001"
_HEDGE = patterncache.compile(r"\b(?P<hedge>more\s+than|nearly|almost|about|roughly|over|around|close\s+to|some|at\s+least|well\s+over)\s+$", regex.IGNORECASE)
# "more than doubled" is wrong only below x2, "nearly doubled" only above it; the others say little.
_AT_LEAST = frozenset({"more than", "over", "at least", "well over"})
_AT_MOST = frozenset({"nearly", "almost", "close to"})
_VERB_QUALIFIERS = frozenset({"up to", "down to"})
_TOKEN = f"{_OPEN}(?P<{{name}}>\\d+){_CLOSE}"


def required_words(form: str) -> tuple[str, ...]:
    """Words (case-folded) that every match of ``form`` contains: runs of letters outside groups,
    classes and escapes and not under a quantifier; none when the form has a top-level ``|`` or
    inline flags. A cheap substring test before the form's regular expression runs on a skeleton."""
    if "(?" in form and regex.search(r"\(\?(?!P)[a-zA-Z^-]", form):
        return ()
    words: list[str] = []
    current = ""
    depth = 0
    index = 0
    after_escape = False
    while index < len(form):
        char = form[index]
        if char == "\\":
            if current:
                words.append(current)
            current, after_escape = "", True  # letters right after an escape ("\u00e9", "\bfrom") are skipped
            index += 2
            continue
        if char.isalnum() and after_escape:
            index += 1
            continue
        after_escape = False
        if char.isalpha() and depth == 0:
            current += char
            index += 1
            continue
        if char in "?*{":  # a quantifier (or a placeholder): the letters before it may be missing
            current = ""
        elif current:
            words.append(current)
            current = ""
        if char == "|" and depth == 0:
            return ()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "{":
            closing = form.find("}", index)
            if closing < 0 or not regex.fullmatch(r"[\w,]*", form[index + 1 : closing]):
                return ()  # a literal brace: too unusual to read further
            index = closing
        elif char == "[":
            index = _class_end(form, index)
        index += 1
    if current:
        words.append(current)
    return tuple(dict.fromkeys(word.casefold() for word in words))


def _class_end(form: str, start: int) -> int:
    """Index of the "]" that closes the character class opened at ``start``."""
    index = start + 1
    if index < len(form) and form[index] == "^":
        index += 1
    if index < len(form) and form[index] == "]":
        index += 1
    depth = 1
    while index < len(form):
        if form[index] == "\\":
            index += 2
            continue
        if form[index] == "[":  # nested sets (regex VERSION1)
            depth += 1
        elif form[index] == "]":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(form)


def _words(items: Iterable[Any]) -> str:
    escaped = [regex.escape(str(w)).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in sorted(items, key=lambda w: (-len(str(w)), str(w)))]
    return "|".join(escaped) or "(?!)"


@dataclass(frozen=True)
class Statement:
    """One change statement found in a sentence."""

    start: int
    end: int
    a: Quantity
    b: Quantity
    c: Quantity | None
    direction: int  # +1 rise, -1 fall, 0 unknown
    times: float | None  # "doubled" = 2
    verb: str
    hedge: str = ""  # "more than" in "more than doubled", "nearly" in "nearly halved"


@dataclass(frozen=True)
class Reading:
    """Start and end figures in one common unit and scale."""

    a: Bound
    b: Bound


class ChangeCheck(Check):
    kind = "change"
    options = {
        "test": Option(str, required=True, doc="percent, points or direction"),
        "forms": Option(list, required=True, doc="skeleton patterns with {A} {B} {C} {verb} {noun} {updown} {times}"),
        "rise": Option(list, default=[], doc="verbs and nouns of a rise, added to data/changes.yaml"),
        "fall": Option(list, default=[], doc="verbs and nouns of a fall, added to data/changes.yaml"),
        "times": Option(dict, default={}, doc="multiplier verbs (doubled: 2, halved: 0.5), added to data/changes.yaml"),
        "skip": Option(list, default=[], doc="words near a statement that put it out of scope (direction also takes data/changes.yaml skip)"),
        "skip_units": Option(list, default=[], doc="units never compared"),
        "tolerance": Option((int, float), default=0.5, doc="percentage points of slack beyond rounding"),
        "loose_tolerance": Option((int, float), default=0.1, doc="relative slack after about, nearly ..."),
    }
    placeholders = frozenset({"stated", "start", "end", "expected", "points", "verb"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.test = spec["test"]
        if self.test not in TESTS:
            raise RuleSpecError("test", f"unknown test {self.test!r} (known: {', '.join(TESTS)})")
        shared = self.knowledge.get("changes") or {}
        self.rise = {" ".join(str(w).lower().split()) for w in [*(shared.get("rise") or []), *spec["rise"]]}
        self.fall = {" ".join(str(w).lower().split()) for w in [*(shared.get("fall") or []), *spec["fall"]]}
        times = {**(shared.get("times") or {}), **(spec["times"] or {})}
        self.times = {str(k).lower(): float(v) for k, v in times.items()}
        skip = [*(shared.get("skip") or []), *spec["skip"]] if self.test == "direction" else list(spec["skip"])
        verbs = _words(self.rise | self.fall)
        fillers = {
            "A": _TOKEN.format(name="a"),
            "B": _TOKEN.format(name="b"),
            "C": _TOKEN.format(name="c"),
            "verb": rf"(?P<verb>\b(?:{verbs})\b)",
            "noun": rf"(?P<verb>\b(?:{verbs})\b)",
            "updown": r"(?P<verb>\b(?:up|down)\b)",
            "times": rf"(?P<times>\b(?:{_words(self.times)})\b)",
        }
        self.forms = []
        self.form_words: list[tuple[str, ...]] = []  # words each form needs, tested before it runs
        for form in spec["forms"]:
            source = str(form)
            self.form_words.append(required_words(source))
            for name, value in fillers.items():
                source = source.replace("{" + name + "}", value)
            try:
                self.forms.append(self.user_pattern("forms", source, ignorecase=True, full_case_folding=True))
            except RuleSpecError as error:
                raise RuleSpecError("forms", f"invalid form {form!r}: {error}") from None
        self.skip = patterncache.compile(rf"\b(?:{_words(skip)})(?!\p{{L}})", regex.IGNORECASE) if skip else None
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])
        self.tolerance = float(spec["tolerance"])
        self.loose_tolerance = float(spec["loose_tolerance"])

    # --- finding statements ----------------------------------------------------------------

    def statements(self, document: "Document") -> Iterator[Statement]:
        layer = document.layer("quantities")
        text = document.text
        for start, end, quantities in layer.by_sentence:
            if len(quantities) < 2:
                continue
            pieces: list[str] = []
            offsets: list[int] = []  # skeleton index -> text offset
            cursor = start
            for index, quantity in enumerate(quantities):
                # "edged up to 40,500": the "up" of the verb, not the qualifier "up to", stays in the text.
                head = quantity.number_start if self._verb_before(text, quantity) else quantity.start
                pieces.append(text[cursor:head])
                offsets.extend(range(cursor, head))
                token = f"{_OPEN}{index}{_CLOSE}"
                pieces.append(token)
                offsets.extend([quantity.start] * len(token))
                cursor = quantity.end
            pieces.append(text[cursor:end])
            offsets.extend(range(cursor, end))
            offsets.append(end)
            skeleton = "".join(pieces)
            seen: set[tuple[int, int]] = set()
            folded = skeleton.casefold()
            for form, needed in zip(self.forms, self.form_words):
                if not all(word in folded for word in needed):
                    continue
                for match in form.finditer(skeleton):
                    groups = match.groupdict()
                    a, b = quantities[int(groups["a"])], quantities[int(groups["b"])]
                    if (a.start, b.start) in seen:
                        continue
                    seen.add((a.start, b.start))
                    c = quantities[int(groups["c"])] if groups.get("c") else None
                    verb = (groups.get("verb") or groups.get("times") or "").lower()
                    verb_norm = " ".join(verb.split())
                    direction = 1 if verb_norm in self.rise or verb_norm == "up" else -1 if verb_norm in self.fall or verb_norm == "down" else 0
                    times = self.times.get(verb_norm) if groups.get("times") else None
                    if times is not None:
                        direction = 1 if times > 1 else -1
                    hedge_match = _HEDGE.search(skeleton, max(0, match.start("times") - 20), match.start("times")) if groups.get("times") else None
                    hedge = " ".join(hedge_match.group("hedge").lower().split()) if hedge_match else ""
                    first = offsets[match.start()]
                    last_quantity = max((q for q in (a, b, c) if q is not None), key=lambda q: q.end)
                    yield Statement(first, max(offsets[match.end()], last_quantity.end), a, b, c, direction, times, verb, hedge)

    def _verb_before(self, text: str, quantity: Quantity) -> bool:
        """True for "edged up to 40,500" (the "up" ends a verb), not for "by up to 2 billion"."""
        if quantity.qualifier not in _VERB_QUALIFIERS:
            return False
        before = text[max(0, quantity.start - 30):quantity.start].split()
        if not before:
            return False
        word = before[-1].lower()
        particle = quantity.qualifier.split()[0]
        return word in self.rise or word in self.fall or f"{word} {particle}" in self.rise | self.fall

    def readings(self, document: "Document", a: Quantity, b: Quantity) -> list[Reading]:
        """Every way to read start and end in one unit and scale; empty when they cannot be compared."""
        if a.year_like or b.year_like or a.rank or b.rank or a.is_range or b.is_range or a.adjective or b.adjective or a.date_like or b.date_like:
            return []
        if a.unit in self.skip_units or b.unit in self.skip_units:
            return []
        factor = 1.0
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            found = self._factor(document, a.unit, b.unit)
            if found is None:
                return []
            factor = found
        starts = [self._widened(a, document.text).scaled(factor)]
        ends = [self._widened(b, document.text)]
        if a.dot_thousands:
            starts.append(starts[0].scaled(1000))
        if b.dot_thousands:
            ends.append(ends[0].scaled(1000))
        # "to 28 mln dlrs from 23": a figure without a scale word may be in the other's scale.
        if a.scale != b.scale and a.scale == 1.0:
            starts.append(starts[0].scaled(b.scale))
        elif a.scale != b.scale and b.scale == 1.0:
            ends.append(ends[0].scaled(a.scale))
        return [Reading(x, y) for x in starts for y in ends]

    def _widened(self, quantity: Quantity, text: str) -> Bound:
        """"more than 50,000", "about 40": the bound widened by ``loose_tolerance`` (not the "up to"
        of "edged up to 40,500", which belongs to the verb)."""
        bound = quantity.bound
        if not quantity.qualifier_loose or self._verb_before(text, quantity):
            return bound
        slack = self.loose_tolerance * abs(bound.value)
        return Bound(bound.value, bound.low - slack, bound.high + slack)

    @staticmethod
    def _factor(document: "Document", source: str, target: str) -> float | None:
        units = vocabulary(document.knowledge).units
        source_spec, target_spec = units.get(source), units.get(target)
        if not source_spec or not target_spec or source_spec.get("temperature") or target_spec.get("temperature"):
            return None
        from factlint.units import conversions

        found = conversions(source_spec, target_spec)
        return found[0].factor if len(found) == 1 else None

    # --- checking --------------------------------------------------------------------------

    def run(self, document: "Document") -> Iterable[Finding]:
        layer = document.layer("quantities")
        if not layer.quantities:
            return
        for statement in self.statements(document):
            sentence = document.sentence_at(statement.start)
            window = (sentence.start, sentence.end) if sentence else (max(0, statement.start - 60), statement.end + 30)
            if self.skip is not None and self.skip.search(document.text, *window):
                continue
            readings = self.readings(document, statement.a, statement.b)
            if not readings:
                continue
            finding = getattr(self, "_" + self.test)(statement, readings)
            if finding is not None:
                yield finding

    def _fields(self, statement: Statement) -> dict[str, str]:
        fields = {
            "stated": statement.c.text if statement.c else statement.verb,
            "start": statement.a.text,
            "end": statement.b.text,
            "verb": statement.verb,
        }
        return {name: " ".join(value.split()) for name, value in fields.items()}

    def _stated_change(self, statement: Statement) -> Bound | None:
        """The stated change in percent, signed by its verb; None when it is not a percent."""
        c = statement.c
        if c is None or c.unit != "percent" or c.form == "fraction" or c.is_range or statement.direction == 0:
            return None
        sign = -1.0 if statement.direction < 0 and c.value > 0 else 1.0
        bound = c.bound.scaled(sign)
        slack = self.tolerance + (self.loose_tolerance * abs(c.value) if c.qualifier_loose else 0.0)
        return Bound(bound.value, bound.low - slack, bound.high + slack)

    @staticmethod
    def _relative(reading: Reading) -> Bound | None:
        a, b = reading.a, reading.b
        if a.low <= 0 or b.low < 0:
            return None
        low, high = (b.low / a.high - 1) * 100, (b.high / a.low - 1) * 100
        return Bound((b.value / a.value - 1) * 100, low, high)

    @staticmethod
    def _difference(reading: Reading) -> Bound:
        a, b = reading.a, reading.b
        return Bound(b.value - a.value, b.low - a.high, b.high - a.low)

    @staticmethod
    def _meets(x: Bound, y: Bound) -> bool:
        return x.low <= y.high and y.low <= x.high

    def _percent(self, statement: Statement, readings: list[Reading]) -> Finding | None:
        percents = statement.a.unit == statement.b.unit == "percent" or (statement.b.unit == "percent" and statement.a.unit is None)
        if statement.times is not None:
            hedge = statement.hedge
            if statement.a.qualifier_loose or statement.b.qualifier_loose or (hedge and hedge not in _AT_LEAST | _AT_MOST):
                return None
            ratios = []
            for reading in readings:
                if reading.a.low <= 0 or reading.b.low < 0:
                    return None
                ratios.append(Bound(reading.b.value / reading.a.value, reading.b.low / reading.a.high, reading.b.high / reading.a.low))
            slack = 0.15 * statement.times
            # For a fall ("halved") "more than" means a smaller ratio: compare on the side of the change.
            grows = statement.times > 1
            at_least = bool(hedge) and (hedge in _AT_LEAST) == grows  # the ratio is at least the multiplier
            at_most = bool(hedge) and not at_least  # the ratio is at most the multiplier
            if any(
                (at_most or r.high + slack >= statement.times) and (at_least or r.low - slack <= statement.times)
                for r in ratios
            ):
                return None
            ratio = min((r.value for r in ratios), key=lambda value: abs(value - statement.times))
            fields = self._fields(statement)
            fields.update({"stated": f"{hedge} {statement.verb}".strip(), "expected": f"x{significant(ratio, 3)}", "points": ""})
            return Finding(statement.start, statement.end, fields)
        stated = self._stated_change(statement)
        if stated is None:
            return None
        relatives = []
        for reading in readings:
            relative = self._relative(reading)
            if relative is None:
                return None
            if self._meets(stated, relative):
                return None
            if percents and self._meets(stated, self._difference(reading)):
                return None
            relatives.append(relative)
        expected = min((r.value for r in relatives), key=lambda value: abs(value - stated.value))
        fields = self._fields(statement)
        fields.update({"expected": f"{'+' if expected >= 0 else ''}{significant(expected, 3)}%", "points": ""})
        return Finding(statement.start, statement.end, fields)

    def _points(self, statement: Statement, readings: list[Reading]) -> Finding | None:
        a, b = statement.a, statement.b
        if b.unit != "percent" or a.unit not in (None, "percent") or statement.times is not None:
            return None
        stated = self._stated_change(statement)
        if stated is None:
            return None
        differences = []
        for reading in readings:
            relative = self._relative(reading)
            difference = self._difference(reading)
            if relative is not None and self._meets(stated, relative):
                return None
            if not self._meets(stated, difference):
                return None
            differences.append((difference, relative))
        difference, relative = differences[0]
        fields = self._fields(statement)
        fields.update({
            "points": significant(abs(difference.value), 3),
            "expected": f"{'+' if relative.value >= 0 else ''}{significant(relative.value, 3)}%" if relative else "",
        })
        return Finding(statement.start, statement.end, fields)

    def _direction(self, statement: Statement, readings: list[Reading]) -> Finding | None:
        if statement.direction == 0 or statement.times is not None:
            return None
        if statement.a.value < 0 or statement.b.value < 0:
            return None
        for reading in readings:
            if statement.direction > 0 and not reading.b.high < reading.a.low:
                return None
            if statement.direction < 0 and not reading.b.low > reading.a.high:
                return None
        fields = self._fields(statement)
        fields.update({"expected": "", "points": ""})
        return Finding(statement.start, statement.end, fields)
