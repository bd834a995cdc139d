"""Goods that a reduced relative clause ties to their user, before a passive of supply (see ``trade_cues``):
"Most of the soybeans crushed in Chinese mills are supplied by Brazil", "the cocoa ground in Dutch
factories is shipped from Côte d'Ivoire", "the crude processed in South Korean refineries": the
goods are the noun before the participle (not "mills"), and the party after "in"/"by" buys them."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_before
from factlint.layers.trade_cue_words import BUYS, PARTICIPLE, Cues, Found, Group, Token

_REACH = 9  # tokens from the participle of use to the passive's verb
_AFTER_USE = frozenset({"in", "by", "at"})


def relative_goods(tokens: list[Token], index: int, first: int, cues: Cues) -> tuple[int, int] | None:
    """The goods before a reduced relative that ends right before ``index`` (a form of "be" or the
    passive's participle): "the soybeans [crushed in Chinese mills] are supplied"; None without one."""
    use = _use_before(tokens, index, first, cues)
    return goods_before(tokens, use, first, cues) if use is not None else None


def _use_before(tokens: list[Token], index: int, first: int, cues: Cues) -> int | None:
    """The participle of use ("crushed", "fitted", "used") whose phrase ends before ``index``."""
    end = index
    while end > first and tokens[end - 1].low in cues.be | {"mainly", "mostly", "largely", "all", "also"}:
        end -= 1
    for probe in range(end - 2, max(first, end - _REACH) - 1, -1):
        token = tokens[probe]
        if token.low in cues.use_participles and tokens[probe + 1].low in _AFTER_USE:
            return probe if probe > first and tokens[probe - 1].text[:1].isalpha() else None
        if not (token.text[:1].isalnum() or token.mention is not None) or token.low in cues.sell_verbs | cues.buy_verbs | cues.be:
            return None
    return None


def user_before_passive(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """BUYS for the party of "in"/"by" after a participle of use when a passive of supply follows
    ("the soybeans crushed in Chinese mills are supplied by Brazil"); None otherwise."""
    group = groups[n]
    before = group.first - 1 - (group.first - 1 > first and tokens[group.first - 1].low == "the")
    if before - 1 < first or tokens[before].low not in _AFTER_USE or tokens[before - 1].low not in cues.use_participles:
        return None
    probe = group.last + 1
    while probe < last and tokens[probe].low in cues.be | {"mainly", "mostly", "largely", "all", "also", "then"}:
        probe += 1
    if probe == group.last + 1 or probe >= last or not PARTICIPLE.search(tokens[probe].low) or tokens[probe].low not in cues.sell_verbs:
        return None
    if probe + 1 >= last or tokens[probe + 1].low not in ("by", "from"):
        return None
    return BUYS, goods_before(tokens, before - 1, first, cues), "used-in", None
