"""Fixture articles for the trade rules: every diagnostic of the default rules matches its sidecar."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.engine import Linter
from factlint.rules_loader import default_pack

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "trade").glob("*.txt"))


def plain_diagnostics(path: Path) -> list[str]:
    linter = Linter.for_packs([default_pack()])
    document = linter.document(path.read_text(encoding="utf-8"), path.name)
    return [d.plain(with_path=False) for d in linter.lint_document(document)]


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_fixture_matches_its_sidecar(article: Path) -> None:
    expected = article.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert plain_diagnostics(article) == expected


def test_every_trade_fixture_has_a_sidecar() -> None:
    assert ARTICLES, "no trade fixtures"
    assert all(article.with_suffix(".expected").is_file() for article in ARTICLES)
