"""Error injectors for the wordings of issue 14: real change statements rewritten into other
orders with a wrong figure, changes in words, compound-unit conversions, whole-first parts,
majority words and relative dates.

Each rewrites one real site of the article (its own figures, units and scale words) into the new
construction with a known error, so recall is measured on real copy around the planted words and
not on the rules' own examples. Registered in ``injectors.INJECTORS``.
"""

from __future__ import annotations

import calendar
import random
import re
from datetime import date, timedelta

from injectors import _CHANGE_FROM_TO, _CHANGE_TO_FROM, _FROM_TO, _NUM, _TO_FROM, Injection, _format_like, _number, _replace, _true_change

_CHANGE_RULES = ("quantity/percent-change", "quantity/direction-mismatch", "quantity/percentage-points")
_FALLS = re.compile(r"fell|dropped|declined|decreased|slipped|was down|were down|down")


def _change_sites(text: str) -> list[tuple[re.Match[str], float]]:
    """Real statements whose true change is known: stated right, or with no percent at all."""
    found = []
    for pattern in (_CHANGE_TO_FROM, _CHANGE_FROM_TO):
        for m in pattern.finditer(text):
            change = _true_change(m)
            if change is not None and abs(abs(change) - _number(m["c"])) <= max(1.0, 0.05 * abs(change)):
                found.append((m, change))
    for pattern in (_FROM_TO, _TO_FROM):
        found.extend((m, change) for m in pattern.finditer(text) if (change := _true_change(m)) is not None)
    return found


def _amount_text(match: re.Match[str], name: str) -> str:
    """The amount as the article wrote it: currency sign, figure, scale and unit words."""
    whole = match.group(0)
    start, end = match.start(name) - match.start(), match.end(name) - match.start()
    head = re.search(r"(?:[$£€] ?)?$", whole[:start])
    tail = re.match(r"(?: (?:mln|million|billion|bln|bn|thousand|trillion)|m\b|bn\b)?(?: (?:dlrs|dollars|euros|pounds|yen|stg|tonnes|barrels|shares))?", whole[end:])
    return (head.group() if head else "") + match.group(name) + (tail.group() if tail else "")


def _wrong(change: float, rng: random.Random) -> float:
    size = abs(change)
    return rng.choice((size * 2 + 10, size + 25, size / 3 + 30 if size > 45 else size + 40))


def reordered_change(text: str, rng: random.Random) -> Injection | None:
    """Rewrite a real statement into one of the orders the issue lists, with a wrong percent:
    "rose to B from A, a rise of C%", "to B in the period from A a year earlier, up C%",
    "posted a C% gain to B, compared with A", "rose by X, or C%, to B"."""
    sites = _change_sites(text)
    if not sites:
        return None
    m, change = rng.choice(sites)
    falls = bool(_FALLS.match(m["verb"]))
    a, b = _amount_text(m, "a"), _amount_text(m, "b")
    wrong = f"{_wrong(change, rng):.0f}%"
    verb = m["verb"] if not m["verb"].startswith(("was ", "were ", "up", "down")) else ("fell" if falls else "rose")
    shapes = [
        f"{verb} to {b} from {a}, a {'fall' if falls else 'rise'} of {wrong}",
        f"{verb} to {b} in the period from {a} a year earlier, {'down' if falls else 'up'} {wrong}",
        f"posted a {wrong} {'drop' if falls else 'gain'} to {b}, compared with {a}",
    ]
    difference = abs(_number(m["b"]) - _number(m["a"]))
    if difference > 0 and not re.search(r"[$£€]", b[:2]) and m["b"] in b:
        shapes.append(f"{verb} by {b.replace(m['b'], _format_like(difference, m['b']), 1)}, or {wrong}, to {b}")
    new = rng.choice(shapes)
    return _replace("reordered change", text, m.start(), m.end(), new, _CHANGE_RULES)


_WORDS_UP = (("doubled", 100.0), ("tripled", 200.0), ("rose by a fifth", 20.0), ("rose by a third", 33.3), ("rose by a quarter", 25.0), ("rose by half", 50.0))
_WORDS_DOWN = (("halved", -50.0), ("fell by a third", -33.3), ("fell by a quarter", -25.0), ("fell by a fifth", -20.0))


def change_in_words(text: str, rng: random.Random) -> Injection | None:
    """State a real change with a multiplier or fraction word it does not fit: "rose 12 pct to 345
    from 306" -> "doubled to 345 from 306", "fell by a third to ..."."""
    sites = _change_sites(text)
    if not sites:
        return None
    m, change = rng.choice(sites)
    options = [w for w, value in (_WORDS_DOWN if change < 0 else _WORDS_UP) if abs(value - change) > max(15.0, 0.6 * abs(value))]
    if not options:
        return None
    new = f"{rng.choice(options)} to {_amount_text(m, 'b')} from {_amount_text(m, 'a')}"
    return _replace("change in words", text, m.start(), m.end(), new, ("quantity/percent-change",))


# --- compound units ----------------------------------------------------------------------------

# surface form -> (dimension, factor to the base unit, the unit it is converted to in news copy)
_COMPOUND = {
    "km/h": ("speed", 1 / 3.6, "mph"), "mph": ("speed", 0.44704, "km/h"), "knots": ("speed", 0.514444, "km/h"),
    "hectares": ("area", 10_000.0, "acres"), "acres": ("area", 4046.8564224, "hectares"),
    "sq km": ("area", 1e6, "sq miles"), "square miles": ("area", 2_589_988.11, "sq km"),
    "litres": ("volume", 0.001, "gallons"), "gallons": ("volume", 0.00378541, "litres"), "barrels": ("volume", 0.158987, "cubic metres"),
    "cubic metres": ("volume", 1.0, "cubic feet"), "tonnes": ("mass", 1000.0, "short tons"), "kg": ("mass", 1.0, "lb"),
}
_FACTORS = {**{k: v[1] for k, v in _COMPOUND.items()}, "sq miles": 2_589_988.11, "cubic feet": 0.0283168, "short tons": 907.18474, "lb": 0.45359237}
_COMPOUND_QUANTITY = re.compile(
    rf"(?<![\w.,$£€-])(?P<a>{_NUM}) (?P<ua>{'|'.join(sorted(map(re.escape, _COMPOUND), key=len, reverse=True))})(?![\w(/-]| \()"
)


def compound_conversion(text: str, rng: random.Random) -> Injection | None:
    """Add a wrong conversion after a real speed, area, volume or mass: "120 km/h" -> "120 km/h (120 mph)"."""
    sites = [m for m in _COMPOUND_QUANTITY.finditer(text) if _number(m["a"]) >= 1 and not re.search(r"\d\s*(?:and|to|or|-|–)\s*$", text[max(0, m.start() - 12):m.start()])]
    if not sites:
        return None
    m = rng.choice(sites)
    unit = m["ua"]
    target = _COMPOUND[unit][2]
    right = _number(m["a"]) * _FACTORS[unit] / _FACTORS[target]
    wrong = right * rng.choice((0.38, 0.5, 1.6, 2.0, 2.6))
    if wrong < 1:
        return None
    figure = f"{wrong:,.0f}" if wrong >= 10 else f"{wrong:.1f}"
    addition = f" ({figure} {target})"
    return _replace("compound conversion", text, m.end(), m.end(), addition, ("quantity/conversion-mismatch",), span=(m.start(), m.end() + len(addition)))


# --- parts, majorities -------------------------------------------------------------------------

_PART_OF = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}) of the (?P<m>\d{1,3}(?:,\d{3})?) (?P<noun>[a-z]+s)\b")
_SHARE_OF = re.compile(r"(?<![\w.,])(?P<n>\d{1,2}(?:\.\d)?)(?P<pct>%| percent| per cent| pct) of (?P<noun>(?:the )?(?:respondents|voters|households|people|Americans|Britons|adults|members|residents|workers|employees|shareholders|students|those polled|those surveyed))\b")


def whole_first_part(text: str, rng: random.Random) -> Injection | None:
    """Turn a real "N of the M members" into "Of the M members, N'" with N' above M."""
    sites = [m for m in _PART_OF.finditer(text) if 0 < _number(m["n"]) <= _number(m["m"]) and not re.match(r"(?:19|20)\d\d$", m["m"])]
    if not sites:
        return None
    m = rng.choice(sites)
    bigger = int(_number(m["m"]) * rng.choice((1.2, 1.5, 2.0))) + 1
    opening = "Of" if m.start() == 0 or text[m.start() - 2:m.start()].strip() in (".", "") else "of"
    new = f"{opening} the {m['m']} {m['noun']}, {bigger:,}"
    return _replace("whole-first part", text, m.start(), m.end(), new, ("quantity/part-exceeds-whole",))


def majority_below_half(text: str, rng: random.Random) -> Injection | None:
    """Call a real share below half a majority: "42% of voters backed" -> "most voters, 42%, backed"."""
    sites = [m for m in _SHARE_OF.finditer(text) if _number(m["n"]) < 49]
    if not sites:
        return None
    m = rng.choice(sites)
    noun = m["noun"].removeprefix("the ")
    new = rng.choice((f"most {noun}, {m['n']}{m['pct']},", f"a majority of {m['n']}{m['pct']} of {noun}", f"more than half of {noun}, {m['n']}{m['pct']},"))
    return _replace("majority below half", text, m.start(), m.end(), new, ("quantity/majority-below-half",))


# --- relative dates ----------------------------------------------------------------------------

_RELATIVE = re.compile(r"\b(?P<rel>next week|last week|tomorrow|yesterday|next month|last month)\b")


def relative_date(text: str, rng: random.Random, when: date | None = None) -> Injection | None:
    """Bind a far-off absolute date to a real relative one: "next week" -> "next week, on August 6"."""
    if when is None:
        return None
    sites = list(_RELATIVE.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    ahead = m["rel"] in ("next week", "tomorrow", "next month")
    wrong = when + timedelta(days=rng.choice((75, 90, 120)) * (1 if ahead else -1))
    addition = rng.choice((f", on {calendar.month_name[wrong.month]} {wrong.day},", f" ({wrong.day} {calendar.month_name[wrong.month]})"))
    return _replace("relative date", text, m.end(), m.end(), addition, ("dates/relative-date-mismatch",), span=(m.start(), m.end() + len(addition)))


relative_date.needs_date = True  # type: ignore[attr-defined]

QUANTITY_INJECTORS = {
    "reordered change": reordered_change,
    "change in words": change_in_words,
    "compound conversion": compound_conversion,
    "whole-first part": whole_first_part,
    "majority below half": majority_below_half,
    "relative date": relative_date,
}
QUANTITY_RULES = {
    "reordered change": _CHANGE_RULES,
    "change in words": ("quantity/percent-change",),
    "compound conversion": ("quantity/conversion-mismatch",),
    "whole-first part": ("quantity/part-exceeds-whole",),
    "majority below half": ("quantity/majority-below-half",),
    "relative date": ("dates/relative-date-mismatch",),
}
