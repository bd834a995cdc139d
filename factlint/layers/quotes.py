"""The ``quotes`` layer: spans of quoted speech or text, as sorted (start, end) offsets.

Curly quotes pair “ with ”; straight double quotes pair in order within a paragraph. A quotation
left open at the end of a paragraph runs to the paragraph's end (news style reopens it in the next
paragraph instead of closing it).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from factlint.document import Document

_QUOTE_MARK = regex.compile(r"[“”\"]")


def extract(document: "Document") -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph in document.paragraphs:
        opened: int | None = None
        for match in _QUOTE_MARK.finditer(document.text, paragraph.start, paragraph.end):
            mark = match.group()
            if opened is None and mark in "“\"":
                opened = match.start()
            elif opened is not None and mark in "”\"":
                spans.append((opened, match.end()))
                opened = None
        if opened is not None:
            spans.append((opened, paragraph.end))
    return spans


def inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``offset`` falls in one of the sorted, non-overlapping ``spans``."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]
