"""``kind: weekday`` — a weekday that disagrees with the date it introduces.

Reads the ``dates`` layer. A weekday range is bound to the start of a day range ("Monday to
Wednesday, March 4-6" checks Monday against March 4 and Wednesday against March 6). A date
without a year is checked when the article date settles the year (see
factlint/layers/dates.py), or when the sentence names other years too and the weekday fits the date
in none of them nor in the article's ("handed down on Monday, January 13, ... introduced in 2024"
in a story of January 2026); otherwise nothing is reported.

Message placeholders: ``weekday`` (as written), ``date`` (as written), ``actual`` (the weekday the
date falls on) and ``verb`` ("was" for a past date, "is" otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from factlint.checks.base import Check, Finding
from factlint.layers.dates import YEAR_WINDOW_DAYS, DateMention, resolve_year, years_named, years_named_in

if TYPE_CHECKING:
    from factlint.document import Document

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class WeekdayCheck(Check):
    kind = "weekday"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    placeholders = frozenset({"weekday", "date", "actual", "verb"})  # weekday: the full name of the one written

    def run(self, document: "Document") -> Iterable[Finding]:
        for mention in document.dates:
            if mention.weekday is None:
                continue
            year = resolve_year(document, mention) or _wrong_in_every_year(document, mention)
            if year is None:
                continue
            checks = [(mention.weekday, mention.weekday_text, mention.day, mention.weekday_start)]
            if mention.end_weekday is not None:
                if mention.day_end is None:
                    continue  # "Monday and Tuesday, March 4": which day is meant is unclear
                after_first = mention.weekday_start + len(mention.weekday_text)
                end_start = document.text.find(mention.end_weekday_text, after_first, mention.date_start)
                checks.append((mention.end_weekday, mention.end_weekday_text, mention.day_end, end_start))
            for weekday, written, day, written_start in checks:
                try:
                    when = date(year, mention.month, day)
                except ValueError:
                    break  # an impossible date is dates/impossible-date's
                if when.weekday() == weekday:
                    continue
                if mention.year is None and _fits_a_named_year(document, mention.month, day, weekday):
                    break
                date_text = document.text[mention.date_start:mention.date_end if mention.date_end >= 0 else mention.end]
                past = document.article_date is not None and when < document.article_date
                fields = {
                    "weekday": WEEKDAY_NAMES[weekday],
                    "date": " ".join(date_text.split()),
                    "actual": WEEKDAY_NAMES[when.weekday()],
                    "verb": "was" if past or (document.article_date is None and when < date.today()) else "is",
                }
                yield Finding(mention.start, mention.end, fields, _with_weekday(document, mention, written_start, written, when))
                break


def _with_weekday(document: "Document", mention: DateMention, start: int, written: str, when: date) -> str | None:
    """The mention as written with the weekday of the date in place of ``written`` (the suggestion
    replaces the finding's whole span); None when the weekday cannot be located in it."""
    if start < mention.start or start + len(written) > mention.end:
        return None
    if document.text[start:start + len(written)] != written:
        return None
    return document.text[mention.start:start] + _same_form(written, when.weekday()) + document.text[start + len(written):mention.end]


_AP_ABBREVIATIONS = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")


def _same_form(written: str, weekday: int) -> str:
    """The weekday written as ``written`` is: in full, or abbreviated ("Tue", "Tues"), in its case."""
    name = WEEKDAY_NAMES[weekday]
    if written.casefold() not in (n.casefold() for n in WEEKDAY_NAMES):
        name = name[:3] if len(written) <= 3 else _AP_ABBREVIATIONS[weekday]
    if written.isupper():
        return name.upper()
    return name.lower() if written.islower() else name


def _fits_a_named_year(document: "Document", month: int, day: int, weekday: int) -> bool:
    for year in years_named(document):
        try:
            if date(year, month, day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


def _wrong_in_every_year(document: "Document", mention: DateMention) -> int | None:
    """The year near the article date of a mention without a year whose weekday fits the date in
    no year the sentence names nor in that one; None when some year fits or none is near."""
    article = document.article_date
    if article is None or mention.year is not None or mention.weekday is None or mention.end_weekday is not None:
        return None
    if (mention.month, mention.day) == (article.month, article.day):
        return None
    near = []
    for year in (article.year - 1, article.year, article.year + 1):
        try:
            if abs((date(year, mention.month, mention.day) - article).days) <= YEAR_WINDOW_DAYS:
                near.append(year)
        except ValueError:
            continue
    if len(near) != 1:
        return None
    sentence = document.sentence_at(mention.start)
    named = years_named_in(sentence.text) if sentence is not None else frozenset()
    for year in {near[0], *named}:
        try:
            if date(year, mention.month, mention.day).weekday() == mention.weekday:
                return None
        except ValueError:
            return None
    return near[0]
