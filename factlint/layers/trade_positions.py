"""Lopsided trade positions (``data/trade-positions.yaml``): who, year after year, sells or buys a commodity.

The ledger asks ``role(country code, goods words)``: ``"sells"`` for Ivory Coast and cocoa,
``"buys"`` for Japan and LNG, None when the goods are no listed commodity or the country is not
far on one side of it. A goods phrase belongs to a commodity when all the words of one of its
phrases are among the goods' words and every other goods word is a qualifier ("whole milk
powder" is milk powder, "sunflower oil" is not crude oil); the longest phrase wins, and two
commodities with phrases of the same length give none. trade/reversed-direction uses the answer
only to break a tie between two statements of an article, never to judge a lone statement.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.errors import FactlintError
from factlint.layers.countries import gazetteer
from factlint.rulecache import kept

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge

_FILE = "data/trade-positions.yaml"


@dataclass(frozen=True)
class TradePositions:
    """Commodities (phrases -> name) and the countries far on one side of each."""

    qualifiers: frozenset[str]
    phrases: Mapping[frozenset[str], str | None]  # phrase words -> commodity; None: two share the phrase
    roles: Mapping[tuple[str, str], str]  # (commodity, country code) -> "buys" or "sells"
    sources: Mapping[str, str]  # commodity -> where its rows come from
    changed: regex.Pattern[str] | None  # a sentence saying a position changed ("once", "used to")
    distinct: frozenset[str] = frozenset()  # commodities whose phrases are different goods (copper ore, cathode)
    pair_cues: regex.Pattern[str] | None = None  # two-way cue words that only name a pair's trade ("bilateral")
    kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "meat" -> beef, pork, ...
    categories: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "beef" -> meat

    def commodity(self, words: Set[str]) -> str | None:
        """The commodity that goods of these (singular, lower-case) words are, or None."""
        best: list[str | None] = []
        best_size = 0
        for phrase, commodity in self.phrases.items():
            if phrase <= words and words - phrase <= self.qualifiers:
                if len(phrase) > best_size:
                    best, best_size = [commodity], len(phrase)
                elif len(phrase) == best_size:
                    best.append(commodity)
        return best[0] if len(set(best)) == 1 else None

    def same_goods(self, words: Set[str]) -> str | None:
        """The commodity when its phrases all name the same goods ("robusta" and "coffee", "maize"
        and "corn"), so statements about it in other words support or oppose each other; None
        for a commodity of different forms (copper concentrate and copper cathode)."""
        commodity = self.commodity(words)
        return commodity if commodity not in self.distinct else None

    def role(self, code: str, words: Set[str]) -> str | None:
        """The role the table gives a country for goods of these words, or None."""
        commodity = self.commodity(words)
        return self.roles.get((commodity, code)) if commodity else None


@kept("trade-positions")
def positions(knowledge: "Knowledge") -> TradePositions:
    """The trade positions of a rule-pack set, built on first use and kept (factlint.rulecache.kept)."""
    return build_positions(knowledge.get("trade-positions") or {}, gazetteer(knowledge).entities)


_ROW_FIELDS = frozenset({"phrases", "sells", "buys", "source", "same_goods"})


def build_positions(data: Mapping[str, Any], known_codes: Collection[str] | None = None) -> TradePositions:
    """Build the table from the merged YAML, with a clear message for a malformed row; a
    country code must be one of ``known_codes`` (the gazetteer's) when they are given."""
    if not isinstance(data, Mapping):
        raise FactlintError(f"{_FILE}: expected a mapping with 'qualifiers' and 'commodities'")
    phrases: dict[frozenset[str], str | None] = {}
    roles: dict[tuple[str, str], str] = {}
    sources: dict[str, str] = {}
    distinct: set[str] = set()
    commodities = data.get("commodities") or {}
    if not isinstance(commodities, Mapping):
        raise FactlintError(f"{_FILE}: 'commodities' must map a commodity name to its phrases and countries")
    for name, row in commodities.items():
        if not isinstance(row, Mapping) or not row.get("phrases"):
            raise FactlintError(f"{_FILE}: commodity {name!r} needs 'phrases' (and 'sells'/'buys')")
        unknown = sorted(str(key) for key in row if key not in _ROW_FIELDS)
        if unknown:  # a misspelt "sells" would leave the row silently empty
            raise FactlintError(f"{_FILE}: commodity {name!r}: unknown field {unknown[0]!r} (allowed: {', '.join(sorted(_ROW_FIELDS))})")
        for phrase in _strings(row["phrases"], name, "phrases"):
            key = frozenset(phrase.lower().split())
            phrases[key] = name if phrases.get(key, name) == name else None
        for role in ("sells", "buys"):
            for code in _strings(row.get(role) or [], name, role):
                if known_codes is not None and code not in known_codes:
                    raise FactlintError(f"{_FILE}: {code!r} ({role} of {name!r}) is not a country code of data/countries.yaml (ISO 3166 alpha-2, e.g. GB)")
                if (name, code) in roles:
                    raise FactlintError(f"{_FILE}: {code} is listed twice for {name!r}")
                roles[(str(name), code)] = role
        sources[str(name)] = str(row.get("source") or "")
        if row.get("same_goods", True) is False:
            distinct.add(str(name))
    qualifiers = frozenset(_strings(data.get("qualifiers") or [], "qualifiers", "qualifiers"))
    kinds_data = data.get("kinds") or {}
    if not isinstance(kinds_data, Mapping):
        raise FactlintError(f"{_FILE}: 'kinds' must map a category word to the goods it names")
    kinds = {str(word): frozenset(_strings(members, word, "kinds")) for word, members in kinds_data.items()}
    categories: dict[str, set[str]] = {}
    for word, members in kinds.items():
        for member in members:
            categories.setdefault(member, set()).add(word)
    return TradePositions(
        qualifiers, phrases, roles, sources, _pattern(data, "changed"), frozenset(distinct), _pattern(data, "pair_cues"),
        kinds, {member: frozenset(words) for member, words in categories.items()},
    )


def _pattern(data: Mapping[str, Any], key: str) -> regex.Pattern[str] | None:
    source = data.get(key)
    if source is not None and not isinstance(source, str):
        raise FactlintError(f"{_FILE}: {key!r} must be a regular expression")
    try:
        return patterncache.compile(source, regex.VERSION1) if source else None
    except regex.error as error:
        raise FactlintError(f"{_FILE}: {key}: invalid regular expression: {error}") from None


def _strings(value: Any, name: object, field: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise FactlintError(f"{_FILE}: {field} of {name!r} must be a list of strings")
    return value
