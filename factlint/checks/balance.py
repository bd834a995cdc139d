"""``kind: balance`` — an opening mark without its closing mark (or the reverse) within a paragraph.

Fields: ``open`` and ``close`` (the characters that open and close; a character in both, such as
the straight double quote, alternates), ``continues`` (news convention: a quotation left open at
the end of a paragraph is fine when the next paragraph starts with an opening mark, because the
quote goes on there), ``also_open``/``also_close`` (two-character stand-ins such as ’’), ``lone`` (patterns of closing marks that may stand
without a partner, such as the enumeration "a)"; they still close an open one) and ``ignore`` (patterns of marks that are not pairs: an inch sign after a
number, an enumeration such as "a)" or "2)"; the mark is the first character of the match).

A bracket left open at the end of a paragraph may be closed in the paragraph on the next line
(indented wire tables: "Mine output (metal" / "    content)").

Message placeholders: ``mark`` (the mark left alone) and ``missing`` ("closing" or "opening").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.checks.pattern import compile_pattern

if TYPE_CHECKING:
    from factlint.document import Document


class BalanceCheck(Check):
    kind = "balance"
    placeholders = frozenset({"mark", "missing"})
    options = {
        "open": Option(str, required=True, doc="characters that open a pair"),
        "close": Option(str, required=True, doc="characters that close a pair"),
        "continues": Option(bool, default=False, doc="an open mark may run on into a paragraph that starts with one"),
        "ignore": Option(list, default=[], doc="patterns whose first character is not a pair mark"),
        "lone": Option(list, default=[], doc="patterns of marks that may stand alone (enumerations: 'a)', '2)'); first character is the mark"),
        "also_open": Option(list, default=[], doc="two-character openers, such as ‘‘ for “"),
        "also_close": Option(list, default=[], doc="two-character closers, such as ’’ or '' for ”"),
    }

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.opens = str(spec["open"])
        self.closes = str(spec["close"])
        if not self.opens or not self.closes:
            raise RuleSpecError("open", "open and close must each hold at least one character")
        self.continues = bool(spec["continues"])
        self.ignore = [compile_pattern("ignore", str(item)) for item in spec["ignore"]]
        self.lone = [compile_pattern("lone", str(item)) for item in spec["lone"]]
        self.also_open = [str(item) for item in spec["also_open"]]
        self.also_close = [str(item) for item in spec["also_close"]]
        sequences = sorted(self.also_open + self.also_close, key=len, reverse=True)
        marks = regex.escape("".join(sorted(set(self.opens + self.closes))))
        self.marks = regex.compile("|".join([*(regex.escape(q) for q in sequences), f"[{marks}]"]))
        self.starts_open = regex.compile(rf"\s*[{regex.escape(self.opens)}]")

    def _ignored(self, document: "Document", start: int, end: int) -> set[int]:
        ignored: set[int] = set()
        for pattern in self.ignore:
            for match in pattern.finditer(document.text, start, end):
                ignored.update(i for i in range(match.start(), match.end()) if document.text[i] in self.opens + self.closes)
        return ignored

    def run(self, document: "Document") -> Iterable[Finding]:
        text = document.text
        if not self.marks.search(text):
            return
        paragraphs = document.paragraphs
        carried: list[int] = []
        for index, paragraph in enumerate(paragraphs):
            ignored = self._ignored(document, paragraph.start, paragraph.end)
            lone = {m.start() for pattern in self.lone for m in pattern.finditer(text, paragraph.start, paragraph.end)}
            stack: list[int] = carried
            carried = []
            orphans: list[int] = []
            for match in self.marks.finditer(text, paragraph.start, paragraph.end):
                offset = match.start()
                if offset in ignored:
                    continue
                if match.group() in self.also_open or match.group() in self.also_close:
                    role = "open" if match.group() in self.also_open else "close"
                else:
                    role = self._role(text, offset, paragraph.start, paragraph.end)
                if role == "open":
                    if stack and self.continues and self._continues_here(text, offset, paragraph.start):
                        stack.pop()  # a quote run on across a paragraph break that was lost
                    stack.append(offset)
                elif stack and (len(match.group()) > 1 or self._pairs(text[stack[-1]], text[offset])):
                    stack.pop()
                elif offset not in lone:
                    orphans.append(offset)
            if stack and self.continues:
                following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                if following is not None and self.starts_open.match(text, following.start):
                    stack = []
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if stack and not self.continues and following is not None and self._adjacent(text, paragraph.end, following.start):
                carried, stack = stack, []  # an indented table line closes what the line above opened
            for offset in orphans:
                yield Finding(offset, offset + 1, {"mark": text[offset], "missing": "opening"})
            for offset in stack[:1]:
                yield Finding(offset, offset + 1, {"mark": text[offset], "missing": "closing"})

    @staticmethod
    def _adjacent(text: str, end: int, start: int) -> bool:
        """The next paragraph starts on the next line (wire copy starts a paragraph, or a table
        row, with an indent rather than a blank line)."""
        return text.count("\n", end, start) <= 1

    def _role(self, text: str, offset: int, start: int, end: int) -> str:
        """"open" or "close": by the character, or for a mark that does both (") by its place:
        after a space or at the start it opens, after a word or punctuation it closes."""
        mark = text[offset]
        if mark not in self.closes:
            return "open"
        if mark not in self.opens:
            return "close"
        before = text[offset - 1] if offset > start else " "
        after = text[offset + 1] if offset + 1 < end else " "
        if before.isspace() or before in "([{—–-/":
            return "open" if not after.isspace() else "close"
        return "close"

    @staticmethod
    def _continues_here(text: str, offset: int, start: int) -> bool:
        """An opening mark right after a finished sentence, while a quote is open, is the next
        paragraph of that quote run into this one ("... in LA. "My second passion ...")."""
        return bool(regex.search(r"[.!?…,:;]\s+$", text[max(start, offset - 4):offset]))

    def _pairs(self, opener: str, closer: str) -> bool:
        """Brackets pair by position in ``open``/``close`` ("(" with ")"); quotation marks pair
        with any closing quotation mark (mixed straight and curly quotes are a style matter)."""
        if set(self.opens) & set(self.closes):
            return True
        return self.opens.index(opener) == self.closes.index(closer)
