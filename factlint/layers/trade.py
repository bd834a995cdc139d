"""The ``trade`` layer: who buys what from whom, sentence by sentence, from patterns in YAML.

The patterns live in ``data/trade-relations.yaml`` (see its header for the placeholders). A
sentence is read only if it holds a trade keyword and a country mention (the ``countries``
layer), and only if it has none of the ``ignore_sentences`` cues (bans, hypotheticals, negation,
transit): precision first. Patterns are compiled once per rule-pack set.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.errors import FactlintError
from factlint.layers.countries import POSSESSIVE, Entity, Gazetteer, Mention, find_mentions, gazetteer

if TYPE_CHECKING:
    from factlint.document import Document, Span
    from factlint.knowledge import Knowledge

# Seconds one pattern may spend on one sentence; a pattern that runs past it is skipped there.
PATTERN_TIMEOUT = 0.2
_EDGE_L = r"(?<![\p{L}\p{N}.&'’-])"
_EDGE_R = r"(?![\p{L}\p{N}&-])"
_GOODS_STOP = (
    r"(?:to|from|into|by|in|for|and|or|with|at|of|on|the|a|an|that|which|who|was|were|is|are|has|have|had|"
    r"rose|fell|vital|crucial|key|essential|critical|needed|used|worth|valued|totalling|totaling|last|this|next|"
    r"rising|falling|jumped|dropped|increased|decreased|grew|declined|all|under|every|each|since|during|over|after|before|until|per)\b"
)
# A run of capitalised words ("South Korea", "U.S.", "People's Republic of China"); case-sensitive.
_NAME_WORD = r"\p{Lu}(?:[\p{L}\p{N}&-]|\.(?=\p{Lu})|['’]s(?=\s+\p{Lu}))*(?:(?<=\p{Lu})\.)?"
# Wire copy capitalises the word after "U.S." ("the U.S. Fell"), so a name never runs past an initialism.
_PROPER_NAME = rf"(?-i:{_NAME_WORD}(?:(?<!\.)\s+(?:of\s+(?:the\s+)?)?{_NAME_WORD})*)"
# Goods and gaps never run into the next clause ("Japan's exports to the EC rose, while EC exports ...").
_CLAUSE_BREAK = r"(?!\b(?:while|whereas|but|although|though|however|meanwhile|said|says|say)\b)"
_WORD = r"[\p{Ll}\d][\p{L}\d-]*"


@dataclass(frozen=True)
class Party:
    """A country in a relation: the entity and the words that named it."""

    entity: Entity
    start: int
    end: int
    text: str
    name: str  # how a message names it: the text for a name, the entity's display name otherwise


@dataclass(frozen=True)
class Relation:
    """One trade flow stated in one sentence: ``exporter`` sells ``goods`` to ``importer``.

    ``reversed_span`` is set when the sentence states the flow backwards (its own construction
    makes the other party the buyer); the relation then holds the coherent reading, and ``fix``
    the wording to use instead. ``implied`` relations are inferred, not stated.
    """

    family: str
    pattern: int  # index of the pattern in data/trade-relations.yaml
    importer: Party | None
    exporter: Party | None
    goods: str | None
    start: int
    end: int
    sentence: int
    quote: str
    implied: bool = False
    reversed_span: tuple[int, int] | None = None
    fix: str | None = None

    @property
    def pair(self) -> tuple[str, str] | None:
        """(importer code, exporter code) when both are known and differ."""
        if self.importer and self.exporter and self.importer.entity.code != self.exporter.entity.code:
            return self.importer.entity.code, self.exporter.entity.code
        return None


@dataclass(frozen=True)
class TradeRelations:
    """The ``trade`` layer: relations in document order, and the sentences that were passed over."""

    relations: tuple[Relation, ...]
    ignored: Mapping[int, str]
    two_way: bool


@dataclass(frozen=True)
class _Pattern:
    family: str
    pattern: regex.Pattern[str]
    implied: bool
    reversed_group: str | None
    fix: str | None
    quote_group: str | None


@dataclass(frozen=True, eq=False)
class TradeGrammar:
    """The compiled contents of ``data/trade-relations.yaml``."""

    keywords: regex.Pattern[str]
    patterns: tuple[_Pattern, ...]
    ignore_sentences: Mapping[str, regex.Pattern[str]]
    two_way: regex.Pattern[str]
    generic_goods: frozenset[str]
    gazetteer: Gazetteer


_GRAMMARS: "weakref.WeakKeyDictionary[Knowledge, TradeGrammar]" = weakref.WeakKeyDictionary()


_KEYWORDS: "weakref.WeakKeyDictionary[Knowledge, regex.Pattern[str]]" = weakref.WeakKeyDictionary()


def keywords(knowledge: "Knowledge") -> regex.Pattern[str]:
    """The trade keywords alone: a cheap test before the whole grammar (about 25 large patterns,
    some 150 ms to compile) is built; half of all articles name no trade at all."""
    if knowledge not in _KEYWORDS:
        data = knowledge.get("trade-relations") or {}
        _KEYWORDS[knowledge] = _compile("keywords", str(data.get("keywords") or "import|export"))
    return _KEYWORDS[knowledge]


def grammar(knowledge: "Knowledge") -> TradeGrammar:
    """The trade grammar of a rule-pack set, compiled on first use and kept for the process."""
    if knowledge not in _GRAMMARS:
        _GRAMMARS[knowledge] = compile_grammar(knowledge.get("trade-relations") or {}, gazetteer(knowledge))
    return _GRAMMARS[knowledge]


def compile_grammar(data: Mapping[str, Any], gazetteer_: Gazetteer) -> TradeGrammar:
    definitions = {str(k): str(v) for k, v in (data.get("definitions") or {}).items()}
    patterns = tuple(_compile_pattern(entry, definitions) for entry in data.get("patterns") or [])
    return TradeGrammar(
        keywords=_compile("keywords", str(data.get("keywords") or "import|export")),
        patterns=patterns,
        ignore_sentences={str(k): _compile(f"ignore_sentences.{k}", str(v)) for k, v in (data.get("ignore_sentences") or {}).items()},
        two_way=_compile("two_way", str(data.get("two_way") or r"(?!)")),
        generic_goods=frozenset(str(word).lower() for word in data.get("generic_goods") or []),
        gazetteer=gazetteer_,
    )


def _compile(key: str, source: str) -> regex.Pattern[str]:
    try:
        return patterncache.compile(source, regex.VERSION1)
    except regex.error as error:
        raise FactlintError(f"data/trade-relations.yaml: {key}: invalid regular expression: {error}") from None


def _placeholder(name: str, definitions: Mapping[str, str]) -> str:
    role, _, variant = name.partition("_")
    if role in ("importer", "exporter") and variant in ("", "attr"):
        # Any capitalised name here; _party then keeps it only if it is exactly one mention of the
        # countries layer ("China Daily", "Korea Iron and Steel Association" are not), of the
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
        return rf"(?P<goods>(?!{_GOODS_STOP}|imports|exports){_WORD}(?: (?!{_GOODS_STOP}|imports|exports){_WORD})?)"
    if name == "clause_gap":
        return rf"(?:{_CLAUSE_BREAK}[^;,\"“”()]){{1,100}}?"
    if name == "gap":
        return rf"(?:{_CLAUSE_BREAK}[^;\"“”()]){{1,100}}?"
    if name in definitions:
        return definitions[name]
    raise FactlintError(f"data/trade-relations.yaml: unknown placeholder {{{name}}}")


def _compile_pattern(entry: Mapping[str, Any], definitions: Mapping[str, str]) -> _Pattern:
    family = str(entry.get("family") or "relation")
    template = str(entry["pattern"]).replace(" ", r"\s+")
    # Expand placeholders until none is left (definitions may use placeholders themselves).
    for _ in range(5):
        template = regex.sub(
            r"(?<!\\[pP])\{([a-z]\w*)\}", lambda m: _placeholder(m.group(1), definitions).replace(" ", r"\s+"), template
        )
    pattern = _compile(f"patterns[{family}]", template)
    reversed_group = entry.get("reversed")
    if reversed_group and reversed_group not in pattern.groupindex:
        raise FactlintError(f"data/trade-relations.yaml: {family}: no group named {reversed_group!r}")
    return _Pattern(family, pattern, bool(entry.get("implied")), reversed_group, entry.get("fix"), entry.get("quote"))


def extract(document: "Document") -> TradeRelations:
    """Trade relations of the document, from the sentences with a keyword and a country."""
    grammar_ = grammar(document.knowledge)
    relations: list[Relation] = []
    ignored: dict[int, str] = {}
    for index, sentence in enumerate(document.sentences):
        # The keyword first: it is cheap, and most sentences have none, so countries are looked
        # for only where a trade word is (as the countries layer would find them there).
        if not grammar_.keywords.search(sentence.text):
            continue
        found = tuple(find_mentions(document.text, grammar_.gazetteer, sentence.start, sentence.end))
        if not found:
            continue
        cue = next((name for name, p in grammar_.ignore_sentences.items() if p.search(sentence.text)), None)
        if cue:
            ignored[index] = cue
            continue
        mentions = {mention.start: mention for mention in found}
        relations.extend(_relations_in(document, sentence, index, grammar_, mentions))
    two_way = bool(grammar_.two_way.search(document.text))
    return TradeRelations(tuple(relations), ignored, two_way)


def _relations_in(
    document: "Document", sentence: "Span", index: int, grammar_: TradeGrammar, mentions: Mapping[int, Mention]
) -> list[Relation]:
    found: dict[tuple[Any, ...], Relation] = {}
    text = document.text
    for order, pattern in enumerate(grammar_.patterns):
        try:
            # Overlapped: a match that starts at "But Japanese" is refused by _party, and the one
            # that starts at "Japanese" must still be found.
            matches = list(
                pattern.pattern.finditer(text, sentence.start, sentence.end, overlapped=True, timeout=PATTERN_TIMEOUT)
            )
        except TimeoutError:
            continue
        for match in matches:
            relation = _relation(match, pattern, order, index, mentions)
            if relation is None:
                continue
            key = (relation.importer and relation.importer.start, relation.exporter and relation.exporter.start)
            kept = found.get(key)
            # Keep the most specific reading of the same two mentions: a reversed one, else the
            # longest (it names the goods), else the one declared later (the narrower construction).
            if kept is None or _specificity(relation) > _specificity(kept):
                found[key] = relation
    return sorted(found.values(), key=lambda r: (r.start, r.end))


def _specificity(relation: Relation) -> tuple[bool, int, int]:
    return bool(relation.reversed_span), relation.end - relation.start, relation.pattern


def _party(match: regex.Match[str], role: str, mentions: Mapping[int, Mention]) -> Party | None | bool:
    """The country in ``role``: None if the pattern has no such role, False if the words there
    are not exactly one country mention of an allowed form."""
    group = role if role in match.re.groupindex else f"{role}_attr"
    if group not in match.re.groupindex or match.group(group) is None:
        return None
    mention = mentions.get(match.start(group))
    if mention is None or match.end(group) - mention.end not in (0, 1) or match.group(group)[mention.end - match.start(group):] not in ("", "."):
        return False
    if group == role and (mention.form == "adjective" or mention.possessive):
        return False
    name = mention.text if mention.form == "name" else mention.entity.display
    return Party(mention.entity, mention.start, mention.end, mention.text, name)


def _relation(match: regex.Match[str], pattern: _Pattern, order: int, index: int, mentions: Mapping[int, Mention]) -> Relation | None:
    importer = _party(match, "importer", mentions)
    exporter = _party(match, "exporter", mentions)
    if importer is False or exporter is False or (importer is None and exporter is None):
        return None
    goods = match.group("goods") if "goods" in match.re.groupindex else None
    quote_group = pattern.quote_group if pattern.quote_group in match.re.groupindex else None
    quote = match.group(quote_group) if quote_group else match.group()
    reversed_span = None
    fix = None
    # A third country inside the construction ("imported by Kazakhstan from Russia", "Argentine
    # supplies ... caused Japanese buyers to turn to the United States") means re-exports, someone
    # else's trade or a misreading: no relation then.
    parties = {party.entity.code for party in (importer, exporter) if isinstance(party, Party)}
    if any(match.start() <= start < match.end() and mention.entity.code not in parties for start, mention in mentions.items()):
        return None
    if pattern.reversed_group and match.group(pattern.reversed_group):
        reversed_span = match.span(pattern.reversed_group)
        fix = (pattern.fix or "").format(
            verb=match.group(pattern.reversed_group).split()[0],
            importer=importer.text if isinstance(importer, Party) else "",
            exporter=exporter.text if isinstance(exporter, Party) else "",
        )
    return Relation(
        family=pattern.family,
        pattern=order,
        importer=importer or None,
        exporter=exporter or None,
        goods=" ".join(goods.split()) if goods else None,
        start=match.start(),
        end=match.end(),
        sentence=index,
        quote=" ".join(quote.split()),
        implied=pattern.implied,
        reversed_span=reversed_span,
        fix=fix,
    )


def goods_words(goods: str | None, generic: frozenset[str]) -> frozenset[str]:
    """Content words of a goods phrase, singular and lower-case, without amounts and units."""
    if not goods:
        return frozenset()
    words = regex.findall(r"\p{L}[\p{L}-]+", goods.lower())
    return frozenset(_singular(word) for word in words if word not in generic and len(word) > 2)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
