"""Error injectors: plant one known error into a real article and say where it is.

Each injector looks for a suitable site in the article (a conversion, a percent change, a full
date, a repeated name ...), changes it so that it is wrong in a known way, and returns the new
text with the planted span and the rules expected to find it. An article without a suitable site
gives ``None``. Every choice comes from the ``random.Random`` passed in, so a seed reproduces a run.

The vocabularies here (unit factors, a few countries, a roster of public figures) serve only to
plant errors; factlint's own knowledge lives in its rule packs.
"""

from __future__ import annotations

import calendar
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Injection:
    """An article with one planted error at ``text[start:end]``, found if one of ``rules`` flags it."""

    kind: str
    text: str
    start: int
    end: int
    rules: tuple[str, ...]
    before: str
    after: str


Injector = Callable[[str, random.Random], "Injection | None"]


def _replace(kind: str, text: str, start: int, end: int, new: str, rules: tuple[str, ...], span: tuple[int, int] | None = None) -> Injection:
    """``text`` with ``text[start:end]`` replaced by ``new``; the planted span is the new text
    unless ``span`` (offsets into the new text) says otherwise."""
    changed = text[:start] + new + text[end:]
    planted = span or (start, start + len(new))
    return Injection(kind, changed, planted[0], planted[1], rules, text[start:end], new)


def _number(value: str) -> float:
    return float(value.replace(",", ""))


def _format_like(value: float, model: str) -> str:
    """``value`` written with as many decimals as ``model``, with thousands separators if it has them."""
    decimals = len(model.split(".", 1)[1]) if "." in model else 0
    text = f"{value:,.{decimals}f}" if "," in model else f"{value:.{decimals}f}"
    return text


# --- broken conversions ------------------------------------------------------------------------

# unit surface form -> (dimension, factor to the base unit)
_UNITS: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0), "kilometres": ("length", 1000.0), "kilometers": ("length", 1000.0),
    "miles": ("length", 1609.344), "mile": ("length", 1609.344),
    "metres": ("length", 1.0), "meters": ("length", 1.0),
    "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "kg": ("mass", 1.0), "kilograms": ("mass", 1.0), "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237),
    "hectares": ("area", 10_000.0), "acres": ("area", 4046.8564224),
    "sq km": ("area", 1_000_000.0), "square kilometres": ("area", 1_000_000.0), "square kilometers": ("area", 1_000_000.0),
    "square miles": ("area", 2_589_988.11),
}
# what a unit is usually converted to in news copy
_TARGET = {
    "km": "miles", "kilometres": "miles", "kilometers": "miles", "miles": "km", "mile": "km",
    "metres": "feet", "meters": "feet", "feet": "metres", "ft": "metres",
    "kg": "lb", "kilograms": "pounds", "lb": "kg", "lbs": "kg",
    "hectares": "acres", "acres": "hectares",
    "sq km": "square miles", "square kilometres": "square miles", "square kilometers": "square miles", "square miles": "sq km",
}
_UNIT_ALTERNATION = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CONVERSION = re.compile(
    rf"(?<![\w.,])(?P<a>{_NUM})[ -](?P<ua>{_UNIT_ALTERNATION})\s+\((?P<b>{_NUM})[ -](?P<ub>{_UNIT_ALTERNATION}|pounds)\)"
)
_QUANTITY = re.compile(rf"(?<![\w.,$£€-])(?P<a>{_NUM}) (?P<ua>{_UNIT_ALTERNATION})(?![\w(-]| \()")
# the second figure of a range ("between 600 and 800 lbs"): a conversion there reads two ways
_RANGE_BEFORE = re.compile(r"\d\s*(?:and|to|or|-|–)\s*$")
# a conversion slip multiplies the right figure by one of these: inverted factor, doubled, off by far
_SLIPS = (0.38, 0.5, 1.6, 2.0, 2.6)


def broken_conversion(text: str, rng: random.Random) -> Injection | None:
    """Change the figure in an existing "A unit (B unit)" so it no longer converts; where the
    article has none, add a wrong conversion after a measured quantity ("42 km" -> "42 km (42 miles)")."""
    pairs = [m for m in _CONVERSION.finditer(text) if not _RANGE_BEFORE.search(text, 0, m.start()) and _UNITS.get(m["ua"], ("", 0))[0] == _UNITS.get(m["ub"].replace("pounds", "lb"), ("?", 0))[0]]
    slip = rng.choice(_SLIPS)
    if pairs:
        m = rng.choice(pairs)
        wrong = _number(m["b"]) * slip
        if wrong < 1:
            return None
        new = _format_like(wrong, m["b"])
        if new == m["b"]:
            return None
        return _replace("broken conversion", text, m.start("b"), m.end("b"), new, _CONVERSION_RULES,
                        span=(m.start(), m.end() + len(new) - len(m["b"])))
    sites = [m for m in _QUANTITY.finditer(text) if _number(m["a"]) > 0 and not _RANGE_BEFORE.search(text, 0, m.start())]
    if not sites:
        return None
    m = rng.choice(sites)
    unit = m["ua"]
    target = _TARGET[unit]
    right = _number(m["a"]) * _UNITS[unit][1] / _UNITS[target.replace("pounds", "lb")][1]
    wrong = right * slip
    if wrong < 1:
        return None
    figure = f"{wrong:,.0f}" if wrong >= 10 else f"{wrong:.1f}"
    addition = f" ({figure} {target})"
    return _replace("broken conversion", text, m.end(), m.end(), addition, _CONVERSION_RULES,
                    span=(m.start(), m.end() + len(addition)))


_CONVERSION_RULES = ("quantity/conversion-mismatch",)


# --- shares over 100 ---------------------------------------------------------------------------

_GROUPS = (
    r"(?:the )?(?:respondents|voters|households|people|Americans|Britons|adults|children|students|workers|employees|"
    r"members|residents|patients|women|men|those (?:polled|surveyed|questioned|asked)|the vote|votes|seats|the population|"
    r"companies|firms|shareholders|delegates|participants|teachers|doctors|users|customers|families|consumers)"
)
_SHARE = re.compile(rf"(?<![\w.,])(?P<n>\d{{1,2}}(?:\.\d+)?)(?P<pct>%| percent| per cent| pct) of {_GROUPS}\b")


def share_over_100(text: str, rng: random.Random) -> Injection | None:
    """Push a share of a group past its whole: "45% of voters" -> "145% of voters"."""
    sites = list(_SHARE.finditer(text))
    if not sites:
        return None
    m = rng.choice(sites)
    new = _format_like(_number(m["n"]) + rng.choice((100, 100, 120, 150)) + (1 if _number(m["n"]) < 1 else 0), m["n"])
    return _replace("share over 100", text, m.start("n"), m.end("n"), new, ("quantity/share-over-100",),
                    span=(m.start(), m.end() + len(new) - len(m["n"])))


# --- wrong percent changes ---------------------------------------------------------------------

_SCALE = r"(?: (?:mln|million|billion|bln|bn|thousand|trillion)|m\b|bn\b)?"


def _amount(name: str) -> str:
    """An amount such as "$1.2 billion" or "345 mln dlrs", its figure in group ``name``."""
    return rf"(?:[$£€] ?)?(?P<{name}>{_NUM}){_SCALE}(?: (?:dlrs|dollars|euros|pounds|yen|stg|tonnes|barrels|shares))?"


_RISE = r"rose|rise|increased|climbed|jumped|gained|grew|was up|were up|up|fell|dropped|declined|decreased|slipped|was down|were down|down"
_PCT = r"(?:%| percent| per cent| pct)"
# "rose 12 pct to 345 mln dlrs from 306 mln", "fell 5% from $40 to $38"
_CHANGE_TO_FROM = re.compile(rf"\b(?P<verb>{_RISE}) (?P<c>{_NUM}){_PCT} to {_amount('b')} from {_amount('a')}")
_CHANGE_FROM_TO = re.compile(rf"\b(?P<verb>{_RISE}) (?P<c>{_NUM}){_PCT} from {_amount('a')} to {_amount('b')}")
# "rose from 306 mln to 345 mln", "rose to 345 mln from 306 mln" (no percentage yet)
_BARE_VERB = r"rose|increased|climbed|jumped|grew|fell|dropped|declined|decreased"
_FROM_TO = re.compile(rf"\b(?P<verb>{_BARE_VERB}) from {_amount('a')} to {_amount('b')}")
_TO_FROM = re.compile(rf"\b(?P<verb>{_BARE_VERB}) to {_amount('b')} from {_amount('a')}")


def _scale_words(match: re.Match[str]) -> tuple[str, str]:
    tail_a = match.group(0)[match.end("a") - match.start():]
    tail_b = match.group(0)[match.end("b") - match.start():]
    return _leading_scale(tail_a), _leading_scale(tail_b)


def _leading_scale(tail: str) -> str:
    found = re.match(r" ?(mln|million|billion|bln|bn|thousand|trillion|m\b)", tail)
    return found.group(1) if found else ""


def _true_change(match: re.Match[str]) -> float | None:
    a, b = _number(match["a"]), _number(match["b"])
    scale_a, scale_b = _scale_words(match)
    if a <= 0 or b <= 0 or (scale_a and scale_b and scale_a != scale_b):
        return None
    if "%" in match.group(0)[match.end("b") - match.start():][:2] or "pct" in match.group(0)[match.end("a") - match.start():][:5]:
        return None  # percent of percentages: points or percent, a different question
    change = 100 * (b - a) / a
    rising = not re.match(r"fell|dropped|declined|decreased|slipped|was down|were down|down", match["verb"])
    if (change > 0) != rising or change == 0:
        return None  # direction words that do not fit the figures: leave the sentence alone
    return change


def _wrong_percent(change: float, rng: random.Random) -> float:
    size = abs(change)
    return rng.choice((size * 2 + 10, size / 3 if size > 30 else size + 25, size + 40))


def wrong_percent_change(text: str, rng: random.Random) -> Injection | None:
    """Make a stated percent change contradict its own figures ("rose 12 pct to 345 from 306" ->
    "rose 35 pct ..."); where only "rose from A to B" exists, add a wrong percentage to it."""
    stated = []
    for pattern in (_CHANGE_TO_FROM, _CHANGE_FROM_TO):
        for m in pattern.finditer(text):
            change = _true_change(m)
            if change is not None and abs(abs(change) - _number(m["c"])) <= max(1.0, 0.05 * abs(change)):
                stated.append((m, change))  # the article's own figure is right: we break it
    if stated:
        m, change = rng.choice(stated)
        new = _format_like(_wrong_percent(change, rng), m["c"])
        if new == m["c"]:
            return None
        return _replace("wrong percent change", text, m.start("c"), m.end("c"), new, _PERCENT_RULES,
                        span=(m.start(), m.end() + len(new) - len(m["c"])))
    bare = [(m, change) for p in (_FROM_TO, _TO_FROM) for m in p.finditer(text) if (change := _true_change(m)) is not None]
    if not bare:
        return None
    m, change = rng.choice(bare)
    style = Counter(re.findall(r"(?<=\d)(%| pct\b| percent\b| per cent\b)", text)).most_common(1)
    addition = f" {_wrong_percent(change, rng):.0f}{style[0][0] if style else '%'}"
    return _replace("wrong percent change", text, m.end("verb"), m.end("verb"), addition, _PERCENT_RULES,
                    span=(m.start(), m.end() + len(addition)))


_PERCENT_RULES = ("quantity/percent-change", "quantity/direction-mismatch", "quantity/percentage-points")


# --- reversed trade relations ------------------------------------------------------------------

_COUNTRIES = (
    "United States", "U.S.", "US", "China", "Russia", "Soviet Union", "Japan", "Britain", "United Kingdom", "Germany",
    "West Germany", "France", "Italy", "Spain", "Canada", "Mexico", "Brazil", "Argentina", "India", "Pakistan",
    "South Korea", "Taiwan", "Hong Kong", "Australia", "New Zealand", "Indonesia", "Malaysia", "Thailand",
    "Philippines", "Iran", "Iraq", "Saudi Arabia", "Egypt", "Turkey", "Israel", "Nigeria", "South Africa",
    "Netherlands", "Belgium", "Switzerland", "Sweden", "Norway", "Poland", "Ukraine", "Chile", "Peru",
    "Colombia", "Venezuela", "Vietnam", "Singapore", "European Union", "EU", "European Community", "EC", "Cuba",
    "North Korea", "Syria", "Qatar", "Kuwait", "Algeria", "Morocco", "Bangladesh", "Sri Lanka",
)
_DEMONYMS = {
    "Japanese": "Japan", "Chinese": "China", "American": "United States", "Soviet": "Soviet Union", "Russian": "Russia",
    "British": "Britain", "West German": "West Germany", "German": "Germany", "French": "France", "Canadian": "Canada",
    "Taiwanese": "Taiwan", "South Korean": "South Korea", "Korean": "South Korea", "Brazilian": "Brazil",
    "Australian": "Australia", "Indian": "India", "Italian": "Italy", "Mexican": "Mexico", "Argentine": "Argentina",
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Thai": "Thailand", "Iranian": "Iran", "Iraqi": "Iraq",
    "Saudi": "Saudi Arabia", "Egyptian": "Egypt", "Turkish": "Turkey", "Dutch": "Netherlands", "Spanish": "Spain",
    "Swiss": "Switzerland",
}


def _alternation(names: object) -> str:
    return "(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(names, key=len, reverse=True)) + r")(?![\w.])"  # type: ignore[call-overload]


_COUNTRY = _alternation(_COUNTRIES)
_FRONT = _alternation((*_COUNTRIES, *_DEMONYMS))
_IMPORT = re.compile(rf"(?P<x>{_FRONT})(?:'s)?\s+(?:imports?|importing|imported|buys|bought|purchased|purchases)\b[^;]{{0,90}}?\bfrom\s+(?:the\s+)?(?P<y>{_COUNTRY})")
_EXPORT = re.compile(rf"(?P<y>{_FRONT})(?:'s)?\s+(?:exports?|exporting|exported|ships|shipped|sells|sold|supplie[sd])\b[^;]{{0,90}}?\bto\s+(?:the\s+)?(?P<x>{_COUNTRY})")
_TAKES_THE = frozenset({"United States", "Britain", "European Union", "European Community", "Netherlands", "Philippines", "Soviet Union"})


def _canonical(country: str) -> str:
    country = " ".join(country.split())
    aliases = {"U.S.": "United States", "US": "United States", "United Kingdom": "Britain", "EU": "European Union",
               "EC": "European Community", **_DEMONYMS}
    return aliases.get(country, country)


def reversed_trade(text: str, rng: random.Random) -> Injection | None:
    """Swap importer and exporter in one trade sentence of an article that states the same
    direction for that pair at least twice ("Japan's imports from China" -> "China's imports from Japan")."""
    relations = [(m, _canonical(m["x"]), _canonical(m["y"])) for pattern in (_IMPORT, _EXPORT) for m in pattern.finditer(text)]
    relations = [r for r in relations if r[1] != r[2]]
    directions = Counter((importer, exporter) for _, importer, exporter in relations)
    # At least three statements of the flow: after one is reversed, two still show the direction,
    # so the reversed one is the odd one out (with two, either could be the wrong one).
    candidates = [
        r for r in relations
        if directions[(r[1], r[2])] >= 3 and directions[(r[2], r[1])] == 0
    ]
    if not candidates:
        try:
            return _reversed_trade_by_layer(text, rng)
        except (AttributeError, TypeError):  # a trade layer of another shape: no site
            return None
    m, _, _ = rng.choice(candidates)
    front, back = ("x", "y") if m.start("x") < m.start("y") else ("y", "x")
    middle = text[m.end(front):m.start(back)]
    if middle.rstrip().endswith(" the"):
        middle = middle[: middle.rstrip().rfind(" the") + 1]
    front_text = " ".join(m[front].split())
    back_name = _DEMONYMS.get(front_text, front_text)  # a demonym moves to the "from"/"to" slot as a name
    if _canonical(back_name) in _TAKES_THE and back_name not in ("U.S.", "US", "EC", "EU"):
        middle += "the "
    first, second = (front, m.start(front), m.end(front)), (back, m.start(back), m.end(back))
    new = m[back] + middle + back_name
    return _replace("reversed trade relation", text, first[1], second[2], new, ("trade/reversed-direction",),
                    span=(m.start(), m.end() + len(new) - (second[2] - first[1])))


def reversed_trade_tie(text: str, rng: random.Random) -> Injection | None:
    """Reverse one statement of a flow that only one other sentence states, where
    data/trade-positions.yaml places the country on the statement's side (Ghana sells cocoa): the
    rule must then tell the reversed statement from the one other sentence by the table alone."""
    return _reversed_trade_by_layer(text, rng, tie=True)


def _reversed_trade_by_layer(text: str, rng: random.Random, tie: bool = False) -> Injection | None:
    """The same, finding the statements with factlint's own trade ledger when it is installed:
    one statement is reversed (the two countries swapped, or the role word swapped for a
    one-party statement: "imported by Egypt" -> "exported by Egypt", "top importer" -> "top
    exporter") where at least two other sentences give its country the same role for the same
    goods and none the other role. Only statements the ledger reads can be planted this way."""
    kind = "reversed trade relation (one other)" if tie else "reversed trade relation"
    document = _document(text)
    if document is None:
        return None
    try:
        ledger = document.trade
    except KeyError:
        return None
    if ledger.two_way:
        return None
    statements = [s for s in getattr(ledger, "statements", ()) if s.goods and not s.relation.implied and not s.relation.reversed_span]
    if tie:
        candidates = [
            s for s in statements
            if len(ledger.agreeing(s)) == 1 and not ledger.opposing(s) and _reversible(s)
            and getattr(ledger, "known_role", lambda _: None)(s) == s.role
        ]
    else:
        candidates = [
            s for s in statements
            if len(ledger.agreeing(s)) >= 2 and not ledger.opposing(s) and _reversible(s)
        ]
    if not candidates:
        return None
    statement = rng.choice(candidates)
    relation = statement.relation
    if relation.importer and relation.exporter:
        first, second = sorted((relation.importer, relation.exporter), key=lambda party: party.start)
        if first.end > second.start or "adjective" in (first.form, second.form):
            return None
        new = second.text + text[first.end:second.start] + first.text
        return _replace(kind, text, first.start, second.end, new, ("trade/reversed-direction",),
                        span=(relation.start, relation.end + len(new) - (second.end - first.start)))
    start, end = relation.role_span
    swapped = ledger.role_swap(text[start:end])
    return _replace(kind, text, start, end, swapped, ("trade/reversed-direction",),
                    span=(relation.start, relation.end + len(swapped) - (end - start)))


def _reversible(statement: object) -> bool:
    relation = statement.relation  # type: ignore[attr-defined]
    if relation.importer and relation.exporter:
        return "adjective" not in (relation.importer.form, relation.exporter.form)
    return relation.role_span is not None


_LINTER: list[object] = []


def _document(text: str) -> object | None:
    """A factlint Document of ``text`` with the default rule packs, or None without factlint."""
    try:
        from factlint.config import Config
        from factlint.engine import Linter
    except ImportError:
        return None
    if not _LINTER:
        _LINTER.append(Linter.for_config(Config()))
    return _LINTER[0].document(text, "injected.txt")  # type: ignore[attr-defined]


# --- misspelt names ----------------------------------------------------------------------------

# Public figures of the corpus' eras (1987 wire, 2004-05 BBC, 2015-20 US and UK outlets).
ROSTER = (
    "Ronald Reagan", "Margaret Thatcher", "James Baker", "Paul Volcker", "Nigel Lawson", "Yasuhiro Nakasone",
    "Mikhail Gorbachev", "Helmut Kohl", "Jacques Chirac", "Francois Mitterrand", "Karl Otto Poehl",
    "Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "George Bush", "Alan Greenspan",
    "Vladimir Putin", "Gerhard Schroeder", "Kofi Annan", "Condoleezza Rice", "Donald Rumsfeld", "Dick Cheney",
    "Barack Obama", "Donald Trump", "Hillary Clinton", "Joe Biden", "Mike Pence", "Nancy Pelosi",
    "Mitch McConnell", "Angela Merkel", "Theresa May", "David Cameron", "Boris Johnson", "Jeremy Corbyn",
    "Emmanuel Macron", "Xi Jinping", "Kim Jong Un", "Benjamin Netanyahu", "Justin Trudeau", "John Kerry",
    "Rex Tillerson", "Mike Pompeo", "Bernie Sanders", "Elizabeth Warren", "Ted Cruz", "Marco Rubio",
    "Paul Ryan", "Janet Yellen", "Jerome Powell", "Robert Mueller", "Jeff Sessions", "Chuck Schumer",
)
_NOT_FIRST_NAMES = frozenset(
    "The A An This That These Those In On At For But And If When While After Before Its His Her Their Our "
    "Air Army Navy Federal National State General Chief Deputy Prime Vice Treasury Trade Finance Foreign "
    "North South East West New Great Royal Central United Supreme".split()
)
_NOT_SURNAMES = frozenset(
    "States Kingdom York House Street Bank Corp Inc Ministry Party Union Nations Council Court Department Office "
    "Senate Congress Committee Exchange Reserve Board Group Company Minister President Secretary Airport River "
    "Africa America Korea Arabia Zealand Kong Island Islands Republic Democrats Republicans Times Post News "
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Street Square Hall Centre Center Agency Service Services".split()
)


def misspell(word: str, rng: random.Random) -> str | None:
    """One typo of the kind that reaches print: two letters swapped, one doubled, dropped or replaced."""
    if len(word) < 4:
        return None
    inner = range(1, len(word) - 1)
    ways = ["swap", "double", "drop", "vowel"]
    rng.shuffle(ways)
    for way in ways:
        i = rng.choice(list(inner))
        if way == "swap" and i + 1 < len(word) and word[i] != word[i + 1] and word[i + 1].islower():
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if way == "double" and word[i].isalpha():
            return word[:i] + word[i] + word[i:]
        if way == "drop" and len(word) > 4 and word[i] != word[i - 1]:
            return word[:i] + word[i + 1:]
        if way == "vowel":
            vowels = [j for j in inner if word[j] in "aeiou"]
            if vowels:
                j = rng.choice(vowels)
                return word[:j] + rng.choice([v for v in "aeiou" if v != word[j]]) + word[j + 1:]
    return None


_roster: tuple[str, ...] = ROSTER
_roster_pattern: re.Pattern[str] | None = None


def use_roster(names: list[str]) -> None:
    """Plant misspellings of these names (the installed rule packs' roster) instead of ROSTER."""
    global _roster, _roster_pattern
    _roster = tuple(sorted({" ".join(n.split()) for n in names if len(n.split()) >= 2}))
    _roster_pattern = None


def misspelt_roster_name(text: str, rng: random.Random) -> Injection | None:
    """Misspell the first or last name of a public figure at one of the places the article names them in full."""
    global _roster_pattern
    if _roster_pattern is None:
        _roster_pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(_roster, key=lambda n: (-len(n), n))) + r")\b")
    sites = [(m, m.group()) for m in _roster_pattern.finditer(text)]
    if not sites:
        return None
    m, name = rng.choice(sites)
    parts = name.split()
    index = rng.choice([0, len(parts) - 1])
    wrong = misspell(parts[index], rng)
    if not wrong:
        return None
    new = " ".join(parts[:index] + [wrong] + parts[index + 1:])
    return _replace("misspelt name (roster)", text, m.start(), m.end(), new, _NAME_RULES)


_FULL_NAME = re.compile(r"\b(?P<first>[A-Z][a-z]{2,}) (?:[A-Z]\. )?(?P<last>[A-Z][a-z]{3,})\b")


def misspelt_repeated_name(text: str, rng: random.Random) -> Injection | None:
    """Misspell one later mention of a surname the article uses at least three times ("Stoltenberg ... Stoltenburg")."""
    surnames = {
        m["last"] for m in _FULL_NAME.finditer(text)
        if m["last"] not in _NOT_SURNAMES and m["first"] not in _NOT_SURNAMES and m["first"] not in _NOT_FIRST_NAMES
    }
    repeated = [
        s for s in sorted(surnames)
        if len(re.findall(rf"\b{s}\b", text)) >= 3 and re.search(rf"\b{s} (?:said|says|told|added|wrote)\b|\b(?:Mr|Mrs|Ms|Dr)\.? {s}\b", text)
    ]
    if not repeated:
        return None
    surname = rng.choice(repeated)
    mentions = list(re.finditer(rf"\b{surname}\b", text))
    m = rng.choice(mentions[1:])
    wrong = misspell(surname, rng)
    if not wrong or re.search(rf"\b{re.escape(wrong)}\b", text):
        return None
    return _replace("misspelt name (in article)", text, m.start(), m.end(), wrong, _NAME_RULES)


_NAME_RULES = ("names/known-misspelling", "names/inconsistent-spelling")


# --- swapped weekdays --------------------------------------------------------------------------

_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name[:3] + ".": number for name, number in list(_MONTHS.items()) if len(name) > 4})
_MONTH = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WEEKDAY = "|".join(calendar.day_name)
_US_DATE = re.compile(rf"(?:(?P<weekday>{_WEEKDAY}),? )?(?P<month>{_MONTH}) (?P<day>\d{{1,2}}),? (?P<year>(?:19|20)\d\d)\b")
_UK_DATE = re.compile(rf"(?:(?P<weekday>{_WEEKDAY}),? )?(?P<day>\d{{1,2}}) (?P<month>{_MONTH}),? (?P<year>(?:19|20)\d\d)\b")


def swapped_weekday(text: str, rng: random.Random) -> Injection | None:
    """Put the wrong weekday on a full date: change the one written, or add one where there is none."""
    sites = []
    for m in [*_US_DATE.finditer(text), *_UK_DATE.finditer(text)]:
        try:
            when = date(int(m["year"]), _MONTHS[m["month"]], int(m["day"]))
        except ValueError:
            continue
        if m["weekday"] and calendar.day_name[when.weekday()] != m["weekday"]:
            continue  # already wrong in the original: not ours to plant
        sites.append((m, when))
    if not sites:
        return None
    m, when = rng.choice(sites)
    wrong = calendar.day_name[(when.weekday() + rng.randint(1, 6)) % 7]
    if m["weekday"]:
        new = wrong + text[m.end("weekday"):m.end()]
        return _replace("swapped weekday", text, m.start(), m.end(), new, ("dates/weekday-mismatch",))
    new = f"{wrong}, {m.group()}"
    return _replace("swapped weekday", text, m.start(), m.end(), new, ("dates/weekday-mismatch",))


# --- mixed style variants ----------------------------------------------------------------------

# (pattern of the form the article uses, replacement in the other house style)
_VARIANTS: tuple[tuple[str, str, str, str], ...] = (
    # name, form used, pattern of that form, the other form written in its place
    ("U.S.", r"\bU\.S\.(?= [A-Z][a-z])", r"\bUS\b", "US"),
    ("US", r"\bUS\b(?! ?\$)", r"\bU\.S\.", "U.S."),
    ("U.K.", r"\bU\.K\.(?= [A-Z][a-z])", r"\bUK\b", "UK"),
    ("UK", r"\bUK\b", r"\bU\.K\.", "U.K."),
    ("percent", r"(?<=\d) percent\b", r"\d ?%|\bper cent\b", "%"),
    ("per cent", r"(?<=\d) per cent\b", r"\d ?%|\bpercent\b", "%"),
    ("%", r"(?<=\d)%", r"\bper ?cent\b", " percent"),
    ("email", r"\bemail\b", r"\be-mail\b", "e-mail"),
    ("e-mail", r"\be-mail\b", r"\bemail\b", "email"),
)


def mixed_style(text: str, rng: random.Random) -> Injection | None:
    """Write one occurrence of a form the article uses at least three times (and never varies)
    in another house style: one "U.S." becomes "US", one "12 percent" becomes "12%"."""
    choices = []
    for name, used, others, replacement in _VARIANTS:
        found = list(re.finditer(used, text))
        if len(found) >= 3 and not re.search(others, text):
            choices.append((name, found, replacement))
    if not choices:
        return None
    _, found, replacement = rng.choice(choices)
    m = rng.choice(found[1:])
    return _replace("mixed style variants", text, m.start(), m.end(), replacement, ("style/inconsistent-form",))


# --- doubled words -----------------------------------------------------------------------------

_DOUBLABLE = re.compile(r"(?<![\w'’-])(?P<word>[a-z]{2,})(?![\w'’-])")
_LEGITIMATE_DOUBLES = frozenset("had that is bye no so very really now well far there go".split())


def doubled_word(text: str, rng: random.Random) -> Injection | None:
    """Write a word twice, as an edit or a line break leaves it ("the the")."""
    sites = [m for m in _DOUBLABLE.finditer(text) if m["word"] not in _LEGITIMATE_DOUBLES]
    if not sites:
        return None
    m = rng.choice(sites)
    new = f"{m['word']} {m['word']}"
    return _replace("doubled word", text, m.start(), m.end(), new, ("grammar/doubled-word",))


INJECTORS: dict[str, Injector] = {
    "broken conversion": broken_conversion,
    "share over 100": share_over_100,
    "wrong percent change": wrong_percent_change,
    "reversed trade relation": reversed_trade,
    "reversed trade relation (one other)": reversed_trade_tie,
    "misspelt name (roster)": misspelt_roster_name,
    "misspelt name (in article)": misspelt_repeated_name,
    "swapped weekday": swapped_weekday,
    "mixed style variants": mixed_style,
    "doubled word": doubled_word,
}


# The rules meant to find each error type (also recorded on every Injection).
EXPECTED_RULES: dict[str, tuple[str, ...]] = {
    "broken conversion": _CONVERSION_RULES,
    "share over 100": ("quantity/share-over-100",),
    "wrong percent change": _PERCENT_RULES,
    "reversed trade relation": ("trade/reversed-direction",),
    "reversed trade relation (one other)": ("trade/reversed-direction",),
    "misspelt name (roster)": _NAME_RULES,
    "misspelt name (in article)": _NAME_RULES,
    "swapped weekday": ("dates/weekday-mismatch",),
    "mixed style variants": ("style/inconsistent-form",),
    "doubled word": ("grammar/doubled-word",),
}


# The wordings of issue 14 (other orders of a change, changes in words, compound units, whole-first
# parts, majority words, relative dates) live beside this module.
from quantity_injectors import QUANTITY_INJECTORS, QUANTITY_RULES  # noqa: E402

INJECTORS.update(QUANTITY_INJECTORS)
EXPECTED_RULES.update(QUANTITY_RULES)

# Session 2 of issue 14: absolute changes, change nouns, poll splits, closed and verbless lists,
# majorities of a count and other majority words, possessive relative dates.
from construction_injectors import CONSTRUCTION_INJECTORS, CONSTRUCTION_RULES  # noqa: E402

INJECTORS.update(CONSTRUCTION_INJECTORS)
EXPECTED_RULES.update(CONSTRUCTION_RULES)

# Session 5 of issue 14: one more part of a whole, a whole something has and its parts, a majority
# word summing up a clause, a weekend against a date.
from wholes_injectors import WHOLES_INJECTORS, WHOLES_RULES  # noqa: E402

INJECTORS.update(WHOLES_INJECTORS)
EXPECTED_RULES.update(WHOLES_RULES)

# Session 6 of issue 13: a flow stated twice, stated once more backwards in another construction.
from trade_injectors import TRADE_INJECTORS, TRADE_RULES  # noqa: E402

INJECTORS.update(TRADE_INJECTORS)
EXPECTED_RULES.update(TRADE_RULES)

# Session 6 of issue 14: report lines, German and Chinese orders translated word for word,
# multipliers in figures, magnitude slips between start and end.
from change_injectors import CHANGE_INJECTORS, CHANGE_RULES  # noqa: E402

INJECTORS.update(CHANGE_INJECTORS)
EXPECTED_RULES.update(CHANGE_RULES)
