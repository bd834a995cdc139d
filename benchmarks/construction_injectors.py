"""Error injectors for the constructions added in session 2 of issue 14: absolute changes against
their pair, translated change nouns, poll splits, lists closed by "the remaining", verbless share
lists, majorities of a count, new majority words and possessive relative dates.

Each rewrites one real site of the article (its own figures and nouns) into the construction with
a known error. Registered in ``injectors.INJECTORS`` beside ``quantity_injectors``.
"""

from __future__ import annotations

import calendar
import random
import re
from datetime import date, timedelta

from injectors import Injection, _format_like, _number, _replace
from quantity_injectors import _FALLS, _PART_OF, _RELATIVE, _SHARE_OF, _amount_text, _change_sites, _wrong


def absolute_change(text: str, rng: random.Random) -> Injection | None:
    """State a real pair's change in units, wrongly: "rose to 345 mln from 306 mln" -> "rose by
    60 mln to 345 mln from 306 mln"."""
    sites = [(m, c) for m, c in _change_sites(text) if _number(m["b"]) != _number(m["a"])]
    if not sites:
        return None
    m, _ = rng.choice(sites)
    falls = bool(_FALLS.match(m["verb"]))
    a, b = _amount_text(m, "a"), _amount_text(m, "b")
    difference = abs(_number(m["b"]) - _number(m["a"]))
    unit = 10.0 ** -(len(m["b"].split(".", 1)[1]) if "." in m["b"] else 0)
    # wrong beyond the rounding of the three figures
    options = [w for f in (1.6, 2.0, 0.5) for sign in (1, -1) if (w := difference * f + sign * 4 * unit) > 0 and abs(w - difference) > 2 * unit]
    if not options:
        return None
    wrong = rng.choice(options)
    if m["b"] not in b:
        return None
    change = b.replace(m["b"], _format_like(wrong, m["b"]), 1)
    new = f"{'fell' if falls else 'rose'} by {change} to {b} from {a}"
    return _replace("absolute change", text, m.start(), m.end(), new, ("quantity/absolute-change",))


def change_noun(text: str, rng: random.Random) -> Injection | None:
    """A real pair rewritten as a translated change noun with a wrong percent: "recorded a growth
    of C% year on year to reach B, compared with A", "registered an increase of C%, reaching B,
    against A a year earlier"."""
    sites = _change_sites(text)
    if not sites:
        return None
    m, change = rng.choice(sites)
    falls = bool(_FALLS.match(m["verb"]))
    a, b = _amount_text(m, "a"), _amount_text(m, "b")
    wrong = f"{_wrong(change, rng):.0f}%"
    noun = "decline" if falls else rng.choice(("growth", "increase", "gain"))
    new = rng.choice((
        f"recorded a {noun} of {wrong} year on year to reach {b}, compared with {a}",
        f"registered a{'n' if noun[0] in 'aeiou' else ''} {noun} of {wrong}, reaching {b}, against {a} a year earlier",
        f"posted a {wrong} year-on-year {noun} to {b}, in comparison with {a}",
    ))
    return _replace("change noun", text, m.start(), m.end(), new, ("quantity/percent-change", "quantity/direction-mismatch"))


def _share_site(text: str, rng: random.Random, below: float) -> re.Match[str] | None:
    sites = [m for m in _SHARE_OF.finditer(text) if 5 <= _number(m["n"]) < below]
    return rng.choice(sites) if sites else None


def poll_split(text: str, rng: random.Random) -> Injection | None:
    """A real share made the first of a poll split past 100: "42% of voters" -> "42% of voters were
    in favour, 51% were against and 12% had no opinion"."""
    m = _share_site(text, rng, 80)
    if m is None:
        return None
    n, pct = _number(m["n"]), m["pct"]
    rest = rng.randint(6, 14)
    against = round(100 - n - rest + rng.randint(6, 14))
    if not 0 < against < 100:
        return None
    new = rng.choice((
        f"{m['n']}{pct} of {m['noun']} were in favour, {against}{pct} were against and {rest}{pct} had no opinion",
        f"{m['n']}{pct} of {m['noun']} said yes, {against}{pct} said no and {rest}{pct} did not know",
        f"{m['n']}{pct} of {m['noun']} backed it, with {against}{pct} opposed and {rest}{pct} undecided",
    ))
    return _replace("poll split", text, m.start(), m.end(), new, ("quantity/shares-sum",))


def closed_list(text: str, rng: random.Random) -> Injection | None:
    """A real share followed by a fraction and "the remaining N%" that overshoot 100: "30% of
    workers" -> "30% of workers, a third in the cities and the remaining 45% in the countryside"."""
    m = _share_site(text, rng, 60)
    if m is None:
        return None
    fraction, value = rng.choice((("a third", 33.3), ("a quarter", 25.0), ("a fifth", 20.0)))
    remaining = round(100 - _number(m["n"]) - value + rng.randint(8, 15))
    new = f"{m['n']}{m['pct']} of {m['noun']}, {fraction} in the cities and the remaining {remaining}{m['pct']} in the countryside"
    return _replace("closed list", text, m.start(), m.end(), new, ("quantity/shares-sum",))


def verbless_list(text: str, rng: random.Random) -> Injection | None:
    """A real share followed by a list with no verb that sums past 100: "40% of households" ->
    "40% of households, with the north for 40%, the south for 38% and the east for 31%"."""
    m = _share_site(text, rng, 70)
    if m is None:
        return None
    n, pct = _number(m["n"]), m["pct"]
    second = rng.randint(20, 40)
    third = round(100 - n - second + rng.randint(8, 15))
    if third <= 0:
        return None
    new = f"{m['n']}{pct} of {m['noun']}, with the north for {m['n']}{pct}, the south for {second}{pct} and the east for {third}{pct}"
    return _replace("verbless list", text, m.start(), m.end(), new, ("quantity/shares-sum",))


def majority_of_count(text: str, rng: random.Random) -> Injection | None:
    """Call a real part of at most half its whole a majority: "5 of the 12 directors" -> "the
    majority of the directors, 5 of the 12 directors,"."""
    sites = [m for m in _PART_OF.finditer(text) if 0 < _number(m["n"]) <= _number(m["m"]) / 2 and not re.match(r"(?:19|20)\d\d$", m["m"])]
    if not sites:
        return None
    m = rng.choice(sites)
    word = rng.choice(("the majority", "most", "more than half"))
    new = f"{word} of the {m['noun']}, {m['n']} of the {m['m']} {m['noun']},"
    return _replace("majority of count", text, m.start(), m.end(), new, ("quantity/majority-below-half",))


def majority_words(text: str, rng: random.Random) -> Injection | None:
    """A real share below half behind another majority word: "the bulk of voters, or 42%,"."""
    m = _share_site(text, rng, 49)
    if m is None:
        return None
    noun = m["noun"].removeprefix("the ")
    new = rng.choice((
        f"the bulk of {noun}, or {m['n']}{m['pct']},",
        f"the lion's share of {noun} ({m['n']}{m['pct']})",
        f"more than half of the {noun} questioned, or {m['n']}{m['pct']},",
        f"the majority of {noun}, that is {m['n']}{m['pct']},",
    ))
    return _replace("majority words", text, m.start(), m.end(), new, ("quantity/majority-below-half",))


def possessive_date(text: str, rng: random.Random, when: date | None = None) -> Injection | None:
    """Give a real relative phrase an event of its own on a far-off date: "last week" -> "last week
    (at last week's meeting, held on January 3)"."""
    if when is None:
        return None
    sites = list(_RELATIVE.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    ahead = m["rel"] in ("next week", "tomorrow", "next month")
    wrong = when + timedelta(days=rng.choice((75, 120)) * (1 if ahead else -1))
    noun = rng.choice(("meeting", "session", "vote", "summit"))
    held = "scheduled for" if ahead else "held on"
    addition = f" (at {m['rel']}'s {noun}, {held} {calendar.month_name[wrong.month]} {wrong.day})"
    return _replace("possessive date", text, m.end(), m.end(), addition, ("dates/relative-date-mismatch",), span=(m.start(), m.end() + len(addition)))


possessive_date.needs_date = True  # type: ignore[attr-defined]

CONSTRUCTION_INJECTORS = {
    "absolute change": absolute_change,
    "change noun": change_noun,
    "poll split": poll_split,
    "closed list": closed_list,
    "verbless list": verbless_list,
    "majority of count": majority_of_count,
    "majority words": majority_words,
    "possessive date": possessive_date,
}
CONSTRUCTION_RULES = {
    "absolute change": ("quantity/absolute-change",),
    "change noun": ("quantity/percent-change", "quantity/direction-mismatch"),
    "poll split": ("quantity/shares-sum",),
    "closed list": ("quantity/shares-sum",),
    "verbless list": ("quantity/shares-sum",),
    "majority of count": ("quantity/majority-below-half",),
    "majority words": ("quantity/majority-below-half",),
    "possessive date": ("dates/relative-date-mismatch",),
}
