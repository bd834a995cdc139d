"""A whole stated as what something has, and the parts it is split into after it, for ``kind:
part-whole``: "The council has 60 seats, and after the May elections Labour holds 27, the
Conservatives 22, the Liberal Democrats nine and independents five"; "The board has nine members;
four are appointed by the government, three by the unions and three by employers"; "The school
employs 45 teachers. Thirty are full-time and twenty part-time".

The parts share one predicate: the later ones have no verb of their own ("the Conservatives 22",
"three by the unions", "twenty part-time"), or repeat the first one's word ("30 voted for and 20
voted against"), so "30 are women and 20 have a doctorate" (two categories that may overlap) is not
a split. A part counting another thing ("30 assistants"), one more ("another 110 beds", "40 more")
or another occasion ("on Tuesday", "in 2019") ends the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from factlint import patterncache

if TYPE_CHECKING:
    from factlint.layers.quantities import Quantity
    from factlint.patterns import UserPattern

# A list right after a colon: "seven rates: 10, 12, ...".
_BARE_LIST = patterncache.compile(r":\s*$")
_WORD = patterncache.compile(r"[\p{L}’'-]+")
_PLURAL = patterncache.compile(r"(?:e?s)$")
# After a part: the end of the item, a joiner, a preposition or a verb; anything else is a noun of its own.
_STOP = patterncache.compile(r"\s*(?:[,;.:)!?]|$)")
_FREE = frozenset(
    "and or but while whereas for against by in on at to from with under over between among into as"
    " are is were was have has had will would could can may might do does did remain remained".split()
)
_IRREGULAR = frozenset("men women children people".split())
_AUXILIARY = frozenset("are is were was have has had will would could can may might do does did remain remained".split())
# One more, not a part: "another 110 beds", "a further 18", "40 more", "20 new".
_ADDED = patterncache.compile(r"\b(?:another|further|additional|extra|more|new|other|others)\b", regex.IGNORECASE)
# Another occasion or place between parts: "200 attended on Monday and 150 on Tuesday", "in 2019", "last
# year", "27 seats in the county and 40 in the city", "30 attended Monday's meeting while 25 attended Tuesday's".
_OCCASION = patterncache.compile(
    r"\b(?:(?:on|in|at|by|during|since|until)\s+(?:(?-i:\p{Lu})|\d{4}\b|the\s+(?:first|second|third|last|next|previous|same)\b)|(?:last|this|next)\s+(?:year|month|week|season|time)"
    r"|(?:in|at|across|outside|inside|within)\s+(?:the\s+|its\s+|their\s+)?\p{L}"
    r"|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December))",
    regex.IGNORECASE,
)


def _stem(word: str) -> str:
    return _PLURAL.sub("", word.casefold())


class OwnedWholes:
    """Reads a whole after ``lead`` ("has", "employs") and the parts after ``gap``, joined by ``joiners``."""

    def __init__(self, lead: "UserPattern", gap: "UserPattern", joiners: Sequence["UserPattern"], noun: "UserPattern") -> None:
        self.lead, self.gap, self.joiners, self.noun = lead, gap, tuple(joiners), noun

    def splits(
        self, text: str, sentences: Sequence[tuple[int, int, Sequence["Quantity"]]], comparable: Callable[["Quantity", "Quantity"], bool]
    ) -> list[tuple["Quantity", list["Quantity"]]]:
        """(whole, parts) for each whole owned in a sentence (a count followed by its ``noun``), its
        parts in that sentence or, when the whole ends its sentence, at the start of the next one (no
        blank line between); the parts end at the first one ``comparable`` rejects."""
        found = []
        for index, (start, end, quantities) in enumerate(sentences):
            for position, whole in enumerate(quantities):
                if whole.unit is not None or whole.adjective or not self.noun.match(text, whole.end, whole.end + 40):
                    continue
                if not self.lead.search(text, max(start, whole.start - 40), whole.start):
                    continue
                later = list(quantities[position + 1:])
                limit = end
                if not later and index + 1 < len(sentences):
                    next_start, next_end, next_quantities = sentences[index + 1]
                    if next_start - end <= 3 and "\n\n" not in text[end:next_start]:
                        later, limit = list(next_quantities), next_end
                if not later:
                    continue
                gap = self.gap.fullmatch(text, whole.end, later[0].start)
                if gap is None:
                    continue
                parts = self._parts(text, limit, whole, later)
                parts = parts[:next((i for i, part in enumerate(parts) if not comparable(part, whole)), len(parts))]
                if parts and _BARE_LIST.search(gap.group()) and self._word_after(text, parts[0], limit) == "":
                    continue  # "seven rates: 10, 12, 23, 24, 32, 35 and 38.5 percent": values listed, not counts
                if len(parts) >= 2:
                    found.append((whole, parts))
        return found

    def _parts(self, text: str, end: int, whole: "Quantity", later: list["Quantity"]) -> list["Quantity"]:
        nouns = {_stem(w) for w in _WORD.findall(text, whole.end, min(end, whole.end + 40))[:3]}
        parts: list["Quantity"] = []
        first_word = ""
        for part in later:
            if parts:
                between = text[parts[-1].end:part.start]
                if not any(j.fullmatch(text, parts[-1].end, part.start) for j in self.joiners) or _ADDED.search(between) or _OCCASION.search(between):
                    break
            elif _ADDED.search(text, max(0, part.start - 12), part.start):
                break
            if part.unit is not None or part.is_percent or not part.value.is_integer():
                return []  # "10, 12, 23 ... and 38.5 percent": a list of values, not of counts
            word = self._word_after(text, part, end)
            if word is not None and _ADDED.fullmatch(word):
                break  # "10 more clubs joined"
            if word is None or (word not in _FREE and _stem(word) not in nouns and (word.endswith("s") or word in _IRREGULAR)):
                break  # "30 assistants", "20 children": a count of another thing
            if parts and (word in _AUXILIARY or word.endswith("ed")) and word != first_word:
                break  # "30 are women and 20 have a doctorate": a predicate of its own, maybe overlapping
            if not parts:
                first_word = word
            parts.append(part)
        if len(parts) >= 2 and _OCCASION.search(text, parts[0].end, min(end, parts[-1].end + 20)):
            return []  # "200 attended on Monday and 150 on Tuesday": two occasions
        return parts

    @staticmethod
    def _word_after(text: str, part: "Quantity", end: int) -> str | None:
        """The word right after a part ('' at the end of an item), None after "of" or a unit word."""
        if _STOP.match(text, part.end, end):
            return ""
        word = _WORD.match(text, part.end + 1, end) if text[part.end:part.end + 1].isspace() else None
        if word is None:
            return None
        value = word.group().casefold()
        return None if value in ("of", "percent", "per", "each", "apiece") else value
