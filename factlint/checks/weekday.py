"""``kind: weekday`` — a weekday that disagrees with the date it introduces.

Reads the ``dates`` layer. A weekday range is bound to the start of a day range ("Monday to
Wednesday, March 4-6" checks Monday against March 4 and Wednesday against March 6). A date
without a year is checked only when the article date settles the year (see
factlint/layers/dates.py); otherwise nothing is reported.

Message placeholders: ``weekday`` (as written), ``date`` (as written), ``actual`` (the weekday the
date falls on) and ``verb`` ("was" for a past date, "is" otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from factlint.checks.base import Check, Finding
from factlint.layers.dates import resolve_year, years_named

if TYPE_CHECKING:
    from factlint.document import Document

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class WeekdayCheck(Check):
    kind = "weekday"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    placeholders = frozenset({"weekday", "date", "actual", "verb"})  # weekday: the full name of the one written

    def run(self, document: "Document") -> Iterable[Finding]:
        for mention in document.layer("dates"):
            if mention.weekday is None:
                continue
            year = resolve_year(document, mention)
            if year is None:
                continue
            checks = [(mention.weekday, mention.weekday_text, mention.day)]
            if mention.end_weekday is not None:
                if mention.day_end is None:
                    continue  # "Monday and Tuesday, March 4": which day is meant is unclear
                checks.append((mention.end_weekday, mention.end_weekday_text, mention.day_end))
            for weekday, written, day in checks:
                try:
                    when = date(year, mention.month, day)
                except ValueError:
                    break  # an impossible date is dates/impossible-date's
                if when.weekday() == weekday:
                    continue
                if mention.year is None and _fits_a_named_year(document, mention.month, day, weekday):
                    break
                date_text = document.text[mention.date_start:mention.end]
                past = document.article_date is not None and when < document.article_date
                fields = {
                    "weekday": WEEKDAY_NAMES[weekday],
                    "date": " ".join(date_text.split()),
                    "actual": WEEKDAY_NAMES[when.weekday()],
                    "verb": "was" if past or (document.article_date is None and when < date.today()) else "is",
                }
                yield Finding(mention.start, mention.end, fields, WEEKDAY_NAMES[when.weekday()])
                break


def _fits_a_named_year(document: "Document", month: int, day: int, weekday: int) -> bool:
    for year in years_named(document):
        try:
            if date(year, month, day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False
