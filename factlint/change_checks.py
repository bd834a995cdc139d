"""What the kinds that judge a change statement's stated change share (change-percent,
change-points, change-absolute): their scope and slack fields and how those compile."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from factlint.checks.base import Check, Option
from factlint.layers.change_grammar import grammar
from factlint.layers.changes import scope_pattern

OUT_OF_SCOPE = "words in the sentence that put a statement out of scope"


def stated_change_options(tolerance: Option, skip_doc: str = OUT_OF_SCOPE) -> dict[str, Option]:
    """The fields of a stated-change kind, with its own ``tolerance``."""
    return {
        "skip": Option(list, default=[], doc=skip_doc),
        "skip_units": Option(list, default=[], doc="units never compared"),
        "tolerance": tolerance,
        "loose_tolerance": Option((int, float), default=0.1, doc="relative slack after about, nearly ..."),
    }


class StatedChangeCheck(Check):
    """Base of the kinds that test a statement's stated change against its figures."""

    def compile(self, spec: Mapping[str, Any]) -> None:
        grammar(self.knowledge)  # a bad form in data/changes.yaml is reported when the rules load
        self.skip = scope_pattern([str(w) for w in spec["skip"]])
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])
        self.tolerance = float(spec["tolerance"])
        self.loose_tolerance = float(spec["loose_tolerance"])
