"""The words of a trade/reversed-direction message: how a party is named, a quote shortened, the
fix made by a swap of words (the two countries, or the role word of a one-party statement)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint import patterncache
from factlint.layers.trade import Party, Relation, TradeLedger

if TYPE_CHECKING:
    from factlint.document import Document

__all__ = ["called", "cite", "role_swap", "shorten", "shorten_to_preposition", "swap"]

_ARTICLE_BEFORE = patterncache.compile(r"(?:^|(?<=\s))[Tt]he\s+$")

# Names that take "the" when the country's display name does ("the United States", "the Netherlands"):
# the display name itself, an initialism ("U.S.", "UAE") or a name of a union, kingdom or states.
_NEEDS_THE = patterncache.compile(r"(?:\p{Lu}\.?){2,5}|(?:United|Democratic|Republic|Kingdom)\b.*|.*\b(?:States|Kingdom|Emirates|Union|Republic|Islands)")


def called(party: Party) -> str:
    """How a message names a party: "the United States" for "United States", "Mexico", "the U.S."."""
    display = party.entity.display
    if party.form == "name" and display.startswith("the ") and (party.name == display[4:] or _NEEDS_THE.fullmatch(party.name)):
        return "the " + party.name
    return party.name


def cite(document: "Document", relation: Relation) -> str:
    line, _ = document.position(relation.start)
    return f'line {line}: "{shorten(relation.quote, 4, 3)}"'


def shorten(text: str, keep_first: int, keep_last: int) -> str:
    words = text.split()
    if len(words) <= keep_first + keep_last + 1:
        return " ".join(words)
    return " ".join(words[:keep_first]) + " ... " + " ".join(words[-keep_last:])


def shorten_to_preposition(text: str) -> str:
    """ "imported in the last quarter of 2023 from Russia" -> "imported ... from Russia"."""
    words = text.split()
    last_from = max((i for i, word in enumerate(words) if word.lower() == "from"), default=len(words) - 2)
    middle = " ... " if last_from > 1 else " "
    return words[0] + middle + " ".join(words[last_from:])


def swap(quote: str, offset: int, one: Party, two: Party) -> str | None:
    """The quote with the two parties' words exchanged, when both are names or capitals, or both adjectives."""
    if (one.form == "adjective") != (two.form == "adjective"):  # two names, or two adjectives ("Indian purchases of Iraqi crude")
        return None
    first, second = sorted((one, two), key=lambda party: party.start)
    a0, a1 = first.start - offset, first.end - offset
    b0, b1 = second.start - offset, second.end - offset
    if not (0 <= a0 < a1 <= b0 < b1 <= len(quote)):
        return None
    a0, b0 = _with_article(quote, a0), _with_article(quote, b0)  # "The United States sold ... to Mexico"
    one_text, two_text = quote[a0:a1], quote[b0:b1]
    if a0 == 0:  # the name moving to the start takes the capital, the one leaving it gives it up
        two_text = two_text[:1].upper() + two_text[1:]
        one_text = "the " + one_text[4:] if one_text.startswith("The ") else one_text
    return quote[:a0] + two_text + quote[a1:b0] + one_text + quote[b1:]


def _with_article(quote: str, start: int) -> int:
    """Where a name starts with the "the" written before it."""
    found = _ARTICLE_BEFORE.search(quote, 0, start)
    return found.start() if found else start


def role_swap(quote: str, relation: Relation, ledger: TradeLedger) -> str | None:
    """The quote with the word that gives the role swapped ("imported by" -> "exported by")."""
    if relation.role_span is None:
        return None
    start, end = relation.role_span[0] - relation.start, relation.role_span[1] - relation.start
    swapped = ledger.role_swap(quote[start:end])
    return quote[:start] + swapped + quote[end:] if swapped else None
