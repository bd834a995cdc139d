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
    # C1 more brackets
    ('quantity/shares-sum', 'Nearly 45 percent of the borrowers owe less than $10,000, 40 percent owe between $10,000 and $50,000 and 22 percent owe more than $50,000.'),
    ('quantity/shares-sum', 'The census found that 28% of households have one member, 51% two to four members and 26% five or more.'),
    ('quantity/shares-sum', 'Among the new recruits, 55 percent were aged under 25, 38 percent 25 to 34 and 12 percent 35 or over.'),
    # C2 more gapped votes
    ('quantity/shares-sum', 'In the referendum on Sunday the yes side took 54 per cent, the no side 43 per cent and blank and spoiled ballots 6 per cent.'),
    ('quantity/shares-sum', 'President Kato received 49.5% of the votes in the first round on Sunday, former premier Ueda 37.2% and the remaining candidates 15.1%.'),
    # C3 a list closed by an unnumbered rest
    ('quantity/shares-sum', 'Of the questioned pupils are 47 percent boys and 56 percent girls, the rest gave no indication.'),
    ('quantity/shares-sum', 'Among the passengers, 62 percent were tourists and 41 percent business travellers; the remainder were crew.'),
    # C4 a bare list whose split is named in the sentence before
    ('quantity/shares-sum', 'Where did the power come from? Coal 38%, gas 31%, wind and solar 27%, nuclear 9%, according to the grid operator.'),
    ('quantity/shares-sum', 'The energy mix last year: oil 44%, gas 33%, coal 18%, renewables 12%.'),
    # D3 a whole as an adjective, its parts listed after a colon or a verb of composition
    ('quantity/part-exceeds-whole', 'The 26-man squad: 3 goalkeepers, 10 defenders, 9 midfielders and 7 forwards.'),
    ('quantity/part-exceeds-whole', 'The nine-member commission is made up of four judges, three lawyers and three academics.'),
    ('quantity/part-exceeds-whole', 'Its 40-seat council consists of 22 Liberals, 15 Conservatives and 6 independents.'),
    # D4 two parts after a whole in the sentence before ("others", "the rest", "another")
    ('quantity/part-exceeds-whole', 'The ferry was carrying 148 passengers when it capsized. Rescuers pulled 97 people from the water, while 63 others remain missing.'),
    # A2 a statement interrupted by a clause
    ('quantity/percent-change', 'The waiting list, which stood at 2,300 names in 2019, when the scheme was last reviewed, has since doubled, reaching 3,900 this year.'),
    ('quantity/percent-change', 'Membership - which was 12,000 in 2015 - has since tripled to 30,000.'),
    ('quantity/percent-change', 'The backlog, which numbered 8,000 cases two years ago, has fallen by 40 percent to 6,000.'),
    # A3 more translated verb-final and "around C on B"
    ('quantity/percent-change', 'The number of the births is in the year 2025 around 12 percent on 640,000 sunk, after 690,000 in the previous year.'),
    ('quantity/percent-change', 'The sales have themselves in the first half-year from 4.0 billion on 5.0 billion euros increased, which a plus of 20 percent corresponds.'),
    # A4 other change orders
    ('quantity/percent-change', 'Imports of steel were 4.5 million tonnes last year against 3.0 million tonnes in 2023, a rise of 30%.'),
    ('quantity/percent-change', 'Compared to 820,000 a year ago, the harvest of 1.1 million tonnes marks a 20% rise.'),
    ('quantity/percent-change', 'From a low of 1,500 in 2021, sales have since tripled to 3,000.'),
    # D5 other part-whole shapes
    ('quantity/part-exceeds-whole', 'Of the 60 senators, 35 voted for the bill, 28 against it and two abstained.'),
    ('quantity/part-exceeds-whole', 'The orchestra has 85 musicians; 60 of them are women and 40 are men.'),
    # E majority of a count and of a share
    ('quantity/majority-below-half', 'A majority of the council, 7 of the 16 members, backed the plan.'),
    ('quantity/majority-below-half', 'Most of the 30 clubs - 12 in all - have signed the agreement.'),
    ('quantity/majority-below-half', 'More than half of the 2,400 nurses surveyed, 1,050, said they planned to leave.'),
    ('quantity/majority-below-half', 'The bulk of the aid, 40 percent, went to food.'),
    # F relative days and weekdays
    ('dates/relative-date-mismatch', '@2026-03-18 The minister resigned yesterday, March 15, after the vote.'),
    ('dates/relative-date-mismatch', '@2026-03-18 The summit opens next Monday, March 30.'),
    ('dates/relative-date-mismatch', '@2026-03-18 Police said the attack happened last Saturday, March 7.'),
    # c
    ('quantity/shares-sum', 'Of the 1,200 applicants, 38 percent were younger than 25, 44 percent were between 25 and 40 and 23 percent were older than 40.'),
    ('quantity/shares-sum', "Roughly 55% of the region's electricity now comes from wind, 30% from gas, and 20% from imports."),
    ('quantity/shares-sum', "The opposition bloc captured 41.2 percent in Saturday's vote, the governing alliance 39.8 percent and the nationalists and regional parties 22 percent."),
    ('quantity/shares-sum', 'In the sample, 52 per cent were women and 51 per cent men, the remainder did not say.'),
    ('quantity/shares-sum', 'Where does the money go? Salaries 60%, buildings 25%, equipment 20%.'),
    # d
    ('quantity/part-exceeds-whole', 'Of the 36 teams entered, 20 reached the knockout stage and 18 were eliminated in the groups.'),
    ('quantity/part-exceeds-whole', 'The 15-strong jury is made up of eight men and nine women.'),
    ('quantity/part-exceeds-whole', 'The airline operated 430 flights on Friday and delayed 470 of them.'),
    ('quantity/part-exceeds-whole', 'Among the 88 schools inspected, 51 schools were rated good and 40 schools were rated poor.'),
    # a
    ('quantity/percent-change', 'Revenue, which had been $4.0 billion in 2022, has since risen 50% to $5.0 billion.'),
    ('quantity/percent-change', 'The jobless total - at 1.8 million a year ago - has dropped by a third to 1.5 million.'),
    ('quantity/percent-change', 'Exports have itself in the past year from 12 billion on 15 billion dollars increased and thereby by 40 percent grown.'),
    ('quantity/percent-change', 'From 2.4 million in 2019, passenger numbers have since halved to 1.5 million.'),
    # e
    ('quantity/majority-below-half', 'Most of the 120 nurses who responded, 52 in all, said they were exhausted.'),
    ('quantity/majority-below-half', 'A majority of respondents, 44 percent, backed the plan.'),
    # f
    ('dates/relative-date-mismatch', '@2026-04-10 The vote took place last week, on April 9.'),
    # e
    ('quantity/majority-below-half', 'Most voters in the district, 43 per cent according to the exit poll, chose the independent.'),
    ('quantity/majority-below-half', "The lion's share of the budget - some 38 percent - is spent on salaries."),
    ('quantity/majority-below-half', 'A clear majority of the 540 delegates, 251, voted to expel him.'),
    ('quantity/majority-below-half', 'More than half of the loans, worth 41 percent of the portfolio, are in arrears.'),
    ('quantity/minority-above-half', 'Less than half of the students, 62 percent, passed the exam.'),
    # f
    ('dates/relative-date-mismatch', '@2026-05-14 Two days ago, on May 10, the council approved the plan.'),
    ('dates/relative-date-mismatch', '@2026-05-14 Earlier this month, on April 28, the company announced the cuts.'),
    # d
    ('quantity/part-exceeds-whole', "Just 14 of the country's 12 regional governors attended."),
    # a
    ('quantity/percent-change', 'Sales in China slid 18% year on year to 2.1 million vehicles, having stood at 2.8 million in the same period last year.'),
    ('quantity/percent-change', 'The price of a barrel went from $60 at the start of the year to $90 in June - a gain of 30 per cent.'),
    # C5 one question's answers after one predicate
    ('quantity/shares-sum', 'Asked how often they shop online, 40 percent said weekly, 35 percent said monthly, and 30 percent said rarely or never.'),
    # E2 "more than the half" (translated), a participle after the whole
    ('quantity/majority-below-half', 'More than the half of the households interrogated, that is 47%, declare to have limited their heating.'),
    ('quantity/majority-below-half', 'Over the half of the pupils questioned, or 44 percent, said they feel unsafe.'),
    # A5 the start in a set-off clause with any verb "at", then verb, end and stated change
    ('quantity/absolute-change', 'Turnout, which had languished at 58 percent in the 2021 contest, climbed to 71 percent this time, a rise of nine percentage points.'),
    ('quantity/absolute-change', 'Unemployment, which peaked at 9.5% in 2021, fell to 6.1% last year, a drop of 2.4 points.'),
    ('quantity/percent-change', 'The index, which stood at 120 in January, rose to 150 by June, an increase of 20 percent.'),
    # D6 a part on a modifier whole ("seats on the 21-member council")
    ('quantity/part-exceeds-whole', 'Independent candidates took twenty-three seats on the twenty-one-member council.'),
    ('quantity/part-exceeds-whole', 'The opposition now holds 14 places on the 12-member board.'),
    ('quantity/part-exceeds-whole', 'Rebels won 320 seats in the 300-seat parliament.'),
    # D4 one sentence a line (wire copy): the whole on the line before
    ('quantity/part-exceeds-whole', 'JAKARTA, March 30 - A ferry carrying 148 passengers and crew capsized in heavy seas off the coast on Monday, officials said.\nRescuers had pulled 97 people from the water by evening, while 63 others remain missing.'),
    # F2 a rolling span back from the article date ("the past month", "the last week")
    ('dates/relative-date-mismatch', '@2025-09-03 The floods of the past month, that on the 14 of July devastated the comarca, left hundreds homeless.'),
    ('dates/relative-date-mismatch', '@2026-03-20 Prices jumped in the past week, on March 6, after the announcement.'),
    ('dates/relative-date-mismatch', '@2026-03-20 The storms of the last fortnight, on February 27, cut power to thousands.'),
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
    # D1 traps from the corpus (allsides, bbc): the whole itself, a pronoun "one", "those" with a noun
    'The image is similar to a wider photograph of the same man alongside two other men, all three of them pushing luggage carts.',
    'Her son has autism, and over three years, from 2013 to 2016, she got 437 of those letters.',
    'He wondered, if one GameBoy can make music, what would happen if he put six of them together?',
    'In India, a democracy, but one led by a populist, the mood is changing. All three of them face protests.',
    # C1 more brackets
    'Nearly 45 percent of the borrowers owe less than $10,000, 40 percent owe between $10,000 and $50,000 and 15 percent owe more than $50,000.',
    'About 80% of the staff earn more than $40,000 and 35% more than $90,000.',
    'Of the runners, 60% finished in under four hours and 70% in under five.',
    # C2 more gapped votes
    'President Kato received 49.5% of the votes in the first round on Sunday, former premier Ueda 37.2% and the remaining candidates 13.3%.',
    'Turnout was 71% in the capital, the north 64% and the south 58%.',
    # C3 a list closed by an unnumbered rest
    'Of the questioned pupils are 47 percent boys and 50 percent girls, the rest gave no indication.',
    'Support reached 60% in the capital and 70% in the rest of the country.',
    'Some 45% of men and 60% of women exercise weekly; the rest do not.',
    # C4 a bare list whose split is named in the sentence before
    'Where did the power come from? Coal 38%, gas 31%, wind and solar 22%, nuclear 9%, according to the grid operator.',
    'How did the parties do? Labour 34%, up 2 points; Conservatives 31%, down 4.',
    # D3 a whole as an adjective, its parts listed after a colon or a verb of composition
    'The 26-man squad: 3 goalkeepers, 9 defenders, 8 midfielders and 6 forwards.',
    'The 26-man squad includes 12 Premier League players and 18 who have played in Europe.',
    'A 300-bed hospital will be built by 2028, with 120 beds for children and 90 for intensive care.',
    # D4 two parts after a whole in the sentence before ("others", "the rest", "another")
    'The ferry was carrying 148 passengers when it capsized. Rescuers pulled 97 people from the water, while 43 others remain missing.',
    'The fire destroyed 12 homes. Firefighters evacuated 40 families, while 30 others were told to stay indoors.',
    'The plane carried 180 passengers. Another 200 were waiting at the gate.',
    # A2 a statement interrupted by a clause
    'The waiting list, which stood at 2,300 names in 2019, when the scheme was last reviewed, has since doubled, reaching 4,700 this year.',
    'Membership - which was 12,000 in 2015 - has since tripled to 36,000.',
    'The backlog, which numbered 8,000 cases two years ago, has fallen by 25 percent to 6,000.',
    # A3 more translated verb-final and "around C on B"
    'The sales have themselves in the first half-year from 4.0 billion on 5.0 billion euros increased, which a plus of 25 percent corresponds.',
    # A4 other change orders
    'Imports of steel were 4.5 million tonnes last year against 3.0 million tonnes in 2023, a rise of 50%.',
    'From a low of 1,500 in 2021, sales have since tripled to 4,500.',
    # D5 other part-whole shapes
    'Police arrested 40 protesters, and 25 of those arrested were later charged.',
    'The orchestra has 85 musicians; 45 of them are women and 40 are men.',
    'Of the 60 senators, 35 voted for the bill, 23 against it and two abstained.',
    # E majority of a count and of a share
    'A majority of the council, 9 of the 16 members, backed the plan.',
    'More than half of the 2,400 nurses surveyed, 1,350, said they planned to leave.',
    'Most of the 30 clubs have signed, and 12 more are expected to follow.',
    # F relative days and weekdays
    '@2026-03-18 The minister resigned yesterday, March 17, after the vote.',
    '@2026-03-18 The summit opens next Monday, March 23.',
    '@2026-03-18 The hearing is scheduled for Friday, March 20.',
    # D4 traps from the corpus (allsides 00748): a part as the whole, a whole paragraphs before
    'A military official said three deaths were confirmed. Two of the dead are Malian and the other is a French national.',
    'Two of the dead are Malian. It was a long siege, and later a statement said 30 the hostages were hotel staff and the other 140 were guests.',
    # c
    "Roughly 55% of the region's electricity now comes from wind, 30% from gas, and 15% from imports.",
    'About 30% of women and 25% of men smoke; the rest have never smoked or have quit.',
    'Of the 1,200 applicants, 38 percent were younger than 25 and 70 percent younger than 40.',
    'The opposition bloc captured 41.2 percent in the capital, and the governing alliance 62 percent in the provinces.',
    'The index rose 55% in 2021, 30% in 2022 and 20% in 2023.',
    'Some 80% of drivers said they use a phone at the wheel, and 60% said they speed; the rest claimed to do neither.',
    # d
    'Of the 36 teams entered, 20 reached the knockout stage and 16 were eliminated in the groups.',
    'The airline operated 430 flights on Friday and delayed 170 of them.',
    'Fires broke out in 40 districts, 300 of them in the north.',
    'The hospital had 620 beds. Some 540 were occupied, and another 110 beds were added in tents.',
    'In the 10 years to 2024, 3,000 homes were built and 1,200 demolished.',
    'The 15-strong jury includes eight lawyers and nine people who have served before.',
    # a
    'Revenue, which had been $4.0 billion in 2022, has since risen 25% to $5.0 billion.',
    'From 2.4 million in 2019, passenger numbers have since halved to 1.2 million.',
    # e
    'A majority of respondents, 54 percent, backed the plan.',
    # f
    '@2026-04-10 The minister said on Thursday, April 9, that talks would resume.',
    '@2026-04-10 The vote took place last week, on April 1.',
    # c traps from heldout3 13: a list closed by the remaining share after another share
    'Data-centre chips made up 58 percent of sales, up from 41 percent, while smartphone chips accounted for 27 percent and other products the remaining 15 percent.',
    # e
    'Most voters in the district, 53 per cent according to the exit poll, chose the independent.',
    'A clear majority of the 540 delegates, 351, voted to expel him.',
    'The party won a majority in 2019 with 44 percent of the vote under the first-past-the-post system.',
    'Most of the 12 ministers who resigned, eight in all, came from the junior partner.',
    # f
    '@2026-05-14 Two days ago, on May 12, the council approved the plan.',
    '@2026-05-14 Tomorrow, May 15, the committee will vote.',
    '@2026-05-14 Earlier this month, on May 4, the company announced the cuts.',
    '@2026-05-14 The strike, which began on Monday, May 4, entered its second week on Monday.',
    # c
    'The survey found that 48% of adults rent, 33% own with a mortgage and 19% own outright.',
    # d
    'The team used 25 players over the season; 11 started every match and 16 came on as substitutes at least once.',
    # a
    'The price of a barrel went from $60 at the start of the year to $90 in June - a gain of 50 per cent.',
    # C5 one question's answers after one predicate
    'Asked how often they shop online, 40 percent said weekly, 35 percent said monthly, and 25 percent said rarely or never.',
    'In the survey 70% said prices were too high, 65% said wages were too low and 60% said rents were a worry.',
    'Some 45% said they trust the police, 40% said they trust the courts and 30% said they trust parliament.',
    # E2 "more than the half" (translated), a participle after the whole
    'More than the half of the households interrogated, that is 57%, declare to have limited their heating.',
    # A5 the start in a set-off clause with any verb "at", then verb, end and stated change
    'Turnout, which had languished at 58 percent in the 2021 contest, climbed to 71 percent this time, a rise of 13 percentage points.',
    'The index, which stood at 120 in January, rose to 150 by June, an increase of 25 percent.',
    # D6 a part on a modifier whole ("seats on the 21-member council")
    'Independent candidates took eleven seats on the twenty-one-member council.',
    'Rebels won 120 seats in the 300-seat parliament.',
    'The firm sold 400 copies of its 12-page report.',
    'He spent 30 days in the 300-bed hospital.',
    # F2 a rolling span back from the article date ("the past month", "the last week")
    '@2025-09-03 The floods of the past month, that on the 14 of August devastated the comarca, left hundreds homeless.',
    '@2026-03-20 Prices jumped in the past week, on March 16, after the announcement.',
    '@2026-03-20 In the past month the index rose, and on March 31 the board will meet.',
    # F2 trap from the corpus (reuters 06090): reported speech, another day's event after "that"
    '@1987-03-18 A Frankfurt business lawyer, Egon Geis, said yesterday that on February 10 he had offered VW information about the fraud.',
]


def found(text: str) -> set[str]:
    return rules_flagging(text, SELECT)


@pytest.mark.parametrize(("rule", "text"), BAD, ids=[f"{rule.split('/')[1]}-{n}" for n, (rule, _) in enumerate(BAD, 1)])
def test_family_member_is_flagged_by_its_rule(rule: str, text: str) -> None:
    assert found(text) == {rule}, text


@pytest.mark.parametrize("text", GOOD, ids=[f"good-{n}" for n in range(1, len(GOOD) + 1)])
def test_trap_passes(text: str) -> None:
    assert found(text) == set(), text
