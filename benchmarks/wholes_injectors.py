"""Error injectors for the wholes of issue 14, session 5: one more part of a whole ("with a further
M%"), a whole stated as what something has and its parts, a majority word summing up a clause, and
a weekend against a date; session 6: a conversion in words ("equivalent to about ..."), a whole
named first split among subjects with one verb, a poll with its predicates first and a list after
"share of". Each rewrites one real site of the article (its own share, count or
relative phrase) with a known error. Registered in ``injectors.INJECTORS`` beside
``quantity_injectors``.
"""

from __future__ import annotations

import calendar
import random
import re
from datetime import date, timedelta

from injectors import Injection, _number, _replace
from quantity_injectors import _COMPOUND, _COMPOUND_QUANTITY, _FACTORS, _PART_OF, _SHARE_OF

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

def worded_conversion(text: str, rng: random.Random) -> Injection | None:
    """A wrong conversion in words after a real speed, area, volume or mass: "120 km/h" -> "120 km/h,
    equivalent to about 150 mph,"."""
    sites = [m for m in _COMPOUND_QUANTITY.finditer(text) if _number(m["a"]) >= 1 and not re.search(r"\d\s*(?:and|to|or|-|–)\s*$", text[max(0, m.start() - 12):m.start()])]
    if not sites:
        return None
    m = rng.choice(sites)
    target = _COMPOUND[m["ua"]][2]
    wrong = _number(m["a"]) * _FACTORS[m["ua"]] / _FACTORS[target] * rng.choice((0.38, 0.5, 1.6, 2.0, 2.6))
    if wrong < 1:
        return None
    figure = f"{wrong:,.0f}" if wrong >= 10 else f"{wrong:.1f}"
    addition = rng.choice((f", equivalent to about {figure} {target},", f", which is approximately {figure} {target},", f", about equal to {figure} {target},"))
    return _replace("worded conversion", text, m.end(), m.end(), addition, ("quantity/conversion-mismatch",), span=(m.start(), m.end() + len(addition)))


def subject_split(text: str, rng: random.Random) -> Injection | None:
    """A real "N of the M members" turned into a whole named first split past itself among subjects:
    "of the M members, the largest group got A, the second B and the rest C" (A + B + C > M)."""
    sites = [m for m in _PART_OF.finditer(text) if 6 <= _number(m["m"]) < 1000 and not re.match(r"(?:19|20)\d\d$", m["m"])]
    if not sites:
        return None
    m = rng.choice(sites)
    whole = int(_number(m["m"]))
    first, second = whole // 2, whole // 3
    rest = whole - first - second + rng.choice((1, 2, 4))
    opening = "Of" if m.start() == 0 or text[m.start() - 2:m.start()].strip() in (".", "") else "of"
    new = f"{opening} the {m['m']} {m['noun']}, the largest group got {first}, the second {second} and the others {rest},"
    return _replace("subject split", text, m.start(), m.end(), new, ("quantity/part-exceeds-whole",))


def fronted_poll(text: str, rng: random.Random) -> Injection | None:
    """A real share of respondents followed by a poll with its predicates first that adds up past 100:
    "45% of voters" -> "45% of voters (in favour were 45%, against 41% and undecided 20%)"."""
    sites = [m for m in _SHARE_OF.finditer(text) if 20 <= _number(m["n"]) <= 70]
    if not sites:
        return None
    m = rng.choice(sites)
    share = int(_number(m["n"]))
    against = (100 - share) * 2 // 3
    undecided = 100 - share - against + rng.choice((6, 10, 15))
    addition = f" (in favour were {share}%, against {against}% and undecided {undecided}%)"
    return _replace("fronted poll", text, m.end(), m.end(), addition, ("quantity/shares-sum",), span=(m.start(), m.end() + len(addition)))


def share_of_list(text: str, rng: random.Random) -> Injection | None:
    """A list after "share of" that adds up past 100, set after a real share: "45% of voters" -> "45% of
    voters (the share of the young among them was 40%, the middle-aged 38% and the old 30%)"."""
    sites = list(_SHARE_OF.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    first = rng.choice((38, 40, 45))
    second = rng.choice((31, 35))
    third = 100 - first - second + rng.choice((6, 10, 15))
    addition = f" (the share of the young among them was {first}%, the middle-aged {second}% and the old {third}%)"
    return _replace("share-of list", text, m.end(), m.end(), addition, ("quantity/shares-sum",), span=(m.end(), m.end() + len(addition)))


WHOLES_INJECTORS = {
    "worded conversion": worded_conversion,
    "subject split": subject_split,
    "fronted poll": fronted_poll,
    "share-of list": share_of_list,
    "further share": further_share,
    "owned parts": owned_parts,
    "summed majority": summed_majority,
    "weekend date": weekend_date,
}
WHOLES_RULES = {
    "worded conversion": ("quantity/conversion-mismatch",),
    "subject split": ("quantity/part-exceeds-whole",),
    "fronted poll": ("quantity/shares-sum",),
    "share-of list": ("quantity/shares-sum",),
    "further share": ("quantity/shares-sum",),
    "owned parts": ("quantity/part-exceeds-whole",),
    "summed majority": ("quantity/majority-below-half",),
    "weekend date": ("dates/relative-date-mismatch",),
}
