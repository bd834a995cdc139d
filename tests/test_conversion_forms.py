"""Conversions however news words them (issue 14, session 6): the conversion in words ("equivalent
to", "about equal to", "which is approximately"), a rate both figures share ("per hectare"), a rate
a conversion leaves out ("30,000 cubic metres a day, or 189,000 barrels"), the centners of
translated farm reports. Wire, broadsheet, brief and machine-translated styles, each with traps.
"""

from __future__ import annotations

import pytest

from conftest import lint

RULE = "quantity/conversion-mismatch"

BAD = [
    # the conversion in words
    "The pipeline carries 12,000 cubic metres a day, equivalent to 250,000 barrels.",
    "Output reached 80,000 barrels per day, the equivalent of 30,000 cubic metres.",
    "Of which soybean import 3.2 million tonnes, about equal to 9.5 billion pounds, mainly from Brazil.",
    "The reserve spans 5,000 hectares, which is approximately 30 square miles.",
    "The estate covers 1,200 acres, i.e. 900 hectares, of vineyards.",
    "Gusts reached 90 mph, equal to 100 km/h, on the exposed ridge.",
    # a rate both figures share
    "The average yield constitutes 3.6 tonnes per hectare, or about 46 centners per hectare.",
    "Rations were cut to 2 kg per person, or 6 pounds per person.",
    # a conversion that leaves the rate out
    "The terminal handles 20,000 cubic metres a day, or about 300,000 barrels.",
]

GOOD = [
    "The pipeline carries 12,000 cubic metres a day, equivalent to about 75,000 barrels.",
    "Storage tanks hold 2 million barrels, or roughly 318,000 cubic metres, enough for about 11 days of output.",
    "The sown area made 2.4 million hectares, which is approximately 9,300 square miles.",
    "The average yield constitutes 3.6 tonnes per hectare, or 36 centners per hectare.",
    "Soybean imports reached 2.35 million tonnes, about equal to 5.2 billion pounds.",
    "The terminal handles 20,000 cubic metres a day, or about 126,000 barrels.",
    "The terminal handles 20,000 cubic metres a day, or 126,000 barrels a day.",
    # different rates, or a figure that is no conversion
    "Rations were 2 kg per person, or 10 kg per family.",
    "Output of 500,000 barrels a day, equal to 5% of world supply, is at risk.",
    "The device weighs 1,000 kg, which is equivalent to the weight of 15 people.",
    "Exports were 1.2 million tonnes a year, equivalent to 2.6 billion pounds.",
    "Wheat yields rose to 4.1 tonnes per hectare, up 6% from a year earlier.",
    "A storm surge of up to 10 feet (3 meters) and rain totals of 8 to 12 inches (20 to 30 centimeters).",
    "The fire had grown to about 4,000 acres (1,600 hectares) and was 10% contained.",
]


@pytest.mark.parametrize("text", BAD)
def test_a_wrong_conversion_is_flagged(text: str) -> None:
    assert lint(text, "quantity", show="{rule}") == [RULE]


@pytest.mark.parametrize("text", GOOD)
def test_a_right_conversion_passes(text: str) -> None:
    assert lint(text, "quantity") == []


def test_the_message_names_large_figures_in_words() -> None:
    assert lint(BAD[2], RULE, show="{message}") == ["conversion does not match: 3.2 million tonnes is about 7.05 billion pounds, not 9.5 billion pounds"]


def test_a_centner_is_a_metric_centner_or_a_zentner() -> None:
    assert lint("Yields were 4 tonnes per hectare, or 80 centners per hectare.", "quantity") == []
