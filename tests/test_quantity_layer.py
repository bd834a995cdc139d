"""The quantities layer: numbers, scales, currencies, number words, qualifiers, ranges and units."""

from __future__ import annotations

import pytest

from factlint.engine import Linter
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])


def quantities(text: str):  # type: ignore[no-untyped-def]
    return LINTER.document(text, "example.txt").quantities.quantities


def only(text: str):  # type: ignore[no-untyped-def]
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It cost 1,250 dollars.", 1250, "usd"),
        ("A rate of 0.75 percent.", 0.75, "percent"),
        ("Sales were 2.4 billion.", 2.4e9, None),
        ("It raised $3bn last year.", 3e9, "usd"),
        ("A deal worth £650m was signed.", 6.5e8, "gbp"),
        ("Output of 12 mln tonnes.", 12e6, "tonne"),
        ("They shipped 5,000 tonnes.", 5000, "tonne"),
        ("It paid 50 dlrs a share.", 50, "usd"),
        ("The bond paid 12 cts.", 12, "usd_cent"),
        ("Exports were 3.5 billion yen.", 3.5e9, "jpy"),
        ("It earned €40 million.", 4e7, "eur"),
        ("Temperatures hit 40C.", 40, "celsius"),
        ("Temperatures hit 104F.", 104, "fahrenheit"),
        ("It was 30 degrees Celsius.", 30, "celsius"),
        ("It covers 650 sq km.", 650, "square_kilometre"),
        ("It covers 650 km².", 650, "square_kilometre"),
        ("Winds of 120 km/h blew.", 120, "kilometres_per_hour"),
        ("Winds of 75 mph blew.", 75, "miles_per_hour"),
        ("A speed of 30 knots.", 30, "knot"),
        ("It pumps 1.2 mln barrels per day.", 1.2e6, "barrels_per_day"),
        ("It pumps 900,000 bpd.", 9e5, "barrels_per_day"),
        ("A 500 MW plant.", 500, "megawatt"),
        ("Prices rose 3 pct.", 3, "percent"),
        ("Prices rose 3 per cent.", 3, "percent"),
        ("Rates rose 25 basis points.", 25, "basis_point"),
        ("Support fell 4 percentage points.", 4, "percentage_point"),
        ("A farm of 200 hectares.", 200, "hectare"),
        ("Some 5 gallons leaked.", 5, "gallon"),
        ("It paid .125 dlrs per share.", 0.125, "usd"),
    ],
)
def test_numbers_and_units(text: str, value: float, unit: str | None) -> None:
    quantity = only(text)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [("twenty-five people came", 25), ("seven seats were won", 7), ("a dozen eggs", 12), ("ninety nine bottles", 99)],
)
def test_number_words(text: str, value: float) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "share"),
    [("a third of voters", 33.333), ("two-thirds of voters", 66.667), ("half of voters", 50), ("three-quarters of homes", 75)],
)
def test_fractions_are_shares(text: str, share: float) -> None:
    quantity = only(text)
    assert quantity.value == pytest.approx(share)
    assert quantity.is_percent


def test_hyphenated_adjective_keeps_its_unit() -> None:
    first, second = quantities("a 42-km (16-mile) route")
    assert (first.value, first.unit, second.value, second.unit) == (42, "kilometre", 16, "mile")


@pytest.mark.parametrize("qualifier", ["about", "nearly", "more than", "roughly", "some", "up to"])
def test_qualifiers_are_kept(qualifier: str) -> None:
    quantity = only(f"It is {qualifier} 6 miles away.")
    assert quantity.qualifier == qualifier
    assert quantity.qualifier_loose
    assert quantity.text == f"{qualifier} 6 miles"


@pytest.mark.parametrize("text", ["between 5 and 7 km", "5-7 km", "5–7 km"])
def test_ranges(text: str) -> None:
    quantity = only(f"It is {text} long.")
    assert (quantity.value, quantity.upper.value, quantity.unit) == (5, 7, "kilometre")


@pytest.mark.parametrize("text", ["half – 40% of them", "five - 40 pct", "a third—45%"])
def test_a_dash_range_only_after_digits(text: str) -> None:
    """A word or fraction before a dash is a figure of its own ("half – 40% of them women"), not a range's start."""
    assert [q.is_range for q in quantities(f"Of the staff, {text} were women.")] == [False, False]


def test_a_range_of_words_needs_between() -> None:
    quantity = only("between five and 10 percent")
    assert (quantity.value, quantity.upper.value) == (5, 10)


def test_rounding_interval_follows_written_precision() -> None:
    assert (only("16 miles").bound.low, only("16 miles").bound.high) == (15.5, 16.5)
    bound = only("1.2 billion").bound
    assert bound.low == pytest.approx(1.15e9) and bound.high == pytest.approx(1.25e9)
    coarse = only("600 miles").coarse
    assert (coarse.low, coarse.high) == (550, 650)


def test_years_ranks_and_modifiers_are_marked() -> None:
    assert only("in 1986 the firm").year_like
    assert only("fell to No. 5 in the list").rank
    assert only("a nine-year high").adjective


@pytest.mark.parametrize("text", ["the F-16 jet", "at 10:30 today", "COVID-19 cases", "on 12/3 it"])
def test_tokens_that_are_not_amounts(text: str) -> None:
    assert all(q.text not in {"16", "30", "19", "3"} for q in quantities(text))


def test_negative_numbers() -> None:
    assert only("a low of minus 5C").value == -5
    assert only("a change of -0.5 pct").value == -0.5


def test_m_is_a_metre_without_a_currency() -> None:
    assert only("a 100m sprint").unit == "metre"
    assert only("a £100m deal").value == 1e8


def test_text_without_numbers_has_an_empty_layer() -> None:
    assert quantities("No figures here at all.") == ()


def test_days_of_the_month_and_period_halves() -> None:
    assert only("on December 31 it").date_like
    assert only("on 31 Dec it").date_like
    assert not only("31 dollars").date_like
    assert quantities("sales in the first half fell") == ()


def test_one_significant_digit_is_not_read_as_far_away() -> None:
    bound = only("2 million barrels").bound
    assert bound.low == pytest.approx(1.6e6) and bound.high == pytest.approx(2.4e6)
    coarse = only("1,000 miles").coarse
    assert (coarse.low, coarse.high) == (800, 1200)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["1,250", "0.75", "$3bn", "£650m", " mln ", " dlrs", "pct", "%", "42-km", "(16-mile)", "40C", "°F", " sq km",
     "twenty-five", "a third", "half", " of the ", " from ", " to ", " rose ", " fell ", ", or ", "-", "/", ".", "\n",
     "about ", "between 5 and 7", "No. ", "1986", "December 31", "up to ", " a ", "\u200b"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=25))
def test_layer_spans_are_exact_and_every_rule_survives(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = LINTER.document(text, "example.txt")
    for quantity in document.quantities.quantities:
        assert document.text[quantity.start:quantity.end] == quantity.text
        assert quantity.start <= quantity.number_start < quantity.end
        assert quantity.bound.low <= quantity.value <= quantity.bound.high
    for rule in LINTER.rules_for(["quantity"]):
        for diagnostic in LINTER.lint_document(document, [rule]):
            assert 0 <= diagnostic.offset <= diagnostic.end_offset <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly approximately between US $ 5 and 7 million tonnes, then negative 40C and minus 3.",
        "Nearly negative U.S. $ .5 billion, about GBP 12, some USD 40 and approximately Rs. 300 crore.",
        "More than a hundred and fifty people, two-thirds of them women, and three quarters of the rest.",
        "Someone often sold content for a dozen eggs, one-fifth of the cost, half the price, a tenth of it.",
        "Twenty-five thousand, two thousand five hundred and fifteen hundred; the seventy-seven ministers.",
        "In 2024 the 3-2 vote gave 51%, 1,250 km, 4.5 pct and No. 7 on 12/05 at 10:30.",
        "Wide  spaces:   about    5 million and\n\n  between   three  and four.",  # runs of spaces: the whole span is read
        "A \u017fcore of \u0130stanbul's twelve \u212aelvin readings.",  # letters lower() does not fold as the pattern does
        "",
    ],
)
def test_the_anchored_search_finds_the_matches_of_a_scan_of_the_whole_span(text: str) -> None:
    from factlint.layers.quantities import _matches, vocabulary

    vocab = vocabulary(LINTER.knowledge)
    for start, end in ((0, len(text)), (3, len(text)), (0, max(len(text) - 5, 0))):
        scanned = [(m.span(), m.groupdict()) for m in vocab.pattern.finditer(text, start, end)]
        assert [(m.span(), m.groupdict()) for m in _matches(text, start, end, vocab)] == scanned
