"""Parts, shares and majorities of one whole however news words them (issue 14, session 6):
a whole named first and split among subjects with one verb ("Of the 69 seats, the list of Mrs Duval
obtains 41, that of Mr Lacombe 22 and the ecologists 9"), a list after "share of" ("The share of coal
in the mix was 46%, gas 31% ..."), a poll with its predicates first ("In favour were 52%, against
40% and undecided 12%"), "Majority of" without an article. Wire, broadsheet, brief and
machine-translated styles, each with traps.
"""

from __future__ import annotations

import pytest

from conftest import lint

BAD = {
    "quantity/part-exceeds-whole": [
        "Of the 69 seats of the council, the list of Mrs Duval obtains 41, that of Mr Lacombe 22 and the ecologists 9.",
        "Of the 150 members of the assembly, Labour holds 80, the Conservatives 50 and independents 30.",
        "Of the 45 seats, the ruling party won 30, the opposition 12 and independents five.",
        "Of the 577 deputies, the left bloc got 300 while the centre 290.",
        "Of the 27 delegations at the table, twenty-two backed the text, three abstained and four voted against.",
    ],
    "quantity/shares-sum": [
        # the first subject after "share of", then a verb, the later ones gapped
        "The share of coal in the mix was 46%, gas 31% and renewables 29%.",
        "The share of renewable energy in Germany's electricity mix stood at 46 percent last year, coal 31 percent and gas 29 percent.",
        "The proportion of wheat in the harvest was 55 pct, barley 30 pct and maize 20 pct.",
        # the predicates first, as translated copy puts them
        "In favour were 52% of those asked, against 40% and undecided 12%.",
        "In the survey, satisfied were 60%, dissatisfied 30% and neutral 15%.",
        # translated "occupies"
        "In the structure of exports, machinery occupies 48%, chemicals 31% and food 27%.",
    ],
    "quantity/majority-below-half": [
        "Majority of the surveyed, 39 percent, support the reform.",
        '"Majority of the members, 44%, are women," she said.',
        "The ruling party won a majority with 230 of the 500 seats.",
    ],
}

GOOD = [
    "Of the 69 seats of the council, the list of Mrs Duval obtains 41, that of Mr Lacombe 20 and the ecologists 8.",
    "Of the 150 members, Labour holds 80 seats in the county and 90 in the city.",
    "Of the 150 members, Labour had 80 in 2019 and 90 in 2024.",
    "Of the 14 analysts covering the stock, nine rate it a buy, four a hold and one a sell, according to LSEG data.",
    "Of the 150 members, the ruling party has 80, including 45 women.",
    "Of the 45 seats, the ruling party won 30, up from 22 in the last election.",
    "The share of coal in the mix was 46%, gas 31% and renewables 23%.",
    "The share of coal was 46% in 2019, 31% in 2020 and 29% in 2021.",
    "The share of coal in Poland's mix was 70%, in Germany's 30% and in France's 10%.",
    "The share of women in parliament was 46%, in government 38% and in boardrooms 29%.",
    "The share of coal fell to 46%, gas 31% and renewables 29%.",
    "In favour were 52% of those asked, against 40% and undecided 8%.",
    "Against were 40% in March, against 45% in April and against 50% in May.",
    "Support stood at 52% among men, against 40% among women and 12% among the young.",
    "In the structure of exports, machinery occupies 48%, chemicals 31% and food 21%.",
    "Machinery occupies 48% of exports this year, up from 31% and 27% in earlier years.",
    "Majority of the surveyed, 59 percent, support the reform.",
    "The party lost its majority of 45 seats, 12 of them to rivals.",
    "The ruling party won a majority with 270 of the 500 seats.",
    "The party won a majority of seats with 42% of the vote.",
    "Over half the workforce, some 4,300 of the 9,000 employees, joined the strike.",
]


@pytest.mark.parametrize(("rule", "text"), [(rule, text) for rule, texts in BAD.items() for text in texts])
def test_an_error_is_flagged(rule: str, text: str) -> None:
    assert lint(text, "quantity", show="{rule}") == [rule]


@pytest.mark.parametrize("text", GOOD)
def test_a_trap_passes(text: str) -> None:
    assert lint(text, "quantity") == []


def test_the_message_quotes_a_majority_word_in_lower_case() -> None:
    assert lint("A majority of voters - 46% - backed the plan.", "quantity", show="{message}") == [
        "46% is not a majority of voters: a majority is more than half"
    ]


def test_the_message_leaves_out_the_connective_before_the_figure() -> None:
    assert lint("More than half of all households, or 45%, own a car.", "quantity", show="{message}") == [
        "45% is not more than half of all households: a majority is more than half"
    ]


def test_a_relative_date_message_leaves_out_the_full_stop() -> None:
    assert lint("The plant closed two weeks ago, on 3 March.", "dates", article_date="2026-04-01", show="{message}") == [
        '"two weeks ago" and 3 March cannot both be right: from the article date, "two weeks ago" is 12 March to 24 March 2026'
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The election takes place on the coming Sunday, 12 April.", True),
        ("The election takes place on the coming Sunday, 5 April.", False),
        ("Talks began last week and will resume starting April 20.", False),
        ("Talks began last week and resumed again on March 30.", False),
        ("The minister will travel to Paris the day after tomorrow, on 5 April.", True),
    ],
)
def test_relative_dates_in_a_story_of_wednesday_1_april(text: str, flagged: bool) -> None:
    assert bool(lint(text, "dates/relative-date-mismatch", article_date="2026-04-01")) is flagged
