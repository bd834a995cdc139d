"""The country gazetteer: finds each mention of a country or bloc and resolves it to one entity.

The gazetteer joins the ISO 3166 names that pycountry ships with the news forms in
``data/countries.yaml`` (aliases such as "PRC" and "U.S.", demonyms such as "Chinese", capitals used
as metonyms such as "Beijing" or "Brussels" for the EU). It is built once per rule-pack set, on the
first document that needs it, and matched as one ``regex`` named list (longest form wins, so
"Papua New Guinea" never yields "Guinea" and "Latin America" never yields "America").
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import regex

from factlint import datacache, patterncache
from factlint.rulecache import kept
from factlint.errors import FactlintError

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge

Form = Literal["name", "adjective", "capital"]

# A mention ends a word; "U.S." ends in a full stop, so the left edge refuses letters and dots.
_LEFT_EDGE = r"(?<![\p{L}\p{N}.&'’-])"
_RIGHT_EDGE = r"(?![\p{L}\p{N}&-])"
POSSESSIVE = r"(?:['’]s(?![\p{L}\p{N}])|(?<=s)['’](?![\p{L}\p{N}]))"


@dataclass(frozen=True)
class Entity:
    """A country or bloc: its code (ISO 3166 alpha-2, a historic code, or a bloc code) and its name."""

    code: str
    display: str


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: ``text`` is the surface form without any possessive ending."""

    start: int
    end: int
    text: str
    entity: Entity
    form: Form
    possessive: bool = False


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Surface forms of countries and blocs, case-sensitive, with their form (name, adjective, capital)."""

    forms: Mapping[str, tuple[Entity, Form] | None]
    entities: Mapping[str, Entity] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # forms that are cities, ports or regions (the trade gazetteer's)
    shared: Mapping[str, Entity] = field(default_factory=dict)  # a form two countries share -> the other one

    def lookup(self, text: str) -> tuple[Entity, Form] | None:
        """The entity a surface form (possessive allowed) names, or None."""
        return self.forms.get(strip_possessive(text))

    @property
    def all_forms(self) -> list[str]:
        return list(self.forms)


_MATCHERS: "weakref.WeakKeyDictionary[Gazetteer, regex.Pattern[str]]" = weakref.WeakKeyDictionary()


@functools.cache
def _iso_database() -> Path | None:
    """pycountry's ISO 3166-1 table, found without importing pycountry."""
    import importlib.util

    spec = importlib.util.find_spec("pycountry")
    return Path(spec.submodule_search_locations[0]) / "databases" / "iso3166-1.json" if spec and spec.submodule_search_locations else None


def _iso_database_stamp() -> tuple[str, int, int] | None:
    """What the kept gazetteer depends on besides the packs' data: pycountry's table (an upgrade of
    pycountry builds it again), by path, size and modification time."""
    database = _iso_database()
    try:
        status = database.stat() if database else None
    except OSError:
        return None
    return (str(database), status.st_size, status.st_mtime_ns) if status else None


@kept("gazetteer", depends=_iso_database_stamp)
def gazetteer(knowledge: "Knowledge") -> Gazetteer:
    """The gazetteer of a rule-pack set, built on first use and kept between runs (factlint.rulecache.kept)."""
    return build_gazetteer(knowledge.get("countries") or {})


_TRADE_GAZETTEERS: "weakref.WeakKeyDictionary[Gazetteer, Gazetteer]" = weakref.WeakKeyDictionary()


def trade_gazetteer(base: Gazetteer, knowledge: "Knowledge") -> Gazetteer:
    """``base`` with the ``trade_places`` of data/countries.yaml as capitals ("Karachi", "Ras
    Laffan"): the trade layer's only, so that names, dates and offices never see them."""
    if base not in _TRADE_GAZETTEERS:
        data = knowledge.get("countries") or {}
        _TRADE_GAZETTEERS[base] = with_places(base, data.get("trade_places") or {}, data.get("trade_shared_names") or {})
    return _TRADE_GAZETTEERS[base]


def with_places(base: Gazetteer, places: Mapping[str, Any], shared: Mapping[str, Any] | None = None) -> Gazetteer:
    """``base`` and the places of each entity code, as capitals (a form ``base`` has already keeps its
    meaning), and the shared forms (form -> the other entity's code)."""
    def entity_of(key: str, code: Any) -> Entity:
        entity = base.entities.get(str(code))
        if entity is None:
            raise FactlintError(f"data/countries.yaml: {key}: {code!r} is no entity code of the gazetteer")
        return entity

    forms = dict(base.forms)
    added: set[str] = set()
    for code, names in places.items():
        entity = entity_of("trade_places", code)
        for name in names or []:
            if str(name) not in forms:
                forms[str(name)] = (entity, "capital")
                added.add(str(name))
    others = {str(form): entity_of(f"trade_shared_names: {form}", code) for form, code in (shared or {}).items()}
    return Gazetteer(forms, base.entities, frozenset(added), others)


_SHARED_MATCHERS: "weakref.WeakKeyDictionary[Gazetteer, regex.Pattern[str]]" = weakref.WeakKeyDictionary()


def _shared_pattern(gazetteer_: Gazetteer) -> regex.Pattern[str]:
    """The forms of the countries that shared forms concern (longest first, as mention_pattern matches them)."""
    if gazetteer_ not in _SHARED_MATCHERS:
        codes = {other.code for other in gazetteer_.shared.values()}
        codes |= {found[0].code for form in gazetteer_.shared if (found := gazetteer_.forms.get(form))}
        forms = [form for form, found in gazetteer_.forms.items() if found is not None and found[0].code in codes]
        _SHARED_MATCHERS[gazetteer_] = patterncache.compile(_LEFT_EDGE + r"(?P<form>\L<forms>)" + _RIGHT_EDGE, regex.VERSION1, forms=forms)
    return _SHARED_MATCHERS[gazetteer_]


def shared_forms(text: str, gazetteer_: Gazetteer) -> dict[str, Entity]:
    """The shared forms that name their other country in this article: the article names that country
    by another form and the form's usual country by none ("Congo" after "Democratic Republic of Congo")."""
    if not gazetteer_.shared or not any(form in text for form in gazetteer_.shared):
        return {}
    by_code: dict[str, set[str]] = {}
    for match in _shared_pattern(gazetteer_).finditer(text):  # the forms of the countries concerned only: one fast scan
        found = gazetteer_.forms.get(match.group("form"))
        if found is not None:
            by_code.setdefault(found[0].code, set()).add(match.group("form"))
    resolved = {}
    for form, other in gazetteer_.shared.items():  # in data order: "Congo" decided first, then "Congolese" with it
        usual = gazetteer_.forms.get(form)
        if usual is None or form not in by_code.get(usual[0].code, ()):
            continue
        if by_code.get(other.code, set()) - {form} and not by_code[usual[0].code] - {form}:
            resolved[form] = other
            by_code[usual[0].code].discard(form)
            by_code.setdefault(other.code, set()).add(form)
    return resolved


def iso_countries() -> list[tuple[str, str | None, str | None, str | None]]:
    """pycountry's countries as (alpha-2 code, common name, name, official name), kept in
    factlint.datacache by a digest of pycountry's database file: importing pycountry (and the
    importlib.metadata it reads its version with) cost more than the rest of a one-article run's layers."""
    database = _iso_database()
    try:
        key = ("pycountry-iso3166-1", datacache.digest(database.read_bytes())) if database else None
    except OSError:
        key = None
    stored = datacache.get(key) if key else None
    if isinstance(stored, list):
        return stored
    import pycountry  # lazy: only articles that need countries pay for it

    rows = [
        (country.alpha_2, *(getattr(country, name, None) for name in ("common_name", "name", "official_name")))
        for country in pycountry.countries
    ]
    if key:
        datacache.put(key, rows)
    return rows  # type: ignore[return-value]


def build_gazetteer(data: Mapping[str, Any]) -> Gazetteer:
    """Join pycountry's ISO names with the YAML aliases; YAML forms win over ISO names."""
    skip = set(data.get("skip") or [])
    entries: Mapping[str, Mapping[str, Any]] = data.get("entities") or {}
    forms: dict[str, tuple[Entity, Form] | None] = {}
    entities: dict[str, Entity] = {}

    def entity_for(code: str, iso_name: str | None) -> Entity:
        if code not in entities:
            entry = entries.get(code) or {}
            entities[code] = Entity(code, str(entry.get("display") or iso_name or code))
        return entities[code]

    for alpha_2, *iso_names in iso_countries():
        usable = [name for name in iso_names if name and "," not in name and "(" not in name]
        entity = entity_for(alpha_2, usable[0] if usable else iso_names[1])
        for name in usable:
            if name not in skip:
                forms.setdefault(name, (entity, "name"))
    for code, entry in entries.items():
        if not isinstance(code, str):  # YAML reads a bare NO (Norway) as false
            raise FactlintError(f"data/countries.yaml: entity key {code!r} must be a quoted string")
        entity = entity_for(code, None)
        for key, form in (("names", "name"), ("adjectives", "adjective"), ("capitals", "capital")):
            for text in entry.get(key) or []:
                # An explicit name beats an adjective of the same spelling ("U.S." is both).
                if text not in forms or forms[text] is None or forms[text][1] != "name" or form == "name":  # type: ignore[index]
                    forms[str(text)] = (entity, form)  # type: ignore[assignment]
    for text in data.get("not_countries") or []:
        forms[str(text)] = None
    return Gazetteer(forms, entities)


def mention_pattern(gazetteer_: Gazetteer) -> regex.Pattern[str]:
    """One pattern for every surface form, with an optional possessive ending."""
    if gazetteer_ not in _MATCHERS:
        _MATCHERS[gazetteer_] = patterncache.compile(
            _LEFT_EDGE + r"(?P<form>\L<forms>)(?P<poss>" + POSSESSIVE + r")?" + _RIGHT_EDGE,
            regex.VERSION1,
            forms=gazetteer_.all_forms,
        )
    return _MATCHERS[gazetteer_]


def find_mentions(text: str, gazetteer_: Gazetteer, start: int = 0, end: int | None = None) -> Iterable[Mention]:
    """Mentions of countries in ``text[start:end]`` (blockers such as "Latin America" are skipped)."""
    for match in mention_pattern(gazetteer_).finditer(text, start, len(text) if end is None else end):
        found = gazetteer_.forms.get(match.group("form"))
        if found is None:
            continue
        entity, form = found
        yield Mention(match.start(), match.end("form"), match.group("form"), entity, form, bool(match.group("poss")))


_POSSESSIVE_END = patterncache.compile(POSSESSIVE + "$")


def strip_possessive(text: str) -> str:
    return _POSSESSIVE_END.sub("", text)
