"""The arithmetic and the words of a part and its whole, for ``kind: part-whole``: whether a part
(or the sum of parts) exceeds its whole beyond rounding, and the nouns after each count ("3,400
schools ... of the 3,150 state schools" count one thing; "On the 12 occasions ..., 15 goals were
scored" count two).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint import patterncache

if TYPE_CHECKING:
    from factlint.layers.quantities import Quantity

_PUNCTUATION = patterncache.compile(r"[,;:.!?()]")
_WORD = patterncache.compile(r"[\p{L}’'-]+")
_PLURAL = patterncache.compile(r"(?:e?s)$")
FUNCTION_WORDS = frozenset("the a an of in on at to for from by with and or but this that these those its their his her".split())
VERBISH = frozenset("were was are is have has had will would could can may might did do does must should remain remained".split())


def exceeds(part: "Quantity", whole: "Quantity") -> bool:
    """True when every reading of the part exceeds the whole: "1.5 of the 2 mln shares" may
    read the part in millions too."""
    if part.scale == whole.scale and (part.value / part.scale).is_integer() and (whole.value / whole.scale).is_integer():
        return part.value > whole.value  # counts are exact: "12 of the 9", "three thousand of the two thousand"
    low = part.bound.low
    if part.scale != whole.scale:
        low = min(low, part.bound.low * whole.scale / part.scale)
    return low > whole.bound.high


def sum_exceeds(parts: list["Quantity"], whole: "Quantity") -> bool:
    """True when the parts add up past the whole in every reading (counts are exact)."""
    if len(parts) == 1:
        return exceeds(parts[0], whole)
    if any(p.scale != whole.scale for p in parts):
        return False
    if all(q.scale == 1.0 and q.value.is_integer() and not q.qualifier_loose for q in (*parts, whole)):
        return sum(p.value for p in parts) > whole.value  # counts are exact: "four, three and three" of nine
    return sum(p.bound.low for p in parts) > whole.bound.high


def words_after(text: str, quantity: "Quantity", end: int, count: int) -> list[str]:
    """Up to ``count`` words of the phrase after a count, folded (the phrase ends at punctuation)."""
    stop = _PUNCTUATION.search(text, quantity.end, min(end, quantity.end + 60))  # the whole's phrase only
    return [w.casefold() for w in _WORD.findall(text, quantity.end, stop.start() if stop else min(end, quantity.end + 60))[:count]]


def stem(word: str) -> str:
    return _PLURAL.sub("", word)


def same_noun(text: str, part: "Quantity", whole: "Quantity", end: int) -> bool:
    """True when the part's noun is among the words after the whole ("3,400 schools ... of the 3,150 state schools")."""
    noun = words_after(text, part, end, 1)
    return bool(noun) and stem(noun[0]) in {stem(w) for w in words_after(text, whole, end, 3)}


def other_noun(text: str, part: "Quantity", whole: "Quantity", end: int) -> bool:
    """True when the part counts another thing: a noun of its own, then a verb ("15 goals were")."""
    words = words_after(text, part, end, 2)
    if len(words) < 2 or words[1] not in VERBISH or words[0] in VERBISH or words[0].endswith("ed"):
        return False  # "147 tested were labeled": a participle, not a noun of its own
    return stem(words[0]) not in {stem(w) for w in words_after(text, whole, end, 3)}
