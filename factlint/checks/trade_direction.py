"""``kind: trade-direction`` — a trade flow stated backwards, against its own sentence or the article.

Reads the ``trade`` layer (relations from ``data/trade-relations.yaml``) and reports:

* a relation whose own construction contradicts its preposition ("China provided 70% of the
  machinery imported from Russia": the supplier makes Russia the buyer), unless the article
  states the written direction for the same goods elsewhere;
* a relation that runs against the direction the article states for the same pair and the same
  goods in at least ``min_evidence`` other sentences, when nothing in the article says the trade
  runs both ways and no other sentence repeats the minority direction.

Fields: ``min_evidence`` (sentences needed for a cross-sentence finding) and ``max_quotes``
(evidence quoted in the message). Placeholders: ``relation`` (the words reported, shortened),
``importer``, ``exporter`` (the direction the article supports), ``evidence`` (the lines and words
that support it), ``fix`` (the wording to use).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import regex

from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.countries import Gazetteer
from factlint.layers.trade import Party, Relation, TradeGrammar, goods_words, grammar, keywords

if TYPE_CHECKING:
    from factlint.document import Document

class TradeDirectionCheck(Check):
    kind = "trade-direction"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "min_evidence": Option(int, default=2, doc="other sentences that must state the opposite direction"),
        "max_quotes": Option(int, default=3, doc="evidence quoted in the message"),
    }
    placeholders = frozenset({"relation", "importer", "exporter", "evidence", "fix"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        if spec["min_evidence"] < 1:
            raise RuleSpecError("min_evidence", "min_evidence must be at least 1")
        if spec["max_quotes"] < 0:
            raise RuleSpecError("max_quotes", "max_quotes cannot be negative")
        self.min_evidence: int = spec["min_evidence"]
        self.max_quotes: int = spec["max_quotes"]

    def run(self, document: "Document") -> Iterable[Finding]:
        if not keywords(document.knowledge).search(document.text):
            return
        grammar_ = grammar(document.knowledge)
        layer = document.layer("trade")
        relations: Sequence[Relation] = layer.relations
        for relation in relations:
            if relation.reversed_span:
                finding = self._self_contradiction(document, relation, relations, grammar_)
            elif not layer.two_way:
                finding = self._against_article(document, relation, relations, grammar_)
            else:
                finding = None
            if finding:
                yield finding

    # --- (a) the sentence contradicts itself -------------------------------------------------

    def _self_contradiction(
        self, document: "Document", relation: Relation, relations: Sequence[Relation], grammar_: TradeGrammar
    ) -> Finding | None:
        pair = relation.pair
        if pair is None or relation.reversed_span is None:
            return None
        written = [
            other
            for other in relations
            if other.pair == (pair[1], pair[0]) and not other.implied and _same_goods(other, relation, grammar_)
        ]
        if written:  # the article also states the direction as written: leave it to a reader
            return None
        support = [other for other in relations if other is not relation and other.pair == pair]
        assert relation.importer and relation.exporter
        reasons = [f"this sentence makes {relation.exporter.name} the supplier"]
        reasons += [_cite(document, other) for other in support[: self.max_quotes]]
        start, end = relation.reversed_span
        written_text = document.text[start:end]
        suggestion = regex.sub(r"\bfrom(?=\s+(?:the\s+)?" + regex.escape(relation.importer.text) + r"\s*$)", "by", written_text)
        fields = {
            "relation": _shorten_to_preposition(written_text),
            "importer": relation.importer.name,
            "exporter": relation.exporter.name,
            "evidence": "; ".join(reasons),
            "fix": relation.fix or suggestion,
        }
        evidence = tuple((other.start, other.end, f"{relation.importer.name} imports from {relation.exporter.name} here") for other in support[: self.max_quotes])
        return Finding(start, end, fields, suggestion, evidence)

    # --- (b) the sentence contradicts the rest of the article --------------------------------

    def _against_article(
        self, document: "Document", relation: Relation, relations: Sequence[Relation], grammar_: TradeGrammar
    ) -> Finding | None:
        pair = relation.pair
        if pair is None or relation.implied or not goods_words(relation.goods, grammar_.generic_goods):
            return None
        stated = [r for r in relations if not r.implied and r.pair and _same_goods(r, relation, grammar_)]
        against = [r for r in stated if r.pair == (pair[1], pair[0])]
        same_way = [r for r in stated if r.pair == pair]
        if len({r.sentence for r in against}) < self.min_evidence or len(same_way) > 1:
            return None
        if any(r.sentence == relation.sentence for r in against):  # both ways in one sentence: two-way trade
            return None
        assert relation.importer and relation.exporter
        importer, exporter = relation.exporter, relation.importer  # the direction the article supports
        quote = document.text[relation.start:relation.end]
        suggestion = _swap(quote, relation.start, relation.importer, relation.exporter, grammar_.gazetteer)
        fields = {
            "relation": _shorten(quote, 4, 3),
            "importer": importer.name,
            "exporter": exporter.name,
            "evidence": "; ".join(_cite(document, other) for other in against[: self.max_quotes]),
            "fix": suggestion or f"{importer.name} imports from {exporter.name}",
        }
        evidence = tuple((other.start, other.end, f"{importer.name} imports from {exporter.name} here") for other in against[: self.max_quotes])
        return Finding(relation.start, relation.end, fields, suggestion, evidence)


def _same_goods(one: Relation, other: Relation, grammar_: TradeGrammar) -> bool:
    """True when both name the same goods, or either names none (then the pair alone decides)."""
    words_one = goods_words(one.goods, grammar_.generic_goods)
    words_other = goods_words(other.goods, grammar_.generic_goods)
    return not words_one or not words_other or bool(words_one & words_other)


def _cite(document: "Document", relation: Relation) -> str:
    line, _ = document.position(relation.start)
    return f'line {line}: "{_shorten(relation.quote, 4, 3)}"'


def _shorten(text: str, keep_first: int, keep_last: int) -> str:
    words = text.split()
    if len(words) <= keep_first + keep_last + 1:
        return " ".join(words)
    return " ".join(words[:keep_first]) + " ... " + " ".join(words[-keep_last:])


def _shorten_to_preposition(text: str) -> str:
    """ "imported in the last quarter of 2023 from Russia" -> "imported ... from Russia"."""
    words = text.split()
    last_from = max((i for i, word in enumerate(words) if word.lower() == "from"), default=len(words) - 2)
    middle = " ... " if last_from > 1 else " "
    return words[0] + middle + " ".join(words[last_from:])


def _swap(quote: str, offset: int, one: Party, two: Party, gazetteer_: Gazetteer) -> str | None:
    """The quote with the two parties' words exchanged, when both are names (not adjectives)."""
    forms = [gazetteer_.lookup(party.text) for party in (one, two)]
    if any(found is None or found[1] == "adjective" for found in forms):
        return None
    first, second = sorted((one, two), key=lambda party: party.start)
    a0, a1 = first.start - offset, first.end - offset
    b0, b1 = second.start - offset, second.end - offset
    if not (0 <= a0 < a1 <= b0 < b1 <= len(quote)):
        return None
    return quote[:a0] + second.text + quote[a1:b0] + first.text + quote[b1:]
