"""An officeholder's terms as the office-date check reads them: whose terms a mention names, how far
a term is from a date, how a message writes them, and whether an article names the successor."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import regex

from factlint.layers.names import NameMention, name_key_words
from factlint.layers.offices import Term

if TYPE_CHECKING:
    from factlint.document import Document

_INITIAL = regex.compile(r"\b(\p{Lu})\.")


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
