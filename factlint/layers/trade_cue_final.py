"""Verb-final clauses of translated copy (German, Turkish, Japanese orders; see ``trade_cues``): the
subject first, then from/to phrases, the amount and the goods, and the trade verb last:

- "Germany has from the Netherlands about 30 billion cubic metres gas obtained": Germany buys, the
  Netherlands sells;
- "The Brazilian exporters have about 2.9 million sacks to Germany shipped": Brazil sells, Germany buys;
- "Italy in the season from Türkiye approximately 95 thousand tonnes of shelled hazelnut imported".

The clause must end at the verb (or at a time phrase after it); everything between the subject and the
verb is an auxiliary, a from/to phrase with its party, or words of an amount and goods.
"""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_words import BUYS, PREPOSITIONS, SELLS, Cues, Found, Group, Token, skip_time

_GETTING = frozenset({"obtained", "received", "acquired", "got", "gotten", "sourced"})
_AMOUNT_WORDS = frozenset({"about", "around", "some", "approximately", "over", "more", "than", "nearly", "almost", "roughly", "up", "of", "the", "a", "an", "its", "their"})
_ENDS = frozenset({",", ".", ";", ":", "!", "?"})


def _final_verb(tokens: list[Token], start: int, last: int, cues: Cues) -> tuple[int, tuple[int, int]] | None:
    """The trade verb that closes the clause after ``start``, and the longest run of amount and goods
    words before it (not the auxiliaries, from/to phrases and parties)."""
    best = run = (start, start)
    probe = start
    while probe < last:
        token = tokens[probe]
        word = token.low
        if skip_time(tokens, probe, last) > probe:
            probe = skip_time(tokens, probe, last)  # "Türkiye in the season in question to 110 countries hazelnut exported"
            best, run = max(best, run, key=lambda r: r[1] - r[0]), (probe, probe)
            continue
        if word in cues.sell_verbs | cues.buy_verbs | _GETTING and token.mention is None and probe > start:
            after = skip_time(tokens, probe + 1, last)
            closed = after >= last or tokens[after].text in _ENDS or tokens[after].low in cues.clause_words
            return (probe, max(best, run, key=lambda r: r[1] - r[0])) if closed else None
        if token.mention is not None:
            if probe == start or tokens[probe - 1].low not in ("from", "to", "the"):
                return None  # a second subject, or a party of something else
            probe = (token.group_last if token.group_last is not None else probe) + 1
            best, run = max(best, run, key=lambda r: r[1] - r[0]), (probe, probe)
            continue
        if word in ("from", "to") and probe + 2 < last and (tokens[probe + 1].text[:1].isdigit() or tokens[probe + 1].low in ("many", "several", "other", "some")):
            probe += 3  # "to 110 countries hazelnut exported": destinations, no goods
            best, run = max(best, run, key=lambda r: r[1] - r[0]), (probe, probe)
            continue
        if word in ("from", "to") or word in cues.aux | cues.be:
            probe += 1
            best, run = max(best, run, key=lambda r: r[1] - r[0]), (probe, probe)
            continue
        lower = token.text[:1].islower() and word not in PREPOSITIONS - {"of"}
        if not (lower or word in _AMOUNT_WORDS or token.text[:1].isdigit() or token.text in "%$€£" or (token.text.isupper() and len(token.text) > 1)):
            return None
        probe += 1
        run = (run[0], probe)
    return None


def verb_final(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """The role of the subject, or of a from/to party, of a verb-final clause; None when the clause is none."""
    subject = groups[0]
    opening = next((i + 1 for i in range(subject.first - 1, first - 1, -1) if tokens[i].text == ","), first)  # "According to the data, Türkiye ..."
    if subject.kind not in ("name", "actor") or any(tokens[i].text[:1].isalnum() and tokens[i].low != "the" for i in range(opening, subject.first)):
        return None
    start = subject.last + 1
    if start < last and tokens[start].text == ",":  # "Italy, Turkish hazelnut's biggest buyer country, ... imported"
        close = next((i for i in range(start + 1, min(last, start + 12)) if tokens[i].text == ","), None)
        start = close + 1 if close is not None else start
        if n != 0 and close is not None and groups[n].last < close:
            return None  # a party of the appositive takes its role from there
    found = _final_verb(tokens, start, last, cues)
    if found is None:
        return None
    verb, (goods_first, goods_last) = found
    sells = tokens[verb].low in cues.sell_verbs
    goods_end = next((i for i in range(goods_first, goods_last) if tokens[i].low == "of" and i + 1 < goods_last and tokens[i + 1].text[:1].isdigit()), goods_last)
    goods = (goods_first, goods_end) if goods_end > goods_first else None  # "2.9 million sacks of 60 kilograms": the sacks
    group = groups[n]
    if n == 0:
        return (SELLS if sells else BUYS), goods, "verb-final", None
    preposition = tokens[group.first - 1 - (tokens[group.first - 1].low == "the")].low
    if preposition == "from":
        return SELLS, goods, "verb-final", None
    if preposition == "to" and sells:
        return BUYS, goods, "verb-final", None
    return None


def from_before_goods(tokens: list[Token], cues: Cues) -> list[Token]:
    """A from-phrase between a possessive and its trade noun (Turkish order) moves after the noun:
    "Türkiye's from Italy hazelnut import" -> "Türkiye's hazelnut import from Italy"."""
    for index in range(len(tokens) - 4):
        mention = tokens[index].mention
        if mention is None or not mention.possessive or tokens[index + 1].low != "from":
            continue
        party = index + 2 + (tokens[index + 2].low == "the")
        if tokens[party].mention is None:
            continue
        noun = party + 1
        while noun < len(tokens) and noun <= party + 3 and tokens[noun].text[:1].islower() and tokens[noun].low not in cues.trade_nouns | cues.sell_nouns | cues.buy_nouns:
            noun += 1
        if noun == party + 1 or noun >= len(tokens) or tokens[noun].low not in cues.sell_nouns | cues.buy_nouns:
            continue
        return [*tokens[:index + 1], *tokens[party + 1:noun + 1], *tokens[index + 1:party + 1], *tokens[noun + 1:]]
    return tokens


def cleft(tokens: list[Token]) -> list[Token] | None:
    """A cleft on a party: "It is Qatar that supplies the bulk of Pakistan's LNG" -> "Qatar supplies ..."."""
    if len(tokens) < 5 or tokens[0].low != "it" or tokens[1].low not in ("is", "was"):
        return None
    party = 2 + (tokens[2].low == "the")
    if tokens[party].mention is None or tokens[party].mention.possessive:
        return None
    pronoun = party + 1
    if pronoun >= len(tokens) or tokens[pronoun].low not in ("that", "which", "who"):
        return None
    return [tokens[party], *tokens[pronoun + 1:]]


def genitive_role(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """An origin adjective before goods in the genitive and a role noun (Turkish order): "Turkish
    hazelnut's biggest buyer country" is the biggest buyer of Turkish hazelnut, so Turkey sells."""
    group = groups[n]
    if group.kind != "adj":
        return None
    probe = group.last + 1
    while probe < last and probe <= group.last + 3 and tokens[probe].text[:1].islower() and not tokens[probe].low.endswith(("'s", "’s")):
        probe += 1
    if probe >= last or probe == group.last + 4 or not tokens[probe].low.endswith(("'s", "’s")):
        return None
    probe += 1
    while probe < last and probe <= group.last + 8 and tokens[probe].low in cues.copula:
        probe += 1
    role = cues.noun_role(tokens[probe].low) if probe < last else None
    if role is None:
        return None
    return (SELLS if role == BUYS else BUYS), None, "genitive", None
