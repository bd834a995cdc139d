"""Fixture articles and their ``.expected`` sidecars: the comparison shared by the pytest plugin
and the project's own fixture test.

A sidecar holds factlint's findings for the article beside it, one per line in the plain format
without the path (``LINE:COL: rule [severity] message``), in order of line and column. An article
without a sidecar is expected to have no findings.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factlint.engine import lint_paths
from factlint.errors import FactlintError

SIDECAR_SUFFIX = ".expected"


def sidecar_for(article: Path) -> Path:
    """``fixtures/trade/reversed.txt`` -> ``fixtures/trade/reversed.expected``."""
    return article.with_suffix(SIDECAR_SUFFIX)


@dataclass(frozen=True)
class Comparison:
    """What the sidecar says and what factlint finds now, for one article."""

    article: Path
    expected: tuple[str, ...]
    actual: tuple[str, ...]
    has_sidecar: bool

    @property
    def matches(self) -> bool:
        return self.expected == self.actual

    def diff(self) -> str:
        """A unified diff from the sidecar (or "no findings") to the actual findings."""
        sidecar = sidecar_for(self.article)
        before = f"{sidecar.name} (expected)" if self.has_sidecar else "no sidecar: no findings expected"
        lines = difflib.unified_diff(list(self.expected), list(self.actual), before, "factlint (actual)", lineterm="", n=2)
        return "\n".join(lines)

    def explain(self, name: str | None = None) -> str:
        """The failure message: what differs and how to accept it, then the diff."""
        hint = "run pytest with --factlint-update to accept the new findings"
        against = sidecar_for(self.article).name if self.has_sidecar else "no findings (there is no sidecar)"
        return f"{name or self.article}: factlint's findings differ from {against}; {hint}\n{self.diff()}"


def findings(article: Path, *, extra_rule_dirs: Sequence[Path] = ()) -> tuple[str, ...]:
    """The article's findings as sidecar lines, linted exactly as ``factlint ARTICLE`` would
    (its ``[tool.factlint]`` configuration applies)."""
    result = lint_paths([str(article)], extra_rule_dirs=extra_rule_dirs)
    if result.errors:
        raise FactlintError("; ".join(result.errors))
    return tuple(diagnostic.plain(with_path=False) for diagnostic in result.diagnostics)


def read_sidecar(article: Path) -> tuple[str, ...] | None:
    """The sidecar's lines (blank lines ignored), or None when there is no sidecar."""
    sidecar = sidecar_for(article)
    if not sidecar.is_file():
        return None
    return tuple(line for line in sidecar.read_text(encoding="utf-8").splitlines() if line.strip())


def compare(article: Path, *, extra_rule_dirs: Sequence[Path] = ()) -> Comparison:
    expected = read_sidecar(article)
    actual = findings(article, extra_rule_dirs=extra_rule_dirs)
    return Comparison(article, expected or (), actual, expected is not None)


def update(comparison: Comparison) -> bool:
    """Write the sidecar from the actual findings; True when a file was written. A clean article
    without a sidecar gets none."""
    if comparison.matches and (comparison.has_sidecar or not comparison.actual):
        return False
    text = "".join(line + "\n" for line in comparison.actual)
    sidecar_for(comparison.article).write_text(text, encoding="utf-8")
    return True
