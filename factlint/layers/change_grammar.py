"""The grammar of change statements, compiled once per rule set from ``data/changes.yaml``.

The data holds named *pieces* (``{to}``, ``{from}``, ``{when}``, ...) and *forms* built from them
and from slots: ``{A}`` start, ``{B}`` end, ``{C}`` stated change, ``{X}`` absolute change, and the
word slots ``{verb}``, ``{noun}``, ``{updown}``, ``{times}``. A form is a regular expression over a
sentence *skeleton* in which every quantity is one token (see :mod:`factlint.layers.changes`), so
it reads like the sentence it matches. Every piece and form is written once; the three change
rules read the statements the grammar finds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.errors import RuleSpecError
from factlint.patterns import Origin, UserPattern, compile_user_pattern
from factlint.regex_source import least_count, required_literals
from factlint.rulecache import kept

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge

OPEN, CLOSE = "\ue000", "\ue001"
SLOTS = ("A", "B", "C", "X")
_PIECE = patterncache.compile(r"\{([a-z_]+)\}")
_PIECE_OR_SLOT = patterncache.compile(r"\{([A-Za-z_]+)\}")
_MAX_DEPTH = 8


@dataclass(frozen=True)
class Grammar:
    """The compiled forms, each with the words every match of it contains, and the vocabulary."""

    forms: tuple[tuple[UserPattern, tuple[str, ...], tuple[tuple[str, ...], ...]], ...]  # pattern, words, cue groups
    rise: frozenset[str]
    fall: frozenset[str]
    times: Mapping[str, float]
    skip: tuple[str, ...]
    change_word: regex.Pattern[str]  # any rise, fall or multiplier word: a cheap test per sentence
    least_tokens: tuple[int, ...] = ()  # per form: the fewest quantity tokens a match holds (a cheap test per sentence)
    literals: tuple[tuple[frozenset[str], ...], ...] = ()  # per form: sets of words a match holds one of each (folded)


def words_pattern(items: Iterable[Any]) -> str:
    """An alternation of words, longest first, spaces matching any run of spaces."""
    escaped = [regex.escape(str(w)).replace(r"\ ", r"\s+").replace(" ", r"\s+") for w in sorted(set(map(str, items)), key=lambda w: (-len(w), w))]
    return "|".join(escaped) or "(?!)"


def token(name: str | None = None) -> str:
    """The skeleton token of a quantity, captured under ``name`` when given."""
    digits = rf"(?P<{name}>\d+)" if name else r"\d+"
    return f"{OPEN}{digits}{CLOSE}"


def _normal(word: Any) -> str:
    return " ".join(str(word).lower().split())


@kept("change-grammar")
def grammar(knowledge: "Knowledge") -> Grammar:
    """The change grammar of a rule set (one per Knowledge)."""
    data = knowledge.get("changes") or {}
    rise = frozenset(_normal(w) for w in data.get("rise") or [])
    fall = frozenset(_normal(w) for w in data.get("fall") or [])
    times = {_normal(k): float(v) for k, v in (data.get("times") or {}).items()}
    pieces = {str(k): str(v) for k, v in (data.get("pieces") or {}).items()}
    verbs = words_pattern(rise | fall)
    fillers = {
        **{slot: token(slot.lower()) for slot in SLOTS},
        "C": token("c") + r"(?:\s*[-‑]\s*fold\b)?",  # "a 3.5-fold rise": the multiplier read by the changes layer
        "token": token(),
        "verb": rf"(?P<verb>\b(?:{verbs})\b)",
        "noun": rf"(?P<verb>\b(?:{verbs})\b)",
        "updown": r"(?P<verb>\b(?:up|down)\b)",
        "sign": rf"(?P<sign>\+|(?={OPEN}))",  # a "+", or (empty) a figure the changes layer finds negative
        "times": rf"(?P<times>\b(?:{words_pattern(times)})\b)",
    }
    # A form holding a piece needs one of that piece's cue words in the sentence (a cheap test
    # before the regular expression): "{from}" needs from, compared, against ...
    cues = {str(k): tuple(str(w).casefold() for w in v) for k, v in (data.get("cues") or {}).items()}
    forms = []
    least_tokens = []
    literals: list[tuple[frozenset[str], ...]] = []
    shared: dict[frozenset[str], frozenset[str]] = {}  # one object per set: a sentence tests each set once
    for form in data.get("forms") or []:
        source = str(form)
        expanded = _expand(source, pieces, fillers, knowledge)
        # Simple case folding: the forms are English words; full folding compiles some three times slower.
        compiled = compile_user_pattern(expanded, _origin(knowledge, source), ignorecase=True)
        groups = tuple(words for piece, words in cues.items() if f"{{{piece}}}" in source)
        forms.append((compiled, required_words(source), groups))
        least_tokens.append(least_count(expanded, OPEN))
        literals.append(tuple(shared.setdefault(words, words) for words in required_literals(expanded)))
    # "went from 40 to 50, or 25%": a statement may have no change verb, but then it has "from";
    # a report line has a signed change ("$4.2bn (2023: $3.9bn), +8%").
    change_word = patterncache.compile(rf"\b(?:{verbs}|{words_pattern(times)}|from)\b|(?<!\w)[+−-]\d", regex.IGNORECASE)
    return Grammar(tuple(forms), rise, fall, times, tuple(str(w) for w in data.get("skip") or []), change_word, tuple(least_tokens), tuple(literals))


def _expand(source: str, pieces: Mapping[str, str], fillers: Mapping[str, str], knowledge: "Knowledge") -> str:
    """Replace pieces (recursively), then slots. A slot may appear in several branches of an
    alternation (regex allows a repeated group name)."""
    text = source
    for _ in range(_MAX_DEPTH):
        names = set(_PIECE.findall(text))
        unknown = names - set(pieces) - set(fillers)
        if unknown:
            raise RuleSpecError("forms", f"unknown piece {{{sorted(unknown)[0]}}} in change form {source!r}", where=_origin(knowledge, source).where())
        if not names & set(pieces):
            break
        text = _PIECE.sub(lambda m: f"(?:{pieces[m.group(1)]})" if m.group(1) in pieces else m.group(0), text)
    else:
        raise RuleSpecError("pieces", f"change pieces refer to each other in a circle in {source!r}", where=_origin(knowledge, source).where())
    # A word slot may also appear twice in a row ("rose ..., a rise of"); the statement reads the first.
    return _PIECE_OR_SLOT.sub(lambda m: fillers.get(m.group(1), m.group(0)), text)


@cache
def _lines(knowledge: "Knowledge") -> tuple[tuple[Path, tuple[str, ...]], ...]:
    """Each pack's data/changes.yaml and its lines, last pack first (read once per rule set, not
    once a form)."""
    found = []
    for pack in reversed(knowledge.packs):
        path = pack / "data" / "changes.yaml"
        try:
            found.append((path, tuple(path.read_text(encoding="utf-8").splitlines())))
        except OSError:
            continue
    return tuple(found)


def _origin(knowledge: "Knowledge", source: str) -> Origin:
    """Where a form was written: the pack's data/changes.yaml and the line that holds it."""
    for path, lines in _lines(knowledge):
        for number, line in enumerate(lines, 1):
            if source in line or source.replace("'", "''") in line:
                return Origin("forms", path, number)
    return Origin("forms")


def required_words(form: str) -> tuple[str, ...]:
    """Words (case-folded) that every match of ``form`` contains: runs of letters outside groups,
    classes and escapes and not under a quantifier; none when the form has a top-level ``|`` or
    inline flags. A cheap substring test before the form's regular expression runs on a skeleton."""
    if "(?" in form and regex.search(r"\(\?(?!P)[a-zA-Z^-]", form):
        return ()
    words: list[str] = []
    current = ""
    depth = 0
    index = 0
    after_escape = False
    while index < len(form):
        char = form[index]
        if char == "\\":
            if current:
                words.append(current)
            current, after_escape = "", True  # letters right after an escape ("\u00e9", "\bfrom") are skipped
            index += 2
            continue
        if char.isalnum() and after_escape:
            index += 1
            continue
        after_escape = False
        if char.isalpha() and depth == 0:
            current += char
            index += 1
            continue
        if char in "?*{":  # a quantifier (or a placeholder): the letters before it may be missing
            current = ""
        elif current:
            words.append(current)
            current = ""
        if char == "|" and depth == 0:
            return ()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "{":
            closing = form.find("}", index)
            if closing < 0 or not regex.fullmatch(r"[\w,]*", form[index + 1 : closing]):
                return ()  # a literal brace: too unusual to read further
            index = closing
        elif char == "[":
            index = _class_end(form, index)
        index += 1
    if current:
        words.append(current)
    return tuple(dict.fromkeys(word.casefold() for word in words))


def _class_end(form: str, start: int) -> int:
    """Index of the "]" that closes the character class opened at ``start``."""
    index = start + 1
    if index < len(form) and form[index] == "^":
        index += 1
    if index < len(form) and form[index] == "]":
        index += 1
    depth = 1
    while index < len(form):
        if form[index] == "\\":
            index += 2
            continue
        if form[index] == "[":  # nested sets (regex VERSION1)
            depth += 1
        elif form[index] == "]":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(form)
