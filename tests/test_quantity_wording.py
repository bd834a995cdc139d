"""Quantity errors however news words them: a development set in wire, broadsheet and
machine-translated styles, each construction of issue 14 with its traps.

Every bad sentence must be flagged by the named rule (and by nothing else of the quantity rules);
every good one, taken from the shapes of real copy (rounded conversions, "up to", "about",
ranges, per-capita figures, debt over 100% of GDP, rises over 100%, auctions over target), by none.
"""

from __future__ import annotations

import pytest

from conftest import cases_by_rule, lint, rules_flagging

BAD = {
    "quantity/percent-change": [
        # the stated change after a to/from pair
        "Revenue climbed to $460 million from $350 million, a rise of roughly 15%.",
        "Exports fell to 2.1 million tonnes from 2.6 million tonnes, a drop of about 30 percent.",
        "Sales rose from 1,200 units to 1,500 units, an increase of 40 percent.",
        "Passenger numbers went from 48,000 to 60,000, or 40%, in two years.",
        # a time phrase after each figure
        "Output rose to 480,000 barrels a day in June from 400,000 a year earlier, up 30%.",
        "Net profit rose 12 pct to 28 mln dlrs in the first quarter from 23 mln dlrs a year earlier.",
        "Retail sales rose 9 per cent to £4.6bn in March from £3.9bn in the same month last year.",
        # the change as a noun
        "The company posted a 12% gain in profit to reach $5.6 billion, compared with $4.2 billion a year earlier.",
        "The bank reported a 10 per cent fall in lending to £90bn from £120bn.",
        "There was an increase of 15% in visitors to 23,000 from 18,000.",
        # machine-translated order
        "Exports increased by 15 percent and reached 4.6 billion dollars in comparison with 3 billion dollars last year.",
        "The volume of trade decreased for 5 percent and amounted to 300 million euros, compared to 400 million euros.",
        # an absolute change with the percent in commas: the start is B - X
        "Sales rose by $40 million, or 25%, to $240 million.",
        "Costs fell by £2.5m, or 10%, to £7.5m.",
        # changes in words
        "Its workforce surged by a fifth to 900 from 600.",
        "The herd is down a third to 400 from 800.",
        "Profit halved to $380 million from $2.1 billion.",
        "Sales tripled to 900 mln from 100 mln.",
        "Costs doubled to 1.2 trillion yen from 400 billion yen.",
        "Imports fell by half to 300,000 tonnes from 900,000 tonnes.",
        "Output fell by a third, from 900 to 400.",
        "There was a threefold increase in cases to 900 from 100.",
        "Revenue was $5.6bn, compared with $4.2bn a year earlier, an increase of 12%.",
        "Revenue of $5.6bn was up 12% from $4.2bn.",
        "Profit fell 50% to 380m euros from 2.1bn euros.",
        # mixed magnitudes
        "Profits slumped 50% to $380 million from $2.1 billion.",
        "The deficit grew 10 pct to 1.2 tln yen from 800 bln yen.",
        "Turnover rose 5% to £1.2bn from £900m.",
    ],
    "quantity/percentage-points": [
        "Unemployment fell to 4.1% in June from 5.3% a year earlier, a decline of 1.2%.",
        "Debt narrowed to 60% of GDP from 80%, a cut of 20%.",
        "The deficit narrowed to 3.2% of GDP from 4.5%, a cut of 1.3%.",
        "The party's share rose to 38 per cent from 32 per cent, an increase of 6 per cent.",
    ],
    "quantity/direction-mismatch": [
        "Net income rose to $380 million from $2.1 billion.",
        "Exports climbed to 1.1 mln tonnes in 2023 from 1.3 mln tonnes in 2022.",
        "The jobless rate fell to 7.1% in March from 6.8% in February.",
        "Reserves rose to $900m from $1.2bn, the central bank said.",
    ],
    "quantity/conversion-mismatch": [
        "The storm had winds of 160 km/h (60 mph).",
        "The park covers 40,000 hectares (50,000 acres).",
        "The tank holds 1,000 US gallons (2,000 litres).",
        "The field produces 100,000 barrels (30,000 cubic metres) a day.",
        "The bridge weighs 20,000 short tons (25,000 tonnes).",
        "The baby weighed 4 kg (12 lb).",
        "The lake covers 500 square miles (800 sq km).",
        "Winds gusted to 30 metres per second (40 mph).",
        "The jet flew at 500 knots (700 km/h).",
    ],
    "quantity/shares-sum": [
        "Coal accounts for 45%, gas for 35% and renewables for 30% of the mix.",
        "Coal provides 60% of the power, gas 30%, and the remaining 20% comes from hydro.",
        "Half the budget goes to health, a third to schools and a quarter to roads.",
        "Labour won 40% of the vote, the Conservatives 35% and the Liberal Democrats 30%.",
        "In the poll 55% backed the plan, 40% opposed it and 10% were undecided.",
    ],
    "quantity/part-exceeds-whole": [
        "Of the 150 members, 180 voted in favour.",
        "Of the 150 members present, 100 voted for the motion and 80 voted against.",
        "Two hundred of the 150 delegates walked out.",
        "Three hundred and fifty of the 300 staff were laid off.",
        "A hundred and fifty of the 120 staff left.",
        "Of the 150 members of parliament, 180 voted in favour.",
    ],
    "quantity/majority-below-half": [
        "A majority of 45% backed the plan.",
        "Most voters, 42%, backed the plan.",
        "More than half of respondents, 38%, said they would leave.",
        "The plan was backed by 46 percent of members, a clear majority.",
    ],
}

GOOD = [
    # rounded conversions, "about", "up to", ranges
    "The wall is about 3 metres (10 feet) high.",
    "The storm brought winds of up to 120 km/h (75 mph).",
    "The reserve covers 650 sq km (250 sq miles).",
    "The tank holds 1,000 gallons (4,546 litres).",
    "Temperatures of 30-35C (86-95F) are expected.",
    "The field produces 100,000 barrels (15,900 cubic metres) a day.",
    # per-capita figures, debt over 100% of GDP, rises over 100%, auctions over target
    "Income per head rose 3% to $42,000 from $40,800.",
    "Public debt rose to 130% of GDP from 120%.",
    "Sales rose 150% to 2.5 mln from 1 mln.",
    "The auction drew bids of 250% of the amount on offer.",
    "The bond sale was 3.2 times oversubscribed, drawing 120% more bids than last year.",
    # correct change statements in many orders
    "Revenue climbed to $460 million from $350 million, a rise of roughly 31%.",
    "Output rose to 480,000 barrels a day in June from 400,000 a year earlier, up 20%.",
    "The company posted a 33% gain in profit to reach $5.6 billion, compared with $4.2 billion a year earlier.",
    "Sales rose by $40 million, or 20%, to $240 million.",
    "Its workforce surged by a fifth to 720 from 600.",
    "Profit halved to $1.05 billion from $2.1 billion.",
    "Turnover rose 33% to £1.2bn from £900m.",
    "Unemployment fell to 4.1% in June from 5.3% a year earlier, a decline of 1.2 percentage points.",
    "Debt narrowed to 60% of GDP from 80%, a cut of 25%.",
    # statements the figures cannot settle
    "Sales rose to 167.4 mln dlrs from 147.5 mln dlrs a year ago, or one pct on a comparable store basis.",
    "The balance sheet total rose five pct to 197.7 billion schillings against 8.1 pct growth in 1985.",
    "In Canada, the rig count was up 14 to 164, against 422 one year ago.",
    "The No camp fell to 46 percent against 37 percent for Yes.",
    "The loss widened to $5 million from $3 million.",
    "Net income was 11.5 mln dlrs, or 76 cts per share, up from 11.1 mln dlrs, or 59 cts per share.",
    "Prices will remain unchanged in the coming four months, up from 57 pct in the first half.",
    "Only one in 13 of the 48 million cards is now in default - down from one in eight at the end of 2003.",
    "It will redeem all outstanding shares of its 3.58 dlr cumulative preferred stock Series O, 25 dlr par value.",
    "It estimated that 52 million adults from 18 to 64, or 27 percent of that age group, would lose cover.",
    "The team fell to No. 5 from No. 2.",
    # shares and parts that are fine
    "Turnout was 60% in 2010, 65% in 2015 and 70% in 2020.",
    "Some 60% of men and 55% of women said they exercised weekly.",
    "Of the 150 members, 100 voted for the motion, including 80 women.",
    "Of the 40 countries, 300 million people live in poverty.",
    "Nearly half of respondents, 48%, said they would leave.",
    "The party won a majority of seats with 42% of the vote.",
    "Output fell by a third, from 900 to 600.",
    "There was a threefold increase in cases to 300 from 100.",
    "Revenue was $5.6bn, compared with $4.2bn a year earlier, an increase of 33%.",
    "The road is 380m long.",
    "Two thousand people marched.",
]


@pytest.mark.parametrize(("rule", "text"), cases_by_rule(BAD))
def test_bad_wording_is_flagged_by_its_rule(rule: str, text: str) -> None:
    assert rules_flagging(text, "quantity") == {rule}, text


@pytest.mark.parametrize("text", GOOD)
def test_good_wording_passes(text: str) -> None:
    assert lint(text, "quantity") == []
