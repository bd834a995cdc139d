"""The ledger's side of the backoff (pair-direction) reading: a sentence the strict reading leaves
unread is judged only against the flow the article's strict statements establish, and is never
evidence itself. The reader is factlint.layers.trade_backoff (tests/test_trade_backoff.py); here
a stand-in reads the first country named as the buyer and the second as the seller, so that these
tests decide only what the ledger and the check do with a reading."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from conftest import lint

from factlint.document import Document
from factlint.engine import Linter
from factlint.layers import trade_backoff_ledger
from factlint.layers.countries import Mention
from factlint.layers.trade_grammar import TradeGrammar
from factlint.layers.trade_reading import Relation, party_of
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])
TRADE = "trade/reversed-direction"
RULE = [rule for rule in LINTER.rules if rule.definition.id == TRADE]
GOODS = ("soybeans", "wheat", "coffee", "cargoes")


def first_buys_from_second(document: Document, grammar_: TradeGrammar, candidates: Mapping[int, tuple[Mention, ...]]) -> list[Relation]:
    """Stand-in reader: in each candidate sentence, the first country buys from the second."""
    relations = []
    for index, mentions in candidates.items():
        sentence = document.sentences[index]
        buyer, seller = mentions[0], next((m for m in mentions if m.entity.code != mentions[0].entity.code), None) or mentions[0]
        if seller is buyer:
            continue
        goods = next((word for word in GOODS if word in sentence.text), None)
        start, end = min(buyer.start, seller.start), max(buyer.end, seller.end)
        relations.append(Relation(
            "pair-direction:test", -1, party_of(buyer), party_of(seller), goods, start, end, index, document.text[start:end],
        ))
    return relations


def _reads_nothing(document: Document, grammar_: TradeGrammar, candidates: Mapping[int, tuple[Mention, ...]]) -> list[Relation]:
    return []


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> list[Mapping[int, tuple[Mention, ...]]]:
    """Install the stand-in reader; the list receives the candidates it was given."""
    seen: list[Mapping[int, tuple[Mention, ...]]] = []

    def read(document: Document, grammar_: TradeGrammar, candidates: Mapping[int, tuple[Mention, ...]]) -> list[Relation]:
        seen.append(dict(candidates))
        return first_buys_from_second(document, grammar_, candidates)

    monkeypatch.setattr(trade_backoff_ledger, "_reader", lambda: read)
    return seen


def flagged(text: str) -> list[tuple[int, str]]:
    return lint(text, TRADE, show=("line", "message"))


ESTABLISHED = "Brazil exported soybeans to China in May.\n\nBrazil shipped more soybeans to China in June.\n\n"


def test_a_backoff_reading_against_two_strict_sentences_is_reported(reader: list) -> None:
    found = flagged(ESTABLISHED + "Brazil turned to China for soybeans.\n")
    assert len(found) == 1
    line, message = found[0]
    assert line == 5
    assert "China importing from Brazil" in message and "line 1" in message and "line 3" in message
    assert reader and list(reader[0]) == [2]  # only the unread sentence is a candidate


def test_a_reader_that_reads_nothing_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trade_backoff_ledger, "_reader", lambda: _reads_nothing)
    assert flagged(ESTABLISHED + "Brazil turned to China for soybeans.\n") == []


def test_a_sentence_the_strict_reading_reads_is_no_candidate(reader: list) -> None:
    assert flagged(ESTABLISHED + "China exported soybeans to Brazil in July.\n") != []  # the strict check's own finding
    assert all(2 not in candidates for candidates in reader)


@pytest.mark.parametrize(
    "text",
    [
        # one strict sentence is no established flow, and the table never breaks a backoff tie
        "Brazil exported soybeans to China in May.\n\nBrazil turned to China for soybeans.\n",
        # a strict sentence agreeing with the reading
        ESTABLISHED + "Brazil imported soybeans from China in July.\n\nBrazil turned to China for soybeans.\n",
        # the article says the trade runs both ways
        ESTABLISHED + "Soybean trade between Brazil and China runs both ways.\n\nBrazil turned to China for soybeans.\n",
        # other goods: nothing established for wheat
        ESTABLISHED + "Brazil turned to China for wheat.\n",
        # a position of the past
        ESTABLISHED + "In the 1980s, Brazil turned to China for soybeans.\n",
        # a backoff reading is never evidence: two of them against one strict sentence
        "Brazil exported soybeans to China in May.\n\nBrazil turned to China for soybeans.\n\nBrazil went shopping for soybeans in China.\n",
    ],
)
def test_backoff_readings_not_judged(reader: list, text: str) -> None:
    last_line = text.count("\n")
    lines = [line for line, _ in flagged(text)]
    assert reader and last_line not in lines  # read, and not reported


def test_without_goods_the_pair_must_trade_one_way_only(reader: list) -> None:
    unread = "Brazil's buyers turned to China, its officials said.\n"
    assert [line for line, _ in flagged(ESTABLISHED + unread)] == [5]
    assert flagged(ESTABLISHED + "China exported coffee to Brazil.\n\n" + unread) == []  # trade one way and the other


def test_threshold_option(reader: list) -> None:
    rule = RULE[0]
    assert rule.backoff_min_evidence == rule.min_evidence


def test_a_strict_relation_without_goods_is_judged_like_a_backoff_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trade_backoff_ledger, "_reader", lambda: _reads_nothing)
    text = ESTABLISHED + "China sold to Brazil at record prices, traders said.\n"
    [(line, message)] = flagged(text)
    assert line == 5 and 'write "Brazil sold to China"' in message
    # the pair trades both ways in the article: nothing to say of goods-less words
    assert flagged(ESTABLISHED + "China exported fertiliser to Brazil.\n\nChina sold to Brazil at record prices.\n") == []
    # one strict sentence is not enough
    assert flagged("Brazil exported soybeans to China in May.\n\nChina sold to Brazil at record prices.\n") == []
