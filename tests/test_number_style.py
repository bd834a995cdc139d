"""style/number-style: a small count written as a word and as a numeral before the same noun."""

from __future__ import annotations

import pytest


from conftest import lint

NUMBER_STYLE = "style/number-style"
FOUND = ("words", "suggestion")


def test_minority_numeral_is_flagged_with_the_spelled_out_form() -> None:
    text = (
        "The coastguard sent three ships to the wreck on Monday, and three ships searched overnight. "
        "By Tuesday, 3 ships had returned to Plymouth."
    )
    assert lint(text, NUMBER_STYLE, show=FOUND) == [("3 ships", "three ships")]


def test_minority_word_is_flagged_when_numerals_are_the_style() -> None:
    text = "Officials said 7 people died and 7 people were injured; seven people remain missing."
    assert lint(text, NUMBER_STYLE, show=FOUND) == [("seven people", "7 people")]


def test_tie_keeps_the_first_form() -> None:
    text = "Police arrested two men on Friday; a day later 2 men were released on bail."
    assert lint(text, NUMBER_STYLE, show=FOUND) == [("2 men", "two men")]


def test_different_nouns_or_numbers_are_not_a_mix() -> None:
    assert lint("Three ships sank. The navy sent three ships, 3 boats and 4 ships to the strait.", NUMBER_STYLE, show=FOUND) == []


@pytest.mark.parametrize(
    "text",
    [
        # compounds, ages, units, money, ranks, scores, ratios
        "The three-year plan helped three children; a 3-year-old children's choir sang.",
        "She walked three miles on Monday and 3 miles on Tuesday.",
        "They spent three dollars, then $3 dollars more.",
        "He is the No. 3 seed, and three seeds fell; No. 3 players were spared.",
        "The team won three games in March and 3 games in April.",
        "About 1 in 4 workers filed claims, while four workers in the plant kept their jobs.",
        "Apollo 9 astronauts met three astronauts, and later the three astronauts flew home.",
        # quotes and headlines are the speaker's or the desk's style
        'She has three children. "We had 3 children," he said.',
        "All eyes on 2 justices\n\nCritics hope the two justices will rule against the law.",
        # a sentence must open with a word, so "Three" sets no style
        "Three ships sailed on Monday, and 3 ships followed on Tuesday.",
        # "one" as a pronoun is never a count before the same noun
        "One said 1 vote was enough; one would disagree.",
    ],
)
def test_never_flagged(text: str) -> None:
    assert lint(text, NUMBER_STYLE, show=FOUND) == []


def test_table_lines_are_not_counted() -> None:
    text = "The fleet had three ships in 2019.\n\nPort      Ships   Crew\nDover     3 ships   120 crew   4 boats\n"
    assert lint(text, NUMBER_STYLE, show=FOUND) == []


def test_numeral_after_and_is_a_count_but_a_range_is_not() -> None:
    text = "Rebels seized nine villages in May and 9 villages in June; nine villages remain empty."
    assert lint(text, NUMBER_STYLE, show=FOUND) == [("9 villages", "nine villages")]
    assert lint("Rebels seized two or three villages, then three villages, later 3 villages; three villages burned.", NUMBER_STYLE, show=FOUND) == [
        ("3 villages", "three villages")
    ]
    assert lint("Rebels seized three villages in May and 2 to 3 villages in June.", NUMBER_STYLE, show=FOUND) == []
