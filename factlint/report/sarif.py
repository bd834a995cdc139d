"""SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from factlint.diagnostic import Diagnostic, Severity
from factlint.report import ReportContext

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A URI reference for ``path``: relative to the working folder when it can be, percent-encoded
    (a space, ``#`` or a non-ASCII letter in a file name would otherwise make an invalid URI)."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_uri()
    return quote(candidate.as_posix(), safe="/")


def _fix(d: Diagnostic) -> dict[str, object]:
    """A SARIF ``fix``: replace the finding's region by the suggestion; ``properties.safety`` says
    whether ``factlint --fix`` applies it (``safe``) or only ``--fix --unsafe-fixes`` (``unsafe``)."""
    note = "" if d.fix == "safe" else " (unsafe: an editor should read it first)"
    return {
        "description": {"text": f'Replace with "{d.suggestion}"{note}'},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": _uri(d.path)},
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column,
                        },
                        "insertedContent": {"text": d.suggestion},
                    }
                ],
            }
        ],
        "properties": {"safety": d.fix},
    }


def render(diagnostics: Sequence[Diagnostic], context: ReportContext) -> str:
    definitions = sorted(context.rules, key=lambda r: r.id)
    index = {rule.id: position for position, rule in enumerate(definitions)}
    rules = [
        {
            "id": rule.id,
            "name": rule.id.replace("/", "-"),
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.description},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "help": {"text": rule.description},
            "properties": {"tags": [rule.category]},
        }
        for rule in definitions
    ]
    results = []
    for d in diagnostics:
        result: dict[str, object] = {
            "ruleId": d.rule,
            "level": _LEVEL[d.severity],
            "message": {"text": d.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(d.path)},
                        "region": {
                            "startLine": d.line,
                            "startColumn": d.column,
                            "endLine": d.end_line,
                            "endColumn": d.end_column,
                        },
                    }
                }
            ],
        }
        if d.rule in index:
            result["ruleIndex"] = index[d.rule]
        if d.suggestion is not None:
            result["properties"] = {"suggestion": d.suggestion}
        if d.suggestion is not None and d.fix is not None:
            result["fixes"] = [_fix(d)]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factlint",
                        "version": context.version,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
