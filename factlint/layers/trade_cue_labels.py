"""The cue reader's labels, arrows and answers (see ``trade_cue_canon``): the verbless registers of
headlines, bullets and Q&A, put into the plain order the role rules read, and the token helpers the
rewrites share (a rewrite's words keep the offsets of the tokens they stand for).

* **a label is a copula**: "Top destination for Ghanaian gold: Switzerland", "China's ore suppliers:
  Australia 62%, Brazil 21%" -> "Switzerland is top destination ...", "Australia and Brazil are China's
  ore suppliers" (shares dropped); "Switzerland: top destination ..." likewise; a topic before the
  colon ("Vietnam rice: Philippines top buyer again") becomes the role noun's complement;
* **an arrow is a sale**: "Ivory Coast -> Netherlands: 1.1m t of cocoa beans" -> "Ivory Coast exports
  1.1m t of cocoa beans to Netherlands";
* **a question and its elliptical answer** (``answered``): "Who supplies Japan with wheat? Mostly the
  United States" -> "the United States supplies Japan with wheat"; "Where does Bangladesh get its cotton?
  Largely from Brazil" -> "Bangladesh get its cotton from Brazil".
"""

from __future__ import annotations

from dataclasses import replace

from factlint.layers.trade_cue_words import Cues, Token, ranked_source

__all__ = ["answered", "arrow", "copy", "label", "opening", "party_at", "party_run", "put_word", "role_noun_in", "GET_VERBS"]

_BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})
_ARROWS = ("→", "⇒", "->", "=>", "-->")


# Words of a share in a label's list of parties: "Australia 62%, Brazil 21%".
_SHARE_MARKS = frozenset({"%", "pct", "percent", "per", "cent", "mostly", "mainly", "largely", "chiefly", "then", "followed", "by"})



def put_word(token: Token, text: str) -> Token:
    """A word put in by a rewrite, at the offsets of the token it stands for."""
    return Token(text, text, token.start, token.end)


def copy(tokens: list[Token]) -> list[Token]:
    return [replace(token, group_last=None) for token in tokens]



def party_at(tokens: list[Token], index: int) -> int | None:
    """The index of the mention at ``index`` (over "the"), or None."""
    if index < len(tokens) and tokens[index].low == "the":
        index += 1
    return index if index < len(tokens) and tokens[index].mention is not None else None


def party_run(tokens: list[Token], index: int) -> int:
    """The end of the party that starts at ``index``: one mention (a name of several tokens is one token)."""
    at = party_at(tokens, index)
    return at + 1 if at is not None else index


def _verbs(cues: Cues) -> frozenset[str]:
    return cues.sell_verbs | cues.buy_verbs | cues.move_verbs | cues.take_verbs | cues.be | cues.subject_buy_verbs | GET_VERBS


# Verbs of getting: their subject buys what comes "from" another ("obtains ... from Norway").
GET_VERBS = frozenset({"gets", "get", "got", "obtains", "obtain", "obtained", "receives", "receive", "received", "acquires", "acquired", "acquire"})


def opening(tokens: list[Token]) -> int:
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


def arrow(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """ "Ivory Coast -> Netherlands: 1.1m t of cocoa beans": the first party sells to the second."""
    start = opening(tokens)
    end = party_run(tokens, start)
    if end == start:
        return None
    width = _arrow_at(tokens, end)
    after = party_run(tokens, end + width) if width else end
    if not width or after == end + width:
        return None
    rest = after + (after < len(tokens) and tokens[after].text in ":,")
    if rest >= len(tokens) or any(t.mention is not None for t in tokens[rest:]):
        return None
    out = copy(tokens)
    return [*out[start:end], put_word(tokens[end], "exports"), *out[rest:], put_word(tokens[end], "to"), *out[end + width:after]]


def label(tokens: list[Token], cues: Cues) -> list[Token] | None:
    """A verbless label with a colon: the parties on one side are what the role noun on the other names."""
    colon = next((i for i, t in enumerate(tokens) if t.text == ":" and t.mention is None), None)
    if colon is None:
        return None
    start = opening(tokens)
    left, right = tokens[start:colon], tokens[colon + 1:]
    if not left or not right or any(t.text == ":" for t in right):
        return None
    verbs = _verbs(cues)
    if any(t.low in verbs for t in tokens if t.mention is None):
        return None
    out = copy(tokens)
    left, right = out[start:colon], out[colon + 1:]
    is_ = put_word(tokens[colon], "is")
    parties = _parties_only(right)
    if parties is not None and role_noun_in(left, cues) is not None:
        return [*parties, is_, *left]  # "Top destination for Ghanaian gold: Switzerland"
    parties = _parties_only(left)
    if parties is not None and len(parties) == 1 and role_noun_in(right, cues) is not None:
        return [*parties, is_, *right]  # "Switzerland: top destination for Ghanaian gold"
    if _parties_only(right) is None and right[0].mention is not None and any(t.mention is not None for t in left):
        noun = role_noun_in(right, cues)  # "Vietnam rice: Philippines top buyer again"
        if noun is not None and not any(t.mention is not None for t in right[1:noun]) and not any(t.mention is not None for t in right[noun + 1:]):
            return [right[0], is_, *right[1:noun + 1], put_word(tokens[colon], "of"), *left, *right[noun + 1:]]
    return None


def role_noun_in(tokens: list[Token], cues: Cues) -> int | None:
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
            joined.append(put_word(party, "and" if index == len(parties) - 1 else ","))
        joined.append(party)
    return joined



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
    start = opening(question)
    if start + 1 < len(question) and question[start].low == "q" and question[start + 1].text == ":":
        start += 2
    end = len(question)
    while end > start and question[end - 1].text in "?":
        end -= 1
    if end == len(question) or end - start < 3:
        return None  # not a question
    first = opening(answer)
    if first + 1 < len(answer) and answer[first].low == "a" and answer[first + 1].text == ":":
        first += 2
    parties = [t for t in answer[first:] if t.mention is not None]
    if not parties or any(t.mention is None and t.low not in _ANSWER_WORDS and not t.text[:1].isdigit() for t in answer[first:]):
        return None
    question = copy(question)
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
        verbs = cues.buy_verbs | GET_VERBS
        towards = "from" if any(t.low in verbs for t in rest) else "to" if any(t.low in cues.sell_verbs | cues.move_verbs | {"end"} for t in rest) else None
        if towards is None:
            return None
        rest = [Token(t.text, "goes", t.start, t.end) if t.low in ("go", "end") else t for t in rest if t.low != "up"]
        return [*rest, put_word(question[start], towards), *named]
    return None
