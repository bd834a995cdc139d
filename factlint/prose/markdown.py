"""Markdown articles: the prose of paragraphs, headings, lists, quotes and tables, parsed with
markdown-it-py (CommonMark, plus tables).

Code blocks, inline code, link destinations, autolinks, images, HTML tags and YAML front matter
are not prose. markdown-it gives each block its source lines but gives inline text no offsets, so
each inline token's content is located on its source lines, and each text node inside it is matched
in order, allowing for backslash escapes and entities. Text that cannot be placed is left out:
a missed finding is better than one at the wrong place.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import unescape
from typing import TYPE_CHECKING, Any

from factlint import patterncache
from factlint.prose.blanking import ProseCanvas
from factlint.prose.frontmatter import read_front_matter
from factlint.prose.html import INLINE, SKIPPED_INLINE, extract_fragment

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_LINE = patterncache.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_TAG_NAME = patterncache.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_ENTITY = patterncache.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@cache
def _parser() -> "MarkdownIt":
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def extract(source: str) -> tuple[str, dict[str, Any]]:
    """The prose of a Markdown article and its front-matter metadata (``date``)."""
    front = read_front_matter(source)
    lines = _line_spans(source)
    canvas = ProseCanvas(source)
    # Front matter lines become empty lines, so markdown-it's line numbers stay the file's.
    skipped_lines = source.count("\n", 0, front.end) if front.end else 0
    body = "\n" * skipped_lines + "".join(source[start:end] + "\n" for start, end in lines[skipped_lines:])
    cursors: dict[int, int] = {}
    for token in _parser().parse(body):
        if token.map is None:
            continue
        if token.type == "inline":
            _paint_inline(token, lines, canvas, cursors)
        elif token.type == "html_block":
            start, end = lines[token.map[0]][0], lines[min(token.map[1], len(lines)) - 1][1]
            canvas.paste(start, extract_fragment(source[start:end]))
    return canvas.text(), dict(front.meta)


def _line_spans(source: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break; as markdown-it counts lines."""
    spans = [(m.start(), m.start() + len(m[0].rstrip("\r\n"))) for m in _LINE.finditer(source)]
    if spans and spans[-1][0] == len(source) and len(spans) > 1:
        spans.pop()  # the empty match after a final line break
    return spans


def _locate_content(token: "Token", lines: Sequence[tuple[int, int]], source: str, cursors: dict[int, int]) -> list[int | None]:
    """The source offset of every character of the inline token's content (None where unknown)."""
    assert token.map is not None
    offsets: list[int | None] = []
    for index, piece in enumerate(token.content.split("\n")):
        if index:
            offsets.append(None)  # the line break between two pieces
        number = token.map[0] + index
        if number >= len(lines):
            offsets.extend([None] * len(piece))
            continue
        line_start, line_end = lines[number]
        found = source.find(piece, cursors.get(number, line_start), line_end) if piece else -1
        if found < 0:
            offsets.extend([None] * len(piece))
            continue
        cursors[number] = found + len(piece)
        offsets.extend(range(found, found + len(piece)))
    return offsets


def _paint_inline(token: "Token", lines: Sequence[tuple[int, int]], canvas: ProseCanvas, cursors: dict[int, int]) -> None:
    content = token.content
    offsets = _locate_content(token, lines, canvas.source, cursors)

    def invisible(start: int, end: int, *, with_spaces: bool = False) -> None:
        for index in range(start, end):
            source_offset = offsets[index]
            if source_offset is not None:
                canvas.inline_markup(source_offset, source_offset + 1, with_spaces=with_spaces)

    def opaque(start: int, end: int) -> None:
        for index in range(max(start, 0), end):
            source_offset = offsets[index]
            if source_offset is not None:
                canvas.opaque(source_offset, source_offset + 1)

    position = 0
    in_autolink = False
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            if in_autolink:
                continue
            placed = _match_text(content, position, child.content)
            if not placed:
                continue
            invisible(position, placed[0][0])  # emphasis marks, brackets, escapes before the text
            for index, char in placed:
                source_offset = offsets[index]
                if source_offset is not None:
                    canvas.put(source_offset, char, 1)
            # backslashes of escapes and the rest of entities, inside the text: never a gap
            inside = {index for index, _ in placed}
            for index in range(placed[0][0], placed[-1][0] + 1):
                source_offset = offsets[index]
                if index not in inside and source_offset is not None:
                    canvas.put(source_offset, "", 1)
            position = placed[-1][0] + 1
        elif kind == "code_inline":
            end = _skip_code_span(content, position, child.markup)
            if end > position:
                opaque(content.find(child.markup, position), end)
            position = end
        elif kind == "html_inline":
            found = content.find(child.content, position)
            if found >= 0:
                name = _TAG_NAME.match(child.content)
                if name is None or name[1].lower() in INLINE or name[1].lower() in SKIPPED_INLINE:
                    invisible(position, found + len(child.content), with_spaces=True)
                else:  # "<CCI>": not an HTML element but text in angle brackets
                    opaque(found, found + len(child.content))
                position = found + len(child.content)
        elif kind in ("softbreak", "hardbreak"):
            found = content.find("\n", position)
            if found >= 0:
                invisible(position, found)  # a closing mark at the end of the line
                position = found + 1
        elif kind == "link_open" and child.markup == "autolink":
            in_autolink = True
            opening = content.find("<", position)
            closing = content.find(">", opening + 1) if opening >= 0 else -1
            if closing >= 0:
                opaque(opening, closing + 1)
                position = closing + 1
        elif kind == "link_close":
            if in_autolink:
                in_autolink = False
            else:
                end = _skip_destination(content, position)
                invisible(position, end, with_spaces=True)
                position = end
        elif kind == "image":
            opening = content.find("![", position)
            if opening >= 0:
                end = _skip_destination(content, _closing_bracket(content, opening + 2))
                opaque(opening, end)
                position = end
    invisible(position, len(content))  # closing marks at the end


def _match_text(content: str, start: int, text: str) -> list[tuple[int, str]] | None:
    """Where the characters of a text node lie in ``content``, searching from ``start``: the first
    place where the text matches, with escapes (``\\*``) and entities (``&amp;``) as written."""
    if not text:
        return []
    for begin in range(start, len(content)):
        placed = _match_at(content, begin, text)
        if placed is not None:
            return placed
    return None


def _match_at(content: str, begin: int, text: str) -> list[tuple[int, str]] | None:
    placed: list[tuple[int, str]] = []
    at, index = begin, 0
    while index < len(text):
        if at >= len(content):
            return None
        char = text[index]
        if content[at] == "\\" and content.startswith(char, at + 1) and char in _ESCAPABLE:
            placed.append((at + 1, char))
            at, index = at + 2, index + 1
        elif content[at] == "&" and (entity := _ENTITY.match(content, at)) and text.startswith(decoded := unescape(entity[0]), index):
            placed.extend((at + k, c) for k, c in enumerate(decoded[: len(entity[0])]))
            at, index = entity.end(), index + len(decoded)
        elif content[at] == char:
            placed.append((at, char))
            at, index = at + 1, index + 1
        else:
            return None
    return placed


def _skip_code_span(content: str, position: int, fence: str) -> int:
    """The position after an inline code span opened by ``fence`` (a run of backticks)."""
    opening = content.find(fence, position)
    if opening < 0:
        return position
    at = opening + len(fence)
    while True:
        closing = content.find(fence, at)
        if closing < 0:
            return position
        end = closing + len(fence)
        if content[end:end + 1] != "`" and content[closing - 1:closing] != "`":
            return end
        at = end


def _closing_bracket(content: str, position: int) -> int:
    """The position of the "]" that closes a link text or image description open before ``position``."""
    depth = 0
    at = position
    while at < len(content):
        char = content[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            if depth == 0:
                return at
            depth -= 1
        at += 1
    return position


def _skip_destination(content: str, position: int) -> int:
    """The position after a link's ``](destination "title")``, ``][label]`` or ``]``."""
    bracket = content.find("]", position)
    if bracket < 0:
        return position
    after = bracket + 1
    if content.startswith("(", after):
        depth, at = 0, after
        while at < len(content):
            char = content[at]
            if char == "\\":
                at += 2
                continue
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    return at + 1
            at += 1
        return after
    if content.startswith("[", after):
        closing = content.find("]", after + 1)
        return closing + 1 if closing >= 0 else after
    return after
