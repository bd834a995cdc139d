"""``kind: change-absolute`` — a stated change in units that contradicts the pair it joins:
"rose by $40 million to $240 million from $210 million" ($30 million), "was up 1.2 billion euros
at 9.5 billion euros from 8.6 billion euros".

Statements come from the ``changes`` layer (data/changes.yaml). The change is the absolute figure
("by $40 million") when the statement has a start and an end besides; it is compared with B - A
(A - B for a fall) under every reading of the figures, with their rounding and ``tolerance``
(relative to the change) of slack. A change without a unit is taken in the end's unit; a change
in another unit, a percentage, a fraction word or a multiplier is another rule's business.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from factlint.change_checks import StatedChangeCheck, stated_change_options
from factlint.checks.base import Finding, Option
from factlint.layers.changes import difference, fields, in_scope, meets, readings, widened
from factlint.layers.quantities import Bound
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document


class ChangeAbsoluteCheck(StatedChangeCheck):
    kind = "change-absolute"
    options = stated_change_options(Option((int, float), default=0.02, doc="slack relative to the stated change, beyond rounding"), skip_doc="words in the sentence that put a statement out of scope (ranks, readings below zero)")
    placeholders = frozenset({"stated", "start", "end", "expected", "verb"})

    def run(self, document: "Document") -> Iterable[Finding]:
        for statement in document.changes:
            change = statement.absolute_change
            if change is None or statement.a is None or statement.direction == 0 or statement.times is not None:
                continue
            if change.unit in self.skip_units or not in_scope(document, statement, self.skip):
                continue
            found = readings(document, statement, self.loose_tolerance, self.skip_units)
            if not found:
                continue
            stated = widened(document.text, change, self.loose_tolerance, document)
            slack = self.tolerance * abs(stated.value)
            candidates = [stated]
            if change.scale == 1.0 and statement.b.scale != 1.0:
                candidates.append(stated.scaled(statement.b.scale))  # "up 1.2 to 9.5 billion from 8.6 billion"
            differences = [difference(reading).scaled(float(statement.direction)) for reading in found]
            if any(meets(Bound(c.value, c.low - slack, c.high + slack), d) for c in candidates for d in differences):
                continue
            expected = min((d.value for d in differences), key=lambda value: abs(value - stated.value))
            values = fields(statement)
            values["stated"] = " ".join(change.text.split())
            values["expected"] = significant(expected, 3)
            yield Finding(statement.start, statement.end, values)
