"""The cue reader's canonical orders: a clause said in the order of a headline, a label or translated
copy, put into the plain order the role rules read (see ``trade_cues``).

Each rewrite is one general shape, not a sentence; the tokens keep their offsets, so a reading still
points at the words as written, and a rewrite that does not fit leaves the tokens as they are:

* **labels, arrows and questions with their answers**: ``trade_cue_labels``;
* **a fronted from/to phrase with the verb second** (German, Spanish, French, Portuguese orders):
  "From Norway obtains Germany most of its gas", "To Argentina it buys Brazil the wheat", "To the
  Senegal, the China buys its peanuts" -> "Germany obtains from Norway most of its gas", ... (what a
  "to" means after a buying verb is the role rules' matter: the Romance dative names the seller);
* **"out of" is "from"**: "imports out of the Netherlands";
* **a pseudo-cleft**: "What Nigeria exports to India is mainly crude" -> "Nigeria exports mainly crude to India";
* **"X is where G goes"**: "Mexico is where most US corn goes" -> "most US corn goes to Mexico";
* **a phrasal verb of buying**: "snaps up", "scooped up", "lapping up" -> "buys";
* **a position as a role**: "cements China's position as the biggest supplier of copper to Chile",
  "Amsterdam has confirmed its place of first supplier" -> "China is the biggest supplier ...";
* **a fronted "as" phrase**: "As biggest buyer of Chinese soy beans counts since years Brazil" -> "Brazil is
  biggest buyer of Chinese soy beans";
* **a time phrase before a fronted from/to phrase**: "In first half of season from Egyptian ports to
  Novorossiysk went ..." -> "from Egyptian ports to Novorossiysk went ... In first half of season";
* **a party counted as a role**: "Denmark counts Germany as its largest pork customer", "Mongolia relies
  on China as the destination for its coal" -> "Germany is Denmark's largest pork customer", "China is
  the destination for Mongolia's coal";
* **postposed adjectives** (Spanish, French, Portuguese order): "the supplier principal of cherries for the
  market Chinese", "the market more important for the shrimp" -> "the principal supplier ... for the Chinese
  market", "the more important market";
* **a role noun of two words**: "buying country", "supply country", "exporting nations" are the
  buyer and supplier nouns ("Brazil as largest buying country of Chinese soybean").
"""

from __future__ import annotations

from dataclasses import replace

from factlint.layers.trade_cue_labels import GET_VERBS, arrow, copy, label, opening, party_at, party_run, put_word, role_noun_in
from factlint.layers.trade_cue_final import cleft, from_before_goods
from factlint.layers.trade_cue_words import Cues, Token, skip_time

__all__ = ["canonical"]

# Two-word role nouns: a trade verb's form before a noun of countries is that verb's role noun.
_COUNTRY_NOUNS = frozenset({"country", "countries", "nation", "nations", "partner", "partners", "economy", "economies", "state", "states"})
_BUYING_FORMS = frozenset({"buying", "importing", "purchasing", "import", "importer", "buyer", "purchaser"})
_SELLING_FORMS = frozenset({"selling", "exporting", "supplying", "supply", "export", "exporter", "supplier", "seller", "shipping", "providing", "provider"})

def canonical(tokens: list[Token], cues: Cues) -> list[Token]:
    """The tokens of a sentence in the plain order (a new list when a rewrite applied)."""
    tokens = _position_as(_phrasal_buying(_two_word_role_nouns(_postposed(_out_of(tokens)))))
    tokens = _time_first(_inner_time(from_before_goods(tokens, cues), cues))
    tokens = cleft(tokens) or tokens
    for rewrite in (arrow, label, _fronted_phrase, _pseudo_cleft, _is_where, _fronted_role, _counts_as):
        rewritten = rewrite(tokens, cues)
        if rewritten is not None:
            return rewritten
    return tokens


def _two_word_role_nouns(tokens: list[Token]) -> list[Token]:
    out = tokens
    for index in range(len(tokens) - 1):
        word, noun = tokens[index].low, tokens[index + 1].low
        if noun not in _COUNTRY_NOUNS or tokens[index].mention is not None:
            continue
        role = "buyer" if word in _BUYING_FORMS else "supplier" if word in _SELLING_FORMS else None
        if role is None:
            continue
        if out is tokens:
            out = copy(tokens)
        out[index].low = role + ("s" if noun.endswith("s") else "")
        out[index + 1].low = "country"  # a tail the role rules step over ("destination country for")
    return out


def _out_of(tokens: list[Token]) -> list[Token]:
    """ "imports out of the Netherlands", "shipped out of Montevideo": "from"."""
    drop = {i for i in range(len(tokens) - 2) if tokens[i].low == "out" and tokens[i + 1].low == "of" and party_at(tokens, i + 2) is not None}
    if not drop:
        return tokens
    out = []
    for index, token in enumerate(tokens):
        if index in drop:
            continue
        out.append(put_word(token, "from") if index - 1 in drop else replace(token, group_last=None))
    return out


def _fronted_phrase(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "From Norway obtains Germany ...", "To Argentina it buys Brazil ...", "To the Senegal, the China
    buys ...": the subject first, then its verb, then the fronted phrase, then the rest."""
    start = opening(tokens)
    if start >= len(tokens) or tokens[start].low not in ("from", "to"):
        return None
    party_end = party_run(tokens, start + 1)
    if party_end == start + 1:
        return None
    mention = tokens[party_end - 1].mention
    assert mention is not None
    if mention.possessive or mention.form == "adjective":
        return None  # "To Russia's dismay, ...", "From Russian ports ..."
    probe = party_end + (party_end < len(tokens) and tokens[party_end].text == ",")
    verbs = cues.sell_verbs | cues.buy_verbs | GET_VERBS
    out = copy(tokens)
    phrase = out[start:party_end]
    if probe < len(tokens) and tokens[probe].low == "it" and probe + 1 < len(tokens):
        probe += 1  # Spanish and French clitic doubling: "To Argentina it buys Brazil"
    if probe < len(tokens) and tokens[probe].low in verbs:
        subject_end = party_run(tokens, probe + 1)
        if subject_end == probe + 1 or tokens[subject_end - 1].mention.possessive:  # type: ignore[union-attr]
            return None
        return [*out[probe + 1:subject_end], out[probe], *phrase, *out[subject_end:]]
    subject_end = party_run(tokens, probe)
    if subject_end == probe or tokens[subject_end - 1].mention.possessive or tokens[subject_end - 1].mention.form == "adjective":  # type: ignore[union-attr]
        return None
    verb = subject_end
    while verb < len(tokens) and tokens[verb].low in cues.aux and tokens[verb].low not in ("which", "that", "who"):
        verb += 1
    if verb >= len(tokens) or tokens[verb].low not in verbs or probe == party_end:
        return None  # the comma is needed: "To the Senegal, the China buys", not "to China Brazil sells ..."
    return [*out[probe:verb + 1], *phrase, *out[verb + 1:]]


# Phrasal verbs of buying, one verb before "up": "Beijing snaps up Canadian canola".
_UP_VERBS = {"snap": "buy", "snaps": "buys", "snapped": "bought", "snapping": "buying", "scoop": "buy", "scoops": "buys", "scooped": "bought",
             "scooping": "buying", "lap": "buy", "laps": "buys", "lapped": "bought", "lapping": "buying", "hoover": "buy", "hoovers": "buys", "hoovered": "bought"}


def _phrasal_buying(tokens: list[Token]) -> list[Token]:
    ups = [i for i in range(len(tokens) - 1) if (tokens[i].low in _UP_VERBS or tokens[i].low in _END_UP) and tokens[i + 1].low == "up" and tokens[i].mention is None]
    if not ups:
        return tokens
    out: list[Token] = []
    ends: set[int] = set()
    for index, token in enumerate(tokens):
        if index - 1 in ups:
            continue
        if index in ups:
            word = _UP_VERBS.get(token.low) or _END_UP[token.low]
            out.append(Token(token.text, word, token.start, tokens[index + 1].end))
            if token.low in _END_UP:  # "ends up largely in China": goes (largely) to China
                ends |= {i for i in range(index + 2, min(len(tokens), index + 5)) if tokens[i].low in ("in", "at")}
        elif index in ends and index + 1 < len(tokens) and party_at(tokens, index + 1) is not None:
            out.append(put_word(token, "to"))
            ends.clear()
        else:
            out.append(replace(token, group_last=None))
    return out


_END_UP = {"ends": "goes", "end": "go", "ended": "went", "ending": "going"}


_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remained"})


def _pseudo_cleft(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "What Nigeria exports to India is mainly crude": the goods after the copula are the trade verb's object."""
    start = opening(tokens)
    if start + 2 >= len(tokens) or tokens[start].low != "what" or tokens[start + 1].mention is None:
        return None
    verb = party_run(tokens, start + 1)
    while verb < len(tokens) and tokens[verb].low in cues.aux and tokens[verb].mention is None:
        verb += 1
    if verb >= len(tokens) or tokens[verb].low not in cues.sell_verbs | cues.buy_verbs | GET_VERBS:
        return None
    copula = next((i for i in range(verb + 1, min(len(tokens), verb + 8)) if tokens[i].low in _COPULAS), None)
    if copula is None or any(t.mention is not None for t in tokens[copula + 1:]):
        return None
    end = len(tokens)
    while end > copula + 1 and not tokens[end - 1].text[:1].isalnum():
        end -= 1
    if end == copula + 1:
        return None
    out = copy(tokens)
    return [*out[start + 1:verb + 1], *out[copula + 1:end], *out[verb + 1:copula], *out[end:]]


# What goes somewhere: "where most US corn goes", "where Chilean copper ends up", "where it is sold".
_GOING = frozenset({"goes", "go", "went", "ends", "end", "ended", "heads", "head", "headed", "flows", "flow", "flowed", "sold", "shipped", "exported", "sent", "delivered"})


def _is_where(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "Mexico is where most US corn goes": the goods go to the party before "is where"."""
    start = opening(tokens)
    party_end = party_run(tokens, start)
    if party_end == start or party_end + 2 >= len(tokens):
        return None
    mention = tokens[party_end - 1].mention
    if mention is None or mention.possessive or mention.form == "adjective":
        return None
    copula = party_end
    while copula < len(tokens) and tokens[copula].low in ("has", "have", "become", "becomes", "now", "still", "also"):
        copula += 1
    if copula + 1 >= len(tokens) or tokens[copula].low not in _COPULAS | {"become", "becomes", "became"} or tokens[copula + 1].low != "where":
        return None
    going = next((i for i in range(copula + 2, min(len(tokens), copula + 12)) if tokens[i].low in _GOING), None)
    if going is None:
        return None
    end = going + 1 + (going + 1 < len(tokens) and tokens[going + 1].low == "up")
    out = copy(tokens)
    return [*out[copula + 2:end], put_word(tokens[copula + 1], "to"), *out[start:party_end], *out[end:]]


# Nouns of a place in a ranking: "China's position as the biggest supplier", "its place of first supplier".
_PLACE_NOUNS = frozenset({"position", "place", "role", "status", "standing", "spot", "rank", "ranking"})


def _position_as(tokens: list[Token]) -> list[Token]:
    """ "China's position as the biggest supplier" -> "China is the biggest supplier"; "X has confirmed
    its place of first supplier" -> "X is first supplier" (the possessive pronoun is the subject's)."""
    for index in range(len(tokens) - 2):
        if tokens[index + 1].low not in _PLACE_NOUNS or tokens[index + 2].low not in ("as", "of"):
            continue
        mention = tokens[index].mention
        if mention is not None and mention.possessive:
            out = copy(tokens)
            party = replace(out[index], mention=replace(mention, possessive=False))
            return [*out[:index], party, put_word(tokens[index + 1], "is"), *out[index + 3:]]
        if tokens[index].low in ("its", "their"):
            subject = next((i for i in range(index - 1, max(-1, index - 6), -1) if tokens[i].mention is not None), None)
            if subject is None or tokens[subject].mention.possessive or tokens[subject].mention.form == "adjective":  # type: ignore[union-attr]
                return tokens
            if any(t.mention is not None or t.text in ",;:" for t in tokens[subject + 1:index]):
                return tokens
            out = copy(tokens)
            return [*out[:subject + 1], put_word(tokens[index + 1], "is"), *out[index + 3:]]
    return tokens


def _inner_time(tokens: list[Token], cues: Cues) -> list[Token]:
    """A time phrase inside the clause, between a subject and its verb or a verb and its object, moves to
    the end: "Germany has in the year 2023 around 1.1 million tonnes raw coffee imported", "imported during
    the campaign 2022-2023 some 3.4 million tonnes" (the order of translated copy)."""
    out = tokens
    index = opening(tokens) + 1
    while index < len(out) - 1:
        after = skip_time(out, index, len(out))
        interrupts = after < len(out) and (out[after].text[:1].isdigit() or out[after].low in _AFTER_TIME or out[after].low in cues.buy_verbs | cues.sell_verbs)
        if after > index + 1 and out[index - 1].text[:1].isalpha() and out[index - 1].low not in _NOT_BEFORE_TIME and interrupts:
            end = len(out) - (out[-1].text in ".!?")
            out = [*out[:index], *out[after:end], *out[index:after], *out[end:]]
            index = index + (end - after)
            continue
        index += 1
    return out


# Words after a time phrase that interrupts a clause: an amount, the goods' determiner, an adverb, a from/to phrase.
_AFTER_TIME = frozenset({"some", "around", "about", "over", "more", "nearly", "almost", "roughly", "approximately", "the", "a", "an", "again", "also", "already", "from", "to"})

# Words after which a time phrase is theirs, not the clause's: "imports rose in the first half", "growth in the year".
_NOT_BEFORE_TIME = frozenset({"rose", "fell", "grew", "growth", "increase", "decrease", "jumped", "dropped", "up", "down", "record", "highest", "lowest", "peak", "of", "and", "or"})


def _time_first(tokens: list[Token]) -> list[Token]:
    """A time phrase that opens the clause before a fronted from/to phrase moves to its end."""
    start = opening(tokens)
    after = skip_time(tokens, start, len(tokens))
    if after == start or after >= len(tokens):
        return tokens
    comma = after + (tokens[after].text == ",")
    if comma >= len(tokens) or tokens[comma].low not in ("from", "to"):
        return tokens
    out = copy(tokens)
    return [*out[:start], *out[comma:], *out[start:after]]


# Verbs a fronted "as" phrase stands before in translated German order: "As biggest buyer counts Brazil".
_AS_VERBS = frozenset({"counts", "count", "counted", "stands", "stood", "remains", "remained", "is", "was", "applies", "ranks", "serves", "appears"})
_AS_FILLERS = frozenset({"since", "years", "for", "again", "still", "now", "also", "already", "long", "meanwhile", "further", "ever", "once", "more"})


def _fronted_role(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "As biggest buyer of Chinese soy beans counts since years Brazil, ...": the party after the verb is the role noun's."""
    start = opening(tokens)
    if start >= len(tokens) or tokens[start].low != "as":
        return None
    noun = role_noun_in(tokens[start + 1:start + 6], cues)
    if noun is None:
        return None
    verb = next((i for i in range(start + 2 + noun, min(len(tokens), start + 16)) if tokens[i].low in _AS_VERBS and tokens[i].mention is None), None)
    if verb is None:
        return None
    party = verb + 1
    while party < len(tokens) and tokens[party].low in _AS_FILLERS:
        party += 1
    end = party_run(tokens, party)
    if end == party or tokens[end - 1].mention.possessive:  # type: ignore[union-attr]
        return None
    out = copy(tokens)
    return [*out[party:end], put_word(tokens[verb], "is"), *out[start + 1:verb], *out[end:]]


# Verbs that count a party in a role: "X counts Y as its ...", "X relies on Y as ...".
_COUNTING = frozenset({"counts", "count", "counted", "considers", "considered", "regards", "regarded", "sees", "saw", "views", "viewed", "names", "named", "lists", "listed"})
_RELYING = frozenset({"relies", "rely", "relied", "depends", "depend", "depended", "leans", "leaned"})


def _counts_as(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "Denmark counts Germany as its largest pork customer" -> "Germany is Denmark's largest pork customer";
    "Ethiopia counts Germany among the biggest customers for its coffee"; "Mongolia relies on China as the destination for its coal"."""
    start = opening(tokens)
    subject_end = party_run(tokens, start)
    if subject_end == start or tokens[subject_end - 1].mention.possessive or tokens[subject_end - 1].mention.form == "adjective":  # type: ignore[union-attr]
        return None
    verb = subject_end
    while verb < len(tokens) and tokens[verb].low in cues.aux and tokens[verb].mention is None:
        verb += 1
    if verb >= len(tokens):
        return None
    other = verb + 1
    if tokens[verb].low in _RELYING:
        while other < len(tokens) and (tokens[other].low.endswith("ly") or tokens[other].low in ("heavily", "largely", "mostly", "mainly")):
            other += 1
        if other >= len(tokens) or tokens[other].low != "on":
            return None
        other += 1
    elif tokens[verb].low not in _COUNTING:
        return None
    other_end = party_run(tokens, other)
    if other_end == other or other_end >= len(tokens) or tokens[other_end].low not in ("as", "among"):
        return None
    out = copy(tokens)
    owner = out[subject_end - 1]
    assert owner.mention is not None
    rest = out[other_end + (tokens[other_end].low == "as"):]
    rest = [replace(owner, start=t.start, end=t.end, mention=replace(owner.mention, possessive=True)) if t.low in ("its", "their") else t for t in rest]
    return [*out[other:other_end], put_word(tokens[verb], "is"), *rest]


# Ranks a translated role noun may carry after it: "the supplier principal", "the market more important".
_POSTPOSED_RANKS = frozenset({"principal", "main", "biggest", "largest", "first", "leading", "major", "primary", "greatest", "greater", "chief"})
_ROLE_HEADS = frozenset({"market", "markets", "supplier", "suppliers", "buyer", "buyers", "customer", "customers", "client", "clients", "destination",
                         "destinations", "exporter", "exporters", "importer", "importers", "provider", "providers", "source", "seller", "sellers", "purchaser"})


def _postposed(tokens: list[Token]) -> list[Token]:
    """A rank after a role noun and a country adjective after a noun, put before it."""
    out = tokens
    index = 0
    while index < len(out) - 1:
        token, nxt = out[index], out[index + 1]
        rank = 0
        if token.low in _ROLE_HEADS and token.mention is None:
            if nxt.low in _POSTPOSED_RANKS:
                rank = 1
            elif nxt.low in ("more", "most") and index + 2 < len(out) and out[index + 2].low == "important":
                rank = 2
        if rank:
            out = copy(out) if out is tokens else out
            out[index:index + 1 + rank] = [*out[index + 1:index + 1 + rank], out[index]]
            index += rank + 1
            continue
        after = out[index + 2] if index + 2 < len(out) else None
        adjective = nxt.mention is not None and nxt.mention.form == "adjective" and not nxt.mention.possessive
        if adjective and token.mention is None and token.text[:1].islower() and token.low in _ROLE_HEADS | {"gas", "oil", "crude", "wheat", "coal"} and (
            after is None or not after.text[:1].isalnum() or after.low in ("in", "of", "for", "to", "from", "and")
        ):
            out = copy(out) if out is tokens else out
            out[index], out[index + 1] = out[index + 1], out[index]  # "the market Chinese" -> "the Chinese market"
            index += 2
            continue
        index += 1
    return out

