"""Fixture articles under fixtures/quantity/: every default rule, output as in the .expected sidecar.

Set FACTLINT_UPDATE_FIXTURES=1 to rewrite the sidecars (then read them before committing).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from factlint.engine import lint_paths

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "quantity"
ARTICLES = sorted(FOLDER.glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_fixture_matches_expected(article: Path) -> None:
    result = lint_paths([str(article)])
    assert not result.errors
    actual = "".join(d.plain(with_path=False) + "\n" for d in result.diagnostics)
    sidecar = article.with_suffix(".expected")
    if os.environ.get("FACTLINT_UPDATE_FIXTURES"):
        sidecar.write_text(actual, encoding="utf-8")
    expected = sidecar.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "expected", "actual"))
    assert actual == expected, diff


def test_fixtures_cover_every_quantity_rule() -> None:
    rules = {line.split()[1] for a in ARTICLES for line in a.with_suffix(".expected").read_text().splitlines()}
    assert rules >= {
        "quantity/conversion-mismatch",
        "quantity/share-over-100",
        "quantity/part-exceeds-whole",
        "quantity/shares-sum",
        "quantity/percent-change",
        "quantity/percentage-points",
        "quantity/direction-mismatch",
    }
