"""``kind: calendar-date`` — a date that does not exist: February 30, 31 April, 29 February 2023.

Reads the ``dates`` layer. February 29 is reported only with a written year (a year inferred from
the article date is not trusted for this); a day past the month's end needs no year.

Message placeholders: ``date`` (as written) and ``reason``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from typing import TYPE_CHECKING

from factlint.checks.base import Check, Finding
from factlint.layers.dates import days_in_month

if TYPE_CHECKING:
    from factlint.document import Document


class CalendarDateCheck(Check):
    kind = "calendar-date"
    placeholders = frozenset({"date", "reason"})

    def run(self, document: "Document") -> Iterable[Finding]:
        for mention in document.dates:
            for day in (mention.day, mention.day_end):
                if day is None:
                    continue
                reason = self._reason(day, mention.month, mention.year)
                if reason:
                    date_text = " ".join(document.text[mention.date_start:mention.end].split())
                    yield Finding(mention.date_start, mention.end, {"date": date_text, "reason": reason})
                    break

    @staticmethod
    def _reason(day: int, month: int, year: int | None) -> str | None:
        if day == 0 or day > 31:
            return None  # not read as a day of the month at all
        name = calendar.month_name[month]
        if day <= days_in_month(year, month):
            return None
        if month == 2 and day == 29:
            return f"{year} is not a leap year"
        if month == 2:
            return "February has at most 29 days" if year is None else f"February {year} has {days_in_month(year, 2)} days"
        return f"{name} has {days_in_month(year, month)} days"
