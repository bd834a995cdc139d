"""Change statements in the constructions of issue 14 (session 6): bullets and report lines, translated
German word order, the change stated first, change nouns carrying the figures, multipliers in figures
("2.5 times", "3.5-fold"), currency codes and industry units; written for the constructions, in wire,
broadsheet, brief and machine-translated styles, each with its traps.

Every bad sentence is flagged by the named rule and by no other quantity rule; every good one by none.
"""

from __future__ import annotations

import pytest

from conftest import cases_by_rule, lint, rules_flagging

BAD = {
    'quantity/percent-change': [
        # a multiplier in figures: the end is N times the start
        'Exports grew 2.5 times to $900m from $200m.',
        'The fleet grew 3.5-fold to 70 aircraft from 40.',
        'Sales jumped 4.5 times, from 100,000 to 200,000 units.',
        'Costs rose 1.5 times to 45 billion roubles from 20 billion roubles.',
        'Output decreased 2.5 times, from 500,000 tonnes to 300,000 tonnes.',
        'Output fell threefold from 3 million tonnes to 2 million tonnes.',
        # bullets and tables
        'Revenue: $4.2bn (2023: $3.9bn), +15%',
        '* Net profit: EUR 1.1 billion (previous year: EUR 0.9 billion), up 45%',
        '- Operating income: 640 million francs (2022: 500 million francs), +12 percent',
        'Order intake: SEK 12.4bn (SEK 10.1bn), +31%',
        'Sales 2024: $5.5m; 2023: $5.0m; change: +20%',
        # German MT order
        'The turnover has in the past year by 20 percent to 3.6 billion euros risen, after 3.2 billion euros in the previous year.',
        'The number of visitors is by 30 percent to 1.3 million gone up, compared to 1.2 million the year before.',
        'Exports are from 40 billion euros by 25 percent to 45 billion euros risen.',
        'The profit has itself by 40 percent from 2.5 million to 3.1 million euros increased.',
        # change stated first
        'The group reported a 15% rise in annual net profit to $4.6bn from $3.6bn.',
        'It posted a 9% drop in quarterly revenue to 2.1 billion yuan, from 2.6 billion yuan a year earlier.',
        'A 40 per cent surge took the bill to £14m from £11m.',
        # change noun carrying figures
        'The figures show an increase of 15% from 200,000 to 260,000.',
        'There was a decline of 12 percent in sales from $50 million to $40 million last year.',
        'The data showed a rise of 9 per cent, from 1.1 million to 1.4 million passengers.',
        # multipliers in words
        'The company tripled its profit to $500 million from $300 million.',
        # currency codes
        'Net sales rose 25% to SEK 4.2bn from SEK 3.8bn.',
        'Profit rose 30 percent to CHF 1.3 billion from CHF 1.2 billion.',
        'Turnover climbed 15% to HK$3.9 billion from HK$3.7 billion.',
        'The price rose 50% to R$ 6 from R$ 5.',
        'Revenue fell 20% to NOK 900 million from NOK 1.25 billion.',
        'Sales rose 25 pct to 4.2 bln Swiss francs from 3.8 bln.',
        # bcm bcf t/ha
        'Gas output rose 20% to 13 bcm from 12 bcm.',
        'Exports climbed 30 percent to 5.2 bcf a day from 4.7 bcf a day.',
        'Yields rose 25% to 3.1 t/ha from 2.8 t/ha.',
        'Gas flows fell 30% to 40 billion cubic metres from 50 billion cubic metres.',
        # report lines
        'Revenue: $3.6bn (2023: $3.9bn), -15%',
        '2023: $5.0m; 2024: $5.5m; change: +20%',
        'Sales $4.2bn vs $3.9bn (+18%)',
        'Quarterly earnings were 70.2 mln dlrs (a year earlier: 54.0 mln dlrs), +50%.',
        'Group sales came to SEK 8.1bn (same period of last year: SEK 7.4bn), +19%.',
        # tables
        'Revenue (EUR mln) | 1,248 | 1,176 | +9.1%',
        # Chinese order translated word for word
        'The province export value reached 96.4 billion yuan, compared with last year same period grew 18%, last year same period was 88.1 billion yuan.',
        # multipliers in words with a participle
        'Prices have tripled since 2010, climbing from 182,000 to 436,000 pounds.',
    ],
    'quantity/percentage-points': [
        # Turkish order
        "Annual inflation September month's 48.6 percent level from 44.2 percent to fell, thus 4.4 percent decreased.",
    ],
    'quantity/direction-mismatch': [
        'Exports in October 23.8 billion dollars level from 21.3 billion dollars to rose.',
    ],
}

GOOD = [
    # a multiplier in figures is no change in units ("grew 2.5 times" is x2.5, not +2.5)
    'Exports grew 2.5 times to $500m from $200m.',
    'Exports grew by 2.5 times to $500m from $200m.',
    'Exports increased 2.5 times, from $200m to $500m.',
    'Sales jumped 4.5 times, from 100,000 to 450,000 units.',
    'Costs rose 1.5 times to 30 billion roubles from 20 billion roubles.',
    'The fleet grew 3.5-fold to 70 aircraft from 20.',
    'Prices rose 2.5-fold in a year, from 40 to 100 rubles.',
    'Output decreased 2.5 times, from 500,000 tonnes to 200,000 tonnes.',
    'Output fell threefold from 3 million tonnes to 1 million tonnes.',
    'Revenue grew more than 2.5 times to 8 billion rubles from 3 billion rubles.',
    # "three times" counting occasions, not a multiplier
    'The central bank raised its key rate three times this year, to 5.25% from 4.5%.',
    'The index rose three times in a row, to 1,250 from 1,180.',
    # bullets and tables
    'Revenue: $4.2bn (2023: $3.9bn), +8%',
    '* Net profit: EUR 1.1 billion (previous year: EUR 0.9 billion), up 22%',
    '- Operating income: 640 million francs (2022: 500 million francs), +28 percent',
    'Order intake: SEK 12.4bn (SEK 10.1bn), +23%',
    # German MT order
    'The turnover has in the past year by 12.5 percent to 3.6 billion euros risen, after 3.2 billion euros in the previous year.',
    'The number of visitors is by 8 percent to 1.3 million gone up, compared to 1.2 million the year before.',
    'The profit has itself by 24 percent from 2.5 million to 3.1 million euros increased.',
    # change stated first
    'The group reported a 28% rise in annual net profit to $4.6bn from $3.6bn.',
    'It posted a 19% drop in quarterly revenue to 2.1 billion yuan, from 2.6 billion yuan a year earlier.',
    # change noun carrying figures
    'The figures show an increase of 30% from 200,000 to 260,000.',
    'There was a decline of 20 percent in sales from $50 million to $40 million last year.',
    'The company tripled its profit to $900 million from $300 million.',
    'Revenue grew twofold to 8 billion rubles from 4 billion rubles.',
    # currency codes
    'Net sales rose 10% to SEK 4.2bn from SEK 3.8bn.',
    'Profit rose 8 percent to CHF 1.3 billion from CHF 1.2 billion.',
    'Turnover climbed 5% to HK$3.9 billion from HK$3.7 billion.',
    'The price rose 20% to R$ 6 from R$ 5.',
    'Fares rose 20% to R$ 6 from R$ 5, while the wage rose 10% to R$ 1,500.',
    'Revenue fell 28% to NOK 900 million from NOK 1.25 billion.',
    # bcm bcf t/ha
    'Gas output rose 8% to 13 bcm from 12 bcm.',
    'Exports climbed 10.6 percent to 5.2 bcf a day from 4.7 bcf a day.',
    'Yields rose 11% to 3.1 t/ha from 2.8 t/ha.',
    # report lines: traps
    'Revenue: $4.2bn ($3.9bn excluding items), up 15% on a comparable basis.',
    'Revenue: $4.2bn (2023: $3.9bn), +15% in constant currency',
    'Revenue: $4.2bn (2023: $3.9bn), +15% organic',
    'Revenue: $4.2bn (about €3.9bn), +15%',
    'Quarterly earnings were 70.2 mln dlrs (a year earlier: 54.0 mln dlrs), +30%.',
    'Quarterly earnings were 70.2 mln dlrs (adjusted: 54.0 mln dlrs), +50%.',
    'Net debt: $4.2bn (2023: $3.9bn), -15% of equity',
    'Operating margin: 12.5% (2023: 11.9%), +0.6 pp',
    'Revenue: $3.6bn (2023: $3.9bn), -8%',
    '2023: $5.0m; 2024: $5.5m; change: +10%',
    'Sales $4.2bn vs $3.9bn (+8%)',
    'The plant employs 1,200 people (2019: 900), 40% of them women.',
    'Profit was $4.2bn (2023: $3.9bn), 15% of sales.',
    'Shares of Acme closed at $42.10 (up 3%), while the index was 1,234 (-0.5%).',
    'The company sold 4,000 cars (3,900 in 2023) and 200 trucks, up 5%.',
    # tables: traps
    'Revenue (EUR mln) | 1,248 | 1,176 | +6.1%',
    'Revenue (EUR mln) | 1,176 | 1,248 | +6.1%',
    'Operating margin | 11.4% | 10.0% | +1.4 pts',
    'Q2 2025 | 612 | 41',
    'Headcount | 12,400 | 11,900 | +500',
    # German order: traps
    'Sales have by 12.5 percent to 3.6 billion euros risen, after 3.2 billion euros.',
    'The price rose by 20 percent to 45 euros, after 10 days of talks.',
    'The team has by 20 percent to 45 points improved after 10 games.',
    'Exports are from 40 billion euros by 12.5 percent to 45 billion euros risen.',
    # Chinese order: traps
    'The export total value reached 318.6 billion yuan, compared with last year same period grew 5.7%, last year same period was 301.4 billion yuan.',
    'Output reached 3.2 million tonnes, compared with the plan grew 5%, while imports were 1.1 million tonnes.',
    # Turkish order
    "Annual inflation September month's 48.6 percent level from 44.2 percent to fell, thus 4.4 points decreased.",
    'Unemployment rate in September 8.6 percent from 9.1 percent to rose, 0.5 points increase recorded.',
    # multipliers in words with a participle
    'Prices have tripled since 2010, climbing from 145,000 to 436,000 pounds.',
    'Bids reached 3.1 billion euros, 2.5 times the 1.25 billion euros on offer.',
    'The bond was 3.2 times oversubscribed, with orders of 16 billion from 5 billion on offer.',
]


@pytest.mark.parametrize(("rule", "text"), cases_by_rule(BAD))
def test_bad_change_is_flagged_by_its_rule(rule: str, text: str) -> None:
    assert rules_flagging(text, "quantity") == {rule}, text


@pytest.mark.parametrize("text", GOOD)
def test_good_change_passes(text: str) -> None:
    assert lint(text, "quantity") == []
