"""The ``quantities`` layer: every number in the document with its unit, scale, qualifier and rounding.

Numbers are captured with one regular expression built from ``data/units.yaml`` (surface forms of
units, currency signs, scale words, number words, fractions, qualifiers), so a newsroom extends the
vocabulary with data, not code. Units are mapped to canonical names here; pint is not touched by
this layer (see :mod:`factlint.units`), so a run over text without conversions never imports it.

Each number carries the interval its written precision implies ("16" is 15.5-16.5, "1.2 billion"
is 1.15-1.25 billion, "600" is 550-650: trailing zeros may be rounding), so checks can tell a
correctly rounded figure from a wrong one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.rulecache import kept

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.knowledge import Knowledge

# Cheap prefilter: a document without a digit or a number word has no quantities.
_NUMBER_HINT = r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|dozen|half|thirds?|quarters?|fifths?|tenths?)\b"


@cache
def _has_number() -> regex.Pattern[str]:
    return patterncache.compile(_NUMBER_HINT, regex.IGNORECASE)


_ADJECTIVE_AFTER = patterncache.compile(r"[-‑]\p{L}")
# Compiled once: a module-level ``regex.search(source, ...)`` looks its pattern up in regex's cache on every call.
_YEAR = patterncache.compile(r"1[89]\d\d|20\d\d")
_RANK_BEFORE = patterncache.compile(r"(?:\bNo\.?|\bnumber|#)\s*$", regex.IGNORECASE)
_DOT_THOUSANDS = patterncache.compile(r"\d{1,3}\.\d{3}")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# Largest rounding half-width, relative to the figure, that a written number is read with.
_ROUNDING_CAP = 0.2
# Relative half-width given to fractions written as words ("a third" covers 30-36.7%).
_FRACTION_SLACK = 0.1


@dataclass(frozen=True)
class Bound:
    """A value and the interval its written precision allows."""

    value: float
    low: float
    high: float

    def scaled(self, factor: float) -> "Bound":
        lo, hi = sorted((self.low * factor, self.high * factor))
        return Bound(self.value * factor, lo, hi)


@dataclass(frozen=True)
class Quantity:
    """One number in the text: ``text == document.text[start:end]`` (qualifier included).

    ``value`` is signed and scaled ("$1.2bn" is 1.2e9 with unit ``usd``); ``upper`` is the top of a
    range ("10-12 km", "between 5 and 7"); ``unit`` a key of ``units`` in units.yaml or None.
    """

    start: int
    end: int
    number_start: int
    text: str
    bound: Bound
    unit: str | None = None
    qualifier: str | None = None
    qualifier_loose: bool = False
    upper: Bound | None = None
    scale: float = 1.0
    form: str = "digits"  # digits | word | fraction
    year_like: bool = False
    rank: bool = False
    zeros: int = 0
    date_like: bool = False  # "December 31", "31 Dec": a day of the month
    adjective: bool = False  # "a nine-year high", "a 10-day strike": a modifier, not an amount
    dot_thousands: bool = False  # "9.900" may be 9,900 written with a European separator

    @property
    def coarse(self) -> Bound:
        """The interval when trailing zeros are rounding too ("600 miles" as 550-650)."""
        if not self.zeros:
            return self.bound
        half = _capped(0.5 * 10**self.zeros * abs(self.scale), self.value)
        return Bound(self.value, min(self.bound.low, self.value - half), max(self.bound.high, self.value + half))

    @property
    def coarse_upper(self) -> Bound | None:
        if self.upper is None or not self.zeros:
            return self.upper
        half = _capped(0.5 * 10**self.zeros * abs(self.scale), self.upper.value)
        return Bound(self.upper.value, min(self.upper.low, self.upper.value - half), max(self.upper.high, self.upper.value + half))

    @property
    def value(self) -> float:
        return self.bound.value

    @property
    def is_range(self) -> bool:
        return self.upper is not None

    @property
    def is_percent(self) -> bool:
        return self.unit == "percent"  # a fraction word alone is one ("a third"); "half a trillion dollars" is not

    def rescaled(self, factor: float) -> "Quantity":
        """The same figure read with a scale ("23" in "to 28 mln from 23" read as 23 mln)."""
        return replace(
            self,
            bound=self.bound.scaled(factor),
            upper=self.upper.scaled(factor) if self.upper else None,
            scale=self.scale * factor,
        )


@dataclass(frozen=True)
class Vocabulary:
    """The compiled contents of units.yaml."""

    pattern: regex.Pattern[str]
    form_units: Mapping[str, str]  # lower-cased surface form -> unit
    cased_units: Mapping[str, str]  # surface form as written -> unit
    currency_units: Mapping[str, str]
    scales: Mapping[str, float]
    short_scales: Mapping[str, float]
    number_words: Mapping[str, float]
    fractions: Mapping[str, float]
    loose: frozenset[str]
    units: Mapping[str, Mapping[str, Any]]
    month_before: regex.Pattern[str]
    month_after: regex.Pattern[str]
    period_before: regex.Pattern[str]
    # Every match holds a digit or one of these words (lower case; the longest word of each number
    # word and fraction), and starts at most ``reach`` characters before it when no run of spaces
    # is longer than one: see find_quantities.
    anchor_words: tuple[str, ...] = ()
    reach: int = 0


def _alternation(items: list[str]) -> str:
    """Longest first so "sq km" wins over "km"; spaces match any run of spaces."""
    escaped = [regex.escape(item).replace(r"\ ", r"\s+").replace(" ", r"\s+") for item in sorted(set(items), key=lambda item: (-len(item), item))]
    return "|".join(escaped) or "(?!)"


@kept("quantity-vocabulary")
def vocabulary(knowledge: "Knowledge") -> Vocabulary:
    """Build the quantity pattern from the knowledge's units.yaml, once per rule set."""
    data = knowledge.get("units") or {}
    units: dict[str, Mapping[str, Any]] = dict(data.get("units") or {})
    form_units: dict[str, str] = {}
    cased_units: dict[str, str] = {}
    attached: dict[str, str] = {}
    for name, spec in units.items():
        for form in spec.get("forms") or []:
            form_units[" ".join(str(form).lower().split())] = name
        for form in spec.get("cased") or []:
            cased_units[str(form)] = name
        for form in spec.get("attached") or []:
            attached[str(form)] = name
    cased_units.update(attached)
    currency_units = {str(k): str(v) for k, v in (data.get("currency_prefixes") or {}).items()}
    scales = {str(k).lower(): float(v) for k, v in (data.get("scales") or {}).items()}
    short_scales = {str(k).lower(): float(v) for k, v in (data.get("short_scales") or {}).items()}
    number_words = {" ".join(str(k).lower().split()): float(v) for k, v in (data.get("number_words") or {}).items()}
    fractions = {" ".join(str(k).lower().replace("-", " ").split()): float(v) for k, v in (data.get("fractions") or {}).items()}
    qualifiers = data.get("qualifiers") or {}
    loose = frozenset(" ".join(str(q).lower().split()) for q in qualifiers.get("loose") or [])
    all_qualifiers = [str(q) for group in qualifiers.values() for q in group or []] 

    tens = [w for w, v in number_words.items() if v in (20, 30, 40, 50, 60, 70, 80, 90) and " " not in w]
    ones = [w for w, v in number_words.items() if 1 <= v <= 9 and " " not in w]
    small = rf"(?:(?:{_alternation(tens)})(?:[-\s](?:{_alternation(ones)}))?|{_alternation(list(number_words))})"
    # "two hundred", "a hundred and fifty", "fifteen hundred", "two thousand five hundred":
    # hundreds and thousands, valued by text2num ("two thousand" alone is two and a scale word).
    hundreds = rf"(?:(?:{small}|a)\s+hundred(?:(?:\s+and\s+|[-\s])(?:{small}))?)"
    word_number = rf"(?:{small}\s+thousand(?:,?\s+|\s+and\s+)(?:{hundreds}|{small})|{hundreds}|{small})"
    fraction = "|".join(
        regex.escape(f).replace(r"\ ", r"[-\s]").replace(" ", r"[-\s]") for f in sorted(fractions, key=len, reverse=True)
    ) or "(?!)"
    currency = _alternation(list(currency_units)).replace(r"\s+", r"\s?")
    unit_forms = _alternation(list(form_units))
    cased_forms = _alternation([f for f in cased_units if f not in attached])
    attached_forms = _alternation(list(attached))
    scale_words = _alternation(list(scales))
    short_scale_words = _alternation(list(short_scales))
    # "380m euros", "2bn dollars": a short scale before a currency word is a scale, not a metre.
    currency_words = _alternation([form for form, unit in form_units.items() if (units.get(unit) or {}).get("currency")])

    # What may stand before the number (a qualifier, "between", a minus, a currency) sets ``reach``
    # below: a new part there must be counted in it.
    source = rf"""
        (?<![\p{{L}}\p{{N}}_.,:'’$£€¥])(?<!\d/)(?<![\p{{L}}\p{{N}}][-–])
        (?:(?P<qual>{_alternation(all_qualifiers)})\s+)?
        (?:(?P<between>between)\s+)?
        (?P<numstart>)
        (?P<neg>(?:minus|negative)\s+|[-−](?=[\d.$£€¥]))?
        (?P<cur>{currency})?
        (?:
            (?P<num>{_DIGITS})
          | (?P<frac>{fraction})(?![\p{{L}}])
          | (?P<word>{word_number})(?![\p{{L}}])
        )
        (?:
            (?(between)\s+and\s+|(?(num)\s?[-–]\s?|(?!)))(?P<cur2>{currency})?(?P<num2>{_DIGITS})
        )?
        (?:
            (?:\s|-)?(?P<scale>{scale_words})(?![\p{{L}}])
          | (?(cur)(?P<short>{short_scale_words})(?![\p{{L}}])|(?P<short>{short_scale_words})(?=\s+(?:{currency_words})(?![\p{{L}}])))
        )?
        (?:
            (?P<attached>(?-i:{attached_forms}))(?![\p{{L}}\p{{N}}])
          | (?:\s?-\s?|\s|(?<=\d)(?=[%°º]))?
            (?:(?P<unit>{unit_forms})|(?P<cased>(?-i:{cased_forms})))
            (?:(?<=[%°º²³])|(?![\p{{L}}\p{{N}}]))
        )?
        (?![\p{{N}}]|[.,]\d|:\d)(?:(?<=\D)|(?!/\d))
    """
    # Simple case folding (as the change forms): units and number words are English; full folding made the scan 27% slower.
    pattern = patterncache.compile("(?-f)" + source, regex.VERSION1 | regex.IGNORECASE | regex.VERBOSE)
    # Each number word and fraction is found by its longest word ("a dozen" by "dozen"), which starts
    # at most its own length into the number; before the number stand at most a qualifier, "between",
    # "negative" and a currency, each with one space, and a "." before digits.
    keys = [*number_words, *fractions, "a hundred"]
    anchor_words = tuple(sorted({max(regex.split(r"[-\s]+", key), key=len) for key in keys}))
    longest = max((len(key) for key in keys), default=0)
    before = max((len(q) for q in all_qualifiers), default=0) + 1 + len("between ") + len("negative ") + max((len(c) for c in currency_units), default=0)
    months = _alternation([str(m) for m in data.get("months") or []])
    halves = _alternation([str(m) for m in data.get("period_halves") or []])
    return Vocabulary(
        month_before=patterncache.compile(rf"\b(?:{months})\.?\s+$"),
        month_after=patterncache.compile(rf"\s+(?:{months})\b"),
        period_before=patterncache.compile(rf"\b(?:{halves})\s+$", regex.IGNORECASE),
        pattern=pattern,
        anchor_words=anchor_words,
        reach=before + longest + 1,
        form_units=form_units,
        cased_units=cased_units,
        currency_units=currency_units,
        scales=scales,
        short_scales=short_scales,
        number_words=number_words,
        fractions=fractions,
        loose=loose,
        units=units,
    )


def _digits_bound(digits: str) -> Bound:
    """The value of written digits and the half-unit of their last written place."""
    plain = digits.replace(",", "")
    value = float(plain)
    half = 0.5 * 10 ** -len(plain.split(".", 1)[1]) if "." in plain else 0.5
    half = _capped(half, value)
    return Bound(value, value - half, value + half)


def _capped(half: float, value: float) -> float:
    """A figure with one significant digit is not read as more than ``_ROUNDING_CAP`` away from
    itself: "2 million" is 1.6-2.4 million, not 1.5-2.5, and "1,000 miles" is not 621."""
    return min(half, _ROUNDING_CAP * abs(value)) if value else half


def _trailing_zeros(digits: str | None) -> int:
    """Zeros ending a whole number ("600" has 2): they may be rounding, not precision."""
    if not digits or "." in digits:
        return 0
    plain = digits.replace(",", "").lstrip("0")
    return len(plain) - len(plain.rstrip("0")) if plain else 0


def _word_value(text: str, vocab: Vocabulary) -> float | None:
    """The value of a number in words: the vocabulary's own words ("a dozen"), else text2num
    ("twenty-five", "three hundred and fifty"); None when it is not one number."""
    words = " ".join(text.lower().replace("-", " ").split())
    if words in vocab.number_words:
        return vocab.number_words[words]
    from text_to_num import text2num

    try:
        return float(text2num(regex.sub(r"^a\s", "one ", words), "en"))
    except ValueError:
        return None


def _normal(form: str) -> str:
    return " ".join(form.lower().replace("\u00a0", " ").split())


def parse(match: regex.Match[str], vocab: Vocabulary) -> Quantity | None:
    """Turn one match of the vocabulary pattern into a Quantity."""
    unit: str | None = None
    currency = match.group("cur")
    if currency:
        unit = vocab.currency_units.get(currency) or vocab.currency_units.get(" ".join(currency.split()) + " ")
        if unit is None:
            unit = next((u for sign, u in vocab.currency_units.items() if sign.strip() == currency.strip()), None)
    form = "digits"
    try:
        upper = _digits_bound(match.group("num2")) if match.group("num2") else None
        bound = _digits_bound(match.group("num")) if match.group("num") else None
    except ValueError:  # a digit the regex module knows but float() does not yet ("\U00016d70", Unicode 16)
        return None
    if bound is None and match.group("frac"):
        value = vocab.fractions.get(_normal(match.group("frac").replace("-", " ")))
        if value is None:
            return None
        bound = Bound(value, value * (1 - _FRACTION_SLACK), value * (1 + _FRACTION_SLACK))
        form = "fraction"
        if vocab.period_before.search(match.string, max(0, match.start() - 12), match.start()):
            return None  # "first half" is a period
    elif bound is None:
        word_value = _word_value(match.group("word"), vocab)
        if word_value is None:
            return None
        bound = Bound(word_value, word_value - 0.5, word_value + 0.5)
        form = "word"
    qualifier = _normal(match.group("qual")) if match.group("qual") else None
    if match.group("between") and upper is None:
        return None
    scale = 1.0
    if match.group("scale"):
        scale = vocab.scales[_normal(match.group("scale"))]
    elif match.group("short"):
        scale = vocab.short_scales[match.group("short").lower()]
    if match.group("neg"):
        bound = Bound(-bound.value, -bound.high, -bound.low)
    if match.group("unit"):
        unit = vocab.form_units.get(_normal(match.group("unit")), unit)
    elif match.group("cased"):
        unit = vocab.cased_units.get(match.group("cased"), unit)
    elif match.group("attached"):
        unit = vocab.cased_units.get(match.group("attached"), unit)
    if form == "fraction":
        unit = "percent" if unit is None else unit
    number_start = match.start("numstart")
    text = match.string
    year_like = bool(
        match.group("num")
        and _YEAR.fullmatch(match.group("num"))
        and unit is None
        and scale == 1.0
    )
    rank = bool(_RANK_BEFORE.search(text[max(0, number_start - 8):number_start]))
    quantity = Quantity(
        start=match.start(),
        end=match.end(),
        number_start=number_start,
        text=match.group(),
        bound=bound,
        unit=unit,
        qualifier=qualifier,
        qualifier_loose=qualifier in vocab.loose,
        upper=upper,
        form=form,
        year_like=year_like,
        rank=rank,
        zeros=_trailing_zeros(match.group("num")),
        date_like=unit is None and scale == 1.0 and bool(
            vocab.month_before.search(text, max(0, number_start - 12), number_start) or vocab.month_after.match(text, match.end())
        ),
        adjective=unit is None and bool(_ADJECTIVE_AFTER.match(text[match.end():match.end() + 2])),
        dot_thousands=bool(match.group("num") and _DOT_THOUSANDS.fullmatch(match.group("num"))),
    )
    return quantity.rescaled(scale) if scale != 1.0 else quantity


def find_quantities(text: str, start: int, end: int, vocab: Vocabulary) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, left to right."""
    found = []
    for match in _matches(text, start, end, vocab):
        quantity = parse(match, vocab)
        if quantity is not None:
            found.append(quantity)
    return found


# Letters a case-blind ASCII letter matches that ``str.lower`` does not make it ("ſ", the Kelvin sign, "İ").
_LOWER_UNSAFE = patterncache.compile("[\u017f\u212a\u0130]")
_WIDE_SPACE = patterncache.compile(r"\s\s")
_DIGIT_RUN = patterncache.compile(r"\d+")


def _matches(text: str, start: int, end: int, vocab: Vocabulary) -> Iterator["regex.Match[str]"]:
    """``vocab.pattern.finditer(text, start, end)``, searched for only near the digits and number words.

    The pattern tries a long list of words at every word of the span (some 0.8 us a character). A
    match holds a digit or an anchor word and starts at most ``vocab.reach`` characters before it,
    so the next match after ``pos`` is the first one found from ``reach`` before the first anchor
    after ``pos``: the same matches, the spans between anchors unread.
    """
    span = text[start:end]
    lowered = span.lower()
    if not vocab.reach or len(lowered) != len(span) or (not span.isascii() and _LOWER_UNSAFE.search(span)) or _WIDE_SPACE.search(span):
        yield from vocab.pattern.finditer(text, start, end, timeout=1.0)
        return
    anchors = [start + found.start() for found in _DIGIT_RUN.finditer(span)]
    for word in vocab.anchor_words:
        at = lowered.find(word)
        while at >= 0:
            anchors.append(start + at)
            at = lowered.find(word, at + 1)
    anchors.sort()
    pos, index = start, 0
    while True:
        index = bisect_left(anchors, pos, index)
        if index == len(anchors):
            return
        match = vocab.pattern.search(text, max(pos, anchors[index] - vocab.reach), end, timeout=1.0)
        if match is None:
            return
        yield match
        pos = match.end()


@dataclass(frozen=True)
class QuantityLayer:
    """The document's quantities, in order, and per sentence."""

    quantities: tuple[Quantity, ...]
    by_sentence: tuple[tuple[int, int, tuple[Quantity, ...]], ...]  # (start, end, quantities)


def extract(document: "Document") -> QuantityLayer:
    """The ``quantities`` layer of a document."""
    if not _has_number().search(document.text):
        return QuantityLayer((), ())
    vocab = vocabulary(document.knowledge)
    found: list[Quantity] = []
    by_sentence = []
    for sentence in document.sentences:
        if not _has_number().search(sentence.text):
            continue
        items = find_quantities(document.text, sentence.start, sentence.end, vocab)
        if items:
            found.extend(items)
            by_sentence.append((sentence.start, sentence.end, tuple(items)))
    return QuantityLayer(tuple(found), tuple(by_sentence))
