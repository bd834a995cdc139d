"""The cue reader's noun rules: a party's role from a role noun beside it ("X is the top customer",
"Y's main supplier"), a trade noun after it ("Turkish hazelnut exports") or the goods it qualifies
("bought Russian wheat"). See ``trade_cues``."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_goods import goods_after, goods_word, token_before
from factlint.layers.trade_cue_orders import participle_after
from factlint.layers.trade_cue_owners import buying_noun_after, contact_buyer, goods_of_party, moves_to_party, of_party_in_goods, origin_after_owner
from factlint.layers.trade_cue_words import BUYS, FINDING, PARTICIPLE, PREPOSITIONS, REACH, SELLS, Cues, Found, Group, Token, agent_noun, finds_buyers, ranked_source, skip_time


def by_role_noun(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """ "X is (one of) the world's biggest G importer(s)", "X, the top customer for G", "X has
    become Y's main G supplier", "X, home to ..., is the leading destination for G"; and "the
    main buyers of G are X, Y and Z"."""
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    probe = group.last + 1
    if token_before(tokens, group.first, first) >= first and tokens[token_before(tokens, group.first, first)].low == "for" and probe < last and tokens[probe].text != ",":
        return None  # "Turkey is for Ukraine the most important buyer": Ukraine is the other side
    comma = probe < last and tokens[probe].text == ","
    probe = probe if comma else skip_time(tokens, probe, last)  # "Russia in 2023 remained the largest buyer"
    before = token_before(tokens, group.first, 0)
    with_ = before >= 0 and tokens[before].low in ("with", "made", "makes", "make", "making")  # "with X and Y its biggest customers", "made X the main source"
    found = role_noun_after(tokens, groups, group_at, probe + comma, last, comma or with_, cues)
    opening = probe
    while not comma and opening < last and tokens[opening].low in ("has", "have", "had", "is", "was", "also", "now", "still"):
        opening += 1  # "Qatar has, in the years since, remained the single most dependable supplier"
    if found is None and opening < last and tokens[opening].text == ",":  # over an appositive: "X, home to the world's largest hub, is ..."
        close = next((i for i in range(opening + 1, min(last, opening + 16)) if tokens[i].text == ","), None)
        if close is not None and not any(tokens[i].mention for i in range(opening, close)):
            found = role_noun_after(tokens, groups, group_at, close + 1, last, opening > probe, cues)
    if found is not None:
        return found
    # the role noun before: "the main buyers of G are X", "Egypt's main supplier is X", "The
    # largest buyer of that powder, by a distance, is China"
    before = token_before(tokens, group.first, first)
    while before > first and tokens[before].low in ("again", "still", "now", "once", "also"):
        before -= 1
    if before >= first and tokens[before].low in cues.be | {"remains", "remained", "stands", "stood"}:  # "As largest buyer stands again Poland"
        for probe in range(before - 1, max(first - 1, before - REACH - 6), -1):
            token = tokens[probe]
            role = ranked_source(tokens, probe, first) or cues.noun_role(token.low)
            if role is not None:
                return role, goods_after(tokens, probe, before, cues), "role-noun", None
            if token.mention is not None and group_at.get(probe) is not None and groups[group_at[probe]].kind in ("adj", "poss"):
                continue  # the main sources of Ukraine's sunflower oil were X
            if token.mention is not None or not (token.text[:1].isalnum() or token.text == ","):
                break
    return None


def source_owner(tokens: list[Token], group: Group, first: int, cues: Cues) -> str | None:
    """The role of "Ukraine's" in "the main sources/suppliers of Ukraine's G", "the main market for
    Chile's copper": the other role."""
    before = token_before(tokens, group.first, first)
    if before - 1 < first or tokens[before].low not in ("of", "for"):
        return None
    noun = before - 1
    market = tokens[noun].low in ("market", "markets") and tokens[before].low == "for"
    role = ranked_source(tokens, noun, first) or cues.noun_role(tokens[noun].low) or (BUYS if market else None)
    if role is None:
        return None
    return BUYS if role == SELLS else SELLS


# Nouns a role noun may carry before its goods: "the biggest destination country for G".
_ROLE_TAILS = frozenset({"country", "market"})

# Time words a copula may carry before its role noun: "continued during the past year as the principal destination".
_TIME_WORDS = frozenset({"during", "past", "last", "this", "year", "years", "decade", "decades", "season", "seasons", "month", "months", "quarter", "again", "still", "in"})


def role_noun_after(
    tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], probe: int, last: int, linked: bool, cues: Cues
) -> Found | None:
    """The role noun after a party: [copula, determiners, ranks]* [goods words, at most three] role noun."""
    other: int | None = None
    goods_first: int | None = None
    start = probe
    for_other = False  # "The United States are for the German manufacturers the most important sales market"
    bare = False  # "China is Chile cherry biggest export market": a name as the owner, then goods, then ranks
    goods_stop: int | None = None
    while probe < last and probe <= start + 14:
        token = tokens[probe]
        if token.low == "for" and probe + 1 < last and tokens[probe + 1].low in ("years", "decades", "months", "long", "generations", "centuries"):
            probe += 2  # "has for years been the largest buyer"
            continue
        if token.low == "for" and linked and other is None and goods_first is None and probe + 1 < last:
            at = group_at.get(probe + 1 + (tokens[probe + 1].low == "the"))
            if at is not None and groups[at].kind in ("name", "actor"):
                other, for_other, probe = at, True, groups[at].last + 1
                continue
        if token.mention is not None:
            at = group_at.get(probe)
            if at is None or other is not None or goods_first is not None:
                return None
            bare = groups[at].kind != "poss"
            if bare and not (linked and _bare_owner(tokens, groups[at], last, cues)):
                return None
            other, probe = at, groups[at].last + 1
            continue
        if token.low in ("market", "markets") and (for_other or bare):
            return BUYS, (goods_first, goods_stop or probe) if goods_first is not None else goods_after(tokens, probe, last, cues), "role-noun", other
        if token.low in cues.role_nouns and tokens[probe - 1].low == "to":
            return None  # "to market resins": a verb
        if token.low in ("market", "markets") and (linked or other is not None) and tokens[probe - 1].low != "to":
            # "the largest market for Bangladeshi apparel", "one of the most lucrative markets for Danish pork", "a
            # market for New Zealand lamb" (not "the largest display market in Europe")
            after = probe + 1 + (probe + 2 < last and tokens[probe + 2].low == "the")
            if probe + 1 < last and tokens[probe + 1].low in ("for", "of") and after + 1 < last and tokens[after + 1].mention is not None:
                mention = tokens[after + 1].mention
                named = after + 2 < last and mention.form == "name" and tokens[after + 2].text[:1].islower() and tokens[after + 2].low not in PREPOSITIONS | cues.aux
                if mention.form == "adjective" or mention.possessive or named:
                    return BUYS, None, "role-noun", other
            if probe + 1 < last and tokens[probe + 1].low == "for":
                goods = goods_of_party(tokens, after + 1, last)
                if goods is not None:  # "the market more important for the shrimp of Ecuador": translated "de"
                    return BUYS, goods, "role-noun", other
        source = ranked_source(tokens, probe, start)
        if (token.low in cues.role_nouns or source) and (linked or other is not None):
            role = source or cues.noun_role(token.low)
            assert role is not None
            tail = probe + 1 if probe + 1 < last and tokens[probe + 1].low in _ROLE_TAILS else probe  # "destination country for"
            counterpart = of_party_in_goods(tokens, group_at, groups, tail, last) if other is None and goods_first is None else None
            if counterpart is not None:  # "first supplier of the Morocco in phosphoric acid": translated "de X en G"
                return role, counterpart[1], "role-noun", counterpart[0]
            goods = (goods_first, goods_stop or probe) if goods_first is not None else goods_after(tokens, tail, last, cues)
            return role, goods, "role-noun", other
        if goods_first is not None and token.low == "and" and tokens[probe - 1].low not in cues.role_nouns:
            goods_first = None  # "the world's top cocoa grower and a leading exporter of cocoa beans"
        elif goods_first is not None and bare and (token.low in cues.copula or token.low in ("export", "import")):
            goods_stop = goods_stop or probe  # the ranks after the goods in translated order
        elif goods_first is not None:
            if not (goods_word(token) and token.low not in PREPOSITIONS and token.low not in cues.copula and probe - goods_first < 3):
                return None  # goods words run straight into the role noun ("hazelnut exporter")
        elif goods_first is None and token.text[:1].islower() and token.low not in PREPOSITIONS and token.low.endswith(("s", "ed")) and _as_follows(tokens, probe, last):
            linked = True  # "Argentina consolidates as the main destination", "is confirmed as", "established itself as"
            probe = _as_follows(tokens, probe, last)
        elif token.low in cues.copula:
            linked = linked or token.low not in ("the", "a", "an", "one", "of", "its", "their", "to", "as", "by", "far", "has", "have", "had", "also", "now", "still", "long", "once", "already")
        elif (token.low in _TIME_WORDS or token.low in ("so", "thus") or (token.low.endswith("ly") and len(token.low) > 4)) and linked:
            pass  # "is normally India's second-biggest supplier", "continued during the past year as"
        elif token.low.endswith(("able", "ible")) and goods_first is None and linked:
            pass  # "the single most dependable supplier": a rank, not goods
        elif goods_word(token) and token.low not in PREPOSITIONS and linked:
            goods_first = probe
        else:
            return None
        probe += 1
    return None


def _as_follows(tokens: list[Token], verb: int, last: int) -> int:
    """The index of "as" after a verb ("consolidates as", "established itself as"), or 0."""
    at = verb + 1 + (verb + 1 < last and tokens[verb + 1].low in ("itself", "themselves", "herself"))
    return at if at < last and tokens[at].low == "as" else 0


def by_trade_noun(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """ "X's exports", "Turkish hazelnut export", "Y's most important gas supplier" (Y buys)."""
    group = groups[n]
    if group.kind not in ("poss", "adj"):
        return None
    origin = origin_after_owner(tokens, groups, group_at, n, first)
    if origin is not None:
        # "India's Russian oil purchases": the possessive buys, the adjective after it is where the goods come from
        owner, adjective = origin
        goods = buying_noun_after(tokens, groups[adjective].last, last, cues)
        if goods is None:
            return None  # "Australia's Chinese coal exports", "Japan's U.S. subsidiaries": no such reading
        return (BUYS, goods, "trade-noun", adjective) if n == owner else (SELLS, goods, "trade-noun", owner)
    owner = source_owner(tokens, group, first, cues) if group.kind == "poss" else None
    if owner is not None:  # "the main sources of Ukraine's sunflower oil": Ukraine buys
        end = group.last + 1
        while end < last and end <= group.last + 3 and goods_word(tokens[end]) and tokens[end].low not in cues.be | cues.aux | PREPOSITIONS:
            end += 1
        return owner, ((group.last + 1, end) if end > group.last + 1 else None), "role-noun", None
    ranked = False
    goods_first: int | None = None
    for probe in range(group.last + 1, min(last, group.last + 5)):
        token = tokens[probe]
        if token.mention is not None or not token.text[:1].isalpha():
            return None
        word = token.low
        goods = (goods_first, probe) if goods_first is not None else None
        if (word in cues.sell_nouns or word in cues.buy_nouns) and not word.endswith("s") and probe + 1 < last and tokens[probe + 1].text[:1].islower() and tokens[probe + 1].low not in PREPOSITIONS:
            return None  # "the U.S. export markets", "future export policy": a modifier
        if word in cues.sell_nouns:
            return SELLS, goods or goods_after(tokens, probe, last, cues), "trade-noun", None
        if word in cues.buy_nouns:
            return BUYS, goods or goods_after(tokens, probe, last, cues), "trade-noun", None
        if word in cues.role_nouns and group.kind == "poss":
            if word == "market":
                return None  # "Brazil's beer market": its own market, nobody's customer
            role = cues.noun_role(word)
            return (BUYS if role == SELLS else SELLS), goods or goods_after(tokens, probe, last, cues), "role-noun", None
        if word in FINDING:
            return None  # "Nigeria's crude found buyers in India": read from its origin
        if goods_first is None and word in _SHARE_WORDS and probe + 1 < last and tokens[probe + 1].low == "of":
            return None  # "Brazil's share of those purchases": a seller's share of another's buying (or a buyer's of the world's)
        if goods_first is None and _dependence(tokens, probe, last, cues):
            return BUYS, goods_after(tokens, probe + 1, last, cues), "trade-noun", None  # "Hungary's dependence on Russian gas"
        if word in ("comes", "came", "come", "coming") and goods_first is not None and probe + 1 < last and tokens[probe + 1].low == "from":
            return BUYS, goods, "trade-noun", None  # "40% of Kenya's wheat comes from Russia"
        if word in cues.copula:
            ranked = True
            continue
        if word in PREPOSITIONS or word in cues.aux or (ranked and goods_first is None and False):
            return None
        if goods_first is None:
            goods_first = probe
    return None


def by_origin(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> Found | None:
    """ "bought Russian wheat", "buyers of Italian hazelnut", "Uzbek grain arriving in X",
    "Turkish scrap that the United States bought": the adjective names where the goods come from."""
    group = groups[n]
    if group.last + 1 >= last:
        return None
    # a name used as an adjective: "buyers of U.S. cotton", "imports Brazil coffee"
    proper = group.first > first and tokens[group.first - 1].text[:1].isupper() and tokens[group.first - 1].mention is None  # "the Great America theme park"
    modifier = not proper and group.kind == "name" and len(group.members) == 1 and tokens[group.last + 1].text[:1].islower() and tokens[group.last + 1].low not in PREPOSITIONS | cues.aux | cues.copula | cues.sell_verbs | cues.buy_verbs | cues.move_verbs | cues.move_words | {"and", "or"}
    if group.kind not in ("adj", "poss") and not modifier:
        return None
    goods_end = group.last + 1
    while goods_end < last and goods_end < group.last + 4 and goods_word(tokens[goods_end]) and tokens[goods_end].low not in PREPOSITIONS | cues.aux | cues.clause_words | {"and", "or", "out", "off", "up"}:
        word = tokens[goods_end].low
        if goods_end > group.last + 1 and _plural(tokens[goods_end - 1].low) and not _plural(word):
            break  # "Mexican importers of US avocados brace for ...": a verb after plural goods
        if word in cues.sell_nouns | cues.buy_nouns | cues.actor_nouns | cues.neutral_nouns or agent_noun(word):
            return None
        if goods_end == group.last + 1 and word in ("cargoes", "cargo", "shipments", "consignments"):
            goods_end += 1  # "Chinese demand for Qatari cargoes": goods named again, for the ledger to resolve
            break
        if word in cues.sell_verbs | cues.buy_verbs | cues.move_words | cues.move_verbs | _SHARE_VERBS | FINDING or (goods_end > group.last + 1 and word.endswith("ed")):
            break  # "Ukrainian corn loaded at Izmail"
        goods_end += 1
    if goods_end == group.last + 1:
        return None
    goods = (group.last + 1, goods_end)
    # before: a buying verb over quantity words, or "of"/"for" after a buyer's noun
    probe = token_before(tokens, group.first, first)
    steps = 0
    if probe >= first and tokens[probe].low.endswith("ed") and tokens[probe].low not in cues.buy_verbs:
        return None  # "have rejected U.S. offers": another verb on the goods
    if group.kind == "poss" and probe >= first and tokens[probe].low in cues.buy_verbs - cues.trade_nouns and tokens[probe].mention is None:
        return SELLS, goods, "origin", None  # "The Netherlands buy Ghana's cocoa"
    share = probe
    while group.kind == "poss" and share > first and tokens[share].mention is None and (tokens[share].low in _SHARE_WORDS | {"of", "the", "a", "about", "roughly", "some", "nearly"} or tokens[share].text[:1].isdigit()):
        share -= 1
    verb = share < probe and tokens[share].low in cues.sell_verbs and share > first and (tokens[share - 1].mention is not None or tokens[share - 1].low in cues.aux)
    if verb and tokens[share].mention is None:
        return BUYS, goods, "origin", None  # "Qatar supplies the bulk of Pakistan's LNG": the buyer's goods
    while group.kind in ("adj", "name") and probe >= first and steps < 8:
        word = tokens[probe].low
        if tokens[probe].mention is not None:
            break
        if word in cues.buy_verbs and not (modifier and word in _RECEIVING):
            return SELLS, goods, "origin", None
        if word == "on" and probe - 1 >= first and any(tokens[i].low in cues.rely_verbs for i in range(max(first, probe - 3), probe)):
            return SELLS, goods, "origin", None  # "lean harder on Australian LNG"
        if word in ("on", "for") and probe - 1 >= first and _dependence(tokens, probe - 1, last, cues):
            return SELLS, goods, "origin", None  # "Italy's reliance on Algerian gas", "China's appetite for Thai durians"
        if word in ("of", "for") and probe - 1 >= first:
            at = token_before(tokens, probe, first)
            if at - 1 >= first and tokens[at].low in _ROLE_TAILS and tokens[at - 1].low in cues.buyer_nouns:
                at -= 1  # "the biggest destination country for Indonesian palm oil"
            noun = tokens[at].low if at >= first else ""
            if noun in cues.buy_nouns or noun in cues.buyer_nouns or noun in cues.buy_verbs or noun in cues.sell_nouns or noun in ("market", "markets"):
                return SELLS, goods, "origin", None  # "buyers of Italian hazelnut", "exports of Mexican corn"
            if at >= first and (noun in _AMOUNTS or tokens[at].text[:1].isdigit()):
                probe -= 1  # "imported some 3.4 million tonnes of French soft wheat": over the amount to the verb
                steps += 1
                continue
            if not tokens[probe + 1].text[:1].isdigit() and tokens[probe + 1].mention is not None:
                break  # the goods' own "of" is not after a buyer's word: "a flight of U.S. processing facilities"
        if not (tokens[probe].text[:1].isalnum() or tokens[probe].text in "%$") or word in cues.sell_verbs or (word in PREPOSITIONS and word not in ("of", "for", "on", "per") and not (word == "about" and tokens[probe + 1].text[:1].isdigit())):
            break  # "buying products in Japanese yen": the adjective is not on the goods bought
        probe -= 1
        steps += 1
    verb = goods_end
    while verb < last and tokens[verb].low in cues.aux:
        verb += 1
    if modifier and not moves_to_party(tokens, goods_end, last, group_at, cues) and finds_buyers(tokens, verb, last) is None:
        return None  # a name before a noun is read as an origin only after a buyer's word or before a move to a party ("most US corn goes to Mexico"; not "U.S. weather went to extremes")
    # after: the goods on the move ("arriving in", "arrives to"), or "that X bought"
    probe = goods_end
    if probe + 2 < last and tokens[probe].low.endswith("ed") and tokens[probe + 1].low in ("at", "in", "from") and tokens[probe + 2].text[:1].isupper():
        probe += 2  # "Australian coal loaded at Newcastle heads largely to Japan": over the loading port
        while probe < last and tokens[probe].text[:1].isupper() and tokens[probe].mention is None:
            probe += 1
    while probe < last and tokens[probe].low in cues.aux and tokens[probe].low not in ("which", "that", "who"):
        probe += 1
    if finds_buyers(tokens, probe, last) is not None:
        return SELLS, goods, "finds-buyers", None  # "Argentine soymeal found a ready buyer in Vietnam"
    owner = share_owner(tokens, groups, group_at, probe, last, cues)
    if owner is not None:
        return SELLS, goods, "share-of", owner  # "Norwegian gas covers close to half of Germany's demand"
    link = goods_end
    while link < last and tokens[link].low in cues.be:
        link += 1
    party = link + 1 + (link + 1 < last and tokens[link + 1].low == "the")
    if link < last and tokens[link].low in ("to", "by") and party in group_at and participle_after(tokens, groups[group_at[party]], last, cues):
        return SELLS, goods, "verb-last", None  # "Polish furniture to Germany exported", "The Moroccan tomatoes are by France bought"
    if probe < last and tokens[probe].low in (cues.move_words | cues.move_verbs) - cues.sell_nouns - cues.buy_nouns and any(
        tokens[i].low in ("to", "into", "toward", "towards", "in", "at", "for", "abroad") for i in range(probe + 1, min(last, probe + 4))
    ):
        return SELLS, goods, "origin", None  # "Uzbek grain arriving in X", not "the North Korean leadership has to go"
    passive = probe > goods_end or (probe + 1 < last and tokens[probe + 1].low in ("by", "to", "from", "in", "at", "into", "abroad", "overseas"))
    if passive and probe < last and tokens[probe].low in cues.sell_verbs | cues.buy_verbs and PARTICIPLE.search(tokens[probe].low):
        return SELLS, goods, "origin", None  # "Chilean cathodes are delivered to ...", "Russian oil bought by ..." (not "British voters delivered an upset")
    subject = probe + 1 + (probe + 1 < last and tokens[probe + 1].low == "the")
    if subject < last and tokens[probe].low in ("that", "which") and tokens[subject].mention is not None:
        after = subject
        while after < last and (tokens[after].mention is not None or tokens[after].low in cues.aux | {"the"}):
            after += 1
        if after < last and tokens[after].low in cues.buy_verbs:
            return SELLS, goods, "origin", None
    return None


# Amounts of goods before "of": "bought 3.4 million tonnes of French wheat".
_AMOUNTS = frozenset({"tonnes", "tons", "tonne", "ton", "barrels", "bushels", "bales", "bags", "sacks", "cargoes", "shipments", "containers", "million", "billion", "mln", "bln", "thousand", "kilograms", "kg", "litres", "liters", "metres", "meters", "bcm", "%", "percent", "carloads", "boatloads", "truckloads"})

# Verbs of receiving, weaker than buying: "received three other U.S. presidents".
_RECEIVING = frozenset({"receives", "received", "receiving", "receive", "obtains", "obtained", "acquires", "acquired"})

# Verbs of a share, words of a share, and what the share is of: "Norwegian gas covers close to
# half of Germany's pipeline supply", "Qatari LNG made up a quarter of Kuwait's imports".
_SHARE_VERBS = frozenset({"covers", "covered", "cover", "accounts", "accounted", "account", "makes", "made", "make", "meets", "met", "meet", "represents", "represented", "supplies", "supplied", "provides", "provided", "satisfies", "satisfied"})
_SHARE_WORDS = frozenset({"half", "third", "quarter", "fifth", "tenth", "thirds", "quarters", "fifths", "tenths", "most", "much", "bulk", "majority", "all", "percent", "pct", "%", "share", "two-thirds", "three-quarters", "nine-tenths"})
_SHARE_OF = frozenset({"imports", "import", "purchases", "demand", "needs", "consumption", "supply", "supplies", "market", "use", "requirements", "intake", "deliveries", "arrivals", "shipments", "buying"})


def share_owner(tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], verb: int, last: int, cues: Cues) -> int | None:
    """The party whose imports a share verb at ``verb`` measures ("... covers half of Germany's
    demand", "... accounted for a third of Ivorian imports"): its group index, or None."""
    if verb >= last or tokens[verb].low not in _SHARE_VERBS:
        return None
    of = next((i for i in range(verb + 1, min(last, verb + 8)) if tokens[i].low == "of"), None)
    if of is None or not any(tokens[i].low in _SHARE_WORDS or tokens[i].text[:1].isdigit() for i in range(verb + 1, of)):
        return None
    at = of + 1 + (of + 1 < last and tokens[of + 1].low == "the")
    if at not in group_at:
        return contact_buyer(tokens, groups, group_at, at, last, cues)  # "... of the salmon France imports"
    if groups[group_at[at]].kind not in ("poss", "adj"):
        return None
    owner = group_at[at]
    for probe in range(groups[owner].last + 1, min(last, groups[owner].last + 5)):
        if tokens[probe].low in _SHARE_OF:
            return owner
        if not goods_word(tokens[probe]) or tokens[probe].low in PREPOSITIONS:
            return None
    return None


# Nouns of a buyer's need: "X's dependence on Russian gas", "China's appetite for Thai durians".
_NEED_ON = frozenset({"dependence", "reliance", "dependency"})
_NEED_FOR = frozenset({"appetite", "hunger", "thirst", "demand"})


def _dependence(tokens: list[Token], noun: int, last: int, cues: Cues) -> bool:
    """A need noun at ``noun`` with its preposition and a foreign origin after it ("on Russian
    gas", "for Thai durians", "on Russia for gas"): never a bare "demand for oil" (home output too)."""
    word = tokens[noun].low
    preposition = "on" if word in _NEED_ON else "for" if word in _NEED_FOR else None
    if preposition is None or noun + 2 >= last or tokens[noun + 1].low != preposition:
        return False
    after = noun + 2 + (tokens[noun + 2].low == "the")
    mention = tokens[after].mention if after < last else None
    return mention is not None and (mention.form == "adjective" or (preposition == "on" and after + 1 < last and tokens[after + 1].low == "for"))


def _bare_owner(tokens: list[Token], group: Group, last: int, cues: Cues) -> bool:
    """A name used as a possessive in translated copy: "China is Chile cherry biggest export
    market" (a lower-case goods word, then a rank or role noun within a few words)."""
    if group.kind != "name" or len(group.members) != 1 or group.last + 1 >= last or not tokens[group.last + 1].text[:1].islower():
        return False
    for probe in range(group.last + 1, min(last, group.last + 6)):
        word = tokens[probe].low
        if word in cues.role_nouns or word in ("market", "markets") or ranked_source(tokens, probe, group.last + 1):
            return True
        if word == "of" and probe > group.last + 1:
            continue  # "China is Brazil soybean of biggest export destination": translated Chinese "de"
        if not goods_word(tokens[probe]) or word in PREPOSITIONS | cues.aux:
            return False
    return False


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in ("arms", "goods", "sales", "news", "series")
