"""``kind: pattern`` — a regular expression that should not occur in news copy.

Fields: ``pattern`` (a ``regex`` pattern; named groups become message placeholders), ``ignorecase``,
``exceptions`` (patterns; a match that fully matches one is not reported), ``suggestion`` (a
template over the named groups) and ``prefilter`` (a looser pattern in Python's ``re`` syntax that
must match in a paragraph before ``pattern`` runs there: a cheap test that skips most paragraphs).
The pattern runs one paragraph at a time under the time limit of ``factlint.patterns``, so a pattern
that backtracks forever is cut off instead of hanging the run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.patterns import is_exception, scan
from factlint.templates import template_fields

if TYPE_CHECKING:
    from factlint.document import Document


class PatternCheck(Check):
    kind = "pattern"
    options = {
        "pattern": Option(str, required=True, doc="the regular expression to report"),
        "ignorecase": Option(bool, default=False),
        "exceptions": Option(list, default=[], doc="patterns of matches not to report"),
        "suggestion": Option(str, doc="replacement template over the pattern's named groups"),
        "prefilter": Option(
            str,
            doc="a fast pattern in Python's re syntax that must match in a paragraph before the pattern runs "
            "there; it must match wherever the pattern does (a looser version of it)",
        ),
    }

    def compile(self, spec: Mapping[str, Any]) -> None:
        ignorecase = spec["ignorecase"]
        self.pattern = self.user_pattern("pattern", spec["pattern"], ignorecase=ignorecase, may_match_empty=False)
        self.exceptions = [self.user_pattern("exceptions", str(item), ignorecase=ignorecase) for item in spec["exceptions"]]
        self.prefilter = self.user_prefilter("prefilter", spec["prefilter"], ignorecase=ignorecase)
        self.suggestion = spec["suggestion"]
        groups = frozenset(self.pattern.groupindex)
        if self.suggestion is not None:
            unknown = template_fields(self.suggestion) - groups - {"match"}
            if unknown:
                raise RuleSpecError("suggestion", f"unknown placeholder {{{sorted(unknown)[0]}}} (named groups: {', '.join(sorted(groups)) or 'none'})")
        self.groups = groups

    def allowed_placeholders(self) -> frozenset[str]:
        return super().allowed_placeholders() | self.groups

    def run(self, document: "Document") -> Iterable[Finding]:
        for match in scan(document, self.pattern, self.prefilter):
            text = match.group()
            if is_exception(text, self.exceptions):
                continue
            fields = {name: value or "" for name, value in match.groupdict().items()}
            fields["match"] = text
            suggestion = self.suggestion.format_map(fields) if self.suggestion is not None else None
            yield Finding(match.start(), match.end(), fields, suggestion)
