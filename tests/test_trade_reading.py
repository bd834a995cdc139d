"""The trade layer reads the labelled sentences of tests/data/trade-sentences.tsv: who buys, who sells, which goods.

benchmarks/trade_reading.py prints the accuracy per construction; these tests hold the line:
no statement read from a sentence labelled "none" (bans, hypotheticals, negation, transit, net
roles, organisations), and the whole set read at 90% or better.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from trade_reading import SET, Labelled, correct, load_tsv, read, score  # noqa: E402

from factlint.engine import Linter  # noqa: E402
from factlint.rules_loader import default_pack  # noqa: E402

LINTER = Linter.for_packs([default_pack()])
ITEMS = load_tsv(SET)
NONE = [item for item in ITEMS if not item.expected]


def test_the_set_is_large_and_varied() -> None:
    assert len(ITEMS) >= 150
    assert len({item.construction for item in ITEMS}) >= 20
    assert {item.style for item in ITEMS} == {"w", "b", "m"}


@pytest.mark.parametrize("item", NONE, ids=lambda item: item.sentence[:60])
def test_no_statement_is_read_where_there_is_none(item: Labelled) -> None:
    assert read(LINTER, item.sentence) == frozenset()


def test_the_set_is_read_at_90_percent_or_better() -> None:
    right, total, misses = score(ITEMS, LINTER)
    assert sum(right.values()) / sum(total.values()) >= 0.9, [m[0].sentence for m in misses]


def test_goods_compare_by_head_and_modifiers() -> None:
    assert correct(frozenset({("RU", "buys", "tool")}), frozenset({("RU", "buys", "tools")}))
    assert not correct(frozenset({("RU", "buys", "tool")}), frozenset({("RU", "sells", "tool")}))
    assert not correct(frozenset(), frozenset({("RU", "sells", "tool")}))
