"""Lint-style text: ``path:line:col: rule [severity] message``, then the suggestion when there is one
(`` -> "next week"``, left out when the message ends by quoting it) and, when ``--fix`` applies it, `` [fix]`` (`` [unsafe fix]``: only with
``--unsafe-fixes``); on a terminal, with colour, the source line and a caret under the finding."""

from __future__ import annotations

from collections.abc import Sequence

from factlint import patterncache
from factlint.diagnostic import Diagnostic, Severity
from factlint.report import ReportContext

_LINE_BREAK = patterncache.compile(r"\r\n|\r|\n")
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    if not context.color:
        return "".join(d.plain() + fix_note(d) + "\n" for d in diagnostics)
    return _render_rich(diagnostics, context)


def fix_note(d: Diagnostic) -> str:
    """`` -> "suggestion" [fix]`` for a finding with a suggestion (line breaks in it shown as spaces);
    only the mark when the message already ends by quoting the suggestion (``write "next week"``)."""
    if d.suggestion is None:
        return ""
    mark = {"safe": " [fix]", "unsafe": " [unsafe fix]"}.get(d.fix or "", "")
    shown = _LINE_BREAK.sub(" ", d.suggestion)
    if d.message.endswith(f'"{shown}"'):
        return mark
    return f' -> "{shown}"{mark}'


def _excerpt(text: str, column: int, limit: int = 100) -> tuple[str, int]:
    """A window of at most ``limit`` characters of a line around the finding, and the caret's
    0-based position in it; long unwrapped paragraphs are cut with an ellipsis."""
    if len(text) <= limit:
        return text, column - 1
    start = max(0, min(column - 1 - limit // 3, len(text) - limit))
    end = start + limit
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + text[start:end] + suffix, column - 1 - start + len(prefix)


def _render_rich(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    from rich.console import Console
    from rich.markup import escape

    console = Console(force_terminal=True, highlight=False, soft_wrap=True, width=200)
    lines_cache: dict[str, list[str]] = {}
    with console.capture() as capture:
        for d in diagnostics:
            style = _STYLE[d.severity]
            console.print(
                f"[bold]{escape(d.path)}[/]:{d.line}:{d.column}: [{style}]{escape(f'{d.rule} [{d.severity}]')}[/] "
                f"{escape(d.message)}" + (f"[dim]{escape(fix_note(d))}[/]" if d.suggestion is not None else "")
            )
            source = context.sources.get(d.path)
            if source is None:
                continue
            lines = lines_cache.setdefault(d.path, _LINE_BREAK.split(source))
            if d.line > len(lines):
                continue
            text = lines[d.line - 1].replace("\t", " ")
            width = (d.end_column - d.column) if d.end_line == d.line else len(text) - d.column + 1
            shown, caret = _excerpt(text, d.column)
            gutter = f"{d.line:>5} | "
            console.print(f"[dim]{gutter}[/]{escape(shown)}")
            console.print(" " * (len(gutter) + caret) + f"[{style}]" + "^" * max(min(width, len(shown) - caret), 1) + "[/]")
    return capture.get()
