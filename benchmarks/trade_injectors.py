"""Error injectors for trade relations in constructions other than the article's own (issue 13,
session 6): a flow the article states in at least two sentences, one way only, is stated once more,
backwards, in another construction ("Japan's coal exports to Indonesia also rose", "Most of the coal
bought by Indonesia came from Japan", "Japan, one of the world's leading exporters of coal, ...").
The sentence is added after the last sentence stating the flow, so the rule must read the new
construction and weigh it against what the article says. Registered in ``injectors.INJECTORS``.
"""

from __future__ import annotations

import random

from injectors import Injection, _document, _replace

# {seller}: the country the added sentence makes the seller (the article's buyer); {buyer}: the other.
_TWO_PARTY = (
    "{Seller}'s {goods} exports to {buyer} also rose, the figures showed.",
    "{Buyer}'s purchases of {goods} from {seller} climbed as well.",
    "{Seller}, now the main supplier of {goods} to {buyer}, expects more orders this year.",
    "Most of the {goods} bought by {buyer} last year came from {seller}.",
    "{Seller} remained {buyer}'s biggest source of {goods}, traders said.",
    "{Goods} shipped from {seller} to {buyer} rose again in the quarter.",
)
# {country}: the country of a one-party statement, given the other role.
_SELLS = (
    "{Country}, one of the world's leading exporters of {goods}, raised its prices.",
    "{Goods} exported by {country} rose 5% in the period.",
)
_BUYS = (
    "{Country}, one of the world's biggest importers of {goods}, raised its orders.",
    "{Goods} imported by {country} rose 5% in the period.",
)
KIND = "reversed trade construction"
_CLOSERS = frozenset("\"'”’)]")


def reversed_construction(text: str, rng: random.Random) -> Injection | None:
    """Add, after a flow stated twice, one way only, a sentence stating it backwards in another construction."""
    document = _document(text)
    if document is None:
        return None
    ledger = document.trade  # type: ignore[attr-defined]
    if ledger.two_way:
        return None
    sites = [
        s for s in ledger.statements
        if s.goods and s.goods.head not in ("it",) and not s.relation.implied and not s.relation.reversed_span
        and ledger.agreeing(s) and not ledger.opposing(s) and not ledger.is_two_way(s)
    ]
    if not sites:
        return None
    statement = rng.choice(sites)
    goods = statement.goods.words
    country = _name(statement.country)
    last = max([statement.sentence, *(other.sentence for other in ledger.agreeing(statement))])
    if statement.counterparty is not None:
        seller, buyer = (country, _name(statement.counterparty)) if statement.role == "buys" else (_name(statement.counterparty), country)
        template = rng.choice(_TWO_PARTY)
        new = template.format(Seller=_capital(seller), seller=seller, Buyer=_capital(buyer), buyer=buyer, goods=goods, Goods=_capital(goods))
    else:
        template = rng.choice(_SELLS if statement.role == "buys" else _BUYS)
        new = template.format(Country=_capital(country), country=country, goods=goods, Goods=_capital(goods))
    end = document.sentences[last].end  # type: ignore[attr-defined]
    while end < len(text) and text[end] in _CLOSERS:
        end += 1  # after a quotation's closing mark, not inside the quotation
    return _replace(KIND, text, end, end, " " + new, ("trade/reversed-direction",), span=(end + 1, end + 1 + len(new)))


def _name(party: object) -> str:
    """The country's name as a sentence would use it ("the United States", "Japan")."""
    return party.entity.display  # type: ignore[attr-defined]


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


TRADE_INJECTORS = {KIND: reversed_construction}
TRADE_RULES = {KIND: ("trade/reversed-direction",)}
