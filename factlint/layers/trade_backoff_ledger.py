"""Backoff readings as statements, for the check to judge against the ledger (never evidence).

The strict reading (``trade_reading``) leaves sentences unread that name countries beside a trade
word. ``factlint.layers.trade_backoff`` (the "pair-direction" reader) reads only which of two
countries buys from which in such a sentence, from each country's own local cue. Such a reading is
weaker than a strict one: ``trade/reversed-direction`` uses it only as a statement to report when
the strict statements of the article already establish the opposite flow; it never supports or
opposes anything itself, so it is kept apart from the ledger's index.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from factlint.layers.trade import BUYS, SELLS, Goods, Statement, TradeLedger, goods_key
from factlint.layers.trade_reading import Relation, clause_cue

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.layers.countries import Mention
    from factlint.layers.trade_grammar import TradeGrammar

# How far back (in sentences) goods named again ("the cargoes") look for a strict statement's goods.
_ANAPHORA_REACH = 3


def backoff_statements(document: "Document", ledger: TradeLedger) -> list[tuple[Statement, Statement]]:
    """(buyer, seller) statements of each backoff reading of the ledger's unread sentences that
    name two countries the strict statements speak of."""
    grammar_ = ledger.grammar
    if grammar_ is None or not ledger.unread:
        return []
    known = {statement.code for statement in ledger.statements}
    candidates = {
        index: mentions for index, mentions in ledger.unread.items() if len({m.entity.code for m in mentions} & known) >= 2
    }
    if not candidates:
        return []
    pairs = []
    for relation in _reader()(document, grammar_, candidates):
        if relation.pair is None or relation.sentence not in candidates:
            continue
        assert relation.importer and relation.exporter
        if clause_cue(document.text, document.sentences[relation.sentence], relation, grammar_):
            continue
        goods = _goods(relation.goods, relation.sentence, ledger)
        pairs.append((
            Statement(relation.importer, BUYS, relation.exporter, goods, relation, relation.family),
            Statement(relation.exporter, SELLS, relation.importer, goods, relation, relation.family),
        ))
    return pairs


def _reader() -> "Callable[[Document, TradeGrammar, Mapping[int, tuple[Mention, ...]]], list[Relation]]":
    """``trade_backoff.read_pair_directions`` (imported on first use; tests stand another in)."""
    from factlint.layers.trade_backoff import read_pair_directions

    return read_pair_directions


def _goods(words: str | None, sentence: int, ledger: TradeLedger) -> Goods | None:
    """The goods key of a backoff reading; goods named again ("the shipments") are those of the
    latest strict statement with goods within reach before it, or none."""
    assert ledger.grammar is not None
    goods = goods_key(words, ledger.grammar)
    if goods is None or goods.head not in ledger.grammar.anaphoric_goods:
        return goods
    if goods.head in ledger.grammar.general_goods and goods.modifiers:
        return goods
    earlier = (s.goods for back in range(1, _ANAPHORA_REACH + 1) for s in reversed(ledger.statements_in(sentence - back)) if s.goods)
    return next(earlier, None)
