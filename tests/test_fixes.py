"""Fixes as data: the ``fix:`` rule field, which findings are fixable, and the edits of factlint.fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import lint_text
from factlint.config import Config
from factlint.engine import Linter
from factlint.errors import FactlintError
from factlint.fixes import apply_edits, edits, fix_text, unified_diff
from factlint.knowledge import Knowledge
from factlint.rules_loader import default_pack, load_rule_file

from conftest import SEED

RULES = {rule.definition.id: rule.definition for rule in Linter.for_packs([default_pack()]).rules}
SEED_TEXT = SEED.read_text(encoding="utf-8")


# --- which rules are fixable -----------------------------------------------------------------


@pytest.mark.parametrize("rule_id", ["grammar/translation-slip", "grammar/space-before-punctuation", "grammar/doubled-word"])
def test_mechanical_grammar_fixes_are_safe(rule_id: str) -> None:
    assert RULES[rule_id].fix == "safe"


@pytest.mark.parametrize(
    "rule_id",
    [
        "trade/reversed-direction",  # which half of the sentence is wrong?
        "names/known-misspelling",
        "names/inconsistent-spelling",
        "names/acronym-mismatch",
        "dates/weekday-mismatch",  # the weekday or the date?
        "style/inconsistent-form",
        "style/number-style",
        "grammar/article-before-determiner",  # which of the two words is left over?
        "grammar/unbalanced-quotes",
    ],
)
def test_judgement_calls_are_unsafe(rule_id: str) -> None:
    assert RULES[rule_id].fix == "unsafe"


def test_rules_without_a_suggestion_are_not_fixable() -> None:
    assert RULES["quantity/conversion-mismatch"].fix is None
    assert RULES["dates/impossible-date"].fix is None


RULE = """\
id: house/first-lady
kind: substitution
severity: warning
message: 'house style is "{suggestion}"'
description: Titles are lower case.
swap:
  First Lady: first lady
examples:
  bad: [The First Lady visited.]
  good: [The first lady visited.]
"""


def _rule(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "house" / "first-lady.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RULE + extra, encoding="utf-8")
    return path


def test_a_rule_without_fix_field_is_not_auto_fixable(tmp_path: Path) -> None:
    assert load_rule_file(_rule(tmp_path), Knowledge.default()).definition.fix is None


@pytest.mark.parametrize(("written", "expected"), [("safe", "safe"), ("unsafe", "unsafe"), ("none", None)])
def test_fix_field_is_read(tmp_path: Path, written: str, expected: str | None) -> None:
    assert load_rule_file(_rule(tmp_path, f"fix: {written}\n"), Knowledge.default()).definition.fix == expected


def test_a_wrong_fix_value_names_its_line(tmp_path: Path) -> None:
    path = _rule(tmp_path, "fix: always\n")
    with pytest.raises(FactlintError, match=r"first-lady\.yaml:11: 'fix' must be safe, unsafe or none, not 'always'"):
        load_rule_file(path, Knowledge.default())


def test_fix_none_switches_off_a_kinds_default(tmp_path: Path) -> None:
    path = tmp_path / "style" / "us.yaml"
    path.parent.mkdir(parents=True)
    source = (default_pack() / "style" / "inconsistent-form.yaml").read_text(encoding="utf-8")
    path.write_text(source.replace("id: style/inconsistent-form", "id: style/us") + "\nfix: none\n", encoding="utf-8")
    assert load_rule_file(path, Knowledge.default()).definition.fix is None


# --- diagnostics say whether they are fixable ------------------------------------------------


def test_seed_article_findings_carry_their_fix_safety() -> None:
    found = {(d.rule, d.fix) for d in lint_text(SEED_TEXT, path="seed.txt")}
    assert ("grammar/translation-slip", "safe") in found
    assert ("grammar/space-before-punctuation", "safe") in found
    assert ("trade/reversed-direction", "unsafe") in found
    assert ("names/known-misspelling", "unsafe") in found


def test_a_finding_whose_span_crosses_markup_is_not_fixable() -> None:
    [inside, across] = lint_text("They meet *next a week* in Rome, said the *the* minister.", path="wire.md")
    assert inside.rule == "grammar/translation-slip" and inside.fix == "safe"
    assert across.rule == "grammar/doubled-word" and across.fix is None and across.suggestion == "the"


def test_html_tag_inside_the_span_is_not_fixable() -> None:
    [finding] = lint_text("<p>Said the <b>the</b> minister.</p>", path="wire.html")
    assert finding.rule == "grammar/doubled-word" and finding.fix is None


# --- edits -----------------------------------------------------------------------------------


def test_edits_of_the_seed_article_are_the_safe_grammar_fixes_only() -> None:
    found = edits(SEED_TEXT, lint_text(SEED_TEXT, path="seed.txt"))
    assert [(SEED_TEXT[e.start:e.end], e.replacement, e.rule) for e in found] == [
        ("next a week", "next week", "grammar/translation-slip"),
        ("at a faster time", "at a faster pace", "grammar/translation-slip"),
        (" ,", ",", "grammar/space-before-punctuation"),
    ]


def test_unsafe_edits_include_the_trade_suggestion() -> None:
    found = edits(SEED_TEXT, lint_text(SEED_TEXT, path="seed.txt"), unsafe=True)
    trade = [e for e in found if e.rule == "trade/reversed-direction"]
    assert [(SEED_TEXT[e.start:e.end], e.replacement, e.safety) for e in trade] == [
        ("imported in the last quarter of 2023 from Russia", "imported in the last quarter of 2023 by Russia", "unsafe")
    ]


def test_overlapping_edits_keep_the_first_and_apply_edits_refuses_overlaps() -> None:
    text = "Ministers met in a the the room."
    diagnostics = lint_text(text, path="a.txt")
    chosen = edits(text, diagnostics, unsafe=True)
    assert all(one.end <= two.start for one, two in zip(chosen, chosen[1:]))
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits(text, [chosen[0], chosen[0]])


def test_fix_text_runs_until_nothing_is_left_to_fix() -> None:
    result = fix_text("The talks went on and on , the the the minister said.", path="a.txt")
    assert result.text == "The talks went on and on, the minister said."
    assert len(result.passes) == 2  # "the the the" -> "the the" -> "the"
    assert result.remaining == []
    assert fix_text(result.text, path="a.txt").passes == []


def test_fix_text_keeps_what_it_cannot_fix_safely() -> None:
    result = fix_text(SEED_TEXT, path="seed.txt")
    assert {d.rule for d in result.remaining} >= {"trade/reversed-direction", "names/known-misspelling"}
    assert "grammar/translation-slip" not in {d.rule for d in result.remaining}
    assert "imported in the last quarter of 2023 from Russia" in result.text


def test_fix_text_follows_the_config_selection() -> None:
    result = fix_text("They meet next a week , in Rome.", path="a.txt", config=Config(select=("grammar/translation-slip",)))
    assert result.text == "They meet next week , in Rome."


def test_unified_diff_keeps_crlf_and_marks_a_missing_final_line_break() -> None:
    diff = unified_diff("a.txt", "one\r\nnext a week\r\nthree", "one\r\nnext week\r\nthree")
    assert diff.startswith("--- a.txt\n+++ a.txt\n@@ -1,3 +1,3 @@\n")
    assert " one\r\n-next a week\r\n+next week\r\n three\n\\ No newline at end of file\n" in diff
    assert unified_diff("a.txt", "same", "same") == ""


# --- every fix a rule offers replaces its span with right text --------------------------------

FIXABLE_RULES = sorted(rule_id for rule_id, definition in RULES.items() if definition.fix)


@pytest.mark.parametrize("rule_id", FIXABLE_RULES)
def test_applying_a_rules_fixes_to_its_bad_examples_resolves_them(rule_id: str) -> None:
    config = Config(select=(rule_id,))
    fixed_any = suggested = False
    for example in RULES[rule_id].examples["bad"]:
        suggested |= any(d.suggestion is not None for d in lint_text(example, path="example.txt", config=config))
        result = fix_text(example, path="example.txt", config=config, unsafe=True)
        fixed_any |= result.changed
        assert not [d for d in result.remaining if d.fix], (example, result.text)
        for edit in result.passes[0] if result.passes else []:
            assert example[edit.start:edit.end] != edit.replacement
    assert fixed_any or not suggested, f"{rule_id} declares a fix but fixes none of its bad examples"


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The summit opens on Wednesday, May 9, 2024, in Rome.", "The summit opens on Thursday, May 9, 2024, in Rome."),
        ("The summit opens Tue., Sept. 3, 2024, in Rome.", "The summit opens Tue., Sept. 3, 2024, in Rome."),  # right already
        ("The summit opens Tue., Sept. 4, 2024, in Rome.", "The summit opens Wed., Sept. 4, 2024, in Rome."),
        ("Talks run Monday to Wednesday, March 5-7, 2024.", "Talks run Tuesday to Thursday, March 5-7, 2024."),
        ("The Federal Aviation Administration (FFA) grounded the jets.", "The Federal Aviation Administration (FAA) grounded the jets."),
        ("Sales rose 5 percent in May, 7 percent in June and 9% in July.", "Sales rose 5 percent in May, 7 percent in June and 9 percent in July."),
    ],
)
def test_unsafe_fixes_replace_only_what_is_wrong(text: str, fixed: str) -> None:
    assert fix_text(text, path="a.txt", unsafe=True).text == fixed


def test_a_symbol_that_cannot_take_the_place_of_a_word_is_shown_not_applied() -> None:
    text = "Sales rose 5% in May, 7% in June and 9 percent in July."
    [finding] = lint_text(text, path="a.txt", config=Config(select=("style",)))
    assert (finding.suggestion, finding.fix) == ("%", None)  # "9 %" would be wrong
    assert fix_text(text, path="a.txt", unsafe=True).text == text
