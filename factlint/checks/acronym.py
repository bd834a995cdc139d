"""``kind: acronym`` — an acronym defined in parentheses that does not fit its expansion
("Federal Aviation Administration (FFA)"), or defined twice in different ways.

Fields: ``data`` (the knowledge file, ``rules/data/<data>.yaml``, with ``irregular`` acronyms to
leave alone and the ``function_words`` an expansion may hold without giving a letter).

A definition is a run of capitalised words right before an all-capitals acronym in parentheses.
It is reported only when the initials of its last words differ from the acronym in exactly one
letter *and* the acronym cannot be read out of the expansion at all (the Schwartz-Hearst test: its
letters in order, the first one starting a word, so "Nuclear Non-Proliferation Treaty (NPT)"
fits). Foreign-language acronyms and tickers differ in more than one letter and are never near
misses; irregular ones (G7, ISIS/ISIL, COVID-19) and news agencies in datelines are listed in the
data file, and a company name ending in a suffix such as "Co" or "Inc" is followed by a ticker. A second definition
is reported when one expansion gets two acronyms, or one acronym two expansions that both fit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.patterns import scan

if TYPE_CHECKING:
    from factlint.document import Document

# An all-capitals acronym in parentheses, plural "s" allowed: "(FAA)", "(NGOs)".
_DEFINITION = patterncache.compile(r"\((?P<acronym>\p{Lu}{2,8})(?P<plural>s)?\)", regex.VERSION1)
_EXPANSION_WORD = patterncache.compile(r"[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*", regex.VERSION1)
_MAX_EXPANSION_WORDS = 14
_POSSESSIVE = patterncache.compile(r"['’]s?$")


@dataclass(frozen=True)
class Definition:
    start: int
    end: int
    acronym: str
    expansion: str  # the words whose initials stand for the acronym
    initials: str
    run: str  # the whole run of capitalised words before the acronym


def fits(acronym: str, expansion: str) -> bool:
    """The Schwartz-Hearst test: the acronym's letters appear in order in the expansion, read from
    the end, and its first letter starts a word."""
    short, long = acronym.lower(), expansion.lower()
    s, l = len(short) - 1, len(long) - 1
    while s >= 0:
        char = short[s]
        while l >= 0 and (long[l] != char or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return False
        s -= 1
        l -= 1
    return True


class AcronymCheck(Check):
    kind = "acronym"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "data": Option(str, default="acronyms", doc="knowledge file with 'irregular' acronyms and 'function_words'"),
    }
    placeholders = frozenset({"acronym", "problem", "expansion", "initials"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        data = self.knowledge.get(spec["data"]) or {}
        if not isinstance(data, Mapping):
            raise RuleSpecError("data", f"data/{spec['data']}.yaml: expected a mapping")
        self.irregular = frozenset(str(a).upper() for a in data.get("irregular", []))
        self.function_words = frozenset(str(w).casefold() for w in data.get("function_words", []))
        self.company_suffixes = frozenset(str(w) for w in data.get("company_suffixes", []))

    def run(self, document: "Document") -> Iterable[Finding]:
        if "(" not in document.text:
            return
        by_acronym: dict[str, Definition] = {}
        by_expansion: dict[str, Definition] = {}
        for match in scan(document, _DEFINITION):
            definition = self._definition(document, match)
            if definition is None or definition.acronym in self.irregular:
                continue
            if definition.initials != definition.acronym:
                if _one_letter_off(definition.initials, definition.acronym) and not fits(definition.acronym, definition.run):
                    problem = f'does not fit "{definition.expansion}", whose initials are {definition.initials}'
                    fields = {"acronym": definition.acronym, "problem": problem, "expansion": definition.expansion, "initials": definition.initials}
                    yield Finding(definition.start, definition.end, fields, _with_acronym(document, definition, definition.initials))
                continue
            key = definition.expansion.casefold()
            earlier = by_expansion.get(key)
            if earlier is not None and earlier.acronym != definition.acronym:
                yield self._twice(document, definition, earlier.acronym, earlier)
            earlier = by_acronym.get(definition.acronym)
            if earlier is not None and earlier.expansion.casefold() != key:
                yield self._twice(document, definition, earlier.expansion, earlier)
            by_expansion.setdefault(key, definition)
            by_acronym.setdefault(definition.acronym, definition)

    def _definition(self, document: "Document", match: regex.Match[str]) -> Definition | None:
        acronym = match.group("acronym")
        sentence = document.sentence_at(match.start())
        begin = sentence.start if sentence is not None else max(0, match.start() - 200)
        words = list(_EXPANSION_WORD.finditer(document.text, begin, match.start()))[-_MAX_EXPANSION_WORDS:]
        if not words or document.text[words[-1].end() : match.start()].strip():
            return None  # something other than space between the expansion and "("
        if words[-1].group() in self.company_suffixes:
            return None  # "Boeing Co (BA)": a stock ticker
        # Walk back over capitalised words, skipping function words, one letter per word, as far
        # as punctuation ("ATHENS, Greece (AP)" is a dateline): the last ones give the initials,
        # the whole run is what the acronym may be read from ("Centers for Medicare and Medicaid
        # Services (CMS)").
        letters: list[str] = []
        first_word = run_start = None
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            text = _POSSESSIVE.sub("", word.group())
            if index < len(words) - 1 and document.text[word.end() : words[index + 1].start()].strip():
                break
            if text.casefold() in self.function_words:
                continue
            if not text[:1].isupper() or len(text) < 2:
                break
            if len(letters) < len(acronym):
                letters.insert(0, text[0])
                first_word = word
            run_start = word
        if first_word is None or run_start is None or len(letters) < 2 or len(letters) != len(acronym):
            return None
        end = words[-1].end()
        expansion = _POSSESSIVE.sub("", " ".join(document.text[first_word.start() : end].split()))
        run = _POSSESSIVE.sub("", " ".join(document.text[run_start.start() : end].split()))
        return Definition(first_word.start(), match.end(), acronym, expansion, "".join(letters).upper(), run)

    def _twice(self, document: "Document", definition: Definition, other: str, earlier: Definition) -> Finding:
        line = document.position(earlier.start)[0]
        start = definition.end - len(definition.acronym) - 2
        if other == earlier.acronym:
            problem = f'is used here for "{definition.expansion}", which line {line} calls {other}'
        else:
            problem = f'is defined as "{other}" on line {line}, and here as "{definition.expansion}"'
        fields = {"acronym": definition.acronym, "problem": problem, "expansion": definition.expansion, "initials": definition.initials}
        return Finding(start, definition.end, fields, None)


def _with_acronym(document: "Document", definition: Definition, acronym: str) -> str:
    """The definition as written with ``acronym`` in place of its own (the suggestion replaces the
    finding's whole span, "International Finance Corporation (IFS)")."""
    written = document.text[definition.start:definition.end]
    at = written.rfind(definition.acronym)
    return written[:at] + acronym + written[at + len(definition.acronym):] if at >= 0 else acronym


def _one_letter_off(initials: str, acronym: str) -> bool:
    return len(initials) == len(acronym) and sum(a != b for a, b in zip(initials, acronym)) == 1
