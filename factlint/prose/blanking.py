"""The canvas every extractor paints prose onto: a blank copy of the source, line breaks kept.

Markup becomes spaces, except inline markup that renders as nothing (emphasis marks, link
brackets and destinations, inline tags, the padding of a decoded entity): next to punctuation it
becomes U+200B ZERO WIDTH SPACE, so ``[the report](url).`` reads ``the report.`` and not
``the report .`` (which a space-before-punctuation rule would flag); next to white space it is
U+200B too, so ``the *the*`` reads ``the \u200bthe\u200b`` with one real space between the words
(rules that look for words parted by one space allow U+200B beside it). Only markup that joins
two words with no space of their own becomes spaces. What renders as a word but is not prose (code
spans, URLs, images, tags that are no HTML element such as Reuters' ``<CCI>``) is U+200B throughout.
"""

from __future__ import annotations

from factlint import patterncache

_LINE_BREAK_CHARS = frozenset("\r\n")
ZERO_WIDTH = "\u200b"
# Marks that attach to the word before them (closing) or after them (opening).
_CLOSING = frozenset(",;:.!?…)]}”’\"'%")
_OPENING = frozenset("([{“‘\"'")
# Bare web addresses in running text: not prose, and full of words that trip pattern rules.
_URL = patterncache.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"'“”‘’]*[^\s<>\"'“”‘’.,;:!?)\]]")


class ProseCanvas:
    """Starts blank (every character a space, except line breaks); extractors copy prose onto it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.chars = [c if c in _LINE_BREAK_CHARS else " " for c in source]
        self.inline = bytearray(len(source))  # 1 where invisible inline markup stands

    def keep(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` as prose."""
        self.chars[start:end] = self.source[start:end]

    def put(self, offset: int, text: str, width: int) -> None:
        """Write ``text`` (a decoded entity or escape) at ``offset`` where the source spends ``width``
        characters on it; it is cut to fit, never allowed to shift what follows. The rest of the
        width is invisible."""
        for index in range(width):
            self.chars[offset + index] = text[index] if index < len(text) else ZERO_WIDTH

    def inline_markup(self, start: int, end: int, *, with_spaces: bool = False) -> None:
        """Mark ``source[start:end]`` as inline markup that renders as nothing; white space in it
        stays white space unless ``with_spaces`` (a link destination, a tag with attributes)."""
        for index in range(start, min(end, len(self.chars))):
            if with_spaces or not self.source[index].isspace():
                if self.chars[index] == " ":
                    self.inline[index] = 1

    def block_break(self, offset: int, width: int) -> None:
        """Mark a block boundary (a paragraph break in the prose) inside markup at ``offset``: the
        markup's characters become line breaks, so paragraphs and sentences never run across blocks.
        Positions are unaffected: lines and columns are counted on the source."""
        for index in range(offset, offset + min(width, 2)):
            if self.chars[index] == " ":
                self.chars[index] = "\n"

    def opaque(self, start: int, end: int) -> None:
        """Something that renders as a word but is not prose (a code span, a URL, an image): U+200B,
        so it neither joins its neighbours ("of <X> of" is no doubled word) nor leaves a space
        before the punctuation after it."""
        for index in range(start, min(end, len(self.chars))):
            if self.chars[index] not in _LINE_BREAK_CHARS:
                self.chars[index] = ZERO_WIDTH

    def paste(self, offset: int, prose: str) -> None:
        """Copy the prose of a stretch extracted on its own (an HTML block inside Markdown)."""
        self.chars[offset:offset + len(prose)] = prose

    def text(self) -> str:
        """The prose, with bare URLs blanked."""
        self._resolve_inline_markup()
        prose = "".join(self.chars)
        if "://" in prose or "www." in prose:
            prose = _URL.sub(lambda m: ZERO_WIDTH * len(m[0]), prose)
        assert len(prose) == len(self.source)
        return prose

    def _resolve_inline_markup(self) -> None:
        chars, inline, size = self.chars, self.inline, len(self.chars)
        index = inline.find(1)
        while index >= 0:
            end = index
            while end < size and inline[end] and chars[end] == " ":
                end += 1
            if end == index:
                index = inline.find(1, index + 1)
                continue
            before = chars[index - 1] if index else ""
            after = chars[end] if end < size else ""
            if after in _CLOSING or before in _OPENING or before.isspace() or after.isspace():
                chars[index:end] = ZERO_WIDTH * (end - index)
            index = inline.find(1, end)
