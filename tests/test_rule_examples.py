"""Every shipped rule documents itself with examples, and every example behaves (cf. proselint).

A bad example must be flagged on its own words. Examples mark no words, but most come in minimal
pairs: a bad example and a good one that differs only where the slip is ("meet next a week" /
"meet next week"). Where a good example is that close, the finding (or the evidence it names) must
touch the words that differ; otherwise, and for ``balance`` rules (which flag the mark left open,
not the place its partner is missing), it must lie in the example's prose, after any front matter.
"""

from __future__ import annotations

import difflib

import pytest

from factlint.diagnostic import Diagnostic
from factlint.engine import Linter
from factlint.prose.frontmatter import read_front_matter
from factlint.rules_loader import default_pack

from conftest import lint

LINTER = Linter.for_packs([default_pack()])
RULES = LINTER.rules
CATEGORIES = {"trade", "quantity", "names", "dates", "style", "grammar"}
# A good example at least this similar to a bad one (difflib ratio) is its minimal pair.
PAIR_SIMILARITY = 0.8
# Kinds whose finding marks the counterpart of what the good example adds (the open bracket).
FLAG_THE_COUNTERPART = {"balance"}


def _cases(kind: str) -> list[object]:
    return [
        pytest.param(rule, example, id=f"{rule.definition.id}:{kind}{number}")
        for rule in RULES
        for number, example in enumerate(rule.definition.examples[kind], 1)
    ]


def _path(example: str) -> str:
    """An example with front matter (a dated article, for date-dependent rules) is read as Markdown."""
    return "example.md" if example.startswith("---\n") else "example.txt"


def example_words(rule, bad: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Spans of ``bad`` a finding must touch: the words that differ from its minimal pair among the
    good examples, or else its whole prose."""
    body = read_front_matter(bad).end
    prose = [(body, len(bad))]
    good = rule.definition.examples["good"]
    if rule.kind in FLAG_THE_COUNTERPART or not good:
        return prose
    text = bad[body:].rstrip()  # compared without front matter: a shared date is no likeness
    bodies = [g[read_front_matter(g).end:].rstrip() for g in good]
    ratio, pair = max((difflib.SequenceMatcher(None, text, g, autojunk=False).ratio(), g) for g in bodies)
    if ratio < PAIR_SIMILARITY:
        return prose
    spans = []
    for tag, start, end, _, _ in difflib.SequenceMatcher(None, text, pair, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if start == end:  # the good example adds something here: the character on either side
            start, end = max(0, start - 1), min(len(text), end + 1)
        spans.append((body + start, body + end))
    return spans or prose  # a pair that differs only in its front matter (the date) marks no words


def _marked(diagnostic: Diagnostic) -> list[tuple[int, int]]:
    return [(diagnostic.offset, diagnostic.end_offset), *((r.offset, r.end_offset) for r in diagnostic.related)]


@pytest.mark.parametrize(("rule", "example"), _cases("bad"))
def test_bad_example_is_flagged_on_its_words(rule, example: str) -> None:  # type: ignore[no-untyped-def]
    found = lint(example, rule.definition.id, path=_path(example), show=None)
    assert found, f"{rule.definition.id} missed its bad example: {example!r}"
    words = example_words(rule, example)
    on_words = [d for d in found if any(a < j and i < b for a, b in _marked(d) for i, j in words)]
    assert on_words, (
        f"{rule.definition.id} flagged {[example[d.offset:d.end_offset] for d in found]}, "
        f"not the example's words {[example[i:j] for i, j in words]}: {example!r}"
    )


@pytest.mark.parametrize(("rule", "example"), _cases("good"))
def test_good_example_is_not_flagged(rule, example: str) -> None:  # type: ignore[no-untyped-def]
    found = lint(example, rule.definition.id, path=_path(example))
    assert found == [], f"{rule.definition.id} flagged its good example: {example!r}"


def test_example_words_are_the_difference_from_the_minimal_pair() -> None:
    slip = next(rule for rule in RULES if rule.definition.id == "grammar/translation-slip")
    bad = "Group of Seven foreign ministers meet next a week in Italy."
    assert [bad[i:j] for i, j in example_words(slip, bad)] == ["a "]
    unpaired = "Nothing in common with any good example, at all, anywhere."
    assert example_words(slip, unpaired) == [(0, len(unpaired))]


def test_default_rules_ship_in_known_categories() -> None:
    assert RULES, "no default rules were found in the installed package"
    assert {rule.definition.category for rule in RULES} <= CATEGORIES
