"""The backoff reader's noun cues: role nouns ("X is the main supplier", "X's largest supplier",
"the biggest market for Y goods"), trade nouns ("Ivorian imports") and origins ("books Russian wheat",
"Russia barley to China export"). See ``factlint.layers.trade_backoff``."""

from __future__ import annotations

from factlint.layers.trade_backoff_words import (
    ARTICLES, PREPOSITION_REACH, ROLE_REACH, TO, Cue, adverb, fronted_party_end, participle_role, party_end, trade_word,
)
from factlint.layers.trade_cue_words import BUYS, PREPOSITIONS, SELLS, Backoff, Cues, Token, agent_noun, ranked_source

def trade_noun(tokens: list[Token], i: int, last: int, cues: Cues, backoff: Backoff) -> Cue | None:
    """ "Ivorian imports", "Turkey's exports": the owner of a trade noun right after it; a possessive
    also over goods and a from/to phrase of translated copy ("Turkey's hazelnut exports", "Türkiye's from
    Italy hazelnut import")."""
    if i + 1 >= last:
        return None
    before = i - 1 - (i > 0 and tokens[i - 1].low in ARTICLES)
    if before >= 0 and tokens[before].low in TO | {"from"}:
        return None  # "Ukraine maize to Egypt export": the destination in a noun stack
    k = i + 1
    if tokens[i].mention.possessive:  # type: ignore[union-attr]
        k = fronted_party_end(tokens, k, last, cues)
        goods = k
        while k < min(last, goods + 3) and is_goods_word(tokens[k], cues, backoff):
            k += 1
    if k >= last:
        return None
    low = tokens[k].low
    role = SELLS if low in cues.sell_nouns else BUYS if low in cues.buy_nouns else None
    return Cue(role, "trade-noun", k) if role else None


def is_goods_word(token: Token, cues: Cues, backoff: Backoff) -> bool:
    """A word that may name goods: lower case ("olive", "oil") or a short acronym ("LNG", "LPG")."""
    low = token.low
    acronym = token.text.isupper() and 2 <= len(token.text) <= 4
    return (
        token.mention is None and (token.text[:1].islower() or acronym) and low.isalpha() and low not in PREPOSITIONS and low not in cues.aux
        and low not in cues.copula and low not in cues.neutral_nouns and low not in cues.actor_nouns and low not in cues.not_goods
        and not agent_noun(low) and noun_role_word(low, cues, backoff) is None and low not in ARTICLES
        and not trade_word(low, cues, backoff) and low not in backoff.buyer_people
        and low not in cues.move_verbs and low not in backoff.move_verbs and low not in backoff.get_verbs
    )


def origin(tokens: list[Token], i: int, first: int, last: int, cues: Cues, backoff: Backoff) -> Cue | None:
    """An adjective before goods is their origin ("snapped up Spanish olive oil", "books Russian wheat"):
    a weak cue, that counts only beside a cue of the other role."""
    mention = tokens[i].mention
    assert mention is not None
    nxt = i + 1
    while nxt + 1 < last and tokens[nxt].low in (",", "and", "or") and tokens[nxt + 1].mention is not None and not mention.possessive:
        nxt += 2  # a list of origins: "Iraqi, Saudi barrels", "Russian and Romanian wheat"
    if nxt >= last or not (is_goods_word(tokens[nxt], cues, backoff) or tokens[nxt].low in cues.trade_nouns - cues.buy_nouns):
        return None  # goods, or goods by their shipments: "US cargoes", "Iraqi barrels"
    if mention.possessive:
        # "Niger's uranium went mainly to France", "Brunei's LNG is taken by Japan": the owner's goods on the move
        k = i + 1
        while k < last and is_goods_word(tokens[k], cues, backoff):
            k += 1
        while k < last and (tokens[k].low in cues.be or tokens[k].low in cues.aux or adverb(tokens[k].low, cues)):
            k += 1
        moved = k < last and (goods_move(tokens, k, first, cues, backoff) or participle_role(tokens[k].low, cues, backoff) or tokens[k].low in backoff.move_verbs)
        return Cue(SELLS, "owner-goods", k, weak=True) if moved else None
    if mention.form != "adjective":
        # a name before goods right after a buy word ("book US cargoes", not "sells China steel"), or after
        # "of" on a trade word ("a cargo of U.S. sorghum", "imports of U.S. soybeans")
        k = i - 1 - (i > first and tokens[i - 1].low in ARTICLES)
        while k - 1 >= first and tokens[k].low in (",", "and", "or") and tokens[k - 1].mention is not None:
            k -= 2  # "snap up Iraqi, Saudi barrels"
        snapped = k - 1 >= first and tokens[k].low == "up" and tokens[k - 1].low in backoff.up_verbs
        if k >= first and (_buy_anchor(tokens[k].low, cues, backoff) or snapped):
            return Cue(SELLS, "origin", k, weak=True)
        if k > first and tokens[k].low == "of" and trade_word(tokens[k - 1].low, cues, backoff):
            return Cue(SELLS, "origin", k - 1, weak=True)
        return None
    before = i - 1 - (i > first and tokens[i - 1].low in ARTICLES)
    verb_to = before > first and tokens[before].low == "to" and tokens[before - 1].low in backoff.turn_verbs
    if before >= first and tokens[before].low in TO | {"by", "from"} and not verb_to:
        return None  # "to South Korean feed mills": the preposition gives the role (not "turned to Russian wheat")
    if any(t.low in cues.actor_nouns or agent_noun(t.low) for t in tokens[i + 1:min(last, i + 4)]):
        return None  # "Chilean cherry growers": an actor, not goods
    if before == first and tokens[before].low == "of":
        # "Of the Vietnamese cashews, the biggest buyer is ...": the complement of a role noun after
        for k in range(i + 1, min(last, i + 8)):
            role = _noun_role(tokens, k, first, cues, backoff)
            if role:
                return Cue(SELLS if role == BUYS else BUYS, "fronted-complement", k) if role == BUYS else None
    # the goods of a trade word: "books Russian wheat", "bought 8,000 tonnes of Canadian rapeseed", "relies on Russian potash"
    for k in range(i - 1, max(first, i - _ORIGIN_REACH) - 1, -1):
        if tokens[k].mention is not None:
            break
        if _anchor(tokens[k].low, cues, backoff):
            return Cue(SELLS, "origin", k, weak=True)
    # goods opening the clause before their verb: "Argentine wheat was acquired by Brazil"
    k = i + 1
    while k < last and is_goods_word(tokens[k], cues, backoff):
        k += 1
    while k < last and (tokens[k].low in cues.be or tokens[k].low in cues.aux or adverb(tokens[k].low, cues)):
        k += 1
    if k < last and (trade_word(tokens[k].low, cues, backoff) in (BUYS, SELLS) or goods_move(tokens, k, first, cues, backoff)):
        return Cue(SELLS, "origin", k, weak=True)
    # "The Ethiopian coffee is by Saudi Arabia the most bought" (not "the German economy hit by rising fears")
    if k < last and tokens[k].low == "by":
        verb = next((n for n in range(k + 1, min(last, k + PREPOSITION_REACH)) if participle_role(tokens[n].low, cues, backoff)), None)
        if verb is not None:
            return Cue(SELLS, "origin", verb, weak=True)
    return None


# Tokens an origin adjective may stand after the trade word whose goods it qualifies.
_ORIGIN_REACH = 6


def _buy_anchor(low: str, cues: Cues, backoff: Backoff) -> bool:
    return low in cues.buy_verbs or low in backoff.buy_verbs or low in cues.take_verbs


def _anchor(low: str, cues: Cues, backoff: Backoff) -> bool:
    """A word whose goods an origin adjective may qualify: a trade verb or noun, a role noun, "relies on", "turned to"."""
    return bool(
        trade_word(low, cues, backoff) in (BUYS, SELLS) or noun_role_word(low, cues, backoff) or low in cues.rely_verbs
        or low in backoff.turn_verbs or low in backoff.up_verbs or low in cues.take_verbs
    )


def origin_to(tokens: list[Token], i: int, last: int, cues: Cues, backoff: Backoff) -> Cue | None:
    """The origin before "to Y" and a trade word, in the noun stacks of translated copy: "Russia
    barley to China export", "The Senegal fish to the European Union is exported"."""
    mention = tokens[i].mention
    assert mention is not None
    if mention.possessive:
        return None
    k = i + 1
    while k < min(last, i + 4) and is_goods_word(tokens[k], cues, backoff):
        k += 1
    if k >= last or tokens[k].low not in TO:
        return None
    k += 1 + (k + 1 < last and tokens[k + 1].low in ARTICLES)
    if k >= last or tokens[k].mention is None:
        return None
    for n in range(k + 1, min(last, k + PREPOSITION_REACH)):
        if trade_word(tokens[n].low, cues, backoff) or participle_role(tokens[n].low, cues, backoff):
            return Cue(SELLS, "origin-to", n)
        if tokens[n].mention is not None and tokens[n - 1].low not in ("and", ","):
            return None
    return None


def noun_role_word(low: str, cues: Cues, backoff: Backoff) -> str | None:
    if low in cues.seller_nouns or low in backoff.seller_nouns:
        return SELLS
    if low in cues.buyer_nouns or low in backoff.buyer_nouns or low in backoff.need_nouns:
        return BUYS
    return None


def _noun_role(tokens: list[Token], k: int, first: int, cues: Cues, backoff: Backoff) -> str | None:
    low = tokens[k].low
    if low in ("source", "sources"):
        return ranked_source(tokens, k, first)
    return noun_role_word(low, cues, backoff)


_ADVERBS = frozenset({"now", "still", "already", "once", "again", "also", "by", "far"})


def _rank(low: str, cues: Cues) -> bool:
    """A rank between a possessive and its role noun: "Japan's biggest, No. 2, second-largest"."""
    return low in cues.copula or low.endswith(("est", "-largest", "-biggest")) or low.startswith("no.")


_STANDING = frozenset({"position", "role", "status", "place", "standing", "rank"})


def _as_role(tokens: list[Token], i: int, first: int, last: int, cues: Cues, backoff: Backoff) -> Cue | None:
    """The role an "as" phrase gives the subject of a verb of being or becoming ("Argentina consolidates
    as the main destination", "India is so confirmed as first supplier"), or the owner of a standing
    ("China's position as the biggest supplier"); None elsewhere."""
    mention = tokens[i].mention
    assert mention is not None
    if mention.form == "adjective":
        return None
    k = i + 1
    if mention.possessive:
        if k >= last or tokens[k].low not in _STANDING:
            return None
        k += 1
    else:
        while k < min(last, i + 5) and tokens[k].low != "as" and tokens[k].mention is None and tokens[k].text[:1].islower() and (
            tokens[k].low not in cues.sell_verbs and tokens[k].low not in cues.buy_verbs and tokens[k].low not in PREPOSITIONS
        ):
            k += 1  # "consolidates", "is so confirmed", "has emerged"
    if k >= last or tokens[k].low != "as":
        return None
    for n in range(k + 1, min(last, k + 5)):
        role = _noun_role(tokens, n, first, cues, backoff)
        if role:
            return Cue(role, "as-role", n)
        if not (_rank(tokens[n].low, cues) or tokens[n].low in ARTICLES or is_goods_word(tokens[n], cues, backoff)):
            return None
    return None


def _predicative(tokens: list[Token], i: int, noun: int, first: int, last: int, cues: Cues) -> bool:
    """True when a possessive's role noun says what another party is: after a copula, an apposition
    or "as" ("X is Japan's biggest supplier", "X, Japan's biggest supplier"), or before one ("Japan's
    biggest supplier is X"). Elsewhere "Japan's LNG buyers" are Japanese buyers."""
    k = i - 1
    while k >= first and tokens[k].low in ("the", "one", "of", "among"):
        k -= 1
    if k >= first and (tokens[k].low in cues.be or tokens[k].low in _INVERSE_COPULA or tokens[k].low in (",", "as", "became", "become", "becomes")):
        return True
    for n in range(noun + 1, min(last, noun + 6)):
        if tokens[n].low in _INVERSE_COPULA:
            after = n + 1
            while after < last and (tokens[after].low in ARTICLES or tokens[after].low in _ADVERBS):
                after += 1
            return after < last and tokens[after].mention is not None  # "... is now the United States"
    return False


_INVERSE_COPULA = frozenset({"is", "was", "are", "were", "became", "becomes", "remains", "remained", "stays", "stayed"})


def role_noun(tokens: list[Token], i: int, first: int, last: int, cues: Cues, backoff: Backoff) -> list[Cue]:
    """Roles from a role noun: "X is/, the/as the main supplier" (X sells), "X's largest supplier"
    (X buys), "Indian buyers", "top buyer China", "the supplier of goods of/to/for X" or "... of X's
    goods" (X buys), "the biggest source of imported pork is Spain" (Spain sells)."""
    mention = tokens[i].mention
    assert mention is not None
    found: list[Cue] = []
    # "Indian buyers", "Japan LNG buyers", "Islamabad's biggest rice market"
    probe = i + 1
    while probe < min(last, i + 4) and (mention.form == "name" or mention.possessive) and (
        is_goods_word(tokens[probe], cues, backoff) or (mention.possessive and _rank(tokens[probe].low, cues))
    ):
        probe += 1
    role = _noun_role(tokens, probe, first, cues, backoff) if probe < last else None
    if role is None and mention.form == "adjective" and probe < last and tokens[probe].low in backoff.buyer_people:
        role = BUYS  # "Chinese shoppers", "Indian consumers"
    if role and (probe == i + 1 or mention.possessive or tokens[probe].low.endswith("s")):
        agency = any(tokens[n].low in backoff.agencies for n in range(i + 1, probe)) or (
            probe + 1 < last and tokens[probe + 1].mention is None and tokens[probe + 1].text[:1].isupper()
        )
        if agency and mention.possessive:
            return found  # "Egypt's state buyer", "Japan's buyer JERA": the owner's own agency, not its counterparty
        if mention.possessive and tokens[probe].low not in backoff.need_nouns:  # "Japan's biggest supplier": Japan buys
            if not _predicative(tokens, i, probe, first, last, cues):
                return found  # "Japan's supercomputer market", "Japan's LNG buyers": its own market and buyers
            role = SELLS if role == BUYS else BUYS
        found.append(Cue(role, "compound-role", probe))  # "Indian buyers", "China's appetite", "Chinese demand"
        return found
    # "X consolidates / ranks / emerged / is confirmed as the main destination", "China's position as the biggest supplier"
    as_role = _as_role(tokens, i, first, last, cues, backoff)
    if as_role is not None:
        found.append(as_role)
        return found
    # "top buyer China": a role noun right before a name, as a title
    if i > first and mention.form == "name" and not mention.possessive and tokens[i - 1].text[:1].islower():
        role = _noun_role(tokens, i - 1, first, cues, backoff)
        if role:
            found.append(Cue(role, "title-role", i - 1))
    after = party_end(tokens, i, last, cues) + 1
    for k in range(after, min(last, after + ROLE_REACH)):
        low = tokens[k].low
        role = _noun_role(tokens, k, first, cues, backoff)
        if role:
            if mention.possessive and tokens[k].low not in backoff.need_nouns:
                if _predicative(tokens, i, k, first, last, cues):
                    found.append(Cue(SELLS if role == BUYS else BUYS, "possessive-role", k))
            elif mention.possessive:
                found.append(Cue(role, "possessive-need", k))  # "Hungary's growing dependence on"
            elif mention.form != "adjective" or party_end(tokens, i, last, cues) > i:
                found.append(Cue(role, "role-noun", k))
            break
        # "China, Australia's largest supplier": the possessive between takes its own cue
        between = tokens[k].mention is not None and tokens[k].mention.possessive and not mention.possessive  # type: ignore[union-attr]
        if not (between or low in cues.copula or low == "," or low.endswith(("est", "-largest", "-biggest")) or low in ARTICLES):
            break
    # the complement of a role noun before the mention: "the principal provider of olive oil of Spain",
    # or the subject a copula gives to it: "China's biggest source of imported pork is Spain"
    inverse = False
    for k in range(i - 1, max(first, i - ROLE_REACH - 2) - 1, -1):
        low = tokens[k].low
        if low in _INVERSE_COPULA and not inverse and all(t.low in ARTICLES or t.low in _ADVERBS for t in tokens[k + 1:i]):
            inverse = True  # "... is now the United States"
            continue
        if not inverse and (low in ARTICLES or low in _ADVERBS):
            continue  # "... is now the United States"
        if tokens[k].mention is not None and not (inverse and (tokens[k].mention.possessive or tokens[k].mention.form == "adjective")):  # type: ignore[union-attr]
            break
        verb = (low in cues.sell_verbs or low in cues.buy_verbs) and not (low.endswith("ed") and k + 1 < i and tokens[k - 1].low == "of")
        if verb or low in cues.be or low in _INVERSE_COPULA or low in cues.aux - {"to"}:
            break
        role = _noun_role(tokens, k, first, cues, backoff)
        if role:
            if inverse:
                if not mention.possessive and mention.form != "adjective":
                    found.append(Cue(role, "inverse-copula", k))
                break
            # the mention's own preposition links it: "of Spain", "for Chilean salmon" (not "demand for cooperation from Saudi ...")
            near = i - 1 - (tokens[i - 1].low in ARTICLES)
            linked = k + 1 < i and near > k and (tokens[near].low in ("of", "to", "for") or (tokens[near].low == "on" and low in backoff.need_nouns))
            # an adjective in a seller's complement may be the goods' origin ("supplier of Turkish hazelnuts"): unclear
            if linked and not (mention.form == "adjective" and role == SELLS):
                found.append(Cue(SELLS if role == BUYS else BUYS, "complement", k))
            break
    return found


def goods_move(tokens: list[Token], verb: int, first: int, cues: Cues, backoff: Backoff) -> bool:
    """True when the token at ``verb`` moves goods that are its subject: "(Canadian canola seed) mostly
    goes", "(the LNG imported into France) comes", "(Congo's cobalt) finds its way" (not "he went")."""
    low = tokens[verb].low
    if low == "way" and verb - 2 >= first and tokens[verb - 1].low in ("its", "their") and tokens[verb - 2].low in backoff.move_verbs:
        verb -= 2  # "finds its way to"
    elif low not in cues.move_verbs and low not in backoff.move_verbs or low.endswith("ing"):
        return False  # not "an Iranian researcher coming to"
    k = verb - 1
    while k >= first and (tokens[k].low in cues.aux or tokens[k].low in cues.be or adverb(tokens[k].low, cues)):
        k -= 1
    if k - 2 >= first and tokens[k].mention is not None and tokens[k - 1].low in PREPOSITIONS and participle_role(tokens[k - 2].low, cues, backoff):
        k -= 3  # "the LNG imported into France comes from"
    subject = tokens[k].low if k >= first else ""
    # goods, not a person ("the researcher went", "a student came")
    return k >= first and is_goods_word(tokens[k], cues, backoff) and subject not in backoff.people and not subject.endswith("ing")
