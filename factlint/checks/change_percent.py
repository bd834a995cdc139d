"""``kind: change-percent`` — a stated percent change (or "doubled", "halved", "by a fifth") that
contradicts its own figures: "from 40 to 50, a rise of 40%".

Statements come from the ``changes`` layer (one grammar, data/changes.yaml). The stated change is
compared with (B - A) / A under every reading of the figures, with their rounding and
``tolerance`` points of slack; a finding means no reading fits. Starts of zero or less are
skipped, and so is a change between two percentages that fits the difference in points (that is
``change-points``' finding). A multiplier is compared with B / A, "more than doubled" only below
x2, "nearly doubled" above it or short of 60% of the way (below x1.6).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from factlint.change_checks import StatedChangeCheck, stated_change_options
from factlint.checks.base import Finding, Option
from factlint.layers.changes import Reading, Statement, difference, fields, in_scope, meets, readings, relative, stated_change
from factlint.layers.quantities import Bound
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document

# "more than doubled" is wrong only below x2, "nearly doubled" above it (or far short, _NEARLY); the others say little.
_AT_LEAST = frozenset({"more than", "over", "at least", "well over"})
_AT_MOST = frozenset({"nearly", "almost", "close to"})
# Slack given to a multiplier, relative to it ("doubled" covers x1.7-x2.3).
_TIMES_SLACK = 0.15
# "nearly doubled" is at least this share of the way there: x1.6 for "doubled", x0.7 for "halved".
_NEARLY = 0.6


class ChangePercentCheck(StatedChangeCheck):
    kind = "change-percent"
    options = stated_change_options(Option((int, float), default=0.5, doc="percentage points of slack beyond rounding"))
    placeholders = frozenset({"stated", "start", "end", "expected", "verb"})

    def run(self, document: "Document") -> Iterable[Finding]:
        for statement in document.changes:
            if not in_scope(document, statement, self.skip):
                continue
            found = readings(document, statement, self.loose_tolerance, self.skip_units)
            if not found:
                continue
            finding = self._times(statement, found) if statement.times is not None else self._percent(statement, found)
            if finding is not None:
                yield finding

    def _times(self, statement: Statement, found: list[Reading]) -> Finding | None:
        assert statement.times is not None and statement.a is not None
        hedge = statement.hedge
        if statement.a.qualifier_loose or statement.b.qualifier_loose or (hedge and hedge not in _AT_LEAST | _AT_MOST):
            return None
        ratios = []
        for reading in found:
            if reading.a.low <= 0 or reading.b.low < 0:
                return None
            ratios.append(Bound(reading.b.value / reading.a.value, reading.b.low / reading.a.high, reading.b.high / reading.a.low))
        slack = _TIMES_SLACK * statement.times
        # For a fall ("halved") "more than" means a smaller ratio: compare on the side of the change.
        at_least = bool(hedge) and (hedge in _AT_LEAST) == (statement.times > 1)
        at_most = bool(hedge) and not at_least
        # "more than doubled" from 500 to 900 is wrong however loosely "doubled" is read: a hedge
        # leaves only the figures' rounding on its own side.
        fits = any((r.high >= statement.times if at_least else at_most or r.high + slack >= statement.times)
                   and (r.low <= statement.times if at_most else at_least or r.low - slack <= statement.times) for r in ratios)
        if fits and hedge in _AT_MOST:
            # "almost doubled" from 1.1 million to 1.5 million (x1.36) is not nearly there.
            rise = statement.times > 1
            fits = any((r.high - 1 if rise else 1 - r.low) >= _NEARLY * abs(statement.times - 1) for r in ratios)
        if fits:
            return None
        ratio = min((r.value for r in ratios), key=lambda value: abs(value - statement.times))  # type: ignore[operator]
        values = fields(statement)
        values.update({"stated": f"{hedge} {statement.verb}".strip(), "expected": f"x{significant(ratio, 3)}"})
        return Finding(statement.start, statement.end, values)

    def _percent(self, statement: Statement, found: list[Reading]) -> Finding | None:
        stated = stated_change(statement, self.tolerance, self.loose_tolerance)
        if stated is None:
            return None
        if statement.direction == 0:
            # "went from 48,000 to 60,000, or 40%": no verb says which way; the figures do.
            first = relative(found[0])
            if first is None or (first.value < 0) == (stated.value < 0):
                pass
            else:
                stated = stated.scaled(-1.0)
        a, b = statement.a, statement.b
        percents = b.unit == "percent" and (a is None or a.unit in (None, "percent"))
        relatives = []
        for reading in found:
            change = relative(reading)
            if change is None or meets(stated, change):
                return None
            if percents and meets(stated, difference(reading)):
                return None
            relatives.append(change)
        expected = min((r.value for r in relatives), key=lambda value: abs(value - stated.value))
        values = fields(statement)
        values["expected"] = f"{'+' if expected >= 0 else ''}{significant(expected, 3)}%"
        return Finding(statement.start, statement.end, values)

