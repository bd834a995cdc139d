"""The cue reader's rules: the role of one party from the words around it (see ``trade_cues``)."""

from __future__ import annotations

from collections.abc import Mapping

from factlint.layers.trade_cue_words import BUYS, PARTICIPLE, PREPOSITIONS, REACH, SELLS, Cues, Group, Token, agent_noun

_Found = tuple[str, "tuple[int, int] | None", str, "int | None"]  # role, goods tokens, rule, other group's role


def role_of(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> _Found | None:
    group = groups[n]
    for rule in (_by_preposition, _by_verb, _by_role_noun, _by_trade_noun, _by_origin):
        found = rule(tokens, groups, n, group_at, first, last, cues)
        if found is not None:
            return found
    if group.kind == "actor" and group.noun_role and _anchor_near(tokens, group, first, last, cues):
        return group.noun_role, None, "actor", None
    return None


def _before(tokens: list[Token], index: int, first: int) -> int:
    """The token before ``index``, skipping "the"."""
    index -= 1
    while index >= first and tokens[index].low == "the":
        index -= 1
    return index


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
            before = _before(tokens, other.first, first)
            if other.kind == "adj":
                probe = other.first - 1
            elif before >= first and tokens[before].low in ("from", "to", "into", "toward", "towards", "by", "of"):
                probe = before - 1
            else:
                return None
            steps += 1
            continue
        if token.low in words:
            nxt = tokens[probe + 1] if probe + 1 < len(tokens) else None
            if not token.low.endswith("s") and token.low in trade_nouns | _MODIFIER_NOUNS and nxt is not None and nxt.text[:1].islower() and nxt.low not in PREPOSITIONS:
                return None  # "cargo preference", "export markets": a modifier, not the trade
            return probe
        if token.low in subject_verbs and probe - 1 >= first and any(
            g.last == probe - 1 for g in groups
        ):
            return probe  # "Polish furniture makers ship ... to Germany"
        if token.low in moves and any(
            tokens[i].low in trade_nouns or (tokens[i].mention is not None and (tokens[i].mention.possessive or tokens[i].mention.form == "adjective"))  # type: ignore[union-attr]
            for i in range(max(first, probe - 5), probe)
        ):
            return probe  # "most of the exports went to China", "Ukraine's corn goes to Spain"
        if token.text == "," and all(tokens[i].low in _PARTITIVE for i in range(probe + 1, index)):
            probe -= 1  # "the biggest importer of scrap, most of it from X"
            continue
        if not (token.text[:1].isalnum() or token.text in "%$€£") or token.low in ("that", "which", "who", "than", "against", "because", "whose", "to", "for"):
            return None  # "provided buses to take them into Austria": another phrase between
        if token.low.endswith("ed") and (tokens[probe + 1].low in PREPOSITIONS or not tokens[probe + 1].text[:1].isalnum()):
            return None  # another verb ("the ships sailed from"), not "liquefied natural gas from"
        probe -= 1
        steps += 1
    return None


def _by_preposition(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> _Found | None:
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    before = _before(tokens, group.first, first)
    if before < first:
        return None
    word = tokens[before].low
    if word == "from":
        anchors = cues.sell_verbs | cues.buy_verbs | cues.move_words | cues.sell_nouns | cues.buy_nouns | cues.role_nouns
        anchor = _anchor_before(
            tokens, before, first, group_at, groups, anchors, cues.move_verbs, cues.trade_nouns, cues.subject_sell_verbs | cues.subject_buy_verbs
        )
        return (SELLS, goods_after(tokens, anchor, last, cues), "from", None) if anchor is not None else None
    if word in ("to", "into", "toward", "towards"):
        anchors = cues.sell_verbs | cues.move_words | cues.sell_nouns | cues.seller_nouns
        anchor = _anchor_before(tokens, before, first, group_at, groups, anchors, cues.move_verbs, cues.trade_nouns, cues.subject_sell_verbs)
        if anchor is None:
            return None
        return BUYS, goods_after(tokens, anchor, last, cues) or _goods_before(tokens, anchor, first, cues), "to", None
    if word == "for" and before - 1 >= first:
        if tokens[before - 1].low in ("bound", "destined", "headed", "heading"):
            return BUYS, _goods_before(tokens, before - 1, first, cues), "for", None
        anchor = _anchor_before(tokens, before, first, group_at, groups, cues.seller_nouns)
        return (BUYS, goods_after(tokens, anchor, last, cues), "for", None) if anchor is not None else None
    if word in ("in", "at") and before - 1 >= first and tokens[before - 1].low in ("arrive", "arrives", "arrived", "arriving", "arrivals", "landed"):
        return BUYS, _goods_before(tokens, before - 1, first, cues), "in", None
    if word == "of" and before - 1 >= first and group.kind == "name":
        noun = tokens[before - 1].low  # "the hazelnut export of Turkey": Turkey's export
        if noun in cues.sell_nouns or noun in cues.buy_nouns:
            return (SELLS if noun in cues.sell_nouns else BUYS), _goods_before_noun(tokens, before - 1, first, cues), "of", None
        # "the principal destination of the yellow corn of the United States": where the goods come from
        goods_end = before
        goods_start = goods_end
        while goods_start > first and goods_start > goods_end - 3 and _goods_word(tokens[goods_start - 1]) and tokens[goods_start - 1].low not in cues.copula | PREPOSITIONS:
            goods_start -= 1
        link = _before(tokens, goods_start, first)
        if goods_start < goods_end and link >= first and tokens[link].low in ("of", "for"):
            anchor = _before(tokens, link, first)
            if anchor >= first and (tokens[anchor].low in cues.buyer_nouns or tokens[anchor].low in cues.buy_nouns or tokens[anchor].low in cues.sell_nouns):
                return SELLS, (goods_start, goods_end), "of", None
        if word == "on" and any(tokens[i].low in cues.rely_verbs for i in range(max(first, before - 3), before)):
            return SELLS, goods_after(tokens, before, last, cues, verb=True), "on", None
    if word == "on" and any(tokens[i].low in cues.rely_verbs for i in range(max(first, before - 3), before)):
        return SELLS, goods_after(tokens, before, last, cues, verb=True), "on", None  # "depends on Uganda for tea"
    if word == "after":
        # "India's second-biggest supplier of sunflower oil after Russia": a competitor in the same role
        for probe in range(before - 1, max(first - 1, before - 7), -1):
            role = cues.noun_role(tokens[probe].low)
            if role is not None:
                return role, goods_after(tokens, probe, before, cues), "after", None
            if tokens[probe].mention is not None and (
                (probe - 1 >= first and tokens[probe - 1].low in ("to", "from", "the")) or tokens[probe].mention.form == "adjective"
            ):
                continue  # "the second-largest seller of cashews to Vietnam after India", "buyer of Russian wheat after Egypt"
            if tokens[probe].mention is not None or not tokens[probe].text[:1].isalnum():
                break
    if word in ("by", "in") and before - 1 >= first and tokens[before - 1].low in cues.use_participles:
        # "Chile supplies most of the lithium used by Korean battery makers", "the cocoa ground in X"
        anchor = _anchor_before(tokens, before - 1, first, group_at, groups, cues.sell_verbs)
        return (BUYS, goods_after(tokens, anchor, before - 1, cues), "used-by", None) if anchor is not None else None
    if word == "by":
        probe = before - 1
        while probe >= first and tokens[probe].low in ("mainly", "mostly", "largely", "chiefly", "partly", "primarily", "also", "all"):
            probe -= 1
        if probe < first:
            return None
        anchor = tokens[probe].low
        if PARTICIPLE.search(anchor) and anchor in cues.sell_verbs:
            return SELLS, _goods_before(tokens, probe, first, cues), "by", None
        if PARTICIPLE.search(anchor) and anchor in cues.buy_verbs:
            return BUYS, _goods_before(tokens, probe, first, cues), "by", None
        if anchor in cues.buy_nouns:
            return BUYS, goods_after(tokens, probe, last, cues), "by", None
    return None


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
    passive = False
    while probe < last and tokens[probe].low in cues.aux and tokens[probe].mention is None:
        passive = passive or tokens[probe].low in cues.be
        probe += 1
    return (probe, passive) if probe < last else None


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"})

# Adverbs that end a goods phrase: "buys sunflower oil mainly from Russia".
_ADVERBS = frozenset({"mainly", "mostly", "largely", "chiefly", "primarily", "partly", "directly", "solely", "entirely", "heavily", "increasingly", "overwhelmingly", "exclusively", "principally", "predominantly"})

# Words of a share: "took a third of", "absorbed half of".
_SHARES = frozenset({"half", "third", "quarter", "fifth", "tenth", "thirds", "quarters", "fifths", "tenths", "most", "much", "bulk", "majority", "share", "percent", "pct", "%", "all"})


def _goods_before_subject(tokens: list[Token], group: Group, first: int, cues: Cues) -> tuple[int, int] | None:
    """ "The coal Japan bought", "the sugar which Indonesia purchased": goods that the verb's object relative clause hangs on."""
    end = _before(tokens, group.first, first) + 1
    if end - 1 >= first and tokens[end - 1].low in ("which", "that"):
        end -= 1
    return _goods_before(tokens, end, first, cues)


def _by_verb(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> _Found | None:
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    before = _before(tokens, group.first, first)
    if before >= first and tokens[before].low in PREPOSITIONS:
        return None
    found = _subject_verb(tokens, group, last, cues)
    if found is None:
        return None
    verb, passive = found
    word = tokens[verb].low
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
            return BUYS, goods_after(tokens, verb, last, cues, verb=True), "verb", None
        return None
    if word in cues.rely_verbs:
        # "Japan's utilities lean harder on Australian LNG", "Kenya depends on Uganda for tea"
        on = next((i for i in range(verb + 1, min(last, verb + 4)) if tokens[i].low in ("on", "of")), None)
        imported = on is not None and any(tokens[i].low in ("imported", "foreign") for i in range(on + 1, min(last, on + 3)))
        if imported:  # "the livestock sectors depend on the imported grain"
            return BUYS, goods_after(tokens, on, last, cues, verb=True), "verb", None
        if on is None or tokens[on].low != "on" or not _party_follows(tokens, on, last):
            return None  # "China depends a lot on hydropower": its own
        return BUYS, goods_after(tokens, on, last, cues, verb=True), "verb", None
    # goods after the verb, or before its subject: "the coal (which) Japan bought from Australia"
    if word in cues.sell_verbs or word in cues.subject_sell_verbs:
        return SELLS, goods_after(tokens, verb, last, cues, verb=True) or _goods_before_subject(tokens, group, first, cues), "verb", None
    if word in cues.buy_verbs or word in cues.subject_buy_verbs:
        return BUYS, goods_after(tokens, verb, last, cues, verb=True) or _goods_before_subject(tokens, group, first, cues), "verb", None
    return None


def _by_role_noun(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> _Found | None:
    """ "X is (one of) the world's biggest G importer(s)", "X, the top customer for G", "X has
    become Y's main G supplier", "X, home to ..., is the leading destination for G"; and "the
    main buyers of G are X, Y and Z"."""
    group = groups[n]
    if group.kind not in ("name", "actor"):
        return None
    probe = group.last + 1
    comma = probe < last and tokens[probe].text == ","
    before = _before(tokens, group.first, 0)
    with_ = before >= 0 and tokens[before].low == "with"  # "with X and Y its biggest customers"
    found = _role_noun_after(tokens, groups, group_at, probe + comma, last, comma or with_, cues)
    if found is None and comma:  # over an appositive: "X, home to the world's largest hub, is ..."
        close = next((i for i in range(probe + 1, min(last, probe + 16)) if tokens[i].text == ","), None)
        if close is not None and not any(tokens[i].mention for i in range(probe, close)):
            found = _role_noun_after(tokens, groups, group_at, close + 1, last, False, cues)
    if found is not None:
        return found
    # the role noun before: "the main buyers of G are X", "Egypt's main supplier is X", "The
    # largest buyer of that powder, by a distance, is China"
    before = _before(tokens, group.first, first)
    if before >= first and tokens[before].low in cues.be | {"remains", "remained"}:
        for probe in range(before - 1, max(first - 1, before - REACH - 6), -1):
            token = tokens[probe]
            if token.low in cues.role_nouns:
                role = cues.noun_role(token.low)
                assert role is not None
                return role, goods_after(tokens, probe, before, cues), "role-noun", None
            if token.mention is not None and group_at.get(probe) is not None and groups[group_at[probe]].kind == "adj":
                continue
            if token.mention is not None or not (token.text[:1].isalnum() or token.text == ","):
                break
    return None


# Time words a copula may carry before its role noun: "continued during the past year as the principal destination".
_TIME_WORDS = frozenset({"during", "past", "last", "this", "year", "years", "decade", "decades", "season", "seasons", "month", "months", "quarter", "again", "still", "in"})


def _role_noun_after(
    tokens: list[Token], groups: list[Group], group_at: Mapping[int, int], probe: int, last: int, linked: bool, cues: Cues
) -> _Found | None:
    """The role noun after a party: [copula, determiners, ranks]* [goods words, at most three] role noun."""
    other: int | None = None
    goods_first: int | None = None
    start = probe
    while probe < last and probe <= start + 14:
        token = tokens[probe]
        if token.mention is not None:
            at = group_at.get(probe)
            if at is None or groups[at].kind != "poss" or other is not None or goods_first is not None:
                return None
            other, probe = at, groups[at].last + 1
            continue
        if token.low in cues.role_nouns and tokens[probe - 1].low == "to":
            return None  # "to market resins": a verb
        if token.low == "market" and (linked or other is not None) and tokens[probe - 1].low != "to":
            # "the largest market for Bangladeshi apparel" (not "the largest display market in Europe")
            after = probe + 1 + (probe + 2 < last and tokens[probe + 2].low == "the")
            if probe + 1 < last and tokens[probe + 1].low in ("for", "of") and after + 1 < last and tokens[after + 1].mention is not None:
                mention = tokens[after + 1].mention
                if mention.form == "adjective" or mention.possessive:
                    return BUYS, None, "role-noun", other
        if token.low in cues.role_nouns and (linked or other is not None):
            role = cues.noun_role(token.low)
            assert role is not None
            goods = (goods_first, probe) if goods_first is not None else goods_after(tokens, probe, last, cues)
            return role, goods, "role-noun", other
        if goods_first is not None and token.low == "and" and tokens[probe - 1].low not in cues.role_nouns:
            goods_first = None  # "the world's top cocoa grower and a leading exporter of cocoa beans"
        elif goods_first is not None:
            if not (_goods_word(token) and token.low not in PREPOSITIONS and token.low not in cues.copula and probe - goods_first < 3):
                return None  # goods words run straight into the role noun ("hazelnut exporter")
        elif token.low in cues.copula:
            linked = linked or token.low not in ("the", "a", "an", "one", "of", "its", "their", "to", "as", "by", "far", "has", "have", "had", "also", "now", "still", "long", "once", "already")
        elif (token.low in _TIME_WORDS or (token.low.endswith("ly") and len(token.low) > 4)) and linked:
            pass  # "is normally India's second-biggest supplier", "continued during the past year as"
        elif _goods_word(token) and token.low not in PREPOSITIONS and linked:
            goods_first = probe
        else:
            return None
        probe += 1
    return None


def _by_trade_noun(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> _Found | None:
    """ "X's exports", "Turkish hazelnut export", "Y's most important gas supplier" (Y buys)."""
    group = groups[n]
    if group.kind not in ("poss", "adj"):
        return None
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
        if word in cues.copula:
            ranked = True
            continue
        if word in PREPOSITIONS or word in cues.aux or (ranked and goods_first is None and False):
            return None
        if goods_first is None:
            goods_first = probe
    return None


def _goods_word(token: Token) -> bool:
    """A word that can be goods: lower case, or an acronym ("LNG")."""
    return token.text[:1].islower() or (len(token.text) > 1 and token.text.isupper() and token.mention is None)


def _by_origin(tokens: list[Token], groups: list[Group], n: int, group_at: Mapping[int, int], first: int, last: int, cues: Cues) -> _Found | None:
    """ "bought Russian wheat", "buyers of Italian hazelnut", "Uzbek grain arriving in X",
    "Turkish scrap that the United States bought": the adjective names where the goods come from."""
    group = groups[n]
    if group.kind not in ("adj", "poss") or group.last + 1 >= last:
        return None
    goods_end = group.last + 1
    while goods_end < last and goods_end < group.last + 4 and _goods_word(tokens[goods_end]) and tokens[goods_end].low not in PREPOSITIONS | cues.aux | cues.clause_words | {"and", "or"}:
        word = tokens[goods_end].low
        if word in cues.sell_nouns | cues.buy_nouns | cues.actor_nouns | cues.neutral_nouns or agent_noun(word):
            return None
        if word in cues.sell_verbs | cues.buy_verbs | cues.move_words | cues.move_verbs or (goods_end > group.last + 1 and word.endswith("ed")):
            break  # "Ukrainian corn loaded at Izmail"
        goods_end += 1
    if goods_end == group.last + 1:
        return None
    goods = (group.last + 1, goods_end)
    # before: a buying verb over quantity words, or "of"/"for" after a buyer's noun
    probe = _before(tokens, group.first, first)
    steps = 0
    while group.kind == "adj" and probe >= first and steps < 6:
        word = tokens[probe].low
        if tokens[probe].mention is not None:
            break
        if word in cues.buy_verbs:
            return SELLS, goods, "origin", None
        if word == "on" and probe - 1 >= first and any(tokens[i].low in cues.rely_verbs for i in range(max(first, probe - 3), probe)):
            return SELLS, goods, "origin", None  # "lean harder on Australian LNG"
        if word in ("of", "for") and probe - 1 >= first:
            noun = tokens[_before(tokens, probe, first)].low if _before(tokens, probe, first) >= first else ""
            if noun in cues.buy_nouns or noun in cues.buyer_nouns or noun in cues.buy_verbs or noun in cues.sell_nouns or noun == "market":
                return SELLS, goods, "origin", None  # "buyers of Italian hazelnut", "exports of Mexican corn"
        if not (tokens[probe].text[:1].isalnum() or tokens[probe].text in "%$") or word in cues.sell_verbs or (word in PREPOSITIONS and word not in ("of", "for", "on")):
            break  # "buying products in Japanese yen": the adjective is not on the goods bought
        probe -= 1
        steps += 1
    # after: the goods on the move ("arriving in", "arrives to"), or "that X bought"
    probe = goods_end
    while probe < last and tokens[probe].low in cues.aux and tokens[probe].low not in ("which", "that", "who"):
        probe += 1
    if probe < last and tokens[probe].low in (cues.move_words | cues.move_verbs) - cues.sell_nouns - cues.buy_nouns and any(
        tokens[i].low in ("to", "into", "toward", "towards", "in", "at", "for", "abroad") for i in range(probe + 1, min(last, probe + 4))
    ):
        return SELLS, goods, "origin", None  # "Uzbek grain arriving in X", not "the North Korean leadership has to go"
    if probe < last and tokens[probe].low in cues.sell_verbs | cues.buy_verbs and PARTICIPLE.search(tokens[probe].low):
        return SELLS, goods, "origin", None  # "Chilean cathodes are delivered to ...", "Russian oil bought by ..."
    subject = probe + 1 + (probe + 1 < last and tokens[probe + 1].low == "the")
    if subject < last and tokens[probe].low in ("that", "which") and tokens[subject].mention is not None:
        after = subject
        while after < last and (tokens[after].mention is not None or tokens[after].low in cues.aux | {"the"}):
            after += 1
        if after < last and tokens[after].low in cues.buy_verbs:
            return SELLS, goods, "origin", None
    return None


def _anchor_near(tokens: list[Token], group: Group, first: int, last: int, cues: Cues) -> bool:
    """A trade verb or noun right after an actor ("Chinese buyers snapped up ...")."""
    words = cues.sell_verbs | cues.buy_verbs | cues.sell_nouns | cues.buy_nouns
    return any(tokens[i].low in words for i in range(group.last + 1, min(last, group.last + 4)))


def _goods_before_noun(tokens: list[Token], noun: int, first: int, cues: Cues) -> tuple[int, int] | None:
    """The words before a trade noun ("the hazelnut export of Turkey"), up to three, no party."""
    start = noun
    while start > first and start > noun - 3:
        token = tokens[start - 1]
        if token.mention is not None or not token.text[:1].isalpha() or token.low in cues.aux | cues.copula | cues.clause_words | PREPOSITIONS | {"and", "or"} or token.low.endswith("ing"):
            break  # "an order allowing sales of ...", "they include sales to ..."
        start -= 1
    return (start, noun) if start < noun else None


def goods_after(tokens: list[Token], anchor: int | None, last: int, cues: Cues, verb: bool = False) -> tuple[int, int] | None:
    """The goods after a trade word: over "of", and over "to X"/"from X" ("exported to China about
    38 gigawatt of the modules"), up to the next preposition or mark."""
    if anchor is None:
        return None
    prev = tokens[anchor - 1] if anchor > 0 else None
    after_subject = prev is not None and (
        (prev.mention is not None and not prev.mention.possessive and prev.mention.form != "adjective")
        or prev.low in cues.actor_nouns or agent_noun(prev.low) or prev.low in cues.aux
    )  # "China exports chips to Russia": a verb
    noun = tokens[anchor].low in cues.trade_nouns and not after_subject and not verb
    if noun and (anchor + 1 >= last or tokens[anchor + 1].low != "of"):
        return _goods_before_noun(tokens, anchor, 0, cues)  # "garment exports to the U.S.", not what follows
    probe = anchor + 1
    while probe < last:
        token = tokens[probe]
        if token.low in ("to", "from", "into", "by", "toward", "towards") and probe + 1 < last:
            party = probe + 1 + (tokens[probe + 1].low == "the")
            if party < last and tokens[party].group_last is not None:
                probe = tokens[party].group_last + 1
                continue
        if token.low in ("of", "for", "the", "this", "that", "these", "those", "about", "around", "roughly", "nearly", "almost", "some", "over"):
            probe += 1  # "took about a third of all the gas", "buyer of that powder"
            continue
        break
    if probe < last and tokens[probe].low in ("in", "during", "at", "over", "last", "this"):
        # "bought from Turkey in the season 74 thousand tons of shelled hazelnut": the amount later
        amount = next((i for i in range(probe + 1, min(last, probe + 6)) if tokens[i].text[:1].isdigit() and any(tokens[j].low == "of" for j in range(i + 1, min(last, i + 4)))), None)
        probe = amount if amount is not None else probe
    end = probe
    while end < last and tokens[end].mention is None and (tokens[end].text[:1].isalnum() or tokens[end].text in "%$€£") and tokens[end].low not in _ADVERBS and (
        tokens[end].low not in PREPOSITIONS | cues.clause_words | {"and", "or", "that", "which", "who", "than"}
        or (tokens[end].low == "of" and not _party_follows(tokens, end, last))
    ):
        end += 1
    return (probe, end) if end > probe else None


def _party_follows(tokens: list[Token], index: int, last: int) -> bool:
    after = index + 1 + (index + 1 < last and tokens[index + 1].low == "the")
    return after < last and tokens[after].mention is not None


def _goods_before(tokens: list[Token], index: int, first: int, cues: Cues) -> tuple[int, int] | None:
    """Up to three words before a participle ("the wheat sold by Egypt", "Uzbek grain arriving",
    "crude palm oil were shipped from India")."""
    while index > first and tokens[index - 1].low in cues.be | _ADVERBS | {"has", "have", "had"}:
        index -= 1
    start = index
    while start > first and start > index - 3:
        token = tokens[start - 1]
        if token.mention is not None or not _goods_word(token) or token.low in cues.aux | cues.be | cues.copula | cues.sell_verbs | cues.buy_verbs | _DETERMINERS | PREPOSITIONS:
            break  # "sent its first cargo to": no goods before "cargo" here
        start -= 1
    return (start, index) if start < index else None
