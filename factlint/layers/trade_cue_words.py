"""The cue reader's words and pieces: its word classes (the ``cues`` section of
``data/trade-relations.yaml``), tokens and parties. ``factlint.layers.trade_cues`` reads with them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache

if TYPE_CHECKING:
    from factlint.layers.countries import Mention

# Roles a statement gives its country.
BUYS = "buys"
SELLS = "sells"

PREPOSITIONS = frozenset({"from", "to", "into", "toward", "towards", "by", "in", "at", "of", "for", "with", "than", "on", "between", "including", "like", "as", "against", "over", "about", "near", "unlike", "beyond", "since", "during", "until", "after", "before", "under", "within", "throughout", "per", "via", "through", "ago"})
# Nouns of "in large quantities" between a participle and its agent.
AMOUNT_NOUNS = frozenset({"quantities", "volumes", "amounts", "numbers", "bulk"})
REACH = 11  # tokens a cue may stand from the party or the trade word it links
PARTICIPLE = patterncache.compile(r"(?:ed|sold|bought|sent|sought|flown)$")


@dataclass(frozen=True)
class Cues:
    """The word classes of the ``cues`` section of ``data/trade-relations.yaml``."""

    sell_verbs: frozenset[str]
    buy_verbs: frozenset[str]
    subject_sell_verbs: frozenset[str]
    subject_buy_verbs: frozenset[str]
    change_verbs: frozenset[str]
    take_verbs: frozenset[str]
    rely_verbs: frozenset[str]
    move_words: frozenset[str]
    move_verbs: frozenset[str]
    sell_nouns: frozenset[str]
    buy_nouns: frozenset[str]
    seller_nouns: frozenset[str]
    buyer_nouns: frozenset[str]
    actor_nouns: frozenset[str]
    aux: frozenset[str]
    be: frozenset[str]
    copula: frozenset[str]
    clause_words: frozenset[str]
    refuse_words: frozenset[str]
    not_goods: frozenset[str]
    use_participles: frozenset[str]
    neutral_nouns: frozenset[str]
    goods_acronyms: frozenset[str]

    @property
    def role_nouns(self) -> frozenset[str]:
        return self.seller_nouns | self.buyer_nouns

    @property
    def trade_nouns(self) -> frozenset[str]:
        return self.sell_nouns | self.buy_nouns | {"cargoes", "cargo", "consignments"}

    def noun_role(self, word: str) -> str | None:
        return SELLS if word in self.seller_nouns else BUYS if word in self.buyer_nouns else None


def compile_cues(data: Mapping[str, Any] | None) -> Cues | None:
    """The cue classes, or None when the grammar has no ``cues`` section (the reader is off)."""
    if not data:
        return None
    return Cues(**{name: frozenset(str(word).lower() for word in data.get(name) or []) for name in Cues.__dataclass_fields__})


@dataclass(frozen=True)
class Backoff:
    """The ``backoff`` section of ``data/trade-relations.yaml``: words of the backoff reader
    (``factlint.layers.trade_backoff``) beyond the cue classes."""

    seller_nouns: frozenset[str]  # role nouns beyond the cue reader's: "source", "origin"
    buyer_nouns: frozenset[str]  # "market", "outlet", "destination"
    not_trade_before: frozenset[str]  # "a delegation from China", "the ambassador to Japan"
    buy_verbs: frozenset[str]  # verbs whose subject buys, beyond the cue reader's: "books", "acquires"
    sell_verbs: frozenset[str]  # verbs whose subject sells, beyond the cue reader's: "flies", "trucks"
    turn_verbs: frozenset[str]  # "turned to French wheat"
    up_verbs: frozenset[str]  # "snapped up Spanish olive oil"
    arrive_words: frozenset[str]  # "arriving in Italian ports": a buyer after "in/at"
    buyer_people: frozenset[str]  # "rely on Chinese consumers": the buyers, not the sellers
    move_verbs: frozenset[str]  # goods as their subject move: "reaches", "finds (its way)", "smuggled"
    get_verbs: frozenset[str]  # "gets most of its gas from": the subject buys from the "from" party
    shares: frozenset[str]  # "took about half of", "took the largest share": a take verb's share
    agencies: frozenset[str]  # "Egypt's state buyer": the owner's agency, not its counterparty
    need_nouns: frozenset[str]  # a buyer's need: "China's appetite for Thai durians" (China buys, unlike "China's supplier")
    refuse: frozenset[str]  # words that refuse a clause: two-way trade, re-exports, aid, money
    people: frozenset[str]  # what is sent or taken is people, not goods: "sent troops to"


def compile_backoff(data: Mapping[str, Any] | None) -> Backoff | None:
    """The backoff classes, or None when the grammar has no ``backoff`` section (the reader is off)."""
    if not data:
        return None
    return Backoff(**{name: frozenset(str(word).lower() for word in data.get(name) or []) for name in Backoff.__dataclass_fields__})


@dataclass
class Token:
    text: str
    low: str
    start: int
    end: int
    mention: "Mention | None" = None
    group_last: int | None = None  # for a mention: the last token of its party


@dataclass
class Group:
    """A party: one mention or a list of them, maybe with an actor noun ("Chinese fabricators")."""

    members: list[int]  # token indexes of the mentions
    first: int
    last: int  # the last token of the party (the actor noun when there is one)
    kind: str  # name, poss, adj, actor
    noun_role: str | None = None  # an actor noun that is a role noun: "buyers" -> BUYS


AGENT = patterncache.compile(r"\p{L}{3,}(?:ers|ors)$")


def agent_noun(word: str) -> bool:
    """A plural agent noun ("confectioners", "roasters", "bottlers"): people or firms that act."""
    return bool(AGENT.match(word)) and word not in _NOT_AGENTS


# Plurals in -ers/-ors that are goods or things, not people or firms ("Dutch flowers", "Chinese tractors").
_NOT_AGENTS = frozenset({
    "others", "members", "numbers", "orders", "borders", "centers", "waters", "papers", "letters", "matters", "quarters",
    "headquarters", "markers", "meters", "liters", "litres", "barrels", "covers", "offers", "powers", "answers", "towers",
    "layers", "rivers", "corners", "computers", "containers", "tractors", "motors", "generators", "transformers", "reactors",
    "semiconductors", "conductors", "fertilizers", "fertilisers", "sneakers", "trainers", "printers", "scooters", "boilers",
    "compressors", "heaters", "coolers", "trailers", "lasers", "routers", "monitors", "flowers",
    "sunflowers", "sensors", "radiators", "refrigerators", "accelerators", "oysters", "lobsters", "peppers", "wafers",
    "ciders", "liqueurs", "burgers", "crackers", "lumbers", "timbers", "copiers", "scanners", "inverters", "converters",
    "elevators", "escalators", "excavators", "bulldozers", "harvesters", "loaders", "mixers", "blenders", "dryers", "washers",
    "freezers", "chillers", "speakers", "headphones", "chargers", "batteries", "cylinders", "filters", "rollers", "gears",
    "destroyers", "bombers", "fighters", "submarines", "cruisers", "helicopters", "cutters",
    # people who act, but not in trade: "British voters delivered a stunning upset"
    "voters", "viewers", "readers", "supporters", "protesters", "protestors", "lawmakers", "leaders", "officers", "soldiers",
    "players", "teenagers", "villagers", "passengers", "travellers", "travelers", "campaigners", "reporters", "commentators",
    "observers", "investigators", "prosecutors", "senators", "governors", "rulers", "teachers", "doctors", "lawyers",
    "mothers", "fathers", "brothers", "sisters", "daughters", "fighters", "rioters", "hackers", "attackers", "bloggers",
})


# What a role rule finds: the role, the goods tokens, the rule's name, and the index of another
# party the same cue gives the other role ("Y's supplier").
Found = tuple[str, "tuple[int, int] | None", str, "int | None"]


# Ranks that make "source(s)" a seller's role noun ("the main sources of Ukraine's G were X",
# "Pakistan's No. 1 source of LNG", "the single most important source of soy for Beijing"): a
# bare "source" is anything's origin ("a source of pride", "sources said").
_SOURCE_RANKS = frozenset({"main", "biggest", "largest", "top", "leading", "chief", "principal", "key", "major", "primary", "important", "dominant", "sole", "no.1", "no.2", "no.3", "no.4", "no.5", "number-one"})


def ranked_source(tokens: list[Token], probe: int, first: int) -> str | None:
    """SELLS when the token at ``probe`` is "source(s)" with a rank just before it."""
    if tokens[probe].low not in ("source", "sources"):
        return None
    for index in range(probe - 1, max(first, probe - 3) - 1, -1):
        word = tokens[index].low
        if word in _SOURCE_RANKS or word.endswith(("-largest", "-biggest")):
            return SELLS
        if word not in ("single", "most", "biggest", "largest", "second", "third", "import", "foreign", "overseas", "external"):
            return None
    return None


FINDING = frozenset({"find", "finds", "found", "finding"})
TAKERS = frozenset({"buyer", "buyers", "customer", "customers", "market", "markets", "outlet", "outlets", "takers", "home", "homes"})


def finds_buyers(tokens: list[Token], verb: int, last: int) -> int | None:
    """The index of "buyers" in "finds (most of its / a ready) buyers" at ``verb``, or None."""
    if verb >= last or tokens[verb].low not in FINDING:
        return None
    return next((i for i in range(verb + 1, min(last, verb + 6)) if tokens[i].low in TAKERS), None)


# A time phrase between a subject and its verb, or a verb and its object, in translated copy and
# wire shorthand: "Russia in 2023 remained ...", "Kenya last season became ...", "delivered in the
# first half-year more than ...".
_TIME_OPENERS = frozenset({"in", "during", "since", "over", "through", "throughout"})
_TIME_ORDINALS = frozenset({"the", "this", "current", "finished", "agricultural", "marketing", "fiscal", "financial", "calendar", "recent", "coming", "following", "crop", "first", "second", "third", "fourth", "last", "past", "previous", "latest", "whole", "same", "early", "late"})
_TIME_NOUNS = frozenset({
    "year", "years", "half", "half-year", "quarter", "month", "months", "season", "week", "weeks", "period", "decade", "spring",
    "summer", "autumn", "fall", "winter", "semester", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "campaign",
})
_DEICTIC = frozenset({"last", "this", "next", "past"})


def skip_time(tokens: list[Token], index: int, last: int) -> int:
    """The index after a time phrase at ``index`` ("in 2023", "in the first half-year", "last
    season", "in March 2024"), or ``index`` itself when none starts there."""
    if index >= last or tokens[index].mention is not None:
        return index
    word = tokens[index].low
    probe = index + 1
    if word in _TIME_OPENERS:
        while probe < last and tokens[probe].low in _TIME_ORDINALS:
            probe += 1
    elif word not in _DEICTIC:
        return index
    if probe >= last:
        return index
    head = tokens[probe]
    year = head.text.isdigit() and len(head.text) == 4
    if not (year or (head.low in _TIME_NOUNS and head.mention is None)):
        return index
    if head.low == "may" and head.text[:1] != "M":
        return index  # "in may", not a month
    probe = _year_range(tokens, probe, last) if year else probe + 1  # "in the 2023-2024 season", "in 2022/23"
    if year and probe < last and tokens[probe].low in _TIME_NOUNS:
        probe += 1
    if probe + 1 < last and tokens[probe].low == "in" and tokens[probe + 1].low == "question":
        probe += 2  # "in the season in question"
    if probe < last and tokens[probe].text.isdigit() and len(tokens[probe].text) == 4:
        probe = _year_range(tokens, probe, last)  # "in March 2024", "during the campaign 2022-2023"
    elif probe + 1 < last and tokens[probe].low == "of" and (tokens[probe + 1].text.isdigit() and len(tokens[probe + 1].text) == 4 or tokens[probe + 1].low in _TIME_NOUNS | {"the"}):
        probe += 2  # "in the first half of 2024", "in first half of season"
        probe += probe < last and tokens[probe - 1].low == "the" and tokens[probe].low in _TIME_NOUNS
        probe = _year_range(tokens, probe - 1, last) if tokens[probe - 1].text.isdigit() else probe
    return probe


def _year_range(tokens: list[Token], year: int, last: int) -> int:
    """The index after a year at ``year`` and the end of its range, if any ("2022-2023", "2023-24", "2022/23")."""
    after = year + 1
    if after + 1 < last and tokens[after].text in ("-", "/", "–") and tokens[after + 1].text.isdigit() and tokens[after].start == tokens[year].end:
        return after + 2
    return after

