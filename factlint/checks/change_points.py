"""``kind: change-points`` — a change between two percentages stated in percent when it is the
difference in points: "the rate went from 8% to 11%, an increase of 3%" (3 points; in percent it
is +37.5%), "narrowed to 3% of GDP from 4%, a cut of 1%".

Statements come from the ``changes`` layer. A stated change that is the difference in points
(within rounding) and not the relative change of the figures as written is reported; changes
already written in points or basis points are not percents and pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from factlint.checks.base import Check, Finding, Option
from factlint.layers.change_grammar import grammar
from factlint.layers.changes import difference, fields, in_scope, meets, readings, relative, scope_pattern, stated_change
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document


class ChangePointsCheck(Check):
    kind = "change-points"
    options = {
        "skip": Option(list, default=[], doc="words in the sentence that put a statement out of scope"),
        "skip_units": Option(list, default=[], doc="units never compared"),
        "tolerance": Option((int, float), default=0.05, doc="points of slack beyond rounding"),
        "loose_tolerance": Option((int, float), default=0.1, doc="relative slack after about, nearly ..."),
    }
    placeholders = frozenset({"stated", "start", "end", "expected", "points", "verb"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        grammar(self.knowledge)  # a bad form in data/changes.yaml is reported when the rules load
        self.skip = scope_pattern([str(w) for w in spec["skip"]])
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])
        self.tolerance = float(spec["tolerance"])
        self.loose_tolerance = float(spec["loose_tolerance"])

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
