"""The fast paths give the same findings as the plain ones: prefilters, cached selections, C YAML."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.patterns import scan
from factlint.config import Config
from factlint.engine import Linter
from factlint.yamlfile import load_yaml

TEXTS = [
    "Group of Seven foreign ministers meet next a week in Italy.",
    "Officials said they would meet Next A\nweek, after the vote.",
    "The annext a week is not a phrase; nor is next a weeks.",
    "Russia is rearming at a faster time than we thought possible.\n\nAt a slower time of year, next a month.",
    "İstanbul talks resume next a week, officials said.",  # lower-casing İ changes the length: no prefilter
    "Nothing to see here at all.",
]


@pytest.fixture(scope="module")
def slip_rule():
    linter = Linter.for_config(Config())
    return next(rule for rule in linter.rules if rule.definition.id == "grammar/translation-slip")


@pytest.mark.parametrize("text", TEXTS)
def test_substitution_prefilter_finds_what_the_full_scan_finds(slip_rule, text: str) -> None:
    linter = Linter.for_config(Config())
    document = linter.document(text, "x.txt")
    quick = [(m.start(), m.end()) for m in slip_rule._matches(document)]
    full = [(m.start(), m.end()) for m in scan(document, slip_rule.pattern)]
    assert quick == full


def test_substitution_prefilter_still_reports(slip_rule) -> None:
    linter = Linter.for_config(Config())
    document = linter.document(TEXTS[3], "x.txt")
    assert [f.suggestion for f in slip_rule.run(document)] == ["at a faster pace", "At a slower pace", "next month"]


def test_rule_selection_is_reused_and_not_shared_by_reference() -> None:
    linter = Linter.for_config(Config())
    first = linter.rules_for(("grammar",), ())
    first.clear()
    assert linter.rules_for(("grammar",), ()) != []
    assert [r.definition.id for r in linter.rules_for((), ("grammar/doubled-word",))] == [
        r.definition.id for r in linter.rules if r.definition.id != "grammar/doubled-word"
    ]


def test_yaml_loader_keeps_lines_and_rejects_duplicate_keys(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("id: a/b\nswap:\n  x: y\nlist:\n  - {k: v}\n", encoding="utf-8")
    data = load_yaml(good)
    assert data.line_of("swap") == 2 and data["swap"].line == 3 and data["list"][0]["k"] == "v"
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"bad.yaml:3: invalid YAML: duplicate key 'a'"):
        load_yaml(bad)


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


def test_pattern_errors_name_positions_in_the_rule_text() -> None:
    from factlint.checks.base import RuleSpecError
    from factlint.patterns import Origin, compile_user_pattern

    with pytest.raises(RuleSpecError, match=r"'ab\(c': missing \) at position 4"):
        compile_user_pattern("ab(c", Origin("pattern"))


def test_case_insensitive_patterns_still_match_any_case() -> None:
    from factlint.patterns import Origin, compile_user_pattern

    assert compile_user_pattern("next a week", Origin("p"), ignorecase=True).search("Talks resume NEXT A Week.")
    assert compile_user_pattern("(?i)Straße", Origin("p")).search("STRAẞE")


def _pattern_rule(tmp_path: Path, extra: str) -> Path:
    pack = tmp_path / "pack"
    (pack / "house").mkdir(parents=True)
    (pack / "house" / "chairman.yaml").write_text(
        "id: house/chairman\nkind: pattern\nseverity: info\nmessage: 'write chair'\n"
        "description: Chairman.\npattern: '(?<![\\p{L}])[Cc]hairman(?![\\p{L}])'\n" + extra +
        "examples:\n  bad: [The chairman spoke.]\n  good: [The chair spoke.]\n",
        encoding="utf-8",
    )
    return pack


def test_prefilter_that_does_not_match_skips_the_paragraph(tmp_path: Path) -> None:
    from factlint.rules_loader import load_rules

    (rule,) = load_rules([_pattern_rule(tmp_path, "prefilter: 'Chair'\n")])
    linter = Linter([rule], rule.knowledge)
    document = linter.document("The Chairman spoke.\n\nThe chairman left.\n", "x.txt")
    assert [d.line for d in linter.lint_document(document)] == [1]  # a prefilter narrower than the pattern hides line 3


def test_invalid_prefilter_is_a_rule_error_on_its_line(tmp_path: Path) -> None:
    from factlint.errors import FactlintError
    from factlint.rules_loader import load_rules

    with pytest.raises(FactlintError, match=r"chairman.yaml:7: invalid prefilter '\(chair' \(Python re syntax\)"):
        load_rules([_pattern_rule(tmp_path, "prefilter: '(chair'\n")])


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the\n    the talks would resume.",
        "The company did not not elaborate.",
        "He said that that was final, in in fact.",
        "Tel Aviv_ the the end.",
        "Prices rose 5 % , officials said .",
        "The figures were 12 . . . and then nothing ; really ?",
    ],
)
def test_grammar_prefilters_find_what_the_full_scan_finds(text: str) -> None:
    linter = Linter.for_config(Config())
    document = linter.document(text, "x.txt")
    for rule in linter.rules:
        if getattr(rule, "prefilter", None) is not None:
            assert [m.span() for m in scan(document, rule.pattern, rule.prefilter)] == [
                m.span() for m in scan(document, rule.pattern)
            ], rule.definition.id
