"""The Python Damerau-Levenshtein test agrees with rapidfuzz's, which it stands in for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import DamerauLevenshtein

from factlint import editdistance

WORDS = st.text(alphabet="abcdeé", max_size=9)


@settings(max_examples=3000, deadline=None)
@given(WORDS, WORDS)
def test_distance_is_rapidfuzz_damerau_levenshtein(a: str, b: str) -> None:
    assert editdistance.distance(a, b) == DamerauLevenshtein.distance(a, b)


@settings(max_examples=3000, deadline=None)
@given(WORDS, WORDS, st.integers(0, 3))
def test_within_answers_what_rapidfuzz_answers(a: str, b: str, limit: int) -> None:
    editdistance._python_calls = 0  # the Python measurement, not the switch to rapidfuzz
    expected = DamerauLevenshtein.distance(a, b, score_cutoff=limit) <= limit
    assert editdistance.within(a, b, limit) == expected


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("anthony", "antony", 1, True),  # one deletion
        ("blinken", "blinkne", 1, True),  # one transposition
        ("ca", "abc", 2, True),  # unrestricted: a transposition with an insertion between (OSA says 3)
        ("nakasone", "nakasnoe", 1, True),
        ("smith", "smyth", 1, True),
        ("johnson", "jonsson", 1, False),
        ("", "ab", 1, False),
    ],
)
def test_news_names(a: str, b: str, limit: int, expected: bool) -> None:
    assert editdistance.within(a, b, limit) is expected


def test_after_many_calls_the_process_uses_rapidfuzz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editdistance, "_python_calls", editdistance.PYTHON_CALLS)
    monkeypatch.setattr(editdistance, "_rapidfuzz", None)
    assert editdistance.within("anthony", "antony", 1) and not editdistance.within("johnson", "jonsson", 1)
    assert editdistance._rapidfuzz is DamerauLevenshtein.distance
