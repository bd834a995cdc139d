"""The engine's own contracts: lint_text and lint_paths, sorting, and a crashing rule kind."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from pathlib import Path

import pytest

from factlint import Config, lint_paths, lint_text
from factlint.checks import KINDS, Check, Finding
from factlint.diagnostic import Severity
from factlint.engine import Linter
from factlint.errors import FactlintError

CRASHING_RULE = """\
id: house/fragile
kind: fragile
severity: warning
message: 'fragile {match}'
description: A rule whose kind has a bug on some input.
examples:
  bad: [ok]
  good: [fine]
"""


class FragileCheck(Check):
    """Finds "ok", and fails with ZeroDivisionError on text holding "boom"."""

    kind = "fragile"

    def run(self, document) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        if "boom" in document.text:
            raise ZeroDivisionError("division by zero")
        start = document.text.find("ok")
        if start >= 0:
            yield Finding(start, start + 2)


@pytest.fixture
def fragile_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    module = types.ModuleType("factlint_test_fragile")
    module.FragileCheck = FragileCheck  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factlint_test_fragile", module)
    monkeypatch.setitem(KINDS, "fragile", "factlint_test_fragile:FragileCheck")
    path = tmp_path / "pack" / "house" / "fragile.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(CRASHING_RULE, encoding="utf-8")
    return tmp_path / "pack"


def test_a_crashing_kind_skips_that_file_with_an_error_and_the_run_goes_on(tmp_path: Path, fragile_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    (tmp_path / "a.txt").write_text("boom, the the cat.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ok, the the cat.\n", encoding="utf-8")
    result = lint_paths(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], extra_rule_dirs=[fragile_pack], overrides={"select": ("grammar", "house")}
    )
    assert result.errors == [
        f"{tmp_path / 'a.txt'}: internal error while linting (ZeroDivisionError: division by zero); "
        "the file was skipped; please report this (FACTLINT_DEBUG=1 shows the traceback)"
    ]
    assert [(Path(d.path).name, d.rule) for d in result.diagnostics] == [("b.txt", "house/fragile"), ("b.txt", "grammar/doubled-word")]


def test_factlint_debug_lets_the_bug_surface(tmp_path: Path, fragile_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_DEBUG", "1")
    (tmp_path / "a.txt").write_text("boom\n", encoding="utf-8")
    with pytest.raises(ZeroDivisionError):
        lint_paths([str(tmp_path / "a.txt")], extra_rule_dirs=[fragile_pack])


def test_lint_text_raises_so_that_rule_tests_see_bugs(fragile_pack: Path) -> None:
    config = Config(rule_dirs=(fragile_pack,))
    assert [d.rule for d in lint_text("ok", config=config)] == ["house/fragile"]
    with pytest.raises(ZeroDivisionError):
        lint_text("boom", config=config)


def test_lint_text_sorts_and_dedupes_and_names_the_path() -> None:
    diagnostics = lint_text("Next a week , the the cat.\nDog dog.", path="wire/story.txt", config=Config(select=("grammar",)))
    assert [(d.path, d.line, d.column, d.rule) for d in diagnostics] == [
        ("wire/story.txt", 1, 1, "grammar/translation-slip"),
        ("wire/story.txt", 1, 12, "grammar/space-before-punctuation"),
        ("wire/story.txt", 1, 15, "grammar/doubled-word"),
        ("wire/story.txt", 2, 1, "grammar/doubled-word"),
    ]
    assert lint_text("The the.", config=Config(select=("grammar/translation-slip",))) == []


def test_lint_paths_counts_files_and_keeps_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The the.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fine.\n", encoding="utf-8")
    result = lint_paths([str(tmp_path)], config=Config(fail_on=Severity.ERROR))
    assert result.files == 2 and result.errors == []
    assert result.sources[str(tmp_path / "a.txt")] == "The the.\n"
    assert result.failed() is False and result.failed(Severity.WARNING) is True


def test_a_broken_knowledge_merge_stops_with_one_line(tmp_path: Path) -> None:
    from factlint.knowledge import Knowledge

    for pack, text in (("one", "- a\n- b\n"), ("two", "a: 1\n")):
        (tmp_path / pack / "data").mkdir(parents=True)
        (tmp_path / pack / "data" / "names.yaml").write_text(text, encoding="utf-8")
    knowledge = Knowledge([tmp_path / "one", tmp_path / "two"])
    with pytest.raises(FactlintError, match=r"two/data/names\.yaml:1: cannot merge a mapping into a list from an earlier pack"):
        knowledge.get("names")


def test_rule_selection_is_reused_and_not_shared_by_reference() -> None:
    linter = Linter.for_config(Config())
    first = linter.rules_for(("grammar",), ())
    first.clear()
    assert linter.rules_for(("grammar",), ()) != []
    assert [r.definition.id for r in linter.rules_for((), ("grammar/doubled-word",))] == [
        r.definition.id for r in linter.rules if r.definition.id != "grammar/doubled-word"
    ]
