"""Places that stand for their country in trade copy (factlint.layers.trade_places): the general place
gazetteer's guards, the article's rules for a place as a party, ports of loading and discharge, and
goods named again by a pronoun. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from conftest import lint

from factlint.engine import Linter
from factlint.layers.trade import goods_key
from factlint.layers.trade_grammar import grammar
from factlint.layers.trade_places import build_table, place_table
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])
TRADE = "trade/reversed-direction"


def statements(text: str) -> set[tuple[str, str, str | None]]:
    """(country code, role, goods head) of every statement the trade layer reads."""
    return {(s.code, s.role, s.goods.head if s.goods else None) for s in LINTER.document(text, "article.txt").trade.statements}


def flagged(text: str) -> list[int]:
    return [line for (line,) in lint(text, TRADE, show=("line",))]


# --- the table's guards, on made-up sources -------------------------------------------------------------


def test_a_city_whose_name_is_a_common_word_needs_a_huge_population() -> None:
    cities = [("Pebbleport", "AU", 50_000), ("Split", "HR", 150_000), ("Reading", "GB", 318_000), ("Shanghai", "CN", 24_000_000)]
    table = build_table(cities, [], set(), {"AU", "HR", "GB", "CN"}, [])
    assert table == {"Pebbleport": "AU", "Shanghai": "CN"}


def test_a_name_two_countries_share_is_no_place_unless_one_city_dwarfs_the_other() -> None:
    cities = [("Gladstone", "AU", 45_000), ("Gladstone", "US", 27_000), ("Wilhelmshaven", "DE", 84_000), ("Wilhelmshaven", "US", 3_000)]
    assert build_table(cities, [], set(), {"AU", "US", "DE"}, []) == {"Wilhelmshaven": "DE"}


def test_a_region_is_a_place_unless_generic_shared_blocked_or_a_country_form() -> None:
    regions = [("Michoacán", "MX"), ("Michoacan", "MX"), ("Northern", "GH"), ("Upper East", "GH"), ("Punjab", "IN"), ("Punjab", "PK"), ("Georgia", "US"), ("Mexico", "MX")]
    table = build_table([], regions, {"Mexico"}, {"MX", "GH", "IN", "PK", "US"}, ["Georgia"])
    assert table == {"Michoacán": "MX", "Michoacan": "MX"}


def test_the_real_table_reads_ports_and_refuses_words_names_and_shared_names() -> None:
    table = place_table(LINTER.knowledge)
    assert {name: table.get(name) for name in ("Ningbo", "Sodegaura", "Antofagasta", "Wilhelmshaven", "Michoacan", "Queensland")} == {
        "Ningbo": "CN", "Sodegaura": "JP", "Antofagasta": "CL", "Wilhelmshaven": "DE", "Michoacan": "MX", "Queensland": "AU",
    }
    for name in ("Nice", "Split", "Mobile", "Reading", "Victoria", "Georgia", "Florence", "Austin", "Toyota", "Brent", "Northern"):
        assert name not in table, name


# --- a place as a party in an article ---------------------------------------------------------------------


def test_ports_stand_for_their_countries_when_the_article_names_those_countries() -> None:
    text = "Chile sells most of its copper to China.\nConcentrate shipped from Antofagasta to Ningbo rose 4% in May.\n"
    assert {("CN", "buys", "concentrate"), ("CL", "sells", "concentrate")} <= statements(text)


def test_a_place_whose_country_the_article_never_names_is_no_party() -> None:
    assert statements("Concentrate shipped from Antofagasta to Ningbo rose 4% in May.") == set()


def test_a_place_used_as_a_persons_name_is_no_party() -> None:
    shipped = "China buys Australian coal.\nU.S. coal output fell in March.\nCoal exported from Houston to China rose.\n"
    assert ("US", "sells", "coal") in statements(shipped)
    person = "China buys Australian coal.\nU.S. coal output fell, Mr Houston said.\nCoal exported from Houston to China rose.\n"
    assert "US" not in {code for code, _, _ in statements(person)}


def test_trade_between_places_of_one_country_is_no_trade_between_countries() -> None:
    home = "U.S. coal exports to China fell.\n"
    assert statements(home + "Coal shipped from Wyoming to Oklahoma rose by a third.\n") == statements(home)
    assert statements(home + "Agriculture exports from Missouri and Wisconsin were steady.\n") == statements(home)
    # beside a party of another country the region is one
    wyoming = LINTER.document(home + "Coal shipped from Wyoming to Japan rose by a third.\n", "article.txt").trade
    assert [(r.importer.entity.code, r.exporter.entity.code, r.exporter.text) for r in wyoming.relations if r.sentence == 1] == [("JP", "US", "Wyoming")]


def test_a_city_inside_a_longer_name_is_no_party() -> None:
    text = "China imports copper from Chile.\nCopper stocks at the Shanghai Futures Exchange warehouses were sold to traders.\n"
    assert {code for code, _, _ in statements(text)} <= {"CN", "CL"} and ("CN", "sells", "copper") not in statements(text)


def test_where_trade_happens_is_no_party_but_a_port_of_loading_or_discharge_is() -> None:
    named = "Vietnam sells rice to the Philippines.\n"
    assert ("PH", "sells", "rice") not in statements(named + "Vietnamese rice sold at auctions in Manila fetched $600 a tonne.\n")
    loaded = statements(named + "The grain was loaded at Haiphong and discharged at Manila last week.\n")
    assert {("VN", "sells", "rice"), ("PH", "buys", "rice")} <= loaded


def test_a_port_of_loading_on_the_wrong_side_is_reported() -> None:
    text = (
        "Vietnam shipped 1.2 million tonnes of rice to the Philippines in the first quarter.\n"
        "The Philippines bought most of its rice from Vietnam again this year.\n"
        "Most of the grain was loaded at Manila and discharged at Haiphong, traders said.\n"
    )
    assert flagged(text) == [3]


# --- goods named again by a pronoun -----------------------------------------------------------------------


@pytest.mark.parametrize("words", ["it", "the bulk of it", "much of it", "about three quarters of them", "half of them", "most of it"])
def test_a_pronoun_is_goods_named_again(words: str) -> None:
    key = goods_key(words, grammar(LINTER.knowledge))
    assert key is not None and key.head == "it"


def test_goods_named_by_a_pronoun_take_the_goods_before() -> None:
    text = "Ghana sells more cocoa than any country but one.\nSwitzerland buys the bulk of it from Accra under long contracts.\n"
    assert {("CH", "buys", "cocoa"), ("GH", "sells", "cocoa")} <= statements(text)


# --- a company of a country ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brazil's Vale sold 80 million tonnes of iron ore to Chinese mills.", {("CN", "buys", "ore"), ("BR", "sells", "ore")}),
        ("Japan's Inpex bought two LNG cargoes from Australia's Santos Energy.", {("JP", "buys", "gas"), ("AU", "sells", "gas")}),
        ("Chile's Codelco supplies Korean smelters with copper cathode.", {("KR", "buys", "cathode"), ("CL", "sells", "cathode")}),
    ],
)
def test_a_company_after_a_countrys_possessive_is_a_party_of_that_country(sentence: str, expected: set) -> None:
    assert statements(sentence) == expected


def test_a_ministry_after_a_countrys_possessive_is_no_company() -> None:
    assert statements("China's Commerce Ministry said soybean imports from Brazil rose.") == {("BR", "sells", "soybean")}


def test_goods_after_a_countrys_possessive_are_no_company() -> None:
    assert statements("Some 80 pct of Japan's LPG imports are from the Middle East.") == {("JP", "buys", "lpg")}
