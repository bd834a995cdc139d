"""The cue reader's rules: the role of one party from the words around it (see ``trade_cues``)."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_after, goods_before, goods_before_noun, goods_before_subject, goods_word, party_follows, token_before
from factlint.layers.trade_cue_nouns import by_origin, by_role_noun, by_trade_noun
from factlint.layers.trade_cue_links import by_finding_buyers, by_object, by_overtaking, by_verb_second
from factlint.layers.trade_cue_orders import by_fragment, fronted, fronted_for, participle_after
from factlint.layers.trade_cue_final import genitive_role, verb_final
from factlint.layers.trade_cue_uses import relative_goods, user_before_passive
from factlint.layers.trade_cue_words import AMOUNT_NOUNS, BUYS, PARTICIPLE, PREPOSITIONS, REACH, SELLS, Cues, Found, Group, Token, agent_noun, ranked_source, skip_time



def role_of(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    group = groups[n]
    for rule in (user_before_passive, _by_preposition, _by_verb, verb_final, genitive_role, by_role_noun, by_trade_noun, by_origin, by_object, by_overtaking, by_verb_second, fronted_for, by_fragment, by_finding_buyers):
        found = rule(tokens, groups, n, group_at, first, last, cues)
        if found is not None:
            return found
    if group.kind == "actor" and group.noun_role and _anchor_near(tokens, group, first, last, cues):
        return group.noun_role, None, "actor", None
    return None


# Singular nouns of trade that also modify other nouns ("cargo preference", "delivery schedule").
_MODIFIER_NOUNS = frozenset({"cargo", "shipment", "delivery", "export", "import", "purchase", "sale", "supply"})

# Words between a comma and "from": "..., most of it from X", "..., mainly from X".
_PARTITIVE = frozenset({"most", "much", "all", "half", "some", "part", "the", "bulk", "rest", "majority", "of", "it", "them", "which", "mostly", "mainly", "largely", "chiefly", "primarily", "partly", "nearly", "almost", "about", "a", "third", "quarter", "fifth"})


def _anchor_before(
    tokens: list[Token], index: int, first: int, group_at: Mapping[int, int], groups: list[Group], words: frozenset[str],
    moves: frozenset[str] = frozenset(), trade_nouns: frozenset[str] = frozenset(), subject_verbs: frozenset[str] = frozenset(),
) -> int | None:
    """The nearest trade word of ``words`` before ``index`` (the preposition), over goods words,
    origin adjectives and other prepositional parties ("exports from Ivory Coast to X")."""
    probe = index - 1
    steps = 0
    while probe >= first and steps < REACH:
        token = tokens[probe]
        if token.mention is not None:
            other = groups[group_at[probe]] if probe in group_at else None
            if other is None:
                return None
            before = token_before(tokens, other.first, first)
            if other.kind == "adj":
                probe = other.first - 1
            elif before >= first and tokens[before].low in ("from", "to", "into", "toward", "towards", "by", "of"):
                probe = before - 1
            elif before >= first and tokens[before].low in words and tokens[before].low not in trade_nouns:
                return before  # "Last year delivered Germany cars ... to the United States": the verb before its subject
            else:
                return None
            steps += 1
            continue
        if token.low in words or ("supplier" in words and ranked_source(tokens, probe, first)):
            nxt = tokens[probe + 1] if probe + 1 < len(tokens) else None
            infinitive = probe > first and tokens[probe - 1].low in ("to", "will", "would", "can", "could", "must", "may", "might", "should", "also")  # "contracts to supply uranium to"
            if not infinitive and not token.low.endswith("s") and token.low in trade_nouns | _MODIFIER_NOUNS and nxt is not None and nxt.text[:1].islower() and nxt.low not in PREPOSITIONS:
                return None  # "cargo preference", "export markets": a modifier, not the trade
            return probe
        if token.low in subject_verbs and probe - 1 >= first and any(
            g.last == probe - 1 for g in groups
        ):
            return probe  # "Polish furniture makers ship ... to Germany"
        if token.low in moves and any(
            tokens[i].low in trade_nouns or (tokens[i].mention is not None and (tokens[i].mention.possessive or tokens[i].mention.form == "adjective"  # type: ignore[union-attr]
                                                                             or (i + 1 < probe and tokens[i + 1].text[:1].islower() and tokens[i + 1].low not in PREPOSITIONS)))  # "most US corn goes to Mexico"
            or (tokens[i].low == "of" and i > first and (tokens[i - 1].low in _SHARES or tokens[i - 1].text[:1].isdigit()))  # "much of that coal came from"
            for i in range(max(first, probe - 6), probe)
        ):
            return probe  # "most of the exports went to China", "Ukraine's corn goes to Spain"
        if token.text == "," and all(tokens[i].low in _PARTITIVE for i in range(probe + 1, index)):
            probe -= 1  # "the biggest importer of scrap, most of it from X"
            continue
        comparative = token.low == "than" and probe > first and tokens[probe - 1].low in ("more", "less", "fewer")  # "sells more than a third of its coffee to"
        if not (token.text[:1].isalnum() or token.text in "%$€£") or (token.low in ("that", "which", "who", "than", "against", "because", "whose", "to", "for") and not comparative):
            return None  # "provided buses to take them into Austria": another phrase between
        if token.low.endswith("ed") and (tokens[probe + 1].low in PREPOSITIONS or not tokens[probe + 1].text[:1].isalnum()):
            return None  # another verb ("the ships sailed from"), not "liquefied natural gas from"
        probe -= 1
        steps += 1
    return None


# Where goods arrive (the buyer's port) and where they are loaded (the seller's): "discharged at Mekong Delta ports".
_DISCHARGED = frozenset({"arrive", "arrives", "arrived", "arriving", "arrivals", "landed", "discharged", "unloaded", "offloaded", "received"})
_LOADED = frozenset({"loaded", "laden"})


def _by_preposition(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    before = token_before(tokens, group.first, first)
    if before < first:
        return None
    word = tokens[before].low
    if word == "from" and _from_party_buys(tokens, groups, group_at, before, first, last, cues) is not None:
        verb = _from_party_buys(tokens, groups, group_at, before, first, last, cues)
        return SELLS, goods_after(tokens, verb, last, cues, verb=True), "from", None  # "Brasilia from Beijing purchased soybean"
    if word == "from":
        anchors = cues.sell_verbs | cues.buy_verbs | cues.move_words | cues.sell_nouns | cues.buy_nouns | cues.role_nouns | GETTING
        anchor = _anchor_before(
            tokens, before, first, group_at, groups, anchors, cues.move_verbs, cues.trade_nouns, cues.subject_sell_verbs | cues.subject_buy_verbs
        )
        if anchor is not None and tokens[anchor].low in GETTING and not _has_subject(tokens, anchor, first, groups, cues):
            return None  # "Weston said it received a contract from the U.S. Air Force": only a country gets goods here
        if anchor is not None:
            passive = _passive(tokens, anchor, first, cues) and any(tokens[i].low in ("to", "into") and party_follows(tokens, i, last) for i in range(before + 1, min(last, before + 6)))
            moved = tokens[anchor].low in cues.move_verbs or passive  # "40% of Kenya's wheat comes from Russia", "Soybeans were exported from Brazil to China": the goods before
            return SELLS, goods_after(tokens, anchor, last, cues) or (relative_goods(tokens, anchor, first, cues) or goods_before(tokens, anchor, first, cues) if moved else None), "from", None
        opening = fronted(tokens, groups, group_at, before, first, last, cues)
        return (SELLS, opening[1], "fronted", None) if opening else None  # "From France to Kazakhstan the uranium is delivered"
    if word in ("to", "into", "toward", "towards"):
        anchors = cues.sell_verbs | cues.move_words | cues.sell_nouns | cues.seller_nouns
        anchor = _anchor_before(tokens, before, first, group_at, groups, anchors, cues.move_verbs, cues.trade_nouns, cues.subject_sell_verbs)
        if anchor is None and before - 1 >= first and any(g.last == before - 1 and g.kind in ("name", "actor") for g in groups):
            verb = group.last + 1  # "Brazil towards China export soybean": the phrase before the verb (translated order)
            while verb < last and tokens[verb].low in cues.aux and tokens[verb].mention is None:
                verb += 1
            if verb < last and tokens[verb].low in cues.sell_verbs:
                return BUYS, goods_after(tokens, verb, last, cues, verb=True), "to", None
        if anchor is None and word == "to":
            verb = _buying_verb_before(tokens, before, first, group_at, groups, cues)
            if verb is not None:  # "Turkey buys to Russia most of its wheat": translated "comprar a", "acheter à"
                return SELLS, goods_after(tokens, verb, last, cues, verb=True), "dative", None
        if anchor is None:
            opening = fronted(tokens, groups, group_at, before, first, last, cues)
            if opening:
                return BUYS, opening[1], "fronted", None  # "To Turkey from Ukraine are delivered the sunflower oil"
            if participle_after(tokens, group, last, cues) == SELLS:
                return BUYS, goods_before(tokens, before, first, cues), "verb-last", None  # "tonnes of coffee to German importers delivered"
            return None
        return BUYS, goods_after(tokens, anchor, last, cues) or goods_before(tokens, anchor, first, cues), "to", None
    if word == "for" and before - 1 >= first:
        if tokens[before - 1].low in ("bound", "destined", "headed", "heading"):
            return BUYS, goods_before(tokens, before - 1, first, cues), "for", None
        loaded = next((i for i in range(before - 2, max(first, before - 6) - 1, -1) if tokens[i].low in _LOADED), None)
        if loaded is not None and tokens[before - 1].mention is not None:
            return BUYS, goods_before(tokens, loaded, first, cues), "for", None  # "cargoes loaded in Hamburg for Ho Chi Minh City"
        anchor = _anchor_before(tokens, before, first, group_at, groups, cues.seller_nouns | (cues.sell_verbs - _CARRYING))
        if anchor is not None and tokens[anchor].low in cues.sell_verbs and not _has_subject(tokens, anchor, first, groups, cues):
            return None  # "a deal to supply gas for Germany's grid": no seller named
        return (BUYS, goods_after(tokens, anchor, last, cues, verb=tokens[anchor].low in cues.sell_verbs), "for", None) if anchor is not None else None
    if word in ("in", "from") and before - 1 >= first and tokens[before - 1].low in ("originated", "originating", "originates", "originate"):
        return SELLS, goods_before(tokens, before - 1, first, cues), "in", None  # "the cargoes originated in Qatar"
    if word == "at" and before - 1 >= first and tokens[before - 1].low in cues.buy_verbs - cues.trade_nouns and group.kind == "name" and _has_subject(tokens, before - 1, first, groups, cues):
        return SELLS, goods_after(tokens, before - 1, last, cues, verb=True), "dative", None  # "The Italy buys at the Azerbaijan its gas": translated "у", "chez"
    if word in ("in", "at") and before - 1 >= first and tokens[before - 1].low in _DISCHARGED:
        return BUYS, goods_before(tokens, before - 1, first, cues), "in", None
    if word in ("in", "at") and before - 1 >= first and tokens[before - 1].low in _LOADED:
        return SELLS, goods_before(tokens, before - 1, first, cues), "in", None  # "the grain was loaded at Manila": the port of loading
    if word == "of" and before - 1 >= first and group.kind == "name":
        noun = tokens[before - 1].low  # "the hazelnut export of Turkey": Turkey's export
        if noun in cues.buy_verbs and _has_subject(tokens, before - 1, first, groups, cues):
            return SELLS, goods_after(tokens, before - 1, last, cues, verb=True), "of", None  # "The Portugal imports of the Brazil the sugar": translated "de"
        if noun in cues.sell_nouns or noun in cues.buy_nouns:
            return (SELLS if noun in cues.sell_nouns else BUYS), goods_before_noun(tokens, before - 1, first, cues), "of", None
        # "the principal destination of the yellow corn of the United States": where the goods come from
        goods_end = before
        goods_start = goods_end
        while goods_start > first and goods_start > goods_end - 3 and goods_word(tokens[goods_start - 1]) and tokens[goods_start - 1].low not in cues.copula | PREPOSITIONS | cues.buy_verbs | _RECEIVE:
            goods_start -= 1
        link = token_before(tokens, goods_start, first)
        if goods_start < goods_end and link >= first and tokens[link].low in ("of", "for"):
            anchor = token_before(tokens, link, first)
            market = tokens[link].low == "for" and tokens[anchor].low in ("market", "markets")  # "the largest market for the coffee of Colombia"
            if anchor >= first and (tokens[anchor].low in cues.buyer_nouns or tokens[anchor].low in cues.buy_nouns or tokens[anchor].low in cues.sell_nouns or market):
                return SELLS, (goods_start, goods_end), "of", None
            if anchor >= first and tokens[anchor].low in cues.seller_nouns:
                return BUYS, (goods_start, goods_end), "of", None  # "the first supplier of tomatoes of France": translated "to France"
        ends = group.last + 1 >= last or not (tokens[group.last + 1].text[:1].isalpha() and tokens[group.last + 1].low not in PREPOSITIONS | cues.clause_words | {"and", "or", "mostly", "mainly"})
        if ends and goods_start < goods_end and link >= first and (tokens[link].low in cues.buy_verbs or tokens[link].low in _RECEIVE):
            return SELLS, (goods_start, goods_end), "of", None  # "The Senegal imports the rice of India", "receives the gas of Israel" (not "millions of US dollars")
        if word == "on" and any(tokens[i].low in cues.rely_verbs for i in range(max(first, before - 3), before)):
            return SELLS, goods_after(tokens, before, last, cues, verb=True), "on", None
    if word == "on" and any(tokens[i].low in cues.rely_verbs for i in range(max(first, before - 3), before)):
        return SELLS, goods_after(tokens, before, last, cues, verb=True), "on", None  # "depends on Uganda for tea"
    competitor = (word == "by" and any(tokens[i].low == "followed" for i in range(max(first, before - 4), before))) or (
        word == "of" and before - 1 >= first and tokens[before - 1].low == "ahead"
    ) or (word == "with" and before - 1 >= first and tokens[before - 1].low == "along") or (  # "..., along with Vietnam and China"
        word == "before" and before - 1 >= first and tokens[before - 1].text == ","  # "..., before Argentina and the European Union": translated "vor"
    )
    if competitor:
        # "the biggest destination for Indonesian palm oil, followed by China and Pakistan",
        # "India's largest crude supplier, ahead of Russia": competitors in the same role
        start = before - 2
        while start > first and tokens[start].low in ("well", "far", "just", "slightly", "comfortably", "still", "closely", "at", "a", "distance", "followed"):
            start -= 1  # "well ahead of Japan", "followed at distance by Israel"
        start -= start >= first and tokens[start].text == ","
        for probe in range(start, max(first - 1, start - 12), -1):
            role = cues.noun_role(tokens[probe].low)
            if role is not None:
                tail = probe + 1 if tokens[probe + 1].low in ("country", "market") else probe
                return role, goods_after(tokens, tail, before, cues), "after", None
            if tokens[probe].low in cues.clause_words or not (tokens[probe].text[:1].isalnum() or tokens[probe].text in ".-'’"):
                break
        return None
    if word in ("after", "behind"):
        # "India's second-biggest supplier of sunflower oil after Russia": a competitor in the same role
        for probe in range(before - 1, max(first - 1, before - 9), -1):
            role = cues.noun_role(tokens[probe].low) or ranked_source(tokens, probe, first) or (BUYS if tokens[probe].low in ("market", "markets") else None)
            if role is not None:
                return role, goods_after(tokens, probe, before, cues), "after", None
            if tokens[probe].text == "," and probe == before - 1:
                continue  # "the No. 2 supplier of clothing to the European Union, after China"
            if tokens[probe].mention is not None and (
                (probe - 1 >= first and tokens[probe - 1].low in ("to", "from", "the")) or tokens[probe].mention.form == "adjective"
            ):
                continue  # "the second-largest seller of cashews to Vietnam after India", "buyer of Russian wheat after Egypt"
            if tokens[probe].mention is not None or not tokens[probe].text[:1].isalnum():
                break
    if word in ("by", "in") and before - 1 >= first and tokens[before - 1].low in cues.use_participles:
        # "Chile supplies most of the lithium used by Korean battery makers", "the cocoa ground in X"
        anchor = _anchor_before(tokens, before - 1, first, group_at, groups, cues.sell_verbs | cues.seller_nouns)
        return (BUYS, goods_after(tokens, anchor, before - 1, cues), "used-by", None) if anchor is not None else None
    if word == "by":
        probe = before - 1
        while probe >= first and tokens[probe].low in ("mainly", "mostly", "largely", "chiefly", "partly", "primarily", "also", "all"):
            probe -= 1
        if probe - 2 >= first and tokens[probe].low in AMOUNT_NOUNS and tokens[probe - 2].low == "in":
            probe -= 3  # "is bought in large quantities by Indian spinning mills"
        if probe < first:
            return None
        anchor = tokens[probe].low
        if PARTICIPLE.search(anchor) and anchor in cues.sell_verbs:
            return SELLS, relative_goods(tokens, probe, first, cues) or goods_before(tokens, probe, first, cues), "by", None
        if PARTICIPLE.search(anchor) and anchor in cues.buy_verbs and anchor not in _RECEIVE:  # "orders received by U.S. manufacturers" are sales
            return BUYS, goods_before(tokens, probe, first, cues), "by", None
        if anchor in cues.buy_nouns:
            return BUYS, goods_after(tokens, probe, last, cues), "by", None
        role = participle_after(tokens, group, last, cues)
        if role is not None:  # "The Chilean copper is by China in large volume bought"
            return role, goods_before(tokens, before, first, cues), "verb-last", None
    return None


def _from_party_buys(tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], at: int, first: int, last: int, cues: Cues) -> int | None:
    """The buying verb of "X from Y bought G" (``at`` the "from", a party right before it and right
    after it, the verb after that party over auxiliaries): word order of translated copy."""
    if at - 1 < first or at - 1 not in group_at or at + 1 not in group_at:
        return None
    if groups[group_at[at - 1]].kind != "name" or groups[group_at[at + 1]].kind != "name":
        return None
    probe = groups[group_at[at + 1]].last + 1
    while probe < last and tokens[probe].low in cues.aux and tokens[probe].low not in frozenset({"which", "that", "who"}) | cues.be:
        probe += 1
    return probe if probe < last and tokens[probe].low in cues.buy_verbs else None


def _subject_verb(tokens: list[Token], group: Group, last: int, cues: Cues) -> tuple[int, bool] | None:
    """The token after a subject and its auxiliaries, and whether a form of "be" came between."""
    probe = group.last + 1
    if probe < last and tokens[probe].text == ",":
        # ", which sources ...", or a parenthetical ", first of all the producer of ...,"
        close = next((i for i in range(probe + 1, min(last, probe + 14)) if tokens[i].text == ","), None)
        if probe + 1 < last and tokens[probe + 1].low in ("which", "that", "who"):
            probe += 1
        elif close is not None and not any(tokens[i].mention for i in range(probe, close)):
            probe = close + 1
        else:
            return None
    probe = skip_time(tokens, probe, last)  # "Russia in 2023 bought ...", "Kenya last season sold ..."
    if group.kind == "actor" and probe < last and tokens[probe].low == "and":
        # "Korean carmakers and pipe mills sold ...": another actor of the same party
        end = next((i for i in range(probe + 1, min(last, probe + 4)) if tokens[i].low in cues.actor_nouns or agent_noun(tokens[i].low)), None)
        if end is not None and all(tokens[i].text[:1].islower() for i in range(probe + 1, end + 1)):
            probe = end + 1
    if group.kind == "actor" and probe + 1 < last and tokens[probe].low == "such" and tokens[probe + 1].low == "as":
        # "Dutch grinders such as Cargill and Olam import ...": examples of the actor
        probe += 2
        while probe < last and tokens[probe].mention is None and (tokens[probe].text[:1].isupper() or tokens[probe].low in ("and", ",")):
            probe += 1
    if group.kind == "actor":
        # "Egyptian state purchaser Mostakbal Misr has bought ...": the actor's name
        names = probe
        while names < last and names < probe + 3 and tokens[names].mention is None and tokens[names].text[:1].isupper():
            names += 1
        probe = names
    party = probe + 1 + (probe + 1 < last and tokens[probe + 1].low == "the")
    if party < last and tokens[probe].low in ("to", "from", "towards", "toward") and tokens[party].group_last is not None:
        probe = tokens[party].group_last + 1  # "This season China to Chile exported cherries": translated order
    passive = False
    while probe < last and tokens[probe].low in cues.aux and tokens[probe].mention is None:
        passive = passive or tokens[probe].low in cues.be
        probe += 1
    return (probe, passive) if probe < last else None


# Verbs that carry goods for someone else: "for" after them is no buyer ("ships oil for Russia").
_CARRYING = frozenset({"ship", "ships", "shipped", "shipping", "pipes", "piped", "piping", "flown", "railed", "trucked", "barged"})

# Verbs of getting: the subject buys what it gets "from" another ("Afghanistan gets most of its flour from Kazakhstan").
GETTING = frozenset({"gets", "get", "got", "getting", "obtains", "obtain", "obtained", "obtaining", "receives", "receive", "received", "receiving", "acquires", "acquire", "acquired"})


def _passive(tokens: list[Token], verb: int, first: int, cues: Cues) -> bool:
    """A trade participle after a form of "be" ("were exported", "is shipped")."""
    return verb > first and bool(PARTICIPLE.search(tokens[verb].low)) and tokens[verb - 1].low in cues.be


def _has_subject(tokens: list[Token], verb: int, first: int, groups: list[Group], cues: Cues) -> bool:
    """A party right before the verb at ``verb`` (over auxiliaries): its subject."""
    probe = verb - 1
    while probe >= first and tokens[probe].low in cues.aux and tokens[probe].mention is None:
        probe -= 1
    return probe >= first and any(g.last == probe and g.kind in ("name", "actor") for g in groups)


def _buying_verb_before(tokens: list[Token], to: int, first: int, group_at: Mapping[int, int], groups: list[Group], cues: Cues) -> int | None:
    """The buying verb right before "to" (over adverbs), with its subject before it: "Turkey buys to Russia"."""
    probe = to - 1
    while probe >= first and tokens[probe].low in _ADVERBS_BEFORE_TO:
        probe -= 1
    if probe < first or tokens[probe].low not in cues.buy_verbs or tokens[probe].low in cues.trade_nouns:
        return None  # "imports to the EU": a noun of goods going there
    return probe if _has_subject(tokens, probe, first, groups, cues) else None


_ADVERBS_BEFORE_TO = frozenset({"mainly", "mostly", "largely", "chiefly", "also", "principally", "above", "all", "especially"})

# Verbs of buyers in translated copy: "Jordan receives the gas of Israel".
_RECEIVE = frozenset({"receives", "received", "receive", "receiving", "obtains", "obtained", "obtain", "acquires", "acquired", "acquire"})

# Words of a share: "took a third of", "absorbed half of".
_SHARES = frozenset({"half", "third", "quarter", "fifth", "tenth", "thirds", "quarters", "fifths", "tenths", "most", "much", "bulk", "majority", "share", "percent", "pct", "%", "all"})


def _by_verb(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    before = token_before(tokens, group.first, first)
    if before >= first and tokens[before].low in PREPOSITIONS:
        return None
    found = _subject_verb(tokens, group, last, cues)
    if found is None:
        return None
    verb, passive = found
    word = tokens[verb].low
    if word == "from" and not passive and verb == group.last + 1:
        buys = _from_party_buys(tokens, groups, group_at, verb, first, last, cues)
        if buys is not None:  # "Brasilia from Beijing purchased soybean": the buyer before "from"
            return BUYS, goods_after(tokens, buys, last, cues, verb=True), "verb", None
        return None
    if passive and PARTICIPLE.search(word):
        return None  # "X was supplied ...": leave it
    if word in cues.change_verbs:
        # "X has increased its purchases of G", "X cut its exports"
        for probe in range(verb + 1, min(last, verb + 5)):
            low = tokens[probe].low
            if (low in cues.sell_nouns or low in cues.buy_nouns) and (low.endswith("s") or tokens[probe + 1].low == "of"):
                role = SELLS if low in cues.sell_nouns else BUYS
                return role, goods_after(tokens, probe, last, cues), "verb", None
            if tokens[probe].mention is not None or not tokens[probe].text[:1].islower():
                return None
        return None
    if word in cues.take_verbs:
        # "Japan took about a third of all the gas that Australia exported": a buyer's share
        share = next((i for i in range(verb + 1, min(last, verb + 6)) if tokens[i].low == "of"), None)
        if share is not None and any(tokens[i].text[:1].isdigit() or tokens[i].low in _SHARES for i in range(verb + 1, share)):
            owner = share + 1 + (share + 1 < last and tokens[share + 1].low == "the")
            if owner in group_at and groups[group_at[owner]].kind in ("poss", "adj"):  # "China takes roughly half of Chile's copper exports", "a third of the Turkish crop"
                return BUYS, goods_after(tokens, groups[group_at[owner]].last, last, cues, verb=True), "verb", group_at[owner]
            return BUYS, goods_after(tokens, verb, last, cues, verb=True), "verb", None
        return None
    if word in cues.rely_verbs:
        # "Japan's utilities lean harder on Australian LNG", "Kenya depends on Uganda for tea"
        on = next((i for i in range(verb + 1, min(last, verb + 4)) if tokens[i].low in ("on", "of")), None)
        imported = on is not None and any(tokens[i].low in ("imported", "foreign") for i in range(on + 1, min(last, on + 3)))
        if imported:  # "the livestock sectors depend on the imported grain"
            return BUYS, goods_after(tokens, on, last, cues, verb=True), "verb", None
        if on is None or tokens[on].low != "on" or not party_follows(tokens, on, last):
            return None  # "China depends a lot on hydropower": its own
        return BUYS, goods_after(tokens, on, last, cues, verb=True), "verb", None
    # goods after the verb, or before its subject: "the coal (which) Japan bought from Australia"
    if word in cues.sell_verbs or word in cues.subject_sell_verbs:
        return SELLS, goods_after(tokens, verb, last, cues, verb=True) or goods_before_subject(tokens, group, first, cues), "verb", None
    if word in GETTING and not passive and any(tokens[i].low == "from" and party_follows(tokens, i, last) for i in range(verb + 1, min(last, verb + REACH))):
        return BUYS, goods_after(tokens, verb, last, cues, verb=True), "verb", None  # "Afghanistan gets most of its wheat flour from Kazakhstan"
    subject_verb = word in cues.subject_buy_verbs and verb + 1 < last and tokens[verb + 1].low not in cues.clause_words | {"of", "and", ","}  # not "Israel source of", "two Saudi sources said"
    if word in cues.buy_verbs or subject_verb:
        return BUYS, goods_after(tokens, verb, last, cues, verb=True) or goods_before_subject(tokens, group, first, cues), "verb", None
    return None


def _anchor_near(tokens: list[Token], group: Group, first: int, last: int, cues: Cues) -> bool:
    """A trade verb or noun right after an actor ("Chinese buyers snapped up ...")."""
    words = cues.sell_verbs | cues.buy_verbs | cues.sell_nouns | cues.buy_nouns
    return any(tokens[i].low in words for i in range(group.last + 1, min(last, group.last + 4)))


