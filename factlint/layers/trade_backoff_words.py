"""The backoff reader's pieces shared by its modules: a cue, and what a token is (a party, a trade word).

See ``factlint.layers.trade_backoff``."""

from __future__ import annotations

from dataclasses import dataclass

from factlint.layers.trade_cue_words import BUYS, SELLS, Backoff, Cues, Token, agent_noun

# Tokens a preposition may stand after the trade word it hangs on ("imports most of those medicines from").
PREPOSITION_REACH = 8
# Tokens between a subject and its verb, a mention and its role noun.
SUBJECT_REACH = 4
ROLE_REACH = 7
TO = frozenset({"to", "into", "towards", "toward"})
ARTICLES = frozenset({"the", "a", "an"})
SKIP_BEFORE_MENTION = frozenset({"the", "its", "their"})



@dataclass(frozen=True)
class Cue:
    role: str
    name: str
    at: int  # the token of the cue word
    weak: bool = False  # an origin adjective on goods: a role only beside a cue of the other role


def party_end(tokens: list[Token], i: int, last: int, cues: Cues) -> int:
    """The last token of the party at ``i``: an adjective takes its actor noun ("American roasters")."""
    mention = tokens[i].mention
    assert mention is not None
    if mention.form != "adjective":
        return i
    # "American roasters", "Chilean cherry growers", "South Korean feed mills"
    for k in range(i + 1, min(last, i + 3)):
        low = tokens[k].low
        if low in cues.actor_nouns or agent_noun(low):
            return k
        if not (tokens[k].text[:1].islower() and low.isalpha()) or low in cues.aux or low in cues.copula:
            break
    return i


def fronted_party_end(tokens: list[Token], k: int, last: int, cues: Cues) -> int:
    """The token after a from/to phrase with a party at ``k`` that stands between a subject or owner and its
    verb or trade noun in verb-last copy ("China from Thailand imported", "Türkiye's from Italy ... import"), or ``k``."""
    if k >= last or (tokens[k].low != "from" and tokens[k].low not in TO):
        return k
    n = k + 1 + (k + 1 < last and tokens[k + 1].low in ARTICLES)
    if n >= last or tokens[n].mention is None:
        return k
    return party_end(tokens, n, last, cues) + 1


def is_actor(tokens: list[Token], i: int, last: int, cues: Cues) -> bool:
    """A name or capital, or an adjective with an actor noun: something that can buy or sell."""
    mention = tokens[i].mention
    assert mention is not None
    return not mention.possessive and (mention.form != "adjective" or party_end(tokens, i, last, cues) > i)


def adverb(low: str, cues: Cues) -> bool:
    """An adverb in -ly ("mostly", "largely"), not a verb ("rely", "supply")."""
    return low.endswith("ly") and low not in cues.rely_verbs and low not in cues.sell_verbs and low not in cues.buy_verbs


def trade_word(low: str, cues: Cues, backoff: Backoff) -> str | None:
    if low in cues.sell_verbs or low in cues.sell_nouns or low in backoff.sell_verbs:
        return SELLS
    if low in cues.buy_verbs or low in cues.buy_nouns or low in backoff.buy_verbs:
        return BUYS
    if low in cues.move_words:  # not "went", "comes": "after he went to Somalia"
        return "moves"
    return None


def participle_role(low: str, cues: Cues, backoff: Backoff) -> str | None:
    """The role of the agent of a trade participle ("imported" -> buys, "supplied" -> sells)."""
    if low in ("taken", "absorbed"):
        return BUYS  # "Brunei's LNG is taken by Japan"
    if not (low.endswith("ed") or low in ("sold", "bought", "sent")):
        return None
    return SELLS if low in cues.sell_verbs or low in backoff.sell_verbs else BUYS if low in cues.buy_verbs or low in backoff.buy_verbs else None


def own_supply(tokens: list[Token], verb: int, last: int) -> bool:
    """True when a "get" verb's object is its subject's own supply, then "from": "gets most of its gas
    from", "got their tulips from" (not "received a contract from", "got approval from")."""
    for k in range(verb + 1, min(last, verb + 7)):
        if tokens[k].low in ("its", "their"):
            return any(tokens[n].low == "from" for n in range(k + 1, min(last, k + 5)))
        if tokens[k].mention is not None or tokens[k].low == "from":
            return False
    return False
