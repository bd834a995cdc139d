"""factlint's diagnostics, positions, fixes and rule explanations in the protocol's types."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lsprotocol import types

from factlint.checks import RuleDefinition
from factlint.diagnostic import Diagnostic, Severity
from factlint.document import Document
from factlint.lsp import edits

SOURCE = "factlint"
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

def lsp_position(document: Document, line: int, column: int, encode: Callable[[str], int]) -> types.Position:
    """factlint's 1-based line and character column as an LSP position, whose character counts the
    code units the client asked for (UTF-16 by default: an emoji is two)."""
    text = document.line_text(line)
    return types.Position(line=line - 1, character=encode(text[: column - 1]))


def lsp_range(document: Document, line: int, column: int, end_line: int, end_column: int, encode: Callable[[str], int]) -> types.Range:
    return types.Range(lsp_position(document, line, column, encode), lsp_position(document, end_line, end_column, encode))


def to_lsp(
    diagnostic: Diagnostic, document: Document, uri: str, rule: RuleDefinition | None, encode: Callable[[str], int]
) -> types.Diagnostic:
    """The protocol's diagnostic: rule id as ``code``, severity mapped, evidence as related information."""
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri, lsp_range(document, r.line, r.column, r.end_line, r.end_column, encode)),
            message=r.message,
        )
        for r in diagnostic.related
    ]
    description = None
    if rule is not None and rule.path is not None:
        description = types.CodeDescription(href=Path(rule.path).resolve().as_uri())
    return types.Diagnostic(
        range=lsp_range(document, diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column, encode),
        message=diagnostic.message,
        severity=SEVERITY[diagnostic.severity],
        code=diagnostic.rule,
        code_description=description,
        source=SOURCE,
        related_information=related or None,
        data={"suggestion": diagnostic.suggestion} if diagnostic.suggestion is not None else None,
    )


def overlaps(one: types.Range, other: types.Range) -> bool:
    def key(position: types.Position) -> tuple[int, int]:
        return position.line, position.character

    return key(one.start) <= key(other.end) and key(other.start) <= key(one.end)


def explain(rule: RuleDefinition) -> str:
    """The rule's explanation as Markdown, for hover."""
    lines = [f"**{rule.id}** ({rule.severity}): {rule.description.strip()}"]
    if rule.examples.get("bad"):
        lines += ["", "Flagged:"] + [f"- {example.strip()}" for example in rule.examples["bad"][:3]]
    if rule.examples.get("good"):
        lines += ["", "Fine:"] + [f"- {example.strip()}" for example in rule.examples["good"][:3]]
    return "\n".join(lines)


def quick_fix(uri: str, edit: "edits.Edit", lsp: types.Diagnostic, document: Document, encode: Callable[[str], int]) -> types.CodeAction:
    start_line, start_column = document.position(edit.start)
    end_line, end_column = document.position(edit.end)
    text_edit = types.TextEdit(range=lsp_range(document, start_line, start_column, end_line, end_column, encode), new_text=edit.text)
    return types.CodeAction(
        title=edit.title,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[lsp],
        is_preferred=edit.preferred or None,
        edit=types.WorkspaceEdit(changes={uri: [text_edit]}),
    )
