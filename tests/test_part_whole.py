"""quantity/part-exceeds-whole (kind ``part-whole``) on real-style sentences beyond its examples:
a part larger than its whole, part first ("14 of the 12 passengers") or whole first ("Of the 27
member states, 30 backed"), parts added up across "and", and the wholes it must leave alone
(years, scales the part lacks, sums within the whole)."""

from __future__ import annotations

import pytest

from conftest import lint

PART_WHOLE = "quantity/part-exceeds-whole"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Only 14 of the 12 passengers survived the crash.", "14 of the 12"),
        ("Some 1,200 of the 1,000 workers at the plant were laid off.", "1,200 of the 1,000"),
        ("At least 17 of the 15 victims were children, officials said.", "17 of the 15"),
        ("Seven out of five doctors recommend it.", "Seven out of five"),
        ("In 2023, 120 of the 100 largest firms reported profits.", "120 of the 100"),
        ("Of the 27 EU member states, 30 backed the proposal.", "27 EU member states, 30"),
        ("Of the 20 million people in the region, 25 million lack clean water.", "20 million people in the region, 25 million"),
    ],
)
def test_a_part_larger_than_its_whole_is_reported_on_both_figures(text: str, words: str) -> None:
    assert lint(text, PART_WHOLE, show=("words", "message")) == [(words, f'the part is larger than the whole in "{words}"')]


def test_parts_joined_by_and_are_added_up() -> None:
    over = "Of the 435 House seats, 240 went to Republicans and 210 to Democrats."
    assert lint(over, PART_WHOLE, show="{words}") == ["435 House seats, 240 went to Republicans and 210"]
    within = "Of the 435 House seats, 220 went to Republicans and 210 to Democrats."
    assert lint(within, PART_WHOLE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some 800 of the 1,000 workers at the plant were laid off.",
        "Five of the 7,000 residents were evacuated.",
        "Of the 120 staff, 45 were women.",
        "Of the 50 states, 12 voted on Tuesday, and 45 of the 2020 graduates found jobs.",  # a year, not a whole
        "The fund returned 12 of the 10 billion dollars it raised.",  # the whole has a scale the part lacks
    ],
)
def test_parts_within_their_whole_and_wholes_that_are_no_count_pass(text: str) -> None:
    assert lint(text, PART_WHOLE) == []
