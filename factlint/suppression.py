"""Inline suppression comments, read from the original text (they work in plain text too).

    <!-- factlint-disable names/known-misspelling -->  ...  <!-- factlint-enable -->
    <!-- factlint-disable-next-line style -->
    The the cat.  <!-- factlint-disable-line grammar/doubled-word -->

Without rule ids a directive covers every rule; ids may be categories, separated by commas or spaces.
An ``enable`` with ids re-enables just those rules, even inside a wider ``disable`` (of a category or of
every rule); the other rules of that region stay disabled. ``disable-line`` covers the line it is on,
``disable-next-line`` the line after it.

Nothing here is silent: an id that names no loaded rule, and a ``factlint-`` comment with an unknown
verb, come back as problems (the engine prints them as warnings), and ``unused`` lists the directives
that suppressed nothing (``--report-unused-suppressions``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from factlint import patterncache
from factlint.diagnostic import Diagnostic
from factlint.document import Document
from factlint.selection import ALL, matches, unknown_selector_message

_SEPARATORS = patterncache.compile(r"[\s,]+")
VERBS = ("disable-next-line", "disable-line", "disable", "enable")
DIRECTIVE = patterncache.compile(
    r"<!--\s*factlint-(?<verb>disable-next-line|disable-line|disable|enable)(?![\w-])(?<ids>[^>]*?)\s*-->"
)
# Anything that looks meant as a directive, to name the ones DIRECTIVE does not understand.
_LOOKS_LIKE = patterncache.compile(r"<!--\s*factlint-(?<verb>[\w-]*)")


@dataclass
class _Region:
    selectors: list[str]
    start: int
    end: int | None = None  # offset; None while open
    line: int | None = None  # set for a (next-)line directive
    exempt: tuple[str, ...] = ()  # rules enabled again inside a wider region ("disable grammar", "enable grammar/x")
    directive: int = 0  # offset of the comment that opened it
    used: list[bool] = field(default_factory=lambda: [False])  # shared by the pieces of one disable

    def covers(self, rule: str) -> bool:
        return any(matches(rule, s) for s in self.selectors) and not any(matches(rule, e) for e in self.exempt)


@dataclass
class Suppressed:
    """What the suppression comments of a document did."""

    kept: list[Diagnostic]
    problems: list[str]  # "path:line: what is wrong", for directives that name unknown rules or verbs
    unused: list[str]  # "path:line: ...", for directives that suppressed nothing


def _regions(document: Document, known: Collection[str] | None, problems: list[str]) -> list[_Region]:
    regions: list[_Region] = []
    open_regions: list[_Region] = []
    for match in DIRECTIVE.finditer(document.source):
        selectors = [s for s in _SEPARATORS.split(match["ids"].strip()) if s] or [ALL]
        if known is not None:
            for selector in selectors:
                problem = unknown_selector_message(selector, known)
                if problem:
                    problems.append(f"{document.path}:{document.position(match.start())[0]}: suppression comment: {problem}")
        verb = match["verb"]
        if verb in ("disable-next-line", "disable-line"):
            line, _ = document.position(match.start())
            regions.append(_Region(selectors, match.start(), line=line + (verb == "disable-next-line"), directive=match.start()))
        elif verb == "disable":
            region = _Region(selectors, match.end(), directive=match.start())
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
                    reopened = _Region(remaining, match.end(), exempt=exempt, directive=region.directive, used=region.used)
                    regions.append(reopened)
                    open_regions.append(reopened)
    return regions


def _unknown_verbs(document: Document) -> list[str]:
    """``<!-- factlint-disabled -->``, ``<!-- factlint-ignore -->``: meant as directives, read as none."""
    understood = {match.start() for match in DIRECTIVE.finditer(document.source)}
    return [
        f"{document.path}:{document.position(match.start())[0]}: suppression comment: "
        f"{'unknown directive factlint-' + match['verb'] if match['verb'] not in VERBS else 'malformed directive'} "
        f"(known: {', '.join('factlint-' + verb for verb in VERBS)}; close it with -->)"
        for match in _LOOKS_LIKE.finditer(document.source)
        if match.start() not in understood
    ]


def suppress(
    document: Document,
    diagnostics: Iterable[Diagnostic],
    known: Collection[str] | None = None,
    ran: Collection[str] | None = None,
) -> Suppressed:
    """Apply the document's suppression comments to ``diagnostics``.

    ``known`` (every rule id loaded) turns on the check of the ids the comments name; ``ran`` (the
    ids that ran on this document) turns on the list of directives that suppressed nothing (judged
    only when every rule a directive names ran).
    """
    diagnostics = list(diagnostics)
    if "factlint-" not in document.source:
        return Suppressed(diagnostics, [], [])
    problems: list[str] = []
    regions = _regions(document, known, problems)
    if known is not None:
        problems.extend(_unknown_verbs(document))

    def suppressed(diagnostic: Diagnostic) -> bool:
        hit = False
        for region in regions:
            if not region.covers(diagnostic.rule):
                continue
            if region.line is not None:
                if diagnostic.line == region.line:
                    region.used[0] = hit = True
            elif region.start <= diagnostic.offset and (region.end is None or diagnostic.offset < region.end):
                region.used[0] = hit = True
        return hit

    kept = [d for d in diagnostics if not suppressed(d)]
    unused: list[str] = []
    if ran is not None and known is not None:
        reported: set[int] = set()
        for region in regions:
            if region.used[0] or region.directive in reported:
                continue
            named = {rule for rule in known if region.covers(rule)}
            if named and named <= set(ran):
                reported.add(region.directive)
                comment = document.source[region.directive:document.source.index("-->", region.directive) + 3]
                unused.append(f"{document.path}:{document.position(region.directive)[0]}: unused suppression {comment}: it suppressed nothing")
    return Suppressed(kept, problems, unused)
