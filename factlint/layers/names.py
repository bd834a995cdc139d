"""The ``names`` layer: capitalised name sequences ("Secretary of State Antony Blinken's") found once
per document and shared by the ``names/*`` rules.

A mention is a run of capitalised words (with initials such as "W." and particles such as "von der"
inside it), with leading titles ("President", "Mr.") and sentence openers ("But") split off and a
possessive ("'s") left outside. The words that make these decisions are data in
``rules/data/name-words.yaml``. Mentions on lines written mostly in capitals (wire headlines) and in short
one-line paragraphs without closing punctuation (titles, subheads) are marked ``headline``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex

from factlint import patterncache

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.knowledge import Knowledge

# A capitalised name word: "Blinken", "McConnell", "DeSantis", "O'Brien", "Jong-un", "Maréchal-Le".
# A soft hyphen (U+00AD) inside a word is invisible: "Blin\u00adken" is "Blinken".
_WORD = r"(?:[OD]['’])?\p{Lu}[\p{Ll}\u00ad]*\p{Ll}(?:\p{Lu}[\p{Ll}\u00ad]*\p{Ll})*(?:-\p{Lu}?\p{Ll}+)*"
# An initial: "W." or, in British and sports copy, a bare capital before a name ("D Cossins").
_INITIAL = r"\p{Lu}\.|\p{Lu}(?=[ \t]+\p{Lu}\p{Ll})"
# Between two words of a name: spaces, one line break, and what renders as a space: a no-break or
# thin space, a soft hyphen, U+200B (inline markup the Markdown and HTML extractors blank) and, in
# plain text pasted from a CMS, an entity or inline tag left as written ("Anthony&nbsp;Blinken",
# "Anthony <b>Blinken</b>", "Anthony **Blinken**").
_SPACE = r"[ \t\u00a0\u2009\u202f\u00ad\u200b]"
_INLINE = r"&(?:nbsp|#160|#xa0|#xA0);|</?(?:b|i|em|strong|a|span|u)(?:[ \t][^<>\n]{0,80})?>|\*{1,2}|_{1,2}"
_GAP = rf"(?:{_INLINE})*(?:{_SPACE}|&(?:nbsp|#160|#xa0|#xA0);)+(?:{_INLINE}|{_SPACE})*(?:\r?\n[ \t]*)?|\r?\n[ \t]*"
# "@" and "#" start a handle or tag ("@ZelenskyyUa"), not a name. Every sequence starts with a
# capital: testing that first, before the look-behind, and VERSION0 (nothing here reads differently
# in it) make the scan of a paragraph 40% cheaper.
_SEQUENCE = patterncache.compile(
    rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{N}}'’.@#_-])(?:{_WORD}|{_INITIAL})(?:(?:{_GAP})(?:(?:\p{{Ll}}+)(?:{_GAP}))*(?:{_WORD}|{_INITIAL}))*",
    regex.VERSION0,
)
_INLINE_MARKUP = patterncache.compile(_INLINE)
_TOKEN = patterncache.compile(rf"{_WORD}|{_INITIAL}|\p{{Ll}}+", regex.VERSION1)
_LETTER = patterncache.compile(r"\p{L}")
_BLANK_LINE = patterncache.compile(r"[ \t]*\r?\n[ \t]*\r?\n")
# Quotes, dashes, brackets and spaces that may stand between a sentence end and its next word.
_OPENER_SKIP = patterncache.compile(r"[\s\"'“”‘’(\[—–-]*")
_CAPITAL = patterncache.compile(r"\p{Lu}")
_POSSESSIVE = patterncache.compile(r"['’]s?(?!\p{L})")
_EMBED_SIGNATURE = patterncache.compile(r"\(@\w{1,30}\)[ \t\u00a0]*(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+\p{Lu}\p{Ll}{2,8}[ \t]+\d{4})")
_CAPS_LINE_SHARE = 0.6
_COMMON_LOWERCASE = "etaoinsrhldcum"
_HEADLINE_LENGTH = 120


# Letters that Unicode does not decompose into a base letter and an accent.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "’": "'"})


def fold(word: str) -> str:
    """A word without accents, case or soft hyphens: the key under which spellings are compared."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS).replace("\u00ad", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Name words recur within and across articles: each is folded once.
_fold_once = lru_cache(maxsize=1 << 16)(fold)


def name_key_words(name: str) -> tuple[str, ...]:
    """The folded words of a name written out in data ("Ursula von der Leyen" -> ursula, leyen),
    matching ``NameMention.words``: no particles, no initials."""
    return tuple(_fold_once(t) for t in _TOKEN.findall(name) if t[:1].isupper() and not t.endswith(".") and len(t) > 1)


class NameToken(NamedTuple):
    """One word of a name, with its offsets in ``document.text`` (a tuple: an article makes
    thousands, and a frozen dataclass costs several times as much to build)."""

    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return _fold_once(self.text)

    @property
    def is_initial(self) -> bool:
        return self.text.endswith(".") or len(self.text) == 1


@dataclass(frozen=True)
class NameMention:
    """A run of name words; ``words`` excludes initials and particles, ``tokens`` keeps them."""

    tokens: tuple[NameToken, ...]
    title: str
    sentence_initial: bool
    headline: bool
    possessive: bool
    embedded: bool = False  # inside an embedded third-party post (a tweet and its "(@handle) date" line)

    @property
    def aside(self) -> bool:
        """Not the article's own prose: a headline or an embedded post, never compared with the text."""
        return self.headline or self.embedded

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def text(self) -> str:
        return " ".join(token.text for token in self.tokens)

    @cached_property
    def words(self) -> tuple[NameToken, ...]:
        return tuple(t for t in self.tokens if not t.is_initial and t.text[:1].isupper())

    @property
    def surname(self) -> NameToken:
        return self.words[-1]

    @property
    def given(self) -> NameToken | None:
        """The word before the surname when the mention has two words or more."""
        return self.words[-2] if len(self.words) >= 2 else None


@dataclass(frozen=True)
class NameWords:
    titles: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]


def name_words(document: "Document") -> NameWords:
    return _name_words(document.knowledge)


@cache
def _name_words(knowledge: "Knowledge") -> NameWords:
    """The name words of a rule set, read once."""
    data = knowledge.get("name-words") or {}
    return NameWords(
        titles=frozenset(str(w) for w in data.get("titles", [])),
        particles=frozenset(str(w) for w in data.get("particles", [])),
        not_names=frozenset(str(w) for w in data.get("not_names", [])),
    )


def headline_lines(document: "Document") -> set[int]:
    """Lines (1-based) of headlines: text written mostly in capitals (wire headlines), short
    one-line paragraphs without a closing full stop (titles and subheads, questions included), whatever their case,
    and a short first line set apart by a blank line (a title, even one ending in a full stop)."""
    lines: set[int] = set()
    for number in range(1, len(document.line_starts) + 1):
        line = document.line_text(number)
        # A caps line has capitals >= share / (1 - share) * lower-case letters (1.5 per letter), and
        # its capitals are at most the characters that are neither spaces nor common lower-case
        # letters: most lines of prose fail that, counted with str.count, before any regex runs.
        lower = sum(map(line.count, _COMMON_LOWERCASE))
        most_capitals = len(line) - line.count(" ") - lower
        if most_capitals * (1 - _CAPS_LINE_SHARE) < _CAPS_LINE_SHARE * lower - 1e-9:
            continue
        capitals = len(_CAPITAL.findall(line))
        if capitals < _CAPS_LINE_SHARE * 8:
            continue
        letters = len(_LETTER.findall(line))
        if letters >= 8 and capitals / letters >= _CAPS_LINE_SHARE:
            lines.add(number)
    for index, paragraph in enumerate(document.paragraphs):
        text = paragraph.text.strip()
        if len(text) > _HEADLINE_LENGTH or "\n" in text:
            continue
        if not text.endswith((".", "!", '"', "”", ":", ";", ",")) or (index == 0 and _blank_line_after(document, paragraph.end)):
            lines.add(document.position(paragraph.start)[0])
    return lines


def _blank_line_after(document: "Document", offset: int) -> bool:
    return _BLANK_LINE.match(document.text, offset) is not None


def doubled_letter(a: str, b: str) -> bool:
    """True when one spelling is the other with one letter typed twice ("Ryaan", "Mattiis", "Sunnak")."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1))


def embedded_post(text: str) -> bool:
    """True for a paragraph that is an embedded social-media post: its signature line ("— Name
    (@handle) March 1, 2022") or a picture link (pic.twitter.com/...)."""
    return ("(@" in text and _EMBED_SIGNATURE.search(text) is not None) or "pic.twitter.com/" in text


def extract(document: "Document") -> list[NameMention]:
    """Every name mention of the document, in order."""
    words = name_words(document)
    headlines = document.headlines
    mentions: list[NameMention] = []
    paragraphs = document.paragraphs
    posts = [embedded_post(p.text) for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        # A post's text, then its signature on a line of its own ("— Name (@handle) date").
        signed_below = index + 1 < len(paragraphs) and posts[index + 1] and paragraphs[index + 1].text.lstrip()[:1] in "—–-"
        embedded = posts[index] or signed_below
        for match in _SEQUENCE.finditer(document.text, paragraph.start, paragraph.end):
            offset = match.start()
            written = match.group()
            if "&" in written or "<" in written or "*" in written or "_" in written:
                written = _INLINE_MARKUP.sub(lambda m: " " * len(m.group()), written)
            tokens = [NameToken(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(written)]
            # Lower-case words inside the run must be particles, or the run splits there.
            for run in _split_on_lowercase(tokens, words.particles):
                mention = _mention(document, run, words, paragraph.start, headlines)
                if mention is not None:
                    mentions.append(replace(mention, embedded=True) if embedded else mention)
    return mentions


def _split_on_lowercase(tokens: list[NameToken], particles: frozenset[str]) -> list[list[NameToken]]:
    runs: list[list[NameToken]] = [[]]
    for token in tokens:
        if token.text[:1].islower() and token.text not in particles:
            runs.append([])
        else:
            runs[-1].append(token)
    return [run for run in runs if run]


def _mention(
    document: "Document",
    tokens: list[NameToken],
    words: NameWords,
    paragraph_start: int,
    headlines: set[int],
) -> NameMention | None:
    title: list[str] = []
    # Leading titles, sentence openers and particles are not part of the name.
    while tokens and (
        _is_title(tokens[0].text, words)
        or tokens[0].text in words.not_names
        or tokens[0].text[:1].islower()
    ):
        if _is_title(tokens[0].text, words):
            title.append(tokens[0].text)
        tokens = tokens[1:]
    # A title inside the run ("Chinese President Xi Jinping") starts the name after it.
    for index in range(len(tokens) - 2, -1, -1):
        if _is_title(tokens[index].text, words) and any(not t.is_initial for t in tokens[index + 1 :]):
            title = [t.text for t in tokens[: index + 1]]
            tokens = tokens[index + 1 :]
            break
    while tokens and (tokens[-1].text[:1].islower() or tokens[-1].is_initial):
        tokens = tokens[:-1]
    if not tokens or all(t.is_initial for t in tokens):
        return None
    sentence_initial = _opens_sentence(document.text, tokens[0].start, paragraph_start)
    line = document.position(tokens[0].start)[0]
    following = document.text[tokens[-1].end : tokens[-1].end + 3]
    return NameMention(
        tokens=tuple(tokens),
        title=" ".join(title),
        sentence_initial=sentence_initial,
        headline=line in headlines,
        possessive=bool(_POSSESSIVE.match(following)),
    )


def _is_title(text: str, words: NameWords) -> bool:
    """A title word ("President", "Mr."), or titles joined by hyphens ("Secretary-General", "Vice-President")."""
    text = text.rstrip(".")
    return text in words.titles or ("-" in text and all(part in words.titles for part in text.split("-")))


def _opens_sentence(text: str, offset: int, paragraph_start: int) -> bool:
    """True when ``offset`` starts its paragraph or follows a full stop, question or exclamation
    mark or colon, with only quotes, dashes, brackets and spaces between (cheaper than splitting
    sentences, and the same on names: an abbreviation before a name is a title, split off already)."""
    before = _OPENER_SKIP.match(text[max(paragraph_start, offset - 40) : offset][::-1])
    position = offset - (before.end() if before else 0)
    return position <= paragraph_start or text[position - 1] in ".!?:"
