"""The ``factlint`` command as users call it, run in-process through ``main(argv)`` (the
``run_factlint`` fixture); a few smoke tests run the installed console script (``run_installed``)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from conftest import SEED

CLEAN = "The ministry said on Tuesday that exports rose 4.5% in the first quarter.\nOfficials expect more.\n"
SEED_PLAIN = [
    f"{SEED}:2:196: grammar/translation-slip [warning] \"next a week\" reads as a translation slip; write \"next week\" [fix]",
    f"{SEED}:5:87: grammar/translation-slip [warning] \"at a faster time\" reads as a translation slip; write \"at a faster pace\" [fix]",
    f"{SEED}:5:241: grammar/space-before-punctuation [warning] space before \",\" [fix]",
]
# Exact expectations run the grammar pack only, so that rules added to other packs do not move them.
GRAMMAR = ("--select", "grammar")
JSON_KEYS = ["path", "line", "column", "end_line", "end_column", "rule", "severity", "message", "suggestion", "fix"]
# The stable JSON schema of one diagnostic, as documented in the README.
DIAGNOSTIC_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": JSON_KEYS,
    "properties": {
        "path": {"type": "string"},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1},
        "end_column": {"type": "integer", "minimum": 1},
        "rule": {"type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"},
        "severity": {"enum": ["error", "warning", "info"]},
        "message": {"type": "string", "minLength": 1},
        "suggestion": {"type": ["string", "null"]},
        "fix": {"enum": ["safe", "unsafe", None]},
    },
}
GITHUB_LINE = re.compile(
    r"^::(?P<command>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=(?P<end_line>\d+),endColumn=(?P<end_col>\d+),title=(?P<title>[^,:]+)::(?P<message>.+)$"
)

HOUSE_RULE = """\
id: house/dateline
kind: pattern
severity: error
message: 'dateline "{match}" belongs on the first line only'
description: >
  A dateline in the body of the copy.
pattern: '(?<=\\n)[A-Z]{3,}, \\w+ \\d+ \\(Reuters\\)'
examples:
  bad:
    - "Intro.\\nLONDON, March 3 (Reuters) - More."
  good:
    - "LONDON, March 3 (Reuters) - Intro."
"""


def make_pack(root: Path, files: dict[str, str]) -> Path:
    """A rule pack folder holding ``files`` (relative path -> text)."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


# --- the seed article, clean copy, standard input -------------------------------------------


PLAIN_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<rule>[a-z0-9-]+/[a-z0-9-]+) \[(?:error|warning|info)\] .+$")


def test_seed_article_exits_1_with_grammar_findings_on_lines_2_and_5(run_factlint) -> None:
    result = run_factlint(str(SEED))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(PLAIN_LINE.match(line) for line in lines), result.stdout
    assert [line for line in lines if ": grammar/" in line] == SEED_PLAIN
    positions = [(int(m["line"]), int(m["column"])) for m in map(PLAIN_LINE.match, lines) if m]
    assert positions == sorted(positions)  # sorted by line and column
    assert result.stderr == ""


def test_installed_script_lints_the_seed_article_as_main_does(run_installed, run_factlint) -> None:
    installed, in_process = run_installed(str(SEED)), run_factlint(str(SEED))
    assert (installed.returncode, installed.stdout, installed.stderr) == (in_process.returncode, in_process.stdout, in_process.stderr)
    assert installed.returncode == 1 and installed.stdout


def test_clean_article_exits_0_with_no_output(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "clean.txt"
    article.write_text(CLEAN, encoding="utf-8")
    result = run_factlint(str(article))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_dash_reads_standard_input(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "-", stdin=SEED.read_text(encoding="utf-8"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [line.replace(str(SEED), "<stdin>") for line in SEED_PLAIN]


def test_folder_is_recursed_for_article_suffixes_only(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "desk" / "sub").mkdir(parents=True)
    (tmp_path / "desk" / "a.txt").write_text("The the cat.\n", encoding="utf-8")
    (tmp_path / "desk" / "sub" / "b.md").write_text("A dog dog.\n", encoding="utf-8")
    (tmp_path / "desk" / "notes.csv").write_text("the the\n", encoding="utf-8")
    (tmp_path / "desk" / ".hidden").mkdir()
    (tmp_path / "desk" / ".hidden" / "c.txt").write_text("the the\n", encoding="utf-8")
    result = run_factlint("desk", cwd=tmp_path)
    assert result.returncode == 1
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["desk/a.txt", "desk/sub/b.md"]


# --- formats ------------------------------------------------------------------------------


def test_format_text_is_plain_when_piped(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "--format", "text", str(SEED))
    assert result.stdout.splitlines() == SEED_PLAIN
    assert "\x1b[" not in result.stdout


def test_format_text_with_color_shows_the_source_line_and_a_caret(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "--color", str(SEED))
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout).splitlines()
    assert lines[0] == SEED_PLAIN[0]
    gutter = "    2 | "
    assert lines[1].startswith(gutter)  # the line, or a window of it around the finding
    caret = lines[2].index("^")
    assert lines[1][caret:].startswith("next a week") and lines[2].count("^") == len("next a week")


def test_format_json_follows_the_documented_schema(run_factlint) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    result = run_factlint(*GRAMMAR, "--format", "json", str(SEED))
    assert result.returncode == 1
    data = json.loads(result.stdout)
    jsonschema.validate(data, {"type": "array", "items": DIAGNOSTIC_SCHEMA})
    assert [list(item) for item in data] == [JSON_KEYS] * 3
    first = data[0]
    assert first == {
        "path": str(SEED),
        "line": 2,
        "column": 196,
        "end_line": 2,
        "end_column": 207,
        "rule": "grammar/translation-slip",
        "severity": "warning",
        "message": '"next a week" reads as a translation slip; write "next week"',
        "suggestion": "next week",
        "fix": "safe",
    }


def test_format_json_of_clean_copy_is_an_empty_array(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    result = run_factlint("--format", "json", str(tmp_path / "clean.txt"))
    assert (result.returncode, json.loads(result.stdout)) == (0, [])


def test_format_jsonl_is_one_object_a_line(run_factlint) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    json_result = run_factlint(*GRAMMAR, "--format", "json", str(SEED))
    result = run_factlint(*GRAMMAR, "--format", "jsonl", str(SEED))
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    objects = [json.loads(line) for line in lines]
    for item in objects:
        jsonschema.validate(item, DIAGNOSTIC_SCHEMA)
    assert objects == json.loads(json_result.stdout)


def test_format_github_annotations(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "--format", "github", str(SEED))
    assert result.returncode == 1
    matches = [GITHUB_LINE.match(line) for line in result.stdout.splitlines()]
    assert all(matches), result.stdout
    first = matches[0]
    assert first is not None
    assert first.groupdict() == {
        "command": "warning",
        "file": str(SEED),
        "line": "2",
        "col": "196",
        "end_line": "2",
        "end_col": "207",
        "title": "grammar/translation-slip",
        "message": '"next a week" reads as a translation slip; write "next week"',
    }


def test_format_github_escapes_commas_colons_and_newlines_in_properties(run_factlint, tmp_path: Path) -> None:
    folder = tmp_path / "a,b:c"
    folder.mkdir()
    (folder / "x.txt").write_text("The the cat.\n", encoding="utf-8")
    result = run_factlint("--format", "github", "a,b:c/x.txt", cwd=tmp_path)
    assert result.stdout.startswith("::warning file=a%2Cb%3Ac/x.txt,line=1,col=1,")


def test_format_sarif_is_valid_sarif_2_1_0(run_factlint) -> None:
    from test_reporters import validate_sarif

    result = run_factlint(*GRAMMAR, "--format", "sarif", str(SEED))
    assert result.returncode == 1
    log = json.loads(result.stdout)
    validate_sarif(log)
    run = log["runs"][0]
    assert [r["ruleId"] for r in run["results"]] == ["grammar/translation-slip", "grammar/translation-slip", "grammar/space-before-punctuation"]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 2, "startColumn": 196, "endLine": 2, "endColumn": 207}


def test_unknown_format_is_a_usage_error(run_factlint) -> None:
    result = run_factlint("--format", "xml", str(SEED))
    assert result.returncode == 2
    assert "xml" in result.stderr
    assert "Traceback" not in result.stderr


# --- selection and rule packs -------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "rules"),
    [
        (["--select", "grammar/space-before-punctuation"], {"grammar/space-before-punctuation"}),
        (["--select", "grammar"], {"grammar/translation-slip", "grammar/space-before-punctuation"}),
        (["--select", "quantity,grammar/translation-slip"], {"grammar/translation-slip"}),
        (["--select", "grammar", "--ignore", "grammar/translation-slip"], {"grammar/space-before-punctuation"}),
        (["--select", "grammar,trade", "--ignore", "grammar,trade"], set()),
        (["--select", "grammar", "--ignore", "grammar/space-before-punctuation"], {"grammar/translation-slip"}),
    ],
)
def test_select_and_ignore_by_id_and_category(run_factlint, options: list[str], rules: set[str]) -> None:
    result = run_factlint(*options, "--format", "jsonl", str(SEED))
    found = {json.loads(line)["rule"] for line in result.stdout.splitlines()}
    assert found == rules
    assert result.returncode == (1 if rules else 0)


def test_ignore_a_category_keeps_the_other_default_rules(run_factlint) -> None:
    everything = {json.loads(line)["rule"] for line in run_factlint("--format", "jsonl", str(SEED)).stdout.splitlines()}
    without = {json.loads(line)["rule"] for line in run_factlint("--format", "jsonl", "--ignore", "grammar", str(SEED)).stdout.splitlines()}
    assert without == {rule for rule in everything if not rule.startswith("grammar/")}


def test_extra_rule_pack_adds_its_rules(run_factlint, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "house", {"house/dateline.yaml": HOUSE_RULE})
    article = tmp_path / "story.txt"
    article.write_text("LONDON, March 3 (Reuters) - Intro the the end.\nPARIS, March 3 (Reuters) - Again.\n", encoding="utf-8")
    result = run_factlint("--select", "grammar,house", "--rules", str(pack), str(article))
    assert result.returncode == 1
    assert [re.search(r": (\S+ \[\w+\]) ", line).group(1) for line in result.stdout.splitlines()] == [  # type: ignore[union-attr]
        "grammar/doubled-word [warning]",
        "house/dateline [error]",
    ]
    assert f"{article}:2:1: house/dateline [error]" in result.stdout
    only_house = run_factlint("--no-default-rules", "--rules", str(pack), str(article))
    assert only_house.stdout.splitlines() == [
        f'{article}:2:1: house/dateline [error] dateline "PARIS, March 3 (Reuters)" belongs on the first line only'
    ]


def test_no_default_rules_without_packs_lints_nothing(run_factlint) -> None:
    result = run_factlint("--no-default-rules", str(SEED))
    assert (result.returncode, result.stdout) == (0, "")


# --- thresholds and exit codes ------------------------------------------------------------


@pytest.mark.parametrize(("level", "code"), [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_sets_the_threshold(run_factlint, level: str, code: int) -> None:
    result = run_factlint(*GRAMMAR, "--fail-on", level, str(SEED))
    assert result.returncode == code
    assert result.stdout.splitlines() == SEED_PLAIN  # the report is the same; only the exit code moves


def test_fail_on_error_counts_an_error_rule(run_factlint, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "house", {"house/dateline.yaml": HOUSE_RULE})
    article = tmp_path / "story.txt"
    article.write_text("Intro.\nPARIS, March 3 (Reuters) - Again.\n", encoding="utf-8")
    assert run_factlint("--fail-on", "error", "--rules", str(pack), str(article)).returncode == 1


def test_exit_zero_reports_but_exits_0(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "--exit-zero", str(SEED))
    assert (result.returncode, result.stdout.splitlines()) == (0, SEED_PLAIN)


def test_exit_zero_does_not_hide_input_errors(run_factlint, tmp_path: Path) -> None:
    result = run_factlint("--exit-zero", str(SEED), str(tmp_path / "missing.txt"))
    assert result.returncode == 2


def test_exit_2_for_usage_errors(run_factlint) -> None:
    for args in (["--no-such-option", str(SEED)], [], ["--fail-on", "fatal", str(SEED)], ["--date", "29/02/2024", str(SEED)]):
        result = run_factlint(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_statistics_counts_findings_per_rule_on_stderr(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "--statistics", str(SEED))
    assert result.stdout.splitlines() == SEED_PLAIN  # the report alone: statistics never mix into it
    assert [line.split() for line in result.stderr.splitlines()] == [
        ["2", "grammar/translation-slip", "[warning]"],
        ["1", "grammar/space-before-punctuation", "[warning]"],
        ["3", "total"],
    ]


def test_statistics_go_to_stderr_with_machine_formats_too(run_factlint) -> None:
    result = run_factlint(*GRAMMAR, "--statistics", "--format", "json", str(SEED))
    assert len(json.loads(result.stdout)) == 3
    assert result.stderr.split()[-2:] == ["3", "total"]


# --- rule documentation -------------------------------------------------------------------


def test_list_rules_one_line_per_rule(run_factlint) -> None:
    result = run_factlint("--list-rules")
    assert result.returncode == 0
    rows = {line.split()[0]: line.split(None, 2)[1:] for line in result.stdout.splitlines()}
    assert set(rows) >= {"grammar/doubled-word", "grammar/space-before-punctuation", "grammar/translation-slip"}
    severity, summary = rows["grammar/doubled-word"]
    assert severity == "warning"
    assert summary.startswith("A word written twice in a row")
    assert "\n" not in summary


def test_list_rules_marks_unselected_rules_and_includes_extra_packs(run_factlint, tmp_path: Path) -> None:
    pack = make_pack(tmp_path / "house", {"house/dateline.yaml": HOUSE_RULE})
    result = run_factlint("--list-rules", "--select", "house", "--rules", str(pack))
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert lines["house/dateline"].split()[1] == "error"
    assert not lines["house/dateline"].endswith("(not selected)")
    assert lines["grammar/doubled-word"].endswith("(not selected)")


def test_explain_prints_description_and_examples(run_factlint) -> None:
    result = run_factlint("--explain", "grammar/translation-slip")
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith("grammar/translation-slip [warning] (kind: substitution, fix: safe)")
    assert "Phrases that machine translation" in text
    assert "Examples that are flagged:\n  - Group of Seven foreign ministers meet next a week in Italy." in text
    assert "Examples that are fine:\n  - Group of Seven foreign ministers meet next week in Italy." in text
    # The kind's own fields, with their docs: what a newsroom writing a rule of this kind may set.
    assert "Fields of kind 'substitution'" in text
    assert "  swap (dict; required): wrong phrase -> right phrase" in text
    assert "  exceptions (list; default: []): patterns of matches not to report" in text


def test_explain_unknown_rule_exits_2(run_factlint) -> None:
    result = run_factlint("--explain", "grammar/no-such-rule")
    assert result.returncode == 2
    assert result.stderr.strip() == "factlint: error: --explain: no rule 'grammar/no-such-rule' (--list-rules shows the rules)"
    typo = run_factlint("--explain", "grammar/doubled-wrd")
    assert typo.stderr.strip() == (
        "factlint: error: --explain: no rule 'grammar/doubled-wrd'; did you mean 'grammar/doubled-word'? (--list-rules shows the rules)"
    )


def test_version(run_factlint) -> None:
    result = run_factlint("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"factlint {version('factlint')}")


# --- output file --------------------------------------------------------------------------


def test_output_writes_the_report_to_a_file(run_factlint, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_factlint(*GRAMMAR, "--format", "json", "--output", str(report), str(SEED))
    assert (result.returncode, result.stdout) == (1, "")
    assert len(json.loads(report.read_text(encoding="utf-8"))) == 3


@pytest.mark.parametrize("target", ["story.txt", "desk/inner.txt", "hardlink.txt"])
def test_output_refuses_to_overwrite_an_input(run_factlint, tmp_path: Path, target: str) -> None:
    (tmp_path / "desk").mkdir()
    story = tmp_path / "story.txt"
    story.write_text("The the cat.\n", encoding="utf-8")
    (tmp_path / "desk" / "inner.txt").write_text("A dog dog.\n", encoding="utf-8")
    (tmp_path / "hardlink.txt").hardlink_to(story)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.txt")}
    result = run_factlint("--output", target, "story.txt", "desk", cwd=tmp_path)
    assert result.returncode == 2
    assert "refusing to overwrite" in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.txt")} == before


def test_output_into_a_missing_folder_is_an_error(run_factlint, tmp_path: Path) -> None:
    result = run_factlint("--output", str(tmp_path / "nowhere" / "r.txt"), str(SEED))
    assert result.returncode == 2
    assert result.stderr.startswith(f"factlint: error: cannot write {tmp_path / 'nowhere' / 'r.txt'}")


def test_ctrl_c_exits_130_without_a_traceback() -> None:
    """Interrupted while it waits on standard input. (click alone would exit 1, which reads as findings.)"""
    import signal
    import subprocess
    import time

    from conftest import factlint_executable

    for wait in (1.0, 3.0, 6.0):  # the handler exists once Python has started; a loaded machine starts slowly
        process = subprocess.Popen(  # started as from a terminal, even when the suite itself runs with Ctrl-C ignored (nohup)
            [factlint_executable(), "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        time.sleep(wait)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        if process.returncode != -signal.SIGINT:  # not killed before Python installed its handler
            break
    assert process.returncode == 130
    assert stderr.decode() == "factlint: interrupted\n"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed one, on purpose
def test_ctrl_c_that_python_swallows_still_exits_130(run_factlint, monkeypatch: pytest.MonkeyPatch) -> None:
    """A KeyboardInterrupt raised inside a finaliser is printed as "Exception ignored" and lost; the
    run must still end as interrupted, not as a clean run of what it read."""
    import signal

    import factlint.cli

    class InterruptedWhileFreed:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)

    original = factlint.cli._lint

    def lint_interrupted_in_a_finaliser(*arguments: object, **options: object) -> int:
        InterruptedWhileFreed()  # freed at once: Ctrl-C arrives inside __del__
        return original(*arguments, **options)

    monkeypatch.setattr(factlint.cli, "_lint", lint_interrupted_in_a_finaliser)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal (CI may start us with it ignored)
    try:
        result = run_factlint("-", stdin="A clean sentence.\n")
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is put back
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # started with Ctrl-C ignored (nohup): it stays ignored
        ignored = run_factlint("-", stdin="A clean sentence.\n")
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
    assert result.returncode == 130
    assert result.stderr.endswith("factlint: interrupted\n")
    assert ignored.returncode == 0


def test_plain_start_up_imports_neither_pint_nor_rich_nor_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys; from factlint.cli import main; main(['--no-color', '-']); "
        "print(sorted(m for m in ('pint', 'rich', 'pydantic', 'importlib.metadata') if m in sys.modules))"
    )
    # Run outside the source tree: `python -c` puts the working folder first on sys.path, and the
    # source tree's factlint/ has no rules/ (they install as factlint.rules).
    completed = subprocess.run([sys.executable, "-c", code], input="The the end.\n", capture_output=True, text=True,
                               timeout=60, cwd=tmp_path)
    assert completed.stdout.strip().splitlines()[-1] == "[]"


def test_a_command_line_of_paths_is_run_as_typer_would_run_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paths only skip typer: the same call of _lint, every option at the default typer reads."""
    from factlint import cli

    calls: list[tuple[object, object]] = []
    monkeypatch.setattr(cli, "_lint", lambda *args, **kwargs: calls.append((args, kwargs)) or 0)
    argv = ["one.txt", "folder/two.md", "ünïcode name.html"]
    assert cli.only_paths(argv)
    assert cli.main(argv) == 0
    assert cli.typer_app()(args=argv, prog_name="factlint", standalone_mode=False) == 0
    assert len(calls) == 2 and calls[0] == calls[1]
    assert not any(cli.only_paths(other) for other in ([], ["-"], ["a.txt", "--exit-zero"], ["-q", "a.txt"], ["--", "a.txt"]))


def test_a_command_line_of_paths_does_not_import_typer_unless_it_writes_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The the end.\n", encoding="utf-8")
    code = "import sys; from factlint.cli import main; main(sys.argv[1:]); print('typer' in sys.modules)"
    for argv, imported in (([str(article)], "False"), (["--exit-zero", str(article)], "True"), ([str(tmp_path / "missing.txt")], "True")):
        completed = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert completed.stdout.strip().splitlines()[-1] == imported, (argv, completed.stdout, completed.stderr)


def test_logging_is_imported_only_by_a_warning_and_the_warning_is_written(tmp_path: Path) -> None:
    """A warm start that has nothing to warn about does not import logging (factlint.logs); one that
    warns writes the warning on stderr as before."""
    clean = tmp_path / "clean.txt"
    clean.write_text("The the end.\n", encoding="utf-8")
    warns = tmp_path / "warns.txt"
    warns.write_text("<!-- factlint-disable-next-line grammar/doubled-wrd -->\nThe the end.\n", encoding="utf-8")
    code = "import sys; from factlint.cli import main; main(sys.argv[1:]); print('logging' in sys.modules)"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("FACTLINT_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
            for path in (clean, clean, warns)]
    assert runs[1].stdout.strip().splitlines()[-1] == "False", runs[1].stderr
    assert runs[2].stdout.strip().splitlines()[-1] == "True"
    assert "factlint: warning: " in runs[2].stderr and "grammar/doubled-wrd" in runs[2].stderr
