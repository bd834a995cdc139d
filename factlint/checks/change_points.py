"""``kind: change-points`` — a change between two percentages stated in percent when it is the
difference in points: "the rate went from 8% to 11%, an increase of 3%" (3 points; in percent it
is +37.5%), "narrowed to 3% of GDP from 4%, a cut of 1%".

Statements come from the ``changes`` layer. A stated change that is the difference in points
(within rounding) and not the relative change of the figures as written is reported; changes
already written in points or basis points are not percents and pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from factlint.change_checks import StatedChangeCheck, stated_change_options
from factlint.checks.base import Finding, Option
from factlint.layers.changes import difference, fields, in_scope, meets, readings, relative, stated_change
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document


class ChangePointsCheck(StatedChangeCheck):
    kind = "change-points"
    options = stated_change_options(Option((int, float), default=0.05, doc="points of slack beyond rounding"))
    placeholders = frozenset({"stated", "start", "end", "expected", "points", "verb"})

    def run(self, document: "Document") -> Iterable[Finding]:
        for statement in document.changes:
            a, b = statement.a, statement.b
            if a is None or b.unit != "percent" or a.unit not in (None, "percent") or statement.times is not None:
                continue
            stated = stated_change(statement, self.tolerance, self.loose_tolerance)
            if stated is None or statement.c is None or statement.c.form == "fraction" or not in_scope(document, statement, self.skip):
                continue
            found = readings(document, statement, self.loose_tolerance, self.skip_units)
            if not found:
                continue
            differences = []
            for reading in found:
                change, points = relative(reading), difference(reading)
                # The relative change from the figures as written: "from 4% to 3%, a cut of 1%" is
                # 1 point even though 3.49% from 3.51% would be a 1% cut.
                if (change is not None and stated.low <= change.value <= stated.high) or not meets(stated, points):
                    break
                differences.append((points, change))
            else:
                points, change = differences[0]
                values = fields(statement)
                values["points"] = significant(abs(points.value), 3)
                values["expected"] = f"{'+' if change.value >= 0 else ''}{significant(change.value, 3)}%" if change else ""
                yield Finding(statement.start, statement.end, values)
