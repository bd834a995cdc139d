"""``kind: shares-sum`` — shares of one whole, listed in one sentence, that add up past 100%:
"half goes to schools, 40% to hospitals and 30% to roads", "coal accounts for 45%, gas for 35%
and renewables for 30%", "Labour won 40% of the vote, the Tories 35% and others 30%".

A list is two or more percentages (fraction words count: "half", "a third") in one of three shapes:

- each share followed by the same ``links`` word and a short phrase ("60% to his wife, 30% to ...");
- gapped: a ``verbs`` word before the first share, each later share after a comma or "and" and a
  short subject, with no verb or with a link before it ("gas for 35%", "Labour 35%");
- poll: each share followed by one of the ``predicates`` ("55% backed it, 40% opposed it and 10%
  were unsure"), three shares at least or a remainder.

The list is reported when the lowest readings of its shares add up to more than 100 plus
``tolerance``; a list that ends with "the remaining N%" (``remainder`` words) must add up to 100.
Sentences with change words (``skip``) are left alone ("rose 60% to a record, 50% to ..."), so are
lists with a 100% item, shares of different wholes ("60% of men, 55% of women") and gaps with figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.change_grammar import words_pattern
from factlint.layers.quantities import Quantity
from factlint.share_lists import CIRCUMSTANCE, GAP_SUBJECT, JOIN, LEAD_BEFORE, NEXT_SENTENCE, OWN_CIRCUMSTANCE, RESTATED, SUBJECT, UP_AFTER, WHOLE, Brackets, ExclusivePairs, FurtherParts, LabelledSplits, bracketed_runs, run_before
from factlint.share_polls import PollLists
from factlint.units import significant

if TYPE_CHECKING:
    from factlint.document import Document

# A fraction word in a list reads closer to its value than the layer's 10% ("a third" as 32-34.7%).
_FRACTION_SLACK = 0.03
class SharesSumCheck(Check):
    kind = "shares-sum"
    options = {
        "links": Option(list, default=[], doc="words after each share of a list ('to')"),
        "verbs": Option(list, default=[], doc="words before the first share of a gapped list ('accounts for', 'won')"),
        "gap_links": Option(list, default=[], doc="words allowed between a later subject and its share ('for')"),
        "predicates": Option(list, default=[], doc="words after each share of a poll list ('said', 'backed')"),
        "remainder": Option(list, default=[], doc="words before a last share that makes the total 100 ('the remaining')"),
        "further": Option(list, default=[], doc="words before a share that is one more part of the whole before it, not its rest ('a further', 'another'): with the shares before it in its sentence, or in the sentence before when it opens its own, it is a list"),
        "split_links": Option(list, default=[], doc="more link words after a verb of splitting ('for' in 'split 48% for Smith')"),
        "split_verbs": Option(list, default=[], doc="verbs of splitting before the first share ('split', 'divided')"),
        "closing": Option(list, default=[], doc="words before a last share that is the rest of all the sentence's shares ('the remaining')"),
        "rest": Option(list, default=[], doc="words for a rest with no figure after the last share: the shares before it cannot pass 100 ('the rest gave no answer')"),
        "subject_links": Option(list, default=[], doc="words between a subject and its share in a list with no verb ('coal for 46%')"),
        "whole_words": Option(list, default=[], doc="words that make 'coal 46%, gas 31%' one whole's split ('mix', 'share')"),
        "share_leads": Option(list, default=[], doc="words before the first subject of a list with no verb after it ('share of' in 'The share of coal in the mix was 46%, gas 31% ...')"),
        "share_verbs": Option(list, default=[], doc="the verbs between that subject and its share ('was', 'stood at')"),
        "verb_links": Option(dict, default={}, doc="link words that make a list only after one of their verbs at the first share ('on': [goes, is spent])"),
        "verb_links_before": Option(dict, default={}, doc="the same links after a verb before the first share ('on': [spend]: 'spend 35% of their income on housing, 20% on food')"),
        "brackets": Option(dict, default={}, doc="words opening a bracket of one scale after each share: below ('under'), above ('over'): '62% were over 65, 31% between 40 and 65 and 12% under 40'"),
        "labels": Option(list, default=[], doc="labels of a characteristic each member of a whole has one value of: the shares listed under one are a split ('Tenure: 47% renting, 44% owning, 13% ...')"),
        "overlap": Option(list, default=[], doc="words of a note that a labelled list's shares may overlap ('more than one')"),
        "exclusive": Option(list, default=[], doc="pairs of categories that cannot overlap: two shares named by one pair are a split ([women, men]: 'half were women and 55% men')"),
        "skip": Option(list, default=[], doc="words that mark a sentence as a list of changes, not shares"),
        "tolerance": Option((int, float), default=0.0, doc="points allowed beyond the rounding of the figures"),
    }
    placeholders = frozenset({"total", "shares"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        if not (spec["links"] or spec["verbs"] or spec["predicates"]):
            raise RuleSpecError("links", "give links, verbs or predicates: the words that make a list of shares")
        flags = regex.VERSION1 | regex.IGNORECASE
        self.tolerance = float(spec["tolerance"])
        compile_ = patterncache.compile
        self.link_sets = [self._link_patterns(words_pattern(spec["links"]))]
        if spec["split_links"] and spec["split_verbs"]:
            # "The vote split 48 percent for Smith, 43 percent for Jones": after a verb of splitting
            # more words link a share to its part.
            self.link_sets.append(self._link_patterns(words_pattern([*spec["links"], *spec["split_links"]])))
            # "60% of the electorate voted for the ruling party, 30% for the opposition ...".
            self.split_after = compile_(rf"{WHOLE}\s+(?:{words_pattern(spec['split_verbs'])})\s+(?:{words_pattern(spec['split_links'])})\b", flags)
            # ("The electorate split three ways: 41% for Ortiz, ...")
            self.split_before = compile_(rf"\b(?:{words_pattern(spec['split_verbs'])})(?:\s+(?:two|three|four|five|several|many)\s+ways)?\s*:?\s+(?:(?:up|roughly|about|some|almost|nearly|evenly)\s+)?$", flags)
        # "Two-thirds of the funding comes from grants, a quarter from the state ...": "from", "on",
        # "by" link shares only after a verb of the split at the first one (not "5% on food, 8% on energy").
        for field in ("verb_links", "verb_links_before"):
            for link in spec[field] or {}:
                if not isinstance(link, str):
                    raise RuleSpecError(field, f"the link {link!r} is not a word (quote on, off, yes and no in YAML)")
        self.verb_link_sets: list[tuple[tuple[regex.Pattern[str], ...], regex.Pattern[str] | None]] = [
            (self._link_patterns(words_pattern([link]), words_pattern(verbs)), None) for link, verbs in (spec["verb_links"] or {}).items() if verbs
        ]
        # "Households spend 35% of their income on housing, 20% on food ...": the verb before.
        self.verb_link_sets += [
            (self._link_patterns(words_pattern([link])), compile_(rf"\b(?:{words_pattern(verbs)})\s+(?:[^\s\d%,;()]+\s+){{0,3}}?(?:(?:some|about|around|nearly|roughly|just|only)\s+)?$", flags))
            for link, verbs in (spec["verb_links_before"] or {}).items() if verbs
        ]
        self.remainder = compile_(rf"(?:{words_pattern(spec['remainder'])})\s*[,:(—–]?\s*$", flags) if spec["remainder"] else None
        remainder = words_pattern([*spec["remainder"], *spec["further"]])  # between two items: a rest or one more part
        closing = words_pattern(spec["closing"])
        self.closing = compile_(rf"(?<!\bof\s+)\b(?:{closing})\s*[,:(—–]?\s*(?:(?:some|about|around|roughly|nearly|just)\s+)?$", flags) if spec["closing"] else None
        self.whole_after = compile_(rf"{WHOLE}", flags)
        self.exclusive = ExclusivePairs.of(spec["exclusive"]) if spec["exclusive"] else None
        self.further = FurtherParts.of(words_pattern(spec["further"]), self.whole_after, self.remainder, self.closing) if spec["further"] else None
        # "47 percent boys and 56 percent girls, the rest gave no indication" (not "the rest of the country").
        self.rest = compile_(
            rf"{WHOLE}(?:\s+(?!(?:and|or|but|while)\b)[\p{{L}}'’-]+){{0,6}}?\s*(?:,|;|\s+and|\s+while|\s+whereas|\s+with|\s+but)\s+(?:(?:while|whereas|and)\s+)?(?:{words_pattern(spec['rest'])})\b(?!\s+of\b)",
            flags,
        ) if spec["rest"] else None
        gap_links = words_pattern(spec["gap_links"])
        # "obtained the 55 percent of the votes, the opposition the 30 percent and the rest of the
        # formations a 20 percent" (translated: an article before each share).
        self.verb_before = compile_(rf"\b(?:{words_pattern(spec['verbs'])})\s+(?:(?:the|a)\s+)?(?:(?:just|only|some|about|around|nearly|roughly)\s+)?$", flags)
        self.gapped_gap, self.first_gapped_gap = (
            compile_(rf"{WHOLE}{circumstance}{JOIN}(?:(?:{remainder})\s+(?:of\s+(?:the\s+)?[\p{{L}}'’-]+\s+)?|{GAP_SUBJECT}(?:(?:{gap_links})\s+)?)(?:(?:the|a)\s+)?", flags)
            for circumstance in ("", CIRCUMSTANCE)
        )
        predicates = words_pattern(spec["predicates"])
        self.polls = PollLists(predicates, remainder, self._is_remainder)
        subject_links = words_pattern(spec["subject_links"])
        self.subject_first = compile_(rf"(?:^|[,:;(—–]\s*|(?<=[.?!]\s{{1,3}})|\b(?:with|while|and)\s+){SUBJECT}(?:(?P<conn>{subject_links})\s+)?$", flags)
        # "The share of coal in the mix was 46%, gas 31% and renewables 29%": the first subject after "share of".
        self.share_first = compile_(
            rf"\b(?:{words_pattern(spec['share_leads'])})\s+{SUBJECT}(?:(?:in|of|at)\s+(?:the\s+)?(?:[\p{{L}}'’-]+\s+){{1,3}}?)?(?:{words_pattern(spec['share_verbs'])})\s+(?P<conn>)(?:(?:some|about|around|roughly|nearly|just|only)\s+)?$", flags
        ) if spec["share_leads"] and spec["share_verbs"] else None
        self.subject_gap = compile_(rf"{WHOLE}{JOIN}(?:(?:{remainder})\s+|{GAP_SUBJECT}(?:(?P<conn>{subject_links})\s+)?)", flags)
        self.whole_words = compile_(rf"\b(?:{words_pattern(spec['whole_words'])})\b", flags) if spec["whole_words"] else None
        self.labelled = LabelledSplits.of(words_pattern(spec["labels"]), words_pattern(spec["overlap"] or ["more than one"]), self.whole_words) if spec["labels"] else None
        brackets = spec["brackets"] or {}
        if set(brackets) - {"below", "above"}:
            raise RuleSpecError("brackets", f"brackets has below and above, not {sorted(set(brackets) - {'below', 'above'})[0]!r}")
        self.brackets = Brackets([str(w) for w in brackets.get("below") or []], [str(w) for w in brackets.get("above") or []]) if brackets else None
        self.skip = compile_(rf"{UP_AFTER}\b(?:{words_pattern(spec['skip'])})\b", flags) if spec["skip"] else None

    @staticmethod
    def _link_patterns(links: str, first_verbs: str = "") -> tuple[regex.Pattern[str], ...]:
        """first link, first gap, later gap, link after a share: the shape "60% to A, 30% to B"
        (with ``first_verbs``, one of them must come before the first share's link)."""
        flags = regex.VERSION1 | regex.IGNORECASE
        compile_ = patterncache.compile
        lead = r"(?:(?:goes|go|went|going|gone|were|was|is|are)\s+)?"
        first_lead = rf"(?:{first_verbs})\s+" if first_verbs else lead
        # Before its verb, a longer phrase ("of the region's electricity now comes from"); before a bare link, four words.
        reach = 6 if first_verbs else 4
        # After the first share a few words may come before the link ("half of the money goes to").
        first_link = compile_(rf"(?:\s+(?!(?:to|for)\b)[^\s\d%,;()]+){{0,{reach}}}?\s+{first_lead}(?P<link>{links})\s+[^\s\d%,;()]", flags)
        link_gap = rf"\s+{lead}(?P<link>{links})\s+[^\d%,;()]{{1,60}}?{JOIN}"
        first_linked_gap = compile_(rf"(?:\s+(?!(?:to|for)\b)[^\s\d%,;()]+){{0,{reach}}}?\s+{first_lead}(?P<link>{links})\s+[^\d%,;()]{{1,60}}?{JOIN}", flags)
        return first_link, first_linked_gap, compile_(link_gap, flags), compile_(rf"\s+{lead}(?P<link>{links})\s+[^\s\d%,;()]", flags)

    def run(self, document: "Document") -> Iterable[Finding]:
        text = document.text
        previous: tuple[Quantity, ...] = ()
        previous_end = -1
        labelled = list(self.labelled.lists(text, document.quantities.quantities)) if self.labelled else []
        for group in labelled:
            finding = self._report(group, False)
            if finding is not None:
                yield finding
        reported_anywhere = {group[0].start for group in labelled}
        for start, end, quantities in document.quantities.by_sentence:
            shares = [q for q in quantities if q.is_percent and not q.is_range and not q.year_like]
            # A fraction word restated by the next share is one share: "more than half of the total,
            # reaching 51.7%", "half (48%)".
            shares = [q for q, n in zip(shares, [*shares[1:], None]) if not (n is not None and q.form == "fraction" and RESTATED.fullmatch(text, q.end, n.start))]
            before = previous if previous and NEXT_SENTENCE.fullmatch(text, previous_end, start) else ()  # the sentence right before
            previous, previous_end = quantities, end
            reported: set[int] = set(reported_anywhere)
            for group in self.further.lists(text, (*before, *quantities), shares, before) if self.further else ():
                finding = None if self.skip and self.skip.search(text, max(0, group[0].start - 40), min(end, group[-1].end + 30)) else self._report(group, False)
                if finding is not None:
                    reported.add(group[0].start)
                    yield finding
            if len(shares) < 2:
                continue
            # Shapes that look for change words within the list only, before the sentence-wide skip.
            for group, exact in (*self._subject_lists(text, shares, start, end), *self._closed(text, quantities, shares), *self.polls.lists(text, shares, end), *self.polls.fronted_lists(text, shares, start), *self._bracketed(text, shares, start, end), *self._scale(text, shares, end), *self._rest(text, quantities, shares), *((g, False) for g in (self.exclusive.lists(text, shares) if self.exclusive else ()))):
                if group[0].start in reported or (self.skip is not None and self.skip.search(text, max(start, group[0].start - 40), group[-1].end)):
                    continue
                finding = self._report(group, exact)
                if finding is not None:
                    reported.add(group[0].start)
                    yield finding
            if self.skip is not None and self.skip.search(text, start, end):
                continue
            linked = [self._linked(text, shares, end, None, None), *(self._linked(text, shares, end, links, verb) for links, verb in self.verb_link_sets)]
            lists = (*(group for found in linked for group in found), *self._gapped(text, shares, start, end))
            for group, exact in lists:
                if group[0].start in reported:
                    continue
                finding = self._report(group, exact)
                if finding is not None:
                    reported.add(group[0].start)
                    yield finding

    # --- the three shapes of a list ------------------------------------------------------------

    def _linked(
        self, text: str, shares: list[Quantity], end: int, links: tuple[regex.Pattern[str], ...] | None, verb: regex.Pattern[str] | None
    ) -> Iterable[tuple[list[Quantity], bool]]:
        """"60% to A, 30% to B": each share followed by the same link (``links``: one of the verb
        link sets; ``verb``: the verb that must come before the first share)."""
        first_link, first_linked_gap, linked_gap, link_after = links or self.link_sets[0]
        split = links is None and len(self.link_sets) > 1 and (
            self.split_before.search(text, max(0, shares[0].start - 40), shares[0].start) or self.split_after.match(text, shares[0].end)
        )
        if split:
            first_link, first_linked_gap, linked_gap, link_after = self.link_sets[1]
        group: list[Quantity] = []
        link: str | None = None
        for share in [*shares, None]:
            if share is not None and group:
                pattern = first_linked_gap if len(group) == 1 else linked_gap
                between = pattern.fullmatch(text, group[-1].end, share.start)
                after = link_after.match(text, share.end, end)
                if between and after and between.group("link").lower() == link == after.group("link").lower():
                    group.append(share)
                    continue
            if len(group) >= 2:
                yield group, False
            group, link = [], None
            if share is not None:
                first = first_link.match(text, share.end, end)
                if first and verb is not None and not verb.search(text, max(0, share.start - 50), share.start):
                    first = None
                if first:
                    group, link = [share], first.group("link").lower()

    def _gapped(self, text: str, shares: list[Quantity], start: int, end: int) -> Iterable[tuple[list[Quantity], bool]]:
        index = 0
        while index < len(shares):
            first = shares[index]
            if not self.verb_before.search(text, max(start, first.start - 40), first.start):
                index += 1
                continue
            group, wholes, exact = [first], set(), False
            for share in shares[index + 1:]:
                gap = (self.first_gapped_gap if len(group) == 1 else self.gapped_gap).fullmatch(text, group[-1].end, share.start)
                if gap is None:
                    break
                if gap.group("whole"):
                    wholes.add(gap.group("whole").lower())
                group.append(share)
                if self._is_remainder(text, share):
                    exact = True
                    break
            own = any(OWN_CIRCUMSTANCE.match(text, share.end) for share in group[1:])
            # A later share naming its own whole: "owned 60% of the shares and acquired another 45% of the voting rights".
            wholes |= {m.group("whole").lower() for q in group[1:] if (m := self.whole_after.match(text, q.end)) and m.group("whole")}
            if len(wholes) <= 1 and len(group) >= 2 and not own:
                # A share of the sentence before the list may be one of its parts: "58 percent of sales,
                # up from 41 percent, while smartphone chips accounted for 27 percent and ... the remaining 15".
                yield group, exact and index == 0
            index += len(group)

    def _subject_lists(self, text: str, shares: list[Quantity], start: int, end: int) -> Iterable[tuple[list[Quantity], bool]]:
        """A list with no verb, each subject before its share: "with coal for 46 pct, gas for 31 pct
        and renewables for 29 pct" (three items, one link word); with no link or another one only in a
        sentence that names a split ("The energy mix: coal 46%, gas 31% and renewables 29%"). Change
        words are looked for within the list only ("Coal's share fell ..., with coal for 46 pct")."""
        index = 0
        while index < len(shares):
            first = shares[index]
            lead = self.subject_first.search(text, max(start, first.start - 40), first.start)
            if lead is None and self.share_first is not None:
                lead = self.share_first.search(text, max(start, first.start - 90), first.start)
            if lead is None:
                index += 1
                continue
            conn = (lead.group("conn") or "").lower()
            group, exact = [first], False
            for share in shares[index + 1:]:
                gap = self.subject_gap.fullmatch(text, group[-1].end, share.start)
                if gap is None or (gap.group("conn") or "").lower() != conn and not self._is_remainder(text, share) and not (self.further and self.further.marks(text, share)):
                    break
                group.append(share)
                if self._is_remainder(text, share):
                    exact = True
                    break
            exact = exact and shares[0] is first  # a share before the list may be one of its parts
            index += len(group)
            if len(group) < 3 and not (exact and len(group) >= 2):
                continue
            if conn != "for" and not self._names_split(text, start, end):
                continue
            yield group, exact

    def _names_split(self, text: str, start: int, end: int) -> bool:
        """True when the sentence, or a question or heading right before it ("Where did the power
        come from? Coal 38%, gas 31% ..."), names a split."""
        if self.whole_words is None:
            return False
        if self.whole_words.search(text, start, end):
            return True
        lead = LEAD_BEFORE.search(text, max(0, start - 160), start)
        return lead is not None and bool(self.whole_words.search(text, lead.start(), lead.end()))

    def _bracketed(self, text: str, shares: list[Quantity], start: int, end: int) -> Iterable[tuple[list[Quantity], bool]]:
        """Each share in brackets after its part, in a sentence that names a split: "revenue is split
        between Europe (55%), Asia (30%) and the Americas (25%)"."""
        if self._names_split(text, start, end):
            yield from ((group, False) for group in bracketed_runs(text, shares, start))

    def _scale(self, text: str, shares: list[Quantity], end: int) -> Iterable[tuple[list[Quantity], bool]]:
        """Shares of brackets of one scale that do not overlap: "62% were over 65, 31% between 40
        and 65, and 12% under 40" (see :mod:`factlint.share_lists`)."""
        if self.brackets is not None:
            for run in self.brackets.groups(text, shares, end):
                yield [shares[i] for i in run], False

    def _closed(self, text: str, quantities: tuple[Quantity, ...], shares: list[Quantity]) -> Iterable[tuple[list[Quantity], bool]]:
        """Every share of a sentence and a last one that is the rest: "A quarter of the staff work in
        sales, two-fifths in production and the remaining 45% in administration" (one whole: no
        other figure between them, no two wholes named); reported past 100 only."""
        if self.closing is None:
            return
        for index, share in enumerate(shares[1:], 1):
            if not self.closing.search(text, max(0, share.start - 30), share.start):
                continue
            # The longest run of shares before it of one whole with no other figure between.
            for first in range(index):
                group = shares[first: index + 1]
                others = [q for q in quantities if group[0].start < q.start < share.start and q not in group and not q.year_like]
                wholes = {m.group("whole").lower() for q in group if (m := self.whole_after.match(text, q.end)) and m.group("whole")}
                # Only a total past 100 is wrong: the other shares of the whole may be in the sentence
                # before ("41% of Democrats support it, and the remaining 13% don't know").
                if not others and len(wholes) <= 1:
                    yield group, False
                    break
            return

    def _rest(self, text: str, quantities: tuple[Quantity, ...], shares: list[Quantity]) -> Iterable[tuple[list[Quantity], bool]]:
        """The shares before a rest with no figure ("47 percent boys and 56 percent girls, the rest gave
        no indication"): one whole, no other figure between, no share with a place or time of its own."""
        if self.rest is None:
            return
        for index, share in enumerate(shares[1:], 1):
            if self.rest.match(text, share.end):
                for group in filter(None, [run_before(text, quantities, shares, index, share.end, self.whole_after)]):
                    said = [self.polls.predicate(text, q.end) for q in group]
                    # "80% said they use a phone, and 60% said they speed; the rest ...": answers to two questions.
                    if all(p is None for p in said) or (None not in said and len(set(said)) == len(said)):
                        yield group, False
                return

    def _is_remainder(self, text: str, share: Quantity) -> bool:
        return self.remainder is not None and bool(self.remainder.search(text, max(0, share.start - 30), share.start))

    # --- the sum -------------------------------------------------------------------------------

    def _report(self, group: list[Quantity], exact: bool) -> Finding | None:
        if any(q.bound.high >= 100 for q in group):
            return None  # a list with a whole in it ("... and 100 pct to the state") is not one split
        bounds = [_share_bound(q) for q in group]
        lowest, highest = sum(b[0] for b in bounds), sum(b[1] for b in bounds)
        if lowest <= 100 + self.tolerance and not (exact and highest + self.tolerance < 100):
            return None
        return Finding(
            group[0].number_start,
            group[-1].end,
            {"total": significant(sum(q.value for q in group), 3), "shares": ", ".join(" ".join(q.text.split()) for q in group)},
        )




def _share_bound(share: Quantity) -> tuple[float, float]:
    if share.form == "fraction":
        return share.value * (1 - _FRACTION_SLACK), share.value * (1 + _FRACTION_SLACK)
    return share.bound.low, share.bound.high
