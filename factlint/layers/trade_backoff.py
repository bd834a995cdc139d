"""The backoff reader: which way a sentence says goods move between two countries, from local cues.

Used only at the contradiction step, on sentences the strict readers (``trade_reading``'s
patterns, ``trade_cues``) read nothing in: the ledger hands over those that name both countries
of a flow the article already establishes, and reports one only when it clearly states the flow
the other way. So this reader decides a direction and nothing else, and it must be sure of it:

* **both** countries take a role from a cue of their own, and the two roles are opposite:
  the subject of a buy or sell verb ("every sack that Colombia buys"), a preposition before it
  hung on a trade word ("imports ... from American plants", "delivered ... to Germany"), the
  agent of a trade participle ("is by Vietnam ... imported", "is supplied by Germany"), a role
  noun joined by a copula, an apposition or "as" ("Italy is the principal provider"), a possessive
  before a role noun ("Australia's largest supplier": Australia buys), the complement of a role
  noun ("provider of olive oil of Spain": Spain buys), a trade noun after it ("Ivorian imports");
* no country has cues of both roles; a third country is allowed only in a list with a party of
  its role ("to the Netherlands and Britain") or as a rival ("after China", "ahead of Ghana"); an
  origin adjective ("Russian wheat") is a weak cue, that places a country only beside a strong cue
  of the other role and never when two origins compete; the clause has no word of re-exports,
  transit, aid or money (``backoff.refuse``), and what moves is not people (``backoff.people``);
  bans, forecasts and negation are the strict reader's ``ignore_clauses``, which the ledger
  applies to the span (``factlint.layers.trade_backoff_ledger``).

Word classes are the cue reader's (``cues:``) and the ``backoff:`` section of
``data/trade-relations.yaml``; the noun cues live in ``trade_backoff_nouns``, shared pieces in
``trade_backoff_words``.
One pass over a sentence's tokens, a bounded look around each mention: linear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factlint.layers.trade_backoff_nouns import goods_move, is_goods_word, origin, origin_to, role_noun, trade_noun
from factlint.layers.trade_backoff_words import (
    ARTICLES, PREPOSITION_REACH, SKIP_BEFORE_MENTION, SUBJECT_REACH, TO, Cue, adverb, fronted_party_end, is_actor, own_supply, participle_role,
    party_end,
    trade_word,
)
from factlint.layers.trade_cue_canon import canonical
from factlint.layers.trade_cue_words import BUYS, PREPOSITIONS, SELLS, Backoff, Cues, Token, agent_noun
from factlint.layers.trade_cues import clauses, tokens_of
from factlint.layers.trade_reading import Party, Relation, party_of

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.layers.countries import Mention
    from factlint.layers.trade_grammar import TradeGrammar

__all__ = ["read_pair_directions"]


def read_pair_directions(document: "Document", grammar_: "TradeGrammar", candidates: Mapping[int, Sequence["Mention"]]) -> list[Relation]:
    """The direction each candidate sentence (index -> its country mentions) clearly states
    between two countries, as relations of family ``pair-direction:<cues>``."""
    cues, backoff = grammar_.cues, grammar_.backoff
    if cues is None or backoff is None:
        return []
    relations: list[Relation] = []
    for index, mentions in candidates.items():
        if len({mention.entity.code for mention in mentions}) < 2:
            continue
        sentence = document.sentences[index]
        if grammar_.two_way.search(document.text, sentence.start, sentence.end):
            continue
        tokens = canonical(tokens_of(document.text, sentence.start, sentence.end, mentions), cues)  # the cue reader's plain order
        for first, last in clauses(tokens, cues):
            relations += _read_clause(document.text, tokens, first, last, index, cues, backoff)
    return relations


def _read_clause(text: str, tokens: list[Token], first: int, last: int, sentence: int, cues: Cues, backoff: Backoff) -> list[Relation]:
    if any(tokens[i].low in backoff.refuse for i in range(first, last)):
        return []
    parties = [i for i in range(first, last) if tokens[i].mention is not None and not _competitor(tokens, i, first)]
    by_code: dict[str, list[Cue]] = {}
    at: dict[str, int] = {}
    previous: list[Cue] = []
    for i in parties:
        code = tokens[i].mention.entity.code  # type: ignore[union-attr]
        found = _cues_of(tokens, i, first, last, cues, backoff)
        if not found and _conjunct(tokens, i, first):
            found = previous  # "to the Netherlands and Britain", "by Iraqi and Iranian merchants"
        by_code.setdefault(code, []).extend(found)
        at.setdefault(code, i)
        previous = found
    if len(by_code) < 2 or len(by_code) > 4:
        return []
    roles: dict[str, Cue] = {}
    for code, found in by_code.items():
        strong = [cue for cue in found if not cue.weak]
        if len({cue.role for cue in found}) != 1:
            return []  # no cue, or cues of both roles: unclear, or a third country the clause does not place
        roles[code] = (strong or found)[0]
    weak = [code for code, cue in roles.items() if cue.weak]
    if len(weak) > 1 and len(roles) > 2 and not _listed(tokens, [at[code] for code in weak], [SELLS] * len(weak)):
        return []  # "snapped up Spanish olive oil after a poor Italian harvest": which origin? ("Iraqi, Saudi barrels": both)
    if len(roles) > 2 and not _listed(tokens, [at[code] for code in roles], [roles[code].role for code in roles]):
        return []  # a third country the clause names beside the pair, not in a list with one of them
    buyers = [code for code, cue in roles.items() if cue.role == BUYS]
    sellers = [code for code, cue in roles.items() if cue.role == SELLS]
    relations = []
    for buyer in buyers:
        for seller in sellers:
            used = [roles[buyer], roles[seller]]
            if all(cue.weak for cue in used):
                continue
            span = [tokens[k] for k in (at[buyer], at[seller], *(cue.at for cue in used))]
            start, end = min(t.start for t in span), max(t.end for t in span)
            relations.append(Relation(
                family="pair-direction:" + "+".join(sorted({cue.name for cue in used})), pattern=-1,
                importer=_party(tokens[at[buyer]]), exporter=_party(tokens[at[seller]]), goods=None,
                start=start, end=end, sentence=sentence, quote=" ".join(text[start:end].split()),
            ))
    return relations


def _conjunct(tokens: list[Token], i: int, first: int) -> bool:
    """True when the mention at ``i`` follows another mention in a list ("X and Y", "X, Y", "by X
    and by Y", "South Korean mills and Japanese ...")."""
    k = i - 1
    while k > first and tokens[k].low in ("the", "by", "to", "from"):
        k -= 1
    if k <= first or tokens[k].low not in ("and", "or", ","):
        return False
    for n in range(k - 1, max(first, k - 4) - 1, -1):
        if tokens[n].mention is not None:
            return True
        if not tokens[n].text[:1].islower():
            return False
    return False


_LIST_WORDS = frozenset({"and", ",", "or", "by", "the", "to", "from", "as", "well"})


def _listed(tokens: list[Token], places: list[int], roles: list[str]) -> bool:
    """True when every country beyond the first two of each role stands in a list with another of
    its role ("to Spanish and Italian firms", "by Ghana and by Ivory Coast")."""
    order = sorted(zip(places, roles))
    for role in (BUYS, SELLS):
        mine = [place for place, r in order if r == role]
        for one, two in zip(mine, mine[1:]):
            if not all(tokens[k].low in _LIST_WORDS or tokens[k].mention is not None for k in range(one + 1, two)) or two - one > 6:
                return False
    return True


def _party(token: Token) -> Party:
    assert token.mention is not None
    return party_of(token.mention)


_COMPETITOR_BEFORE = (("ahead", "of"), ("after",), ("behind",), ("followed", "by"), ("than",), ("like",), ("along", "with"), ("unlike",), ("rather", "than"), ("over",))


def _competitor(tokens: list[Token], i: int, first: int) -> bool:
    """A country named as a rival of a party, not a party ("..., ahead of Togo", "after China", "followed by Germany")."""
    k = i - 1
    while k > first and tokens[k].low in SKIP_BEFORE_MENTION:
        k -= 1
    for words in _COMPETITOR_BEFORE:
        n = len(words)
        if k - n + 1 >= first and tuple(t.low for t in tokens[k - n + 1:k + 1]) == words:
            return True
    return False


def _cues_of(tokens: list[Token], i: int, first: int, last: int, cues: Cues, backoff: Backoff) -> list[Cue]:
    """The roles the words around the mention at ``i`` give it."""
    found = [
        cue for cue in (
            _preposition(tokens, i, first, last, cues, backoff), _subject(tokens, i, last, cues, backoff),
            trade_noun(tokens, i, last, cues, backoff), origin(tokens, i, first, last, cues, backoff), origin_to(tokens, i, last, cues, backoff),
        ) if cue
    ]
    found += role_noun(tokens, i, first, last, cues, backoff)
    return found


def _preposition(tokens: list[Token], i: int, first: int, last: int, cues: Cues, backoff: Backoff) -> Cue | None:
    """ "from X" (X sells), "to/into/towards X" (X buys), "by X" (the agent of a trade participle),
    "in/at X" after goods used or arriving there ("the gas burned in Britain", "arriving in Italian ports")."""
    at = i - 1
    while at > first and tokens[at].low in SKIP_BEFORE_MENTION:
        at -= 1
    if at < first or (not is_actor(tokens, i, last, cues) and tokens[i].mention.form != "adjective"):  # type: ignore[union-attr]
        return None
    word = tokens[at].low
    if word == "by":
        participle = next((k for k in range(first, last) if k != i and participle_role(tokens[k].low, cues, backoff)), None)
        if participle is None:
            return None
        role = participle_role(tokens[participle].low, cues, backoff)
        return Cue(role, "agent", participle) if role else None
    if word in ("in", "at"):
        before = tokens[at - 1].low if at > first else ""
        # "the gas burned in Britain"; "arriving in Italian ports", not "investigators arrived in Cairo"
        if before in cues.use_participles or (before in backoff.arrive_words and party_end(tokens, i, last, cues) > i):
            return Cue(BUYS, "used-in", at - 1)
        return None
    if word != "from" and word not in TO:
        return None
    if at > first and tokens[at - 1].low in backoff.not_trade_before:
        return None  # "a delegation from China", "the ambassador to Japan"
    name = "from" if word == "from" else "to"
    role = SELLS if word == "from" else BUYS
    for k in range(at - 1, max(first, at - PREPOSITION_REACH) - 1, -1):
        if tokens[k].mention is not None:
            break  # the words before belong to another party: "Russia barley to China export"
        if tokens[k].low in backoff.people or (agent_noun(tokens[k].low) and tokens[k].low not in cues.role_nouns):
            return None  # "sent negotiators to Washington": people, not goods
        if word == "from" and tokens[k].low in backoff.get_verbs and own_supply(tokens, k, at + 1):
            return Cue(SELLS, "gets-from", k)
        if trade_word(tokens[k].low, cues, backoff):
            return Cue(role, name, k)
        if goods_move(tokens, k, first, cues, backoff):
            return Cue(role, "goods-" + name, k)  # "Canadian canola mostly goes to China", "finds its way into"
    # "coffee from Germany is ... imported", and in a noun stack of translated copy "Russia barley to China
    # export" (an origin and goods before the phrase), the trade word after it; not "closed to U.S. sales"
    stack = at - 2 >= first and tokens[at - 1].text[:1].islower() and any(t.mention is not None for t in tokens[max(first, at - 3):at - 1])
    if at - 1 >= first and tokens[at - 1].mention is not None:  # verb-last copy: the subject or owner just before the phrase
        k = party_end(tokens, i, last, cues) + 1  # "China from Thailand imported", "Türkiye's from Italy hazelnut import"
        while k < min(last, i + 4) and is_goods_word(tokens[k], cues, backoff):
            k += 1
        if k < last and trade_word(tokens[k].low, cues, backoff):
            return Cue(role, name, k)
    for k in range(party_end(tokens, i, last, cues) + 1, min(last, i + PREPOSITION_REACH)):
        if tokens[k].mention is not None and tokens[k - 1].low != "by":  # "... is by Vietnam imported"
            return None
        if participle_role(tokens[k].low, cues, backoff) or (k == party_end(tokens, i, last, cues) + 1 and stack and trade_word(tokens[k].low, cues, backoff)):
            return Cue(role, name, k)
    return None


def _subject(tokens: list[Token], i: int, last: int, cues: Cues, backoff: Backoff) -> Cue | None:
    """The subject of a trade verb: "Colombia buys", "Dublin imports", "Egypt books"; passive
    "Qatar is supplied by"; "X relies on Y" (X buys, unless Y is its buyers: "rely on Chinese consumers")."""
    k = party_end(tokens, i, last, cues) + 1
    relative = k + 1 < last and tokens[k].text == "," and tokens[k + 1].low in ("which", "who")
    if not is_actor(tokens, i, last, cues) or (i > 0 and tokens[i - 1].low in PREPOSITIONS and not relative):
        return None
    k += relative  # "(the first cargo for) Uzbekistan, which had bought its wheat from Kazakhstan"
    k = fronted_party_end(tokens, k, last, cues)  # verb-last copy: "China from Thailand imported"
    passive = False
    for k in range(k, min(last, k + SUBJECT_REACH)):
        low = tokens[k].low
        if low in cues.be:
            passive = True
            continue
        if low in cues.aux or adverb(low, cues):
            continue
        break
    else:
        return None
    low = tokens[k].low
    nxt = tokens[k + 1].low if k + 1 < last else ""
    if low in cues.rely_verbs and nxt in ("on", "upon", "of"):
        party = k + 2 + (k + 2 < last and tokens[k + 2].low in ARTICLES)
        if party < last and tokens[party].mention is not None and party + 1 < last and tokens[party + 1].low in backoff.buyer_people:
            return Cue(SELLS, "rely-on-buyers", k)
        return Cue(BUYS, "relies-on", k)
    if low in backoff.turn_verbs and nxt == "to":
        return Cue(BUYS, "turns-to", k)
    if low in backoff.get_verbs and own_supply(tokens, k, last):
        return Cue(BUYS, "gets-from", k)  # "China gets most of its manganese from South African mines"
    if low in backoff.up_verbs and nxt == "up":
        return Cue(BUYS, "snaps-up", k)
    if low in cues.take_verbs and not passive and any(
        tokens[n].low in backoff.shares or tokens[n].text.endswith("%") for n in range(k + 1, min(last, k + 5))
    ):
        return Cue(BUYS, "takes-share", k)  # "Turkey took about half of the scrap", "the United States took the largest share"
    role = SELLS if low in cues.sell_verbs or low in cues.subject_sell_verbs or low in backoff.sell_verbs else BUYS if low in cues.buy_verbs or low in cues.subject_buy_verbs or low in backoff.buy_verbs else None
    if role is None:
        return None
    if passive and participle_role(low, cues, backoff):
        # "Qatar is supplied by Germany" (Qatar buys); "X was bought ..." is about a company, not trade
        if role != SELLS or not any(tokens[n].low in ("by", "with") for n in range(k + 1, min(last, k + PREPOSITION_REACH))):
            return None
        return Cue(BUYS, "passive", k)
    return Cue(role, "subject", k)
