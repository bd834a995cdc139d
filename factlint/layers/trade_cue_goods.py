"""The cue reader's goods: the words a trade word, a participle or a subject names as what is traded."""

from __future__ import annotations

from factlint.layers.trade_cue_words import PREPOSITIONS, Cues, Group, Token, agent_noun, skip_time


def token_before(tokens: list[Token], index: int, first: int) -> int:
    """The token before ``index``, skipping "the"."""
    index -= 1
    while index >= first and tokens[index].low == "the":
        index -= 1
    return index


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those"})


# Adverbs that end a goods phrase: "buys sunflower oil mainly from Russia".
_ADVERBS = frozenset({"mainly", "mostly", "largely", "chiefly", "primarily", "partly", "directly", "solely", "entirely", "heavily", "increasingly", "overwhelmingly", "exclusively", "principally", "predominantly"})


def goods_before_subject(tokens: list[Token], group: Group, first: int, cues: Cues) -> tuple[int, int] | None:
    """ "The coal Japan bought", "the sugar which Indonesia purchased": goods that the verb's object relative clause hangs on."""
    end = token_before(tokens, group.first, first) + 1
    if end - 1 >= first and tokens[end - 1].low in ("which", "that"):
        end -= 1
    return goods_before(tokens, end, first, cues)


def goods_word(token: Token) -> bool:
    """A word that can be goods: lower case, or an acronym ("LNG")."""
    return token.text[:1].islower() or (len(token.text) > 1 and token.text.isupper() and token.mention is None)


def goods_before_noun(tokens: list[Token], noun: int, first: int, cues: Cues) -> tuple[int, int] | None:
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
        return goods_before_noun(tokens, anchor, 0, cues)  # "garment exports to the U.S.", not what follows
    probe = anchor + 1
    if tokens[anchor].low == "on" and party_follows(tokens, anchor, last):  # "relies on Brazil for a quarter of its fertiliser"
        party = tokens[anchor + 1 + (tokens[anchor + 1].low == "the")]
        probe = party.group_last + 1 if party.group_last is not None else probe
    while probe < last:
        token = tokens[probe]
        timed = skip_time(tokens, probe, last)
        if timed > probe and (timed >= last or not tokens[timed].text[:1].isalnum() or tokens[timed].low in cues.aux or (tokens[timed].low.endswith("ed") and len(tokens[timed].low) > 4)):
            return None  # "The wheat that Algeria purchased from Russia this season exceeded ...": the goods are before
        if token.low in ("to", "from", "into", "by", "toward", "towards", "for", "of", "at") and probe + 1 < last:
            party = probe + 1 + (tokens[probe + 1].low == "the")
            named = token.low != "of" or (party < last and tokens[party].mention is not None and tokens[party].mention.form == "name" and not tokens[party].mention.possessive)
            if party < last and tokens[party].group_last is not None and named:  # "imports of the Brazil more than 60% of the sugar": translated "de"
                probe = tokens[party].group_last + 1
                if probe + 1 < last and tokens[probe].low.endswith("s") and tokens[probe + 1].low in _DETERMINERS - {"that"}:
                    return None  # "every sack that Vietnam buys from German roasters keeps a farm going": the next verb
                continue
        if token.low in ("of", "for", "the", "this", "that", "these", "those", "about", "around", "roughly", "nearly", "almost", "some", "over"):
            probe += 1  # "took about a third of all the gas", "buyer of that powder"
            continue
        if token.low in ("more", "less", "fewer") and probe + 1 < last and tokens[probe + 1].low == "than":
            probe += 2  # "imports of the Brazil more than 60% of the sugar"
            continue
        if timed > probe and timed < last and tokens[timed].low in _DETERMINERS | {"more", "most", "some", "all", "much"}:
            probe = timed  # "buys since 2014 the essential of its peanuts" (not "in May 300,000 tonnes": the amount is read below)
            continue
        if token.low in _ADVERBS or token.low in ("especially", "meanwhile") or (token.low == "above" and probe + 1 < last and tokens[probe + 1].low == "all"):
            probe += 1 + (token.low == "above")  # "imports from Australia mainly coal", "above all gas"
            continue
        break
    if probe < last and tokens[probe].low in ("in", "during", "at", "over", "last", "this"):
        # "bought from Turkey in the season 74 thousand tons of shelled hazelnut": the amount later
        # ("delivered in the first six months over 120,000 tonnes salmon": translated, no "of")
        amount = next((i for i in range(probe + 1, min(last, probe + 7)) if tokens[i].text[:1].isdigit() and tokens[i].low not in _YEARS and i + 1 < last and tokens[i + 1].text[:1].isalpha()), None)
        if amount is None:
            return None  # "troops were sent to Mali last week": a time, not goods
        probe = amount
    if probe < last and tokens[probe].low in cues.aux and tokens[probe].low not in ("that", "which"):
        return None  # "products that the U.S. buys has become the problem": the next verb, no goods
    end = probe
    while end < last and tokens[end].mention is None and (tokens[end].text[:1].isalnum() or tokens[end].text in "%$€£") and tokens[end].low not in _ADVERBS and (
        tokens[end].low not in PREPOSITIONS | cues.clause_words | {"and", "or", "that", "which", "who", "than", "worth", "valued", "totalling", "totaling", "amounting"}
        or (tokens[end].low == "of" and not party_follows(tokens, end, last))
    ):
        if end > probe and (reduced_relative(tokens, end, last) or tokens[end].low in cues.move_verbs or tokens[end].low in _SUBJECTS):
            break  # "a fifth of the maize imported by Spain", "the cocoa grown on its farms", "the gas it pumps", "soybeans come from"
        end += 1
    return (probe, end) if end > probe else None


# Where goods are loaded or discharged: "the grain was loaded at Manila and discharged at Mekong Delta ports".
PORT_VERBS = frozenset({"loaded", "laden", "discharged", "unloaded", "offloaded"})

_SCALES = frozenset({"million", "billion", "trillion", "mln", "bln", "bn", "m", "dollars", "dlrs", "euros", "usd"})

# Years are no amounts: "shipped to China in 2023 ...".
_YEARS = frozenset(str(year) for year in range(1900, 2101))

# Pronouns that open an object relative clause after goods: "all of the gas it pumps".
_SUBJECTS = frozenset({"it", "they", "we", "he", "she"})

# Participles that do not end in -ed: "the cocoa grown on its farms", "the grain bought by".
_PARTICIPLES = frozenset({"used", "bought", "sold", "grown", "sent", "made", "caught", "built", "taken", "flown", "cut", "brought", "dug", "spun", "woven"})
_AFTER_PARTICIPLE = frozenset({"by", "in", "on", "at", "from", "to", "into", "abroad", "overseas", "for", "around", "near", "across", "domestically", "locally"})


def reduced_relative(tokens: list[Token], index: int, last: int) -> bool:
    """A participle after a goods noun that opens a reduced relative clause: "the maize imported by
    Spain", "the timber cut in Estonia" (not "liquefied natural gas", "refined products")."""
    word = tokens[index].low
    participle = word in _PARTICIPLES or (word.endswith("ed") and len(word) > 4 and not word.endswith("eed"))
    return participle and tokens[index - 1].text[:1].isalpha() and index + 1 < last and tokens[index + 1].low in _AFTER_PARTICIPLE


def party_follows(tokens: list[Token], index: int, last: int) -> bool:
    after = index + 1 + (index + 1 < last and tokens[index + 1].low == "the")
    return after < last and tokens[after].mention is not None


def goods_before(tokens: list[Token], index: int, first: int, cues: Cues) -> tuple[int, int] | None:
    """Up to three words before a participle ("the wheat sold by Egypt", "Uzbek grain arriving",
    "crude palm oil were shipped from India")."""
    while index > first and tokens[index - 1].low in cues.be | _ADVERBS | {"has", "have", "had"}:
        index -= 1
    worth = index
    while worth > first and (tokens[worth - 1].text[:1].isdigit() or tokens[worth - 1].text in "$€£" or tokens[worth - 1].low in _SCALES):
        worth -= 1
    valued = worth < index and worth > first and tokens[worth - 1].low in ("worth", "valued")
    if valued:
        index = worth - 1  # "Soybeans worth $38 billion were exported": the goods before their value
    start = index
    while start > first and start > index - 3:
        token = tokens[start - 1]
        # "Gas flowing from Norway to Germany", "Cargoes loaded in Hamburg for ...": a capitalised first word
        opening = start - 1 == 0 and token.text[:1].isupper() and token.mention is None and (tokens[index].low in cues.move_words or valued or tokens[index].low in PORT_VERBS)
        if token.mention is not None or not (goods_word(token) or opening) or token.low in cues.aux | cues.be | cues.copula | cues.sell_verbs | cues.buy_verbs | _DETERMINERS | PREPOSITIONS:
            break  # "sent its first cargo to": no goods before "cargo" here
        start -= 1
    return (start, index) if start < index else None
