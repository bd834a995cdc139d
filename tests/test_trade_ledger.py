"""The ledger's keys and messages (factlint.layers.trade, trade/reversed-direction): goods keyed by
their words up to a preposition or "as", and parties named in messages as English names them."""

from __future__ import annotations

import pytest

from conftest import lint

from factlint.engine import Linter
from factlint.layers.trade import goods_key
from factlint.layers.trade_grammar import grammar
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])
TRADE = "trade/reversed-direction"


def flagged(text: str) -> list[tuple[int, str]]:
    return lint(text, TRADE, show=("line", "message"))


@pytest.mark.parametrize(
    ("words", "head", "modifiers"),
    [
        ("Chinese beans as harvest tops", "bean", {"chinese"}),  # a headline's "as" clause is no goods
        ("rice between January and March", "rice", set()),
        ("seeds for planting", "seed", set()),
        ("wheat from Russia", "wheat", set()),
        ("crude oil via the Druzhba pipeline", "oil", {"crude"}),
        ("demand for coal", "coal", set()),  # a preposition before any goods word is passed over
        ("tonnes of phosphoric acid towards India", "acid", {"phosphoric"}),
    ],
)
def test_goods_end_at_a_preposition_or_as(words: str, head: str, modifiers: set[str]) -> None:
    key = goods_key(words, grammar(LINTER.knowledge))
    assert key is not None and (key.head, set(key.modifiers)) == (head, modifiers)


@pytest.mark.parametrize(
    ("words", "head"),
    [
        ("Indian crude up 8% on the month", "oil"),  # a headline's change ends the goods
        ("stepped up grain deliveries", "grain"),  # but not an "up" without a number after it
        ("in the first six months over 120,000 tonnes salmon", "salmon"),  # a number in words is no goods
        ("every sack", "sack"),  # goods named again, not "every"
        ("iron ore despite years of friction", "ore"),  # a conjunction ends the goods
        ("European", None),  # "the biggest European buyer of Vietnamese coffee": a region's adjective is no goods
        ("in the first half-year more", None),
        ("Vietnamese coffee", "coffee"),
        ("most dependable", None),  # "the most dependable supplier of gas": a degree's adjective is no goods
        ("steadiest", None),
    ],
)
def test_words_that_are_no_goods(words: str, head: str | None) -> None:
    key = goods_key(words, grammar(LINTER.knowledge))
    assert (key.head if key else None) == head


@pytest.mark.parametrize("words", ["towards", "as", "about", "between"])
def test_a_preposition_alone_is_no_goods(words: str) -> None:
    assert goods_key(words, grammar(LINTER.knowledge)) is None


ARTICLE = (
    "Mexico exported avocados to {us} in May.\n\nMexico shipped avocados to {us} in June.\n\n"
    "{Us} sold avocados to Mexico in July.\n"
)


@pytest.mark.parametrize(
    ("us", "named"),
    [
        ("the United States", "the United States importing from Mexico"),
        ("the U.S.", "the U.S. importing from Mexico"),
        ("America", "America importing from Mexico"),  # a name that takes no article
    ],
)
def test_messages_give_a_name_its_article(us: str, named: str) -> None:
    text = ARTICLE.format(us=us, Us=us[:1].upper() + us[1:])
    [(line, message)] = flagged(text)
    assert line == 5
    assert f"the article has {named} (" in message
    assert "has the the" not in message and "The the" not in message


def test_a_name_is_given_the_article_only_where_its_display_has_one() -> None:
    text = (
        "Japan exported cars to the Netherlands in May.\n\nJapan shipped cars to the Netherlands in June.\n\n"
        "The Netherlands sold cars to Japan in July.\n"
    )
    [(_, message)] = flagged(text)
    assert "the article has the Netherlands importing from Japan" in message


# --- places: cities, ports and regions as parties of trade only ---------------------------------


def relations(text: str) -> list[tuple[str | None, str | None]]:
    """(importer code, exporter code) of each relation the trade layer reads."""
    document = LINTER.document(text, "article.txt")
    return [(r.importer and r.importer.entity.code, r.exporter and r.exporter.entity.code) for r in document.trade.relations]


def test_a_port_is_a_party_of_its_country_in_trade_only() -> None:
    from factlint.layers.countries import gazetteer, trade_gazetteer

    base = gazetteer(LINTER.knowledge)
    assert base.lookup("Karachi") is None  # names, dates and offices never see the trade places
    entity, form = trade_gazetteer(base, LINTER.knowledge).lookup("Karachi") or (None, None)
    assert entity is not None and entity.code == "PK" and form == "capital"
    assert relations("Karachi bought 20,000 tonnes of tea from Mombasa last month.") == [("PK", "KE")]
    # capitals the shared gazetteer lacks are trade places too
    assert relations("Cocoa shipped from Amsterdam to Accra rose in May.") == [("GH", "NL")]
    assert base.lookup("Amsterdam") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the country itself is named: the port is where it sells
        ("Kenya sold more tea at the weekly auction in Mombasa to Pakistan.", [("PK", "KE")]),
        # "at"/"in" before a place makes it where, and the rest of the clause is still read
        ("Tea sold at the auction in Kandla went to Ukraine.", []),
        # but a port of loading is the seller's (trade_places: "loaded at", "discharged at")
        ("The cargoes were loaded at Kandla for delivery to Ukraine.", [("UA", "IN")]),
        # a transshipment hub is no place of the list: goods bound there are bound for a region
        ("Containers bound for Rotterdam were diverted around the Cape of Good Hope.", []),
    ],
)
def test_a_place_beside_its_country_or_after_at_is_a_location(sentence: str, expected: list) -> None:
    assert relations(sentence) == expected


def test_a_place_list_with_an_unknown_code_is_an_error() -> None:
    from factlint.errors import FactlintError
    from factlint.layers.countries import gazetteer, with_places

    with pytest.raises(FactlintError, match="trade_places: 'XX'"):
        with_places(gazetteer(LINTER.knowledge), {"XX": ["Atlantis"]})




@pytest.mark.parametrize(
    ("text", "congo"),
    [
        # the DR Congo named in full, then "Congo": one country
        ("The Democratic Republic of Congo mines most cobalt. Congo sells cobalt hydroxide to China.", "CD"),
        ("Congolese cobalt goes to China. Congo sells copper to China too.", "CD"),
        # the Republic named in full: "Congo" and "Congolese" are the Republic's
        ("The Republic of Congo exports oil. Congolese crude goes to China.", "CG"),
        # nothing else said: "Congo" keeps its ISO meaning
        ("Congo sells oil to China.", "CG"),
    ],
)
def test_congo_names_one_country_in_one_article(text: str, congo: str) -> None:
    sellers = {exporter for _, exporter in relations(text)} - {None}
    assert sellers == {congo}


# --- a relation read without goods takes the goods its sentence names --------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # wire: "relies on X for ... of its G supply" reads the pair without goods
        ("Kenya bought record volumes of Egyptian fertiliser in 2023.\nEgypt's fertiliser exports to Kenya rose 9%.\n"
         "Kenya imports nearly all the fertiliser its farmers spread.\nEgypt relies on Kenya for about a third of its fertiliser needs, traders said.\n", 4),
        # broadsheet: the evidence names its goods past a second clause; a tie the table breaks (Norway sells gas)
        ("For Oslo, whose gas purchases from Berlin keep rising, the deal is small.\nWhen the pipeline opened, its first flows "
         "came from Norway, and Norway has since remained the steadiest supplier of piped gas to a country short of fuel.\n", 1),
    ],
)
def test_a_relation_without_goods_takes_the_goods_its_sentence_names(text: str, line: int) -> None:
    assert [n for n, _ in flagged(text)] == [line]


_BOTH_WAYS = (
    "Brazil shipped soybeans to Spain.\nBrazil exported soybeans to Spain again.\n"
    "Spain sold olive oil to Brazil.\nSpain shipped olive oil to Brazil in May.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the goods word is a third country's ("Argentina's soybean harvest"), not the pair's
        _BOTH_WAYS + "Spain sold to Brazil at record prices, even as Argentina's soybean harvest failed.\n",
        # two goods the pair trades: which one?
        _BOTH_WAYS + "Spain sold to Brazil at record prices as soybean and olive oil prices climbed.\n",
    ],
)
def test_goods_of_a_sentence_are_taken_only_when_they_are_the_pairs_and_one(text: str) -> None:
    assert flagged(text) == []
    assert flagged(_BOTH_WAYS + "Spain sold to Brazil at record prices as soybean prices climbed.\n")  # one goods: soybeans


def test_a_role_of_the_past_is_no_reversal() -> None:
    text = "Argentina sold beef to China.\nArgentina shipped beef to China again.\nIn the 1990s China exported beef to Argentina.\n"
    assert flagged(text) == []
    assert [n for n, _ in flagged(text.replace("In the 1990s China", "China"))] == [3]


def test_one_finding_for_words_read_as_two_relations() -> None:
    # "The Chinese export of soybeans towards Brazil": a one-party and a two-party reading of the same words
    text = ("The export of soybeans from Brazil to China grew.\nThe import of soybeans by China from Brazil grew.\n"
            "The Chinese export of soybeans towards Brazil grew too.\n")
    [(line, message)] = flagged(text)
    assert line == 3 and 'write "The Chinese import of soybeans"' in message


def test_trade_at_large_is_not_opposed_by_purchases_from_two_partners() -> None:
    # an exporter of the goods may buy them from some partners: no finding on the line of its exports
    text = ("The export of barley from Australia reached 8 million tonnes in the season.\n"
            "Australia bought 40,000 tonnes of barley from Canada in March.\nImports of Argentine barley into Australia also rose.\n")
    assert flagged(text) == []
    assert [n for n, _ in flagged(text.replace("from Canada", "from Argentina"))] == [1]  # one partner, twice: as before


def test_two_adjectives_swap_for_the_fix() -> None:
    text = ("The Philippines' rice imports rose 4% in May.\nThe Philippines imported rice from Vietnam in record volume.\n"
            "Philippine rice purchases from Vietnam rose.\nVietnamese purchases of Philippine rice eased in June.\n")
    [(line, message)] = flagged(text)
    assert line == 4 and message.endswith('write "Philippine purchases of Vietnamese rice"')
