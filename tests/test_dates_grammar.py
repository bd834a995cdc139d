"""Dates and grammar rules on real-copy sentences (the traps found in the corpus)."""

from __future__ import annotations

from datetime import date

import pytest


from conftest import SEED, lint

def test_seed_flags_only_the_three_slips() -> None:
    found = [(d.line, d.rule) for d in lint(SEED.read_text(encoding="utf-8"), "dates,grammar", path=str(SEED), show=None)]
    assert found == [
        (2, "grammar/translation-slip"),
        (5, "grammar/translation-slip"),
        (5, "grammar/space-before-punctuation"),
    ]


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Talks open Wednesday, May 9, 2024.", None, True),
        ("Talks open Thursday, 9 May 2024.", None, False),
        ("Talks open Thurs. 9th May 2024.", None, False),
        ("Talks open on Tue., Sept. 3, 2024.", None, False),
        ("Talks open on Mon., Sept. 3, 2024.", None, True),
        ("Hearings run Monday to Wednesday, March 4-6, 2024.", None, False),
        ("Hearings run Tuesday to Wednesday, March 4-6, 2024.", None, True),
        ("The vote is on Wednesday, May 8.", date(2024, 4, 12), False),
        ("The vote is on Thursday, May 8.", date(2024, 4, 12), True),
        ("The vote is on Thursday, May 8.", None, False),  # no article date: year unknown
        # six months away: the year could be either; skipped
        ("The vote is on Thursday, October 20.", date(2024, 4, 12), False),
        # anniversary piece published on the day itself (allsides 00644, 2015-09-11)
        ("Tuesday, September 11 was a beautiful day.", date(2015, 9, 11), False),
        # gallery caption from a year the article names elsewhere (allsides 00518)
        ("Pope Francis at the Vatican, Friday, December 16. Photos from 2016.", date(2016, 6, 18), False),
        ("In 2001, on Tuesday, September 11, the towers fell.", date(2021, 9, 1), False),
        # another year in the sentence: wrong in it and in the article's year, so wrong
        ("In a ruling on Monday, January 13, the court struck down the charge introduced in 2024.", date(2026, 1, 15), True),
        ("On Friday, March 6, the council repealed the 2019 bylaw.", date(2026, 3, 12), False),
        ("On Wednesday, March 6, the council repealed the 2019 bylaw.", date(2026, 3, 12), False),  # a Wednesday in 2019
        ("On Thursday, March 6, the council repealed the 2019 bylaw.", date(2026, 3, 12), True),
        # a full weekday name after a British date, in translated copy's order
        ("Inflation data will be announced by 3 December Wednesday day.", date(2026, 11, 3), True),
        ("The statistics office announced yesterday (2 November Monday) the jobless rate.", date(2026, 11, 3), False),
        ("Parliament sits on 14 May 2026 Thursday, the speaker said.", None, False),
        ("Parliament sits on 14 May 2026 Friday, the speaker said.", None, True),
        ("The 3 December Wednesday's session was cancelled.", date(2026, 11, 3), False),
        ("Talks on 3 December Sun Life executives joined were cancelled.", date(2026, 11, 3), False),
    ],
)
def test_weekday_mismatch(text: str, when: date | None, expected: bool) -> None:
    assert ("dates/weekday-mismatch" in lint(text, "dates", article_date=when, show="{rule}")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anacomp's earnings for fiscal 1987 ending September 31 could be lower.", True),  # reuters 01116
        ("Parliament sat on 29 February 2023.", True),
        ("Parliament sat on 29 February 2024.", False),
        ("Parliament sits on February 29.", False),
        ("The June contract traded at June 31.50 dlrs.", False),
        ("Prices rose to May 31 cts a lb.", False),
    ],
)
def test_impossible_date(text: str, expected: bool) -> None:
    assert ("dates/impossible-date" in lint(text, "dates", show="{rule}")) is expected


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Ms Okafor, 52, runs the clinic. The 54-year-old said she never closes.", None, True),
        ("Robin identified the co-pilot as Andreas Lubitz, 27, a German national. Lubitz, 28, was from Montabaur.", None, True),
        ("Tom Reyes, 45, was born in 1983.", date(2024, 4, 12), True),
        ("Tom Reyes, 40, was born in 1983.", date(2024, 4, 12), False),
        # the bare age before the person, or with another name between (bbc 01332)
        ('"We go on," said the 22-year-old. Sudanese 18-year-old Rabah Yusuf came third.', None, False),
        ("Rabah Yusuf, 18, came third. Phillips Idowu won. The 26-year-old said he was happy.", None, False),
        ("John Smith, 60, and his son Tom Smith, 31, farm. Smith, 61, drives.", None, False),
        ("Chidi Okafor, 52, runs the clinic. Okafor was 19 when she opened it.", None, False),
        ("In 1990, Chidi Okafor, 19, opened a clinic. Chidi Okafor, 52, still runs it.", date(2024, 1, 1), False),
    ],
)
def test_age_mismatch(text: str, when: date | None, expected: bool) -> None:
    assert ("dates/age-mismatch" in lint(text, "dates", article_date=when, show="{rule}")) is expected


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("    Net loss      nil      nil", "grammar/doubled-word", False),
        ("at the Rustic Tri View Drive In in North Smithfield, Rhode Island", "grammar/doubled-word", False),
        ("Reebok will have 56.1 mln shares\nshares outstanding.", "grammar/doubled-word", True),
        ("the CDC said , so if you're already sick, stay home", "grammar/space-before-punctuation", True),
        ("Read more: https://politi.co/3dfg0bC .", "grammar/space-before-punctuation", False),
        ("Recovery operations are expected to last a week, he said.", "grammar/translation-slip", False),
        ("Critics argued in a the study that it failed.", "grammar/article-before-determiner", True),
        ("The debt keeps the A-1 rating.", "grammar/article-before-determiner", False),
        ('"I want to open one in London. "My second passion is charity," he said.', "grammar/unbalanced-quotes", False),
        ("“We are finally able to hoist the trophy,’’ Rizzo said.", "grammar/unbalanced-quotes", False),
        ('    IBM Chairman John Akers said "this is a great loss to the\ncompany.\n    Shares fell.', "grammar/unbalanced-quotes", True),
        ("The poll ran the same week (Feb. 3–Feb. 10) as the speech.", "grammar/unbalanced-parentheses", False),
        ("    Mine output (metal\n    content)     77,120  70,560", "grammar/unbalanced-parentheses", False),
        ("Meanwhile, <Societe Shell Chimie) said it also returned.", "grammar/unbalanced-parentheses", True),
    ],
)
def test_grammar_traps(text: str, rule: str, expected: bool) -> None:
    assert (rule in lint(text, rule, show="{rule}")) is expected


# False alarms read on the corpus (one real sentence each, some shortened): balanced quotes.
@pytest.mark.parametrize(
    "text",
    [
        # a straight quote glued after punctuation, before a letter, opens
        'Harder responded in a statement,"The New York Times\' allegations are 100 percent false," Harder said.',
        'Noting debt charges of two billion punts, he added :"If we could achieve any improvement, it would help."',
        'Haughey said:" Delors assured me we could have full recourse to the Commission."',
        'He said the farm policy takes two thirds of the budget."We have to ask for sacrifices."',
        '"There isn\'t enough money to support the population that needs to be served.""It is in a death spiral," he said.',
        # '' opens as well as closes
        "“As the virus spreads, health care workers will be infected,” wrote Dr. Morris. ''We are contacting patients.''",
        # a quote run on into the next paragraph without the conventional opening mark
        'He said the agreement "will produce the first base electric rate decrease in more than 20 years.\n\n'
        'As a result of an earlier stipulation, we have had a four year freeze," he added.',
        'Now, “ICE’s action leaves hundreds of thousands of international students with no\n\n'
        'educational options within the United States,” the lawsuit alleges.',
        # a related-link line between two paragraphs of one quotation
        "Tusk said: “Let me make one personal remark to the members of this parliament.\n\n"
        "Brexit extension could be until 31 March 2020, EU documents reveal Read more\n\n"
        "“Let me be clear: such thinking is unacceptable.”",
        # a statement quoted over several paragraphs after a colon
        "Here is the full statement from the White House:\n\n“America First!\n\nThe world is a very dangerous place!\n\n"
        "Saudi Arabia says he was an “enemy of the state” and my decision is not based on that.\n\n"
        "I intend to ensure that America First is pursued!”",
        # spaced quotation marks
        'He is the author of " Manhunt: The Ten-Year Search for bin Laden. " This is an updated version.',
        'Asians are shortchanged by the standard practice of " holistic review ."',
        '"Cool heads will prevail," DLJ\'s Launer said, " but it may take a while."',
        '"It is bitterly disappointing," Pollack said." Once his health care needs are addressed, the courts will rule."',
        'Lewis was blunt, prompting chants from the crowd," Vote! Vote! Vote!"',
        "The wire service reports:\n\n\" 'It's very hard,' he said. \"He added that the publication would go on.\"",
        # nested straight quotes inside a quote
        'Shea said of Alvarez: "He exemplified the NYPD motto, "Fidelis Ad Mortem" or "Faithful Unto Death." '
        'An inspiration, a warrior, a friend."',
        # a lost paragraph break after a closing single quote
        "\"He ran at me with hands raised saying 'what do you want to do about it?' \"To not apologise is "
        'unthinkable," Ferguson said.',
        # markup left in scraped copy, mistyped apostrophes, a missing space
        'poster="http://v.politico.com/images/1155968404_5368-vs.jpg?pubId=1155968404" Trump claims China asked for talks',
        'QATAR"S BANKS SET FOR FURTHER LEAN SPELL',
        'Mr Farquharson said 1985"s result had been artificially inflated by tax rebates.',
        '<Qatar National Bank SAQ>"s General Manager said: "The economy is not improving."',
        'Tory leader Michael Howard accused the prime minister and Mr Brown of"squabbling like schoolboys".',
        # a paragraph that starts in the middle of a sentence (the page repeated a fragment)
        'that you needed a constitutional amendment. Guess what? You don\'t," Trump said.',
    ],
)
def test_unbalanced_quotes_false_alarms(text: str) -> None:
    assert lint(text, "grammar/unbalanced-quotes") == []


# Real slips: each must still be reported, with a message that says what is wrong at that mark.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The explaining problem” certainly illustrates last week’s votes.", [("”", "has no opening partner")]),
        ('If we get the right information to the right people, we keep terrorists on the run," said Hurd.', [('"', "has no opening partner")]),
        ("Thousands of families were separated as a result of Trump's \"zero-tolerance' immigration policy.", [('"', "has no closing partner")]),
        ('"Stay home," Del Rio said. "The economic pain is going to be significant.\n\nIn Washington, Mnuchin backed the idea.', [('"', "has no closing partner")]),
        (
            "“I’ll tell you something,” the president said. They are coming like it’s a picnic, like, ‘Let’s go to Disney Land.’”",
            [("”", "has no opening partner")],
        ),
        ('This system is vitally important to our defense," said Vice Admiral Syring. "I am incredibly proud of them."', [('"', "has no opening partner")]),
        ("Tusk said: “Let me make one personal remark.\n\nThe summit ends on Friday.", [("“", "has no closing partner")]),
        # a curly mark turned the wrong way is reported at that mark, as such
        ("The effort “is the kind that gives me optimism,” adds Mr. Grumet. ”Democracy is a momentum sport.”", [("”", "opens a quotation")]),
        ("“GREAT JOBS NUMBERS JUST ANNOUNCED!“ the president tweeted.", [("“", "closes a quotation")]),
        ("Schatz said the Space Force was a “dumb idea.””Although it won’t happen, it’s dangerous,” Schatz said.", [("”", "opens a quotation")]),
        ("The State Department said ’’Middle school students are lovely.”", [("’’", "opens a quotation")]),
    ],
)
def test_unbalanced_quotes_real_slips(text: str, expected: list[tuple[str, str]]) -> None:
    found = lint(text, "grammar/unbalanced-quotes", show=None)
    assert len(found) == len(expected), found
    for diagnostic, (want_mark, want_words) in zip(found, expected):
        mark = text[diagnostic.offset : diagnostic.end_offset]
        assert mark == want_mark and want_words in diagnostic.message, (mark, diagnostic.message)


@pytest.mark.parametrize(
    "text",
    [
        "Talks open Wednesday, May 9, 2024.\n\nNo month here.\n\nBut JANUARY 3 2024 was a Wednesday, and so was Jan. 10.",
        "Sept. 4 and September 5; Mayor Jones met on 9 May.\n\nJanuary",
        "Nothing but a Marchioness and a Junker.",
    ],
)
def test_the_paragraphs_read_for_dates_are_those_the_month_search_finds(text: str) -> None:
    from factlint.engine import Linter
    from factlint.layers.dates import _month_openings, _paragraphs_naming, grammar_for
    from factlint.rules_loader import default_pack

    document = Linter.for_packs([default_pack()]).document(text, "article.txt")
    grammar = grammar_for(document)
    paragraphs = document.paragraphs
    searched = [i for i, p in enumerate(paragraphs) if grammar.month_names.search(document.text, p.start, p.end)]
    found = _paragraphs_naming(document.text, paragraphs, _month_openings(tuple(grammar.months)))
    assert [i for i in found if grammar.month_names.search(document.text, paragraphs[i].start, paragraphs[i].end)] == searched
    assert set(searched) <= set(found)
