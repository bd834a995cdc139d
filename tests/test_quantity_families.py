"""Quantity constructions of issue 14, session 3: families of wordings, not sentences of a set.

Each group is one family of constructions (the order of the figures, what stands between them, how
the whole or the relative day is named), written in several members (wire, broadsheet, translated
copy) with traps beside it that must pass: the same wording with right figures, and real copy
that looks alike. A line starting "@YYYY-MM-DD " gives the article date. Every bad sentence is
flagged by the named rule and by no other quantity or relative-date rule; every good one by none.
"""

from __future__ import annotations

import pytest

from conftest import lint

SELECT = "quantity,dates/relative-date-mismatch"

BAD: list[tuple[str, str]] = [
    # A1 time phrase between change and pair
    ('quantity/percent-change', 'Revenue at the brewery climbed 25 per cent in the year to September, from £320m to £352m.'),
    ('quantity/percent-change', 'Sales rose 30% in the 12 months to March, from $1.2bn to $1.4bn.'),
    ('quantity/percent-change', 'Exports fell 20 per cent over the past five years, from 80,000 tonnes to 72,000 tonnes.'),
    ('quantity/percent-change', 'The population grew 15% between 2010 and 2020, from 4.1 million to 4.4 million.'),
    ('quantity/percent-change', 'Membership has risen by 40 percent since 2019, from 12,000 to 14,000.'),
    ('quantity/percent-change', 'Profits jumped 50% in the first half of the year to $90 million from $75 million.'),
    ('quantity/percent-change', 'Arrivals dropped 12% in the three months to June to 410,000, from 440,000.'),
    # A2 multiplier with phrase between
    ('quantity/percent-change', 'The number of visitors has doubled in comparison with the previous year, from 1.8 million to 2.7 million persons.'),
    ('quantity/percent-change', 'Output tripled over the decade, from 200,000 to 450,000 units.'),
    ('quantity/percent-change', 'Its fleet has doubled since 2018, from 40 aircraft to 61.'),
    ('quantity/percent-change', 'Prices have halved in two years, from $80 to $52.'),
    ('quantity/percent-change', 'Sales more than doubled last year to 3.1 million from 1.8 million.'),
    # A3 neutral verbs, stated after with which represents, absolute + percent
    ('quantity/percent-change', 'The debt of the municipality passed from 850 million to 1,200 million euros between 2021 and 2025, which represents an increase of 350 million, almost 60 percent, according to the report.'),
    ('quantity/percent-change', 'Sales went from $2.0 billion to $2.6 billion, an increase of $600 million, or 40%.'),
    ('quantity/percent-change', 'Enrolment moved from 12,400 to 13,100 students, a gain of 700, or 9 per cent.'),
    ('quantity/percent-change', 'The deficit went from 3.2 billion to 2.4 billion, a reduction of 800 million, about 35 percent.'),
    ('quantity/percent-change', 'The number of tourists passed from 1.1 million in 2022 to 1.5 million in 2024, which means a growth of 55 percent.'),
    ('quantity/absolute-change', 'Sales went from $2.0 billion to $2.6 billion, an increase of $800 million, or 30%.'),
    # A4 an object between the verb and "by"
    ('quantity/absolute-change', "The council voted to cut the transit authority's operating budget by $45 million, to $310 million from $340 million."),
    ('quantity/absolute-change', 'The board raised its quarterly dividend by 20 cents to 110 cents from 95 cents.'),
    ('quantity/percent-change', 'The government lifted the national minimum wage by 12% to £11.44 an hour from £10.42.'),
    # A5 translated wording: "diminished of", "passing from", "from A on B"
    ('quantity/percent-change', 'The lists of wait for surgical interventions have diminished of a third in one year at the university hospital, passing from 9,000 patients in waiting in May 2025 to 7,500 today.'),
    ('quantity/percent-change', 'The number of accidents at unsecured railway crossings has itself in the past year halved, from 412 on 260, the ministry communicated.'),
    ('quantity/percent-change', 'The unemployment in the region diminished of 15 percent in one year, passing from 42,000 to 39,000 persons.'),
    # D1 whole-first leads (possessive, MT "On the", "From the"), long gap, number words
    ('quantity/part-exceeds-whole', "Of the plant's 850 employees, about 1,100 will lose their jobs, the company said."),
    ('quantity/part-exceeds-whole', "Of the company's 1,200 staff, some 1,450 have signed the petition."),
    ('quantity/part-exceeds-whole', 'Of the two thousand residents evacuated in the first night, some three thousand have since returned, officials said.'),
    ('quantity/part-exceeds-whole', 'Of the 300 families moved out of the flooded valley last spring, 340 have now come back.'),
    ('quantity/part-exceeds-whole', 'On the 577 seats of the National Assembly, 312 return to the left bloc and 281 to the central coalition.'),
    ('quantity/part-exceeds-whole', 'From the 240 candidates presented by the parties, 150 were elected and 120 were eliminated.'),
    ('quantity/part-exceeds-whole', "Of the region's twelve hospitals, fifteen reported shortages."),
    # D2 the whole in the sentence before, "Of these"/"From these", "the remaining"
    ('quantity/part-exceeds-whole', 'The municipality received 640 complaints from residents of the centre in the first quarter. Of these, 410 concerned noise from the bars at night and the remaining 275 were about parking.'),
    ('quantity/part-exceeds-whole', 'The office received 3,400 asylum requests last year. From these, 2,100 were approved and 1,900 were rejected, while the remaining cases are still under examination.'),
    ('quantity/part-exceeds-whole', 'The inspectors visited 120 farms in March. Of them, 80 passed and 55 failed.'),
    ('quantity/part-exceeds-whole', 'Police stopped 900 vehicles over the weekend. Of those, 600 were cars, 250 were vans and the remaining 150 were lorries.'),
    # D3 the part after the whole through "among them", "of whom", "of which"
    ('quantity/part-exceeds-whole', 'The province inspected 56 food production enterprises this year, among them 61 enterprises had problems of different degree.'),
    ('quantity/part-exceeds-whole', 'The hospital treated 40 patients, of whom 52 were children.'),
    ('quantity/part-exceeds-whole', 'Customs seized 300 containers, of which 320 held counterfeit goods.'),
    # D4 the whole after the part
    ('quantity/part-exceeds-whole', 'The ministry says 3,400 schools have now been connected to gigabit broadband, of the 3,150 state schools in the region.'),
    ('quantity/part-exceeds-whole', 'Some 210 villages now have running water, out of the 180 villages in the district.'),
    # corpus false alarms of the first version
    ('quantity/part-exceeds-whole', 'The town hall received 640 complaints in the first trimester. Of these, 410 regarded the noise of the bars in the night and the remaining 275 were for the parking.'),
]

GOOD: list[str] = [
    # A1 time phrase between change and pair
    'Revenue climbed 10 per cent in the year to September, from £320m to £352m.',
    'Exports fell 10 per cent over the past five years, from 80,000 tonnes to 72,000 tonnes.',
    'Membership has risen by about 17 percent since 2019, from 12,000 to 14,000.',
    'Sales rose 25% in the year to March, while profit went from $10m to $11m.',
    # A2 multiplier with phrase between
    'Output tripled over the decade, from 150,000 to 450,000 units.',
    'Its fleet has doubled since 2018, from 40 aircraft to 81.',
    # A3 neutral verbs, stated after with which represents, absolute + percent
    'Sales went from $2.0 billion to $2.6 billion, an increase of $600 million, or 30%.',
    'The debt passed from 850 million to 1,200 million euros between 2021 and 2025, which represents an increase of 350 million, some 41 percent.',
    # A4 an object between the verb and "by"
    "The council voted to cut the transit authority's operating budget by $30 million, to $310 million from $340 million.",
    'The board raised its quarterly dividend by 15 cents to 110 cents from 95 cents.',
    # A5 translated wording: "diminished of", "passing from", "from A on B"
    'The lists of wait have diminished of a sixth in one year, passing from 9,000 patients in waiting in May 2025 to 7,500 today.',
    'The number of accidents has itself in the past year halved, from 412 on 206.',
    # D1 whole-first leads (possessive, MT "On the", "From the"), long gap, number words
    "Of the plant's 850 employees, about 600 will lose their jobs, the company said.",
    'Of the two thousand residents evacuated in the first night, some fifteen hundred have since returned.',
    'On the 577 seats of the National Assembly, 312 return to the left bloc and 245 to the central coalition.',
    'From the 1990s, 300 factories closed.',
    'On the 12 occasions he played, 15 goals were scored.',
    # D2 the whole in the sentence before, "Of these"/"From these", "the remaining"
    'The municipality received 640 complaints from residents of the centre in the first quarter. Of these, 410 concerned noise from the bars at night and the remaining 230 were about parking.',
    'The office received 3,400 asylum requests last year. From these, 2,100 were approved and 900 were rejected, while the remaining cases are still under examination.',
    'The inspectors visited 120 farms in 14 districts. Of these, 80 passed and 35 failed.',
    'The bank has 12 branches and 900 staff. Of these, 600 work in the capital and 200 in the north.',
    # D3 the part after the whole through "among them", "of whom", "of which"
    'The hospital treated 40 patients, of whom 22 were children.',
    'The province inspected 56 food production enterprises, among them 9 with serious violations.',
    'A rise of 500 jobs, 320 of them in Ohio, was reported.',
    # D4 the whole after the part
    'The ministry says 3,400 schools have now been connected to gigabit broadband, of the 4,150 state schools in the region.',
    "Some 210 villages now have running water, out of the 180 in the plan's first phase, officials said.",
    # corpus false alarms of the first version
    'Apart from the three missing Marines, 23 other personnel aboard the aircraft had been rescued.',
    'Of the 12 defendants, 11 are charged with conspiracy to commit computer crimes, eight counts of aggravated identity theft and conspiracy to launder money.',
    'Of the 40 passengers, 30 were rescued and 25 other people were still missing.',
]


def found(text: str) -> set[str]:
    """Rules flagging ``text``; a leading ``@YYYY-MM-DD `` is the article date."""
    when = None
    if text.startswith("@"):
        when, text = text[1:].split(" ", 1)
    return set(lint(text, SELECT, article_date=when, show="{rule}"))


@pytest.mark.parametrize(("rule", "text"), BAD, ids=[f"{rule.split('/')[1]}-{n}" for n, (rule, _) in enumerate(BAD, 1)])
def test_family_member_is_flagged_by_its_rule(rule: str, text: str) -> None:
    assert found(text) == {rule}, text


@pytest.mark.parametrize("text", GOOD, ids=[f"good-{n}" for n in range(1, len(GOOD) + 1)])
def test_trap_passes(text: str) -> None:
    assert found(text) == set(), text
