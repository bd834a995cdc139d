"""Inline suppression comments, read from the original text (they work in plain text too).

    <!-- factlint-disable names/known-misspelling -->  ...  <!-- factlint-enable -->
    <!-- factlint-disable-next-line style -->

Without rule ids a directive covers every rule; ids may be categories, separated by commas or spaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from factlint.diagnostic import Diagnostic
from factlint.document import Document
from factlint.selection import ALL, matches

_DIRECTIVE = regex.compile(r"<!--\s*factlint-(?<verb>disable-next-line|disable|enable)\b(?<ids>[^>]*?)\s*-->")


@dataclass
class _Region:
    selectors: list[str]
    start: int
    end: int | None = None  # offset; None while open
    line: int | None = None  # set for a next-line directive


def _regions(document: Document) -> list[_Region]:
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    for match in _DIRECTIVE.finditer(document.source):
        selectors = [s for s in regex.split(r"[\s,]+", match["ids"].strip()) if s] or [ALL]
        verb = match["verb"]
        if verb == "disable-next-line":
            line, _ = document.position(match.start())
            regions.append(_Region(selectors, match.start(), line=line + 1))
        elif verb == "disable":
            region = _Region(selectors, match.end())
            regions.append(region)
            open_regions.append(region)
        else:
            for region in list(open_regions):
                if ALL in selectors or any(s in region.selectors for s in selectors):
                    region.end = match.start()
                    open_regions.remove(region)
    return regions


def apply_suppressions(document: Document, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics not covered by a suppression comment."""
    diagnostics = list(diagnostics)
    if "factlint-" not in document.source:
        return diagnostics
    regions = _regions(document)

    def suppressed(diagnostic: Diagnostic) -> bool:
        for region in regions:
            if not any(matches(diagnostic.rule, s) for s in region.selectors):
                continue
            if region.line is not None:
                if diagnostic.line == region.line:
                    return True
            elif region.start <= diagnostic.offset and (region.end is None or diagnostic.offset < region.end):
                return True
        return False

    return [d for d in diagnostics if not suppressed(d)]
