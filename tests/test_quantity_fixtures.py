"""The quantity fixture articles (compared with their sidecars by tests/test_fixtures.py) cover every rule."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "quantity"


def test_fixtures_cover_every_quantity_rule() -> None:
    sidecars = sorted(FOLDER.glob("*.expected"))
    rules = {line.split()[1] for sidecar in sidecars for line in sidecar.read_text(encoding="utf-8").splitlines()}
    assert rules >= {
        "quantity/conversion-mismatch",
        "quantity/share-over-100",
        "quantity/part-exceeds-whole",
        "quantity/shares-sum",
        "quantity/percent-change",
        "quantity/percentage-points",
        "quantity/direction-mismatch",
    }


def test_a_clean_article_has_an_empty_sidecar() -> None:
    assert (FOLDER / "clean-figures.expected").read_text(encoding="utf-8") == ""
