"""names/acronym-mismatch (kind ``acronym``) on real-style sentences beyond its examples: a near
miss is reported on the definition with the initials as the fix, an acronym defined two ways is
reported on the second definition, and acronyms that fit, foreign ones, irregular ones, tickers
and datelines are left alone."""

from __future__ import annotations

import pytest

from conftest import lint

ACRONYM = "names/acronym-mismatch"


def test_a_near_miss_is_reported_on_the_definition_with_the_initials_as_the_fix() -> None:
    text = "The Financial Conduct Authority (FCS) fined the bank on Tuesday."
    assert lint(text, ACRONYM, show=("words", "message", "suggestion")) == [
        (
            "Financial Conduct Authority (FCS)",
            '"FCS" does not fit "Financial Conduct Authority", whose initials are FCA',
            "Financial Conduct Authority (FCA)",
        )
    ]


def test_a_second_definition_that_slips_is_reported_and_the_first_is_not() -> None:
    text = "The International Monetary Fund (IMF) cut its forecast, and the International Monetary Fund (IMG) said so."
    assert lint(text, ACRONYM, show="{words}") == ["International Monetary Fund (IMG)"]


def test_one_acronym_for_two_expansions_names_the_line_of_the_first() -> None:
    text = "The World Trade Organization (WTO) ruled on Monday.\n\nThe World Tourism Organization (WTO) said arrivals rose."
    assert lint(text, ACRONYM, show=("line", "words", "message")) == [
        (3, "(WTO)", '"WTO" is defined as "World Trade Organization" on line 1, and here as "World Tourism Organization"')
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Financial Conduct Authority (FCA) fined the bank. The FCA said more fines were due.",
        "The National Health Service (NHS) is stretched, and the National Health Service (NHS) says so.",
        "The Intergovernmental Panel on Climate Change (IPCC) released its report.",  # letters read out of one word
        "The Organization of the Petroleum Exporting Countries (OPEC) meets in Vienna.",  # function words give none
        "The Asian Infrastructure Investment Bank (AIIB) approved the loan.",
        "Médecins Sans Frontières (MSF) said its hospital was hit.",  # another language
        "The North Atlantic Treaty Organisation (NATO) met in Vilnius.",  # irregular, listed in data/acronyms.yaml
        "Shares of Apple Inc (AAPL) fell 3 pct.",  # a ticker after a company suffix
        "LONDON (Reuters) - Britain's Financial Conduct Authority (FCA) fined the bank.",
        "The U.N. High Commissioner for Refugees (UNHCR) said the camps were full.",
    ],
)
def test_acronyms_that_fit_or_are_no_near_miss_are_left_alone(text: str) -> None:
    assert lint(text, ACRONYM) == []
