"""Quantity constructions of issue 14, session 4: families of wordings, not sentences of a set.

Each group is one family (what tells shares of one whole apart, how a part points back to its
whole, a translated word order), written in several members (wire, broadsheet, explainer,
translated copy) with traps beside it that must pass: the same wording with right figures, and real
copy that looks alike (overlapping brackets, other places, appositive subsets, spans of time). A
line starting "@YYYY-MM-DD " gives the article date. Every bad sentence is flagged by the named rule
and by no other quantity or relative-date rule; every good one by none.
"""

from __future__ import annotations

import pytest

from conftest import rules_flagging

SELECT = "quantity,dates/relative-date-mismatch"

BAD: list[tuple[str, str]] = [
    # C1 shares of one scale's brackets (ages, incomes, durations)
    ('quantity/shares-sum', 'Of the 412 patients admitted last year, 62 percent were over 65, 31 percent between 40 and 65, and 12 percent under 40.'),
    ('quantity/shares-sum', 'Among the respondents, 40% earn less than $30,000 a year, 45% between $30,000 and $80,000 and 20% more than $80,000.'),
    ('quantity/shares-sum', "Some 35 per cent of the island's residents are under 18, 55 per cent are aged 18 to 64 and 15 per cent are 65 or older."),
    ('quantity/shares-sum', 'Of the commuters surveyed, 42% travel more than an hour, 38% between 30 minutes and an hour, and 25% less than 30 minutes.'),
    ('quantity/shares-sum', 'The fleet is ageing: 48 pct of the aircraft are older than 20 years, 37 pct between 10 and 20 years old and 21 pct younger than 10 years.'),
    ('quantity/shares-sum', 'Of the 900 farms, 30 percent have fewer than 10 hectares, 50 percent 10 to 50 hectares and 25 percent more than 50 hectares.'),
    # C2 gapped vote lists with a circumstance and compound subjects
    ('quantity/shares-sum', "The ruling party won 46% of the vote in Sunday's parliamentary election, the opposition 38% and smaller parties and independents 21%."),
    ('quantity/shares-sum', 'The Social Democrats took 34 percent in the first round of the presidential election, the conservatives 31 percent and the Greens and the Left 40 percent.'),
    ('quantity/shares-sum', 'Mayor Ortiz won 52% of the ballots cast at the weekend, his challenger 41% and write-in candidates 9%.'),
    ('quantity/shares-sum', "The incumbent secured 58 per cent of the vote in Tuesday's runoff, while the challenger took 45 per cent."),
    # D1 a part pointing back with "of them", "of these", "of those" inside the sentence
    ('quantity/part-exceeds-whole', 'Aerolinea Sur had planned 1,200 departures over the two days of the strike and said it cancelled 1,340 of them.'),
    ('quantity/part-exceeds-whole', 'The ministry ordered 500 new buses last year but has so far received 640 of them.'),
    ('quantity/part-exceeds-whole', 'Inspectors checked 75 restaurants in the old town and closed 90 of those for hygiene failures.'),
    ('quantity/part-exceeds-whole', 'The club sold 12,000 season tickets this summer and says 14,500 of these have already been collected.'),
    ('quantity/part-exceeds-whole', 'The charity trained 300 volunteers in March and later deployed 420 of them to the flood zone.'),
    # D2 whole first: a participle before the count, "In the", "Among the" in translated copy
    ('quantity/part-exceeds-whole', 'In the surveyed 300 small and medium enterprises, 180 enterprises plan to expand hiring next year and 140 enterprises will keep staff unchanged.'),
    ('quantity/part-exceeds-whole', 'Among the 1,000 polled households, 620 households said they would buy a car and 450 households said they would not.'),
    ('quantity/part-exceeds-whole', 'Of the interviewed 500 students, 320 students want to study abroad and 240 students want to stay.'),
    ('quantity/part-exceeds-whole', 'In the 120 inspected factories, there were 80 factories meeting the standard and 55 factories failing it.'),
    # A1 German verb-final order (machine translated)
    ('quantity/percent-change', 'The number of the registered unemployed has itself in the past five years from 240,000 on 180,000 reduced and has itself thereby halved.'),
    ('quantity/percent-change', 'The turnover of the firm has itself in the year 2025 from 80 million on 120 million euros increased and thereby doubled.'),
    ('quantity/percent-change', 'The number of the overnight stays rose from 1.2 million on 1.5 million and has itself thereby by 40 percent increased.'),
    ('quantity/percent-change', 'The export volume has from 500,000 on 450,000 tonnes decreased, which a decline of 20 percent corresponds.'),
]

GOOD: list[str] = [
    # C1 shares of one scale's brackets (ages, incomes, durations)
    'Of the 412 patients admitted last year, 62 percent were over 65, 26 percent between 40 and 65, and 12 percent under 40.',
    'Some 70% of adults are over 30 and 45% are over 50.',
    'Of the workers, 62 percent were over 30 and 55 percent under 50.',
    'Unemployment was over 10% in the north, between 5% and 10% in the centre and under 5% in the south.',
    'Of the patients, 62 percent were over 65 and 58 percent had diabetes.',
    'About 60 percent of voters under 30 backed him, against 45 percent of those over 65.',
    'Inflation stayed above 5% in 2023, fell to 3% in 2024 and below 2% in 2025.',
    'The survey found 55% of men over 40 and 48% of women over 40 were overweight.',
    # C2 gapped vote lists with a circumstance and compound subjects
    "The ruling party won 46% of the vote in Sunday's parliamentary election, the opposition 38% and smaller parties and independents 16%.",
    'Smith won 46% of the vote in Ohio, Jones 58% in Texas.',
    'The party won 38% of the vote in the first round, and 55% in the second.',
    "The ruling party won 46% of the vote in Sunday's election, up from 40%, and the opposition 38%, down from 50%.",
    'Labour won 40% of the vote in 2019, the Conservatives 44% in 2017 and 43% in 2024.',
    # D1 a part pointing back with "of them", "of these", "of those" inside the sentence
    'Aerolinea Sur had planned 1,200 departures over the two days of the strike and said it cancelled 940 of them.',
    'New jobs were created in 14 states, 2,000 of them in Ohio.',
    'Homes were destroyed across three counties, 400 of them in Harlan.',
    'The storm hit 12 towns and left 3,000 people homeless, 1,800 of them children.',
    'The company has 40 stores and 2,500 workers, 1,900 of them in the capital.',
    'Over the two days police made 30 arrests, 25 of them for public disorder.',
    'The airline cancelled flights on 3 routes, 120 of them on the Madrid route.',
    # D2 whole first: a participle before the count, "In the", "Among the" in translated copy
    'In the surveyed 300 small and medium enterprises, 180 enterprises plan to expand hiring next year and 120 enterprises will keep staff unchanged.',
    'In the 12 months to June, 300 firms went bankrupt and 250 were founded.',
    'In the 50 states, 3,000 laws were passed and 2,000 repealed.',
    'In the 27 countries of the union, 450 million people live and 200 million work.',
    'In the three games he played, 5 goals were scored and 4 conceded.',
    # A1 German verb-final order (machine translated)
    'The number of the registered unemployed has itself in the past five years from 240,000 on 120,000 reduced and has itself thereby halved.',
    'The turnover has itself from 80 million on 160 million euros increased and thereby doubled.',
    'The number of the overnight stays rose from 1.2 million on 1.5 million and has itself thereby by 25 percent increased.',
]


def found(text: str) -> set[str]:
    return rules_flagging(text, SELECT)


@pytest.mark.parametrize(("rule", "text"), BAD, ids=[f"{rule.split('/')[1]}-{n}" for n, (rule, _) in enumerate(BAD, 1)])
def test_family_member_is_flagged_by_its_rule(rule: str, text: str) -> None:
    assert found(text) == {rule}, text


@pytest.mark.parametrize("text", GOOD, ids=[f"good-{n}" for n in range(1, len(GOOD) + 1)])
def test_trap_passes(text: str) -> None:
    assert found(text) == set(), text
