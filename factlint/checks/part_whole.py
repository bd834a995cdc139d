"""``kind: part-whole`` — a part larger than its whole: "12 of the 9 judges".

A count, one of the rule's ``joiners`` ("of the", "out of"), a second count and a noun: the
first must not exceed the second beyond rounding. Years ("of the 2024 graduates"), ranks,
percentages, ranges, amounts with different units and wholes with a scale the part lacks are
left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from factlint.checks.base import Check, Finding, Option
from factlint.layers.quantities import Quantity

if TYPE_CHECKING:
    from factlint.document import Document


class PartWholeCheck(Check):
    kind = "part-whole"
    options = {
        "joiners": Option(list, required=True, doc="patterns of the text between the part and the whole"),
        "noun": Option(str, default=r"\s+\p{L}", doc="pattern that must follow the whole (a noun, not a unit)"),
        "skip_units": Option(list, default=[], doc="units of parts and wholes never checked"),
    }
    placeholders = frozenset({"part", "whole"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.joiners = [self.user_pattern("joiners", str(p), ignorecase=True, full_case_folding=True) for p in spec["joiners"]]
        self.noun = self.user_pattern("noun", spec["noun"], ignorecase=True, full_case_folding=True)
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])

    def run(self, document: "Document") -> Iterable[Finding]:
        layer = document.layer("quantities")
        if not layer.quantities:
            return
        text = document.text
        for _, sentence_end, quantities in layer.by_sentence:
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
