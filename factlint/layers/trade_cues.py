"""The cue reader: roles read party by party from the words around each one.

The patterns of ``data/trade-relations.yaml`` read whole constructions. A sentence they read
nothing from is read here, in three steps:

1. **Parties** (``trade_cue_parties``). Country mentions (names, capitals, possessives, adjectives), joined into lists
   ("Norway, the United States and Qatar"); an adjective or possessive with an actor noun
   ("Indian refiners", "Japan's utilities") is one party; one before a news-source noun
   ("Chinese customs data") is none.
2. **Roles.** Each party takes its role from the cue next to it: the preposition before it and the
   trade word that preposition hangs on ("shipped ... to X", "from X", "sold by X", "arriving in
   X"), the trade verb after it ("X, which sources ..."), the role noun it stands beside ("X is the
   top customer", "Y's main supplier"), the trade noun after it ("Turkish hazelnut exports"), or the
   goods it qualifies ("bought Russian wheat", "buyers of Italian hazelnut"); the rules live in
   ``trade_cue_roles`` (prepositions, verbs), ``trade_cue_nouns`` (role and trade nouns, origins),
   ``trade_cue_links`` (objects, "overtook ... as") and ``trade_cue_orders`` (fronted phrases,
   verb-last and verb-second orders of translated copy, verbless fragments).
3. **Refusal.** A clause (split at semicolons, dashes, conjunctions and reporting verbs) is read
   only if every party in it has exactly one role, and none of the ``ignore_clauses`` cues (bans,
   forecasts, negation, transit) is in it.

Each clause read yields relations like the patterns' (family ``cue-...``), so the ledger treats
them alike. One pass over the tokens of a sentence, a bounded look around each party: linear.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from factlint import patterncache
from factlint.layers.trade_cue_canon import canonical
from factlint.layers.trade_cue_gaps import filled, follows
from factlint.layers.trade_cue_labels import answered
from factlint.layers.trade_cue_parties import groups_of
from factlint.layers.trade_cue_roles import goods_after, role_of
from factlint.layers.trade_cue_words import BUYS, PREPOSITIONS, SELLS, Cues, Token, agent_noun

if TYPE_CHECKING:
    from factlint.layers.countries import Mention
    from factlint.layers.trade_grammar import TradeGrammar

__all__ = ["BUYS", "SELLS", "Cues", "CueReading", "clauses", "read_answer", "read_sentence", "tokens_of"]

_TOKEN = patterncache.compile(r"(?<![\p{L}\p{N}])[Nn]o\.\s?[1-9](?!\d)|\d[\d.,]*\d%?|\d%?|\p{L}[\p{L}\p{N}'’.-]*[\p{L}\p{N}]|\p{L}|[^\s\p{L}\p{N}]")
_BREAK_MARKS = frozenset(";:()[]—–-\"“”")


@dataclass(frozen=True)
class CueReading:
    """One clause read: the buyers, the sellers, the goods words and the span and rule that read them."""

    buyers: tuple["Mention", ...]
    sellers: tuple["Mention", ...]
    goods: str | None
    start: int
    end: int
    rule: str
    subject: tuple["Mention", ...] = ()  # the subject of a trade verb, for a second verb after "and"
    inherited: tuple["Mention", ...] = ()  # parties of an earlier clause this one is about (that second verb's subject)


def read_sentence(text: str, start: int, end: int, mentions: Sequence["Mention"], grammar_: "TradeGrammar", cues: Cues) -> list[CueReading]:
    """The clauses of ``text[start:end]`` that the cue reader can read."""
    tokens = _tokens(text, start, end, mentions)
    for index in range(len(tokens) - 1):  # "the main entry point for Chinese modules": one role noun
        if tokens[index].low == "entry" and tokens[index + 1].low == "point":
            tokens[index + 1].low = "entry-point"
    tokens = canonical(tokens, cues)
    letters = [c for c in text[start:end] if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return []  # a headline in capitals: no case to tell goods ("RISE") from names
    readings = []
    main, relatives = _without_relatives(tokens, cues)
    for part in (main, *relatives):
        subject: tuple["Mention", ...] = ()
        goods: str | None = None
        before: tuple[int, int] | None = None  # the span of the clause read just before
        for first, last in _clauses(part, cues):
            reading = _read_clause(text, part, first, last, grammar_, cues, subject, goods)
            if reading is None and before is not None:  # "India buys oil from Russia and China from Iran"
                gapped = filled(part, before, (first, last), cues)
                reading = _read_clause(text, gapped, 0, len(gapped), grammar_, cues) if gapped else None
            if reading:
                readings.append(reading)
            before = (first, last) if reading else None
            subject = reading.subject if reading else ()
            goods = reading.goods if reading else None
    return readings


def read_answer(text: str, question: tuple[int, int], answer: tuple[int, int], mentions: Sequence["Mention"], grammar_: "TradeGrammar", cues: Cues) -> list[CueReading]:
    """The clause a question and its elliptical answer make ("Who supplies Japan with wheat? Mostly the
    United States"), read as one; [] when the two are no such pair."""
    clause = answered(_tokens(text, *question, mentions), _tokens(text, *answer, mentions), cues)
    if clause is None:
        return []
    reading = _read_clause(text, clause, 0, len(clause), grammar_, cues)
    return [reading] if reading else []


def _tokens(text: str, start: int, end: int, mentions: Sequence["Mention"]) -> list[Token]:
    by_start = {mention.start: mention for mention in mentions}
    tokens: list[Token] = []
    skip_to = start
    for match in _TOKEN.finditer(text, start, end):
        if match.start() < skip_to:
            continue
        mention = by_start.get(match.start())
        if mention is not None:
            stop = mention.end
            tail = regex.match(r"['’]s?(?![\p{L}\p{N}])", text[mention.end:end])
            stop += tail.end() if tail and mention.possessive else 0
            tokens.append(Token(text[mention.start:stop], mention.text.lower(), mention.start, stop, mention))
            skip_to = stop
        else:
            low = match.group().lower()
            tokens.append(Token(match.group(), low.replace(" ", "") if low.startswith("no.") else low, match.start(), match.end()))
    return tokens


def _clauses(tokens: list[Token], cues: Cues) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the clauses, split at strong punctuation, conjunctions and reporting verbs."""
    spans: list[tuple[int, int]] = []
    first = 0
    for index, token in enumerate(tokens):
        # "said" ends a clause, "Said" in "Minister Mana Said al-Oteiba" does not
        word = token.low in cues.clause_words and (token.text[:1].islower() or index == 0)
        if word and token.low in _MID_ADVERBS and index > 0 and tokens[index - 1].text not in ",;":
            word = False  # "Germany obtains meanwhile most of its gas": an adverb inside the clause
        hyphen = token.text == "-" and 0 < index < len(tokens) - 1 and tokens[index - 1].end == token.start == tokens[index + 1].start - 1  # "2022-2023"
        strong = token.mention is None and not hyphen and (token.text in _BREAK_MARKS or word)
        after_comma = index > 0 and tokens[index - 1].text == "," and token.low in ("and", "as", "with", "or")
        and_clause = token.low == "and" and (_verb_follows(tokens, index, cues) or follows(tokens, index, cues))
        if strong or after_comma or and_clause:
            if index > first:
                spans.append((first, index))
            first = index + 1
    if len(tokens) > first:
        spans.append((first, len(tokens)))
    return spans


def _without_relatives(tokens: list[Token], cues: Cues) -> tuple[list[Token], list[list[Token]]]:
    """The sentence without its relative clauses on countries, and each of them with its country:
    "Turkey, which is the biggest customer of Italian hazelnut, must ..." -> "Turkey must ..." and
    "Turkey which is the biggest customer of Italian hazelnut"; "X, whose G ..." is read as "X's G ..."."""
    main: list[Token] = []
    relatives: list[list[Token]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        nxt = tokens[index + 1].low if index + 1 < len(tokens) else ""
        # "X, from which Turkey buys most of its wheat," -> "Turkey buys most of its wheat from X"
        preposition = nxt in ("from", "to") and index + 2 < len(tokens) and tokens[index + 2].low in ("which", "whom")
        if token.text == "," and index > 0 and tokens[index - 1].mention is not None and nxt == "whose":
            # "Chile, whose copper goes mostly to China, wants ..." -> "Chile's copper goes mostly to China": the goods are the country's
            close = next((i for i in range(index + 2, min(len(tokens), index + 30)) if tokens[i].text in _BREAK_MARKS or tokens[i].text in ",;:"), None)
            if close is not None and tokens[close].text == ",":
                owner = tokens[index - 1]
                mention = replace(owner.mention, possessive=True)  # type: ignore[arg-type]
                relatives.append([Token(owner.text, owner.low, owner.start, owner.end, mention), *tokens[index + 2:close]])
                index = close + 1
                continue
        if token.text == "," and index > 0 and _party_end(tokens, index - 1, cues) and (nxt in ("which", "who", "where") or preposition):
            close = next((i for i in range(index + 2, min(len(tokens), index + 30)) if tokens[i].text in _BREAK_MARKS or tokens[i].text in ",;:"), None)
            if close is None and nxt == "where" and len(tokens) <= index + 30:
                close = len(tokens)  # "... from China, where refineries in Jiangsu process it."
            if close is not None and (close == len(tokens) or tokens[close].text == ","):
                party = tokens[_party_start(tokens, index - 1):index]
                if preposition:
                    relatives.append([*tokens[index + 3:close], tokens[index + 1], *party])
                elif nxt != "where":  # "Poland, where the fish is smoked, ...": read without it
                    relatives.append([*party, *tokens[index + 1:close]])
                index = close + 1
                continue
        main.append(token)
        index += 1
    return main, relatives


def _party_end(tokens: list[Token], index: int, cues: Cues) -> bool:
    """A country, or an actor noun after a country adjective ("Indian refiners"), ends at ``index``."""
    if tokens[index].mention is not None:
        return True
    word = tokens[index].low
    actor = word not in cues.neutral_nouns and (word in cues.actor_nouns or agent_noun(word))
    return index > 0 and tokens[index - 1].mention is not None and tokens[index].text[:1].islower() and actor


def _party_start(tokens: list[Token], index: int) -> int:
    return index if tokens[index].mention is not None else index - 1


def _verb_follows(tokens: list[Token], index: int, cues: Cues) -> bool:
    """ "... and sells phosphate to India": a second verb of the same subject (not "imports and exports to")."""
    if index + 2 >= len(tokens):
        return False
    word, after = tokens[index + 1].low, tokens[index + 2]
    if word not in cues.sell_verbs and word not in cues.buy_verbs:
        return False
    origin = after.mention is not None and after.mention.form == "adjective" and not after.mention.possessive  # "... and imports Chinese electronics"
    return word not in cues.sell_nouns | cues.buy_nouns or origin or (after.mention is None and after.text[:1].isalnum() and after.low not in PREPOSITIONS)


def _between_commas(tokens: list[Token], first: int, last: int, start: int, end: int) -> tuple[int, int]:
    """The characters from the comma before ``start`` to the comma after ``end``, within the clause."""
    begin, stop = tokens[first].start, tokens[last - 1].end
    for token in tokens[first:last]:
        if token.text == "," and token.mention is None:
            if token.end <= start:
                begin = token.end
            elif token.start >= end:
                stop = token.start
                break
    return begin, stop


# Clause words that are adverbs when no comma stands before them (translated copy).
_MID_ADVERBS = frozenset({"meanwhile", "however", "so"})

# Nouns in -ly, which are no adverbs: "a quarter of its fertiliser supply".
_LY_NOUNS = frozenset({"supply", "assembly", "jelly", "ally", "monopoly", "family"})

_PRONOUNS = frozenset({"they", "we", "he", "she", "you", "i", "us", "them", "him", "her", "me"})


def _goods_words(tokens: list[Token], goods: tuple[int, int], cues: Cues) -> bool:
    """Words that can name goods: a common noun last ("tonnes of potash", "LNG"), no proper
    name ("Tulip Computers", "NTT"), no adverb ("sent directly"), nothing of ``not_goods``."""
    words = [t for t in tokens[goods[0]:goods[1]] if t.text[:1].isalpha()]
    if not words or any(t.low in cues.not_goods for t in words):
        return False
    for token in words:
        acronym = token.text.isupper() and len(token.text) > 1 and token.text.isalpha()
        if acronym:
            continue
        brand = token.text[:1].islower() and "-" not in token.text  # "iPhones", not "al-Oteiba"
        if (any(c.isupper() for c in token.text[1:]) and not brand) or token.text.endswith(("'s", "’s")):
            return False  # "al-Oteiba", "McDonald's", "Toyota's"
        if token.text[:1].isupper() and token.start != tokens[0].start:
            return False  # "Tulip Computers", "NTT"
    if words[0].low in ("off", "out"):
        return False  # "sell off a bank", "sent out missiles"
    if any(t.low.endswith(("-run", "-owned", "-controlled", "-based", "-backed")) for t in words):
        return False  # "Egypt's state-run provider of ...": who owns it, not what it sells
    if any(t.low in _PRONOUNS for t in words):
        return False  # "they include sales to Egypt"
    content = [t for t in words if t.low not in PREPOSITIONS and t.low not in ("the", "a", "an", "its", "their", "more", "most", "some", "and", "or", "up", "other")]
    if not content or content[-1].low in cues.aux or (content[-1].low.endswith("ly") and content[-1].low not in _LY_NOUNS):
        return False
    head = content[-1].low
    return not (head.endswith("ed") and len(head) > 5)  # "missiles decorated"


def _read_clause(
    text: str, tokens: list[Token], first: int, last: int, grammar_: "TradeGrammar", cues: Cues,
    subject: tuple["Mention", ...] = (), carried_goods: str | None = None,
) -> CueReading | None:
    """The clause's reading; ``subject`` is the subject of the clause before, for a clause that
    opens with its second verb ("Morocco imports wheat from France and sells phosphate to India");
    ``carried_goods`` the goods of the clause before, for one that opens with "with" and names none ("Thailand sold more rice, with the Philippines its main customer")."""
    groups = groups_of(tokens, first, last, cues)
    verb = tokens[first].low
    inherited = (SELLS if verb in cues.sell_verbs else BUYS if verb in cues.buy_verbs else None) if subject else None
    if groups is None or (not groups and inherited is None):
        return None
    if any(tokens[i].low in cues.refuse_words for i in range(first, last)):
        return None
    roles: dict[int, str] = {}  # group index -> role
    rule_of: dict[int, str] = {}
    given_by: dict[int, tuple[int, int] | None] = {}  # group index -> goods of the role noun that gave it its role
    goods: tuple[int, int] | None = None
    rules: list[str] = []
    group_at = {member: n for n, group in enumerate(groups) for member in group.members}
    for n, group in enumerate(groups):
        found = role_of(tokens, groups, n, group_at, first, last, cues)
        if found is None:
            if n in roles:
                continue  # given by another party's role noun ("Y's supplier")
            return None
        role, goods_span, rule, other = found
        if rule == "role-noun" and n in given_by and given_by[n] == goods_span:
            continue  # "Chile is China biggest copper supplier": China is the owner of Chile's role noun, not its subject
        if roles.get(n, role) != role or (group.noun_role and group.noun_role != role):
            return None
        if rule in ("from", "to") and rule in rules:
            return None  # "imported from Russia came from China": a chain, someone else's trade
        roles[n] = role
        rule_of[n] = rule
        rules.append(rule)
        if other is not None:
            opposite = BUYS if role == SELLS else SELLS
            if roles.get(other, opposite) != opposite:
                return None
            roles[other] = opposite
            given_by[other] = goods_span
        goods = goods_span if rule == "origin" and goods_span else goods or goods_span  # "market for Bangladeshi apparel"
    buyers = [tokens[m].mention for n, g in enumerate(groups) if roles.get(n) == BUYS for m in g.members]
    sellers = [tokens[m].mention for n, g in enumerate(groups) if roles.get(n) == SELLS for m in g.members]
    if inherited is not None:
        (buyers if inherited == BUYS else sellers).extend(subject)
        goods = goods or goods_after(tokens, first, last, cues, verb=True)
        rules.append("second-verb")
    both = {m.entity.code for m in buyers if m} & {m.entity.code for m in sellers if m}
    if both:
        return None
    goods_text = text[tokens[goods[0]].start:tokens[goods[1] - 1].end] if goods and goods[1] > goods[0] else None
    # No goods, no statement the ledger can compare; and people, words and deeds are not trade here.
    if goods and not _goods_words(tokens, goods, cues):
        return None
    if goods_text is None and first > 0 and tokens[first - 1].low == "with":
        goods_text = carried_goods
    if goods_text is None and first + 1 < last and tokens[first].low in ("those", "these", "the") and tokens[first + 1].low.rstrip("s") in grammar_.anaphoric_goods | {"cargoe"}:
        goods_text = tokens[first + 1].text  # "Those cargoes were loaded at Kandla for delivery to Ukraine": goods named again
    if goods_text is None:
        return None
    start = min([tokens[g.first].start for g in groups] + [m.start for m in subject if inherited] + ([tokens[goods[0]].start] if goods else []))
    end = max([tokens[g.last].end for g in groups] + [tokens[last - 1].end if inherited else 0] + ([tokens[goods[1] - 1].end] if goods else []))
    # Bans, negation and transit count in the reading's own stretch between commas ("Italy, the main
    # supplier of Turkey's hazelnuts, could not fill the gap" is read; "controls over food and
    # agriculture imports from Turkey" is not).
    region = _between_commas(tokens, first, last, start, end)
    if any(pattern.search(text, region[0], region[1]) for name, pattern in grammar_.ignore_clauses.items() if name != "hypothetical"):
        return None
    # A modal after the reading is about something else ("the wheat sold by Egypt would load at
    # Novorossiysk"); one before it makes the reading a forecast ("Qatar will supply Germany").
    hypothetical = grammar_.ignore_clauses.get("hypothetical")
    forecast = hypothetical.search(text, tokens[first].start, tokens[last - 1].end) if hypothetical is not None else None
    if forecast is not None and forecast.start() < end:
        return None  # a forecast that opens before the reading ends ("expect Japanese purchases of U.S. corn to slow")
    subjects = tuple(tokens[m].mention for n, g in enumerate(groups) if roles.get(n) and rule_of.get(n) == "verb" for m in g.members)
    return CueReading(
        tuple(m for m in buyers if m), tuple(m for m in sellers if m), goods_text,
        start, end, "cue-" + "+".join(sorted(set(rules))),
        tuple(m for m in subjects if m) or (subject if inherited else ()),
        subject if inherited else (),
    )


# The cue reader's tokens and clauses, for the backoff reader (factlint.layers.trade_backoff).
tokens_of = _tokens
clauses = _clauses
