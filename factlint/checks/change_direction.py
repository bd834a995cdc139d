"""``kind: change-direction`` — "rose" with an end below the start, "fell" with one above it:
"imports rose to $900 million from $1.2 billion".

Statements come from the ``changes`` layer; scale words are normalised before comparing. Ranks,
times, years, losses and deficits (``skip`` words in the sentence, besides the ``skip`` list of
data/changes.yaml) are left alone, and so are multipliers (``change-percent`` reads them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from factlint.checks.base import Check, Finding, Option
from factlint.layers.change_grammar import grammar
from factlint.layers.changes import fields, in_scope, readings, scope_pattern

if TYPE_CHECKING:
    from factlint.document import Document


class ChangeDirectionCheck(Check):
    kind = "change-direction"
    options = {
        "skip": Option(list, default=[], doc="words in the sentence that put a statement out of scope (added to data/changes.yaml skip)"),
        "skip_units": Option(list, default=[], doc="units never compared"),
        "loose_tolerance": Option((int, float), default=0.1, doc="relative slack after about, nearly ..."),
    }
    placeholders = frozenset({"stated", "start", "end", "verb"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.skip = scope_pattern([*grammar(self.knowledge).skip, *(str(w) for w in spec["skip"])])
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])
        self.loose_tolerance = float(spec["loose_tolerance"])

    def run(self, document: "Document") -> Iterable[Finding]:
        for statement in document.changes:
            a, b = statement.a, statement.b
            if a is None or statement.direction == 0 or statement.times is not None or a.value < 0 or b.value < 0:
                continue
            if not in_scope(document, statement, self.skip):
                continue
            found = readings(document, statement, self.loose_tolerance, self.skip_units)
            if not found:
                continue
            if statement.direction > 0 and all(r.b.high < r.a.low for r in found):
                yield Finding(statement.start, statement.end, fields(statement))
            elif statement.direction < 0 and all(r.b.low > r.a.high for r in found):
                yield Finding(statement.start, statement.end, fields(statement))
