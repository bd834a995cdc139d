"""The country gazetteer, the trade-relation layer and trade/reversed-direction, on real-style sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.document import Document
from factlint.engine import Linter
from factlint.knowledge import Knowledge
from factlint.layers.countries import Mention, find_mentions, gazetteer
from factlint.rules_loader import default_pack

from conftest import lint

LINTER = Linter.for_packs([default_pack()])
TRADE = "trade/reversed-direction"
SEED = Path(__file__).resolve().parent.parent / "fixtures" / "china-russia-defense-bgnes.txt"


def document(text: str) -> Document:
    return LINTER.document(text, "article.txt")


def relations(text: str) -> list[tuple[str, str | None, str | None]]:
    found = document(text).trade.relations
    return [
        (r.family, r.importer.entity.code if r.importer else None, r.exporter.entity.code if r.exporter else None)
        for r in found
    ]


# --- gazetteer ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "code", "form"),
    [
        ("PRC", "CN", "name"),
        ("People's Republic of China", "CN", "name"),
        ("U.S.", "US", "name"),
        ("USA", "US", "name"),
        ("America", "US", "name"),
        ("Britain", "GB", "name"),
        ("UK", "GB", "name"),
        ("UAE", "AE", "name"),
        ("EU", "EU", "name"),
        ("Chinese", "CN", "adjective"),
        ("Emirati", "AE", "adjective"),
        ("Beijing", "CN", "capital"),
        ("Brussels", "EU", "capital"),
        ("Russia's", "RU", "name"),
        ("Mozambique", "MZ", "name"),  # from the ISO list only
        ("Russian Federation", "RU", "name"),
    ],
)
def test_gazetteer_resolves_news_forms(surface: str, code: str, form: str) -> None:
    found = gazetteer(LINTER.knowledge).lookup(surface)
    assert found is not None and (found[0].code, found[1]) == (code, form)


def mentions(text: str, knowledge: Knowledge = LINTER.knowledge) -> list[Mention]:
    return list(find_mentions(text, gazetteer(knowledge)))


def test_longest_form_wins_and_regions_are_not_countries() -> None:
    found = mentions("Latin America, Papua New Guinea and South Korea trade with the U.S.")
    assert [(m.text, m.entity.code) for m in found] == [
        ("Papua New Guinea", "PG"),
        ("South Korea", "KR"),
        ("U.S.", "US"),
    ]


def test_possessive_is_kept_apart_from_the_name() -> None:
    (mention,) = mentions("Russia's imports rose.")
    assert (mention.text, mention.possessive) == ("Russia", True)


def test_a_newsroom_pack_extends_the_gazetteer(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "countries.yaml").write_text(
        "entities:\n  CN:\n    names: [Middle Kingdom]\n", encoding="utf-8"
    )
    knowledge = Knowledge([default_pack(), tmp_path])
    text = "The Middle Kingdom bought soybeans from Brazil."
    assert [m.entity.code for m in mentions(text, knowledge)] == ["CN", "BR"]
    doc = Document(text, knowledge=knowledge)
    (relation,) = doc.trade.relations
    assert (relation.importer.entity.code, relation.exporter.entity.code) == ("CN", "BR")


# --- relation families ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "family", "importer", "exporter"),
    [
        ("Japan bought 1.2 mln tonnes of wheat from the United States last month.", "import-from", "JP", "US"),
        ("Chinese refiners purchased crude from Saudi Arabia.", "import-from", "CN", "SA"),
        ("90 percent of Russia's imports of microelectronics came from China last year.", "imports-of-from", "RU", "CN"),
        ("U.S. oil imports from Saudi Arabia rose.", "imports-of-from", "US", "SA"),
        ("Imports of corn into Mexico climbed.", "imports-into", "MX", None),
        ("Imports of gas into Germany from Norway climbed.", "imports-into", "DE", "NO"),
        ("Most of the copper ore imported by Japan from Chile is smelted locally.", "imported-by", "JP", "CL"),
        ("France sold around 250,000 tonnes of soft wheat to China.", "export-to", "CN", "FR"),
        ("Japan's exports of cars to the EU fell.", "exports-of-to", "EU", "JP"),
        ("Nearly 80 pct of Canada's exports are shipped to the U.S. each year.", "exports-of-to", "US", "CA"),
        ("Exports of coffee from Colombia to the United States rose.", "exports-from-to", "US", "CO"),
        ("Norway supplied Germany with natural gas.", "supplied-with", "DE", "NO"),
        ("China provided 70% of the machinery imported by Russia.", "share-of-imports", "RU", "CN"),
        ("Australia is Japan's biggest supplier of coal.", "biggest-supplier", "JP", "AU"),
        ("Canada accounts for 40 percent of U.S. energy imports.", "accounts-for", "US", "CA"),
        ("Australia is the main supplier of coal to Japan.", "biggest-supplier", "JP", "AU"),
        ("Japan, the biggest buyer of Indian iron ore, asked for lower prices.", "biggest-buyer", "JP", "IN"),
        ("Japan is the largest market for U.S. beef.", "biggest-buyer", "JP", "US"),
        ("China is Brazil's biggest customer for soybeans.", "biggest-buyer", "CN", "BR"),
        ("China was helping Russia in several areas, including exports of machine tools.", "helping-exports", "RU", "CN"),
    ],
)
def test_each_family_reads_who_buys_from_whom(sentence: str, family: str, importer: str, exporter: str | None) -> None:
    assert (family, importer, exporter) in relations(sentence)


def test_reversed_share_holds_the_coherent_reading() -> None:
    (relation,) = document("China provided 70% of the machinery imported from Russia.").trade.relations
    assert (relation.importer.entity.code, relation.exporter.entity.code) == ("RU", "CN")
    assert relation.reversed_span is not None and relation.fix == "imported by Russia"


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU banned imports from Russia of steel.",  # sanction
        "Japan would buy more beef from Australia if tariffs fell.",  # hypothetical
        "Japan did not buy wheat from Canada this year.",  # negation
        "Russia shipped microchips to China via Hong Kong.",  # transit
        "Hong Kong re-exported chips from South Korea to China.",  # re-export
        "The Korea Iron and Steel Association said mills supplied 60 percent.",  # organisation name
    ],
)
def test_sentences_that_are_not_plain_statements_of_a_flow_are_passed_over(sentence: str) -> None:
    assert relations(sentence) == []


# --- the rule --------------------------------------------------------------------------------


def test_seed_article_line_7_is_flagged_with_its_evidence() -> None:
    assert lint(SEED.read_text(encoding="utf-8"), TRADE) == [
        '7:145: trade/reversed-direction [warning] "imported ... from Russia" reverses the trade direction: '
        "the article has Russia importing from China (this sentence makes China the supplier; "
        'line 3: "exports of metalworking machinery"; '
        "line 7: \"Russia's imports of microelectronics ... came from China\"); "
        'write "imported by Russia"'
    ]


def test_seed_suggestion_replaces_the_reported_words() -> None:
    (found,) = lint(SEED.read_text(encoding="utf-8"), TRADE, show=("words", "suggestion"))
    assert found == ("imported in the last quarter of 2023 from Russia", "imported in the last quarter of 2023 by Russia")


def test_written_direction_stated_elsewhere_for_the_same_goods_is_left_alone() -> None:
    text = (
        "China provided 70% of the machinery imported from Russia. "
        "Russia exported machinery to China throughout the year."
    )
    assert lint(text, TRADE) == []


def test_one_sentence_against_one_is_not_enough() -> None:
    # steel is in no row of data/trade-positions.yaml, so nothing breaks the tie (soybeans would:
    # tests/test_trade_positions.py)
    assert lint("Brazil exported steel to China. China exported steel to Brazil.", TRADE) == []


def test_third_party_trade_does_not_count_as_evidence() -> None:
    text = (
        "China supplied Russia with drones. China supplies Russia with drones every month. "
        "Germany's imports of drones from Russia fell."
    )
    assert lint(text, TRADE) == []


def test_two_way_cue_anywhere_disables_cross_sentence_findings() -> None:
    # steel is in no row of data/trade-positions.yaml; with soybeans the table decides, since
    # "bilateral trade" does not say soybeans run both ways (tests/test_trade_positions.py)
    text = (
        "Brazil exported steel to China. Brazil shipped steel to China again. "
        "China exported steel to Brazil. Bilateral trade is growing."
    )
    assert lint(text, TRADE) == []
    assert lint(text.replace(" Bilateral trade is growing.", ""), TRADE)  # and without it, the rule fires


def test_capitals_and_relative_clauses_are_read_and_named_by_country() -> None:
    (line,) = lint("Beijing, which supplied about 60 percent of the chips bought in 2023 from Moscow, declined to comment.", TRADE)
    assert "the article has Russia importing from China" in line
    assert line.endswith('write "bought by Moscow"')


def test_reversed_share_with_a_third_country_inside_is_not_read() -> None:
    # re-export stories: the machinery Kazakhstan bought from Russia may well be Chinese-made
    assert lint("China provided 70% of the machinery imported by Kazakhstan from Russia.", TRADE) == []
    assert lint("Some 70% of the electronics Kazakhstan imported from Russia came from China.", TRADE) == []


def test_passive_share_reversed_in_its_own_sentence() -> None:
    (line,) = lint("More than 70% of the machinery imported last year from Russia came from China.", TRADE)
    assert line.endswith('write "imported by Russia"')
    assert lint("More than 70% of the machinery imported last year by Russia came from China.", TRADE) == []


def test_a_third_country_inside_a_relation_drops_it() -> None:
    sentence = (
        "Reports of short Argentine supplies and the unwillingness of the Chinese to sell "
        "caused Japanese buyers to turn to the United States for corn supplies."
    )
    assert relations(sentence) == []
    # the parties themselves may recur inside: "Australian dollars" in Australia's own sale
    assert ("export-to", "IN", "AU") in relations("Australia sold 428 mln Australian dlrs' worth of steel to India.")


def test_bad_examples_exercise_every_pattern_family() -> None:
    declared = {entry["family"] for entry in LINTER.knowledge.get("trade-relations")["patterns"]}
    rule = next(rule for rule in LINTER.rules if rule.definition.id == TRADE)
    read = {family for example in rule.definition.examples["bad"] for family, _, _ in relations(example)}
    assert declared - read == set()


# --- the ledger of role statements ----------------------------------------------------------------


def statements(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (s.code, s.role, s.counterparty_code, s.goods.head if s.goods else None)
        for s in document(text).trade.statements
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egypt, the world's biggest importer of wheat, bought less.", [("EG", "buys", None, "wheat")]),
        ("Thailand, long the world's top rice exporter, lost ground.", [("TH", "sells", None, "rice")]),
        ("Japan's purchases of liquefied natural gas fell.", [("JP", "buys", None, "gas")]),
        ("Exports of fertilizer from Russia rose.", [("RU", "sells", None, "fertilizer")]),
        ("Most of the soybeans sold to China were from the new crop.", [("CN", "buys", None, "soybean")]),
        ("Coal sold to India by Australian miners rose.", [("IN", "buys", "AU", "coal"), ("AU", "sells", "IN", "coal")]),
        ("Egypt bought 60,000 tonnes of Russian wheat.", [("EG", "buys", "RU", "wheat"), ("RU", "sells", "EG", "wheat")]),
        ("Russia imported from China more than 70% of machine tools.", [("RU", "buys", "CN", "tool"), ("CN", "sells", "RU", "tool")]),
    ],
)
def test_one_party_and_reordered_statements_are_read(sentence: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert statements(sentence) == expected


def test_goods_named_again_take_the_goods_of_the_statement_before() -> None:
    text = "Russia shipped a record 4 million tonnes of wheat in September. The shipments were bought mainly by Egypt."
    (again,) = [s for s in document(text).trade.statements if s.code == "EG"]
    assert again.goods and again.goods.head == "wheat" and again.how.endswith("+again")


def test_goods_match_by_head_and_modifiers() -> None:
    (palm,) = document("Malaysia's exports of palm oil rose.").trade.statements
    (crude,) = document("Malaysia's exports of crude oil rose.").trade.statements
    (oil,) = document("Malaysia's exports of oil rose.").trade.statements
    assert palm.goods and crude.goods and oil.goods
    assert not palm.goods.matches(crude.goods)
    assert palm.goods.matches(oil.goods) and crude.goods.matches(oil.goods)


def test_a_one_party_statement_against_two_others_is_flagged_with_a_word_swap() -> None:
    (line,) = lint("Egypt, the world's biggest importer of wheat, bought 3 million tonnes this season. "
        "Egypt's purchases of wheat rose again in May. Wheat exported by Egypt reached Lebanon.", TRADE)
    assert '"Wheat exported by Egypt" reverses the trade direction: the article has Egypt importing wheat' in line
    assert line.endswith('write "Wheat imported by Egypt"')


def test_a_counterparty_that_tells_statements_apart_is_not_a_contradiction() -> None:
    text = (
        "The U.S. exported crude to China in May. U.S. crude exports to China hit a record. "
        "The U.S. imported crude from Canada."
    )
    assert lint(text, TRADE) == []
    # without the counterparty, the same three statements are a contradiction
    assert lint(text.replace(" from Canada", ""), TRADE)


def test_both_roles_in_one_sentence_are_two_way_trade() -> None:
    text = (
        "Chile exported copper to Japan. Chile's copper exports rose. "
        "Chile imports copper concentrate and exports refined copper."
    )
    assert lint(text, TRADE) == []


# --- the cue reader: parties and roles read from the words around each party -----------------


def test_cue_reader_gives_every_party_of_a_list_its_role() -> None:
    statements = document("Brazil exported green coffee to Italy and Germany at a brisk clip this spring.").trade.statements
    assert {(s.code, s.role) for s in statements} == {("BR", "sells"), ("IT", "buys"), ("DE", "buys")}


def test_cue_reader_finds_a_reversal_stated_with_adjectives_and_actor_nouns() -> None:
    text = (
        "Chilean copper cathodes are mostly delivered to Chinese fabricators.\n"
        "Chinese wire makers bought more cathodes from Chile in June.\n"
        "China sold 20,000 tonnes of cathodes to Chile in the quarter.\n"
        "Most Chilean cathodes go to China, the central bank said.\n"
    )
    found = lint(text, TRADE)
    assert len(found) == 1 and found[0].startswith("3:"), found
    assert "the article has China importing from Chile" in found[0] and "line 1:" in found[0]


def test_cue_reader_refuses_a_clause_with_a_party_it_cannot_place() -> None:
    # "came from China" after "imported from Russia": a chain; Kazakhstan-Russia is read, China is not.
    statements = document("Some 70% of the electronics Kazakhstan imported from Russia came from China.").trade.statements
    assert "CN" not in {s.code for s in statements}
    assert document("Officials from Germany and France met buyers in Brussels.").trade.statements == ()


def test_cue_reader_reads_a_relative_clause_apart_from_its_sentence() -> None:
    # the competitors in the main clause have no role, the relative clause is still read
    text = "Turkey, which is the biggest customer of Italian hazelnut, must protect its share against competition from Chile."
    assert {(s.code, s.role) for s in document(text).trade.statements} == {("TR", "buys"), ("IT", "sells")}


def test_cue_reader_keeps_the_subject_for_a_second_verb() -> None:
    text = "Peru ships copper concentrate to China and buys diesel fuel from the United States."
    got = {(s.code, s.role, s.goods.head if s.goods else None) for s in document(text).trade.statements}
    assert got == {("PE", "sells", "concentrate"), ("CN", "buys", "concentrate"), ("PE", "buys", "fuel"), ("US", "sells", "fuel")}


def test_a_modal_after_the_relation_leaves_it_a_statement_and_one_before_makes_a_forecast() -> None:
    assert {s.code for s in document("The sugar which Indonesia purchased from Thailand will arrive in May.").trade.statements} == {"ID", "TH"}
    assert document("Thailand will sell more sugar to Indonesia in May.").trade.statements == ()
