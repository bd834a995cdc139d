"""HTML articles: the text between tags, read with the standard library's HTML parser.

Tags and attributes, comments, scripts, styles and code (``pre``, ``code`` ...) are not prose;
entities are decoded in place (``&amp;`` becomes ``&`` and four spaces). Block elements
(``p``, ``h1``, ``li`` ...) end paragraphs, so a headline never runs into the first sentence.
A ``<meta property="article:published_time">`` gives the article date when front matter does not.
"""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser
from typing import Any

from factlint.prose.blanking import ProseCanvas
from factlint.prose.frontmatter import as_date, blank_front_matter, read_front_matter

# Elements whose content is not prose: blocks, and inline ones whose content reads as one opaque word.
SKIPPED_INLINE = frozenset("code kbd samp var".split())
SKIPPED = frozenset("script style pre template svg math noscript textarea select iframe object".split()) | SKIPPED_INLINE
# Inline elements: their tags render as nothing. Any other tag name that is no block either
# (Reuters' "<Amalgamated Equities Ltd>") is text in angle brackets, not markup: an opaque word.
INLINE = frozenset(
    "a abbr b bdi bdo cite data del dfn em font i ins label mark q rp rt ruby s small span strong sub sup time u wbr "
    "meta link base".split()
)
# Elements that begin and end a block of text.
BLOCKS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav ol p section summary table tbody td tfoot th thead "
    "title tr ul".split()
)
DATE_META = frozenset({"article:published_time", "datepublished", "date", "pubdate", "dc.date", "dcterms.date"})


def extract(source: str) -> tuple[str, dict[str, Any]]:
    """The prose of an HTML article and its metadata (``date`` when the page declares one)."""
    front = read_front_matter(source)
    canvas = ProseCanvas(source)
    parser = _ProseParser(canvas)
    _parse(parser, blank_front_matter(source, front.end))
    meta = dict(front.meta)
    if "date" not in meta and parser.published is not None:
        meta["date"] = parser.published
    return canvas.text(), meta


def extract_fragment(fragment: str) -> str:
    """The prose of a piece of HTML on its own (an HTML block inside Markdown)."""
    canvas = ProseCanvas(fragment)
    _parse(_ProseParser(canvas), fragment)
    return canvas.text()


def _parse(parser: "_ProseParser", text: str) -> None:
    """Feed the parser; markup it gives up on (Python 3.11's parser raises AssertionError on
    some malformed declarations such as ``<![ ``) ends the prose there: the rest stays blank."""
    try:
        parser.feed(text)
        parser.close()
    except AssertionError:
        pass


class _ProseParser(HTMLParser):
    """Copies text nodes onto the canvas at the offsets the parser reports with ``getpos``."""

    def __init__(self, canvas: ProseCanvas) -> None:
        super().__init__(convert_charrefs=False)
        self.canvas = canvas
        self.source = canvas.source
        # HTMLParser counts lines at "\n" only; so do these offsets.
        self.newline_starts = [0] + [i + 1 for i, c in enumerate(self.source) if c == "\n"]
        self.skipping: dict[str, int] = {}
        self.published: Any = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.newline_starts[line - 1] + column

    def _tag(self, tag: str) -> None:
        """A tag: a block boundary, or invisible inline markup."""
        offset = self._offset()
        width = self.source.find(">", offset) + 1 - offset
        if width <= 0:
            return
        if tag in BLOCKS:
            self.canvas.block_break(offset, width)
        elif tag in INLINE or tag in SKIPPED_INLINE:
            self.canvas.inline_markup(offset, offset + width, with_spaces=True)
        elif tag not in SKIPPED:
            self.canvas.opaque(offset, offset + width)

    def handle_comment(self, data: str) -> None:
        offset = self._offset()
        closing = "-->" if self.source.startswith("<!--", offset) else ">"  # or a bogus comment "<!x>"
        end = self.source.find(closing, offset + 2)
        end = len(self.source) if end < 0 else end + len(closing)
        self.canvas.inline_markup(offset, end, with_spaces=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        elif tag == "meta" and self.published is None:
            self._read_date(dict(attrs))
        self._tag(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and self.published is None:
            self._read_date(dict(attrs))
        self._tag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
            if not self.skipping[tag]:
                del self.skipping[tag]
        self._tag(tag)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if set(self.skipping) <= SKIPPED_INLINE:
                offset = self._offset()
                self.canvas.opaque(offset, offset + len(data))
            return
        offset = self._offset()
        if self.source.startswith(data, offset):
            self.canvas.keep(offset, offset + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};", name)

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};", "#" + name)

    def _reference(self, written: str, name: str) -> None:
        if self.skipping:
            return
        decoded = unescape(written)
        if decoded == written:  # an unknown entity: leave it out
            return
        offset = self._offset()
        # "&amp;" or "&amp" (browsers accept the latter); the width is what the source spends.
        width = 1 + len(name) + (1 if self.source.startswith(";", offset + 1 + len(name)) else 0)
        self.canvas.put(offset, decoded, width)

    def _read_date(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in DATE_META:
            self.published = as_date(attrs.get("content") or "")
