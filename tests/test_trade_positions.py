"""The trade positions table (data/trade-positions.yaml) and the one-against-one ties it breaks in
trade/reversed-direction: a statement is reported against one other sentence only when the table
says which of the two is wrong."""

from __future__ import annotations

import pytest

from conftest import lint

from factlint.engine import Linter
from factlint.errors import FactlintError
from factlint.layers.trade_positions import build_positions, positions
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])
TRADE = "trade/reversed-direction"


def flagged(text: str) -> list[tuple[int, str]]:
    """(line, message) of each trade finding."""
    return lint(text, TRADE, show=("line", "message"))


# --- the table ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "commodity"),
    [
        ({"cocoa"}, "cocoa"),
        ({"cocoa", "bean"}, "cocoa beans"),
        ({"whole", "milk", "powder"}, "milk powder"),
        ({"liquefied", "natural", "gas"}, "natural gas"),
        ({"crude", "palm", "oil"}, "palm oil"),  # "crude" qualifies palm oil; "palm" is no qualifier of crude oil
        ({"oil"}, "crude oil"),
        ({"sunflower", "oil"}, None),  # not crude oil
        ({"iron", "ore", "concentrate"}, None),  # neither iron ore nor copper concentrate
        ({"copper", "ore"}, "copper"),  # the longer phrase wins over "ore"
        ({"wine"}, None),
    ],
)
def test_goods_belong_to_a_commodity_only_when_every_other_word_is_a_qualifier(words: set[str], commodity: str | None) -> None:
    assert positions(LINTER.knowledge).commodity(words) == commodity


def test_roles_come_from_the_rows_and_countries_far_on_neither_side_have_none() -> None:
    table = positions(LINTER.knowledge)
    assert table.role("CI", {"cocoa", "bean"}) == "sells"
    assert table.role("NL", {"cocoa", "bean"}) == "buys"
    assert table.role("NL", {"cocoa"}) is None  # the Netherlands also sells cocoa butter and powder
    assert table.role("NO", {"gas"}) == "sells"  # "NO" is quoted in the file: YAML would read it as false
    assert table.role("US", {"crude", "oil"}) is None  # both a large buyer and a large seller


def test_every_row_names_its_source() -> None:
    table = positions(LINTER.knowledge)
    assert table.sources and all(source.strip() for source in table.sources.values())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"commodities": {"tea": {"sells": ["KE"]}}}, "needs 'phrases'"),
        ({"commodities": {"tea": {"phrases": ["tea"], "sells": "KE"}}}, "sells of 'tea' must be a list"),
        ({"commodities": {"tea": {"phrases": ["tea"], "sells": [False]}}}, "must be a list of strings"),  # an unquoted NO
        ({"commodities": {"tea": {"phrases": ["tea"], "sells": ["KE"], "buys": ["KE"]}}}, "KE is listed twice"),
        ({"changed": "(unclosed", "commodities": {}}, "invalid regular expression"),
        (["tea"], "expected a mapping"),
        ({"commodities": {"tea": {"phrases": ["tea"], "sels": ["KE"]}}}, "unknown field 'sels'"),  # would leave tea empty
        ({"commodities": {"tea": {"phrases": ["tea"], "sells": ["UK"]}}}, "'UK' \\(sells of 'tea'\\) is not a country code"),
    ],
)
def test_a_malformed_table_gets_a_clear_message(data: object, message: str) -> None:
    with pytest.raises(FactlintError, match=message):
        build_positions(data, known_codes={"KE", "GB", "PK"})  # type: ignore[arg-type]


def test_every_country_code_of_the_shipped_table_is_known_to_the_gazetteer() -> None:
    linter = Linter.for_packs([default_pack()])
    assert positions(linter.knowledge).roles  # built with the gazetteer's codes: no unknown one


# --- ties broken -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        # two parties each way: the table says Kenya sells tea and Pakistan buys it
        ("Kenya's tea exports to Pakistan rose 8 percent in the year to June.\n"
         "Pakistan sold 200,000 tonnes of tea to Kenya, the board said.", 2, "Kenya is among the world's main sellers of tea"),
        # one party each way
        ("Ghana shipped 600,000 tonnes of cocoa last season.\n"
         "Cocoa imported by Ghana reached a record in March.", 2, "Ghana is among the world's main sellers of cocoa"),
        # LNG and "liquefied natural gas" are the same goods
        ("Australia exported liquefied natural gas to Japan for two decades.\n"
         "Japan delivered LNG worth $3 billion to Australia in 2023.", 2, "main sellers of natural gas"),
        # copper and copper concentrate
        ("Peru's copper exports to China rose.\nChina shipped copper concentrate to Peru in May.", 2, "Peru is among"),
        # a past event in the same sentence but after the relation is no change of position
        ("Norway's gas sales to Germany rose.\n"
         "Germany sold gas to Norway in the winter, a deal first signed in the 1990s.", 2, "main sellers of natural gas"),
    ],
)
def test_a_one_against_one_conflict_is_reported_on_the_statement_the_table_contradicts(text: str, line: int, words: str) -> None:
    found = flagged(text)
    assert [number for number, _ in found] == [line]
    assert words in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a lone statement against the table is never reported
        "Pakistan sold tea to Kenya.",
        "Pakistan sold tea to Kenya. Pakistan shipped tea to Kenya again in May.",
        # goods the table does not list: nothing tells the two sentences apart
        "Chile sells wine to China. China sold wine to Chile in May.",
        # countries the table does not place on one side: a hub, and a net exporter that also buys
        "Singapore exported crude oil to Malaysia. Malaysia shipped crude oil to Singapore in June.",
        "Canada's crude exports to the United States rose. Canada imported crude from the United States for its eastern refineries.",
        # the position changed, or is stated for the past
        "Russia once imported wheat. Russia's wheat exports hit a record this year.",
        "Until 2015 Ghana imported cocoa. Ghana's cocoa exports rose in May.",
        # a country before goods and an import noun may name the goods' origin (a corpus sentence:
        # Canada's duty on imports of U.S. corn), so the table does not decide against it
        "U.S. corn exports represent only about five pct of the Canadian market.\n"
        "Canada's growers complained about U.S. corn imports in November.",
        "China's Brazilian soybean imports rose. China bought Brazilian soybeans at record prices.",
        # the other sentence runs against the table too: nothing independent says which is wrong
        "Kenya bought 10,000 tonnes of tea in May. Kenya sold tea to Sri Lanka in June.",
    ],
)
def test_no_finding_without_independent_evidence_of_which_side_is_wrong(text: str) -> None:
    assert flagged(text) == []


def test_break_ties_off_needs_min_evidence_sentences_again(tmp_path) -> None:
    pack = tmp_path / "pack" / "trade"
    pack.mkdir(parents=True)
    (pack / "strict.yaml").write_text(
        "id: trade/strict\nkind: trade-direction\nseverity: warning\nmessage: '{relation}'\ndescription: ties left unbroken\n"
        "break_ties: false\nexamples:\n  bad: [China provided 70% of the machinery imported from Russia.]\n"
        "  good: [Pakistan sold tea to Kenya. Kenya exported tea to Pakistan.]\n",
        encoding="utf-8",
    )
    linter = Linter.for_packs([default_pack(), tmp_path / "pack"])
    text = "Kenya's tea exports to Pakistan rose 8 percent.\nPakistan sold 200,000 tonnes of tea to Kenya."
    lines = {(d.rule, d.line) for d in linter.lint_document(linter.document(text, "a.txt"), linter.rules)}
    assert (TRADE, 2) in lines and ("trade/strict", 2) not in lines


# --- the same goods in other words -------------------------------------------------------------


def test_phrases_of_one_commodity_are_the_same_goods_for_the_ledger() -> None:
    text = (
        "Vietnam exported robusta to Germany in May.\nVietnam shipped robusta to Germany in June.\n"
        "Coffee imported by Vietnam reached a record."
    )
    assert [line for line, _ in flagged(text)] == [3]
    # maize and corn
    text = "Ukraine's maize exports rose.\nUkraine shipped maize to Spain in May.\nUkraine imported corn in June."
    assert [line for line, _ in flagged(text)] == [3]


def test_forms_of_a_commodity_marked_distinct_are_not_the_same_goods() -> None:
    # Japan buys copper concentrate and sells the cathode smelted from it
    text = (
        "Japan imported copper concentrate from Chile. Japan bought copper concentrate from Peru.\n"
        "Japan sold cathode to China in May."
    )
    assert flagged(text) == []


# --- two-way cues ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # "bilateral" names the pair's trade; the sentence around it still has the ore running one way
        ("Australia's iron ore exports to China hit a record.\nThe flow is among the most lopsided bilateral trades "
         "anywhere, with China taking most of the ore Australia sells abroad.\nChina sold iron ore to Australia in June.", 3),
        # a "bilateral" in the statement's own sentence
        ("Ghana shipped cocoa to Malaysia last season.\nIn the bilateral trade, Ghana bought cocoa from Malaysia in March.", 2),
        # a two-way cue about other goods
        ("Ghana shipped cocoa to Malaysia last season.\nMalaysia sold cars and machinery to Ghana, a two-way flow that "
         "leaves Ghana with a deficit.\nGhana bought cocoa from Malaysia in March.", 3),
    ],
)
def test_a_two_way_cue_that_does_not_say_these_goods_run_both_ways_leaves_the_table_to_decide(text: str, line: int) -> None:
    assert [number for number, _ in flagged(text)] == [line]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's LNG sales to Japan rose. Japan shipped LNG to Qatar in May, and trade between the two now runs both ways.",
        "Qatar's LNG sales to Japan rose. Japan shipped LNG to Qatar in May. LNG trade between the two now runs both ways.",
        "Ghana shipped cocoa to Malaysia last season. Cocoa trade with Malaysia runs both ways. Ghana bought cocoa from Malaysia in March.",
        # without a table row a two-way cue still shields the statement, however many sentences oppose it
        "Chile sold wine to China. Chile shipped wine to China again. Bilateral trade grew. China sold wine to Chile in May.",
    ],
)
def test_a_two_way_cue_that_names_the_goods_or_says_both_ways_in_the_sentence_still_shields_it(text: str) -> None:
    assert flagged(text) == []


# --- category words between the same two countries ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Argentina's beef shipments to China rose 12 percent.\nChina sold 300,000 tonnes of meat to Argentina last year, the chamber said.",
         'write "Argentina sold 300,000 tonnes of meat to China"'),
        ("Brazil's soybean exports to China hit a record.\nChina shipped beans to Brazil in May, traders said.",
         'write "Brazil shipped beans to China"'),
        # the article before a name moves with it
        ("Mexico's avocado exports to the United States rose.\nThe United States sold the fruit to Mexico in May.",
         'write "Mexico sold the fruit to the United States"'),
        ("Mexico's avocado exports to the United States rose.\nMexico bought avocados from the United States in May.",
         'write "The United States bought avocados from Mexico"'),
    ],
)
def test_a_category_word_is_the_goods_named_between_the_same_two_countries(text: str, fix: str) -> None:
    found = flagged(text)
    assert [line for line, _ in found] == [2] and found[0][1].endswith(fix)


@pytest.mark.parametrize(
    "text",
    [
        # another counterparty: Brazil sells soybeans to China and buys (black) beans from Argentina
        "Brazil's soybean exports to China hit a record. Brazil bought beans from Argentina in May.",
        # grain bought from Russia is not the rice sold to Sudan, however often it is said
        "Egypt bought grain from Russia in March. Egypt bought grain from Russia again in May. Egypt sold rice to Sudan in June.",
    ],
)
def test_a_category_word_does_not_reach_across_counterparties(text: str) -> None:
    assert flagged(text) == []


def test_bullets_of_a_brief_are_separate_sentences_for_the_ledger() -> None:
    brief = (
        "COCOA BRIEF\n- Ghana's cocoa exports to Malaysia up 8% in May\n"
        "- Malaysia sold 20,000 t of cocoa to Ghana in the quarter\n- Prices steady at the port"
    )
    assert [line for line, _ in flagged(brief)] == [3]
