"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation a finding."""

from __future__ import annotations

from collections.abc import Sequence

from factlint.diagnostic import Diagnostic, Severity
from factlint.report import ReportContext

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    lines = []
    for d in diagnostics:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", d.path),
                ("line", d.line),
                ("col", d.column),
                ("endLine", d.end_line),
                ("endColumn", d.end_column),
                ("title", d.rule),
            )
        )
        lines.append(f"::{_COMMAND[d.severity]} {properties}::{_escape_data(d.message)}\n")
    return "".join(lines)
