"""Goods as the trade ledger compares them: a head noun (singular) and its modifiers.

``goods_key`` turns the goods words of a relation ("the $900 million in metalworking machinery") into
a key ("machinery" + {metalworking}); ``named_goods`` finds, in a sentence, goods the article already
trades, for a relation read without goods.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import regex

from factlint import patterncache
from factlint.layers.countries import Gazetteer
from factlint.layers.trade_cue_words import PREPOSITIONS
from factlint.layers.trade_grammar import TradeGrammar

__all__ = ["WORD", "Goods", "alias", "goods_key", "named_goods", "singular"]


@dataclass(frozen=True)
class Goods:
    """Goods keyed for comparison: the head noun (singular) and its modifiers, and the words shown."""

    head: str
    modifiers: frozenset[str]
    words: str

    def matches(self, other: "Goods") -> bool:
        """Same head, and one's modifiers within the other's ("machinery" ~ "metalworking machinery",
        but "palm oil" !~ "crude oil")."""
        if self.head == other.head:
            return self.modifiers <= other.modifiers or other.modifiers <= self.modifiers
        # "sunflower" ~ "sunflower seeds": a bare head that the other names as its modifier
        return (not self.modifiers and self.head in other.modifiers) or (not other.modifiers and other.head in self.modifiers)

    def related(self, other: "Goods") -> bool:
        """Any word in common ("copper concentrate", "refined copper"): enough to call one sentence's
        two roles two-way trade."""
        return bool(({self.head} | self.modifiers) & ({other.head} | other.modifiers))


WORD = patterncache.compile(r"\p{L}[\p{L}-]*\p{L}")
_CLAUSE_MARK = patterncache.compile(r"[,;:.()]")  # between a third country and goods: not its goods
# Prepositions and "as" end goods ("beans as harvest tops", "rice for Africa") or, before any goods word, are no goods
# ("towards"); "of" is the goods' own ("tonnes of wheat"), "in" ends them through generic_goods ("wheat in March").
_GOODS_END = (PREPOSITIONS - {"of", "in"}) | {"despite", "amid", "because", "while", "although", "though", "whereas", "unless"}
# A headline's change ends the goods: "Indian crude up 8% on the month" (not "stepped up grain deliveries").
_CHANGE_AFTER = patterncache.compile(r"\s(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+)?[\d$€£].*", regex.DOTALL)
# Goods that are a pronoun, alone or after a quantity: "it", "the bulk of it", "about three quarters of them".
_PRONOUN_GOODS = patterncache.compile(r"\s*(?:(?:the|a|an|about|around|some|roughly|nearly|almost|all|most|much|half|bulk|part|rest|share|majority|portion|third|quarter|quarters|fifth|three|two|\d[\d.,]*\s?%?|per\s?cent|percent)\s+){0,4}(?:of\s+)?(?:it|them)\s*")


def goods_key(goods: str | None, grammar_: TradeGrammar) -> Goods | None:
    """The head noun and modifiers of a goods phrase ("the $900 million in metalworking machinery -
    possibly used to ..." -> machinery, {metalworking}); None without a content word."""
    if not goods:
        return None
    if _PRONOUN_GOODS.fullmatch(goods.lower()):
        return Goods("it", frozenset(), "it")  # "buys the bulk of it from Beijing": the goods named before (goods_cut ends goods at "it")
    text = grammar_.goods_cut.split(_CHANGE_AFTER.sub("", goods.lower()), maxsplit=1)[0]
    words: list[str] = []
    previous = ""
    for word in WORD.findall(text):
        degree = previous in ("most", "least")  # "the most dependable supplier": the word after is an adjective
        previous, comparative = word, word == "than" and previous in ("more", "less", "fewer")  # "more than 2.1 million tonnes of copper"
        if word in _GOODS_END and not comparative:
            if words:
                break  # "Chinese beans as harvest tops", "rice for Africa"
            continue  # "towards Morocco ..."
        if word in grammar_.generic_goods:
            if words and word in ("and", "or", "in"):
                break  # the first of listed goods; "wheat in March"
            words = [] if word == "of" else words  # "tonnes of wheat", "the bulk of the chips"
            continue
        if words and len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
            break  # "the meat exported in the period", "the rice estimated by"
        if degree or (len(word) > 5 and word.endswith("iest")):
            continue  # "the most dependable", "the steadiest": a degree's adjective is no goods
        words.append(word)
    if len(words) > 1 and singular(words[-1]) in grammar_.anaphoric_goods - grammar_.general_goods:
        words = words[:-1]  # "soybean cargoes" are soybeans
    # aliases: "lng" -> "natural gas", "crude" -> "crude oil" as the head only ("crude palm oil" stays palm oil)
    words = [name for index, word in enumerate(words) for name in alias(word, grammar_, index == len(words) - 1)]
    if words and words[-1] in _place_words(grammar_.gazetteer):
        words = words[:-1]  # "the biggest European buyer": a region's or country's adjective is no goods
    if not words:
        return None
    head = singular(words[-1])
    return Goods(head, frozenset(singular(word) for word in words[-3:-1]), " ".join(words[-3:]))


_PLACE_WORDS: "weakref.WeakKeyDictionary[Gazetteer, frozenset[str]]" = weakref.WeakKeyDictionary()


def _place_words(gazetteer_: Gazetteer) -> frozenset[str]:
    """The gazetteer's adjectives and blocked region names, lower-cased ("european", "vietnamese")."""
    if gazetteer_ not in _PLACE_WORDS:
        _PLACE_WORDS[gazetteer_] = frozenset(
            form.lower() for form, found in gazetteer_.forms.items() if " " not in form and (found is None or found[1] == "adjective")
        )
    return _PLACE_WORDS[gazetteer_]


def alias(word: str, grammar_: TradeGrammar, head: bool) -> list[str]:
    """The words a goods word stands for ("lng" -> natural gas), a phrase only as the head."""
    words = grammar_.goods_aliases.get(word, word).split()
    return words if head or len(words) == 1 else [word]


def singular(word: str) -> str:
    """A goods word in the singular, by its ending ("soybeans" -> soybean, "supplies" -> supply)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def named_goods(sentence: str, heads: set[str], grammar_: TradeGrammar, others: list[int]) -> Goods | None:
    """The goods of the sentence whose head is one of ``heads`` (with the words before it as modifiers:
    "liquefied gas"), or None when it names none of them or more than one. Goods just after a third
    country (``others``: where its mentions end) are that country's: "while Argentina's soybean harvest failed"."""
    found: dict[str, int] = {}
    for match in WORD.finditer(sentence):
        word = match.group().lower()
        aliased = alias(word, grammar_, True)
        head = singular(aliased[-1]) if aliased else ""
        if head in heads and not any(0 <= match.start() - end <= 30 and not _CLAUSE_MARK.search(sentence, end, match.start()) for end in others):
            found.setdefault(head, match.end())
    if len(found) != 1:
        return None
    [(head, end)] = found.items()
    words = WORD.findall(sentence[max(0, end - 60):end])[-4:]
    goods = goods_key(" ".join(words), grammar_)
    return goods if goods is not None and goods.head == head else Goods(head, frozenset(), head)
