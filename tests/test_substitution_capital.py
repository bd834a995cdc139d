"""A substitution keeps a capital only where the replaced words start a sentence."""

from __future__ import annotations

from pathlib import Path

from factlint.config import Config
from factlint.engine import lint_text

RULE = """id: style/first-lady
kind: substitution
severity: warning
message: 'write "{suggestion}"'
description: Titles are lower case unless they come before a name.
swap:
  First Lady: first lady
  next a week: next week
ignorecase: {ignorecase}
examples:
  bad: [The First Lady visited.]
  good: [The first lady visited.]
"""


def _suggestions(tmp_path: Path, text: str, *, ignorecase: bool = False) -> list[str | None]:
    (tmp_path / "pack" / "style").mkdir(parents=True)
    (tmp_path / "pack" / "style" / "first-lady.yaml").write_text(RULE.replace("{ignorecase}", str(ignorecase).lower()), encoding="utf-8")
    config = Config(rule_dirs=(tmp_path / "pack",), default_rules=False)
    return [d.suggestion for d in lint_text(text, config=config)]


def test_mid_sentence_replacement_keeps_its_own_case(tmp_path: Path) -> None:
    assert _suggestions(tmp_path, "The First Lady visited the school.") == ["first lady"]


def test_sentence_start_is_capitalised(tmp_path: Path) -> None:
    text = "Next a week the talks resume. They meet. Next a week they talk."
    assert _suggestions(tmp_path, text, ignorecase=True) == ["Next week", "Next week"]


def test_a_suppression_comment_before_the_words_changes_nothing(tmp_path: Path) -> None:
    """Found by hypothesis: the comment is not prose, so the words still start the text."""
    plain = _suggestions(tmp_path, "NEXT A\rWEEK", ignorecase=True)
    (tmp_path / "pack").rename(tmp_path / "first")
    commented = _suggestions(tmp_path, "<!-- factlint-disable-next-line other -->\nNEXT A\rWEEK", ignorecase=True)
    assert plain == commented == ["Next week"]
