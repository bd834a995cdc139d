"""Text edits the language server offers as code actions: a finding's fix, and a suppression
comment that disables the rule for the finding's line. Offsets are character offsets into the
document's source; the server turns them into protocol ranges."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.diagnostic import Diagnostic
from factlint.document import Document


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` with ``text``."""

    start: int
    end: int
    text: str
    title: str
    preferred: bool = False


def fixes_for(diagnostic: Diagnostic, document: Document) -> list[Edit]:
    """The finding's fix, as ``--fix`` computes it (``factlint.fixes``): safe fixes are the preferred
    action; unsafe ones are offered too (an editor reads them before choosing); a suggestion the
    rule does not declare fixable, or whose span crosses markup, is not offered."""
    from factlint import fixes

    found = fixes.edits(document.source, [diagnostic], unsafe=True, path=document.path)
    return [
        Edit(
            edit.start,
            edit.end,
            edit.replacement,
            f'Replace with "{_short(edit.replacement)}" ({diagnostic.rule})' if edit.replacement else f"Delete it ({diagnostic.rule})",
            preferred=edit.safety == fixes.SAFE,
        )
        for edit in found
    ]


def disable_line(diagnostic: Diagnostic, document: Document) -> Edit:
    """A ``factlint-disable-next-line`` comment for the finding's rule, just before its line.

    On a line of its own when the line above is blank (or there is none); otherwise at the end of
    the line above, because a comment line inside a paragraph would read as a paragraph break.
    """
    comment = f"<!-- factlint-disable-next-line {diagnostic.rule} -->"
    title = f"Disable {diagnostic.rule} for this line"
    line = diagnostic.line
    line_start = document.line_starts[line - 1]
    if line == 1 or not document.line_text(line - 1).strip():
        return Edit(line_start, line_start, comment + _line_break(document), title)
    previous_end = document.line_starts[line - 2] + len(document.line_text(line - 1))
    return Edit(previous_end, previous_end, " " + comment, title)


def _line_break(document: Document) -> str:
    source = document.source
    first = document.line_starts[1] if len(document.line_starts) > 1 else 0
    if first and source[first - 2 : first] == "\r\n":
        return "\r\n"
    if first and source[first - 1] == "\r":
        return "\r"
    return "\n"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
