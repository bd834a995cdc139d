"""The ``quotes`` layer: spans of quoted speech or text, as sorted (start, end) offsets.

Curly quotes pair “ with ” (‘‘ and ’’, two single quotes, count as the double ones). A straight double quote opens when it follows a space or an opening
bracket and closes when a space or punctuation follows it, so one stray mark does not turn the rest
of a paragraph inside out. A double quotation left open at the end of a paragraph runs to the
paragraph's end (news style reopens it in the next paragraph instead of closing it). Single quotes,
used for quotations in British copy, count only as a closed pair: ‘ or ' opening a word and ’ or '
closing after a punctuation mark ('..., he said'), never across paragraphs.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factlint import patterncache

if TYPE_CHECKING:
    from factlint.document import Document

# Two single quotes stand for a double one in some copy: ‘‘ opens, ’’ closes ("tariffs,’’ he said").
_DOUBLE = patterncache.compile(r"‘‘|’’|[“”\"]")
_DOUBLED_SINGLE = {"‘‘": "“", "’’": "”"}
_SINGLE_OPEN = patterncache.compile(r"(?<![\p{L}\p{N}'’])['‘](?=\p{L})")
_SINGLE_CLOSE = patterncache.compile(r"(?<=[\p{L}\p{N}][,.!?]|[,.!?][\])])['’](?!\p{L})")
_OPENING_CONTEXT = " \t\n([{—–-"


def extract(document: "Document") -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in document.paragraphs:
        spans.extend(_double_quotes(document.text, paragraph.start, paragraph.end))
        spans.extend(_single_quotes(document.text, paragraph.start, paragraph.end))
    return merge_spans(spans)


def _double_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _DOUBLE.finditer(text, start, end):
        mark, at = _DOUBLED_SINGLE.get(match.group(), match.group()), match.start()
        if mark == '"':
            before = text[at - 1] if at > start else " "
            mark = "“" if before in _OPENING_CONTEXT else "”" if opened is not None else "“"
        if mark == "“" and opened is None:
            opened = at
        elif mark == "”" and opened is not None:
            spans.append((opened, match.end()))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    closers = [m.end() for m in _SINGLE_CLOSE.finditer(text, start, end)]
    position = start
    for match in _SINGLE_OPEN.finditer(text, start, end):
        if match.start() < position:
            continue
        index = bisect.bisect_right(closers, match.start())
        if index < len(closers):
            spans.append((match.start(), closers[index]))
            position = closers[index]
    return spans


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering ``spans``."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``offset`` falls in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]
