"""One self-contained HTML page per run: every article with its findings marked in the text.

No external CSS, fonts or scripts, and no script at all: hover shows a finding's message and
suggestion (``title``), the list beside the article gives them in full with links to the evidence
lines, and ``:target`` highlights what a link points at. Every character taken from an article, a
path or a message is escaped, so an article cannot inject markup. The page prints: the list falls
below the article and the marks keep an underline that does not depend on colour.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from factlint.checks import RuleDefinition
from factlint.diagnostic import Diagnostic, Severity
from factlint.report import ReportContext

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_NAMES = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"), Severity.INFO: ("info", "info")}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


@dataclass(frozen=True)
class _Mark:
    """A finding's or an evidence span's stretch of one article, in character offsets."""

    start: int
    end: int
    anchor: str  # the element id of its first piece
    severity: Severity | None  # None: evidence
    tip: str


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    by_path: dict[str, list[Diagnostic]] = defaultdict(list)
    for diagnostic in diagnostics:
        by_path[diagnostic.path].append(diagnostic)
    paths = list(dict.fromkeys([*context.sources, *by_path]))
    rules = {rule.id: rule for rule in context.rules}
    parts = [_HEAD.replace("{version}", _e(context.version)), _summary(diagnostics, paths, rules)]
    if len(paths) > 1:
        parts.append(_index(paths, by_path))
    for number, path in enumerate(paths, 1):
        parts.append(_article(f"f{number}", path, context.sources.get(path), sorted(by_path.get(path, [])), rules))
    if not paths:
        parts.append("<p>No articles were linted.</p>")
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def _summary(diagnostics: Sequence[Diagnostic], paths: Sequence[str], rules: dict[str, RuleDefinition]) -> str:
    by_severity = Counter(d.severity for d in diagnostics)
    counts = Counter(d.rule for d in diagnostics)
    files = {rule: len({d.path for d in diagnostics if d.rule == rule}) for rule in counts}
    severity_of = {d.rule: d.severity for d in diagnostics}
    totals = ", ".join(f"{by_severity[s]} {_NAMES[s][by_severity[s] != 1]}" for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    out = [
        "<header><h1>factlint report</h1>",
        f'<p class="totals">{len(diagnostics)} finding{"" if len(diagnostics) == 1 else "s"} ({totals}) '
        f'in {len(paths)} article{"" if len(paths) == 1 else "s"}</p></header>\n',
        '<section id="summary"><h2>Findings by rule</h2>\n',
    ]
    if not counts:
        out.append("<p>No findings.</p></section>\n")
        return "".join(out)
    out.append('<table><thead><tr><th scope="col">rule</th><th scope="col">severity</th><th scope="col" class="num">findings</th>'
               '<th scope="col" class="num">articles</th><th scope="col">what it checks</th></tr></thead><tbody>\n')
    for rule, count in sorted(counts.items(), key=lambda item: (-severity_of[item[0]], -item[1], item[0])):
        severity = severity_of[rule]
        summary = rules[rule].summary if rule in rules else ""
        out.append(
            f'<tr><td class="rule"><code>{_e(rule)}</code></td><td><span class="badge sev-{severity}">{severity}</span></td>'
            f'<td class="num">{count}</td><td class="num">{files[rule]}</td><td>{_e(summary)}</td></tr>\n'
        )
    out.append("</tbody></table></section>\n")
    return "".join(out)


def _index(paths: Sequence[str], by_path: dict[str, list[Diagnostic]]) -> str:
    out = ['<nav id="files"><h2>Articles</h2><table><thead><tr><th scope="col">article</th>'
           '<th scope="col" class="num">errors</th><th scope="col" class="num">warnings</th><th scope="col" class="num">info</th></tr></thead><tbody>\n']
    for number, path in enumerate(paths, 1):
        counts = Counter(d.severity for d in by_path.get(path, []))
        cells = "".join(f'<td class="num">{counts[s] or ""}</td>' for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        out.append(f'<tr><td><a href="#f{number}">{_e(path)}</a></td>{cells}</tr>\n')
    out.append("</tbody></table></nav>\n")
    return "".join(out)


def _article(prefix: str, path: str, source: str | None, diagnostics: list[Diagnostic], rules: dict[str, RuleDefinition]) -> str:
    count = len(diagnostics)
    out = [
        f'<section class="file" id="{prefix}"><h2>{_e(path)} '
        f'<span class="count">{count} finding{"" if count == 1 else "s"}</span></h2>\n<div class="columns">\n'
    ]
    marks: list[_Mark] = []
    for number, d in enumerate(diagnostics, 1):
        tip = f"{d.rule} [{d.severity}] {d.message}" + (f" \u2192 suggestion: {d.suggestion}" if d.suggestion is not None else "")
        marks.append(_Mark(d.offset, d.end_offset, f"{prefix}-d{number}", d.severity, tip))
        for index, related in enumerate(d.related, 1):
            marks.append(_Mark(related.offset, related.end_offset, f"{prefix}-d{number}-e{index}", None, f"evidence for finding {number}: {related.message}"))
    if source is None:
        out.append('<p class="nosource">The article\'s text is not available; its findings are listed.</p>\n')
    else:
        out.append(_text(prefix, source, marks))
    out.append(_notes(prefix, diagnostics, rules))
    out.append("</div></section>\n")
    return "".join(out)


def _text(prefix: str, source: str, marks: list[_Mark]) -> str:
    """The article line by line; a line is cut wherever a mark starts or ends (one sweep)."""
    lines: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_BREAK.finditer(source):
        lines.append((start, match.start()))
        start = match.end()
    if start < len(source) or not lines:
        lines.append((start, len(source)))  # a final line break ends the last line, it starts none
    starts_at: dict[int, list[_Mark]] = defaultdict(list)
    ends_at: dict[int, list[_Mark]] = defaultdict(list)
    points_at: dict[int, list[_Mark]] = defaultdict(list)
    for mark in marks:
        if mark.start >= mark.end:
            points_at[mark.start].append(mark)
        else:
            starts_at[mark.start].append(mark)
            ends_at[mark.end].append(mark)
    cuts = sorted({*starts_at, *ends_at, *points_at, *(s for s, _ in lines), *(e for _, e in lines)})
    active: dict[str, _Mark] = {}
    seen: set[str] = set()
    waiting: list[str] = []  # what a cut between two lines (on a line break) writes
    out = ['<div class="article" role="document">\n']

    def step(cut: int) -> list[str]:
        """Marks end and start at ``cut``; the finding numbers and carets to write there."""
        written = []
        for mark in ends_at.get(cut, ()):
            active.pop(mark.anchor, None)
            if mark.severity is not None:
                written.append(_reference(mark))
        for mark in starts_at.get(cut, ()):
            active[mark.anchor] = mark
        for mark in points_at.get(cut, ()):
            written += [_point(mark), _reference(mark)]
        return written

    index = 0
    for number, (line_start, line_end) in enumerate(lines, 1):
        while index < len(cuts) and cuts[index] < line_start:
            waiting += step(cuts[index])
            index += 1
        out.append(f'<div class="line" id="{prefix}-L{number}"><a class="ln" href="#{prefix}-L{number}" aria-hidden="true">{number}</a><span class="tx">')
        out += waiting
        waiting = []
        previous = line_start
        while index < len(cuts) and cuts[index] <= line_end:
            cut = cuts[index]
            if cut > previous:
                out.append(_piece(source[previous:cut], list(active.values()), seen))
            out += step(cut)
            previous = cut
            index += 1
        out.append("</span></div>\n")
    out += waiting
    out.append("</div>\n")
    return "".join(out)


def _reference(mark: _Mark) -> str:
    """The finding's number after its last piece, linking to its note."""
    number = mark.anchor.rsplit("-d", 1)[1]
    return f'<sup class="ref"><a href="#{mark.anchor}-note" title="{_e(mark.tip)}">{number}</a></sup>'


def _point(mark: _Mark) -> str:
    """A zero-width finding: a caret between two characters."""
    return f'<mark class="finding point sev-{mark.severity}" id="{mark.anchor}" data-finding="{mark.anchor}" title="{_e(mark.tip)}"></mark>'


def _piece(text: str, covering: list[_Mark], seen: set[str]) -> str:
    escaped = _e(text)
    if not covering:
        return escaped
    findings = [m for m in covering if m.severity is not None]
    evidence = [m for m in covering if m.severity is None]
    attributes = []
    first = [m for m in covering if m.anchor not in seen]
    if first:  # the element a link to the mark lands on: the first piece of it
        attributes.append(f'id="{first[0].anchor}"')
    seen.update(m.anchor for m in covering)
    classes = []
    if findings:
        worst = max(m.severity for m in findings if m.severity is not None)
        classes.append(f"finding sev-{worst}")
        attributes.append(f'data-finding="{" ".join(m.anchor for m in findings)}"')
    if evidence:
        classes.append("evidence")
        attributes.append(f'data-evidence="{" ".join(m.anchor for m in evidence)}"')
    tip = "\n".join(m.tip for m in covering)
    extra_ids = "".join(f'<span class="anchor" id="{m.anchor}"></span>' for m in first[1:])
    return f'{extra_ids}<mark class="{" ".join(classes)}" {" ".join(attributes)} title="{_e(tip)}">{escaped}</mark>'


def _notes(prefix: str, diagnostics: list[Diagnostic], rules: dict[str, RuleDefinition]) -> str:
    if not diagnostics:
        return '<aside class="notes"><p class="clean">No findings.</p></aside>\n'
    out = ['<aside class="notes"><ol>\n']
    for number, d in enumerate(diagnostics, 1):
        anchor = f"{prefix}-d{number}"
        out.append(
            f'<li class="note sev-{d.severity}" id="{anchor}-note" value="{number}">'
            f'<a class="where" href="#{anchor}">line {d.line}, column {d.column}</a> '
            f'<span class="badge sev-{d.severity}">{d.severity}</span> <code class="rule">{_e(d.rule)}</code>'
            f'<p class="message">{_e(d.message)}</p>'
        )
        if d.suggestion is not None:
            how = _FIX_NOTE.get(d.fix or "", "")
            out.append(f'<p class="suggestion">Suggestion: <q>{_e(d.suggestion)}</q>{how}</p>')
        if d.related:
            links = "".join(
                f'<li><a class="evidence-link" href="#{anchor}-e{index}">line {r.line}</a>: {_e(r.message)}</li>'
                for index, r in enumerate(d.related, 1)
            )
            out.append(f'<p class="evidence-title">Evidence:</p><ul class="evidence-list">{links}</ul>')
        out.append("</li>\n")
    out.append("</ol></aside>\n")
    return "".join(out)


_FIX_NOTE = {
    "safe": ' <span class="fixnote">(<code>factlint --fix</code> applies it)</span>',
    "unsafe": ' <span class="fixnote">(<code>--fix --unsafe-fixes</code> applies it: read it first)</span>',
}

_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factlint {version}">
<title>factlint report</title>
<style>
:root { --error: #b3261e; --error-bg: #fde4e1; --warning: #8a5300; --warning-bg: #ffefc2;
        --info: #1f5fae; --info-bg: #deebfb; --evidence: #1b7f3b; --evidence-bg: #e3f4e8; --rule: #d0d4da; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d1f23; background: #fff; }
main { max-width: 82rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 0; } h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h2 .count { font-size: .85rem; font-weight: normal; color: #5b616b; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.rule { white-space: nowrap; }
sup.ref { font-size: .7em; line-height: 0; } sup.ref a { text-decoration: none; color: #5b616b; padding: 0 1px; }
code { font: .85em ui-monospace, "DejaVu Sans Mono", monospace; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .3rem; font-size: .78rem; font-weight: 600; border: 1px solid; }
.badge.sev-error { color: var(--error); background: var(--error-bg); }
.badge.sev-warning { color: var(--warning); background: var(--warning-bg); }
.badge.sev-info { color: var(--info); background: var(--info-bg); }
.file { border-top: 2px solid var(--rule); margin-top: 2rem; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; align-items: start; }
.article { font: 14px/1.65 ui-monospace, "DejaVu Sans Mono", monospace; background: #fafbfc; border: 1px solid var(--rule); border-radius: .4rem; padding: .6rem 0; }
.line { display: flex; }
.line:target { background: #fff8d6; }
.ln { flex: none; width: 3.2rem; padding-right: .8rem; text-align: right; color: #8a9099; text-decoration: none; user-select: none; }
.tx { flex: 1; min-width: 0; white-space: pre-wrap; overflow-wrap: anywhere; padding-right: .8rem; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.evidence { background: var(--evidence-bg); text-decoration: underline dotted var(--evidence) 2px; }
mark.finding.sev-error { background: var(--error-bg); text-decoration: underline solid var(--error) 2px; }
mark.finding.sev-warning { background: var(--warning-bg); text-decoration: underline wavy var(--warning) 1px; }
mark.finding.sev-info { background: var(--info-bg); text-decoration: underline dashed var(--info) 1px; }
mark.point::before { content: "\\2038"; color: var(--error); }
mark:hover, mark:target, .anchor:target + mark { outline: 2px solid #1d1f23; }
.notes ol { margin: 0; padding-left: 1.6rem; }
.note { margin: 0 0 .9rem; padding: .4rem .6rem; border-left: 4px solid var(--rule); background: #fff; }
.note.sev-error { border-color: var(--error); } .note.sev-warning { border-color: var(--warning); } .note.sev-info { border-color: var(--info); }
.note:target { background: #fff8d6; }
.note p { margin: .2rem 0; } .note .where { font-size: .85rem; }
.suggestion q { font-weight: 600; } .fixnote { font-size: .8rem; color: #5b616b; }
.evidence-title { font-size: .85rem; color: #5b616b; } .evidence-list { margin: 0; padding-left: 1.2rem; font-size: .9rem; }
.clean { color: #1b7f3b; }
@media (max-width: 60rem) { .columns { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 11pt; } main { max-width: none; padding: 0; }
  .columns { display: block; } .notes { margin-top: 1rem; }
  .file { break-before: page; } .file:first-of-type { break-before: auto; }
  .note, tr, .line { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark:hover { outline: none; }
}
</style>
</head>
<body>
<main>
"""

