"""Error injectors for the wholes of issue 14, session 5: one more part of a whole ("with a further
M%"), a whole stated as what something has and its parts, a majority word summing up a clause, and
a weekend against a date. Each rewrites one real site of the article (its own share, count or
relative phrase) with a known error. Registered in ``injectors.INJECTORS`` beside
``quantity_injectors``.
"""

from __future__ import annotations

import calendar
import random
import re
from datetime import date, timedelta

from injectors import Injection, _number, _replace
from quantity_injectors import _PART_OF, _SHARE_OF

_SHARE_ANY = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})(?P<pct>%| percent| per cent| pct) of (?P<noun>(?:the |its |their )?[a-z]+)\b")


def further_share(text: str, rng: random.Random) -> Injection | None:
    """One more part past the whole: "45% of voters backed" -> "45% of voters, with a further 62% counted elsewhere, backed"."""
    sites = [m for m in _SHARE_ANY.finditer(text) if 20 <= _number(m["n"]) <= 90]
    if not sites:
        return None
    m = rng.choice(sites)
    more = 100 - int(m["n"]) + rng.choice((8, 15, 25))
    new = f"{m.group()}, with a further {more}{m['pct']} counted elsewhere,"
    return _replace("further share", text, m.start(), m.end(), new, ("quantity/shares-sum",))


def owned_parts(text: str, rng: random.Random) -> Injection | None:
    """A whole that something has, split past itself: "12 of the 15 members" -> "the group has 15
    members: 9 were counted and 11 were not"."""
    sites = [m for m in _PART_OF.finditer(text) if 2 <= _number(m["m"]) < 1000 and not re.match(r"(?:19|20)\d\d$", m["m"])]
    if not sites:
        return None
    m = rng.choice(sites)
    whole = int(_number(m["m"]))
    first = max(1, whole * rng.choice((5, 6, 7)) // 10)
    second = whole - first + rng.choice((1, 2, 3))
    new = f"the group, which has {whole} {m['noun']}: {first} were counted and {second} were not,"
    return _replace("owned parts", text, m.start(), m.end(), new, ("quantity/part-exceeds-whole",))


def summed_majority(text: str, rng: random.Random) -> Injection | None:
    """A majority word summing up a real share below half: "45% of voters backed the plan" ->
    "45% of voters backed the plan, a clear majority"."""
    sites = [m for m in _SHARE_OF.finditer(text) if _number(m["n"]) < 49]
    if not sites:
        return None
    m = rng.choice(sites)
    clause = re.match(r"[^,.;:!?\n]{0,80}", text[m.end():])
    end = m.end() + (clause.end() if clause else 0)
    addition = rng.choice((", a clear majority", ", a majority", " - a slim majority"))
    return _replace("summed majority", text, end, end, addition, ("quantity/majority-below-half",), span=(m.start(), end + len(addition)))


_WEEK = re.compile(r"\b(?P<rel>last week|this week|next week)\b")


def weekend_date(text: str, rng: random.Random, when: date | None = None) -> Injection | None:
    """A weekend bound to a date weeks away: "next week" -> "next weekend, on June 27,"."""
    if when is None:
        return None
    sites = list(_WEEK.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    which = m["rel"].split()[0]
    step = {"last": -1, "this": 0, "next": 1}[which]
    saturday = when - timedelta(days=when.weekday()) + timedelta(days=5, weeks=step)
    wrong = saturday + timedelta(weeks=rng.choice((3, 4, 6)) * (1 if step >= 0 else -1))
    new = f"{which} weekend, on {calendar.month_name[wrong.month]} {wrong.day},"
    return _replace("weekend date", text, m.start(), m.end(), new, ("dates/relative-date-mismatch",))


weekend_date.needs_date = True  # type: ignore[attr-defined]

WHOLES_INJECTORS = {
    "further share": further_share,
    "owned parts": owned_parts,
    "summed majority": summed_majority,
    "weekend date": weekend_date,
}
WHOLES_RULES = {
    "further share": ("quantity/shares-sum",),
    "owned parts": ("quantity/part-exceeds-whole",),
    "summed majority": ("quantity/majority-below-half",),
    "weekend date": ("dates/relative-date-mismatch",),
}
