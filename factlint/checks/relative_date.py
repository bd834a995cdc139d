"""``kind: relative-date`` — a relative date that contradicts an absolute one for the same event,
given the article's date: "the strike starts next week, on August 6" in a story dated 1 April.

Relative phrases ("today", "tomorrow", "yesterday", "this/next/last week", "this/next/last month",
"later this month", "in two weeks", "three days ago") become a span of days around the article
date (``--date``, front matter, configuration). An absolute date (the ``dates`` layer) is the
same event when it is bound to the phrase (``binders``: "next week, on August 6", "tomorrow
(April 2)"; ``binders_after``: "on August 6, next week") or when both follow words of one
``events`` family in one sentence ("the rules, which take effect next week, start on August 6")
or in the next sentence about the same thing ("The tariffs take effect next week. The tariffs,
starting August 6, ..."; a past event there, "began on March 9", is another event).
Phrases in capitals or capitalised inside a sentence are names ("USA TODAY", "This Week"). A finding means the date lies outside the span,
read from the article date and from each of ``slack_days`` days around it (with ``early_only``,
before it only: "tomorrow" in a story written the day before its date may be its date, never the
day after next; "next week" in a Monday paper may be the week that starts that day). "Next Tuesday"
is the coming Tuesday, or the one after when the coming one is in this week; "three days ago" is a
day. Without an article date nothing is checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option
from factlint.layers.change_grammar import words_pattern

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.layers.dates import DateMention

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = "|".join(_WEEKDAY_NAMES)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3}
_COUNT = r"(?P<count>\d{1,2}|a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
_RELATIVE = patterncache.compile(
    rf"""\b(?:
        (?P<day>today|tonight|tomorrow|yesterday|(?:the\s+)?day\s+after\s+tomorrow|(?:the\s+)?day\s+before\s+yesterday)
      | (?P<part>(?:later|earlier|early|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s+)?
        (?<!\bthe\s+)(?P<which>this|next|last)\s+(?P<unit>weekend|week|month|year)  # not "the Monday of the next week"
      | the\s+(?:past|last)\s+(?P<past>week|fortnight|month)  # a rolling span back from today: "the past month"
      | in\s+{_COUNT}\s+(?P<ahead>days?|weeks?|months?)(?:['’]\s+time|\s+time)?
      | {_COUNT}\s+(?P<ago>days?|weeks?|months?)\s+ago
      | (?:(?:(?<!\bthe\s+)(?P<wwhich>last|next|this)|(?:the\s+)?(?P<wwhich>coming))\s+)?(?P<weekday>{_WEEKDAYS})(?(wwhich)|(?=['’]s\b))
    )\b(?:(?P<poss>['’]s)\b)?(?!['’-])""",
    regex.IGNORECASE | regex.VERBOSE,
)


@dataclass(frozen=True)
class Relative:
    start: int
    end: int
    text: str
    first: date
    last: date
    ahead: bool  # the phrase points to the future ("next week", "tomorrow", "in two weeks")
    possessive: bool = False  # "last month's election": the phrase names an event of its own
    spans: tuple[tuple[date, date], ...] = ()  # seen from each day the story may have been written


# A weekday right after a one-day phrase, with no date after it: "tomorrow, Saturday, unions said".
_WEEKDAY_AFTER = patterncache.compile(
    rf"\s*(?:,\s*|\(\s*)(?:on\s+)?(?P<weekday>{_WEEKDAYS})\b(?!\s*,?\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))", regex.IGNORECASE
)
_PHOTO = patterncache.compile(r"[\s,]*(?:\d{4}\s*)?,?\s*(?:file\s+)?(?:photo|picture|image)", regex.IGNORECASE)
# A past-tense event word before a date: "began on March 9" is not what "next week" announces.
_PAST = patterncache.compile(r"\b(?:\w+ed|began|held|met|took|came|went|won|shut|rose|fell|was|were|had)\s+(?:(?:on|in|at|from|by)\s+)?$", regex.IGNORECASE)
# Between a coming event and a date: the day it was announced, not its own.
_ANNOUNCED = patterncache.compile(
    r"\b(?:announced|reported|confirmed|published|revealed|disclosed|unveiled|proposed|ordered|decided|agreed|approved|called|declared|said|voted|tabled|filed|lodged)\b",
    regex.IGNORECASE,
)
_AFTER_DATELINE = patterncache.compile(r"(?:\s[-–—]{1,2}|:)\s*$")
_NOUN = patterncache.compile(r"\b\p{L}{4,}\b")
_COMMON = frozenset("that this with from will would said says have been were which their there they them than then when what also after before about into over more other some such only could should year years week month".split())


def _shared_noun(first: str, second: str) -> bool:
    """True when the two clauses share a content word ("tariffs" ... "tariffs")."""
    words = {w.lower() for w in _NOUN.findall(first)} - _COMMON
    return any(w.lower() in words for w in _NOUN.findall(second))


def _month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _weekend_span(today: date, step: int) -> tuple[date, date]:
    """"this/last/next weekend": Friday to Sunday of this week, the week before or the week after
    ("next weekend" said before Friday may be this week's too)."""
    friday = today - timedelta(days=today.weekday()) + timedelta(days=4, weeks=step)
    first, last = friday, friday + timedelta(days=2)
    if step == 1 and today.weekday() < 4:
        first = friday - timedelta(weeks=1)
    return first, last


def relative_span(match: regex.Match[str], today: date) -> tuple[date, date] | None:
    """The days a relative phrase can mean, seen from ``today``."""
    if match.group("past"):
        return today - timedelta(days={"week": 7, "fortnight": 14, "month": 31}[match.group("past").lower()]), today
    if match.group("day"):
        word = " ".join(match.group("day").lower().split()).removeprefix("the ")
        offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2, "day before yesterday": -2}[word]
        day = today + timedelta(days=offset)
        return day, day
    if match.group("weekday"):
        # "Monday's meeting": the Monday within a week either way. "next Tuesday": the coming Tuesday, or the
        # one after it when the coming one is in this week ("next Friday" said on a Monday); "last" alike.
        which = (match.group("wwhich") or "").lower()
        if which not in ("last", "next", "this", "coming"):
            return today - timedelta(days=7), today + timedelta(days=7)
        target = _WEEKDAY_NAMES.index(match.group("weekday").lower())
        if which == "this":
            # "this Friday": the Friday of this week; once it is past, the coming one may be meant too.
            day = today - timedelta(days=today.weekday() - target)
            return (day, day) if day >= today else (day, day + timedelta(days=7))
        step = timedelta(days=-1 if which == "last" else 1)
        day = today + step
        while day.weekday() != target:
            day += step
        if which == "coming":  # "the coming Sunday": the first one after today
            return day, day
        monday = today - timedelta(days=today.weekday())
        if not monday <= day <= monday + timedelta(days=6):
            return day, day
        other = day + 7 * step
        return min(day, other), max(day, other)
    if match.group("unit"):
        which, unit = match.group("which").lower(), match.group("unit").lower()
        step = {"this": 0, "next": 1, "last": -1}[which]
        if unit == "week":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
            return monday, monday + timedelta(days=6)
        if unit == "weekend":
            return _weekend_span(today, step)
        if unit == "month":
            index = today.year * 12 + today.month - 1 + step
            return _month_span(index // 12, index % 12 + 1)
        return date(today.year + step, 1, 1), date(today.year + step, 12, 31)
    count_text = " ".join((match.group("count") or "").lower().split())
    count = int(count_text) if count_text.isdigit() else _COUNTS.get(count_text)
    if count is None:
        return None
    unit = (match.group("ahead") or match.group("ago") or "").lower().rstrip("s")
    days = count * {"day": 1, "week": 7, "month": 30}[unit]
    spread = {"day": 1, "week": 3, "month": 10}[unit] * max(1, count // 2 + 1)
    if unit == "day" and not count_text.startswith("a "):
        spread = 0  # "three days ago" is a day ("a few days", "a couple of days" are not)
    centre = today + timedelta(days=days if match.group("ahead") else -days)
    return centre - timedelta(days=spread), centre + timedelta(days=spread)


class RelativeDateCheck(Check):
    kind = "relative-date"
    options = {
        "binders": Option(str, required=True, doc="pattern of the text between a relative phrase and the date after it"),
        "binders_after": Option(str, default=r"\s*[,(—–]\s*", doc="pattern of the text between a date and the relative phrase after it"),
        "events": Option(dict, default={}, doc="families of event words: name -> words before a phrase or a date"),
        "slack_days": Option(int, default=1, doc="days of give beyond the span of the phrase"),
        "early_only": Option(bool, default=False, doc="the days of give only before the article date: a story is written on its date or before"),
        "possessive_binders": Option(str, default="", doc="pattern between a possessive phrase and the date of its event (\"'s election, held on\")"),
        "separators": Option(list, default=[], doc="words between a phrase and a date that make them two events ('followed by')"),
        "any_event": Option(list, default=[], doc="words before a phrase (or a date) that pair with a word of any events family before the other ('due')"),
    }
    placeholders = frozenset({"relative", "date", "expected"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.binder = self.user_pattern("binders", spec["binders"], ignorecase=True)
        self.binder_after = self.user_pattern("binders_after", spec["binders_after"], ignorecase=True)
        self.slack = timedelta(days=int(spec["slack_days"]))
        self.early_only = bool(spec["early_only"])
        self.possessive = self.user_pattern("possessive_binders", spec["possessive_binders"], ignorecase=True) if spec["possessive_binders"] else None
        self.separators = patterncache.compile(rf"\b(?:{words_pattern(spec['separators'])})\b", regex.IGNORECASE) if spec["separators"] else None
        self.any_event = patterncache.compile(rf"\b(?:{words_pattern(spec['any_event'])})\s+(?:(?:on|for|in|at)\s+)?$", regex.IGNORECASE) if spec["any_event"] else None
        self.events = [
            patterncache.compile(rf"\b(?:{words_pattern(words)})\s+(?:(?:on|from|in|at|as\s+of|until|by)\s+)?$", regex.IGNORECASE)
            for words in (spec["events"] or {}).values()
            if words
        ]

    def run(self, document: "Document") -> Iterable[Finding]:
        today = document.article_date
        if today is None:
            return
        text = document.text
        if not _RELATIVE.search(text):
            return
        mentions = [m for m in document.dates if m.day_end is None]
        # The days the story may have been written: its date, and with the give the days before it
        # (a story dated the day it is printed was written the day before; "tomorrow, Saturday 11
        # April" in a story of Thursday 9 April is wrong), or either side without ``early_only``. A
        # dateline that names the article's day ("WASHINGTON, March 12 -") fixes the day.
        exact = any(_is_dateline(text, m) and (m.month, m.day) == (today.month, today.day) for m in mentions)
        give = 0 if exact else self.slack.days
        written = [today + timedelta(days=d) for d in range(-give, 1 if self.early_only else give + 1)]
        relatives = []
        for match in _RELATIVE.finditer(text):
            if not _plain_case(document, match):
                continue  # "USA TODAY", ABC's "This Week": a name, not a date
            span = relative_span(match, today)
            if span is not None:
                ahead = span[0] > today or bool(match.group("ahead"))
                possessive = bool(match.group("poss"))
                end = match.end("poss") if possessive else match.end()
                words = " ".join(text[match.start():match.start("poss") if possessive else match.end()].split())
                spans = tuple(s for s in (relative_span(match, day) for day in written) if s is not None)
                relatives.append(Relative(match.start(), end, words, *span, ahead, possessive, spans))
        yield from self._weekdays(text, relatives)
        reported: set[int] = set()
        for relative in relatives:
            for mention in mentions:
                if mention.start in reported or not self._same_event(document, relative, mention):
                    continue
                if relative.text.lower().startswith("this ") and (mention.year is not None or _PHOTO.match(text, mention.end)):
                    continue  # "In this Wednesday, Oct. 30, 2019 photo": an AP caption's demonstrative, with its year
                # A date without a year may be in the year before or after the article's.
                candidates = _candidates(mention, today)
                if not candidates or any(first <= when <= last for first, last in relative.spans for when in candidates):
                    continue
                reported.add(mention.start)
                yield Finding(
                    min(relative.start, mention.start),
                    max(relative.end, mention.end),
                    {"relative": relative.text, "date": _date_text(text, mention), "expected": _span_text(relative)},
                )

    @staticmethod
    def _weekdays(text: str, relatives: list[Relative]) -> Iterable[Finding]:
        """A one-day phrase and the weekday it names: "tomorrow, Saturday" in a story of Wednesday 20
        May (a weekday with a date is read with the date)."""
        for relative in relatives:
            if relative.first != relative.last:
                continue
            named = _WEEKDAY_AFTER.match(text, relative.end)
            if named is None or not named.group("weekday")[0].isupper():
                continue
            weekday = _WEEKDAY_NAMES.index(named.group("weekday").lower())
            if any(first.weekday() == weekday for first, _ in relative.spans):
                continue
            yield Finding(
                relative.start,
                named.end("weekday"),
                {"relative": relative.text, "date": named.group("weekday"), "expected": _span_text(relative)},
            )

    def _same_event(self, document: "Document", relative: Relative, mention: "DateMention") -> bool:
        text = document.text
        if relative.ahead and relative.end <= mention.start and _ANNOUNCED.search(text, relative.end, mention.start):
            return False  # "Next week's strike, announced on 20 February": the day it was announced
        if relative.possessive:
            # "last month's election, held on June 2": the date of the event the phrase owns, or nothing.
            return self.possessive is not None and relative.end <= mention.start and bool(self.possessive.fullmatch(text, relative.end, mention.start))
        if relative.end <= mention.start and self.binder.fullmatch(text, relative.end, mention.start):
            return True
        if mention.start < relative.end <= mention.date_start and self.binder.fullmatch(text, relative.end, mention.date_start):
            return True  # "last Friday, September 19": the weekday is both the phrase and the date's
        if mention.end <= relative.start and self.binder_after.fullmatch(text, mention.end, relative.start):
            return True
        sentence = document.sentence_at(relative.start)
        other = document.sentence_at(mention.start)
        if sentence is None or other is None:
            return False
        if other != sentence:
            # The next sentence only, about the same thing ("The tariffs take effect next week. The
            # tariffs, starting August 6, ..."), and not a past event beside a coming one.
            index = document.sentences.index(sentence)
            if index + 1 >= len(document.sentences) or document.sentences[index + 1] != other:
                return False
            if not _shared_noun(text[sentence.start:relative.start], text[other.start:mention.start]):
                return False
            if relative.ahead and _PAST.search(text, max(other.start, mention.start - 40), mention.start):
                return False
        if self.separators is not None and other == sentence:
            low, high = sorted((relative.end, mention.start))
            if self.separators.search(text, low, high):
                return False  # "the election last month was followed by a vote on March 2"
        before_relative, before_mention = (max(0, relative.start - 40), relative.start), (max(0, mention.start - 40), mention.start)
        for event in self.events:
            if event.search(text, *before_relative) and event.search(text, *before_mention):
                return True
        # "The summit, due later this month, will start on January 12": "due" pairs with any family.
        low, high = sorted((relative.end, mention.start))
        if self.any_event is not None and other == sentence and ";" not in text[low:high]:
            if relative.ahead and _PAST.search(text, *before_mention):
                return False  # "due next week ... the strike began on April 2": another, past event
            every = [*self.events, self.any_event]
            if self.any_event.search(text, *before_relative) and any(e.search(text, *before_mention) for e in every):
                return True
            if self.any_event.search(text, *before_mention) and any(e.search(text, *before_relative) for e in every):
                return True
        return False


_DATELINE_HEAD = patterncache.compile(r"(?:^|\n)[ \t]*(?-i:\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*(?-i:\p{Lu}[\p{L}.'’ -]{1,30}))?),\s*$")
_DATELINE_TAIL = patterncache.compile(r"(?:,\s*\d{4})?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]{1,2}\s")


def _is_dateline(text: str, mention: "DateMention") -> bool:
    """A date in a dateline: a place in capitals at the start of a line, the date, a dash."""
    start = mention.date_start if mention.date_start >= 0 else mention.start
    return bool(_DATELINE_HEAD.search(text, max(0, start - 60), start)) and bool(_DATELINE_TAIL.match(text, mention.end))


def _plain_case(document: "Document", match: regex.Match[str]) -> bool:
    """Lower case, or capitalised only as the first word of a sentence (a weekday is capitalised)."""
    written = match.group()
    if match.group("weekday"):
        head = written[: match.start("weekday") - match.start()]
        day = match.group("weekday")
        return day[0].isupper() and day[1:] == day[1:].lower() and (head == head.lower() or _plain_case_head(document, match))
    if written == written.lower():
        return True
    sentence = document.sentence_at(match.start())
    if not (written[0].isupper() and written[1:] == written[1:].lower() and sentence is not None):
        return False
    # The first word of a sentence, or of the text after a dateline ("PARIS, April 3 (AFP) - Last week's").
    return sentence.start == match.start() or bool(_AFTER_DATELINE.search(document.text, sentence.start, match.start()))


def _plain_case_head(document: "Document", match: regex.Match[str]) -> bool:
    """"Last Monday" at the start of a sentence."""
    sentence = document.sentence_at(match.start())
    return sentence is not None and sentence.start == match.start()


def _candidates(mention: "DateMention", today: date) -> list[date]:
    """The days a mention can be: its own year, or without one the article's year and its neighbours."""
    years = [mention.year] if mention.year is not None else [today.year - 1, today.year, today.year + 1]
    found = []
    for year in years:
        try:
            found.append(date(year, mention.month, mention.day))
        except ValueError:
            continue
    return found


def _span_text(relative: Relative) -> str:
    if relative.first == relative.last:
        return f"{relative.first:%-d %B %Y}"
    return f"{relative.first:%-d %B} to {relative.last:%-d %B %Y}"


_FULL_MONTH_DOT = patterncache.compile(r"(?i:january|february|march|april|june|july|august|september|october|november|december)\.$")


def _date_text(text: str, mention: "DateMention") -> str:
    """The date as written, without a sentence's full stop after a month's full name ("3 March", not "3 March.")."""
    written = " ".join(text[mention.date_start:mention.date_end if mention.date_end >= 0 else mention.end].split())
    return written[:-1] if _FULL_MONTH_DOT.search(written) else written
