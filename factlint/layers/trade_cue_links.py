"""The cue reader's rules for a party that a verb links to another (see ``trade_cues``): the
object of a supply verb ("Qatar supplies Kuwait with LNG", "Brazil sold China 1 million tonnes of
corn") and the one overtaken in a role ("Iraq overtook Saudi Arabia as India's top oil supplier")."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_after, goods_word, token_before
from factlint.layers.trade_cue_nouns import role_noun_after
from factlint.layers.trade_cue_words import BUYS, FINDING, PREPOSITIONS, SELLS, TAKERS, Cues, Found, Group, Token

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
    subject = verb - 1
    while subject >= first and tokens[subject].low in cues.aux:
        subject -= 1
    if verb != first and (subject < first or not any(g.last == subject for g in groups)):
        return None  # "Last year delivered the USA vehicles ... to Germany": the subject follows the verb (a clause that opens with its verb has the subject of the one before)
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


# Time words that may open a clause of translated copy before its verb: "Last year delivered the USA ...".
_TIMES = frozenset({"year", "years", "month", "months", "season", "week", "quarter", "half", "today", "yesterday", "recently", "then", "now", "annually", "decade"})


def by_verb_second(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """ "Last year delivered the USA vehicles ... to Germany", "In 2023 exported Chile cherries":
    a time phrase, then the trade verb, then its subject (word order of translated copy)."""
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    verb = token_before(tokens, group.first, first)
    if verb - 1 < first or not (tokens[verb].low in cues.sell_verbs or tokens[verb].low in cues.buy_verbs):
        return None
    time = tokens[verb - 1]
    if not (time.low in _TIMES or (time.text.isdigit() and len(time.text) == 4)) or any(g.last < verb for g in groups):
        return None
    role = SELLS if tokens[verb].low in cues.sell_verbs else BUYS
    return role, goods_after(tokens, group.last, last, cues, verb=True), "verb-second", None



def by_finding_buyers(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """ "Argentine soymeal found a ready buyer in Vietnam", "Nigeria's crude found buyers in India and
    Spain", "Georgian wine finds most of its buyers in Russia": the party after "in"/"among" buys."""
    group = groups[n]
    before = group.members[0] - 1 - (tokens[group.members[0] - 1].low == "the")  # "buyers in India" may be one actor party
    if group.kind not in ("name", "actor") or before < first or tokens[before].low not in ("in", "among"):
        return None
    noun = before - 1
    if noun < first or tokens[noun].low not in TAKERS:
        return None
    verb = next((i for i in range(noun - 1, max(first - 1, noun - 6), -1) if tokens[i].low in FINDING), None)
    if verb is None:
        return None
    end = verb
    while end > first and tokens[end - 1].low in cues.aux and tokens[end - 1].mention is None:
        end -= 1  # "Argentine beef now finds its largest market in China"
    start = end
    while start > first and goods_word(tokens[start - 1]) and tokens[start - 1].low not in PREPOSITIONS | cues.aux:
        start -= 1
    if start == end or start - 1 < first or tokens[start - 1].mention is None:
        return None  # the goods are named by their origin ("Argentine soymeal"), not "the investigators found the buyers"
    return BUYS, (start, end), "finds-buyers", None
