"""Quantity rules on real-copy sentences: what they say when they fire, and the traps they pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config import Config
from factlint.engine import Linter
from factlint.rules_loader import default_pack

from conftest import lint

QUANTITY = Config(select=("quantity",))


def test_conversion_message_gives_the_right_value() -> None:
    assert lint("The race follows a 42-km (16-mile) route.", "quantity", show="{rule}: {message}") == [
        "quantity/conversion-mismatch: conversion does not match: 42 km is about 26.1 miles, not 16 miles"
    ]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The walk is a 10-mile (6-km) loop.", "the conversion factor looks inverted"),
        ("The park covers 650 sq km (404 square miles).", "a length factor was used for an area"),
        ("The planet has warmed by 1.5C (34.7F) since 1900.", "the formula for a temperature reading was used for a change"),
        ("Temperatures reached 40C (72F) on Tuesday.", "the +32 of a temperature reading is missing"),
    ],
)
def test_conversion_names_the_slip(text: str, slip: str) -> None:
    (message,) = lint(text, "quantity", show="{rule}: {message}")
    assert message.endswith(f"({slip})")


@pytest.mark.parametrize(
    "text",
    [
        "The wall is 3 metres (10 feet) high.",
        "The ship sank about 6 miles (10 km) offshore.",
        "The storm brought winds of 120 km/h (75 mph).",
        "The ice sheet lost 0.85 degrees Celsius, or about 1.5 degrees Fahrenheit, of cooling.",
        "The 116-foot (35.4-meter) yacht docked.",
        "It carried 100,000 tons (90,700 tonnes) of ore.",
        "It carried 100,000 tons (101,600 tonnes) of ore.",
        "Net profit was 7.3 mln dlrs, or 71 cts a share.",
        "The tower rises 37,000 feet (11,270 metres).",
        "Renewables supplied 12.6%, or 440,700 megawatts, of capacity.",
    ],
)
def test_conversion_passes_rounded_and_ambiguous_figures(text: str) -> None:
    assert lint(text, "quantity", show="{rule}: {message}") == []


def test_percent_change_reports_the_right_change() -> None:
    assert lint("Membership went from 40 to 50, a rise of 40%.", "quantity", show="{rule}: {message}") == [
        "quantity/percent-change: the stated change 40% does not fit the figures: from 40 to 50 is +25%"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Net profit rose 22 pct to 28 mln dlrs from 23 mln.",
        "Car and van exports eased 1.3 pct to 222,000 in February from 225,000.",
        "Output fell 10 pct to 967,000 tonnes from 1.1 mln.",
        "Earnings per share rose 26 pct to 1.20 dlrs from 95 cts.",
        "The number of producing oil wells fell 14 pct to 43,521 from more than 50,000.",
        "The daily borrowing average more than doubled to 381 mln dlrs from 160 in the prior period.",
        "Shipments doubled to 399,000 tonnes from 201,000.",
        "Prices rose 5 pct from 1985 to 1986.",
        "The company swung to a profit, up 50 pct at 3 mln dlrs from a loss of 2 mln.",
    ],
)
def test_percent_change_passes_consistent_wire_copy(text: str) -> None:
    assert [m for m in lint(text, "quantity", show="{rule}: {message}") if "percent-change" in m] == []


def test_percentage_points() -> None:
    assert lint("The load factor declined 1.6 pct to 55.9 pct from 57.5 pct.", "quantity", show="{rule}: {message}") == [
        "quantity/percentage-points: from 57.5 pct to 55.9 pct is 1.6 percentage points, not 1.6 pct "
        "(in percent the change is -2.78%)"
    ]
    assert lint("The jobless rate rose 0.5 percentage point to 6.5% from 6.0%.", "quantity", show="{rule}: {message}") == []


@pytest.mark.parametrize(
    "text",
    [
        "The team fell to No. 5 from No. 2 in the rankings.",
        "The net loss rose to 5 mln dlrs from 3 mln.",
        "The meeting was moved from 10 a.m. to 9 a.m.",
        "The frequency of sailings is being increased from nine to seven days.",
        "Pay growth slowed, lowering the annual gain to 2.8 percent from a nine-year high of 2.9 percent.",
        "The average value of the yen against the dollar rose to 161 from 221 a year earlier.",
        "Exports of trucks dropped to 6,200 from 9.900.",
        "Sales rose to 1.2 billion dlrs from 900 mln.",
    ],
)
def test_direction_passes_traps(text: str) -> None:
    assert lint(text, "quantity", show="{rule}: {message}") == []


def test_direction_normalises_scale_words() -> None:
    assert lint("Imports rose to $900 million from $1.2 billion.", "quantity", show="{rule}: {message}") == [
        'quantity/direction-mismatch: "rose" does not fit the figures: from $1.2 billion to $900 million goes the other way'
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Public debt reached 130% of GDP.",
        "Sales rose 250% from a year earlier.",
        "Output is at 120% of pre-war levels.",
        "The plant ran at 110% of capacity.",
        "The firm met 150% of its target for households.",
    ],
)
def test_share_over_100_passes_ratios(text: str) -> None:
    assert lint(text, "quantity", show="{rule}: {message}") == []


def test_shares_sum_counts_fraction_words() -> None:
    (message,) = lint("Half of the money goes to schools, 40% to hospitals and 30% to roads.", "quantity", show="{rule}: {message}")
    assert message == "quantity/shares-sum: shares of one whole add up to 120%: Half, 40%, 30%"


def test_a_newsroom_extends_the_units(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "units.yaml").write_text(
        "units:\n  league: {label: leagues, pint: [league], forms: [league, leagues]}\n", encoding="utf-8"
    )
    linter = Linter.for_packs([default_pack(), tmp_path])
    document = linter.document("The ship sailed 20,000 leagues (20,000 miles).", "x.txt")
    rules = linter.rules_for(["quantity/conversion-mismatch"])
    found = linter.lint_document(document, rules)
    assert [d.message for d in found] == ["conversion does not match: 20,000 leagues is about 60,000 miles, not 20,000 miles"]


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ("kind: change-percent\nforms: ['{A} to {B}']\n", "unknown field 'forms'"),
        ("kind: share-over-100\nwholes: []\n", "give a list of wholes"),
        ("kind: shares-sum\n", "give links, verbs or predicates"),
        ("kind: majority\nbefore: '(?:'\n", "invalid regular expression"),
        ("kind: conversion\njoiners: ['(']\n", "invalid regular expression"),
    ],
)
def test_kind_fields_are_validated(tmp_path: Path, body: str, complaint: str) -> None:
    from factlint.errors import FactlintError
    from factlint.rules_loader import load_rules

    folder = tmp_path / "quantity"
    folder.mkdir()
    (folder / "broken.yaml").write_text(
        "id: quantity/broken\nseverity: warning\nmessage: 'x'\ndescription: 'x'\nexamples: {bad: [x], good: [y]}\n" + body, encoding="utf-8"
    )
    with pytest.raises(FactlintError, match=complaint):
        load_rules([tmp_path])


SEEDED_ERRORS = [
    'Temperatures reached 40 degrees Celsius (140 degrees Fahrenheit) in Seville.',
    'The flat measures 5,000 square feet (1,500 square metres).',
    'The pipeline runs 1,000 kilometres (1,000 miles) across the steppe.',
    'The quake struck 10 km (16 miles) below the surface.',
    'Some 120 per cent of those surveyed backed the plan.',
    'Profits rose 12% to £3.2bn from £3.1bn.',
    'Pre-tax profit fell 20% to £150m from £160m, the bank said.',
    'Sales were up 15% at $4.6bn compared with $3.1bn a year earlier.',
    'Unemployment rose from 5.2% to 4.9% last month.',
    'Its shares fell to 310p from 290p.',
    'Turnout fell to 61% from 59% in 2001.',
    'The company cut 300 of its 250 jobs.',
    'The storm dumped 30 cm (30 inches) of snow.',
    'The ship was carrying 300,000 tonnes (30,000 tons) of oil.',
    'The blaze burned 10,000 hectares (2,470 acres).',
    'Oil output jumped to 2 million barrels per day from 2.5 million bpd.',
    'The price of gold doubled from $400 to $1,200 an ounce.',
    'The vote was split 55% to Smith, 35% to Jones and 20% to others.',
    'Republicans won 55 of the 53 seats up for election.',
    'Global temperatures rose by 2C (35.6F) over the century.',
    'Nearly 1.5 million people, or 150% of the population, were affected.',
    'The figure jumped by 50% from 1,000 to 1,200.',
    'The firm reported a 3% increase to 1,200 from 1,000.',
    'House prices have risen by 8% to £180,000 from £150,000.',
    'The economy contracted to $2.1 trillion from $1.9 trillion.',
    'Exports edged up to 40,500 tonnes from 41,200 tonnes.',
    'It weighs 10 kg (2.2 pounds).',
    'The lake covers 100 square miles (100 sq km).',
    'The mountain is 8,848 metres (19,000 feet) high.',
    'The car reached 300 km/h (300 mph).',
]


@pytest.mark.parametrize("text", SEEDED_ERRORS)
def test_seeded_errors_are_caught(text: str) -> None:
    assert len(lint(text, "quantity", show="{rule}: {message}")) == 1, lint(text, "quantity", show="{rule}: {message}")


def test_a_correct_area_conversion_passes() -> None:
    assert lint("The area is 500 sq miles (1,295 sq km), roughly the size of London.", "quantity", show="{rule}: {message}") == []
