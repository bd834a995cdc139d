"""The ``trade`` layer: the article's ledger of role statements (who buys, who sells which goods).

Relations read by ``factlint.layers.trade_reading`` ("China exported machinery to Russia", "the
wheat bought by Egypt", "Japan, the biggest buyer of Australian coal") become statements, one per
country named: the country, its role (``buys`` or ``sells``), the goods, the counterparty when
named, the sentence and how it was stated (the pattern family). Goods are keyed by their head
noun and modifiers ("metalworking machinery": machinery + {metalworking}); goods named again
("the shipments", "those cargoes") take the goods of the statement just before. Statements are
indexed by country, goods head and role, so a check finds the statements that agree with or
oppose one statement without comparing every pair.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factlint.layers.countries import Entity, Mention, find_mentions, shared_forms, trade_gazetteer
from factlint.layers.trade_cues import BUYS, SELLS
from factlint.layers.trade_goods import WORD, Goods, alias, goods_key, named_goods, singular
from factlint.layers.trade_grammar import TradeGrammar, grammar, keywords
from factlint.layers.trade_keywords import has_keyword
from factlint.layers.trade_positions import TradePositions, positions
from factlint.layers.trade_reading import Party, Relation, parties_in, read_relations

if TYPE_CHECKING:
    from factlint.document import Document

__all__ = ["BUYS", "SELLS", "Goods", "Party", "Relation", "Statement", "TradeLedger", "extract", "goods_key"]

# Statements kept per (goods, counterparty) cell of the index: enough to decide "at least two
# other sentences" and to quote evidence, and what keeps a 20 MB article linear.
_CELL = 4
# How far back (in sentences) goods named again may look for the goods they stand for.
_ANAPHORA_REACH = 3


@dataclass(frozen=True)
class Statement:
    """One country's role in one relation: ``country`` ``role``s ``goods`` (to/from ``counterparty``)."""

    country: Party
    role: str  # BUYS or SELLS
    counterparty: Party | None
    goods: Goods | None
    relation: Relation
    how: str  # the pattern family, "+again" when the goods were named again

    @property
    def sentence(self) -> int:
        return self.relation.sentence

    @property
    def code(self) -> str:
        return self.country.entity.code

    @property
    def counterparty_code(self) -> str | None:
        return self.counterparty.entity.code if self.counterparty else None


@dataclass
class _Cell:
    statements: list[Statement] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)

    def add(self, statement: Statement) -> None:
        if len(self.sentences) < _CELL and statement.sentence not in self.sentences:
            self.sentences.add(statement.sentence)
            self.statements.append(statement)


@dataclass(frozen=True)
class TradeLedger:
    """The ``trade`` layer: relations and role statements in document order, and an index of them."""

    relations: tuple[Relation, ...]
    statements: tuple[Statement, ...]
    ignored: Mapping[int, str]
    two_way: bool  # the article says some trade runs both ways
    grammar: TradeGrammar | None
    # (country, goods head, role) -> goods modifiers -> counterparty code or None -> cell
    _index: Mapping[tuple[str, str, str], Mapping[frozenset[str], Mapping[str | None, _Cell]]] = field(default_factory=dict)
    _by_sentence: Mapping[int, tuple[Statement, ...]] = field(default_factory=dict)
    # (country, goods modifier, role) -> counterparty code or None -> cell: "sunflower seeds" for a bare "sunflower"
    _by_modifier: Mapping[tuple[str, str, str], Mapping[str | None, _Cell]] = field(default_factory=dict)

    two_way_countries: frozenset[str] | None = frozenset()  # named beside a two-way cue; None: all
    positions: TradePositions | None = None  # data/trade-positions.yaml: who mostly sells or buys what
    _two_way_words: Mapping[int, frozenset[str]] = field(default_factory=dict)  # two-way cue sentence -> its goods words
    # (country, commodity of data/trade-positions.yaml, role) -> counterparty code or None -> cell
    _by_commodity: Mapping[tuple[str, str, str], Mapping[str | None, _Cell]] = field(default_factory=dict)
    # sentences with a trade keyword and countries that the strict reading read nothing in (index -> mentions)
    unread: Mapping[int, tuple[Mention, ...]] = field(default_factory=dict)

    def known_role(self, statement: Statement) -> str | None:
        """The role data/trade-positions.yaml gives the statement's country for its goods ("sells"
        for Ivory Coast and cocoa beans), or None."""
        if self.positions is None or statement.goods is None:
            return None
        return self.positions.role(statement.code, {statement.goods.head} | statement.goods.modifiers)

    def commodity(self, statement: Statement) -> str:
        """The commodity of the statement's goods in data/trade-positions.yaml, or ""."""
        if self.positions is None or statement.goods is None:
            return ""
        return self.positions.commodity({statement.goods.head} | statement.goods.modifiers) or ""

    def position_changed(self, sentence_text: str) -> bool:
        """True when the sentence says a trade position changed or belongs to the past ("once", "used to")."""
        return bool(self.positions and self.positions.changed and self.positions.changed.search(sentence_text))

    def is_two_way(self, statement: Statement) -> bool:
        """True when a two-way cue ("bilateral", "trade surplus with") covers the statement's
        country or counterparty, or names no country and so covers the whole article."""
        if self.two_way_countries is None:
            return True
        return statement.code in self.two_way_countries or statement.counterparty_code in self.two_way_countries

    def two_way_names_goods(self, statement: Statement) -> bool:
        """True when the statement's own sentence says trade runs both ways (not a mere "bilateral"),
        or another sentence with a two-way cue names its goods
        ("crude trade runs both ways") without stating them in the other direction for its
        countries ("the most lopsided bilateral flow: ... of the ore Australia sells abroad" does not
        say ore runs both ways); a two-way cue that names other goods ("a two-way flow of cars and
        phones") is about those."""
        if statement.goods is None:
            return True
        other = SELLS if statement.role == BUYS else BUYS
        parties = {statement.code, statement.counterparty_code} - {None}
        commodity = self.commodity(statement)
        phrases = [phrase for phrase, name in self.positions.phrases.items() if name == commodity] if self.positions and commodity else []
        for sentence, words in self._two_way_words.items():
            if sentence == statement.sentence:
                if _DIRECTION in words:  # "... and crude now runs both ways", not "in the bilateral trade, ..."
                    return True
                continue
            if statement.goods.head in words or any(phrase <= words for phrase in phrases):
                stated_other_way = any(
                    s.role == other and s.code == statement.code or s.role == statement.role and s.code in parties - {statement.code}
                    for s in self.statements_in(sentence) if s.goods and statement.goods.related(s.goods)
                )
                if not stated_other_way:
                    return True
        return False

    def statements_in(self, sentence: int) -> tuple[Statement, ...]:
        """The statements of one sentence."""
        return self._by_sentence.get(sentence, ())

    def opposing(self, statement: Statement) -> list[Statement]:
        """Statements in other sentences giving the same country the other role for the same goods,
        with a counterparty that does not tell them apart (none named, or the same one)."""
        other = SELLS if statement.role == BUYS else BUYS
        wanted = None if statement.counterparty is None else {None, statement.counterparty_code}
        return self._lookup(statement, other, wanted)

    def agreeing(self, statement: Statement) -> list[Statement]:
        """Statements in other sentences giving the same country the same role for the same goods."""
        return self._lookup(statement, statement.role, None)

    def _lookup(self, statement: Statement, role: str, counterparties: set[str | None] | None) -> list[Statement]:
        if statement.goods is None:
            return []
        found: dict[int, Statement] = {}
        goods = statement.goods
        groups = [cells for modifiers, cells in self._index.get((statement.code, goods.head, role), {}).items() if modifiers <= goods.modifiers or goods.modifiers <= modifiers]
        if goods.modifiers:  # a bare "sunflower" for "sunflower seeds"
            groups += [self._index.get((statement.code, word, role), {}).get(frozenset(), {}) for word in goods.modifiers]
        else:  # "sunflower seeds" for a bare "sunflower"
            groups.append(self._by_modifier.get((statement.code, goods.head, role), {}))
        commodity = self._commodity_of(statement)
        if commodity:  # the same goods in other words: "robusta" for "coffee", "maize" for "corn"
            groups.append(self._by_commodity.get((statement.code, commodity, role), {}))
        pair_groups = []  # "the meat" for "beef", "beans" for "soybeans": only between the same two countries
        if self.positions and statement.counterparty is not None and not goods.modifiers:
            for kind in self.positions.kinds.get(goods.head, ()):
                pair_groups += self._index.get((statement.code, kind, role), {}).values()
            for category in self.positions.categories.get(goods.head, ()):
                pair_groups.append(self._index.get((statement.code, category, role), {}).get(frozenset(), {}))
        for cells in [*groups, *pair_groups]:
            pair_only = len(pair_groups) > 0 and any(cells is group for group in pair_groups)
            for counterparty, cell in cells.items():
                if counterparties is not None and counterparty not in counterparties:
                    continue
                if pair_only and counterparty != statement.counterparty_code:
                    continue
                for other in cell.statements:
                    if other.sentence != statement.sentence and other is not statement:
                        found.setdefault(other.sentence, other)
        return [found[sentence] for sentence in sorted(found)]

    def _commodity_of(self, statement: Statement) -> str | None:
        if self.positions is None or statement.goods is None:
            return None
        return self.positions.same_goods({statement.goods.head} | statement.goods.modifiers)

    def role_swap(self, word: str) -> str | None:
        """The word for the other role ("importer" -> "exporter"), in the word's case, or None."""
        if self.grammar is None:
            return None
        swapped = self.grammar.role_swaps.get(" ".join(word.lower().split()))
        if swapped is None:
            return None
        return swapped[0].upper() + swapped[1:] if word[:1].isupper() else swapped


def extract(document: "Document") -> TradeLedger:
    """The trade ledger of the document (empty, without compiling the grammar, when no trade word occurs)."""
    if not has_keyword(keywords(document.knowledge), document.text):
        return TradeLedger((), (), {}, False, None)
    grammar_ = grammar(document.knowledge)
    unread: dict[int, tuple[Mention, ...]] = {}
    relations, ignored = read_relations(document, grammar_, unread)
    statements = _goods_of_sentence(document, tuple(_statements(relations, grammar_)), grammar_)
    index: dict[tuple[str, str, str], dict[frozenset[str], dict[str | None, _Cell]]] = {}
    by_modifier: dict[tuple[str, str, str], dict[str | None, _Cell]] = {}
    for statement in statements:
        if statement.goods is None:
            continue
        key = (statement.code, statement.goods.head, statement.role)
        cells = index.setdefault(key, {}).setdefault(statement.goods.modifiers, {})
        cells.setdefault(statement.counterparty_code, _Cell()).add(statement)
        for word in statement.goods.modifiers:
            by_modifier.setdefault((statement.code, word, statement.role), {}).setdefault(statement.counterparty_code, _Cell()).add(statement)
    table = positions(document.knowledge)
    by_commodity: dict[tuple[str, str, str], dict[str | None, _Cell]] = {}
    for statement in statements:
        commodity = table.same_goods({statement.goods.head} | statement.goods.modifiers) if statement.goods else None
        if commodity:
            by_commodity.setdefault((statement.code, commodity, statement.role), {}).setdefault(statement.counterparty_code, _Cell()).add(statement)
    by_sentence: dict[int, list[Statement]] = {}
    for statement in statements:
        by_sentence.setdefault(statement.sentence, []).append(statement)
    two_way_countries, two_way_words = _two_way(document, grammar_)
    return TradeLedger(
        tuple(relations), statements, ignored, two_way_countries != frozenset(), grammar_, index,
        {k: tuple(v) for k, v in by_sentence.items()}, _by_modifier=by_modifier, two_way_countries=two_way_countries,
        positions=table, _by_commodity=by_commodity, _two_way_words=two_way_words, unread=unread,
    )


def _goods_of_sentence(document: "Document", statements: tuple[Statement, ...], grammar_: TradeGrammar) -> tuple[Statement, ...]:
    """Statements of a relation read without goods take the goods its own sentence names, when those are
    goods other sentences of the article give one of its countries ("Russia relies on Brazil for a quarter of
    its fertiliser supply" beside "Brazil bought Russian fertilisers"): one such goods word, or none."""
    if all(s.goods is not None for s in statements):
        return statements
    heads: dict[str, dict[str, set[int]]] = {}  # country code -> goods head -> sentences (two kept)
    with_goods: set[int] = set()
    for statement in statements:
        if statement.goods is not None:
            with_goods.add(statement.sentence)
            sentences = heads.setdefault(statement.code, {}).setdefault(statement.goods.head, set())
            if len(sentences) < 2:
                sentences.add(statement.sentence)
    goods_of: dict[int, Goods | None] = {}  # id(relation) -> the goods its sentence names
    places = trade_gazetteer(grammar_.gazetteer, document.knowledge)
    out = []
    for statement in statements:
        if statement.goods is not None or statement.sentence in with_goods:
            out.append(statement)
            continue
        relation = statement.relation
        if id(relation) not in goods_of:
            codes = {party.entity.code for party in (relation.importer, relation.exporter) if party}
            known = {head for code in codes for head, sentences in heads.get(code, {}).items() if sentences - {relation.sentence}}
            sentence = document.sentences[relation.sentence]
            others = [m.end - sentence.start for m in find_mentions(document.text, places, sentence.start, sentence.end) if m.entity.code not in codes]
            goods_of[id(relation)] = named_goods(sentence.text, known, grammar_, others) if known else None
        goods = goods_of[id(relation)]
        out.append(statement if goods is None else Statement(statement.country, statement.role, statement.counterparty, goods, relation, statement.how + "+sentence-goods"))
    return tuple(out)


def _two_way(document: "Document", grammar_: TradeGrammar) -> tuple[frozenset[str] | None, dict[int, frozenset[str]]]:
    """Countries named in the sentences with a two-way cue (None when such a sentence names none),
    and the words of those sentences as goods words (singular, aliases applied: "LNG" -> gas)."""
    codes: set[str] | None = set()
    words: dict[int, frozenset[str]] = {}
    pair_words = positions(document.knowledge).pair_cues
    places = trade_gazetteer(grammar_.gazetteer, document.knowledge)
    shared: dict[str, Entity] | None = None  # looked for at the first two-way sentence
    for index, sentence in enumerate(document.sentences):
        cues = [match.group() for match in grammar_.two_way.finditer(sentence.text)]
        if cues:
            shared = shared_forms(document.text, places) if shared is None else shared
            named = {m.entity.code for m in parties_in(document.text, places, sentence.start, sentence.end, shared)}
            codes = None if codes is None or not named else codes | named
            words[index] = frozenset(singular(name) for word in WORD.findall(sentence.text.lower()) for name in alias(word, grammar_, True))
            if not (pair_words and all(pair_words.fullmatch(cue) for cue in cues)):
                words[index] |= {_DIRECTION}
    return (None if codes is None else frozenset(codes)), words


def _statements(relations: list[Relation], grammar_: TradeGrammar) -> Iterator[Statement]:
    recent: list[tuple[int, Goods]] = []  # (sentence, goods) of the latest statements with goods
    for relation in relations:
        goods, how = goods_key(relation.goods, grammar_), relation.family
        if goods is not None and goods.head in grammar_.anaphoric_goods and not (goods.head in grammar_.general_goods and goods.modifiers):
            earlier = next((g for sentence, g in reversed(recent) if relation.sentence - sentence <= _ANAPHORA_REACH and sentence <= relation.sentence), None)
            goods, how = (earlier, how + "+again") if earlier else (goods if goods.head in grammar_.general_goods else None, how)
        if goods is not None:
            recent = [*recent[-3:], (relation.sentence, goods)]
        for country, role, counterparty in ((relation.importer, BUYS, relation.exporter), (relation.exporter, SELLS, relation.importer)):
            if country is not None and (counterparty is None or counterparty.entity.code != country.entity.code):
                yield Statement(country, role, counterparty, goods, relation, how)


_DIRECTION = " direction"  # among a two-way sentence's words: its cue says goods run both ways, not just "bilateral"
