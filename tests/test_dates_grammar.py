"""Dates and grammar rules on real-copy sentences (the traps found in the corpus) and the fixtures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factlint.config import Config
from factlint.engine import Linter
from factlint.rules_loader import default_pack

from conftest import FIXTURES, SEED

LINTER = Linter.for_packs([default_pack()])


def rules_hit(text: str, article_date: date | None = None, select: str = "") -> list[str]:
    document = LINTER.document(text, "t.txt", article_date)
    rules = LINTER.rules_for([select] if select else [])
    return [d.rule for d in LINTER.lint_document(document, rules)]


def test_seed_flags_only_the_three_slips() -> None:
    document = LINTER.document(SEED.read_text(encoding="utf-8"), str(SEED))
    found = [(d.line, d.rule) for d in LINTER.lint_document(document) if d.rule.split("/")[0] in {"dates", "grammar"}]
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
    ],
)
def test_weekday_mismatch(text: str, when: date | None, expected: bool) -> None:
    assert ("dates/weekday-mismatch" in rules_hit(text, when, "dates")) is expected


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
    assert ("dates/impossible-date" in rules_hit(text, None, "dates")) is expected


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
    assert ("dates/age-mismatch" in rules_hit(text, when, "dates")) is expected


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
    assert (rule in rules_hit(text, None, rule)) is expected


@pytest.mark.parametrize("article", sorted([*FIXTURES.glob("dates/*.txt"), *FIXTURES.glob("grammar/*.txt")]), ids=lambda p: p.name)
def test_fixture_matches_expected(article: Path) -> None:
    from factlint.engine import lint_paths

    result = lint_paths([str(article)])
    got = [d.plain(with_path=False) for d in result.diagnostics]
    expected = article.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert got == expected
