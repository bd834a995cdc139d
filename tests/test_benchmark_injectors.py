"""The error injectors of benchmarks/quality.py plant what they say, where they say, reproducibly."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import injectors  # noqa: E402
from injectors import EXPECTED_RULES, INJECTORS  # noqa: E402

ARTICLE = """Trade talks resume

TOKYO, March 2 - Japan's imports from China rose 12 pct to 112 mln dlrs from 100 mln dlrs in January,
the ministry said on Monday, March 2, 1987. Japan imported more machinery from China than ever.
Chinese exports to Japan grew.

The pipeline runs 42 km (26 miles) from the port. A further 10 km of track is planned.
About 45% of voters backed the plan, and 30% of households said they would pay more.
Officials said 12 of the 15 members would meet next week. Winds reached 120 km/h on the coast.
Some 4 of the 15 directors left.

Prime Minister Yasuhiro Nakasone said the U.S. Congress would act. Kiichi Tanaka said the U.S. Senate
agreed, and Mr Tanaka said the U.S. House would follow. Tanaka said he was pleased.
"""


ARTICLE_DATE = date(1987, 3, 2)

# Kinds whose site the common article cannot hold: a flow stated in just two sentences, with the
# country placed by data/trade-positions.yaml.
SITE_ARTICLES = {
    "reversed trade relation (one other)": (
        "ACCRA, May 4 - Ghana exported 600,000 tonnes of cocoa last season, the board said.\n"
        "Ghana's cocoa exports rose again in April.\n"
    ),
    "reversed trade construction": (
        "WELLINGTON, June 2 - New Zealand sold 40,000 tonnes of butter to Egypt in May.\n"
        "Egypt bought more New Zealand butter in the first quarter, traders said. Prices fell.\n"
    ),
}


def _plant(kind: str, text: str, seed: int):  # type: ignore[no-untyped-def]
    injector = INJECTORS[kind]
    if getattr(injector, "needs_date", False):
        return injector(text, random.Random(seed), ARTICLE_DATE)
    return injector(text, random.Random(seed))


@pytest.mark.parametrize("kind", sorted(INJECTORS))
def test_every_injector_plants_at_the_recorded_span_and_is_reproducible(kind: str) -> None:
    article = SITE_ARTICLES.get(kind, ARTICLE)
    first = _plant(kind, article, 3)
    again = _plant(kind, article, 3)
    assert first is not None, f"{kind}: no site found in the test article"
    assert first == again
    assert first.text != article
    assert first.rules == EXPECTED_RULES[kind]
    assert 0 <= first.start < first.end <= len(first.text)
    assert first.after.strip() in first.text[first.start:first.end] or first.after.strip() in first.text
    # Outside the changed stretch the article is untouched.
    prefix = first.text[: first.start]
    assert article.startswith(prefix)


def test_a_reversed_statement_with_one_other_sentence_is_planted_where_the_table_decides() -> None:
    article = SITE_ARTICLES["reversed trade relation (one other)"]
    injection = injectors.reversed_trade_tie(article, random.Random(1))
    assert injection is not None and "import" in injection.text[injection.start:injection.end]
    assert injectors.reversed_trade_tie(article.replace("cocoa", "wine"), random.Random(1)) is None  # no row for wine


def test_broken_conversion_changes_the_converted_figure() -> None:
    injection = injectors.broken_conversion("The route is 42 km (26 miles) long.", random.Random(1))
    assert injection is not None
    assert injection.before == "26" and injection.after != "26"
    assert injection.text[injection.start:injection.end].startswith("42 km (")


def test_conversion_is_added_where_there_is_none_and_it_is_wrong() -> None:
    injection = injectors.broken_conversion("The route is 100 km long.", random.Random(1))
    assert injection is not None
    figure = float(injection.after.strip(" ()").split()[0].replace(",", ""))
    assert abs(figure - 62.1) / 62.1 > 0.3


def test_share_goes_over_100_whatever_the_seed() -> None:
    for seed in range(40):
        for share in ("0.5", "4", "45", "99"):
            injection = injectors.share_over_100(f"About {share}% of voters agreed.", random.Random(seed))
            assert injection is not None and float(injection.after) > 100


def test_no_conversion_is_planted_on_the_end_of_a_range() -> None:
    assert injectors.broken_conversion("Steers weigh between 600 and 800 lbs.", random.Random(0)) is None


def test_percent_change_is_broken_only_when_the_original_was_right() -> None:
    right = "Sales rose 10 pct to 110 mln dlrs from 100 mln dlrs."
    injection = injectors.wrong_percent_change(right, random.Random(0))
    assert injection is not None and injection.before == "10"
    assert abs(float(injection.after) - 10) >= 10
    wrong_already = "Sales rose 50 pct to 110 mln dlrs from 100 mln dlrs."
    assert injectors.wrong_percent_change(wrong_already, random.Random(0)) is None


def test_trade_relation_is_reversed_only_where_two_other_statements_show_the_direction() -> None:
    two = "Japan's imports from China rose. Japanese imports from China were steady."
    assert injectors.reversed_trade(two, random.Random(0)) is None  # 1 against 1: neither is the odd one
    three = two + " Chinese exports to Japan grew."
    injection = injectors.reversed_trade(three, random.Random(0))
    assert injection is not None
    changed = injection.text[injection.start:injection.end]
    assert changed.index("China") < changed.index("Japan")  # the importer now comes second


def test_weekday_put_on_a_date_is_wrong() -> None:
    injection = injectors.swapped_weekday("It happened on March 2, 1987, in Tokyo.", random.Random(0))
    assert injection is not None
    weekday = injection.after.split(",")[0]
    assert weekday != date(1987, 3, 2).strftime("%A")


def test_misspelling_changes_one_letter_and_keeps_the_name_recognisable() -> None:
    rng = random.Random(0)
    for name in ("Nakasone", "Stoltenberg", "Blinken", "Thatcher"):
        wrong = injectors.misspell(name, rng)
        assert wrong and wrong != name and abs(len(wrong) - len(name)) <= 1 and wrong[0] == name[0]


def test_style_variant_needs_a_consistent_article() -> None:
    mixed = "The U.S. Army and the US Navy. The U.S. Senate and the U.S. House."
    assert injectors.mixed_style(mixed, random.Random(0)) is None
    consistent = "The U.S. Army and the U.S. Navy. The U.S. Senate and the U.S. House."
    injection = injectors.mixed_style(consistent, random.Random(0))
    assert injection is not None and injection.after == "US"


def test_doubled_word_skips_legitimate_doubles() -> None:
    injection = injectors.doubled_word("had", random.Random(0))
    assert injection is None
    injection = injectors.doubled_word("the vote", random.Random(0))
    assert injection is not None and injection.after in ("the the", "vote vote")


QUANTITY_KINDS = [
    "reordered change", "change in words", "compound conversion", "whole-first part", "majority below half", "relative date",
    "absolute change", "change noun", "poll split", "closed list", "verbless list", "majority of count", "majority words",
    "possessive date",
]


@pytest.mark.parametrize("kind", QUANTITY_KINDS)
def test_wording_injections_plant_a_real_error(kind: str) -> None:
    """What the issue-14 injectors plant is wrong: the expected rule flags the planted span, for many seeds."""
    from factlint.engine import Linter
    from factlint.rules_loader import default_pack

    linter = Linter.for_packs([default_pack()])
    for seed in range(8):
        injection = _plant(kind, ARTICLE, seed)
        assert injection is not None
        document = linter.document(injection.text, "a.txt", ARTICLE_DATE)
        found = [d for d in linter.lint_document(document, linter.rules) if d.rule in injection.rules]
        assert any(d.offset < injection.end and max(d.end_offset, d.offset + 1) > injection.start for d in found), (seed, injection.after)


def test_a_flow_stated_twice_gets_a_reversed_sentence_in_another_construction_that_the_rule_finds() -> None:
    from factlint.engine import lint_text

    article = SITE_ARTICLES["reversed trade construction"]
    for seed in range(8):
        injection = _plant("reversed trade construction", article, seed)
        assert injection.text.startswith(article.rstrip("\n").rsplit(" Prices fell.", 1)[0])
        assert "Egypt" in injection.after and "butter" in injection.after.lower()
        found = [d for d in lint_text(injection.text) if d.rule == "trade/reversed-direction"]
        assert [d for d in found if injection.start <= d.offset < injection.end], injection.after
