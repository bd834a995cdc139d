"""Reporters: one module per output format, each a ``render(diagnostics, context) -> str``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from factlint.checks import RuleDefinition
from factlint.diagnostic import Diagnostic
from factlint.dotted import resolve

FORMATS: dict[str, str] = {
    "text": "factlint.report.text:render",
    "json": "factlint.report.json:render",
    "jsonl": "factlint.report.json:render_lines",
    "sarif": "factlint.report.sarif:render",
    "github": "factlint.report.github:render",
    "html": "factlint.report.html:render",
}


@dataclass(frozen=True)
class ReportContext:
    """What a reporter may need beyond the diagnostics: the rules that ran, the source texts, colour."""

    rules: Sequence[RuleDefinition] = ()
    sources: Mapping[str, str] = field(default_factory=dict)
    color: bool = False
    version: str = "0"


def renderer(name: str) -> Callable[[Sequence[Diagnostic], ReportContext], str]:
    return resolve(FORMATS[name])  # type: ignore[no-any-return]
