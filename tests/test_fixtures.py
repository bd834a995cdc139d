"""Every fixture article under fixtures/ against its .expected sidecar, through the same comparison
as ``pytest --factlint fixtures/`` (so plain ``pytest`` checks the fixtures too).
Accept new findings with ``pytest --factlint-update fixtures/`` and read the diff before committing."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.pytest_plugin import ARTICLE_SUFFIXES
from factlint.snapshot import compare

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = sorted(p for p in FIXTURES.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)


def test_there_are_fixture_articles() -> None:
    assert ARTICLES, f"no fixture articles under {FIXTURES}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_fixture_findings_equal_sidecar(article: Path) -> None:
    comparison = compare(article)
    assert comparison.matches, comparison.explain(article.relative_to(FIXTURES.parent).as_posix())
