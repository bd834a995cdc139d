"""The cue reader's canonical orders: a clause said in the order of a headline, a label or translated
copy, put into the plain order the role rules read (see ``trade_cues``).

Each rewrite is one general shape, not a sentence; the tokens keep their offsets, so a reading still
points at the words as written, and a rewrite that does not fit leaves the tokens as they are:

* **a label is a copula**: "Top destination for Ghanaian gold: Switzerland", "China's ore suppliers:
  Australia 62%, Brazil 21%" -> "Switzerland is top destination ...", "Australia and Brazil are China's
  ore suppliers" (shares dropped); "Switzerland: top destination ..." likewise; a topic before the
  colon ("Vietnam rice: Philippines top buyer again") becomes the role noun's complement;
* **an arrow is a sale**: "Ivory Coast -> Netherlands: 1.1m t of cocoa beans" -> "Ivory Coast exports
  1.1m t of cocoa beans to Netherlands";
* **a fronted from/to phrase with the verb second** (German, Spanish, French, Portuguese orders):
  "From Norway obtains Germany most of its gas", "To Argentina it buys Brazil the wheat", "To the
  Senegal, the China buys its peanuts" -> "Germany obtains from Norway most of its gas", ... (what a
  "to" means after a buying verb is the role rules' matter: the Romance dative names the seller);
* **"out of" is "from"**: "imports out of the Netherlands";
* **a pseudo-cleft**: "What Nigeria exports to India is mainly crude" -> "Nigeria exports mainly crude to India";
* **"X is where G goes"**: "Mexico is where most US corn goes" -> "most US corn goes to Mexico";
* **a phrasal verb of buying**: "snaps up", "scooped up", "lapping up" -> "buys";
* **a question and its elliptical answer** (``answered``): "Who supplies Japan with wheat? Mostly the
  United States" -> "the United States supplies Japan with wheat"; "Where does Bangladesh get its cotton?
  Largely from Brazil" -> "Bangladesh get its cotton from Brazil";
* **a role noun of two words**: "buying country", "supply country", "exporting nations" are the
  buyer and supplier nouns ("Brazil as largest buying country of Chinese soybean").
"""

from __future__ import annotations

from dataclasses import replace

from factlint.layers.trade_cue_words import Cues, Token, ranked_source

__all__ = ["answered", "canonical"]

_BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})
_ARROWS = ("→", "⇒", "->", "=>", "-->")

# Two-word role nouns: a trade verb's form before a noun of countries is that verb's role noun.
_COUNTRY_NOUNS = frozenset({"country", "countries", "nation", "nations", "partner", "partners", "economy", "economies", "state", "states"})
_BUYING_FORMS = frozenset({"buying", "importing", "purchasing", "import", "importer", "buyer", "purchaser"})
_SELLING_FORMS = frozenset({"selling", "exporting", "supplying", "supply", "export", "exporter", "supplier", "seller", "shipping", "providing", "provider"})

# Words of a share in a label's list of parties: "Australia 62%, Brazil 21%".
_SHARE_MARKS = frozenset({"%", "pct", "percent", "per", "cent", "mostly", "mainly", "largely", "chiefly", "then", "followed", "by"})


def canonical(tokens: list[Token], cues: Cues) -> list[Token]:
    """The tokens of a sentence in the plain order (a new list when a rewrite applied)."""
    tokens = _phrasal_buying(_two_word_role_nouns(_out_of(tokens)))
    for rewrite in (_arrow, _label, _fronted_phrase, _pseudo_cleft, _is_where):
        rewritten = rewrite(tokens, cues)
        if rewritten is not None:
            return rewritten
    return tokens


def _word(token: Token, text: str) -> Token:
    """A word put in by a rewrite, at the offsets of the token it stands for."""
    return Token(text, text, token.start, token.end)


def _copy(tokens: list[Token]) -> list[Token]:
    return [replace(token, group_last=None) for token in tokens]


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
            out = _copy(tokens)
        out[index].low = role + ("s" if noun.endswith("s") else "")
        out[index + 1].low = "country"  # a tail the role rules step over ("destination country for")
    return out


def _out_of(tokens: list[Token]) -> list[Token]:
    """ "imports out of the Netherlands", "shipped out of Montevideo": "from"."""
    drop = {i for i in range(len(tokens) - 2) if tokens[i].low == "out" and tokens[i + 1].low == "of" and _party_at(tokens, i + 2) is not None}
    if not drop:
        return tokens
    out = []
    for index, token in enumerate(tokens):
        if index in drop:
            continue
        out.append(_word(token, "from") if index - 1 in drop else replace(token, group_last=None))
    return out


def _party_at(tokens: list[Token], index: int) -> int | None:
    """The index of the mention at ``index`` (over "the"), or None."""
    if index < len(tokens) and tokens[index].low == "the":
        index += 1
    return index if index < len(tokens) and tokens[index].mention is not None else None


def _party_run(tokens: list[Token], index: int) -> int:
    """The end of the party that starts at ``index``: one mention (a name of several tokens is one token)."""
    at = _party_at(tokens, index)
    return at + 1 if at is not None else index


def _verbs(cues: Cues) -> frozenset[str]:
    return cues.sell_verbs | cues.buy_verbs | cues.move_verbs | cues.take_verbs | cues.be | cues.subject_buy_verbs | _GET_VERBS


# Verbs of getting: their subject buys what comes "from" another ("obtains ... from Norway").
_GET_VERBS = frozenset({"gets", "get", "got", "obtains", "obtain", "obtained", "receives", "receive", "received", "acquires", "acquired", "acquire"})


def _opening(tokens: list[Token]) -> int:
    """The first token after a bullet mark."""
    index = 0
    while index < len(tokens) and tokens[index].text in _BULLETS:
        index += 1
    return index


def _arrow_at(tokens: list[Token], index: int) -> int:
    """The number of tokens of an arrow at ``index`` ("->" is two tokens), 0 when none."""
    for arrow in _ARROWS:
        text = ""
        for width in range(1, len(arrow) + 1):
            if index + width > len(tokens):
                break
            text += tokens[index + width - 1].text
            if text == arrow:
                return width
            if not arrow.startswith(text):
                break
    return 0


def _arrow(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "Ivory Coast -> Netherlands: 1.1m t of cocoa beans": the first party sells to the second."""
    start = _opening(tokens)
    end = _party_run(tokens, start)
    if end == start:
        return None
    width = _arrow_at(tokens, end)
    after = _party_run(tokens, end + width) if width else end
    if not width or after == end + width:
        return None
    rest = after + (after < len(tokens) and tokens[after].text in ":,")
    if rest >= len(tokens) or any(t.mention is not None for t in tokens[rest:]):
        return None
    out = _copy(tokens)
    return [*out[start:end], _word(tokens[end], "exports"), *out[rest:], _word(tokens[end], "to"), *out[end + width:after]]


def _label(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """A verbless label with a colon: the parties on one side are what the role noun on the other names."""
    colon = next((i for i, t in enumerate(tokens) if t.text == ":" and t.mention is None), None)
    if colon is None:
        return None
    start = _opening(tokens)
    left, right = tokens[start:colon], tokens[colon + 1:]
    if not left or not right or any(t.text == ":" for t in right):
        return None
    verbs = _verbs(cues)
    if any(t.low in verbs for t in tokens if t.mention is None):
        return None
    out = _copy(tokens)
    left, right = out[start:colon], out[colon + 1:]
    is_ = _word(tokens[colon], "is")
    parties = _parties_only(right)
    if parties is not None and _role_noun_in(left, cues) is not None:
        return [*parties, is_, *left]  # "Top destination for Ghanaian gold: Switzerland"
    parties = _parties_only(left)
    if parties is not None and len(parties) == 1 and _role_noun_in(right, cues) is not None:
        return [*parties, is_, *right]  # "Switzerland: top destination for Ghanaian gold"
    if _parties_only(right) is None and right[0].mention is not None and any(t.mention is not None for t in left):
        noun = _role_noun_in(right, cues)  # "Vietnam rice: Philippines top buyer again"
        if noun is not None and not any(t.mention is not None for t in right[1:noun]) and not any(t.mention is not None for t in right[noun + 1:]):
            return [right[0], is_, *right[1:noun + 1], _word(tokens[colon], "of"), *left, *right[noun + 1:]]
    return None


def _role_noun_in(tokens: list[Token], cues: Cues) -> int | None:
    for index, token in enumerate(tokens):
        if token.mention is None and (token.low in cues.role_nouns or token.low in ("market", "markets") or ranked_source(tokens, index, 0)):
            return index
    return None


def _parties_only(tokens: list[Token]) -> list[Token] | None:
    """The parties of a list that holds nothing else but shares ("Australia 62%, Brazil 21%"), joined
    with "and" before the last; None when something else is there."""
    parties: list[Token] = []
    for token in tokens:
        if token.mention is not None:
            parties.append(token)
        elif not (token.low in ("the", "and", ",", ".", "&", "or") or token.low in _SHARE_MARKS or token.text[:1].isdigit() or token.text in "()"):
            return None
    if not parties:
        return None
    joined: list[Token] = []
    for index, party in enumerate(parties):
        if index:
            joined.append(_word(party, "and" if index == len(parties) - 1 else ","))
        joined.append(party)
    return joined


def _fronted_phrase(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "From Norway obtains Germany ...", "To Argentina it buys Brazil ...", "To the Senegal, the China
    buys ...": the subject first, then its verb, then the fronted phrase, then the rest."""
    start = _opening(tokens)
    if start >= len(tokens) or tokens[start].low not in ("from", "to"):
        return None
    party_end = _party_run(tokens, start + 1)
    if party_end == start + 1:
        return None
    mention = tokens[party_end - 1].mention
    assert mention is not None
    if mention.possessive or mention.form == "adjective":
        return None  # "To Russia's dismay, ...", "From Russian ports ..."
    probe = party_end + (party_end < len(tokens) and tokens[party_end].text == ",")
    verbs = cues.sell_verbs | cues.buy_verbs | _GET_VERBS
    out = _copy(tokens)
    phrase = out[start:party_end]
    if probe < len(tokens) and tokens[probe].low == "it" and probe + 1 < len(tokens):
        probe += 1  # Spanish and French clitic doubling: "To Argentina it buys Brazil"
    if probe < len(tokens) and tokens[probe].low in verbs:
        subject_end = _party_run(tokens, probe + 1)
        if subject_end == probe + 1 or tokens[subject_end - 1].mention.possessive:  # type: ignore[union-attr]
            return None
        return [*out[probe + 1:subject_end], out[probe], *phrase, *out[subject_end:]]
    subject_end = _party_run(tokens, probe)
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
        elif index in ends and index + 1 < len(tokens) and _party_at(tokens, index + 1) is not None:
            out.append(_word(token, "to"))
            ends.clear()
        else:
            out.append(replace(token, group_last=None))
    return out


_END_UP = {"ends": "goes", "end": "go", "ended": "went", "ending": "going"}


_COPULAS = frozenset({"is", "are", "was", "were", "remains", "remained"})


def _pseudo_cleft(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "What Nigeria exports to India is mainly crude": the goods after the copula are the trade verb's object."""
    start = _opening(tokens)
    if start + 2 >= len(tokens) or tokens[start].low != "what" or tokens[start + 1].mention is None:
        return None
    verb = _party_run(tokens, start + 1)
    while verb < len(tokens) and tokens[verb].low in cues.aux and tokens[verb].mention is None:
        verb += 1
    if verb >= len(tokens) or tokens[verb].low not in cues.sell_verbs | cues.buy_verbs | _GET_VERBS:
        return None
    copula = next((i for i in range(verb + 1, min(len(tokens), verb + 8)) if tokens[i].low in _COPULAS), None)
    if copula is None or any(t.mention is not None for t in tokens[copula + 1:]):
        return None
    end = len(tokens)
    while end > copula + 1 and not tokens[end - 1].text[:1].isalnum():
        end -= 1
    if end == copula + 1:
        return None
    out = _copy(tokens)
    return [*out[start + 1:verb + 1], *out[copula + 1:end], *out[verb + 1:copula], *out[end:]]


# What goes somewhere: "where most US corn goes", "where Chilean copper ends up", "where it is sold".
_GOING = frozenset({"goes", "go", "went", "ends", "end", "ended", "heads", "head", "headed", "flows", "flow", "flowed", "sold", "shipped", "exported", "sent", "delivered"})


def _is_where(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "Mexico is where most US corn goes": the goods go to the party before "is where"."""
    start = _opening(tokens)
    party_end = _party_run(tokens, start)
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
    out = _copy(tokens)
    return [*out[copula + 2:end], _word(tokens[copula + 1], "to"), *out[start:party_end], *out[end:]]


# A question's subject asked for: "Who ...", "Which country ...", "What nations ...".
_WHO = frozenset({"who", "which", "what"})
_ASKED_NOUNS = frozenset({"country", "countries", "nation", "nations", "supplier", "suppliers", "buyer", "buyers", "exporter", "exporters", "importer", "importers"})
_DO = frozenset({"do", "does", "did"})
# Words an elliptical answer may hold beside its parties: "Mostly the United States, followed by Canada", "Ecuador, by a wide margin".
_ANSWER_WORDS = frozenset({
    "a", "mostly", "mainly", "largely", "chiefly", "primarily", "overwhelmingly", "principally", "from", "to", "the", ",", ".", "and", "followed",
    "by", "far", "wide", "margin", "distance", "then", "also", "now", "still", "today", "these", "days", "at", "least", "%", "-", "–", "—",
})


def answered(question: list[Token], answer: list[Token], cues: Cues) -> list[Token] | None:
    """The clause a question and its elliptical answer make together, or None when they are no such pair."""
    start = _opening(question)
    if start + 1 < len(question) and question[start].low == "q" and question[start + 1].text == ":":
        start += 2
    end = len(question)
    while end > start and question[end - 1].text in "?":
        end -= 1
    if end == len(question) or end - start < 3:
        return None  # not a question
    first = _opening(answer)
    if first + 1 < len(answer) and answer[first].low == "a" and answer[first + 1].text == ":":
        first += 2
    parties = [t for t in answer[first:] if t.mention is not None]
    if not parties or any(t.mention is None and t.low not in _ANSWER_WORDS and not t.text[:1].isdigit() for t in answer[first:]):
        return None
    question = _copy(question)
    named = _parties_only([replace(t, group_last=None) for t in parties])
    assert named is not None
    word, nxt = question[start].low, question[start + 1]
    if word in _WHO and (word == "who" or nxt.low in _ASKED_NOUNS):
        tail = start + 1 + (word != "who")
        if question[tail].low in _DO:
            rest = question[tail + 1:end]  # "Who does Japan buy its wheat from?"
            return [*rest, *named] if rest and rest[-1].low in ("from", "to") else None
        return [*named, *question[tail:end]]
    if word == "where" and nxt.low in _DO:
        rest = question[start + 2:end]
        verbs = cues.buy_verbs | _GET_VERBS
        towards = "from" if any(t.low in verbs for t in rest) else "to" if any(t.low in cues.sell_verbs | cues.move_verbs | {"end"} for t in rest) else None
        if towards is None:
            return None
        rest = [Token(t.text, "goes", t.start, t.end) if t.low in ("go", "end") else t for t in rest if t.low != "up"]
        return [*rest, _word(question[start], towards), *named]
    return None

