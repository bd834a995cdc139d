"""The cue reader's parties (see ``trade_cues``): country mentions joined into lists ("Norway, the
United States and Qatar"), and a country adjective, possessive or name with an actor noun ("Indian
refiners", "Japan's utilities", "U.S. homebuilders", "refiners in India and China") as one party;
one before a news-source noun ("Chinese customs data") is none."""

from __future__ import annotations

from factlint import patterncache
from factlint.layers.trade_cue_words import PREPOSITIONS, Cues, Group, Token, agent_noun

_AGENT_NOUN = patterncache.compile(r"\p{L}{4,}(?:er|or)")  # an actor noun ("supplier"), from the pattern cache

_LIST_JOINS = frozenset({",", "and", "&"})
_VERBS = frozenset({"find", "finds", "found", "finding"})


def groups_of(tokens: list[Token], first: int, last: int, cues: Cues) -> list[Group] | None:
    """The parties of a clause, or None when one of them cannot be told apart (mixed list)."""
    groups: list[Group] = []
    for token in tokens[first:last]:
        token.group_last = None
    index = first
    while index < last:
        token = tokens[index]
        if token.mention is None:
            index += 1
            continue
        members = [index]
        probe = index + 1
        while probe < last:  # a list: "Norway, the United States and Qatar"
            look = probe
            while look < last and tokens[look].low in _LIST_JOINS:
                look += 1
            if look < last and tokens[look].low == "the":
                look += 1
            if look == probe or look >= last or tokens[look].mention is None:
                break
            members.append(look)
            probe = look + 1
        if len(members) > 1 and not any(tokens[i].low in ("and", "&", "or") for i in range(members[-2] + 1, members[-1])):
            members = members[:1]  # "For Angola, China is ...": no list without a last "and"
        kinds = {_form(tokens[m]) for m in members}
        if len(kinds) > 1 and not kinds <= {"name"}:
            return None
        kind = _form(tokens[members[-1]])
        group = Group(members, index, members[-1], kind)
        if kind == "name":
            _actor_in(tokens, group, first, cues)
        if kind == "name" and len(members) == 1 and _actor_follows(tokens, group.last, last, cues):
            kind = group.kind = "adj"  # "U.S. homebuilders", "China steel mills": a name used as an adjective
        if kind in ("adj", "poss"):
            _extend_actor(tokens, group, last, cues)
            if group.kind == "neutral":
                index = group.last + 1
                continue
        groups.append(group)
        for member in members:
            tokens[member].group_last = group.last
        index = group.last + 1
    return groups


def _form(token: Token) -> str:
    assert token.mention is not None
    if token.mention.possessive:
        return "poss"
    return "adj" if token.mention.form == "adjective" else "name"


def _extend_actor(tokens: list[Token], group: Group, last: int, cues: Cues) -> None:
    """ "Chinese wire-rod makers", "Japan's utilities" are actors; "Chinese customs data" is a source."""
    ranked = False
    for probe in range(group.last + 1, min(last, group.last + 5)):
        token = tokens[probe]
        if token.mention is not None or not token.text[:1].isalpha() or token.low in _VERBS or token.low in cues.sell_verbs | cues.buy_verbs | cues.move_verbs | cues.aux:
            return  # "French cheese finds eager customers": the actor noun is past a verb
        if token.low in cues.neutral_nouns:
            group.kind, group.last = "neutral", probe
            return
        if token.low.endswith(("'s", "’s")) and group.kind == "adj":
            return  # "Turkish hazelnut's biggest buyer": the goods' buyer, not a Turkish one
        if token.low in cues.role_nouns and group.kind == "poss" and (ranked or not token.low.endswith("s") or probe > group.last + 1):
            return  # "Japan's biggest supplier", "Egypt's wheat suppliers": a relation, read by its role noun
        if probe == group.last + 1 and group.kind == "poss" and _company(tokens, probe, last, cues):
            group.kind, group.last = "actor", _company(tokens, probe, last, cues)  # "Brazil's Vale", "Norway's Equinor": a company of the country
            return
        named = probe + 1 < last and tokens[probe + 1].text[:1].isupper() and tokens[probe + 1].mention is None and _AGENT_NOUN.fullmatch(token.low) is not None
        used = group.first - 2 >= 0 and tokens[group.first - 1].low == "in" and tokens[group.first - 2].low in cues.use_participles
        if used and token.text[:1].islower() and token.low.endswith("s") and not token.low.endswith("ss"):
            group.kind, group.last = "actor", probe  # "the uranium used in French reactors": where it is used, its buyer
            return
        if token.low in cues.actor_nouns or agent_noun(token.low) or named:  # "the Italian confectioner Ferrero"
            group.kind, group.last, group.noun_role = "actor", probe, cues.noun_role(token.low)
            # "Egypt's state grain buyer": the last actor noun of the run
            for more in range(probe + 1, min(last, probe + 3)):
                if tokens[more].mention is not None or not tokens[more].text[:1].islower():
                    break
                if tokens[more].low in cues.actor_nouns or agent_noun(tokens[more].low):
                    group.last, group.noun_role = more, cues.noun_role(tokens[more].low)
            return
        if token.low in cues.sell_nouns or token.low in cues.buy_nouns:
            return
        ranked = ranked or token.low in cues.copula


def _company(tokens: list[Token], index: int, last: int, cues: Cues) -> int:
    """The last token of a company's name at ``index`` (one to three capitalised words that are no country, role
    noun or trade word, and before no trade, role or actor noun: "Vale"; not the "LPG" of "Japan's LPG imports"), or 0."""
    end = index
    while end < min(last, index + 3) and tokens[end].text[:1].isupper() and tokens[end].mention is None and tokens[end].text[1:2] != ".":
        word = tokens[end].low
        if word in cues.role_nouns or word in cues.neutral_nouns or word in cues.goods_acronyms or word in cues.sell_nouns | cues.buy_nouns | cues.sell_verbs | cues.buy_verbs:
            return 0
        end += 1
    if end < last and (tokens[end].low in cues.role_nouns or tokens[end].low in cues.actor_nouns):
        return 0  # "Japan's LNG buyers": goods, not a company
    if end < last and tokens[end].low in cues.trade_nouns | cues.sell_nouns | cues.buy_nouns:
        after = tokens[end + 1] if end + 1 < last else None  # "Japan's LPG imports are ..." (a noun) / "Equinor supplies German utilities" (a verb)
        if after is None or not after.text[:1].isalnum() or after.low in cues.aux | cues.be | cues.copula | PREPOSITIONS or after.low.endswith("ed") or after.low in ("rose", "fell", "grew"):
            return 0
    return end - 1 if end > index else 0


def _actor_follows(tokens: list[Token], index: int, last: int, cues: Cues) -> bool:
    """An actor noun right after ``index``, or after one lower-case modifier ("U.S. steel mills")."""
    for probe in range(index + 1, min(last, index + 3)):
        word = tokens[probe].low
        if not tokens[probe].text[:1].islower() or word in cues.neutral_nouns or word in PREPOSITIONS | cues.aux:
            return False
        if word in cues.actor_nouns or agent_noun(word):
            return word not in ("market", "side", "state", "government", "group", "groups", "industry", "sector", "sectors")
        if word in cues.sell_verbs | cues.buy_verbs | cues.sell_nouns | cues.buy_nouns:
            return False
    return False


def _actor_in(tokens: list[Token], group: Group, first: int, cues: Cues) -> None:
    """ "refiners in India and China", "to steel mills in Germany": an actor noun and "in" before
    the countries make one actor party that starts at the noun (and its modifiers)."""
    at = group.first - 1
    at -= at > first and tokens[at].low == "the"  # "roasters in the United States"
    if at - 1 < first or tokens[at].low != "in":
        return
    noun = tokens[at - 1]
    if noun.low in cues.neutral_nouns or not (noun.low in cues.actor_nouns or agent_noun(noun.low)) or not noun.text[:1].isalpha():
        return
    start = at - 1
    while start - 1 >= first and start > at - 3 and tokens[start - 1].text[:1].islower() and tokens[start - 1].low not in PREPOSITIONS | _NOT_MODIFIERS | cues.aux | cues.copula:
        start -= 1  # "steel mills", "state refiners"
    group.first, group.kind, group.noun_role = start, "actor", cues.noun_role(noun.low)


# Words that do not modify an actor noun: verbs and determiners before it ("sold to mills in X").
_NOT_MODIFIERS = frozenset({"the", "a", "an", "and", "or", "its", "their", "his", "her", "our", "other", "some", "many", "most", "all", "sold", "bought", "shipped", "exported", "imported", "sells", "buys", "ships"})
