"""``kind: trade-direction`` — a trade flow stated backwards, against its own sentence or the article.

Reads the ``trade`` layer (the article's ledger of role statements) and reports:

* a relation whose own construction contradicts its preposition ("China provided 70% of the
  machinery imported from Russia": the supplier makes Russia the buyer), unless the article
  states the written direction for the same goods elsewhere;
* a statement that gives a country the role (buyer or seller) opposite to the one at least
  ``min_evidence`` other sentences give it for the same goods, when no other sentence gives it
  the same role for those goods, its own sentence does not give it both, and nothing in the
  article says the trade of that country runs both ways ("bilateral", "trade surplus with", in a
  sentence naming it or naming no country). Counterparties must not tell the statements apart:
  "imports crude from Canada" does not oppose "exports crude to China".

Fields: ``min_evidence`` (sentences needed for a cross-sentence finding) and ``max_quotes``
(evidence quoted in the message). Placeholders: ``relation`` (the words reported, shortened),
``direction`` (what the article supports: "Russia importing from China", "Brazil exporting
soybeans"), ``importer``, ``exporter`` (its parties, empty when one is unnamed), ``evidence``
(the lines and words that support it), ``fix`` (the words to write instead, when a swap of words
fixes it) and ``remedy`` ('; write "..."', or empty without a fix).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.trade import BUYS, SELLS, Relation, Statement, TradeLedger
from factlint.layers.trade_backoff_ledger import backoff_statements
from factlint.trade_messages import called, cite, role_swap, shorten, shorten_to_preposition, swap

if TYPE_CHECKING:
    from factlint.document import Document


# A country before goods and an import noun may give the goods' origin, not the buyer: "India's
# Russian crude imports", "a duty on U.S. corn imports" (refused), against "Vietnamese traders are
# sourcing" and "China's soybean imports" (kept).
_ATTRIBUTIVE_IMPORTS = patterncache.compile(r"\s+(?:[\p{L}-]+\s+){1,3}?(?:imports?|purchases?|intake)\b", regex.IGNORECASE)


class TradeDirectionCheck(Check):
    kind = "trade-direction"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "min_evidence": Option(int, default=2, doc="other sentences that must state the opposite direction"),
        "max_quotes": Option(int, default=3, doc="evidence quoted in the message"),
        "break_ties": Option(
            bool, default=True,
            doc="with fewer than min_evidence sentences against a statement (but one), report it when "
            "data/trade-positions.yaml says its country mostly trades the other way and the other sentence agrees",
        ),
        "backoff_min_evidence": Option(
            int, default=None,
            doc="sentences of strict readings that must state the opposite flow before a backoff (pair-direction) reading "
            "of an otherwise unread sentence is reported (default: min_evidence; the table never breaks its tie)",
        ),
    }
    placeholders = frozenset({"relation", "direction", "importer", "exporter", "evidence", "fix", "remedy"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        if spec["min_evidence"] < 1:
            raise RuleSpecError("min_evidence", "min_evidence must be at least 1")
        if spec["max_quotes"] < 0:
            raise RuleSpecError("max_quotes", "max_quotes cannot be negative")
        self.min_evidence: int = spec["min_evidence"]
        self.max_quotes: int = spec["max_quotes"]
        self.break_ties: bool = spec["break_ties"]
        backoff = spec["backoff_min_evidence"]
        if backoff is not None and backoff < 1:
            raise RuleSpecError("backoff_min_evidence", "backoff_min_evidence must be at least 1")
        self.backoff_min_evidence: int = self.min_evidence if backoff is None else backoff

    def run(self, document: "Document") -> Iterable[Finding]:
        ledger: TradeLedger = document.trade
        if not ledger.relations:
            return
        by_pair: dict[tuple[str, str], list[Relation]] = {}  # the first few relations of each pair, for quotes
        for relation in ledger.relations:
            if relation.pair and len(by_pair.setdefault(relation.pair, [])) <= self.max_quotes:
                by_pair[relation.pair].append(relation)
        for relation in ledger.relations:
            if relation.reversed_span:
                finding = self._self_contradiction(document, relation, ledger, by_pair)
                if finding:
                    yield finding
        reported: set[int] = set()
        findings: list[Finding] = []
        for statement in ledger.statements:
            relation = statement.relation
            if relation.reversed_span or relation.implied or id(relation) in reported:
                continue
            finding = self._against_article(document, statement, ledger, ledger.is_two_way(statement))
            if finding:
                reported.add(id(relation))
                findings.append(finding)
        yield from _one_per_span(findings)
        if ledger.statements:
            yield from self._backoff(document, ledger)

    # --- (a) the sentence contradicts itself -------------------------------------------------

    def _self_contradiction(
        self, document: "Document", relation: Relation, ledger: TradeLedger, by_pair: Mapping[tuple[str, str], list[Relation]]
    ) -> Finding | None:
        pair = relation.pair
        if pair is None or relation.reversed_span is None:
            return None
        assert relation.importer and relation.exporter
        mine = [s for s in ledger.statements_in(relation.sentence) if s.relation is relation and s.role == BUYS]
        # The article also states the direction as written, for the same goods: leave it to a reader.
        if mine and any(s.counterparty_code == pair[1] and not s.relation.implied for s in ledger.opposing(mine[0])):
            return None
        support = [other for other in by_pair.get(pair, []) if other is not relation]
        reasons = [f"this sentence makes {called(relation.exporter)} the supplier"]
        reasons += [cite(document, other) for other in support[: self.max_quotes]]
        start, end = relation.reversed_span
        written_text = document.text[start:end]
        suggestion = regex.sub(r"\bfrom(?=\s+(?:the\s+)?" + regex.escape(relation.importer.text) + r"\s*$)", "by", written_text)
        fix = relation.fix or suggestion
        fields = {
            "relation": shorten_to_preposition(written_text),
            "direction": f"{called(relation.importer)} importing from {called(relation.exporter)}",
            "importer": called(relation.importer),
            "exporter": called(relation.exporter),
            "evidence": "; ".join(reasons),
            "fix": fix,
            "remedy": f'; write "{fix}"',
        }
        evidence = tuple((other.start, other.end, f"{called(relation.importer)} imports from {called(relation.exporter)} here") for other in support[: self.max_quotes])
        return Finding(start, end, fields, suggestion, evidence)

    # --- (b) the statement contradicts the rest of the article -------------------------------

    def _tie_broken(self, document: "Document", mine: list[Statement], against: list[Statement], ledger: TradeLedger) -> str:
        """Why the statement, and not the one sentence against it, is the wrong one ("Kenya is
        among the main sellers of tea"), or "" when nothing independent tells them apart.

        The tie is broken only by data/trade-positions.yaml: the statement runs against a row and
        no statement of its relation follows one, every statement of the other sentence's
        relation agrees with the table or is not in it, neither sentence says a position changed
        ("once", "used to"), and the statement is not an adjective before an import noun
        ("Russian crude imports", "U.S. corn imports" may be imports of Russian crude, of U.S. corn)."""
        known = [(s, ledger.known_role(s)) for s in mine]
        wrong = [(s, s) for s, role in known if role is not None and role != s.role]
        if not wrong:  # a category word or bare word ("the meat", "beans"): the table speaks through the goods matched
            wrong = [(s, o) for s, role in known if role is None and s.goods and not s.goods.modifiers
                     for o in ledger.opposing(s) if ledger.known_role(o) == o.role][:1]
        if not wrong or any(role == s.role for s, role in known):
            return ""
        if any(s.role == BUYS and not s.country.possessive and _ATTRIBUTIVE_IMPORTS.match(document.text, s.country.end) for s in mine):
            return ""
        others = [o for other in against for o in ledger.statements_in(other.sentence) if o.relation is other.relation]
        if any(ledger.known_role(o) not in (None, o.role) for o in others):
            return ""
        # the words of each relation's sentence up to the relation's end ("Until 2015, Egypt sold ..."),
        # not what follows it ("... the engineers who built the first trains in the 1980s")
        spans = [(document.sentences[r.sentence].start, r.end) for r in {id(x.relation): x.relation for x in [*mine, *others]}.values()]
        if any(ledger.position_changed(document.text[start:end]) for start, end in spans):
            return ""
        s, named = wrong[0]
        side = "buyers" if s.role == SELLS else "sellers"
        return f"{called(s.country)} is among the world's main {side} of {ledger.commodity(named)}"

    def _against_article(self, document: "Document", statement: Statement, ledger: TradeLedger, two_way: bool) -> Finding | None:
        """A two-way cue ("bilateral", "both ways") covering the statement's countries leaves it
        alone, unless data/trade-positions.yaml decides (as for a tie) and no two-way sentence
        names its goods: "the most lopsided bilateral flow" does not make iron ore run both ways."""
        if statement.goods is None:
            return None
        # A relation of two countries is opposed by what other sentences say of either of them
        # ("Chile's exports of copper to China" and "China imported copper" against "China sold
        # copper to Chile"), and supported likewise.
        mine = [s for s in ledger.statements_in(statement.sentence) if s.relation is statement.relation and s.goods] or [statement]
        against_by_sentence = {other.sentence: other for s in mine for other in ledger.opposing(s)}
        against = [against_by_sentence[sentence] for sentence in sorted(against_by_sentence)]
        if not against or any(ledger.agreeing(s) for s in mine):
            return None
        if _aggregate_against_partners(statement, against):
            return None
        # a role of the past or one that changed ("In the 1990s China exported beef to Argentina")
        if ledger.position_changed(document.text[document.sentences[statement.sentence].start:statement.relation.end]):
            return None
        known = ""
        if len(against) < self.min_evidence or two_way:
            known = self._tie_broken(document, mine, against, ledger) if self.break_ties else ""
            if not known or (two_way and any(ledger.two_way_names_goods(s) for s in mine)):
                return None
        # Both roles in one sentence ("exports chips to Japan and imports chips from it"): two-way.
        siblings = [s for s in ledger.statements_in(statement.sentence) if s.code == statement.code and s.goods]
        if any(s.role != statement.role and s.goods and statement.goods.related(s.goods) for s in siblings):
            return None
        relation = statement.relation
        quote = document.text[relation.start:relation.end]
        if relation.importer and relation.exporter:
            importer, exporter = relation.exporter, relation.importer  # the direction the article supports
            direction = f"{called(importer)} importing from {called(exporter)}"
            suggestion = swap(quote, relation.start, relation.importer, relation.exporter)
        else:
            importer, exporter = (statement.country, None) if statement.role != BUYS else (None, statement.country)
            verb = "importing" if statement.role != BUYS else "exporting"
            direction = f"{called(statement.country)} {verb} {statement.goods.words}"
            suggestion = role_swap(quote, relation, ledger)
        fields = {
            "relation": shorten(quote, 4, 3),
            "direction": direction,
            "importer": called(importer) if importer else "",
            "exporter": called(exporter) if exporter else "",
            "evidence": "; ".join([cite(document, other.relation) for other in against[: self.max_quotes]] + ([known] if known else [])),
            "fix": suggestion or "",
            "remedy": f'; write "{suggestion}"' if suggestion else "",
        }
        evidence = tuple((other.relation.start, other.relation.end, f"{direction} here") for other in against[: self.max_quotes])
        return Finding(relation.start, relation.end, fields, suggestion, evidence)


    # --- (c) a backoff reading of an unread sentence runs against what the article establishes --

    def _backoff(self, document: "Document", ledger: TradeLedger) -> Iterable[Finding]:
        """Backoff readings of unread sentences, and strict relations of two countries that name no goods
        (as weak as a backoff reading for a ledger keyed by goods), judged against the pair's strict trade."""
        readings = backoff_statements(document, ledger)
        strict = _goodsless_pairs(ledger)
        if not readings and not strict:
            return
        by_sentence: dict[int, list[tuple[Statement, Statement]]] = {}
        for pair in [*readings, *_strict_pairs(ledger, {buyer.sentence for buyer, _ in strict})]:
            by_sentence.setdefault(pair[0].sentence, []).append(pair)
        pair_sentences = _pair_sentences(ledger) if strict or any(buyer.goods is None for buyer, _ in readings) else {}
        for pair in [*readings, *strict]:
            against = self._backoff_against(document, pair, ledger, pair_sentences, by_sentence[pair[0].sentence])
            if against:
                yield self._backoff_finding(document, pair, against)

    def _backoff_against(
        self, document: "Document", pair: tuple[Statement, Statement], ledger: TradeLedger,
        pair_sentences: Mapping[tuple[str, str], list[Statement]], same_sentence: list[tuple[Statement, Statement]],
    ) -> list[Statement]:
        """The strict statements (one a sentence) a backoff reading contradicts, or [] when it may not be judged:
        fewer than backoff_min_evidence of them, any strict statement agreeing, two-way trade, a changed position,
        or another reading of its sentence with the roles the other way round."""
        buyer, seller = pair
        if any(ledger.is_two_way(s) for s in pair):
            return []
        if any(other[0].code == seller.code and other[1].code == buyer.code for other in same_sentence):
            return []
        if buyer.goods is not None:
            if any(ledger.agreeing(s) for s in pair) or any(ledger.two_way_names_goods(s) for s in pair):
                return []
            found = {other.sentence: other for s in pair for other in ledger.opposing(s)}
        else:  # no goods: the pair's whole strict trade runs the other way, and none of it this way
            if any(other.sentence != buyer.sentence for other in pair_sentences.get((buyer.code, seller.code), [])):
                return []
            found = {other.sentence: other for other in pair_sentences.get((seller.code, buyer.code), [])}
        against = [found[sentence] for sentence in sorted(found)]
        if len(against) < self.backoff_min_evidence:
            return []
        spans = [(document.sentences[r.sentence].start, r.end) for r in {id(s.relation): s.relation for s in [buyer, *against]}.values()]
        if any(ledger.position_changed(document.text[start:end]) for start, end in spans):
            return []
        return against

    def _backoff_finding(self, document: "Document", pair: tuple[Statement, Statement], against: list[Statement]) -> Finding:
        relation = pair[0].relation
        assert relation.importer and relation.exporter
        quote = document.text[relation.start:relation.end]
        direction = f"{called(relation.exporter)} importing from {called(relation.importer)}"
        suggestion = swap(quote, relation.start, relation.importer, relation.exporter)
        fields = {
            "relation": shorten(quote, 4, 3),
            "direction": direction,
            "importer": called(relation.exporter),
            "exporter": called(relation.importer),
            "evidence": "; ".join(cite(document, other.relation) for other in against[: self.max_quotes]),
            "fix": suggestion or "",
            "remedy": f'; write "{suggestion}"' if suggestion else "",
        }
        evidence = tuple((other.relation.start, other.relation.end, f"{direction} here") for other in against[: self.max_quotes])
        return Finding(relation.start, relation.end, fields, suggestion, evidence)


def _aggregate_against_partners(statement: Statement, against: list[Statement]) -> bool:
    """True when a statement of a country's trade at large ("the export of wheat from Kazakhstan") is opposed
    only by its trade with two or more named partners ("bought at Uzbekistan", "imports of Russian wheat into
    Kazakhstan"): an exporter may buy from some partners."""
    if statement.counterparty is not None or any(other.counterparty is None for other in against):
        return False
    return len({other.counterparty_code for other in against}) >= 2


def _one_per_span(findings: list[Finding]) -> list[Finding]:
    """One finding for overlapping words ("The Chinese export of soybeans towards Brazil", read as a
    one-party and a two-party relation): the one with a fix, else the one naming both parties."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.suggestion is None, not (f.fields["importer"] and f.fields["exporter"]))):
        if not any(finding.start < other.end and other.start < finding.end for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _strict_pairs(ledger: TradeLedger, sentences: set[int]) -> list[tuple[Statement, Statement]]:
    """(buyer, seller) statements of the strict relations of two countries in these sentences."""
    pairs = []
    for sentence in sorted(sentences):
        statements = ledger.statements_in(sentence)
        for buyer in statements:
            seller = next((s for s in statements if s.relation is buyer.relation and s.role == SELLS), None)
            if buyer.role == BUYS and seller is not None:
                pairs.append((buyer, seller))
    return pairs


def _goodsless_pairs(ledger: TradeLedger) -> list[tuple[Statement, Statement]]:
    """Strict relations of two countries with no goods ("Vietnam bought from German roasters"), stated
    as written (not reversed in their own sentence, not implied)."""
    pairs = []
    for buyer in ledger.statements:
        relation = buyer.relation
        if buyer.role != BUYS or buyer.goods is not None or buyer.counterparty is None or relation.implied or relation.reversed_span:
            continue
        seller = next((s for s in ledger.statements_in(buyer.sentence) if s.relation is relation and s.role == SELLS), None)
        if seller is not None:
            pairs.append((buyer, seller))
    return pairs


def _pair_sentences(ledger: TradeLedger) -> dict[tuple[str, str], list[Statement]]:
    """Strict statements by the flow they state between two named countries, (buyer, seller) ->
    one statement a sentence: "Brazil sold soybeans to China" and "China's imports from Brazil" are
    both (CN, BR)."""
    flows: dict[tuple[str, str], dict[int, Statement]] = {}
    for statement in ledger.statements:
        if statement.counterparty_code is None or statement.relation.implied:
            continue
        key = (statement.code, statement.counterparty_code) if statement.role == BUYS else (statement.counterparty_code, statement.code)
        flows.setdefault(key, {}).setdefault(statement.sentence, statement)
    return {key: list(found.values()) for key, found in flows.items()}
