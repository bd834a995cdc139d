"""Gapped clauses for the cue reader (see ``trade_cues``): a clause after "and", "while" or a comma
that leaves out the verb of the clause before it, and sometimes its goods or its subject.

- "India buys oil from Russia and China from Iran": China buys oil from Iran (a new subject);
- "India buys oil from Russia and coal from Australia": India buys coal from Australia (new goods);
- "Russia sold wheat to Egypt, and Ukraine barley to Turkey": both new;
- "Egypt imported wheat from Russia in 2023 and from Ukraine in 2022": only the party.

The remnant is [party] [goods] from/to PARTY [a short tail without a verb]; the clause before it must
hold a trade verb with its subject before it and the same preposition after it. The remnant is then
read as that clause with the remnant's words in their places.
"""

from __future__ import annotations

from dataclasses import replace

from factlint.layers.trade_cue_words import PREPOSITIONS, Cues, Token

_GAP_PREPOSITIONS = frozenset({"from", "to"})
_TAIL = 6  # tokens a remnant may have after its party ("last year", "in 2023")


def _verbs(cues: Cues) -> frozenset[str]:
    return cues.sell_verbs | cues.buy_verbs


def remnant(tokens: list[Token], first: int, last: int, cues: Cues) -> tuple[int | None, tuple[int, int], int] | None:
    """The parts of a gapped remnant in ``tokens[first:last]``: the subject's token (or None), the
    goods range (empty when none) and the index of its preposition; None when it is no remnant."""
    index = first
    subject = None
    if index < last and tokens[index].mention is not None:
        if tokens[index].mention.possessive:  # type: ignore[union-attr]
            return None  # "and Russia's from Iran": no gapped subject
        subject, index = index, index + 1
    goods_first = index
    while index < last and tokens[index].low not in _GAP_PREPOSITIONS:
        token = tokens[index]
        if token.mention is not None or token.low in _verbs(cues) or token.low in cues.aux or token.low in cues.be or token.low in cues.move_verbs:
            return None  # a verb of its own, or a second party: a clause, not a remnant
        if token.low in PREPOSITIONS - {"of"} or not (token.text[:1].isalnum() or token.text in ",.%$"):
            return None
        index += 1
    goods = (goods_first, index)
    if index >= last:
        return None
    party = index + 1 + (index + 1 < last and tokens[index + 1].low == "the")
    if party >= last or tokens[party].mention is None:
        return None
    tail = tokens[party + 1:last]
    if len(tail) > _TAIL or any(t.mention is not None or t.low in _verbs(cues) or t.low in cues.be or t.low in cues.move_verbs for t in tail):
        return None
    return subject, goods, index


def follows(tokens: list[Token], index: int, cues: Cues) -> bool:
    """``tokens[index]`` ("and") opens a gapped remnant that runs to the next strong mark or the end,
    after a clause with the same preposition before a party ("... from Russia and China from Iran",
    not "buys coal and LNG from Australia")."""
    end = index + 1
    while end < len(tokens) and tokens[end].text not in ",;:()—–" and tokens[end].low not in ("and", "but", "while"):
        end += 1
    found = remnant(tokens, index + 1, end, cues)
    if found is None:
        return False
    start = index - 1
    while start > 0 and tokens[start - 1].text not in ",;:()—–":
        start -= 1
    return any(tokens[i].low == tokens[found[2]].low and _party_at(tokens, i + 1, index) for i in range(start, index))


def filled(tokens: list[Token], before: tuple[int, int], gap: tuple[int, int], cues: Cues) -> list[Token] | None:
    """The remnant ``tokens[gap]`` with the verb (and the subject or goods it leaves out) of the
    clause ``tokens[before]``; None when the two are no such pair."""
    found = remnant(tokens, *gap, cues)
    if found is None:
        return None
    subject, goods, preposition = found
    first, last = before
    at = next((i for i in range(first, last - 1) if tokens[i].low == tokens[preposition].low and _party_at(tokens, i + 1, last)), None)
    if at is None:
        return None
    verb = next((i for i in range(at - 1, first - 1, -1) if tokens[i].low in _verbs(cues)), None)
    if verb is None:
        return None
    own = next((i for i in range(verb - 1, first - 1, -1) if tokens[i].mention is not None), None)
    if own is None or any(tokens[i].low in cues.be for i in range(own + 1, verb)):
        return None  # no subject before the verb, or a passive ("was sold to Egypt"): the remnant's parts have no places
    head = [tokens[subject]] if subject is not None else tokens[first:own + 1]
    middle = tokens[own + 1:verb + 1]
    objects = tokens[goods[0]:goods[1]] if goods[1] > goods[0] else tokens[verb + 1:at]
    return [replace(token) for token in (*head, *middle, *objects, *tokens[preposition:gap[1]])]


def _party_at(tokens: list[Token], index: int, last: int) -> bool:
    index += index < last and tokens[index].low == "the"
    return index < last and tokens[index].mention is not None
