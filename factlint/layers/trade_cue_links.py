"""The cue reader's rules for a party that a verb links to another (see ``trade_cues``): the
object of a supply verb ("Qatar supplies Kuwait with LNG", "Brazil sold China 1 million tonnes of
corn") and the one overtaken in a role ("Iraq overtook Saudi Arabia as India's top oil supplier")."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_after, goods_word, token_before
from factlint.layers.trade_cue_nouns import role_noun_after
from factlint.layers.trade_cue_words import BUYS, PREPOSITIONS, Cues, Found, Group, Token

# Verbs whose first object is the buyer: "supplies Kuwait with LNG", "sold China 1 million tonnes".
_GIVING = frozenset({"supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing", "sell", "sells", "sold", "selling", "ship", "ships", "shipped", "send", "sends", "sent", "offer", "offers", "offered", "furnish", "furnishes", "furnished"})

# Verbs of taking another's place in a role: "X overtook Y as the top supplier".
_OVERTAKING = frozenset({"overtook", "overtakes", "overtaken", "overtaking", "overtake", "replaced", "replaces", "replace", "replacing", "surpassed", "surpasses", "displaced", "displaces", "supplanted", "ousted", "unseated", "edged", "beat"})


def by_object(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """The party right after a supply verb, before "with" or the goods: the buyer."""
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    verb = token_before(tokens, group.first, first)
    if verb < first or tokens[verb].low not in _GIVING:
        return None
    after = group.last + 1
    if after >= last:
        return None
    if tokens[after].low == "with":
        return BUYS, goods_after(tokens, after, last, cues), "object", None
    word = tokens[after]
    if word.mention is None and (word.text[:1].isdigit() or (goods_word(word) and word.low not in PREPOSITIONS | cues.aux | cues.clause_words | {"and", "or", "that", "which"})):
        return BUYS, goods_after(tokens, group.last, last, cues, verb=True), "object", None
    return None


def by_overtaking(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """ "X overtook Y as Z's top supplier": X and Y in the role of the noun after "as"."""
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    before = token_before(tokens, group.first, first)
    if before >= first and tokens[before].low in _OVERTAKING:  # the one overtaken
        as_ = group.last + 1
    else:
        verb = group.last + 1
        while verb < last and tokens[verb].low in ("has", "have", "had", "now", "since", "recently", "already", "also"):
            verb += 1
        if verb >= last or tokens[verb].low not in _OVERTAKING:
            return None
        # the one who overtook
        other = verb + 1 + (verb + 1 < last and tokens[verb + 1].low == "the")
        if other not in group_at:
            return None
        as_ = groups[group_at[other]].last + 1
    if as_ >= last or tokens[as_].low != "as":
        return None
    return role_noun_after(tokens, groups, group_at, as_ + 1, last, True, cues)
