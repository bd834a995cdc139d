"""Each reporter on known diagnostics: text (plain and with excerpts), JSON, JSON Lines, SARIF, GitHub."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from factlint.diagnostic import Diagnostic, Severity
from factlint.engine import Linter
from factlint.report import ReportContext, renderer
from factlint.rules_loader import default_pack

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
RULES = [rule.definition for rule in Linter.for_packs([default_pack()]).rules]


def validate_sarif(log: dict[str, Any]) -> None:
    """Validate against the official SARIF 2.1.0 schema (formats such as uri-reference included),
    then check what GitHub code scanning needs beyond the schema."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    assert log["version"] == "2.1.0"
    for run in log["runs"]:
        driver = run["tool"]["driver"]
        ids = [rule["id"] for rule in driver["rules"]]
        assert len(ids) == len(set(ids))
        for rule in driver["rules"]:
            assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        for result in run["results"]:
            assert result["ruleId"] in ids
            assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
            location = result["locations"][0]["physicalLocation"]
            assert location["artifactLocation"]["uri"]
            assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1


def diagnostic(**changes: Any) -> Diagnostic:
    values: dict[str, Any] = {
        "path": "desk/story.txt",
        "line": 2,
        "column": 5,
        "end_line": 2,
        "end_column": 12,
        "rule": "grammar/doubled-word",
        "severity": Severity.WARNING,
        "message": 'doubled word "the the"',
        "suggestion": "the",
        "offset": 14,
        "end_offset": 21,
    }
    values.update(changes)
    return Diagnostic(**values)


def render(name: str, diagnostics: list[Diagnostic], **context: Any) -> str:
    return renderer(name)(diagnostics, ReportContext(rules=RULES, version="9.9", **context))


def test_text_plain() -> None:
    assert render("text", [diagnostic()]) == 'desk/story.txt:2:5: grammar/doubled-word [warning] doubled word "the the" -> "the"\n'


@pytest.mark.parametrize(("fix", "note"), [("safe", ' -> "the" [fix]'), ("unsafe", ' -> "the" [unsafe fix]'), (None, ' -> "the"')])
def test_text_shows_the_suggestion_and_whether_fix_applies_it(fix: str | None, note: str) -> None:
    assert render("text", [diagnostic(fix=fix)]) == f'desk/story.txt:2:5: grammar/doubled-word [warning] doubled word "the the"{note}\n'


def test_text_without_a_suggestion_has_no_note_and_line_breaks_in_one_are_spaces() -> None:
    assert render("text", [diagnostic(suggestion=None, fix=None)]).endswith('doubled word "the the"\n')
    assert render("text", [diagnostic(suggestion="by\r\nRussia", fix="unsafe")]).endswith(' -> "by Russia" [unsafe fix]\n')


def test_text_does_not_repeat_a_suggestion_the_message_already_ends_by_quoting() -> None:
    slip = diagnostic(message='"next a week" reads as a translation slip; write "next week"', suggestion="next week", fix="safe")
    assert render("text", [slip]).endswith('write "next week" [fix]\n')
    quoted_earlier = diagnostic(message='"next week" is the usual form here', suggestion="next week", fix=None)
    assert render("text", [quoted_earlier]).endswith('is the usual form here -> "next week"\n')


def test_text_empty() -> None:
    assert render("text", []) == ""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_text_with_color_shows_the_right_line_whatever_the_line_breaks(newline: str) -> None:
    source = newline.join(["Headline", "Then the the talks", "End"])
    out = render("text", [diagnostic(column=6, end_column=13)], sources={"desk/story.txt": source}, color=True)
    lines = re.sub(r"\x1b\[[0-9;]*m", "", out).splitlines()
    assert lines[1] == "    2 | Then the the talks"
    assert lines[2] == " " * (len("    2 | ") + 5) + "^" * 7


def test_text_with_color_escapes_rich_markup_in_messages() -> None:
    out = render("text", [diagnostic(message="[bold]not markup[/bold]")], color=True)
    assert "[bold]not markup[/bold]" in re.sub(r"\x1b\[[0-9;]*m", "", out)


def test_json_and_jsonl_keep_null_suggestions_and_unicode() -> None:
    items = [diagnostic(suggestion=None, message="“quoted” — dash")]
    data = json.loads(render("json", items))
    assert data[0]["suggestion"] is None
    assert data[0]["message"] == "“quoted” — dash"
    assert "“quoted”" in render("jsonl", items)  # written as UTF-8, not \u escapes
    assert [json.loads(line) for line in render("jsonl", items).splitlines()] == data


def test_json_severity_names() -> None:
    items = [diagnostic(severity=s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    assert [d["severity"] for d in json.loads(render("json", items))] == ["error", "warning", "info"]


def test_github_commands_by_severity_and_escaping() -> None:
    items = [
        diagnostic(severity=Severity.ERROR, message="100% sure\nsecond line"),
        diagnostic(severity=Severity.INFO, path="a,b:c.txt"),
    ]
    lines = render("github", items).splitlines()
    assert lines[0] == "::error file=desk/story.txt,line=2,col=5,endLine=2,endColumn=12,title=grammar/doubled-word::100%25 sure%0Asecond line"
    assert lines[1].startswith("::notice file=a%2Cb%3Ac.txt,line=2,")


def test_sarif_validates_and_maps_levels() -> None:
    items = [diagnostic(severity=s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)]
    log = json.loads(render("sarif", items))
    validate_sarif(log)
    run = log["runs"][0]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    assert run["tool"]["driver"]["name"] == "factlint" and run["tool"]["driver"]["version"] == "9.9"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["results"][0]["properties"] == {"suggestion": "the"}


def test_sarif_fixes_validate_and_replace_exactly_the_finding() -> None:
    from factlint import lint_text
    from factlint.fixes import apply_edits, edits

    from conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    found = lint_text(text, path="seed.txt")
    log = json.loads(render("sarif", found))
    validate_sarif(log)
    results = log["runs"][0]["results"]
    assert [r["fixes"][0]["properties"]["safety"] for r in results if "fixes" in r] == [d.fix for d in found if d.fix]
    assert all("fixes" not in r for r, d in zip(results, found) if d.fix is None)
    lines = text.splitlines(keepends=True)
    starts = [sum(len(line) for line in lines[:index]) for index in range(len(lines))]
    fixed = text
    for result in reversed(results):  # apply the safe SARIF fixes from the end, by line and column
        fix = result.get("fixes", [{}])[0]
        if fix.get("properties", {}).get("safety") != "safe":
            continue
        [change] = fix["artifactChanges"]
        [replacement] = change["replacements"]
        region = replacement["deletedRegion"]
        start = starts[region["startLine"] - 1] + region["startColumn"] - 1
        end = starts[region["endLine"] - 1] + region["endColumn"] - 1
        fixed = fixed[:start] + replacement["insertedContent"]["text"] + fixed[end:]
    assert fixed == apply_edits(text, edits(text, found)) != text


def test_sarif_without_results_is_valid() -> None:
    log = json.loads(render("sarif", []))
    validate_sarif(log)
    assert log["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("desk/story.txt", "desk/story.txt"),
        ("desk/a story #2.txt", "desk/a%20story%20%232.txt"),
        ("desk/économie.txt", "desk/%C3%A9conomie.txt"),
        ("<stdin>", "%3Cstdin%3E"),
    ],
)
def test_sarif_uris_are_valid_uri_references(path: str, uri: str) -> None:
    log = json.loads(render("sarif", [diagnostic(path=path)]))
    validate_sarif(log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri


def test_sarif_absolute_path_inside_the_working_folder_becomes_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    inside = str(tmp_path / "desk" / "story.txt")
    outside = "/elsewhere/story.txt"
    log = json.loads(render("sarif", [diagnostic(path=inside), diagnostic(path=outside)]))
    validate_sarif(log)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert uris == ["desk/story.txt", "file:///elsewhere/story.txt"]


def test_the_schema_check_catches_a_broken_log() -> None:
    log = json.loads(render("sarif", [diagnostic()]))
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(AssertionError, match="startLine"):
        validate_sarif(log)
