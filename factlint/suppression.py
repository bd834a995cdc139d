"""Inline suppression comments, read from the original text (they work in plain text too).

    <!-- factlint-disable names/known-misspelling -->  ...  <!-- factlint-enable -->
    <!-- factlint-disable-next-line style -->

Without rule ids a directive covers every rule; ids may be categories, separated by commas or spaces.
An ``enable`` with ids re-enables just those rules, even inside a wider ``disable`` (of a category or of
every rule); the other rules of that region stay disabled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factlint import patterncache
from factlint.diagnostic import Diagnostic
from factlint.document import Document
from factlint.selection import ALL, matches

_SEPARATORS = patterncache.compile(r"[\s,]+")
DIRECTIVE = patterncache.compile(r"<!--\s*factlint-(?<verb>disable-next-line|disable|enable)\b(?<ids>[^>]*?)\s*-->")


@dataclass
class _Region:
    selectors: list[str]
    start: int
    end: int | None = None  # offset; None while open
    line: int | None = None  # set for a next-line directive
    exempt: tuple[str, ...] = ()  # rules enabled again inside a wider region ("disable grammar", "enable grammar/x")

    def covers(self, rule: str) -> bool:
        return any(matches(rule, s) for s in self.selectors) and not any(matches(rule, e) for e in self.exempt)


def _regions(document: Document) -> list[_Region]:
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    for match in DIRECTIVE.finditer(document.source):
        selectors = [s for s in _SEPARATORS.split(match["ids"].strip()) if s] or [ALL]
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
                if ALL in selectors:
                    remaining, exempt = [], region.exempt
                else:
                    # A selector the enable names (or a narrower one) is dropped; a narrower rule
                    # inside a wider selector ("enable grammar/x" in "disable grammar") is exempted.
                    remaining = [r for r in region.selectors if not any(matches(r, e) for e in selectors)]
                    exempt = region.exempt + tuple(
                        e for e in selectors if any(matches(e, r) for r in remaining) and e not in remaining
                    )
                    if remaining == region.selectors and exempt == region.exempt:
                        continue  # this enable is about other rules
                region.end = match.start()
                open_regions.remove(region)
                if remaining:
                    reopened = _Region(remaining, match.end(), exempt=exempt)
                    regions.append(reopened)
                    open_regions.append(reopened)
    return regions


def apply_suppressions(document: Document, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics not covered by a suppression comment."""
    diagnostics = list(diagnostics)
    if "factlint-" not in document.source:
        return diagnostics
    regions = _regions(document)

    def suppressed(diagnostic: Diagnostic) -> bool:
        for region in regions:
            if not region.covers(diagnostic.rule):
                continue
            if region.line is not None:
                if diagnostic.line == region.line:
                    return True
            elif region.start <= diagnostic.offset and (region.end is None or diagnostic.offset < region.end):
                return True
        return False

    return [d for d in diagnostics if not suppressed(d)]
