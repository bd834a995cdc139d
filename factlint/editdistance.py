"""Is one word within a few edits of another? The Damerau-Levenshtein test the name checks ask.

``within(a, b, limit)`` answers what ``rapidfuzz.distance.DamerauLevenshtein.distance(a, b,
score_cutoff=limit) <= limit`` answers (the unrestricted distance: insertions, deletions,
substitutions and transpositions of adjacent letters, even with edits between them). Importing
rapidfuzz costs more than the rest of a one-article run's name checks (it loads twenty compiled
modules), and most pairs a check asks about are settled by counting letters, so:

- two lower bounds decide most pairs in Python: the difference in length, and the letters one
  word has that the other lacks (each edit adds or removes at most one letter on each side);
- the pairs left are measured in Python for the first ``PYTHON_CALLS`` of a process, then by
  rapidfuzz, which a long run (an archive audit) imports once and uses for the rest.

``close_pairs(keys)`` lists the pairs of a document's spellings that can be that close without
comparing every pair with every other (tests/test_names.py checks it against the loop over all pairs).

tests/test_editdistance.py checks both ways against rapidfuzz on random words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator

# Measurements in Python before the process switches to rapidfuzz: a one-article run makes a few
# dozen; past a few hundred, the import (about 8 ms) costs less than Python's slower loop.
PYTHON_CALLS = 300
_python_calls = 0
_rapidfuzz: Callable[..., int] | None = None
# Words shorter than this are too short to call one a misspelling of the other.
MIN_WORD_LENGTH = 4


def within(a: str, b: str, limit: int) -> bool:
    """True when the Damerau-Levenshtein distance of ``a`` and ``b`` is at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    if _letters_apart(a, b) > limit:
        return False
    global _python_calls, _rapidfuzz
    if _rapidfuzz is None:
        if _python_calls < PYTHON_CALLS:
            _python_calls += 1
            return distance(a, b) <= limit
        from rapidfuzz.distance import DamerauLevenshtein

        _rapidfuzz = DamerauLevenshtein.distance
    return _rapidfuzz(a, b, score_cutoff=limit) <= limit


def _letters_apart(a: str, b: str) -> int:
    """A lower bound on the distance: the larger of the letters of ``a`` missing from ``b`` and the
    letters of ``b`` missing from ``a``, counted with repetition."""
    counts: dict[str, int] = {}
    for letter in a:
        counts[letter] = counts.get(letter, 0) + 1
    for letter in b:
        counts[letter] = counts.get(letter, 0) - 1
    surplus = sum(count for count in counts.values() if count > 0)
    return max(surplus, surplus - (len(a) - len(b)))


def distance(a: str, b: str) -> int:
    """The unrestricted Damerau-Levenshtein distance (Lowrance and Wagner's algorithm)."""
    infinity = len(a) + len(b)
    # rows[i + 1][j + 1] is the distance between a[:i] and b[:j]; row and column 0 are sentinels.
    rows = [[infinity] * (len(b) + 2)] + [[infinity, i] + [0] * len(b) for i in range(len(a) + 1)]
    rows[1] = [infinity, *range(len(b) + 1)]
    last_row: dict[str, int] = {}  # letter -> last row of a holding it
    for i in range(1, len(a) + 1):
        last_match_column = 0
        letter = a[i - 1]
        above, current = rows[i], rows[i + 1]
        for j in range(1, len(b) + 1):
            k = last_row.get(b[j - 1], 0)
            l = last_match_column
            if letter == b[j - 1]:
                cost = 0
                last_match_column = j
            else:
                cost = 1
            current[j + 1] = min(
                above[j] + cost,  # substitution (or a match)
                current[j] + 1,  # insertion
                above[j + 1] + 1,  # deletion
                rows[k][l] + (i - k - 1) + 1 + (j - l - 1),  # transposition, with edits between
            )
        last_row[letter] = i
    return rows[len(a) + 1][len(b) + 1]


def near_miss(variant: str, canonical: str, *, max_edits: int = 2, one_edit_up_to: int = 6) -> bool:
    """True when folded ``variant`` is a plausible misspelling of folded ``canonical``: one edit
    (a transposition counts as one) when the shorter word has up to ``one_edit_up_to`` letters,
    ``max_edits`` for longer ones."""
    if variant == canonical or min(len(variant), len(canonical)) < MIN_WORD_LENGTH:
        return False
    if variant.startswith(canonical) or canonical.startswith(variant):
        return False  # short forms, plurals and possessives: Steve/Steven, Obama/Obamas
    allowed = 1 if min(len(variant), len(canonical)) <= one_edit_up_to else max_edits
    return within(variant, canonical, allowed)


# Past this many spellings, pairs are found through their shared deletion forms (below).
MANY_SPELLINGS = 150


def close_pairs(keys: list[str]) -> Iterator[tuple[str, str]]:
    """The pairs (a, b) of ``keys``, a before b, that share a first letter, are at most two letters
    apart in length and could be a near miss or a doubled letter (the name-consistency check judges them), in the order
    of a loop over every pair.

    A pair that check can report is one edit apart (Damerau-Levenshtein), or two when both words have
    eight letters or more (``near_miss`` with ``one_edit_up_to=7``). Words d edits apart become one
    word when at most d letters are deleted from each (each edit, a transposition too, costs the
    longest common subsequence at most one letter), so among many spellings only words sharing
    such a deletion form are paired; the rest are left out unread (a long document's thousands of
    spellings were compared pair by pair). A few spellings are paired by first letter and length."""
    if len(keys) <= MANY_SPELLINGS:
        yield from _bucket_pairs(keys)
        return
    by_form: dict[tuple[str, str], list[int]] = {}
    for index, key in enumerate(keys):
        for form in _deletion_forms(key, 2 if len(key) > 7 else 1):
            by_form.setdefault((key[0], form), []).append(index)
    pairs: set[tuple[int, int]] = set()
    for indices in by_form.values():
        for position, first in enumerate(indices):
            for second in indices[position + 1 :]:
                if abs(len(keys[first]) - len(keys[second])) <= 2:
                    pairs.add((first, second))
    for first, second in sorted(pairs):
        yield keys[first], keys[second]


def _deletion_forms(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` of its letters deleted, every way (the word itself included)."""
    forms = frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        forms = forms | frontier
    return forms


def _bucket_pairs(keys: list[str]) -> Iterator[tuple[str, str]]:
    """The pairs of ``keys``, a before b, with one first letter and lengths two apart at most."""
    buckets: dict[tuple[str, int], list[int]] = {}
    for index, key in enumerate(keys):
        buckets.setdefault((key[0], len(key)), []).append(index)
    for index, a in enumerate(keys):
        later: list[int] = []
        for length in range(len(a) - 2, len(a) + 3):
            bucket = buckets.get((a[0], length))
            if bucket:
                later += bucket[bisect_right(bucket, index) :]
        later.sort()
        for other in later:
            yield a, keys[other]
