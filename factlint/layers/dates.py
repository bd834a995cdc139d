"""The dates layer: calendar dates written in prose, with the weekday that introduces them.

Reads US and British order, with or without commas and ordinals, abbreviated names with or
without a full stop ("Tue., Sept. 3", "Thursday 9th May 2024", "Wednesday, May 9, 2024"), day
ranges ("March 4-6", "4-6 March") and weekday ranges bound to them ("Monday to Wednesday, March
4-6"), and a full weekday name after a British date as translated copy writes it ("by 3
December Wednesday"). Month and weekday names come from the ``calendar`` knowledge (rules/data/calendar.yaml).

A date without a year takes the article's year only when that is unambiguous: exactly one of the
article's year and its neighbours puts the date within ``YEAR_WINDOW_DAYS`` of the article date,
the sentence names no other year (a feature about 2001 written in 2021 keeps its own year), and
the date is not the article's own day and month (anniversary pieces, "Tuesday, September 11 was
a beautiful day", published on September 11, 2015, recall the same day in an earlier year).
"""

from __future__ import annotations

import calendar as pycalendar
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import regex

from factlint import patterncache
from factlint.rulecache import kept

if TYPE_CHECKING:
    from factlint.document import Document, Span
    from factlint.knowledge import Knowledge

# A date without a year is read in the article's year (or the one before or after) only when it
# falls within this many days of the article date; farther away the year is left unknown.
YEAR_WINDOW_DAYS = 150

_DIGITS = patterncache.compile(r"\d+")
_EXPLICIT_YEAR = patterncache.compile(r"(?<![\p{N}.,/$£€-])(?:1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\p{N})")


@dataclass(frozen=True)
class DateMention:
    """One date in the text; offsets are into ``document.text``."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    day_end: int | None = None
    weekday: int | None = None
    weekday_text: str = ""
    weekday_start: int = -1
    end_weekday: int | None = None
    end_weekday_text: str = ""
    date_start: int = -1
    date_end: int = -1  # the date without a weekday written after it ("3 December" of "3 December Wednesday")


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]
    weekdays: dict[str, int]
    pattern: regex.Pattern[str]
    # Prefilter: every date names a month, so paragraphs without a month name are not scanned
    # (regex, from the pattern cache: 2.5x faster than the standard re on corpus paragraphs, and not
    # parsed on every start).
    month_names: regex.Pattern[str]


def _forms(names: dict[str, int]) -> str:
    """An alternation of name forms, longest first, in Title case or in capitals."""
    # Longest first; equal lengths in a fixed order, so the pattern text is the same in every run.
    forms = sorted({form for name in names for form in (name, name.upper())}, key=lambda form: (-len(form), form))
    return "|".join(regex.escape(form) for form in forms)


@cache
def _grammar(months_items: tuple[tuple[str, int], ...], weekdays_items: tuple[tuple[str, int], ...]) -> _Grammar:
    months = dict(months_items)
    weekdays = dict(weekdays_items)
    month = rf"(?:{_forms(months)})"
    weekday = rf"(?:{_forms(weekdays)})"
    boundary_before = r"(?<![\p{L}\p{N}'’-])"
    name_end = r"(?:\.|(?![\p{L}\p{N}'’]))"
    day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
    units = r"%|per\s*cent|percent|pct|cts|cents?|dlrs?|dollars?|mln|million|billion|bln|points?|tonnes?|tons?|barrels?|pence|years?|days?"
    day_end = rf"(?![\p{{N}}]|[.,:]\p{{N}}|\s*(?:{units})(?![\p{{L}}]))"
    year = r"(?:1[6-9]\d\d|20\d\d)(?![\p{N}]|[.,]\p{N})"
    dash = r"\s*[-–]\s*"
    weekday_part = (
        rf"(?:(?<wd>{boundary_before}{weekday}){name_end}"
        rf"(?:\s+(?:to|through|until|and|-|–)\s+(?<wd2>{weekday}){name_end})?,?\s+(?:the\s+)?)?"
    )
    us = (
        rf"(?<mon>{boundary_before}{month}){name_end}\s+(?<day>{day}){day_end}"
        rf"(?:{dash}(?<day2>{day}){day_end})?(?:,?\s+(?<year>{year}))?"
    )
    british = (
        rf"(?<day>{boundary_before}{day}){day_end}(?:{dash}(?<day2>{day}){day_end})?\s+(?:of\s+)?"
        rf"(?<mon>{month}){name_end}(?:,?\s+(?<year>{year}))?"
    )
    # A full weekday name after a British date, as Turkish and other translated copy puts it: "by 3
    # December Wednesday", "(2 November Monday)" (not "3 December Wednesday's", not an abbreviation).
    full_weekday = "|".join(regex.escape(form) for form in sorted({f for name in weekdays for f in (name, name.upper())}, key=lambda f: (-len(f), f)) if form.lower().endswith("day"))
    weekday_after = rf"(?(wd)|(?:[ \t]+(?<wda>{boundary_before}(?:{full_weekday}))(?![\p{{L}}\p{{N}}'’-]))?)" if full_weekday else ""
    pattern = patterncache.compile(
        rf"{weekday_part}(?:(?<date>{british}){weekday_after}|(?<date>{us}))(?![\p{{L}}\p{{N}}'’-]|[.,]\p{{N}})",
        regex.VERSION1,
    )
    # not inside a word: the pattern's own month needs the same boundaries (so "Market" is skipped)
    return _Grammar(months, weekdays, pattern, patterncache.compile(rf"(?<![^\W_])(?:{_forms(months)})(?![^\W_])", regex.VERSION0))


def grammar_for(document: "Document") -> _Grammar:
    return _calendar_grammar(document.knowledge)


@kept("dates-grammar")
def _calendar_grammar(knowledge: "Knowledge") -> _Grammar:
    """The date grammar of a rule set's data/calendar.yaml, kept (factlint.rulecache.kept)."""
    data = knowledge.get("calendar") or {}
    months = data.get("months") or {}
    weekdays = data.get("weekdays") or {}
    return _grammar(tuple(sorted(months.items())), tuple(sorted(weekdays.items())))


def _number(text: str | None) -> int | None:
    if not text:
        return None
    digits = _DIGITS.match(text)
    return int(digits.group()) if digits else None


def _name_value(names: dict[str, int], text: str) -> int:
    text = text.rstrip(".")
    return names.get(text, names.get(text.title(), names.get(text.capitalize(), -1)))


def extract(document: "Document") -> list[DateMention]:
    """Every date (a day and a month, maybe a year and a weekday) in the document's prose."""
    grammar = grammar_for(document)
    if not grammar.months:
        return []
    mentions: list[DateMention] = []
    text = document.text
    paragraphs = document.paragraphs
    for index in _paragraphs_naming(text, paragraphs, _month_openings(tuple(grammar.months))):
        paragraph = paragraphs[index]
        if not grammar.month_names.search(text, paragraph.start, paragraph.end):
            continue
        for match in grammar.pattern.finditer(text, paragraph.start, paragraph.end):
            month = _name_value(grammar.months, match["mon"])
            day = _number(match["day"])
            if month < 1 or day is None:
                continue
            written_weekday = "wd" if match["wd"] else "wda" if match["wda"] else None
            weekday = _name_value(grammar.weekdays, match[written_weekday]) if written_weekday else None
            end_weekday = _name_value(grammar.weekdays, match["wd2"]) if match["wd2"] else None
            mentions.append(
                DateMention(
                    start=match.start(),
                    end=match.end(),
                    day=day,
                    month=month,
                    year=_number(match["year"]),
                    day_end=_number(match["day2"]),
                    weekday=weekday if weekday is not None and weekday >= 0 else None,
                    weekday_text=match[written_weekday] if written_weekday else "",
                    weekday_start=match.start(written_weekday) if written_weekday else -1,
                    end_weekday=end_weekday if end_weekday is not None and end_weekday >= 0 else None,
                    end_weekday_text=match["wd2"] or "",
                    date_start=match.start("date"),
                    date_end=match.end("date"),
                )
            )
    return mentions


@lru_cache(maxsize=8)
def _month_openings(months: tuple[str, ...]) -> tuple[str, ...]:
    """The month forms (Title case and capitals, as ``_forms``) that hold no shorter one at their start
    ("Jan" for "January" too): every month name the grammar reads begins with one."""
    forms = sorted({form for name in months for form in (name, name.upper())}, key=len)
    kept: list[str] = []
    for form in forms:
        if not any(form.startswith(shorter) for shorter in kept):
            kept.append(form)
    return tuple(kept)


def _paragraphs_naming(text: str, paragraphs: "list[Span]", forms: tuple[str, ...]) -> list[int]:
    """Indexes, in order, of the paragraphs in which one of ``forms`` starts (``str.find`` over the
    whole text: cheaper than a search of the month alternation in every paragraph)."""
    starts = [paragraph.start for paragraph in paragraphs]
    found: set[int] = set()
    for form in forms:
        at = text.find(form)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < paragraphs[index].end:
                found.add(index)
            at = text.find(form, at + 1)
    return sorted(found)


def years_named(document: "Document") -> frozenset[int]:
    """Every year written out in the document's prose (1800-2099)."""
    return years_named_in(document.text)


def years_named_in(text: str) -> frozenset[int]:
    """Every year written out in ``text`` (1800-2099)."""
    return frozenset(int(m.group()) for m in _EXPLICIT_YEAR.finditer(text))


def days_in_month(year: int | None, month: int) -> int:
    """Days in ``month``; February has 29 when the year is unknown."""
    if year is None:
        return 29 if month == 2 else pycalendar.monthrange(2001, month)[1]
    return pycalendar.monthrange(year, month)[1]


def resolve_year(document: "Document", mention: DateMention) -> int | None:
    """The mention's year: written, or inferred from the article date when unambiguous."""
    if mention.year is not None:
        return mention.year
    article = document.article_date
    if article is None or (mention.month, mention.day) == (article.month, article.day):
        return None
    sentence = document.sentence_at(mention.start)
    if sentence is not None and any(
        int(m.group()) != article.year for m in _EXPLICIT_YEAR.finditer(sentence.text)
    ):
        return None
    fits = []
    for year in (article.year - 1, article.year, article.year + 1):
        try:
            candidate = date(year, mention.month, mention.day)
        except ValueError:
            continue
        if abs((candidate - article).days) <= YEAR_WINDOW_DAYS:
            fits.append(year)
    return fits[0] if len(fits) == 1 else None
