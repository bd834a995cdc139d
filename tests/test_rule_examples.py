"""Every shipped rule documents itself with examples, and every example behaves (cf. proselint)."""

from __future__ import annotations

import pytest

from factlint.engine import Linter
from factlint.rules_loader import default_pack

RULES = Linter.for_packs([default_pack()]).rules
LINTER = Linter.for_packs([default_pack()])
CATEGORIES = {"trade", "quantity", "names", "dates", "style", "grammar"}


def _cases(kind: str) -> list[object]:
    return [
        pytest.param(rule, example, id=f"{rule.definition.id}:{kind}{number}")
        for rule in RULES
        for number, example in enumerate(rule.definition.examples[kind], 1)
    ]


def _findings(rule, example: str) -> list[str]:  # type: ignore[no-untyped-def]
    # An example with front matter (a dated article, for date-dependent rules) is read as Markdown.
    document = LINTER.document(example, "example.md" if example.startswith("---\n") else "example.txt")
    return [d.plain(with_path=False) for d in LINTER.lint_document(document, [rule])]


@pytest.mark.parametrize(("rule", "example"), _cases("bad"))
def test_bad_example_is_flagged(rule, example: str) -> None:  # type: ignore[no-untyped-def]
    assert _findings(rule, example), f"{rule.definition.id} missed its bad example: {example!r}"


@pytest.mark.parametrize(("rule", "example"), _cases("good"))
def test_good_example_is_not_flagged(rule, example: str) -> None:  # type: ignore[no-untyped-def]
    assert _findings(rule, example) == [], f"{rule.definition.id} flagged its good example: {example!r}"


def test_default_rules_ship_in_known_categories() -> None:
    assert RULES, "no default rules were found in the installed package"
    assert {rule.definition.category for rule in RULES} <= CATEGORIES
