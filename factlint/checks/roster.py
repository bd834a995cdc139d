"""``kind: roster`` — a prominent name written one letter off its canonical spelling ("Anthony Blinken").

Fields: ``roster`` (the knowledge file, ``rules/data/<roster>.yaml``, with lists of entries
``{name, role, also}`` under the keys named by ``sections``) and ``max_frequency`` (a misspelt
surname that is itself a common word or name, above this Zipf frequency, is taken to be another
person: "Mark Carey" is not a misspelling of "Mark Carney").

A lone surname after a title of office ("Chancellor Merkle", "Secretary Blinkin"; not "Mr" or
"Dr") is compared with the roster's
surnames of six letters or more: one edit off, and rarer in English than ``titled_frequency``.

Roster entries may list ``distinct`` people whose names are one letter off ("Michael Martin", the
British Speaker, beside Ireland's Micheal Martin); those are accepted as written.

A name mention (from the ``names`` layer) is compared with every roster name of the same number of
words that shares one of its words. It is reported when all words but one match exactly (accents
and case aside) and the odd word is a near miss by edit distance (one edit for words up to six
letters, two for longer ones), unless the mention is itself a roster name or accepted variant, the
odd word is a short form of the canonical one ("Steve" for "Steven"), or it is too short to judge
(given names under five letters, any word under four; single-word names allow one edit only).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from factlint import word_frequency
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.editdistance import near_miss, within
from factlint.layers.names import NameMention, NameToken, doubled_letter, name_key_words
from factlint.name_slips import given_name_slip, last_letter_slip, short_slip, surname_slip, transliterated, transposed
from factlint.roster_names import RosterName, officeholder_tables, umlauts_written_out
from factlint.yamlfile import LineMap

if TYPE_CHECKING:
    from factlint.document import Document

# A given name one letter off another is often just another person: Nick/Rick Perry, Park/Mark Meadows.
MIN_GIVEN_NAME_LENGTH = 5
SINGLE_WORD_MIN_LENGTH = 8
# A lone surname after a title is compared with roster surnames of this length or more.
MIN_TITLED_SURNAME_LENGTH = 6
# Under a given name rarer than this in English (Zipf), a dropped or added letter in an officeholder's
# surname is a slip: "Eduard Shevardnaze"; "Fernando Pedreira" is another man.
RARE_GIVEN_FREQUENCY = 3.0
# Words whose near misses among one-word roster names are remembered, per rule set.
_MISS_CACHE_SIZE = 50_000



class RosterCheck(Check):
    kind = "roster"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "roster": Option(str, required=True, doc="knowledge file (data/<name>.yaml) holding the roster"),
        "sections": Option(list, default=["people", "institutions"], doc="top-level lists of the roster file"),
        "max_frequency": Option((int, float), default=3.0, doc="Zipf frequency above which an odd surname is a real name"),
        "titled_frequency": Option((int, float), default=2.5, doc="the same for a lone surname after a title"),
        "officeholders": Option(bool, default=False, doc="also read every person of data/officeholders*.yaml"),
        "short_given_frequency": Option((int, float), default=2.5, doc="a slip in a given name of four letters or fewer counts when the written name is rarer than this"),
    }
    placeholders = frozenset({"canonical", "role"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        data = self.knowledge.get(spec["roster"])
        if not isinstance(data, Mapping):
            raise RuleSpecError("roster", f"no knowledge file data/{spec['roster']}.yaml with a mapping in the rule packs")
        self.max_frequency = float(spec["max_frequency"])
        self.names: list[RosterName] = []
        self.accepted: set[tuple[str, ...]] = set()
        for section in spec["sections"]:
            for entry in data.get(section) or []:
                if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
                    if isinstance(entry, LineMap) and entry.path is not None:  # name the pack's own file and line
                        raise RuleSpecError("roster", f"every entry needs a name: {dict(entry)!r}", where=entry.where())
                    raise RuleSpecError("roster", f"data/{spec['roster']}.yaml: every entry needs a name: {entry!r}")
                role = str(entry.get("role", ""))
                self.accepted.update(name_key_words(str(other)) for other in entry.get("distinct", []))
                for form in [entry["name"], *entry.get("also", [])]:
                    words = name_key_words(str(form))
                    self.accepted.add(words)
                    self.accepted.add(name_key_words(umlauts_written_out(str(form))))
                    self.names.append(RosterName(words, entry["name"], role))
        self._officeholders_pending = bool(spec["officeholders"])  # read on the first article
        self.by_pair: dict[tuple[str, int, str], list[RosterName]] = defaultdict(list)
        self.short_given_frequency = float(spec["short_given_frequency"])
        self.single_words = [n for n in self.names if len(n.words) == 1 and len(n.words[0]) >= SINGLE_WORD_MIN_LENGTH]
        self._misses: dict[str, tuple[RosterName, ...]] = {}
        self.by_surname: dict[str, list[RosterName]] = defaultdict(list)
        for name in self.names:
            if name.curated and len(name.words) >= 2 and len(name.words[-1]) >= MIN_TITLED_SURNAME_LENGTH:
                self.by_surname[name.words[-1]].append(name)
        self.surnames_by_initial: dict[str, list[str]] = defaultdict(list)
        for surname in self.by_surname:
            self.surnames_by_initial[surname[0]].append(surname)
        self.titled_frequency = float(spec["titled_frequency"])
        name_words = self.knowledge.get("name-words") or {}
        self.honorifics = frozenset(str(w) for w in name_words.get("honorifics", []))
        self.by_word: dict[str, list[RosterName]] = defaultdict(list)
        for name in self.names:
            for word in set(name.words):
                self.by_word[word].append(name)

    def _add_officeholders(self) -> None:
        """Every person of two words or more in the officeholder data, with their latest office as
        the role, behind the hand-written roster's entries (factlint.roster_names)."""
        self.by_pair, self.by_word, self.accepted = officeholder_tables(self.knowledge, self.accepted, self.by_pair, self.by_word)  # type: ignore[assignment]

    def run(self, document: "Document") -> Iterable[Finding]:
        if self._officeholders_pending:
            self._officeholders_pending = False
            self._add_officeholders()
        surnames: set[str] | None = None
        for mention in document.names:
            if mention.aside:
                continue
            found = False
            for finding in self._check(mention):
                found = True
                yield finding
            if not found and 2 <= len(mention.words) <= 4 and tuple(w.key for w in mention.words) not in self.accepted:
                if surnames is None:  # every name word of the article, headlines included
                    surnames = {w.key for m in document.names for w in m.words}
                finding = self._corroborated(document, mention, surnames)
                if finding is not None:
                    yield finding

    def _corroborated(self, document: "Document", mention: NameMention, words: set[str]) -> Finding | None:
        """A slip the article itself gives away, though the written name could be another person's:
        a known person's name with the surname up to two letters off ("Lloyd Austen", "Olaf
        Schultz", "Christine Lagard", "Boris Pistorious") or the given name beginning like theirs
        ("Mark Rubio"), next to a title of that person's office ("Defense Secretary Lloyd Austen")
        or with the surname spelt right elsewhere in the article ("Olaf Schultz ... Scholz"); a
        slip in another word needs the title or the full name spelt right."""
        keys = tuple(w.key for w in mention.words)
        last = len(keys) - 1
        candidates: list[tuple[RosterName, int, bool]] = []
        for odd in range(len(keys)):
            for name in self._names_differing_at(keys, odd):
                right = name.words[odd]
                if given_name_slip(keys[odd], right) if odd == 0 else surname_slip(keys[odd], right):
                    elsewhere = right in words if odd == last else name.words in self._names_in(document)
                    candidates.append((name, odd, elsewhere))
        if len({name.words for name, _, _ in candidates}) != 1:
            return None  # none, or two known people the name could be
        name, odd, spelt_right_elsewhere = candidates[0]
        written, right = mention.words[odd].text, name.words[odd]
        if transliterated(keys[odd], right) or self._variants(keys[odd], right):
            return None  # "Mohamed Morsy", "Megawati Sukarnoputri": another spelling in use
        titled = self._titled_as(document, mention, name)
        if odd == last and not name.curated and _frequency(written) >= min(2.0, _frequency(name.canonical.split()[-1])):
            # The data's label is the rarer form ("Andréas Papandréu"), or the name is common; but
            # under a rare given name, the title or the label's spelling elsewhere in the article
            # gives a real surname away as a slip ("Prime Minister Jacinda Arden ... Ardern said").
            # So does a title of an office the person held on the article's date ("Chancellor
            # Philip Hammon" in 2019, "President Nicolas Madura"); neither when the label is a
            # spelling English copy does not use ("Papandréu" beside "Prime Minister Andreas Papandreou").
            rare_given = odd != 0 and _frequency(mention.words[0].text) < self.short_given_frequency
            label_in_use = _frequency(name.canonical.split()[-1]) >= 1.0
            if not label_in_use or (
                not (rare_given and (titled or spelt_right_elsewhere)) and not (titled and self._titled_as(document, mention, name, document.article_date))
            ):
                return None
        if not titled:
            # Without a title, the surname spelt right elsewhere gives away a slip only when the
            # written one is no common name ("Mark Carey, a farmer" beside Mark Carney is another man).
            if not spelt_right_elsewhere or self._common_word(written):
                return None
        first, final = mention.words[0], mention.words[-1]
        fields = {"canonical": name.canonical, "role": name.role, "match": _written(mention, first, final)}
        return Finding(first.start, final.end, fields, name.canonical)

    def _names_differing_at(self, keys: tuple[str, ...], odd: int) -> list[RosterName]:
        """The roster and data names with the mention's words but the one at ``odd``, whose first
        letter they share."""
        if len(keys) == 2:
            return self._two_word_names(keys[1 - odd], 1 - odd, keys[odd][0])
        anchor = keys[-1] if odd == 0 else keys[0]
        return [
            n for n in self.by_word.get(anchor, ())
            if len(n.words) == len(keys) and n.words[odd][:1] == keys[odd][:1]
            and all(n.words[i] == keys[i] for i in range(len(keys)) if i != odd)
        ]

    def _two_word_names(self, word: str, position: int, initial: str) -> list[RosterName]:
        """The two-word names (roster and data) with ``word`` at ``position`` and the other word
        starting with ``initial``."""
        found = [n for n in self.by_pair.get((word, position, initial), ())]
        found += [n for n in self.by_word.get(word, ()) if len(n.words) == 2 and n.words[position] == word and n.words[1 - position][:1] == initial]
        return found

    def _variants(self, variant: str, right: str) -> bool:
        """True when the two words are accepted spellings of one name (data/name-variants.yaml)."""
        groups = getattr(self, "_variant_groups", None)
        if groups is None:
            groups = {}
            for group in (self.knowledge.get("name-variants") or {}).get("groups") or []:
                keys = frozenset(name_key_words(str(w))[0] for w in group if name_key_words(str(w)))
                for key in keys:
                    groups[key] = keys
            self._variant_groups = groups
        return right in groups.get(variant, ())

    @staticmethod
    def _names_in(document: "Document") -> set[tuple[str, ...]]:
        return {tuple(w.key for w in m.words) for m in document.names}

    def _titled_as(self, document: "Document", mention: NameMention, name: RosterName, on: date | None = None) -> bool:
        """True when a title of one of the person's offices (held on the date ``on``, when given)
        stands next to the mention, with no other known person's name between them."""
        from factlint.layers.offices import officeholders

        terms = officeholders(self.knowledge).by_person.get(name.words, ())
        if on is not None:
            terms = [t for t in terms if t.surely_covers(on)]
        titles = {" ".join(t.replace("-", " ").split()) for term in terms for t in term.office.titles}
        if not titles:
            return False
        text = document.text
        start, end = max(0, mention.start - 70), mention.end + 60
        # A known person's name between the two owns the title ("Chancellor Olaf Scholz met Olaf Schulz").
        # Only names that reach into the window can: found by their start, not by reading every name
        # of the document for every candidate (that was quadratic on long files).
        for other in _names_reaching(document, start, end):
            if other is not mention and tuple(w.key for w in other.words) in self.accepted:
                if start < other.end <= mention.start:
                    start = other.end
                elif mention.end <= other.start < end:
                    end = other.start
        window = text[start : mention.start] + " " + text[mention.end : end]
        window = " ".join(regex.sub(r"[^\p{L}.]+", " ", window.replace("-", " ")).lower().split())
        return any(regex.search(rf"(?<!\p{{L}}){regex.escape(title)}(?!\p{{L}})", window) for title in titles)

    def _check(self, mention: NameMention) -> Iterable[Finding]:
        words = mention.words
        keys = tuple(w.key for w in words)
        for size in range(min(len(keys), 4), 0, -1):
            for start in range(len(keys) - size + 1):
                if keys[start : start + size] in self.accepted:
                    return  # the mention holds a roster name spelt right
        reported: set[int] = set()
        named: set[str] = set()
        for position, key in enumerate(keys):
            candidates: Iterable[RosterName] = self.by_word.get(key, ())
            after = self.by_pair.get((key, 0, keys[position + 1][0])) if position + 1 < len(keys) else None
            before = self.by_pair.get((key, 1, keys[position - 1][0])) if position > 0 else None
            if after or before:
                candidates = [*candidates, *(after or ()), *(before or ())]
            for name in candidates:
                match = self._align(keys, name, position)
                if match is None:
                    continue
                start, odd = match
                if start in reported or name.canonical in named or not self._slip(name, keys, words, start, odd):
                    continue  # one finding a person: "Luiz Inacio Lula da Silvia" holds "Lula da Silvia" too
                reported.add(start)
                named.add(name.canonical)
                first, last = words[start], words[start + len(name.words) - 1]
                fields = {"canonical": name.canonical, "role": name.role, "match": _written(mention, first, last)}
                yield Finding(first.start, last.end, fields, name.canonical)
        if len(words) == 1 and self._office(mention.title):
            yield from self._titled_surname(words[0])
        for word in words:
            for name in self._single_word_misses(word.key):
                if not self._common_word(word.text):
                    yield Finding(word.start, word.end, {"canonical": name.canonical, "role": name.role}, name.canonical)

    def _slip(self, name: RosterName, keys: tuple[str, ...], words: tuple[NameToken, ...], start: int, odd: int) -> bool:
        """True when the odd word of a mention aligned with ``name`` reads as a slip, not another
        person or another accepted spelling."""
        odd_word, right = keys[start + odd], name.words[odd]
        written = words[start + odd].text
        surname = odd == len(name.words) - 1
        # A doubled letter typed once or twice ("Jeff Sesions", "Rishi Sunnak"), or a letter
        # dropped or added under a rare given name ("Jacinda Arden"): a slip even when the
        # result is a real surname ("Mark Carey" stays another man).
        slip = doubled_letter(odd_word, right) or (
            abs(len(odd_word) - len(right)) == 1 and len(name.words) == 2 and surname
            and _frequency(words[start].text) < self.short_given_frequency
        )
        if not name.curated:
            # The officeholder data has no accepted variants and some labels in other languages
            # ("Boris Iéltsin"): only typing slips of a surname count, and not when the article's
            # spelling is the better-known one ("Papandreou" beside the label "Papandréu").
            # A letter dropped or added counts under a rare given name only ("Eduard Shevardnaze";
            # "Fernando Pedreira" is another man than Fernando Pereira).
            typing = slip or transposed(odd_word, right) or (
                abs(len(odd_word) - len(right)) == 1 and len(name.words) >= 2 and _frequency(words[start].text) < RARE_GIVEN_FREQUENCY
            )
            if not (surname or slip or transposed(odd_word, right)) or not typing:
                return False
            if _frequency(written) >= max(1.0, _frequency(name.canonical.split()[-1] if surname else right)):
                return False
        if surname and not slip and self._common_word(written):
            return False
        if not surname and len(odd_word) < MIN_GIVEN_NAME_LENGTH and not slip and _frequency(written) >= self.short_given_frequency:
            return False  # "Nick Perry" is another man; "Jeo Biden" is a slip
        return True

    def _single_word_misses(self, key: str) -> tuple[RosterName, ...]:
        """The one-word roster names that folded ``key`` is a near miss of, in roster order;
        worked out once per word and rule set (the same words come back article after article)."""
        misses = self._misses.get(key)
        if misses is None:
            if len(self._misses) >= _MISS_CACHE_SIZE:
                self._misses.clear()
            misses = self._misses[key] = tuple(n for n in self.single_words if near_miss(key, n.words[0], max_edits=1))
        return misses

    def _office(self, title: str) -> bool:
        """True when the title names an office ("Chancellor", "Secretary"), not only "Mr" or "Dr"."""
        return any(word.rstrip(".") not in self.honorifics for word in title.split())

    def _titled_surname(self, word: NameToken) -> Iterable[Finding]:
        """A lone surname after a title of office ("Chancellor Merkle") one edit off a roster
        surname, and not a real name in its own right."""
        if len(word.key) < MIN_TITLED_SURNAME_LENGTH or word.key in self.by_surname:
            return
        for surname in self.surnames_by_initial.get(word.key[0], ()):
            if near_miss(word.key, surname, max_edits=1, one_edit_up_to=99):
                if _frequency(word.text) < self.titled_frequency:
                    name = self.by_surname[surname][0]
                    canonical = name.canonical.split()[-1]
                    yield Finding(word.start, word.end, {"canonical": name.canonical, "role": name.role}, canonical)
                return

    @staticmethod
    def _align(keys: tuple[str, ...], name: RosterName, position: int) -> tuple[int, int] | None:
        """Where ``name`` fits ``keys`` with one odd word, as (window start, odd index), given that
        ``keys[position]`` equals one of its words exactly."""
        size = len(name.words)
        if size < 2:
            return None
        for offset, word in enumerate(name.words):
            if word != keys[position]:
                continue
            start = position - offset
            if start < 0 or start + size > len(keys):
                continue
            window = keys[start : start + size]
            odd = [i for i in range(size) if window[i] != name.words[i]]
            if len(odd) != 1:
                continue
            variant, right = window[odd[0]], name.words[odd[0]]
            if odd[0] < size - 1 and len(variant) < MIN_GIVEN_NAME_LENGTH:
                # A short given name: one typing slip ("Jeo", "Olav", "Jo"), judged by the caller.
                if not (short_slip(variant, right) or doubled_letter(variant, right)):
                    continue
            elif not (near_miss(variant, right) or doubled_letter(variant, right) or (odd[0] == size - 1 and last_letter_slip(variant, right))):
                continue
            return start, odd[0]
        return None

    def _common_word(self, word: str) -> bool:
        return _frequency(word) >= self.max_frequency


def _written(mention: NameMention, first: NameToken, last: NameToken) -> str:
    """The mention from ``first`` to ``last`` as it reads, particles kept, markup and soft hyphens not
    ("Ursula von der Leyden", "Anthony Blinken" for "Anthony&nbsp;Blinken")."""
    return " ".join(t.text.replace("\u00ad", "") for t in mention.tokens if first.start <= t.start and t.end <= last.end)


@lru_cache(maxsize=1 << 14)
def _frequency(word: str) -> float:
    return word_frequency.zipf(word)


_BY_START: "weakref.WeakKeyDictionary[Document, tuple[list[int], list[NameMention], int]]" = weakref.WeakKeyDictionary()  # starts, names by start, longest


def _names_reaching(document: "Document", start: int, end: int) -> list[NameMention]:
    """The document's name mentions that overlap ``[start, end)``, in order of their start.
    (The window shrinks in one direction at a time in _titled_as, so the order they come in does
    not change its outcome: the latest end before the mention, the earliest start after it.)"""
    found = _BY_START.get(document)
    if found is None:
        ordered = sorted(document.names, key=lambda m: m.start)
        found = _BY_START[document] = ([m.start for m in ordered], ordered, max((m.end - m.start for m in ordered), default=0))
    starts, ordered, longest = found
    return ordered[bisect_left(starts, start - longest) : bisect_left(starts, end)]
