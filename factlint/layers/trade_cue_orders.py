"""The cue reader's word orders of translated copy (see ``trade_cues``): a from/to phrase put
first ("From Kazakhstan to France the uranium is delivered ...", "To Turkey from Ukraine are
delivered ..."), and a participle put last ("... tonnes of coffee to German importers
delivered", "The Chilean copper is by China in large volume bought")."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_after, goods_word, token_before
from factlint.layers.trade_cue_words import BUYS, PARTICIPLE, PREPOSITIONS, SELLS, Cues, Group, Token, ranked_source

# Words a translated participle may stand behind: "by China in large volume bought", "by Saudi Arabia the most bought".
_FILLERS = frozenset({"in", "large", "big", "great", "growing", "small", "volume", "volumes", "quantity", "quantities", "amounts", "the", "most", "much", "very", "more", "also", "mainly", "mostly", "especially", "above", "all", "already", "now", "still", "and", "increasingly", "so", "far"})


def participle_after(tokens: list[Token], group: Group, last: int, cues: Cues) -> str | None:
    """SELLS or BUYS for the trade participle that closes a phrase after a party ("to Russia
    exported" -> the exporting participle), over a few filler words; None when there is none."""
    probe = group.last + 1
    while probe < last and probe <= group.last + 4 and tokens[probe].low in _FILLERS:
        probe += 1
    if probe >= last or not PARTICIPLE.search(tokens[probe].low):
        return None
    word = tokens[probe].low
    return SELLS if word in cues.sell_verbs else BUYS if word in cues.buy_verbs else None


def fronted(tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], before: int, first: int, last: int, cues: Cues) -> tuple[int, tuple[int, int] | None] | None:
    """For a "from"/"to" at ``before`` that opens the clause (or follows another such phrase
    that does: "To Turkey from Ukraine"), the trade verb after the phrases and the goods; else None."""
    at = before
    while at > first:
        other = next((g for g in groups if g.last == at - 1), None)  # "From Ukrainian ports to Egypt": an actor party ends at its noun
        if other is None:
            return None
        at = token_before(tokens, other.first, first)
        if at < first or tokens[at].low not in ("from", "to", "toward", "towards"):
            return None
    probe = before + 1
    phrases = {tokens[at].low, tokens[before].low}
    while probe < last and (probe in group_at or tokens[probe].low in ("from", "to", "the", "toward", "towards")):
        phrases |= {tokens[probe].low} if tokens[probe].low != "the" and probe not in group_at else set()
        probe = groups[group_at[probe]].last + 1 if probe in group_at else probe + 1
    # both phrases, "From X to Y" or "To Y from X" (not "... to the U.S. reduction in imports")
    both = {"from"} & phrases and {"to", "toward", "towards"} & phrases
    words = (cues.sell_verbs | cues.buy_verbs | cues.move_verbs | cues.subject_sell_verbs) - cues.trade_nouns
    for verb in range(probe, min(last, probe + 12)):
        if tokens[verb].low in words:
            return (verb, _goods_between(tokens, probe, verb, cues) or goods_after(tokens, verb, last, cues, verb=True)) if both else None
        if verb in group_at and tokens[verb - 1].low in ("to", "by"):
            both = both or "from" in phrases  # "From Brazil were 2 million tonnes of soybeans to Chinese crushers delivered"
            continue
        if not (goods_word(tokens[verb]) or tokens[verb].text[:1].isdigit()):
            return None
    return None


_LINKS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "to", "continue", "continues", "continued", "keep", "keeps", "kept", "also", "still", "now", "mostly", "mainly"})


def _goods_between(tokens: list[Token], start: int, verb: int, cues: Cues) -> tuple[int, int] | None:
    """The goods between fronted phrases and their verb: "the uranium (is delivered)", "were 2
    million tonnes of soybeans (to Chinese crushers delivered)"."""
    while start < verb and tokens[start].low in _LINKS | {"the", "a", "an"}:
        start += 1
    end = start
    while end < verb and tokens[end].mention is None and tokens[end].low not in _LINKS and (tokens[end].low == "of" or tokens[end].low not in PREPOSITIONS):
        end += 1
    return (start, end) if end > start else None


def fronted_for(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> tuple[str, tuple[int, int] | None, str, int | None] | None:
    """ "For Angola, China is by far the most important buyer of crude", "For Kenyan flowers, the
    Netherlands is still the No. 1 market": the fronted party takes the other role of the role noun
    after the comma, and the party after the comma that role (a bare "market" counts here)."""
    if tokens[first].low != "for":
        return None
    group = groups[n]
    comma = next((i for i in range(first + 1, min(last, first + 7)) if tokens[i].text == ","), None)
    if comma is None or not groups or groups[0].first > first + 2 or groups[0].last >= comma:
        return None
    if any(tokens[i].mention is None and not goods_word(tokens[i]) for i in range(groups[0].last + 1, comma)):
        return None  # "For Angola[,]" or "For Kenyan flowers[,]": a party and goods words, nothing else
    for probe in range(comma + 1, min(last, comma + 16)):
        word = tokens[probe].low
        role = cues.noun_role(word) or ranked_source(tokens, probe, comma + 1) or (BUYS if word in ("market", "markets") else None)
        if role is None:
            continue
        goods = (groups[0].last + 1, comma) if comma > groups[0].last + 1 else goods_after(tokens, probe, last, cues)
        if n == 0:
            return (BUYS if role == SELLS else SELLS), goods, "fronted-for", None
        if group.first > comma and group.last < probe:
            return role, goods, "fronted-for", None
        return None
    return None


# Past forms without -ed: a clause with one is no verbless fragment.
_PAST = frozenset({"flew", "flies", "fly", "went", "came", "sent", "took", "made", "met", "left", "led", "won", "lost", "gave", "got", "held", "told", "saw", "ran", "spoke", "visited", "arrived", "travelled", "traveled"})


def by_fragment(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> tuple[str, tuple[int, int] | None, str, int | None] | None:
    """A verbless wire fragment: "Kazakh uranium to France: up 15%", "Peru copper to China up 6%",
    "More Namibian grapes for British supermarkets": the origin sells, the one after "to"/"for" buys."""
    verbs = cues.be | cues.sell_verbs | cues.buy_verbs | cues.move_verbs | cues.take_verbs | cues.rely_verbs | cues.change_verbs | _PAST | {"has", "have", "had", "will", "would", "can", "could", "said", "says"}
    stacked = {i for i in range(first + 1, last) if tokens[i - 1].mention is not None and tokens[i].low in cues.sell_nouns | cues.buy_nouns}
    if any(t.low in verbs or (t.low.endswith("ed") and len(t.low) > 4) for i, t in enumerate(tokens[first:last], first) if i not in stacked):
        return None  # a verb: no fragment (but "Brazil soybean to China export volume": a noun after a party, translated)
    if any(tokens[i].low == "to" and tokens[i + 1].text[:1].islower() and tokens[i + 1].low != "the" for i in range(first, last - 1)):
        return None  # "The Brazilian president flew to Beijing to discuss soybean sales": a verb in the clause
    for origin_n, origin in enumerate(groups):
        if origin.kind not in ("adj", "name") or (origin.kind == "name" and len(origin.members) > 1):
            continue
        end = origin.last + 1
        while end < last and end <= origin.last + 3 and goods_word(tokens[end]) and tokens[end].low not in PREPOSITIONS | cues.aux | cues.trade_nouns | {"and", "or"}:
            end += 1
        if end == origin.last + 1 or end >= last or tokens[end].low not in ("to", "for", "toward", "towards"):
            continue
        dest = end + 1 + (end + 1 < last and tokens[end + 1].low == "the")
        if dest not in group_at or groups[group_at[dest]].kind not in ("name", "actor") or group_at[dest] == origin_n:
            continue
        goods = (origin.last + 1, end)
        if n == origin_n:
            return SELLS, goods, "fragment", group_at[dest]
        if n == group_at[dest]:
            return BUYS, goods, "fragment", origin_n
    return None
