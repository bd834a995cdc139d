"""The trade grammar: ``data/trade-relations.yaml`` compiled into patterns, once per rule-pack set.

This module only compiles; ``factlint.layers.trade`` runs the patterns over sentences. See the
YAML file's header for the placeholders (``{importer}``, ``{exporter_attr}``, ``{goods}`` ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import regex

from factlint import datacache, patterncache
from factlint.errors import FactlintError, RuleSpecError
from factlint.layers.countries import POSSESSIVE, Gazetteer, gazetteer
from factlint.layers.trade_cue_words import Backoff, Cues, compile_backoff, compile_cues
from factlint.patterns import Origin
from factlint.prefilters import Prefilter, compile_prefilter
from factlint.rulecache import kept

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge

_EDGE_L = r"(?<![\p{L}\p{N}.&'’-])"
_EDGE_R = r"(?![\p{L}\p{N}&-])"
_GOODS_STOP = (
    r"(?:to|toward|towards|from|into|by|in|for|and|or|with|at|of|on|the|a|an|that|which|who|was|were|is|are|has|have|had|"
    r"rose|fell|vital|crucial|key|essential|critical|needed|used|worth|valued|totalling|totaling|last|this|next|"
    r"rising|falling|jumped|dropped|increased|decreased|grew|declined|all|under|every|each|since|during|over|after|before|until|per|"
    r"produced|made|grown|mined|manufactured|shipped|sold|bought|imported|exported|said|says|last|while|but|its|their|his|her|our|"
    r"throughout|hit|reached|reach|climbed|slumped|surged|soared|plunged|totalled|totaled|amounted|stood|doubled|tripled|remained|"
    r"accounted|came|come|comes|went|topped|eased|slipped|edged|recovered|resumed|continued|will|would|could|may|can|via|through|net|"
    r"again|also|too|still|already|mainly|mostly|largely|now|then|only|even|yet|abroad|overseas|annually|daily|monthly|weekly|yearly|today|yesterday|"
    r"biggest|largest|main|top|leading|major|chief|principal|primary|dominant|sole|second|third|more|less|total|"
    r"most|reliable|loyal|important|traditional|preferred|big|bigger|large|larger|great|greatest|first|single)\b"
)
# A run of capitalised words ("South Korea", "U.S.", "People's Republic of China"); case-sensitive.
_NAME_WORD = r"\p{Lu}(?:[\p{L}\p{N}&-]|\.(?=\p{Lu})|['’]s(?=\s+\p{Lu})(?!\s+No\.\s?\d))*(?:(?<=\p{Lu})\.)?"
# Wire copy capitalises the word after "U.S." ("the U.S. Fell"), so a name never runs past an initialism.
_PROPER_NAME = rf"(?-i:{_NAME_WORD}(?:(?<!\.)\s+(?:of\s+(?:the\s+)?)?{_NAME_WORD})*)"
# Goods and gaps never run into the next clause ("Japan's exports to the EC rose, while EC exports ...").
_CLAUSE_BREAK = r"(?!\b(?:while|whereas|but|although|though|however|meanwhile|said|says|say)\b)"
_WORD = r"(?<![\p{L}\p{N}-])[\p{Ll}\d][\p{L}\d-]*"
# The first goods word before a participle may open the sentence ("Copper ore imported by ...").
_FIRST_WORD = r"(?<![\p{L}\p{N}-])(?:\p{Lu}(?!\p{Lu})|[\p{Ll}\d])[\p{L}\d-]*"



@dataclass(frozen=True)
class TradePattern:
    """One construction: its family, its pattern and what a match of it means."""

    family: str
    source: str  # the pattern with every placeholder expanded; compiled when first used
    implied: bool
    reversed_group: str | None
    fix: str | None
    quote_group: str | None
    role_word: str | None  # a group holding the word that gives the role ("importer", "imports")
    party_first: bool = False  # the pattern opens with a country: it is tried at mentions only
    needs: Prefilter | None = None  # the sentence must match this first (a cheap test, Python re)

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled pattern: built when a sentence first gets this far (most articles never
        need most constructions, and building a large pattern costs even from the pattern cache)."""
        return _compile(f"patterns[{self.family}]", self.source)


@dataclass(frozen=True, eq=False)
class TradeGrammar:
    """The compiled contents of ``data/trade-relations.yaml``."""

    keywords: regex.Pattern[str]
    patterns: tuple[TradePattern, ...]
    ignore_sentences: Mapping[str, regex.Pattern[str]]
    ignore_clauses: Mapping[str, regex.Pattern[str]]
    clause_break: regex.Pattern[str]
    two_way: regex.Pattern[str]
    generic_goods: frozenset[str]
    anaphoric_goods: frozenset[str]
    general_goods: frozenset[str]
    goods_aliases: Mapping[str, str]
    goods_cut: regex.Pattern[str]
    role_swaps: Mapping[str, str]
    gazetteer: Gazetteer
    cues: Cues | None = None  # the cue reader's word classes (factlint.layers.trade_cues)
    backoff: Backoff | None = None  # the backoff reader's extra words (factlint.layers.trade_backoff)


@kept("trade-keywords")
def keywords(knowledge: "Knowledge") -> regex.Pattern[str]:
    """The trade keywords alone: a cheap test before the whole grammar (some 40 large patterns,
    a few hundred ms to compile) is built; half of all articles name no trade at all."""
    data = knowledge.get("trade-relations") or {}
    return _compile("keywords", str(data.get("keywords") or "import|export"))


@kept("trade-grammar")
def grammar(knowledge: "Knowledge") -> TradeGrammar:
    """The trade grammar of a rule-pack set, compiled on first use and kept (factlint.rulecache.kept)."""
    return compile_grammar(knowledge.get("trade-relations") or {}, gazetteer(knowledge))


def compile_grammar(data: Mapping[str, Any], gazetteer_: Gazetteer) -> TradeGrammar:
    definitions = {str(k): str(v) for k, v in (data.get("definitions") or {}).items()}
    patterns = tuple(_compile_pattern(entry, definitions) for entry in data.get("patterns") or [])
    goods = data.get("goods") or {}
    return TradeGrammar(
        keywords=_compile("keywords", str(data.get("keywords") or "import|export")),
        patterns=patterns,
        ignore_sentences={str(k): _compile(f"ignore_sentences.{k}", str(v)) for k, v in (data.get("ignore_sentences") or {}).items()},
        ignore_clauses={str(k): _compile(f"ignore_clauses.{k}", str(v)) for k, v in (data.get("ignore_clauses") or {}).items()},
        clause_break=_compile("clause_break", str(data.get("clause_break") or r"[;:]")),
        two_way=_compile("two_way", str(data.get("two_way") or r"(?!)")),
        generic_goods=frozenset(str(word).lower() for word in data.get("generic_goods") or []),
        anaphoric_goods=frozenset(str(word).lower() for word in goods.get("anaphoric") or []),
        general_goods=frozenset(str(word).lower() for word in goods.get("general") or []),
        goods_aliases={str(k).lower(): str(v).lower() for k, v in (goods.get("aliases") or {}).items()},
        goods_cut=_compile("goods.cut", str(goods.get("cut") or r"(?!)")),
        role_swaps={str(k): str(v) for k, v in (data.get("role_swaps") or {}).items()},
        gazetteer=gazetteer_,
        cues=compile_cues(data.get("cues")),
        backoff=compile_backoff(data.get("backoff")),
    )


def _compile(key: str, source: str) -> regex.Pattern[str]:
    try:
        return patterncache.compile(source, regex.VERSION1)
    except regex.error as error:
        raise FactlintError(f"data/trade-relations.yaml: {key}: invalid regular expression: {error}") from None


def _placeholder(name: str, definitions: Mapping[str, str]) -> str:
    role, _, variant = name.partition("_")
    if role in ("importer", "exporter") and variant in ("", "attr"):
        # Any capitalised name here; the extractor keeps it only if it is exactly one mention of
        # the countries layer ("China Daily", "Korea Iron and Steel Association" are not), of the
        # right form: a name or capital for {importer}, also an adjective or possessive for
        # {importer_attr}.
        tail = POSSESSIVE + "?" if variant else r"(?!['’]s\b)"
        return rf"(?:[Tt]he )?{_EDGE_L}(?P<{role}{'_attr' if variant else ''}>{_PROPER_NAME}){tail}{_EDGE_R}"
    if name == "goods":
        return rf"(?P<goods>(?:{_CLAUSE_BREAK}[^;\"“”()]){{1,120}}?)"
    if name == "goods_clause":
        return rf"(?P<goods>(?:{_CLAUSE_BREAK}[^;,\"“”()]){{1,120}}?)"
    if name == "goods_np":
        return rf"(?P<goods>(?!{_GOODS_STOP}){_WORD}(?: (?!{_GOODS_STOP}){_WORD}){{0,3}})"
    if name == "goods_pre":
        return rf"(?P<goods>(?!{_GOODS_STOP}|imports|exports|(?i:the|a|an)\b){_FIRST_WORD}(?: (?!{_GOODS_STOP}|imports|exports){_WORD})?)"
    if name == "clause_gap":
        return rf"(?:{_CLAUSE_BREAK}[^;,\"“”()]){{1,100}}?"
    if name == "gap":
        return rf"(?:{_CLAUSE_BREAK}[^;\"“”()]){{1,100}}?"
    if name in definitions:
        return definitions[name]
    raise FactlintError(f"data/trade-relations.yaml: unknown placeholder {{{name}}}")


def _prefilter(key: str, source: Any) -> Prefilter | None:
    try:
        return compile_prefilter(None if source is None else str(source), Origin(key))
    except RuleSpecError as error:
        raise FactlintError(f"data/trade-relations.yaml: {key}: {error}") from None


def _group_names(family: str, source: str) -> list[str]:
    """The named groups of a grammar pattern; compiling it checks it, and an earlier run's answer
    for the same text (the data cache) spares a start from building it."""
    key = ("trade-pattern-groups", regex.__version__, int(regex.DEFAULT_VERSION), source)
    known = datacache.get(key)
    if isinstance(known, list):
        return known
    names = sorted(_compile(f"patterns[{family}]", source).groupindex)
    datacache.put(key, names)
    return names


def _compile_pattern(entry: Mapping[str, Any], definitions: Mapping[str, str]) -> TradePattern:
    family = str(entry.get("family") or "relation")
    party_first = bool(regex.match(r"\{(?:importer|exporter)(?:_attr)?\}", str(entry["pattern"])))
    template = str(entry["pattern"]).replace(" ", r"\s+")
    # Expand placeholders until none is left (definitions may use placeholders themselves).
    for _ in range(5):
        template = regex.sub(
            r"(?<!\\[pP])\{([a-z]\w*)\}", lambda m: _placeholder(m.group(1), definitions).replace(" ", r"\s+"), template
        )
    groups = _group_names(family, template)
    for key in ("reversed", "quote", "role_word"):
        group = entry.get(key)
        if group and group not in groups:
            raise FactlintError(f"data/trade-relations.yaml: {family}: {key}: no group named {group!r}")
    return TradePattern(
        family,
        template,
        bool(entry.get("implied")),
        entry.get("reversed"),
        entry.get("fix"),
        entry.get("quote"),
        entry.get("role_word"),
        party_first,
        _prefilter(f"patterns[{family}].needs", entry.get("needs")),
    )
