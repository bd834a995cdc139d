"""Lint-style text: ``path:line:col: rule [severity] message``; on a terminal, with colour, the
source line and a caret under the finding."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from factlint.diagnostic import Diagnostic, Severity
from factlint.report import ReportContext

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    if not context.color:
        return "".join(d.plain() + "\n" for d in diagnostics)
    return _render_rich(diagnostics, context)


def _render_rich(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    from rich.console import Console
    from rich.markup import escape

    console = Console(force_terminal=True, highlight=False, soft_wrap=True, width=200)
    lines_cache: dict[str, list[str]] = {}
    with console.capture() as capture:
        for d in diagnostics:
            console.print(
                f"[bold]{escape(d.path)}[/]:{d.line}:{d.column}: [{_STYLE[d.severity]}]{escape(f'{d.rule} [{d.severity}]')}[/] "
                f"{escape(d.message)}"
            )
            source = context.sources.get(d.path)
            if source is None:
                continue
            lines = lines_cache.setdefault(d.path, _LINE_BREAK.split(source))
            if d.line > len(lines):
                continue
            text = lines[d.line - 1].expandtabs(1)
            width = (d.end_column - d.column) if d.end_line == d.line else len(text) - d.column + 1
            gutter = f"{d.line:>5} | "
            console.print(f"[dim]{gutter}[/]{escape(text)}")
            console.print(" " * (len(gutter) + d.column - 1) + f"[{_STYLE[d.severity]}]" + "^" * max(width, 1) + "[/]")
    return capture.get()
