"""``kind: part-whole`` — a part larger than its whole: "12 of the 9 judges", "Of the 150
members, 180 voted", "Of the 150 members, 100 voted for and 80 against".

Part first: a count, one of the rule's ``joiners`` ("of the", "out of"), a second count and a
noun. Whole first: ``whole_lead`` ("of the") before a count and its noun, ``whole_gap`` (the rest
of the phrase and a comma) before the first part, or ``split_lead`` and ``split_gap`` ("The 120
seats were split: 70 for ..., 45 for ..."); parts joined by ``part_joiners`` ("and",
"while") are added up, or after ``subject_gap`` (a subject and its verb) by ``subject_joiner`` (a subject only). A whole in the sentence before: ``anaphor_lead`` ("Of these, ") opens a
sentence of parts, which must pass every count of that sentence. One part after its whole
(``subset_gap``: "40 patients, of whom 52 ...") or a whole after its part (``late_whole_gap``:
"3,400 schools ..., of the 3,150 state schools", the part's noun among the whole's words). A part
counting something else ("On the 12 occasions he played, 15 goals were scored") is not one. The part (or the sum of the parts) must not exceed the whole beyond
rounding. Years ("of the 2024 graduates"), ranks, percentages, ranges, amounts with different
units and wholes with a scale the part lacks are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option
from factlint.layers.quantities import Quantity
from factlint.owned_wholes import OwnedWholes
from factlint.part_counts import FUNCTION_WORDS, VERBISH, exceeds, other_noun, same_noun, stem, sum_exceeds, words_after
from factlint.patterns import UserPattern

if TYPE_CHECKING:
    from factlint.document import Document


class PartWholeCheck(Check):
    kind = "part-whole"
    options = {
        "joiners": Option(list, required=True, doc="patterns of the text between the part and the whole"),
        "noun": Option(str, default=r"\s+\p{L}", doc="pattern that must follow the whole (a noun, not a unit)"),
        "skip_units": Option(list, default=[], doc="units of parts and wholes never checked"),
        "whole_lead": Option(str, default="", doc="pattern that ends right before a whole named first ('of the ')"),
        "whole_gap": Option(str, default="", doc="pattern from a whole named first to its first part"),
        "part_joiners": Option(str, default="", doc="pattern from one part (and its predicate) to the next"),
        "subject_gap": Option(str, default="", doc="pattern from a whole named first to a first part after its own subject and verb ('seats of the council, the list of Mrs Duval obtains ')"),
        "subject_joiner": Option(str, default="", doc="pattern from such a part to the next, a subject and no verb (', that of Mr Lacombe ', ' and the ecologists ')"),
        "part_after": Option(str, default=r"\s+\p{L}", doc="pattern that must follow each part of a whole named first"),
        "split_lead": Option(str, default="", doc="pattern that ends right before a whole that is split after it ('the ')"),
        "split_gap": Option(str, default="", doc="pattern from such a whole to its first part ('seats were split: ')"),
        "anaphor_lead": Option(str, default="", doc="pattern opening a sentence whose parts split a count of the sentence before ('Of these, ')"),
        "subset_gap": Option(str, default="", doc="pattern from a whole to one part of it named after it (', of whom ')"),
        "late_whole_gap": Option(str, default="", doc="pattern from a part to its whole named after it (', of the '); the part's noun must be the whole's"),
        "back_reference": Option(str, default="", doc="pattern after a part that points back to a whole before it ('of them' in 'planned 1,200 flights and cancelled 1,340 of them')"),
        "composed_of": Option(str, default="", doc="pattern from a whole written as a modifier ('26-man squad') to the parts listed after it (': ', ' is made up of ')"),
        "complement_before": Option(str, default="", doc="pattern ending right before a part that is the rest of a whole beside the part before it ('another ')"),
        "complement_after": Option(str, default="", doc="pattern right after such a part ('others' in 'while 63 others remain missing')"),
        "modifier_joiner": Option(str, default="", doc="pattern from a part to a whole written as a modifier after it (' seats on the ' in 'took 23 seats on the 21-member council')"),
        "modifier_count": Option(str, default="", doc="pattern right after such a whole: what it counts ('-member', '-seat')"),
        "owned_lead": Option(str, default="", doc="pattern ending right before a whole stated as what something has ('The council has ')"),
        "owned_gap": Option(str, default="", doc="pattern from such a whole to its first part, in its sentence or the next (' seats, and after the elections Labour holds ')"),
        "owned_joiners": Option(list, default=[], doc="patterns between two parts of such a whole (', the Conservatives ', ' and ')"),
        "people": Option(list, default=[], doc="nouns of people: a part counted in 'people' may be a whole's passengers, pupils ..."),
    }
    placeholders = frozenset({"part", "whole"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.joiners = [self._pattern("joiners", str(p)) for p in spec["joiners"]]
        self.noun = self._pattern("noun", spec["noun"])
        self.whole_lead = self._pattern("whole_lead", f"(?:{spec['whole_lead']})$") if spec["whole_lead"] else None
        self.whole_gap = self._pattern("whole_gap", spec["whole_gap"]) if spec["whole_gap"] else None
        self.part_joiners = self._pattern("part_joiners", spec["part_joiners"]) if spec["part_joiners"] else None
        self.part_after = self._pattern("part_after", spec["part_after"])
        self.subject_gap = self._pattern("subject_gap", spec["subject_gap"]) if spec["subject_gap"] and spec["subject_joiner"] else None
        self.subject_joiner = self._pattern("subject_joiner", spec["subject_joiner"]) if spec["subject_joiner"] else None
        self.skip_units = frozenset(str(u) for u in spec["skip_units"])
        self.split_lead = self._pattern("split_lead", f"(?:{spec['split_lead']})$") if spec["split_lead"] else None
        self.split_gap = self._pattern("split_gap", spec["split_gap"]) if spec["split_gap"] else None
        self.anaphor_lead = self._pattern("anaphor_lead", spec["anaphor_lead"]) if spec["anaphor_lead"] else None
        self.subset_gap = self._pattern("subset_gap", spec["subset_gap"]) if spec["subset_gap"] else None
        self.late_whole_gap = self._pattern("late_whole_gap", spec["late_whole_gap"]) if spec["late_whole_gap"] else None
        self.back_reference = self._pattern("back_reference", spec["back_reference"]) if spec["back_reference"] else None
        self.composed_of = self._pattern("composed_of", spec["composed_of"]) if spec["composed_of"] else None
        self.complement_before = self._pattern("complement_before", f"(?:{spec['complement_before']})$") if spec["complement_before"] else None
        self.complement_after = self._pattern("complement_after", spec["complement_after"]) if spec["complement_after"] else None
        self.modifier_joiner = self._pattern("modifier_joiner", spec["modifier_joiner"]) if spec["modifier_joiner"] else None
        self.modifier_count = self._pattern("modifier_count", spec["modifier_count"]) if spec["modifier_count"] else None
        self.owned = (
            OwnedWholes(
                self._pattern("owned_lead", f"(?:{spec['owned_lead']})$"), self._pattern("owned_gap", spec["owned_gap"]),
                [self._pattern("owned_joiners", str(p)) for p in spec["owned_joiners"]], self.noun,
            )
            if spec["owned_lead"] and spec["owned_gap"] and spec["owned_joiners"] else None
        )
        self.people = frozenset(stem(str(w).casefold()) for w in spec["people"])

    def _pattern(self, field: str, source: str) -> UserPattern:
        return self.user_pattern(field, source, ignorecase=True)  # simple case folding: the patterns are English words, and full folding is several times slower

    def run(self, document: "Document") -> Iterable[Finding]:
        found = list(self._read(document))
        yield from found
        for whole, parts in self.owned.splits(document.text, document.quantities.by_sentence, self._comparable) if self.owned else ():
            if sum_exceeds(parts, whole) and not any(f.start <= parts[0].start < f.end for f in found):
                yield self._finding(document.text, whole, parts, on_parts=document.sentence_at(whole.start) != document.sentence_at(parts[0].start))

    def _read(self, document: "Document") -> Iterable[Finding]:
        layer = document.quantities
        if not layer.quantities:
            return
        text = document.text
        before: tuple[Quantity, ...] = ()
        for sentence_start, sentence_end, quantities in layer.by_sentence:
            if self.whole_lead is not None and self.whole_gap is not None:
                yield from self._whole_first(text, sentence_start, sentence_end, quantities)
            if self.anaphor_lead is not None:
                if before:
                    yield from self._whole_before(text, sentence_start, sentence_end, quantities, before)
                for clause in _CLAUSE.finditer(text, sentence_start, sentence_end):
                    earlier = tuple(q for q in quantities if q.end <= clause.start())
                    if earlier:
                        yield from self._whole_before(text, clause.end(), sentence_end, tuple(q for q in quantities if q.start >= clause.end()), earlier)
            if self.back_reference is not None:
                yield from self._pointing_back(text, sentence_start, sentence_end, quantities, before)
            if self.complement_before is not None and self.complement_after is not None:
                yield from self._complement(text, sentence_start, sentence_end, quantities, before)
            if self.composed_of is not None:
                yield from self._composed(text, sentence_end, quantities)
            before = quantities
            yield from self._one_part(text, sentence_end, quantities)
            for part, whole in zip(quantities, quantities[1:]):
                if whole.adjective and self.modifier_joiner is not None and self.modifier_count is not None:
                    # "took twenty-three seats on the twenty-one-member council"
                    counted = replace(whole, adjective=False)
                    if self.modifier_count.match(text, whole.end, sentence_end) and self.modifier_joiner.fullmatch(text, part.end, whole.start) and self._comparable(part, counted) and exceeds(part, counted):
                        yield self._finding(text, whole, [part])
                    continue
                if not self._comparable(part, whole):
                    continue
                if not any(j.fullmatch(text, part.end, whole.start) for j in self.joiners):
                    continue
                if not self.noun.match(text, whole.end, sentence_end):
                    continue
                if exceeds(part, whole):
                    yield Finding(
                        part.number_start,
                        whole.end,
                        {"part": part.text, "whole": whole.text, "match": " ".join(text[part.number_start:whole.end].split())},
                    )

    def _whole_before(self, text: str, start: int, end: int, quantities: tuple[Quantity, ...], before: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"The office received 3,400 requests. Of these, 2,100 were approved and 1,900 rejected":
        the parts add up past every count the sentence before could mean."""
        assert self.anaphor_lead is not None
        lead = self.anaphor_lead.match(text, start, end)
        if lead is None or not quantities or quantities[0].start != lead.end():
            return
        wholes = [w for w in before if w.unit is None and w.scale == 1.0 and self._comparable(quantities[0], w) and self.noun.match(text, w.end, w.end + 40)]
        if not wholes or before[-1].end < start - 400 or any(q.is_percent for q in before):
            return
        whole = max(wholes, key=lambda w: w.bound.high)
        parts = self._parts(text, end, quantities, 0, whole, None)
        if len(parts) > 1 and sum_exceeds(parts, whole):
            yield Finding(
                parts[0].number_start,
                parts[-1].end,
                {"part": " + ".join(p.text for p in parts), "whole": whole.text, "match": " ".join(text[parts[0].number_start:parts[-1].end].split())},
            )

    def _pointing_back(self, text: str, start: int, end: int, quantities: tuple[Quantity, ...], before: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"had planned 1,200 departures ... and cancelled 1,340 of them", "The orchestra has 85
        musicians; 60 of them are women and 40 are men": a part, its own verb's object or opening a
        clause, pointing back to a whole counted before it (the parts joined to it added up). A part
        set off after a comma or "and" ("jobs in 14 states, 2,000 of them in Ohio") is not read."""
        assert self.back_reference is not None
        for index, part in enumerate(quantities):
            pointer = self.back_reference.match(text, part.end)
            if pointer is None:
                continue
            opens = _CLAUSE_OPENS.search(text, max(0, part.start - 3), part.start) or (_AND_BEFORE.search(text, max(start, part.start - 8), part.start) and _OWN_VERB.match(text, pointer.end()))
            if not (_VERB_BEFORE.search(text, max(start, part.start - 30), part.start) or opens):
                continue
            whole = self._whole_counted_before(text, start, quantities[:index], before, part)
            if whole is None:
                continue
            parts, cursor = [part], pointer.end()
            on_parts = whole.end < start
            for other in quantities[index + 1:]:
                if not (self.part_joiners and self.part_joiners.fullmatch(text, cursor, other.start)) or not self._comparable(other, whole) or not self.part_after.match(text, other.end, end):
                    break
                parts.append(other)
                cursor = other.end
            if sum_exceeds(parts, whole):
                yield self._finding(text, whole, parts, on_parts)

    def _complement(self, text: str, start: int, end: int, quantities: tuple[Quantity, ...], before: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"The ferry was carrying 148 passengers. Rescuers pulled 97 people from the water, while 63
        others remain missing": a part and the rest beside it ("63 others", "another 25") split a whole
        counted before them; the first part counts the whole's own thing (its noun, "people" for
        people, or no noun: "Thirty were treated")."""
        assert self.complement_before is not None and self.complement_after is not None
        for index, (part, rest) in enumerate(zip(quantities, quantities[1:])):
            if not (self.complement_before.search(text, max(start, rest.start - 20), rest.start) or self.complement_after.match(text, rest.end, end)):
                continue
            if not (self.part_joiners and self.part_joiners.fullmatch(text, part.end, rest.start)):
                continue
            if self.complement_before.search(text, max(start, part.start - 20), part.start):
                continue  # "Another 30 were detained ...": more than the count before, not a part of it
            whole = self._whole_counted_before(text, start, quantities[:index], before, part)
            if whole is not None and self._counts_the_whole(text, part, whole, end) and self._comparable(rest, whole) and sum_exceeds([part, rest], whole):
                yield self._finding(text, whole, [part, rest], on_parts=whole.end < start)

    def _composed(self, text: str, end: int, quantities: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"The 26-man squad: 3 goalkeepers, 10 defenders, 9 midfielders and 7 forwards", "the
        nine-member commission is made up of four judges, ...": a whole written as a modifier and the
        parts listed after it."""
        assert self.composed_of is not None
        for index, whole in enumerate(quantities[:-2]):
            if not whole.adjective or whole.unit is not None:
                continue
            gap = self.composed_of.match(text, whole.end, end)
            if gap is None or quantities[index + 1].start != gap.end():
                continue
            counted = replace(whole, adjective=False)
            parts = self._parts(text, end, quantities, index + 1, counted, None)
            if len(parts) >= 2 and sum_exceeds(parts, counted):
                yield self._finding(text, whole, parts)

    def _whole_counted_before(self, text: str, start: int, earlier: tuple[Quantity, ...], before: tuple[Quantity, ...], part: Quantity) -> Quantity | None:
        """The largest count a part may belong to: before it in its sentence, else in the sentence
        before; counts inside a phrase of place or time ("in 14 states") are not wholes."""
        earlier = earlier or (before if before and _NEXT_SENTENCE.fullmatch(text, before[-1].end, start) else ())
        wholes = [
            w for w in earlier
            if w.unit is None and not w.is_percent and w.value >= 2 and self._comparable(part, w) and self.noun.match(text, w.end, w.end + 40)
            and not _AFTER_PREPOSITION.search(text, max(0, w.start - 30), w.start) and not _PART_OF.match(text, w.end)
        ]
        if not wholes or any(q.is_percent or q.unit is not None for q in earlier if not q.year_like):
            return None
        return max(wholes, key=lambda w: w.bound.high)

    def _counts_the_whole(self, text: str, part: Quantity, whole: Quantity, end: int) -> bool:
        words = words_after(text, part, end, 1)
        if not words or words[0] in VERBISH or words[0] in FUNCTION_WORDS:
            return bool(words) and words[0] in VERBISH
        noun, whole_nouns = stem(words[0]), {stem(w) for w in words_after(text, whole, end, 3)}
        return noun in whole_nouns or (noun in {"people", "person"} and bool(whole_nouns & self.people))

    @staticmethod
    def _finding(text: str, whole: Quantity, parts: list[Quantity], on_parts: bool = False) -> Finding:
        """The finding over the whole and its parts (over the parts only when the whole is in the sentence before)."""
        first, last = min(whole.number_start, parts[0].number_start), max(whole.end, parts[-1].end)
        if on_parts:
            first, last = parts[0].number_start, parts[-1].end
        return Finding(first, last, {"part": " + ".join(p.text for p in parts), "whole": whole.text, "match": " ".join(text[first:last].split())})

    def _one_part(self, text: str, end: int, quantities: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"40 patients, of whom 52 were children"; "3,400 schools ..., of the 3,150 state schools"."""
        for first, second in zip(quantities, quantities[1:]):
            if self.subset_gap is not None and self.subset_gap.fullmatch(text, first.end, second.start):
                whole, part = first, second
            elif self.late_whole_gap is not None and self.late_whole_gap.fullmatch(text, first.end, second.start) and same_noun(text, first, second, end):
                whole, part = second, first
            else:
                continue
            if not self._comparable(part, whole) or whole.unit is not None or not self.noun.match(text, whole.end, end):
                continue
            if not self.part_after.match(text, part.end, end) or not exceeds(part, whole):
                continue
            yield Finding(
                min(part.number_start, whole.number_start),
                max(part.end, whole.end),
                {"part": part.text, "whole": whole.text, "match": " ".join(text[min(part.number_start, whole.number_start):max(part.end, whole.end)].split())},
            )

    def _whole_first(self, text: str, start: int, end: int, quantities: tuple[Quantity, ...]) -> Iterable[Finding]:
        """"Of the 150 members, 180 voted"; "Of the 150 members, 100 voted for and 80 against"."""
        assert self.whole_lead is not None and self.whole_gap is not None
        for index, whole in enumerate(quantities[:-1]):
            gaps = []
            if self.whole_lead.search(text, max(start, whole.start - 40), whole.start):
                gaps.append(self.whole_gap)
            if self.split_lead is not None and self.split_gap is not None and self.split_lead.search(text, max(start, whole.start - 20), whole.start):
                gaps.append(self.split_gap)  # "The 120 seats were split: 70 for ..., 45 for ..."
            if not gaps or whole.unit is not None or not self.noun.match(text, whole.end, end):
                continue
            if _IN_LEAD.search(text, max(start, whole.start - 40), whole.start) and _SPAN.match(text, whole.end, end):
                continue  # "In the 12 months to June, 300 firms went bankrupt": a span of time  # counts only: "of its 3.58 dlr preferred stock, 25 dlr ..." is two prices
            joined = [(gap, self.part_joiners) for gap in gaps]
            if self.subject_gap is not None and self.whole_gap in gaps:
                # "Of the 69 seats of the council, the list of Mrs Duval obtains 41, that of Mr Lacombe 22 and the ecologists 9"
                joined.append((self.subject_gap, self.subject_joiner))
            for first_gap, joiner in joined:
                finding = self._parts_after(text, end, quantities, index, whole, first_gap, joiner)
                if finding is not None:
                    yield finding
                    break

    def _parts_after(self, text: str, end: int, quantities: tuple[Quantity, ...], index: int, whole: Quantity, first_gap: UserPattern, joiner: UserPattern | None) -> Finding | None:
        """The parts after a whole named first, when they add up past it."""
        parts = self._parts(text, end, quantities, index + 1, whole, first_gap, joiner)
        if parts and other_noun(text, parts[0], whole, end):
            return None  # "On the 12 occasions he played, 15 goals were scored": another count
        if parts and sum_exceeds(parts, whole):
            return Finding(
                whole.number_start,
                parts[-1].end,
                {"part": " + ".join(p.text for p in parts), "whole": whole.text, "match": " ".join(text[whole.number_start:parts[-1].end].split())},
            )
        return None

    def _parts(self, text: str, end: int, quantities: tuple[Quantity, ...], index: int, whole: Quantity, first_gap: UserPattern | None, joiner: UserPattern | None = None) -> list[Quantity]:
        """The parts from ``quantities[index]`` on, joined by ``joiner`` (``part_joiners`` when None; the first after
        ``first_gap`` from the whole, or right where the sentence's lead ends when it is None)."""
        joiner = joiner or self.part_joiners
        parts: list[Quantity] = []
        cursor, gap = whole.end, first_gap
        for part in quantities[index:]:
            if gap is not None and not gap.fullmatch(text, cursor, part.start):
                break
            # After a subject's own verb a part may end its clause: "the list of Mrs Duval obtains 41, ...".
            after = self.part_after.match(text, part.end, end) or (joiner is self.subject_joiner and _CLAUSE_END.match(text, part.end, end))
            if not self._comparable(part, whole) or not after:
                break
            parts.append(part)
            if joiner is None:
                break
            cursor, gap = part.end, joiner
        return parts

    def _comparable(self, part: Quantity, whole: Quantity) -> bool:
        if part.unit != whole.unit or part.unit in self.skip_units:
            return False
        if part.year_like or whole.year_like or part.rank or whole.rank or part.is_range or whole.is_range or whole.adjective or part.date_like or whole.date_like:
            return False
        if part.form == "fraction" or whole.form == "fraction" or part.value < 0 or whole.value <= 0:
            return False
        return part.scale == whole.scale or part.scale == 1.0



_CLAUSE_END = patterncache.compile(r"\s*(?:[,;.]|\s+and\b|$)")
# A clause inside a sentence whose parts may split a count before it: "...; of these, 1,700 ...".
_CLAUSE = patterncache.compile(r"\s*[;:]\s*")
# A part that is its own verb's object: "cancelled 1,340 of them" (not ", 2,000 of them", "and 25 of them").
# ("all three of them", "the two of them" are the whole itself).
_VERB_BEFORE = patterncache.compile(r"\b(?!(?:and|or|but|while|with|including|of|among|in|to|for|by|on|at|from|all|both|each|every|the|these|those)\s+$)\p{L}+\s+$", regex.IGNORECASE)
# The sentence right before, within 240 characters and no blank line (its quantities may be a whole of this one's parts).
_NEXT_SENTENCE = patterncache.compile(r"(?:[^\n]|\n(?![ \t]*\n)){0,240}")
# "Two of the dead": a part itself, not a whole.
_PART_OF = patterncache.compile(r"\s+(?:of|out\s+of)\b", regex.IGNORECASE)
# A part opening a clause after "and", its own verb after the pointer: "The squad numbers 23 players, and 14
# of them are based abroad" (not ", 2,000 of them in Ohio").
_AND_BEFORE = patterncache.compile(r",?\s+and\s+$")
_OWN_VERB = patterncache.compile(r"\s+(?:are|were|is|was|have|has|had|will|would|play|played|live|lived|work|worked|remain|remained)\b")
# A part opening a clause: "The orchestra has 85 musicians; 60 of them are women ...".
_CLAUSE_OPENS = patterncache.compile(r"(?:^|[;:.]\s*|\n)$")
# A count inside a phrase of place or time is not what "them" points back to: "jobs were created
# in 14 states, 2,000 of them ...", "over three years ... 437 of those".
_AFTER_PREPOSITION = patterncache.compile(
    r"\b(?:in|across|on|at|from|over|throughout|among|into|for|to|with|by|during|of|than|after|before|within|per|alongside|besides|like)\s+"
    r"(?:(?:the|its|their|his|her|some|about|nearly|almost|around|roughly|more\s+than|less\s+than|fewer\s+than|up\s+to|only|just)\s+)*$",
    regex.IGNORECASE,
)
_IN_LEAD = patterncache.compile(r"\b[Ii]n\s+(?:the|its|their|all)\s+(?:\p{L}+ed\s+)?$")
_SPAN = patterncache.compile(r"(?:\s+[-\p{L}]+)?\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?|seasons?|centuries|rounds?|games?|matches)\b", regex.IGNORECASE)
