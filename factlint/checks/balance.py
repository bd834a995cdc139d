"""``kind: balance`` — an opening mark without its closing mark (or the reverse) within a paragraph.

Fields: ``open`` and ``close`` (the characters that open and close; a character in both, such as
the straight double quote, is read by its place), ``continues`` (news convention: a quotation may
run on over paragraphs, see below), ``also_open``/``also_close`` (two-character stand-ins such as
’’; one in both lists, such as '', is read by its place), ``lone`` (patterns of closing marks that
may stand without a partner, such as the enumeration "a)"; they still close an open one),
``ignore`` (patterns of marks that are not pairs: an inch sign after a number, an enumeration such
as "a)" or "2)"; every mark inside the match is skipped), ``reversible`` (the marks are curly
quotation marks, which are typed the wrong way round: a ” where a quotation plainly opens is read as
an opening mark and reported as turned the wrong way, and so is a “ that plainly closes one) and
``asides`` (patterns of whole paragraphs that interrupt the text, such as a related-link line, and
are passed over).

Where a mark read by its place stands is decided by its neighbours: after a space it opens, after a
word it closes; glued between punctuation and a letter (``said,"The``) or spaced on both sides
(``" holistic review ."``) it closes a quotation that is open and otherwise opens one, and if
nothing closes it by the end of the paragraph it is reported as the stray closing mark it first
looked like.

With ``continues``, a quotation left open at the end of a paragraph is fine when the next paragraph
starts with an opening mark (the quote goes on there), when the next paragraph closes it without
opening one (the continuation mark was left out, or the paragraph was split in mid-sentence), and,
for a quotation that opens a paragraph after one ending in a colon (a statement quoted in full),
when any later paragraph closes it. A closing mark with no partner in a paragraph that starts in
the middle of a sentence (with a small letter) is not reported: its opening mark is in the text
the paragraph was split from.

Without ``continues``, a bracket left open at the end of a paragraph may be closed in the paragraph
on the next line (indented wire tables: "Mine output (metal" / "    content)").

Message placeholders: ``mark`` (the mark), ``missing`` ("closing" or "opening", or "" for a mark
turned the wrong way) and ``problem`` (what is wrong, in words: "has no closing partner in this
paragraph", "has no opening partner in this paragraph", or for a reversible mark "is turned the
wrong way: it opens a quotation here (write “)").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError

if TYPE_CHECKING:
    from factlint.document import Document, Span

Role = Literal["open", "close", "either"]
Place = Literal["open", "close", "either-open", "either-close"]

# Characters after which a mark stands where a quotation or bracket opens.
_OPENING_CONTEXT = "([{—–-/"
# Punctuation that ends a clause, after which a glued mark followed by a letter opens ("said,"The").
_CLAUSE_END = ".,;:!?…"
_SENTENCE_ENDED = patterncache.compile(r"[.!?…]['’]?\s+$")


class Open(NamedTuple):
    """An opening mark waiting for its partner. ``tentative``: a mark read as opening only because
    nothing was open (it looked like a closing mark); ``carried``: opened in an earlier paragraph."""

    offset: int
    length: int
    tentative: bool = False
    carried: bool = False
    block: bool = False


class BalanceCheck(Check):
    kind = "balance"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    placeholders = frozenset({"mark", "missing", "problem"})
    options = {
        "open": Option(str, required=True, doc="characters that open a pair"),
        "close": Option(str, required=True, doc="characters that close a pair"),
        "continues": Option(bool, default=False, doc="a quotation may run on over paragraphs (news convention)"),
        "ignore": Option(list, default=[], doc="patterns whose marks are not pair marks"),
        "lone": Option(list, default=[], doc="patterns of marks that may stand alone (enumerations: 'a)', '2)'); first character is the mark"),
        "also_open": Option(list, default=[], doc="two-character openers, such as ‘‘ for “"),
        "also_close": Option(list, default=[], doc="two-character closers, such as ’’ or '' for ”"),
        "reversible": Option(bool, default=False, doc="curly quotation marks: a mark turned the wrong way is read by its place and reported"),
        "asides": Option(list, default=[], doc="patterns of whole paragraphs that interrupt the text and are passed over"),
    }

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.opens = str(spec["open"])
        self.closes = str(spec["close"])
        if not self.opens or not self.closes:
            raise RuleSpecError("open", "open and close must each hold at least one character")
        self.continues = bool(spec["continues"])
        self.reversible = bool(spec["reversible"])
        self.ignore = [self.user_pattern("ignore", str(item)) for item in spec["ignore"]]
        self.lone = [self.user_pattern("lone", str(item)) for item in spec["lone"]]
        self.asides = [self.user_pattern("asides", str(item)) for item in spec["asides"]]
        self.also_open = [str(item) for item in spec["also_open"]]
        self.also_close = [str(item) for item in spec["also_close"]]
        self.all_marks = set(self.opens + self.closes + "".join(self.also_open + self.also_close))
        sequences = sorted(set(self.also_open + self.also_close), key=lambda q: (-len(q), q))  # one text in every process
        marks = regex.escape("".join(sorted(set(self.opens + self.closes))))
        self.marks = patterncache.compile("|".join([*(regex.escape(q) for q in sequences), f"[{marks}]"]))
        starters = [*self.also_open, *self.opens, *(self.closes if self.reversible else "")]
        self.starts_open = patterncache.compile(rf"\s*(?:{'|'.join(regex.escape(q) for q in starters)})")

    # --- reading one mark ----------------------------------------------------------------------

    def _character_role(self, mark: str) -> Role:
        if len(mark) > 1:
            opens, closes = mark in self.also_open, mark in self.also_close
        else:
            opens, closes = mark in self.opens, mark in self.closes
        return "either" if opens and closes else "open" if opens else "close"

    def _place(self, text: str, start: int, end: int, para_start: int, para_end: int) -> tuple[Place, bool]:
        """Where the mark stands, and whether it is spaced on both sides. "open": after a space or an
        opening bracket, before a word; "close": after a word or punctuation, before a space or
        punctuation; "either-open": glued between punctuation and a word (``said,"The``) or spaced
        on both sides (``" holistic``), an opening mark unless a quotation is open; "either-close":
        glued between two words (``of"squabbling``) or between punctuation and a space
        (``crowd," Vote!``), a closing mark unless nothing is open."""
        before = text[start - 1] if start > para_start else " "
        after = text[end] if end < para_end else " "
        if before.isspace() or before in _OPENING_CONTEXT:
            return ("either-open", True) if after.isspace() else ("open", False)
        if after.isalnum():
            return ("either-open" if before in _CLAUSE_END or before in self.all_marks else "either-close"), False
        if after.isspace() and before in _CLAUSE_END:
            return "either-close", False
        return "close", False

    def _is_paragraph_aside(self, paragraph: "Span") -> bool:
        return any(pattern.search(paragraph.text) for pattern in self.asides)

    def _ignored(self, document: "Document", start: int, end: int) -> set[int]:
        ignored: set[int] = set()
        for pattern in self.ignore:
            for match in pattern.finditer(document.text, start, end):
                ignored.update(i for i in range(match.start(), match.end()) if document.text[i] in self.all_marks)
        return ignored

    # --- the paragraph walk --------------------------------------------------------------------

    def run(self, document: "Document") -> Iterable[Finding]:
        text = document.text
        if not self.marks.search(text):
            return
        paragraphs = [p for p in document.paragraphs if not self._is_paragraph_aside(p)]
        carried: list[Open] = []
        previous_end = ""
        for index, paragraph in enumerate(paragraphs):
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            stack, findings = self._walk(document, paragraph, carried, previous_end)
            previous_end = paragraph.text.rstrip()[-1:]
            carried = []
            tentative = [item for item in stack if item.tentative]
            unclosed = [item for item in stack if not item.tentative]
            if unclosed and self.continues and following is not None and (not unclosed[0].carried or unclosed[0].block):
                if self.starts_open.match(text, following.start):
                    unclosed = []  # the quotation goes on in the next paragraph, which opens again
                else:
                    carried, unclosed = [unclosed[0]._replace(carried=True)], []
            elif unclosed and not self.continues and following is not None and self._adjacent(text, paragraph.end, following.start):
                carried, unclosed = unclosed, []  # an indented table line closes what the line above opened
            findings.extend(self._stray(text, item) for item in tentative)
            findings.extend(self._unclosed(text, item) for item in unclosed[:1])
            yield from sorted(findings, key=lambda finding: finding.start)

    def _walk(self, document: "Document", paragraph: "Span", carried: list[Open], previous_end: str) -> tuple[list[Open], list[Finding]]:
        """Pair the marks of one paragraph; return what is left open and the findings so far."""
        text = document.text
        start, end = paragraph.start, paragraph.end
        ignored = self._ignored(document, start, end)
        lone = {m.start() for pattern in self.lone for m in pattern.finditer(text, start, end)}
        stack = list(carried)
        findings: list[Finding] = []
        fragment = paragraph.text[:1].islower()  # a paragraph split off in mid-sentence
        opened = False
        for match in self.marks.finditer(text, start, end):
            offset, mark = match.start(), match.group()
            if offset in ignored:
                continue
            place, spaced = self._place(text, offset, match.end(), start, end)
            # a mark that opens where a word follows does not close a mark read as opening only for want of a partner
            inside = bool(stack) and not (place == "either-open" and stack[-1].tentative)
            role, reversed_mark, tentative = self._role(self._character_role(mark), place, spaced, inside)
            if reversed_mark:
                findings.append(self._reversed(offset, mark, role))
            if role == "open" and tentative and fragment and not opened:
                continue  # a closing mark whose opening mark is in the text this fragment was split from
            if role == "open":
                opened = opened or not tentative
                item = Open(offset, len(mark), tentative=tentative)
                if not tentative and stack and self.continues and self._continues_here(text, offset, start):
                    if not stack[-1].carried and not stack[-1].tentative:
                        stack.pop()  # a quote run on across a paragraph break that was lost
                if self.continues and offset == start and previous_end == ":":
                    item = item._replace(block=True)  # a statement quoted in full after a colon
                stack.append(item)
            elif stack and (len(mark) > 1 or self._pairs(text[stack[-1].offset], mark)):
                stack.pop()
            elif offset not in lone and not (fragment and not opened):
                findings.append(self._stray(text, Open(offset, len(mark))))
        return stack, findings

    def _role(self, character: Role, place: Place, spaced: bool, inside: bool) -> tuple[Role, bool, bool]:
        """The role a mark plays (open or close), whether it is a curly mark turned the wrong way,
        and whether it opens only because nothing was open although it looked like a closing mark
        (such a mark, left unpaired, is reported as a stray closing mark)."""
        if character == "either":
            if place in ("open", "close"):
                return place, False, False
            if inside:
                return "close", False, False
            return "open", False, place == "either-close"
        if not self.reversible:
            return character, False, False
        if character == "open":  # “
            wrong = place == "close" or (place == "either-close" and inside) or (place == "either-open" and spaced and inside)
            return ("close", True, False) if wrong else ("open", False, False)
        wrong = place == "open" or (place == "either-open" and not inside)  # ”
        return ("open", True, False) if wrong else ("close", False, False)

    # --- findings ------------------------------------------------------------------------------

    @staticmethod
    def _stray(text: str, item: Open) -> Finding:
        mark = text[item.offset : item.offset + item.length]
        return Finding(item.offset, item.offset + item.length, {"mark": mark, "missing": "opening", "problem": "has no opening partner in this paragraph"})

    @staticmethod
    def _unclosed(text: str, item: Open) -> Finding:
        mark = text[item.offset : item.offset + item.length]
        return Finding(item.offset, item.offset + item.length, {"mark": mark, "missing": "closing", "problem": "has no closing partner in this paragraph"})

    def _reversed(self, offset: int, mark: str, role: Role) -> Finding:
        """A curly mark turned the wrong way: name the mark that belongs there."""
        pool, other = (self.opens, self.closes) if role == "open" else (self.closes, self.opens)
        mirror = next((q for q in pool if q not in other), mark)
        verb = "opens" if role == "open" else "closes"
        problem = f"is turned the wrong way: it {verb} a quotation here (write {mirror})"
        return Finding(offset, offset + len(mark), {"mark": mark, "missing": "", "problem": problem}, mirror)

    # --- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _adjacent(text: str, end: int, start: int) -> bool:
        """The next paragraph starts on the next line (wire copy starts a paragraph, or a table
        row, with an indent rather than a blank line)."""
        return text.count("\n", end, start) <= 1

    @staticmethod
    def _continues_here(text: str, offset: int, start: int) -> bool:
        """An opening mark right after a finished sentence, while a quote is open, is the next
        paragraph of that quote run into this one ("... in LA. "My second passion ..."), also after
        a closing single quote ("... about it?' "To not apologise ...")."""
        return bool(_SENTENCE_ENDED.search(text[max(start, offset - 5) : offset]))

    def _pairs(self, opener: str, closer: str) -> bool:
        """Brackets pair by position in ``open``/``close`` ("(" with ")"); quotation marks pair
        with any closing quotation mark (mixed straight and curly quotes are a style matter)."""
        if set(self.opens) & set(self.closes):
            return True
        if opener not in self.opens or closer not in self.closes:
            return True
        return self.opens.index(opener) == self.closes.index(closer)
