"""Prefilters, the cheap tests run before a full pattern: they must never hide a match the full
pattern would find (rule prefilters, the substitution and grammar shortcuts, the change forms'
required words)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from factlint.config import Config
from factlint.engine import Linter
from factlint.layers.change_grammar import required_words
from factlint.patterns import scan

from conftest import lint

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


def test_required_words_are_top_level_literals():
    assert required_words(r"{verb}\s+from\s+(?:an?\s+|the\s+)?{A}\s+to\s+{B}") == ("from", "to")
    assert required_words(r"{B}\s*,?\s+{updown}\s+(?:by\s+)?{C}\s+(?:from|on)\s+{A}") == ()


def test_required_words_give_up_on_what_they_cannot_read():
    assert required_words(r"from\s+{A}|to\s+{B}") == ()  # top-level alternation
    assert required_words(r"(?i)from\s+{A}") == ()  # inline flags
    assert required_words(r"a{ |b}from") == ()  # a literal brace
    assert required_words(r"\bfrom\s+{A}") == ()  # letters right after an escape
    assert required_words(r"abc?d\s+x") == ("d", "x")  # a quantified letter drops its whole run
    assert required_words(r"[a\]b]rise") == ("rise",)  # a class with an escaped bracket


def test_required_words_hold_for_every_match():
    forms = [r"rose\s+from\s+{A}", r"from+\s+{A}", r"[ft]rom\s+ab?c\s+{A}"]
    texts = ["It ROSE FROM 7.", "It rose  from 7.", "frommm 7", "trom ac 7", "from abc 7", "ſrom"]
    for form in forms:
        source = form.replace("{A}", r"\d+")
        for text in texts:
            if regex.search(source, text, regex.VERSION1 | regex.IGNORECASE):
                assert all(word in text.casefold() for word in required_words(form)), (form, text)


def test_direction_rule_reads_a_capitalised_from():
    """The skeleton is case-folded before the required words are looked for, as the forms ignore case."""
    assert "quantity/direction-mismatch" in lint("Imports rose FROM $1.2 billion TO $900 million last year.\n", show="{rule}")
