"""Inline suppression comments, in plain text as well as in markup, and through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import Config, lint_text

GRAMMAR = Config(select=("grammar",))  # exact findings from the grammar pack only


def found(text: str, path: str = "story.txt") -> list[str]:
    """``line:rule`` of each diagnostic."""
    return [f"{d.line}:{d.rule}" for d in lint_text(text, path=path, config=GRAMMAR)]


def test_disable_and_enable_a_region_for_one_rule() -> None:
    text = (
        "<!-- factlint-disable grammar/doubled-word -->\n"
        "The the cat met next a week.\n"
        "<!-- factlint-enable -->\n"
        "A dog dog.\n"
    )
    assert found(text) == ["2:grammar/translation-slip", "4:grammar/doubled-word"]


def test_disable_without_ids_covers_every_rule_to_the_end() -> None:
    text = "Dog dog.\n<!-- factlint-disable -->\nThe the cat met next a week.\n\nCat cat.\n"
    assert found(text) == ["1:grammar/doubled-word"]


def test_disable_a_category() -> None:
    text = "<!-- factlint-disable grammar -->\nThe the cat met next a week.\n<!-- factlint-enable grammar -->\nCat cat.\n"
    assert found(text) == ["4:grammar/doubled-word"]


def test_disable_next_line_covers_only_the_next_line() -> None:
    text = "<!-- factlint-disable-next-line grammar/doubled-word -->\nThe the cat met next a week.\nDog dog.\n"
    assert found(text) == ["2:grammar/translation-slip", "3:grammar/doubled-word"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_disable_next_line_with_any_line_break(newline: str) -> None:
    text = newline.join(["<!-- factlint-disable-next-line -->", "The the cat.", "Dog dog."])
    assert found(text) == ["3:grammar/doubled-word"]


def test_several_ids_separated_by_commas_or_spaces() -> None:
    for ids in ("grammar/doubled-word, grammar/translation-slip", "grammar/doubled-word grammar/translation-slip"):
        text = f"<!-- factlint-disable {ids} -->\nThe the cat met next a week , then.\n"
        assert found(text) == ["2:grammar/space-before-punctuation"]


def test_enable_with_ids_re_enables_only_those_rules() -> None:
    text = (
        "<!-- factlint-disable grammar/doubled-word, grammar/translation-slip -->\n"
        "The the cat met next a week.\n"
        "<!-- factlint-enable grammar/translation-slip -->\n"
        "Dog dog met next a week.\n"
    )
    assert found(text) == ["4:grammar/translation-slip"]


def test_enable_one_rule_inside_a_wider_disable() -> None:
    text = (
        "<!-- factlint-disable -->\n"
        "The the cat met next a week.\n"
        "<!-- factlint-enable grammar/doubled-word -->\n"
        "Dog dog met next a week.\n"
        "<!-- factlint-enable -->\n"
        "Cat cat met next a week.\n"
    )
    assert found(text) == ["4:grammar/doubled-word", "6:grammar/doubled-word", "6:grammar/translation-slip"]


def test_enable_for_other_rules_leaves_the_region_open() -> None:
    text = "<!-- factlint-disable grammar/doubled-word -->\nThe the.\n<!-- factlint-enable style -->\nDog dog.\n"
    assert found(text) == []


def test_directives_work_in_markup_files_too() -> None:
    text = "# Title\n\n<!-- factlint-disable-next-line -->\nThe the cat.\n\nDog dog.\n"
    assert found(text, "story.md") == ["6:grammar/doubled-word"]


def test_malformed_directives_are_plain_text() -> None:
    text = "<!-- factlint-disabled -->\nThe the cat.\n<!-- factlint-disable\nDog dog.\n"
    assert found(text) == ["2:grammar/doubled-word", "4:grammar/doubled-word"]


def test_suppression_does_not_move_the_other_diagnostics() -> None:
    plain = "Intro line.\nThe the cat met next a week.\n"
    commented = "Intro line.\nThe the cat met next a week.<!-- factlint-disable grammar/doubled-word -->\n"
    before = {(d.line, d.column, d.end_line, d.end_column, d.rule) for d in lint_text(plain, config=GRAMMAR)}
    after = {(d.line, d.column, d.end_line, d.end_column, d.rule) for d in lint_text(commented, config=GRAMMAR)}
    assert after == before  # the directive comes after both findings, so it suppresses neither


def test_suppression_through_the_cli(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "<!-- factlint-disable-next-line grammar -->\nThe the cat met next a week.\nDog dog.\n", encoding="utf-8"
    )
    result = run_factlint("--select", "grammar", "story.txt", cwd=tmp_path)
    assert result.stdout == 'story.txt:3:1: grammar/doubled-word [warning] doubled word "Dog dog" -> "Dog" [fix]\n'
