"""The article as the checks see it: exact offsets, paragraphs, sentences and lazy analysis layers.

Each analysis layer is a typed attribute (``document.dates``, ``document.trade``, ...), computed on
first use by the layer module's ``extract`` and shared by every check that reads the same document.
A layer module is imported only when a check first reads its layer.
"""

from __future__ import annotations

import bisect
from collections import Counter
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from factlint import patterncache
from factlint.sentences import split_sentences

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge
    from factlint.layers.changes import Statement as ChangeStatement
    from factlint.layers.dates import DateMention
    from factlint.layers.names import NameMention
    from factlint.layers.quantities import QuantityLayer
    from factlint.layers.trade import TradeLedger

_LINE_BREAK = patterncache.compile(r"\r\n|\r|\n")
_LINE = patterncache.compile(r"[^\r\n]+")
# "\r(?!\n)": backtracking must not split one CRLF into two breaks (that made every CRLF a blank line).
_BLANK_LINE = patterncache.compile(r"(?:[ \t]*(?:\r\n|\r(?!\n)|\n)){2,}")
# Wire copy wraps lines at about 65 columns; a block with longer lines has one paragraph per line.
_WRAPPED_LINE_WIDTH = 100
# A bullet at the start of a line ("- ", "• "): in a block whose lines are mostly bullets of one
# mark (a wire brief), each bullet is a paragraph; a wrapped line that happens to start with " - "
# in running copy is not.
_BULLET = patterncache.compile(r"[ \t]*([-–•*·▪●])\s")


class Span(NamedTuple):
    """A stretch of the document: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


class Document:
    """One article.

    ``source`` is the file's text as decoded; ``text`` is what the checks read, the same length as
    ``source`` with markup (Markdown code, HTML tags, front matter) blanked out, so every offset in
    ``text`` is an offset in the original file.
    """

    def __init__(
        self,
        text: str,
        path: str = "<stdin>",
        *,
        source: str | None = None,
        article_date: date | None = None,
        knowledge: "Knowledge | None" = None,
    ) -> None:
        if source is not None and len(source) != len(text):
            raise ValueError("the prose text must be as long as its source")
        self.text = text
        self.source = text if source is None else source
        self.path = path
        self.article_date = article_date
        self._knowledge = knowledge

    @property
    def knowledge(self) -> "Knowledge":
        if self._knowledge is None:
            from factlint.knowledge import Knowledge

            self._knowledge = Knowledge.default()
        return self._knowledge

    # --- positions -------------------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets at which each line begins; CRLF and lone CR count as one line break."""
        return [0] + [m.end() for m in _LINE_BREAK.finditer(self.source)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset, columns counted in characters."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    # --- structure -------------------------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks between blank lines; a block of long unwrapped lines is one paragraph per line,
        and an indented line starts a new paragraph (wire style)."""
        paragraphs: list[Span] = []
        block_start = 0
        for match in [*_BLANK_LINE.finditer(self.text), None]:
            block_end = match.start() if match else len(self.text)
            paragraphs.extend(self._split_block(block_start, block_end))
            if match:
                block_start = match.end()
        return paragraphs

    def _split_block(self, start: int, end: int) -> list[Span]:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(self.text, start, end)]
        lines = [(s, e) for s, e in lines if self.text[s:e].strip()]
        if not lines:
            return []
        one_per_line = max(e - s for s, e in lines) > _WRAPPED_LINE_WIDTH
        bullets = [_BULLET.match(self.text, line_start) for line_start, _ in lines[1:]]
        marks = Counter(bullet.group(1) for bullet in bullets if bullet)
        mark, count = marks.most_common(1)[0] if marks else ("", 0)
        listed = mark if count >= 2 and 2 * count >= len(lines) - 1 else None
        spans: list[Span] = []
        para_start, para_end = lines[0]
        for (line_start, line_end), bullet in zip(lines[1:], bullets):
            indented = self.text[line_start] in " \t" or (bullet is not None and bullet.group(1) == listed)
            if one_per_line or indented:
                spans.append(self._span(para_start, para_end))
                para_start = line_start
            para_end = line_end
        spans.append(self._span(para_start, para_end))
        return spans

    def _span(self, start: int, end: int) -> Span:
        while start < end and self.text[start].isspace():
            start += 1
        return Span(start, end, self.text[start:end])

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, never crossing a paragraph boundary."""
        return [
            Span(start, end, self.text[start:end])
            for paragraph in self.paragraphs
            for start, end in split_sentences(self.text, paragraph.start, paragraph.end)
        ]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding ``offset``, if any."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    # --- analysis layers: computed on first use, once per document --------------------------

    @cached_property
    def dates(self) -> list[DateMention]:
        """Every date and weekday mention, in order."""
        from factlint.layers import dates

        return dates.extract(self)

    @cached_property
    def trade(self) -> TradeLedger:
        """Trade relations and statements of who sells what to whom."""
        from factlint.layers import trade

        return trade.extract(self)

    @cached_property
    def names(self) -> list[NameMention]:
        """Every personal-name mention, in order."""
        from factlint.layers import names

        return names.extract(self)

    @cached_property
    def headlines(self) -> set[int]:
        """1-based numbers of the headline and title lines."""
        from factlint.layers import names

        return names.headline_lines(self)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """(start, end) of every quotation."""
        from factlint.layers import quotes

        return quotes.extract(self)

    @cached_property
    def quantities(self) -> QuantityLayer:
        """Every quantity (number, unit, bound), in order and by sentence."""
        from factlint.layers import quantities

        return quantities.extract(self)

    @cached_property
    def changes(self) -> tuple[ChangeStatement, ...]:
        """Statements of change: what rose or fell, from what, to what, by how much."""
        from factlint.layers import changes

        return changes.extract(self)
