"""Reading trade relations out of sentences with the compiled trade grammar.

A sentence is read only if it holds a trade keyword and a country mention (the ``countries``
layer), and only if it has none of the ``ignore_sentences`` cues (bans, hypotheticals, negation,
transit): precision first. Each match of a pattern is one ``Relation``: an importer, an exporter
or both, the goods, and the words that stated it. ``factlint.layers.trade`` turns relations into
the article's ledger of role statements.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import regex

from factlint import logs, patterncache
from factlint.layers.countries import Entity, Gazetteer, Mention, find_mentions, shared_forms, trade_gazetteer
from factlint.layers.trade_cues import CueReading, read_answer, read_sentence
from factlint.layers.trade_grammar import TradeGrammar, TradePattern
from factlint.layers.trade_keywords import keyword_sentences, needed_literals
from factlint.layers.trade_places import ArticlePlaces, parties_among, place_table

if TYPE_CHECKING:
    from factlint.document import Document, Span

# Seconds one pattern may spend on one sentence; a pattern that runs past it is skipped there (with a warning).
PATTERN_TIMEOUT = 0.2
# How far before a relation its clause may begin (characters): keeps a huge sentence linear.
_CLAUSE_REACH = 300


@dataclass(frozen=True)
class Party:
    """A country in a relation: the entity and the words that named it."""

    entity: Entity
    start: int
    end: int
    text: str
    name: str  # how a message names it: the text for a name, the entity's display name otherwise
    form: str = "name"  # name, adjective or capital
    possessive: bool = False


@dataclass(frozen=True)
class Relation:
    """One trade flow stated in one sentence: ``exporter`` sells ``goods`` to ``importer``.

    ``reversed_span`` is set when the sentence states the flow backwards (its own construction
    makes the other party the buyer); the relation then holds the coherent reading, and ``fix``
    the wording to use instead. ``implied`` relations are inferred, not stated.
    """

    family: str
    pattern: int  # index of the pattern in data/trade-relations.yaml
    importer: Party | None
    exporter: Party | None
    goods: str | None
    start: int
    end: int
    sentence: int
    quote: str
    implied: bool = False
    reversed_span: tuple[int, int] | None = None
    fix: str | None = None
    role_span: tuple[int, int] | None = None  # the word that gives a one-party relation its role

    @property
    def pair(self) -> tuple[str, str] | None:
        """(importer code, exporter code) when both are known and differ."""
        if self.importer and self.exporter and self.importer.entity.code != self.exporter.entity.code:
            return self.importer.entity.code, self.exporter.entity.code
        return None


def read_relations(
    document: "Document", grammar_: TradeGrammar, unread: dict[int, tuple[Mention, ...]] | None = None
) -> tuple[list[Relation], dict[int, str]]:
    """Trade relations of the document, and the sentences passed over (index -> cue). ``unread``,
    when given, receives the sentences with a trade keyword and countries that no pattern or cue
    read and no cue ruled out (index -> their mentions): the backoff reader's candidates."""
    relations: list[Relation] = []
    ignored: dict[int, str] = {}
    sentences = document.sentences
    places = trade_gazetteer(grammar_.gazetteer, document.knowledge)
    shared = shared_forms(document.text, places)  # "Congo" for the DR Congo in an article that names only it
    article_places = ArticlePlaces(document.text, places, place_table(document.knowledge))  # "Ningbo", "Michoacan"
    # The keyword first: it is cheap, and most sentences have none, so countries are looked
    # for only where a trade word is (as the countries layer would find them there).
    for index in keyword_sentences(grammar_.keywords, document.text, sentences):
        sentence = sentences[index]
        found = parties_in(document.text, places, sentence.start, sentence.end, shared, article_places)
        if not found:
            continue
        cue = next((name for name, p in grammar_.ignore_sentences.items() if p.search(sentence.text)), None)
        if cue:
            ignored[index] = cue
            continue
        mentions = {mention.start: mention for mention in found}
        read = _relations_in(document, sentence, index, grammar_, mentions)
        if grammar_.cues is not None:
            read += _cue_relations(document.text, sentence, index, found, grammar_, read)
            if sentence.text.rstrip().endswith("?") and index + 1 < len(sentences):  # "Who buys Kenya's tea? Mostly Pakistan."
                both = sentence._replace(end=sentences[index + 1].end, text=document.text[sentence.start:sentences[index + 1].end])
                answered = _cue_relations(document.text, both, index + 1, parties_in(document.text, places, both.start, both.end, shared), grammar_, [], sentence.end)
                read += [relation for relation in answered if not clause_cue(document.text, both, relation, grammar_)]
        if not read and unread is not None:
            unread[index] = found
        for relation in read:
            cue = clause_cue(document.text, sentence, relation, grammar_)
            if cue:
                ignored[index] = cue
            else:
                relations.append(relation)
    return relations, ignored


def parties_in(
    text: str, gazetteer_: Gazetteer, start: int, end: int, shared: Mapping[str, Entity] | None = None, places: ArticlePlaces | None = None
) -> tuple[Mention, ...]:
    """The country mentions of ``text[start:end]`` that can be parties (``shared``: forms the article
    resolves to another country, see countries.shared_forms; ``places``: the article's places of the
    general place gazetteer, see trade_places): a city, port or region is one only when no other
    mention names its country and no "at"/"in" makes it where ("Karachi buys tea from Mombasa"; in
    "what Kenya sells at the auction in Mombasa" it is where, not who; "loaded at Kandla" is the seller's port), and a
    place of the general gazetteer only beside a party of another country."""
    found = tuple(find_mentions(text, gazetteer_, start, end))
    if shared:
        found = tuple(replace(m, entity=shared[m.text]) if m.text in shared else m for m in found)
    extra = places.mentions(start, end, found) if places is not None else []
    return parties_among(text, start, found, extra, gazetteer_.places)


def clause_cue(text: str, sentence: "Span", relation: Relation, grammar_: TradeGrammar) -> str | None:
    """The ignore cue in the relation's own clause (from the break before it to the break after it)."""
    start = max(sentence.start, relation.start - _CLAUSE_REACH)
    for found in grammar_.clause_break.finditer(text, start, relation.start):
        start = found.end()
    after = grammar_.clause_break.search(text, relation.end, min(sentence.end, relation.end + _CLAUSE_REACH))
    end = after.start() if after else min(sentence.end, relation.end + _CLAUSE_REACH)
    # A modal after the relation is about something else ("the wheat sold by Egypt would load at ..."); one before it makes a
    # forecast, and so does a forecast verb that opens before the relation's end ("expect China's soybean imports to fall").
    for name, pattern in grammar_.ignore_clauses.items():
        found = pattern.search(text, start, end)
        if found and (name != "hypothetical" or found.start() < relation.end):
            return name
    return None


def _relations_in(
    document: "Document", sentence: "Span", index: int, grammar_: TradeGrammar, mentions: Mapping[int, Mention]
) -> list[Relation]:
    found: dict[frozenset[int], Relation] = {}
    text = document.text
    starts = sorted(_starts(text, mentions, sentence.start))
    words = sentence.text
    lowered = words.lower() if not _FOLDS_INTO_ASCII.search(words) else None
    for order, pattern in enumerate(grammar_.patterns):
        if pattern.needs is not None:
            gate = needed_literals(pattern.needs)
            if gate is not None and not (lowered is None and gate[1]):
                literals, ignorecase = gate
                haystack = lowered if ignorecase else words
                if not any(literal in haystack for literal in literals):  # type: ignore[operator]
                    continue  # the needs pattern cannot match without one of them: not run
            if not pattern.needs.search(text, sentence.start, sentence.end):
                continue
        for match in _matches(pattern, text, sentence, starts, document.path):
            relation = _relation(match, pattern, order, index, mentions, grammar_)
            if relation is None:
                continue
            key = _mentions_of(relation)
            kept = found.get(key)
            # Keep the most specific reading of the same mentions: a reversed one, else the
            # longest (it names the goods), else the one declared later (the narrower construction).
            if kept is None or _specificity(relation) > _specificity(kept):
                found[key] = relation
    # A one-party reading inside a two-party one of the same mention ("imported by Russia" in
    # "China supplied 70% of the machinery imported by Russia") says nothing more: drop it.
    kept = [
        relation
        for key, relation in found.items()
        if not any(key < other_key and _overlap(relation, other) for other_key, other in found.items())
    ]
    return sorted(kept, key=lambda r: (r.start, r.end))


# A letter beyond ASCII may match an ASCII letter of a case-blind pattern ("ſ" for "s", the Kelvin sign for "k"):
# in such a sentence the literal test below is skipped and the needs pattern decides alone.
_FOLDS_INTO_ASCII = patterncache.compile(r"(?=\p{L})[^\x00-\x7f]")


def _starts(text: str, mentions: Mapping[int, Mention], floor: int) -> set[int]:
    """Where a pattern that opens with a country can start: at a mention, or at "the" before it."""
    starts = set(mentions)
    for start in mentions:
        before = _THE.search(text, max(floor, start - 12), start)
        if before:
            starts.add(before.start())
    return starts


_THE = patterncache.compile(r"(?<![\p{L}\p{N}])[Tt]he\s+$")


def _matches(
    pattern: TradePattern, text: str, sentence: "Span", starts: list[int], path: str = "<text>"
) -> Iterator[regex.Match[str]]:
    try:
        if pattern.party_first:
            # The match at each start is the one an overlapped search would find there.
            found = (pattern.pattern.match(text, start, sentence.end, timeout=PATTERN_TIMEOUT) for start in starts)
            return iter([match for match in found if match])
        # Overlapped: a match that starts at "But Japanese" is refused by _party, and the one
        # that starts at "Japanese" must still be found.
        return iter(list(pattern.pattern.finditer(text, sentence.start, sentence.end, overlapped=True, timeout=PATTERN_TIMEOUT)))
    except TimeoutError:  # never in silence: the sentence is read without this pattern, and the run says so
        logs.warning(
            "%s: trade pattern %r of data/trade-relations.yaml ran past the time limit on the sentence at offset %d "
            "(catastrophic backtracking?); that sentence was read without it",
            path,
            pattern.family,
            sentence.start,
        )
        return iter(())


def _mentions_of(relation: Relation) -> frozenset[int]:
    return frozenset(party.start for party in (relation.importer, relation.exporter) if party)


def _overlap(one: Relation, other: Relation) -> bool:
    return one.start < other.end and other.start < one.end


def _specificity(relation: Relation) -> tuple[bool, int, int]:
    return bool(relation.reversed_span), relation.end - relation.start, relation.pattern


def _party(match: regex.Match[str], role: str, mentions: Mapping[int, Mention]) -> Party | None | bool:
    """The country in ``role``: None if the pattern has no such role, False if the words there
    are not exactly one country mention of an allowed form."""
    group = role if role in match.re.groupindex else f"{role}_attr"
    if group not in match.re.groupindex or match.group(group) is None:
        return None
    mention = mentions.get(match.start(group))
    if mention is None or match.end(group) - mention.end not in (0, 1) or match.group(group)[mention.end - match.start(group):] not in ("", "."):
        return False
    if group == role and (mention.form == "adjective" or mention.possessive):
        return False
    if mention.form == "adjective" and _origin_after_owner(match.string, mention, mentions):
        return False  # "India's Russian oil purchases": the adjective is the origin of the possessive's goods
    name = mention.text if mention.form == "name" else mention.entity.display
    return Party(mention.entity, mention.start, mention.end, mention.text, name, mention.form, mention.possessive)


def _origin_after_owner(text: str, mention: Mention, mentions: Mapping[int, Mention]) -> bool:
    """A country adjective right after a possessive country ("India's Russian")."""
    return any(
        other.possessive and other.end < mention.start and regex.fullmatch(r"['’]s?\s+", text[other.end:mention.start]) is not None
        for other in mentions.values()
    )


def _relation(match: regex.Match[str], pattern: TradePattern, order: int, index: int, mentions: Mapping[int, Mention], grammar_: TradeGrammar) -> Relation | None:
    importer = _party(match, "importer", mentions)
    exporter = _party(match, "exporter", mentions)
    if importer is False or exporter is False or (importer is None and exporter is None):
        return None
    goods = match.group("goods") if "goods" in match.re.groupindex else None
    if goods and _not_goods(goods, grammar_):
        return None  # "Russia provides Syria with political support": no goods
    goods = _before_verb(goods, grammar_) if goods else goods
    quote_group = pattern.quote_group if pattern.quote_group in match.re.groupindex else None
    quote = match.group(quote_group) if quote_group else match.group()
    reversed_span = None
    fix = None
    # A third country inside the construction ("imported by Kazakhstan from Russia", "Argentine
    # supplies ... caused Japanese buyers to turn to the United States") means re-exports, someone
    # else's trade or a misreading: no relation then.
    parties = {party.entity.code for party in (importer, exporter) if isinstance(party, Party)}
    if any(match.start() <= start < match.end() and mention.entity.code not in parties for start, mention in mentions.items()):
        return None
    if pattern.reversed_group and match.group(pattern.reversed_group):
        reversed_span = match.span(pattern.reversed_group)
        fix = (pattern.fix or "").format(
            verb=match.group(pattern.reversed_group).split()[0],
            importer=importer.text if isinstance(importer, Party) else "",
            exporter=exporter.text if isinstance(exporter, Party) else "",
        )
    role_span = match.span(pattern.role_word) if pattern.role_word and match.group(pattern.role_word) else None
    return Relation(
        family=pattern.family,
        pattern=order,
        importer=importer or None,
        exporter=exporter or None,
        goods=" ".join(goods.split()) if goods else None,
        start=match.start(),
        end=match.end(),
        sentence=index,
        quote=" ".join(quote.split()),
        implied=pattern.implied,
        reversed_span=reversed_span,
        fix=fix,
        role_span=role_span,
    )


def _not_goods(goods: str, grammar_: TradeGrammar) -> bool:
    """Whether the head of a goods phrase is a word of the cue reader's ``not_goods`` (support, troops, money)."""
    if grammar_.cues is None:
        return False
    words = grammar_.goods_cut.split(goods.lower(), maxsplit=1)[0].split()
    return bool(words) and words[-1].strip(".,") in grammar_.cues.not_goods


_LINKING = frozenset({"of", "in", "to", "from", "for", "and", "or", "the", "a", "an", "at", "on", "by", "with", "worth", "per", "each", "a-year", "annually", "last", "this", "next"})


def _before_verb(goods: str, grammar_: TradeGrammar) -> str:
    """The goods up to a verb after plural goods: "US avocados brace for" -> "US avocados" (a plural
    noun rarely modifies the next word; units do: "120,000 tonnes salmon")."""
    words = goods.split()
    for index in range(1, len(words)):
        before, word = words[index - 1].lower(), words[index]
        plural = len(before) > 3 and before.endswith("s") and not before.endswith(("ss", "us", "is")) and before not in grammar_.generic_goods
        if plural and word[:1].islower() and not word.endswith("s") and before not in ("arms", "goods", "sales", "news") and word not in _LINKING:
            return " ".join(words[:index])
    return goods


def _cue_relations(
    text: str, sentence: "Span", index: int, mentions: tuple[Mention, ...], grammar_: TradeGrammar, read: list[Relation], question_end: int | None = None
) -> list[Relation]:
    """Relations the cue reader adds to what the patterns read in a sentence: one per buyer and
    seller pair of a clause (one per party when the clause names one side only), for the parties
    no pattern read ("to Italy and Germany" after a pattern read Italy). A clause whose reading
    gives a party the patterns read another role is dropped. With ``question_end``, the span is a
    question and the elliptical answer after it, read as one clause."""
    assert grammar_.cues is not None
    roles: dict[int, str] = {}
    for relation in read:
        for party, role in ((relation.importer, "buys"), (relation.exporter, "sells")):
            if party is not None:
                roles[party.start] = role if roles.get(party.start, role) == role else "both"
    relations = []
    order = len(grammar_.patterns)
    readings = read_sentence(text, sentence.start, sentence.end, mentions, grammar_, grammar_.cues) if question_end is None else read_answer(
        text, (sentence.start, question_end), (question_end, sentence.end), mentions, grammar_, grammar_.cues)
    for reading in readings:
        _fill_goods(read, reading, grammar_)
        # the subject a second verb inherits has its own role in the clause before: not compared
        given = [(m, role) for ms, role in ((reading.buyers, "buys"), (reading.sellers, "sells")) for m in ms if m not in reading.inherited]
        if any(roles.get(m.start, role) != role for m, role in given):
            continue
        if all(m.start in roles for m, _ in given) and not reading.inherited:
            continue
        quote = " ".join(text[reading.start:reading.end].split())
        pairs: list[tuple[Mention | None, Mention | None]] = [(b, s) for b in reading.buyers for s in reading.sellers]
        if not pairs:
            pairs = [(b, None) for b in reading.buyers] + [(None, s) for s in reading.sellers]
        covered = {start for start in roles if all(m.start != start for m in reading.inherited)}
        pairs = [(b, s) for b, s in pairs if not (b is not None and s is not None and b.start in covered and s.start in covered)]
        for buyer, seller in pairs[:16]:
            relations.append(Relation(
                family=reading.rule, pattern=order, importer=party_of(buyer), exporter=party_of(seller),
                goods=" ".join(reading.goods.split()) if reading.goods else None,
                start=reading.start, end=reading.end, sentence=index, quote=quote,
            ))
    return relations


def _fill_goods(read: list[Relation], reading: "CueReading", grammar_: TradeGrammar) -> None:
    """Goods for a pattern's relation that named none (or only words such as "more"), from a cue reading of
    the same parties in the same roles ("Italy has bought from Turkey in the season 74 thousand tons of shelled hazelnut")."""
    if not reading.goods:
        return
    buyers = {m.start for m in reading.buyers}
    sellers = {m.start for m in reading.sellers}
    for index, relation in enumerate(read):
        empty = relation.goods is None or all(word in grammar_.generic_goods or not any(c.isalpha() for c in word) for word in relation.goods.lower().split())
        if empty and (relation.importer is None or relation.importer.start in buyers) and (
            relation.exporter is None or relation.exporter.start in sellers
        ):
            read[index] = replace(relation, goods=" ".join(reading.goods.split()))


def party_of(mention: Mention | None) -> Party | None:
    """The party a country mention makes (a name shown as written, an adjective or capital by the country's name)."""
    if mention is None:
        return None
    name = mention.text if mention.form == "name" else mention.entity.display
    return Party(mention.entity, mention.start, mention.end, mention.text, name, mention.form, mention.possessive)
