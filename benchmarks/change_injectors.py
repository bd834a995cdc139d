"""Error injectors for the change constructions of session 6 (issue 14): report lines with the start
in brackets and a signed change, German verb-final order translated word for word, Chinese order
with the start in its own clause, multipliers in figures ("2.5 times") and magnitude slips between
the start and the end ("to EUR 210 million from EUR 1.9 billion" with the stated change right).

Each rewrites one real change statement of the article (its own figures, units and scale words)
into the construction with a known error. Registered in ``injectors.INJECTORS``.
"""

from __future__ import annotations

import random
import re

from injectors import Injection, _number, _replace
from quantity_injectors import _FALLS, _amount_text, _change_sites

_CHANGE_RULES = ("quantity/percent-change", "quantity/direction-mismatch")


def _site(text: str, rng: random.Random) -> tuple[re.Match[str], float, bool, str, str] | None:
    sites = _change_sites(text)
    if not sites:
        return None
    m, change = rng.choice(sites)
    return m, change, bool(_FALLS.match(m["verb"])), _amount_text(m, "a"), _amount_text(m, "b")


def _far_wrong(change: float, rng: random.Random) -> float:
    """A wrong percent well away from the true one (``_wrong`` can land near it: 46 for 49)."""
    options = [w for w in (abs(change) * 2 + 10, abs(change) + 25, abs(change) / 3 + 30) if abs(w - abs(change)) > max(8.0, 0.25 * abs(change))]
    return rng.choice(options)


def report_line(text: str, rng: random.Random) -> Injection | None:
    """A real pair as a report line with a wrong signed change: "was 345 mln dlrs (previous year:
    306 mln dlrs), +35%"."""
    site = _site(text, rng)
    if site is None:
        return None
    m, change, falls, a, b = site
    wrong = _far_wrong(change, rng)
    label = rng.choice(("previous year", "prior year", "a year earlier"))
    new = f"was {b} ({label}: {a}), {'-' if falls else '+'}{wrong:.0f}%"
    return _replace("report line", text, m.start(), m.end(), new, _CHANGE_RULES)


def verb_final(text: str, rng: random.Random) -> Injection | None:
    """A real pair in German order translated word for word, with a wrong percent: "has by 35
    percent to 345 mln dlrs risen, after 306 mln dlrs in the previous year"."""
    site = _site(text, rng)
    if site is None:
        return None
    m, change, falls, a, b = site
    wrong = _far_wrong(change, rng)
    verb = rng.choice(("fallen", "sunk", "decreased")) if falls else rng.choice(("risen", "increased", "grown"))
    new = rng.choice((
        f"has by {wrong:.0f} percent to {b} {verb}, after {a} in the previous year",
        f"is from {a} by {wrong:.0f} percent to {b} {verb}",
    ))
    return _replace("verb-final change", text, m.start(), m.end(), new, _CHANGE_RULES)


def chinese_order(text: str, rng: random.Random) -> Injection | None:
    """A real pair in Chinese order translated word for word: "reached 345 mln dlrs, compared with
    last year same period grew 35%, last year same period was 306 mln dlrs"."""
    site = _site(text, rng)
    if site is None:
        return None
    m, change, falls, a, b = site
    wrong = _far_wrong(change, rng)
    new = f"reached {b}, compared with last year same period {'declined' if falls else 'grew'} {wrong:.0f}%, last year same period was {a}"
    return _replace("chinese-order change", text, m.start(), m.end(), new, _CHANGE_RULES)


def multiplier_figure(text: str, rng: random.Random) -> Injection | None:
    """A real pair with a multiplier in figures it does not fit: "rose 3.5 times to 345 mln dlrs
    from 306 mln", "decreased 2.5 times"."""
    site = _site(text, rng)
    if site is None:
        return None
    m, change, falls, a, b = site
    ratio = _number(m["b"]) / _number(m["a"])
    factor = 1 / ratio if falls else ratio
    options = [n for n in (2.5, 3.5, 4, 5) if abs(n - factor) > 0.4 * n]
    if not options:
        return None
    n = rng.choice(options)
    verb = "decreased" if falls else rng.choice(("grew", "rose", "increased"))
    new = rng.choice((f"{verb} {n:g} times to {b} from {a}", f"{verb} {n:g}-fold, from {a} to {b}"))
    return _replace("multiplier figure", text, m.start(), m.end(), new, ("quantity/percent-change",))


_MILLION = re.compile(r"(?<=\d)(?P<sep> ?)(?P<word>million|mln|m\b)")


def magnitude_slip(text: str, rng: random.Random) -> Injection | None:
    """A real statement whose stated change is right, with the start's scale slipped to billions:
    "rose 12 pct to 345 mln dlrs from 306 mln" -> "... from 306 bln"."""
    sites = [(m, c) for m, c in _change_sites(text) if m.groupdict().get("c") and _MILLION.match(text, m.end("a"))]
    if not sites:
        return None
    m, _ = rng.choice(sites)
    scale = _MILLION.match(text, m.end("a"))
    assert scale is not None
    billion = {"million": "billion", "mln": "bln", "m": "bn"}[scale["word"]]
    return _replace("magnitude slip", text, scale.start("word"), scale.end("word"), billion, _CHANGE_RULES, span=(m.start(), m.end() + len(billion) - len(scale["word"])))


CHANGE_INJECTORS = {
    "report line": report_line,
    "verb-final change": verb_final,
    "chinese-order change": chinese_order,
    "multiplier figure": multiplier_figure,
    "magnitude slip": magnitude_slip,
}
CHANGE_RULES = {
    "report line": _CHANGE_RULES,
    "verb-final change": _CHANGE_RULES,
    "chinese-order change": _CHANGE_RULES,
    "multiplier figure": ("quantity/percent-change",),
    "magnitude slip": _CHANGE_RULES,
}
