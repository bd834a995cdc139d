"""``kind: part-whole`` — a part larger than its whole: "12 of the 9 judges", "Of the 150
members, 180 voted", "Of the 150 members, 100 voted for and 80 against".

Part first: a count, one of the rule's ``joiners`` ("of the", "out of"), a second count and a
noun. Whole first: ``whole_lead`` ("of the") before a count and its noun, ``whole_gap`` (the rest
of the phrase and a comma) before the first part, or ``split_lead`` and ``split_gap`` ("The 120
seats were split: 70 for ..., 45 for ..."); parts joined by ``part_joiners`` ("and",
"while") are added up. The part (or the sum of the parts) must not exceed the whole beyond
rounding. Years ("of the 2024 graduates"), ranks, percentages, ranges, amounts with different
units and wholes with a scale the part lacks are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from factlint.checks.base import Check, Finding, Option
from factlint.layers.quantities import Quantity
from factlint.patterns import UserPattern

if TYPE_CHECKING:
    from factlint.document import Document


class PartWholeCheck(Check):
    kind = "part-whole"
    options = {
        "joiners": Option(list, required=True, doc="patterns of the text between the part and the whole"),
        "noun": Option(str, default=r"\s+\p{L}", doc="pattern that must follow the whole (a noun, not a unit)"),
        "skip_units": Option(list, default=[], doc="units of parts and wholes never checked"),
        "whole_lead": Option(str, default="", doc="pattern that ends right before a whole named first ('of the ')"),
        "whole_gap": Option(str, default="", doc="pattern from a whole named first to its first part"),
        "part_joiners": Option(str, default="", doc="pattern from one part (and its predicate) to the next"),
        "part_after": Option(str, default=r"\s+\p{L}", doc="pattern that must follow each part of a whole named first"),
        "split_lead": Option(str, default="", doc="pattern that ends right before a whole that is split after it ('the ')"),
        "split_gap": Option(str, default="", doc="pattern from such a whole to its first part ('seats were split: ')"),
    }
    placeholders = frozenset({"part", "whole"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.joiners = [self._pattern("joiners", str(p)) for p in spec["joiners"]]
        self.noun = self._pattern("noun", spec["noun"])
        self.whole_lead = self._pattern("whole_lead", f"(?:{spec['whole_lead']})$") if spec["whole_lead"] else None
        self.whole_gap = self._pattern("whole_gap", spec["whole_gap"]) if spec["whole_gap"] else None
        self.part_joiners = self._pattern("part_joiners", spec["part_joiners"]) if spec["part_joiners"] else None
        self.part_after = self._pattern("part_after", spec["part_after"])
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])
        self.split_lead = self._pattern("split_lead", f"(?:{spec['split_lead']})$") if spec["split_lead"] else None
        self.split_gap = self._pattern("split_gap", spec["split_gap"]) if spec["split_gap"] else None

    def _pattern(self, field: str, source: str) -> UserPattern:
        return self.user_pattern(field, source, ignorecase=True, full_case_folding=True)

    def run(self, document: "Document") -> Iterable[Finding]:
        layer = document.quantities
        if not layer.quantities:
            return
        text = document.text
        for sentence_start, sentence_end, quantities in layer.by_sentence:
            if self.whole_lead is not None and self.whole_gap is not None:
                yield from self._whole_first(text, sentence_start, sentence_end, quantities)
            for part, whole in zip(quantities, quantities[1:]):
                if not self._comparable(part, whole):
                    continue
                if not any(j.fullmatch(text, part.end, whole.start) for j in self.joiners):
                    continue
                if not self.noun.match(text, whole.end, sentence_end):
                    continue
                if self._exceeds(part, whole):
                    yield Finding(
                        part.number_start,
                        whole.end,
                        {"part": part.text, "whole": whole.text, "match": " ".join(text[part.number_start:whole.end].split())},
                    )

    def _whole_first(self, text: str, start: int, end: int, quantities: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"Of the 150 members, 180 voted"; "Of the 150 members, 100 voted for and 80 against"."""
        assert self.whole_lead is not None and self.whole_gap is not None
        for index, whole in enumerate(quantities[:-1]):
            gaps = []
            if self.whole_lead.search(text, max(start, whole.start - 20), whole.start):
                gaps.append(self.whole_gap)
            if self.split_lead is not None and self.split_gap is not None and self.split_lead.search(text, max(start, whole.start - 20), whole.start):
                gaps.append(self.split_gap)  # "The 120 seats were split: 70 for ..., 45 for ..."
            if not gaps or whole.unit is not None or not self.noun.match(text, whole.end, end):
                continue  # counts only: "of its 3.58 dlr preferred stock, 25 dlr ..." is two prices
            for first_gap in gaps:
                finding = self._parts_after(text, end, quantities, index, whole, first_gap)
                if finding is not None:
                    yield finding
                    break

    def _parts_after(self, text: str, end: int, quantities: tuple[Quantity, ...], index: int, whole: Quantity, first_gap: UserPattern) -> Finding | None:
        """The parts after a whole named first, when they add up past it."""
        parts: list[Quantity] = []
        cursor, gap = whole.end, first_gap
        for part in quantities[index + 1:]:
            if not gap.fullmatch(text, cursor, part.start) or not self._comparable(part, whole):
                break
            if not self.part_after.match(text, part.end, end):
                break
            parts.append(part)
            if self.part_joiners is None:
                break
            cursor, gap = part.end, self.part_joiners
        if parts and self._sum_exceeds(parts, whole):
            return Finding(
                whole.number_start,
                parts[-1].end,
                {"part": " + ".join(p.text for p in parts), "whole": whole.text, "match": " ".join(text[whole.number_start:parts[-1].end].split())},
            )
        return None

    def _sum_exceeds(self, parts: list[Quantity], whole: Quantity) -> bool:
        if len(parts) == 1:
            return self._exceeds(parts[0], whole)
        if any(p.scale != whole.scale for p in parts):
            return False
        return sum(p.bound.low for p in parts) > whole.bound.high

    def _comparable(self, part: Quantity, whole: Quantity) -> bool:
        if part.unit != whole.unit or part.unit in self.skip_units:
            return False
        if part.year_like or whole.year_like or part.rank or whole.rank or part.is_range or whole.is_range or whole.adjective or part.date_like or whole.date_like:
            return False
        if part.form == "fraction" or whole.form == "fraction" or part.value < 0 or whole.value <= 0:
            return False
        return part.scale == whole.scale or part.scale == 1.0

    @staticmethod
    def _exceeds(part: Quantity, whole: Quantity) -> bool:
        """True when every reading of the part exceeds the whole: "1.5 of the 2 mln shares" may
        read the part in millions too."""
        if part.scale == whole.scale == 1.0 and part.value.is_integer() and whole.value.is_integer():
            return part.value > whole.value  # plain counts are exact
        low = part.bound.low
        if part.scale != whole.scale:
            low = min(low, part.bound.low * whole.scale / part.scale)
        return low > whole.bound.high
