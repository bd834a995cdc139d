"""``kind: share-over-100`` — a percentage above 100 of a group that cannot be exceeded: "130% of
respondents".

A percentage above 100 beyond rounding, followed by ``of`` and one of the rule's ``wholes``
(respondents, households, seats, the vote); ratios and growth ("130% of GDP", "of its target",
"rose 250%") do not name such a whole and pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.change_grammar import words_pattern

if TYPE_CHECKING:
    from factlint.document import Document


class ShareOver100Check(Check):
    kind = "share-over-100"
    options = {
        "wholes": Option(list, required=True, doc="groups a share cannot exceed (plural nouns)"),
        "determiners": Option(list, default=[], doc="words allowed between 'of' and the whole"),
        "tolerance": Option((int, float), default=0.0, doc="points allowed beyond the rounding of the figure"),
    }
    placeholders = frozenset({"share", "whole"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        if not spec["wholes"]:
            raise RuleSpecError("wholes", "give a list of wholes")
        self.tolerance = float(spec["tolerance"])
        determiners = words_pattern(spec["determiners"])
        self.whole = patterncache.compile(
            rf"\s+of\s+(?:(?:{determiners})\s+)*(?:(?!(?:to|for|in|on|from|by|with|than|and|or|of)\b)[\p{{L}}'’]+\s+){{0,2}}?(?P<whole>{words_pattern(spec['wholes'])})\b(?!['’])",
            regex.VERSION1 | regex.IGNORECASE,
        )

    def run(self, document: "Document") -> Iterable[Finding]:
        text = document.text
        for _, sentence_end, quantities in document.quantities.by_sentence:
            for quantity in quantities:
                if quantity.unit != "percent" or quantity.bound.low <= 100 + self.tolerance or quantity.is_range:
                    continue
                match = self.whole.match(text, quantity.end, sentence_end)
                if match:
                    yield Finding(
                        quantity.number_start,
                        match.end(),
                        {"share": " ".join(quantity.text.split()), "whole": " ".join(match.group("whole").split())},
                    )
