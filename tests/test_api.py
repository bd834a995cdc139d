"""The Python API is the one way through: the CLI and the pytest plugin give what it gives."""

from __future__ import annotations

import doctest
from pathlib import Path

import factlint.engine
from factlint import Config, Diagnostic, LintResult, Severity, lint_paths, lint_text
from factlint.snapshot import findings

ARTICLE = "The talks resume next a week , officials said.\nThey met on Monday.\n"


def test_lint_text_returns_sorted_diagnostics_with_exact_positions() -> None:
    diagnostics = lint_text(ARTICLE, path="wire.txt")
    assert all(isinstance(d, Diagnostic) for d in diagnostics)
    assert [(d.line, d.column, d.rule) for d in diagnostics] == [
        (1, 18, "grammar/translation-slip"),
        (1, 29, "grammar/space-before-punctuation"),
    ]
    first = diagnostics[0]
    assert (first.path, first.severity, first.suggestion) == ("wire.txt", Severity.WARNING, "next week")
    assert ARTICLE[first.offset:first.end_offset] == "next a week"


def test_lint_text_takes_its_settings_from_config() -> None:
    only_spacing = Config(select=("grammar/space-before-punctuation",))
    assert [d.rule for d in lint_text(ARTICLE, config=only_spacing)] == ["grammar/space-before-punctuation"]
    assert lint_text(ARTICLE, config=Config(ignore=("grammar",))) == []


def test_lint_paths_accepts_one_path_paths_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2024-04-12\n---\nThey resume `next a week` next a week.\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("next a week\n", encoding="utf-8")
    for given in (tmp_path, str(tmp_path), [tmp_path / "a.txt", str(tmp_path / "b.md")]):
        result = lint_paths(given)
        assert isinstance(result, LintResult)
        assert result.files == 2 and result.errors == []
        assert [(Path(d.path).name, d.line, d.column) for d in result.diagnostics] == [
            ("a.txt", 1, 18),
            ("a.txt", 1, 29),
            ("b.md", 4, 27),
        ]


def test_lint_paths_reports_unreadable_input_without_stopping(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = lint_paths([tmp_path / "missing.txt", tmp_path / "a.txt"])
    assert result.files == 1 and len(result.diagnostics) == 2
    assert result.errors == [f"{tmp_path / 'missing.txt'}: no such file or folder"]


def test_lint_text_and_lint_paths_agree(tmp_path: Path) -> None:
    article = tmp_path / "story.html"
    article.write_text("<h1>Vote</h1><p>The vote is due next a week.</p>", encoding="utf-8")
    from_text = lint_text(article.read_text(encoding="utf-8"), path=str(article))
    assert from_text == lint_paths([article]).diagnostics


def test_the_command_line_prints_what_the_api_finds(tmp_path: Path, run_factlint) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "story.md"
    article.write_text("# Talks\n\nThe talks resume next a week , officials said.\n", encoding="utf-8")
    completed = run_factlint("--no-color", str(article), cwd=tmp_path)
    assert completed.returncode == 1
    from factlint.report.text import fix_note

    diagnostics = lint_paths([article]).diagnostics
    assert completed.stdout.splitlines() == [d.plain() + fix_note(d) for d in diagnostics]
    printed = [line.split(":", 1)[1].removesuffix(fix_note(d)) for line, d in zip(completed.stdout.splitlines(), diagnostics)]
    assert printed == list(findings(article))


def test_api_docstring_examples_run() -> None:
    failures, tried = doctest.testmod(factlint.engine)
    assert tried and not failures
