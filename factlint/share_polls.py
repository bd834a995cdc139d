"""Poll lists for ``kind: shares-sum``: each share followed by one of the rule's predicates, "55%
backed it, 40% opposed it and 10% were unsure", or the passive "backed by 48 pct of respondents and
rejected by 45 pct". Answers to one question split its whole; "70% said A, 65% said B" (two
questions, one predicate each with a clause after it) is not a split.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import regex

from factlint import patterncache
from factlint.share_lists import JOIN, WHOLE

if TYPE_CHECKING:
    from factlint.layers.quantities import Quantity

_ANSWER = patterncache.compile(r"(?:\s+[\p{L}'’-]+){1,3}(?=\s*(?:[,;.]|\s+and\b|\s+while\b|$))")
_CLAUSE_WORD = patterncache.compile(
    r"\b(?:they|it|he|she|we|i|you|was|were|is|are|be|would|will|could|should|had|have|has|did|do|does|that|the|a|an|their|its|his|her|our)\b", regex.IGNORECASE
)


def is_short_answer(text: str, position: int, end: int) -> bool:
    """True when one to three words of an answer follow ``position``, not a clause: "monthly", "rarely
    or never" (not "wages were too low")."""
    words = _ANSWER.match(text, position, end)
    return words is not None and not _CLAUSE_WORD.search(words.group())


class PollLists:
    """The poll lists of a sentence's shares, from the rule's ``predicates`` and ``remainder``
    words (``remainder`` the pattern of those words between two items, ``is_remainder`` the test of
    a last share that makes the total 100)."""

    def __init__(self, predicates: str, remainder: str, is_remainder: Callable[[str, "Quantity"], bool]) -> None:
        flags = regex.VERSION1 | regex.IGNORECASE
        compile_ = patterncache.compile
        self.after = compile_(rf"{WHOLE}\s+(?:(?:had|have|has|would|will|were|are)\s+)?(?P<predicate>{predicates})\b", flags)
        self.gap = compile_(rf"{WHOLE}\s+(?:(?:had|have|has|would|will|were|are)\s+)?(?P<predicate>{predicates})\b[^\d%,;()]{{0,60}}?{JOIN}(?:(?:{remainder})\s+)?", flags)
        self.by = compile_(rf"\b(?P<predicate>{predicates})\s+by\s+(?:(?:only|just|some|about|around|nearly|roughly)\s+)?$", flags)
        self.by_gap = compile_(rf"{WHOLE}{JOIN}(?:(?:was|were|is|are)\s+)?(?:(?P<predicate>{predicates})\s+by\s+(?:(?:only|just|some|about|around|nearly|roughly)\s+)?)?(?:(?:{remainder})\s+)?", flags)
        # The predicate first, as translated copy puts it: "In favour were 52% of those asked, against 40% and undecided 12%".
        self.fronted = compile_(rf"(?:^|[,;:(]\s*|\b(?:and|while)\s+)(?:in\s+)?(?P<predicate>{predicates})\s+(?:(?:were|was|are|is|stood\s+at)\s+)?(?:(?:only|just|some|about|around|nearly|roughly)\s+)?$", flags)
        self.fronted_gap = compile_(rf"{WHOLE}{JOIN}(?:(?:{remainder})\s+)?(?:in\s+)?(?P<predicate>{predicates})\s+(?:(?:were|was|are|is)\s+)?(?:(?:only|just|some|about|around|nearly|roughly)\s+)?", flags)
        self.is_remainder = is_remainder

    def predicate(self, text: str, position: int) -> str | None:
        """The predicate right after a share ("said", "backed"), lower case, or None."""
        said = self.after.match(text, position)
        return said.group("predicate").lower() if said else None

    def lists(self, text: str, shares: list["Quantity"], end: int) -> Iterable[tuple[list["Quantity"], bool]]:
        """Each poll list of ``shares`` and whether it must add up to 100 (it ends with a remainder)."""
        index = 0
        while index < len(shares):
            group, wholes, exact = [shares[index]], set(), False
            predicates: set[str] = set()
            for share in shares[index + 1:]:
                gap = said = self.gap.fullmatch(text, group[-1].end, share.start)
                if gap is None:  # the predicate before the share: "backed by 40%, opposed by 35%"
                    said = self.by.search(text, max(0, group[-1].start - 40), group[-1].start)
                    gap = self.by_gap.fullmatch(text, group[-1].end, share.start) if said else None
                    if gap is None:
                        break
                predicates.add(" ".join(said.group("predicate").lower().split()))
                if gap.group("whole"):
                    wholes.add(gap.group("whole").lower())
                group.append(share)
                if self.is_remainder(text, share):
                    exact = True
                    break
            last = self.after.match(text, group[-1].end, end) or self.by.search(text, max(0, group[-1].start - 40), group[-1].start)
            if last:
                predicates.add(" ".join(last.group("predicate").lower().split()))
            # "70% said A, 65% said B": answers to different questions, not one split; one predicate with
            # short answers after it is one question's ("35 percent said monthly, and 20 percent said rarely").
            answers = len(predicates) >= 2 or (len(group) >= 3 and all(self._short_answer(text, q.end, end) for q in group[1:]))
            if len(wholes) <= 1 and last and answers and (len(group) >= 3 or (exact and len(group) >= 2)):
                yield group, exact
            # Shares of two wholes: the split may start at a later one ("45% of voters backed it, and
            # 30% of households said yes, 64% said no ...").
            index += len(group) if len(wholes) <= 1 else 1

    def fronted_lists(self, text: str, shares: list["Quantity"], start: int) -> Iterable[tuple[list["Quantity"], bool]]:
        """Each list of shares with their predicates before them, two predicates at least ("In favour
        were 52%, against 40% and undecided 12%"; not "against 40% ..., against 35% ...")."""
        index = 0
        while index < len(shares):
            lead = self.fronted.search(text, max(start, shares[index].start - 40), shares[index].start)
            if lead is None:
                index += 1
                continue
            group, wholes, predicates = [shares[index]], set(), [" ".join(lead.group("predicate").lower().split())]
            for share in shares[index + 1:]:
                gap = self.fronted_gap.fullmatch(text, group[-1].end, share.start)
                if gap is None:
                    break
                predicates.append(" ".join(gap.group("predicate").lower().split()))
                if gap.group("whole"):
                    wholes.add(gap.group("whole").lower())
                group.append(share)
            if len(group) >= 3 and len(wholes) <= 1 and len(set(predicates)) == len(predicates):
                yield group, False
            index += len(group)

    def _short_answer(self, text: str, position: int, end: int) -> bool:
        """True when a share's predicate is followed by a short answer of its own, not a clause:
        "said monthly", "said rarely or never" (not "said wages were too low")."""
        said = self.after.match(text, position, end)
        return said is not None and is_short_answer(text, said.end(), end)
