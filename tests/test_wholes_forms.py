"""Parts, shares and majorities of one whole however news words them (issue 14, session 6):
a whole named first and split among subjects with one verb ("Of the 69 seats, the list of Mrs Duval
obtains 41, that of Mr Lacombe 22 and the ecologists 9"). Wire, broadsheet, brief and
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
}

GOOD = [
    "Of the 69 seats of the council, the list of Mrs Duval obtains 41, that of Mr Lacombe 20 and the ecologists 8.",
    "Of the 150 members, Labour holds 80 seats in the county and 90 in the city.",
    "Of the 150 members, Labour had 80 in 2019 and 90 in 2024.",
    "Of the 14 analysts covering the stock, nine rate it a buy, four a hold and one a sell, according to LSEG data.",
    "Of the 150 members, the ruling party has 80, including 45 women.",
    "Of the 45 seats, the ruling party won 30, up from 22 in the last election.",
]


@pytest.mark.parametrize(("rule", "text"), [(rule, text) for rule, texts in BAD.items() for text in texts])
def test_an_error_is_flagged(rule: str, text: str) -> None:
    assert lint(text, "quantity", show="{rule}") == [rule]


@pytest.mark.parametrize("text", GOOD)
def test_a_trap_passes(text: str) -> None:
    assert lint(text, "quantity") == []
