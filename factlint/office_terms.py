"""An officeholder's terms as the office-date check reads them: whose terms a mention names, how far
a term is from a date, how a message writes them, and whether an article names the successor; and
the text helpers the check shares (a title's index key, the sentence and paragraph at an offset)."""

from __future__ import annotations

from datetime import date
from collections.abc import Mapping
from typing import TYPE_CHECKING

import regex

from factlint import patterncache
from factlint.layers.names import NameMention, name_key_words
from factlint.editdistance import within
from factlint.layers.offices import Officeholders, Term

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.knowledge import Knowledge
    from factlint.layers.countries import Gazetteer

_INITIAL = patterncache.compile(r"\b(\p{Lu})\.")


def same_person(terms: list[Term], mention: NameMention) -> list[Term] | None:
    """The terms of the one person the mention names: the initials it writes pick among people
    with the same name words ("George W. Bush", "George H. W. Bush"); without them, None when the
    terms belong to several people."""
    written = tuple(t.text.rstrip(".") for t in mention.tokens if t.is_initial)
    names = {t.name for t in terms}
    if len(names) <= 1:
        return terms
    if written:
        chosen = [t for t in terms if tuple(_INITIAL.findall(t.name)) == written]
        if len({t.name for t in chosen}) == 1:
            return chosen
    return None


def successor_named(document: "Document", holders: list[Term]) -> bool:
    """True when the article names a person who held the office on its date."""
    surnames = {name_key_words(t.name)[-1] for t in holders if name_key_words(t.name)}
    return any(w.key in surnames for m in document.names for w in m.words)


def distance(term: Term, when: date) -> int:
    """Days from the term to ``when`` (0 inside it)."""
    if when < term.start:
        return (term.start - when).days
    return (when - term.end).days if term.end is not None else 0


def spans_text(terms: list[Term]) -> str:
    """The terms' spans in date order, for a message ("from 2021-12-08 to 2025-05-06")."""
    return " and ".join(t.span() for t in sorted(terms, key=lambda t: t.start))


def holders_text(terms: list[Term]) -> str:
    """Who held the terms, with their spans, in date order, for a message."""
    return " and ".join(f"{t.name} ({t.span()})" for t in sorted(terms, key=lambda t: t.start))


def person_in_data(mention: NameMention, index: Officeholders, aliases: Mapping[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...] | None:
    """The data's key of the person the mention names, directly or through an alias, or None."""
    keys = tuple(w.key for w in mention.words)
    if keys in index.by_person:
        return keys
    return aliases.get(keys)


def reversed_person(mention: NameMention, index: Officeholders) -> tuple[str, ...] | None:
    """The person of the data a two-word name written surname first names ("Ishiba Shigeru",
    "Xi Jinping" is the data's own order), or None."""
    keys = tuple(w.key for w in mention.words)
    return keys[::-1] if len(keys) == 2 and keys[::-1] in index.by_person else None


def roster_aliases(knowledge: "Knowledge", index: Officeholders) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Accepted forms of the names roster (``people``: "Tony Blinken") mapped to the data's name."""
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for entry in (knowledge.get("people") or {}).get("people") or []:
        canonical = name_key_words(str(entry.get("name", "")))
        if canonical in index.by_person:
            for form in entry.get("also") or []:
                aliases.setdefault(name_key_words(str(form)), canonical)
    return aliases


def misspelt_person(mention: NameMention, index: Officeholders) -> tuple[str, ...] | None:
    """The one person of the data whose surname the mention shares and whose given name is one
    letter off its own ("Anthony Blinken" for Antony Blinken), which names/known-misspelling reports."""
    keys = tuple(w.key for w in mention.words)
    if len(keys) != 2 or len(keys[0]) < 4:
        return None
    found = [p for p in index.by_surname.get(keys[-1], ()) if len(p) == 2 and within(p[0], keys[0], 1)]
    return found[0] if len(found) == 1 else None


def holds_other_office(index: Officeholders, person: tuple[str, ...], titled: set[str], when: date) -> bool:
    """True when the data has the person in another office on ``when``."""
    return any(t.office.id not in titled and t.office.reliable and t.surely_covers(when) for t in index.by_person[person])


def title_key(title: str) -> str:
    """A title as the index reads it: lower case, hyphens as spaces ("NATO Secretary-General")."""
    return " ".join(title.lower().replace("-", " ").split())


_OFFICIAL = patterncache.compile(
    r"(?i)^(?:(?:federal|islamic|people['’]s|democratic|socialist|arab|united|federative|bolivarian|plurinational)\s+)*"
    r"(?:republic|kingdom|state|federation|commonwealth|confederation)\s+of\s+(?:the\s+)?"
)


def country_code(places: "Gazetteer", written: str) -> str | None:
    """The country code of a country's name as copy writes it after "of": its name ("France", "the
    United Kingdom"), its official name ("the Republic of Turkey", "the Federal Republic of Germany",
    "the French Republic", "the United Kingdom of Great Britain and Northern Ireland"), or None."""
    words = written.split()
    found = places.lookup(" ".join(words))
    if found is None and _OFFICIAL.match(written):
        found = places.lookup(_OFFICIAL.sub("", " ".join(words)))
    for size in range(len(words) - 1, 0, -1):  # "United Kingdom of Great Britain ...", "French Republic"
        if found is not None:
            break
        if words[size].lower() in ("of", "republic", "federation") and words[-1].lower() not in ("party", "union", "federation", "league"):
            found = places.lookup(" ".join(words[:size]))
    return found[0].code if found is not None else None


def institution_possessive(tokens: list[regex.Match[str]]) -> bool:
    """True after "the country's", "the organisation's", "its": the title is the institution's own."""
    words = [t.group() for t in tokens[-2:]]
    if words and words[-1].lower() == "its":
        return True
    return len(words) == 2 and words[0].lower() == "the" and words[1][:1].islower() and words[1].endswith(("'s", "’s"))


def speaks_of_now(present: "regex.Pattern[str] | None", document: "Document", end: int) -> bool:
    """True when the words right after the titled name are in the present ("has said", "says", "will")."""
    if present is None:
        return False
    following = document.text[end : end + 60]
    following = following[following.startswith(",") :]  # "Olaf Scholz, has said": the apposition's comma
    return present.match(following.lstrip(" \t\u00a0")) is not None


def paragraph_at(document: "Document", offset: int) -> str:
    for span in document.paragraphs:
        if span.start <= offset < span.end:
            return span.text
    return sentence_at(document, offset)


def sentence_span_at(document: "Document", offset: int) -> tuple[int, str]:
    for span in document.sentences:
        if span.start <= offset < span.end:
            return span.start, span.text
    start = max(0, offset - 200)
    return start, document.text[start : offset + 200]


def sentence_at(document: "Document", offset: int) -> str:
    for span in document.sentences:
        if span.start <= offset < span.end:
            return span.text
    return document.text[max(0, offset - 200) : offset + 200]
