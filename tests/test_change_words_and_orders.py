"""Change statements of issue 14 (session 6, second round): orders translated from Spanish, Russian and
French ("12% more than in the same period of the previous year, when arrived 9.21 million", "increased
by 2.5 times ... and reached B against A", "a progression of 1.7 points"), wire briefs ("Net 12.4 mln
vs 10.1 mln, up 23 pct"), fractions and multipliers in words ("by nearly a quarter", "two and a half
times", "by a factor of 2.5", "multiplied by 2.5", "sevenfold", "almost doubled"), mixed magnitudes
(bn/mln, lakh crore, milliards), starts and changes in brackets ("up 7% from a year earlier (4.3
trillion yen)", "$4.2bn (+8%) compared with $3.9bn"), report rows
with a change in units, and the time phrase "in the week to March 4"; each with its traps.

Every bad sentence is flagged by the named rule and by no other quantity rule; every good one by none.
"""

from __future__ import annotations

import pytest

from conftest import cases_by_rule, lint, rules_flagging

BAD = {
    'quantity/percent-change': [
        # Spanish order
        'The islands received 9.8 million tourists in the first half, 12% more than in the same period of the previous year, when 9.21 million arrived.',
        'The islands received 9.8 million tourists, 12% more than in the same period of the previous year, when arrived 9.21 million.',
        # Russian style
        'The harvest increased by 2.5 times compared with last year and reached 3.1 million tonnes against 1.8 million tonnes.',
        'Prices for wheat dropped by 300 roubles to 13,900 roubles per tonne, that is by 5.1 percent.',
        # French style
        'Sales reached 1.2 billion euros, against 1.05 billion a year earlier, a progression of 25%.',
        # wire brief
        'Q3 net profit 41 mln dlrs vs 38 mln, up 18 pct.',
        'Shr 1.20 dlrs vs 95 cts, up 40 pct.',
        'Net 12.4 mln vs 10.1 mln, up 31 pct.',
        # broadsheet
        'The waiting list has grown by almost a half, from 4,000 to 7,200, in three years.',
        'Spending on agency staff fell by a quarter, to £30m from £60m.',
        'Applications are up by more than a third to 1,100 this year, compared with 1,000 last year.',
        'Turnover has fallen by two-fifths in five years, from £1.2bn to £950m.',
        # change stated first, the start before the end
        'A 15% rise from $3.6bn to $4.6bn was reported.',
        'A 20 per cent drop, from 45,000 to 40,000, was recorded.',
        'Profit surged 60% year on year to $4.6bn, compared with $3.6bn.',
        # week-to time phrase
        'Claims fell to 210,000 in the week to March 4 from 260,000 the week before, a drop of 10%.',
        # mixed magnitude variations
        'Net income fell to $380 million from $2.1 billion, down 18%.',
        'Revenue rose to 1.2 trillion yen from 980 billion yen, an increase of 40%.',
        'Assets climbed to Rs 1.4 lakh crore from Rs 1.1 lakh crore, up 50%.',
        'Free cash flow fell to EUR 210 million from EUR 1.9 billion a year earlier, a decrease of 11%.',
        'Deposits fell to 84.6 mln from 79.2 bn at the end of 2025, down 6.8%.',
        # absolute with percent in commas
        'Sales rose $40 million, or 40%, to $240 million from $200 million.',
        'The population grew by 12,000, or 20%, to 92,000.',
        # Spanish order
        'The region exported 4.1 million tonnes, 15% more than in 2024, when it exported 3.9 million tonnes.',
        # fractions and multipliers in words, many styles
        'Student numbers have risen by a half, from 12,000 to 15,000.',
        'Bus journeys are down by nearly a quarter on 2019, at 1.9 billion against 2.1 billion.',
        'The backlog has been cut by a third, to 6,000 cases from 7,000.',
        'Fees went up by one-fifth, from £9,000 to £9,250.',
        'Output has almost doubled since 2015, from 1.1 million to 1.5 million cars.',
        'Sales have grown two and a half times, from 40,000 to 60,000.',
        'Exports quadrupled over the decade, to $8bn from $4bn.',
        'Crime has fallen by half since 2010, from 9,000 offences to 6,000.',
        'There was a threefold rise in complaints, from 150 to 250.',
        'Arrests doubled last year to 3,400 from 2,400.',
        'The price of a loaf has risen by two-thirds, from £1.20 to £1.50.',
        'Numbers shrank by a tenth to 8,000 from 10,000.',
        # MT doubled
        'The production has itself in the first quarter doubled, from 18,400 to 31,200 units.',
        'The number of the applications has itself within a year tripled, from 2,000 to 4,100.',
        # "by a factor of", "-fold" nouns, lakh crore, table rows in units, points after "against", "in the week to", "almost doubled"
        'Sales grew by a factor of 2.5 to $900m from $200m.',
        'The company reported a 3.5-fold increase in profit to $700m from $100m.',
        'Assets climbed to Rs 1.4 lakh crore from Rs 1.1 lakh crore, up 50%.',
        'Revenue rose 40% to Rs 1,400 crore from Rs 1,100 crore.',
        'The harvest increased by 2.5 times compared with last year and reached 3.1 million tonnes against 1.8 million tonnes.',
        'Claims fell to 210,000 in the week to March 4 from 260,000 the week before, a drop of 10%.',
        'Output has almost doubled since 2015, from 1.1 million to 1.5 million cars.',
        'Costs have nearly halved, from $10m to $9m.',
        'Sales have grown two and a half times, from 40,000 to 60,000.',
        # traps for round 2
        'The cost has almost halved, from $900 to $800.',
        # the start in brackets after "from a year earlier", the change in brackets after the end
        'Sales were 4.6 trillion yen, up 15% from a year earlier (4.3 trillion yen).',
        'Revenue of $4.2bn (+15%) compared with $3.9bn a year earlier.',
        'The company posted an operating profit of 1.1 trillion won, up 25% on-year from 1.0 trillion won.',
        # multiplied and divided
        'The number of start-ups was multiplied by 2.5, from 400 to 600.',
        'Waiting lists were divided by three, from 900 cases to 600 cases.',
        'Sales rose sevenfold to 3,500 from 1,000.',
        'Output quintupled to 2,000 tonnes from 1,000 tonnes.',
        # milliards
        'Exports rose 30% to 4.2 mld euros from 3.9 mld euros.',
        'Revenue rose 30 percent to 4.2 milliard roubles from 3.9 milliard roubles.',
    ],
    'quantity/absolute-change': [
        # Spanish order
        'Unemployment descended to 11.8%, 1.6 points less than at the close of 2025, when it stood at 12.4%.',
        # French style
        'Participation was 46.2%, against 44.5% in 2020, a progression of 3.7 points.',
        # "by a factor of", "-fold" nouns, lakh crore, table rows in units, points after "against", "in the week to", "almost doubled"
        'Headcount | 12,400 | 11,900 | +900',
        'Participation was 46.2%, against 44.5% in 2020, a progression of 3.7 points.',
        # traps for round 2
        'The jobless rate was 4.5%, against 4.1% a year earlier, an increase of 1.4 points.',
    ],
}

GOOD = [
    # a fraction of a point is points, not a share of the start
    "Annual inflation eased to 5.2 percent from 5.7 percent in March, that is by half a percentage point.",
    "The jobless rate fell by a quarter of a point, to 4.25% from 4.5%.",
    # Spanish order
    'The islands received 9.8 million tourists, 6.4% more than in the same period of the previous year, when arrived 9.21 million.',
    'Unemployment descended to 11.8%, six tenths less than at the close of 2025, when it stood at 12.4%.',
    # Russian style
    'The harvest increased by 1.7 times compared with last year and reached 3.1 million tonnes against 1.8 million tonnes.',
    'Prices for wheat dropped by 300 roubles to 13,900 roubles per tonne, that is by 2.1 percent.',
    # French style
    'Participation was 46.2%, against 44.5% in 2020, a progression of 1.7 point.',
    'Sales reached 1.2 billion euros, against 1.05 billion a year earlier, a progression of 14%.',
    # wire brief
    'Q3 net profit 41 mln dlrs vs 38 mln, up 8 pct.',
    'Net 12.4 mln vs 10.1 mln, up 23 pct.',
    # broadsheet
    'The waiting list has grown by almost a half, from 4,000 to 5,800, in three years.',
    'Spending on agency staff fell by a quarter, to £45m from £60m.',
    'Turnover has fallen by a fifth in five years, from £1.2bn to £950m.',
    # change stated first, the start before the end
    'A 11 per cent drop, from 45,000 to 40,000, was recorded.',
    'Profit surged 28% year on year to $4.6bn, compared with $3.6bn.',
    # week-to time phrase
    'Claims fell to 210,000 in the week to March 4 from 260,000 the week before, a drop of 19%.',
    # mixed magnitude variations
    'Revenue rose to 1.2 trillion yen from 980 billion yen, an increase of 22%.',
    'Free cash flow rose to EUR 210 million from EUR 190 million a year earlier, an increase of 10.5%.',
    # absolute with percent in commas
    'The population grew by 12,000, or 15%, to 92,000.',
    # Spanish order: traps
    'Sales were 9.8 million, 12% more than in 2019, when the company had 8,000 staff.',
    'Spain received 9.8 million tourists, 12% more than in Italy, where 8.75 million arrived.',
    'The region exported 4.1 million tonnes, 5% more than in 2024, when it exported 3.9 million tonnes.',
    'Unemployment fell to 11.8%, 0.6 points less than at the close of 2025, when it stood at 12.4%.',
    # that is by C
    'Prices dropped by 300 roubles to 13,900 roubles per tonne, that is by 2.1 percent.',
    'The index rose by 120 points to 4,120, or 3%.',
    # change noun then comma pair
    'A 20 per cent drop, from 50,000 to 40,000, was recorded.',
    'A 20 per cent drop, from 50,000 tonnes in 2023 to 40,000 tonnes in 2024, was recorded.',
    # fractions and multipliers in words, many styles
    'Student numbers have risen by a half, from 12,000 to 18,000.',
    'The backlog has been cut by a third, to 4,700 cases from 7,000.',
    'Output has almost doubled since 2015, from 1.1 million to 2.1 million cars.',
    'The bill rose two and a half times, from £40,000 to £100,000.',
    'Exports quadrupled over the decade, to $16bn from $4bn.',
    'Crime has fallen by half since 2010, from 9,000 offences to 4,500.',
    'There was a threefold rise in complaints, from 150 to 450.',
    'The price of a loaf has risen by two-thirds, from £1.20 to £2.',
    'Numbers shrank by a fifth to 8,000 from 10,000.',
    # MT doubled
    'The number of the applications has itself within a year tripled, from 2,000 to 6,100.',
    # "by a factor of", "-fold" nouns, lakh crore, table rows in units, points after "against", "in the week to", "almost doubled"
    'Sales grew by a factor of 2.5 to $500m from $200m.',
    'The company reported a 3.5-fold increase in profit to $350m from $100m.',
    'Assets climbed to Rs 1.4 lakh crore from Rs 1.1 lakh crore, up 27%.',
    'Headcount | 12,400 | 11,900 | +500',
    'The jobless rate rose 0.2 points to 5.1% in May, against 4.3% a year earlier.',
    'The harvest increased by 1.7 times compared with last year and reached 3.1 million tonnes against 1.8 million tonnes.',
    'Claims fell to 210,000 in the week to March 4 from 260,000 the week before, a drop of 19%.',
    'Output has almost doubled since 2015, from 1.1 million to 2.1 million cars.',
    'Output has nearly doubled since 2015, from 1.1 million to 1.9 million cars.',
    'Costs have nearly halved, from $10m to $6m.',
    'Sales have grown two and a half times, from 40,000 to 100,000.',
    # traps for round 2
    'The team scored 41 points, 12% more than in the previous game, when it played 38 minutes.',
    'The firm sold 4,000 cars, 5% more than in 2019, when it sold 3,800.',
    'Applications rose 4% and reached 1,040, against a target of 1,000.',
    'Prices fell 2% and reached $1,200 an ounce, against $1,300 expected by analysts.',
    'Almost doubled in size, the fleet now has 40 ships, from 22 in 2015.',
    'Output has nearly tripled since 2015, from 1.1 million to 2.9 million cars.',
    'The cost has almost halved, from $900 to $500.',
    'Rents rose by a factor of two in a decade, from £600 to £1,250.',
    'The yield rose 20 basis points to 4.5%, against 4.1% a month ago.',
    'The jobless rate was 4.5%, against 4.1% a year earlier, an increase of 0.4 points.',
    'Turnout rose to 71% from 58%, up 13 points, against 65% in the rest of the country.',
    # the start in brackets after "from a year earlier", the change in brackets after the end
    'Sales were 4.6 trillion yen, up 7% from a year earlier (4.3 trillion yen).',
    'Revenue of $4.2bn (+8%) compared with $3.9bn a year earlier.',
    # multiplied and divided
    'The number of start-ups was multiplied by 2.5, from 400 to 1,000.',
    'Waiting lists were divided by three, from 900 cases to 300 cases.',
    'Sales rose sevenfold to 7,000 from 1,000.',
    # milliards
    'Exports rose 8% to 4.2 mld euros from 3.9 mld euros.',
    # traps: brackets, multiplied, milliards
    'Revenue of $4.2bn (+15% in constant currency) compared with $3.9bn a year earlier.',
    'Sales were 4.6 trillion yen, up 15% from a year earlier (adjusted: 4.0 trillion yen).',
    'Sales were 4.6 trillion yen, up 7% from a year earlier (4.3 trillion yen).',
    'Profit of €1.2bn (+20% organic) compared with €1.1bn.',
    'The dose is multiplied by 2.5 for adults, from 40 mg to 100 mg.',
    'Output rose tenfold to 10,000 from 1,000 in a decade.',
    'Output rose ten-fold to 10,000 from 1,000 in a decade.',
]


@pytest.mark.parametrize(("rule", "text"), cases_by_rule(BAD))
def test_bad_change_is_flagged_by_its_rule(rule: str, text: str) -> None:
    assert rules_flagging(text, "quantity") == {rule}, text


@pytest.mark.parametrize("text", GOOD)
def test_good_change_passes(text: str) -> None:
    assert lint(text, "quantity") == []
