"""The cue reader's owners of goods (see ``trade_cues``): a possessive before a country adjective
("India's Russian oil purchases": the possessive buys, the adjective is the origin), the party of a
contact relative after a share ("60% of the salmon France imports"), and a name before goods that move
to a party ("most US corn goes to Mexico"); the goods and party of a translated "de" ("the market for the
shrimp of Ecuador", "first supplier of Morocco in phosphoric acid")."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_word
from factlint.layers.trade_cue_words import PREPOSITIONS, Cues, Group, Token


def moves_to_party(tokens: list[Token], index: int, last: int, group_at: Mapping[int, int], cues: Cues) -> bool:
    """A verb of motion at ``index`` (over auxiliaries), then "to"/"into" and a country: "goes to Mexico"."""
    while index < last and tokens[index].low in cues.aux:
        index += 1
    if index + 1 >= last or tokens[index].low not in cues.move_verbs:
        return False
    at = index + 1 + (tokens[index + 1].low == "up")
    if at + 1 >= last or tokens[at].low not in ("to", "into"):
        return False
    return at + 1 + (tokens[at + 1].low == "the") in group_at


def origin_after_owner(tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], n: int, first: int) -> tuple[int, int] | None:
    """(owner, adjective) group indexes when group ``n`` is a possessive right before a country
    adjective ("India's Russian") or that adjective; None otherwise."""
    group = groups[n]
    if group.kind == "poss":
        after = group.last + 1
        return (n, group_at[after]) if after in group_at and groups[group_at[after]].kind == "adj" else None
    before = group.first - 1
    if group.kind == "adj" and before >= first and before in group_at and groups[group_at[before]].kind == "poss" and groups[group_at[before]].last == before:
        return group_at[before], n
    return None


def buying_noun_after(tokens: list[Token], index: int, last: int, cues: Cues) -> tuple[int, int] | None:
    """The goods before a buying noun after ``index`` ("Russian [oil] purchases"), up to three words; None when there is none."""
    for probe in range(index + 1, min(last, index + 5)):
        token = tokens[probe]
        if token.mention is not None or not token.text[:1].isalpha() or token.low in PREPOSITIONS | cues.aux | cues.sell_nouns:
            return None
        if token.low in cues.buy_nouns:
            return (index + 1, probe) if probe > index + 1 else None
    return None


def contact_buyer(tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], at: int, last: int, cues: Cues) -> int | None:
    """The party of a contact relative clause after the goods of a share: "most of the nuts Italy
    imports", "60% of the salmon France buys" (goods words, a named party, a buying verb)."""
    probe = at
    while probe < last and probe < at + 3 and tokens[probe].mention is None and goods_word(tokens[probe]) and tokens[probe].low not in PREPOSITIONS | cues.aux:
        probe += 1
    if probe == at or probe not in group_at or groups[group_at[probe]].kind not in ("name", "actor"):
        return None
    verb = groups[group_at[probe]].last + 1
    while verb < last and tokens[verb].low in cues.aux:
        verb += 1
    return group_at[probe] if verb < last and tokens[verb].low in cues.buy_verbs | _USING else None


# Verbs of using up what was bought, in a contact relative after a share: "the nuts Italy consumes".
_USING = frozenset({"consumes", "consumed", "uses", "used", "needs", "burns", "eats", "drinks", "processes", "refines", "roasts", "grinds"})


def goods_of_party(tokens: list[Token], start: int, last: int) -> tuple[int, int] | None:
    """Goods words from ``start`` up to "of (the) X" with X a named country ("the shrimp of Ecuador"), or None."""
    end = start
    while end < last and end < start + 3 and goods_word(tokens[end]) and tokens[end].low not in PREPOSITIONS:
        end += 1
    party = end + 1 + (end + 1 < last and tokens[end + 1].low == "the")
    if end == start or end >= last or tokens[end].low != "of" or party >= last or tokens[party].mention is None:
        return None
    return (start, end) if tokens[party].mention.form == "name" and not tokens[party].mention.possessive else None


def of_party_in_goods(tokens: list[Token], group_at: Mapping[int, int], groups: list[Group], noun: int, last: int) -> tuple[int, tuple[int, int]] | None:
    """After a role noun, "of (the) X in G" (French and Spanish "de X en G"): X's group and the goods."""
    at = noun + 1
    if at + 3 >= last or tokens[at].low != "of":
        return None
    party = at + 1 + (tokens[at + 1].low == "the")
    if party not in group_at or groups[group_at[party]].kind != "name":
        return None
    after = groups[group_at[party]].last + 1
    if after + 1 >= last or tokens[after].low != "in" or not goods_word(tokens[after + 1]) or tokens[after + 1].low == "the":
        return None
    end = after + 1
    while end < last and end < after + 5 and goods_word(tokens[end]) and tokens[end].low not in PREPOSITIONS and tokens[end].mention is None:
        end += 1
    return group_at[party], (after + 1, end)
