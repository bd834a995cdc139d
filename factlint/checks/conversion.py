"""``kind: conversion`` — a figure and its conversion that disagree: "a 42-km (16-mile) route".

Pairs are two quantities of convertible units joined by one of the rule's ``joiners`` ("A (B)",
"A, or B"), in either order. The pair is consistent when the interval of values that A's written
precision allows, converted, meets B's interval widened by ``tolerance`` (``loose_tolerance``
after "about", "nearly" ...). Ambiguous units ("tons", "gallons", "miles") pass when any reading
fits; a temperature passes as a reading or as a difference unless the context marks a change.
The message gives the right value and, when it can, the slip: an inverted factor, a length
factor used for an area, the absolute formula used for a temperature change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.errors import shown_path
from factlint.layers.quantities import Quantity, vocabulary
from factlint.patterns import UserPattern

if TYPE_CHECKING:
    from factlint.document import Document


# "8,000 and 500 kilometers (5,280 miles)": the figure is only the tail of a compound number or range.
_COMPOUND_BEFORE = patterncache.compile(r"\d\s+(?:and|to|or)\s+$|\d\s*[-–]\s*$")


def overlaps(low: float, high: float, other_low: float, other_high: float) -> bool:
    return low <= other_high and other_low <= high


class ConversionCheck(Check):
    kind = "conversion"
    options = {
        "joiners": Option(list, required=True, doc="patterns of the text between a figure and its conversion"),
        "closers": Option(list, default=[], doc="patterns that must follow the second figure, per joiner (same order); '' for none"),
        "tolerance": Option((int, float), default=0.02, doc="relative slack beyond written rounding"),
        "loose_tolerance": Option((int, float), default=0.1, doc="relative slack after about, nearly, roughly ..."),
        "ignore_units": Option(list, default=[], doc="units never checked"),
        "change_context": Option(str, default="", doc="pattern around a temperature that marks a change, not a reading"),
        "reading_context": Option(str, default="", doc="pattern just before a temperature that marks a reading, not a change"),
        "rate": Option(str, default="", doc="pattern of a rate after a figure that its conversion repeats, its word in group 'per' ('4.1 tonnes per hectare, or 41 centners per hectare')"),
        "loose_gap": Option(str, default="", doc="pattern of a qualifier between a figure and its conversion that loosens it as 'about' does ('about equal to')"),
    }
    placeholders = frozenset({"source", "stated", "expected", "slip"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.joiners = [self._pattern("joiners", str(p)) for p in spec["joiners"]]
        closers = [str(p) for p in spec["closers"]] or [""] * len(self.joiners)
        if len(closers) != len(self.joiners):
            raise RuleSpecError("closers", "give one closer per joiner ('' for none)")
        self.closers = [self._pattern("closers", p) if p else None for p in closers]
        self.tolerance = float(spec["tolerance"])
        self.loose_tolerance = float(spec["loose_tolerance"])
        self.ignore_units = frozenset(str(u) for u in spec["ignore_units"])
        self.change_context = self._pattern("change_context", spec["change_context"]) if spec["change_context"] else None
        self.reading_context = self._pattern("reading_context", spec["reading_context"]) if spec["reading_context"] else None
        self.rate = self._pattern("rate", spec["rate"]) if spec["rate"] else None
        self.loose_gap = self._pattern("loose_gap", spec["loose_gap"]) if spec["loose_gap"] else None
        self._check_rates()

    def _check_rates(self) -> None:
        """Refuse a ``rate_of`` in units.yaml that names no unit: the conversion it allows would
        otherwise fall back to the rate itself and pass without a word."""
        import difflib

        units = (self.knowledge.get("units") or {}).get("units") or {}
        for name, unit in units.items():
            counted = unit.get("rate_of") if isinstance(unit, Mapping) else None
            if counted is None:
                continue
            if isinstance(counted, str) and counted in units and counted != name:
                continue
            counts = [str(u) for u, spec in units.items() if isinstance(spec, Mapping) and "rate_of" not in spec]
            hint = difflib.get_close_matches(str(counted), counts, n=1)
            raise RuleSpecError(
                None,
                f"unit {name!r}: rate_of {counted!r} names no other unit of units.yaml"
                + (f"; did you mean {hint[0]!r}?" if hint else ""),
                where=self._rate_where(str(name)),
            )

    def _rate_where(self, name: str) -> str | None:
        """``path:line`` of the ``rate_of`` of unit ``name`` in the last pack that gives one."""
        from factlint.knowledge import DATA_FOLDER
        from factlint.yamlfile import LineMap, load_yaml

        for pack in reversed(self.knowledge.packs):
            path = pack / DATA_FOLDER / "units.yaml"
            data = load_yaml(path) if path.is_file() else None
            unit = ((data.get("units") or {}) if isinstance(data, Mapping) else {}).get(name)
            if isinstance(unit, LineMap) and "rate_of" in unit:
                return f"{shown_path(path)}:{unit.line_of('rate_of')}"
        return None

    def _pattern(self, field: str, source: str) -> UserPattern:
        return self.user_pattern(field, source, ignorecase=True, full_case_folding=True)

    def run(self, document: "Document") -> Iterable[Finding]:
        layer = document.quantities
        if not layer.quantities:
            return
        units = vocabulary(document.knowledge).units
        text = document.text
        for _, sentence_end, quantities in layer.by_sentence:
            for first, second in zip(quantities, quantities[1:]):
                if not self._paired(text, first, second, sentence_end):
                    continue
                finding = self._check(document, first, second, units)
                if finding is not None:
                    yield finding

    def _paired(self, text: str, first: Quantity, second: Quantity, sentence_end: int) -> bool:
        if first.unit is None or second.unit is None or first.unit == second.unit:
            return False
        if first.unit in self.ignore_units or second.unit in self.ignore_units:
            return False
        if _COMPOUND_BEFORE.search(text, max(0, first.start - 30), first.start):
            return False
        gap_start, after = first.end, second.end
        # A rate shared by both figures: "4.1 tonnes per hectare, or about 61 centners per hectare".
        per = self.rate.match(text, first.end, second.start) if self.rate is not None else None
        if per is not None and self.rate is not None:
            again = self.rate.match(text, second.end, sentence_end)
            if again is None or again.group("per").casefold() != per.group("per").casefold():
                return False
            gap_start, after = per.end(), again.end()
        gap = text[gap_start:second.start]
        for joiner, closer in zip(self.joiners, self.closers):
            if joiner.fullmatch(gap):
                return closer is None or bool(closer.match(text, after, sentence_end))
        return False

    def _check(self, document: "Document", first: Quantity, second: Quantity, units: Mapping[str, Any]) -> Finding | None:
        from factlint import units as unit_math

        source_spec, target_spec = units.get(first.unit or ""), units.get(second.unit or "")
        if not source_spec or not target_spec:
            return None
        if first.is_range != second.is_range:
            return None
        readings = unit_math.conversions(source_spec, target_spec)
        if not readings:
            # A rate carried over to its conversion: "30,000 cubic metres a day, or 189,000 barrels".
            source_spec, target_spec = units.get(str(source_spec.get("rate_of") or ""), source_spec), units.get(str(target_spec.get("rate_of") or ""), target_spec)
            readings = unit_math.conversions(source_spec, target_spec)
        if not readings:
            return None
        loose_gap = self.loose_gap is not None and self.loose_gap.search(document.text, first.end, second.start)
        slack = self.loose_tolerance if (first.qualifier_loose or second.qualifier_loose or loose_gap) else self.tolerance
        change = reading = False
        if source_spec.get("temperature"):
            change = self._is_change(document, first, second)
            reading = not change and self._is_reading(document, first)
        allowed = [r for r in readings if not (change and r.how == "absolute") and not (reading and r.how == "difference")]
        pairs = [(first.coarse, second.coarse)] + ([(first.coarse_upper, second.coarse_upper)] if first.upper and second.upper else [])

        def fits(reading: Any) -> bool:
            for source, target in pairs:
                low, high = sorted((reading.apply(source.low), reading.apply(source.high)))
                margin = slack * max(abs(low), abs(high))
                if not overlaps(low - margin, high + margin, target.low, target.high):
                    return False
            return True

        if any(fits(r) for r in allowed):
            return None
        best = allowed[0]
        expected = best.apply(first.value)
        slip = self._slip(first, second, readings, change, reading, source_spec, target_spec, slack)
        label = str(target_spec.get("label") or second.unit)
        source_label = str(source_spec.get("label") or first.unit)
        return Finding(
            second.number_start,
            second.end,
            {
                "source": f"{unit_math.readable(first.value, 6)} {source_label}",
                "stated": f"{unit_math.readable(second.value, 6)} {label}",
                "expected": f"{unit_math.readable(expected)} {label}",
                "slip": slip,
            },
            None,
        )

    def _is_change(self, document: "Document", first: Quantity, second: Quantity) -> bool:
        if self.change_context is None:
            return False
        window = document.text[max(0, first.start - 40):min(len(document.text), second.end + 40)]
        return bool(self.change_context.search(window))

    def _is_reading(self, document: "Document", first: Quantity) -> bool:
        if self.reading_context is None:
            return False
        return bool(self.reading_context.search(document.text, max(0, first.start - 40), first.start))

    @staticmethod
    def _slip(first: Quantity, second: Quantity, readings: list[Any], change: bool, reading: bool, source_spec: Mapping[str, Any], target_spec: Mapping[str, Any], slack: float) -> str:
        from factlint import units as unit_math

        def near(value: float) -> bool:
            margin = max(slack, 0.02) * abs(value)
            return overlaps(value - margin, value + margin, second.coarse.low, second.coarse.high)

        reading_context = reading
        for reading in readings:
            if reading.how == "absolute" and change and near(reading.apply(first.value)):
                return " (the formula for a temperature reading was used for a change)"
            if reading.how == "difference" and reading_context and near(reading.apply(first.value)):
                return " (the +32 of a temperature reading is missing)"
            if reading.how == "linear" and reading.factor and near(first.value / reading.factor):
                return " (the conversion factor looks inverted)"
        linear = unit_math.linear_factor_of_area(source_spec, target_spec)
        if linear and near(first.value * linear):
            return " (a length factor was used for an area)"
        return ""
