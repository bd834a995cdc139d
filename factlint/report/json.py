"""JSON (an array) and JSON Lines (one object a line); the schema is documented in the README."""

from __future__ import annotations

import json
from collections.abc import Sequence

from factlint.diagnostic import Diagnostic
from factlint.report import ReportContext


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    return json.dumps([d.to_dict() for d in diagnostics], indent=2, ensure_ascii=False) + "\n"


def render_lines(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    return "".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in diagnostics)
