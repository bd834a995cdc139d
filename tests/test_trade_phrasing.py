"""How a role is said: headlines, labels, Q&A and translated word orders (tests/data/trade-phrasing-sentences.tsv).

Each block of the TSV is one family of wordings (a label's colon as a copula, an arrow as a sale, a
fronted from/to phrase with the verb second, prepositions of translated copy, two-word role nouns, a
possessive before a country adjective, time phrases between subject and verb) with several members and
its traps; every line must be read exactly (its statements, roles and goods), a trap as nothing or as
the one-party statement it labels.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from trade_reading import Labelled, correct, load_tsv, read  # noqa: E402

from factlint.engine import Linter  # noqa: E402
from factlint.rules_loader import default_pack  # noqa: E402

LINTER = Linter.for_packs([default_pack()])
ITEMS = load_tsv(Path(__file__).resolve().parent / "data" / "trade-phrasing-sentences.tsv")


def test_every_family_has_members_and_traps() -> None:
    families = {item.construction.removesuffix("-trap") for item in ITEMS}
    assert len(families) >= 10
    assert sum(1 for item in ITEMS if not item.expected) >= 8


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: f"{item.construction}: {item.sentence[:50]}")
def test_the_sentence_is_read_as_labelled(item: Labelled) -> None:
    got = read(LINTER, item.sentence)
    assert correct(item.expected, got, LINTER), sorted(got)
