"""``kind: name-consistency`` — one person or organisation spelt two ways in one article
("Jens Stoltenberg said ... Stoltenburg added", "Petrobras ... Petrobas").

Fields: ``variants`` (knowledge files whose spellings are accepted as the same name, such as
transliterations: ``name-variants`` groups and the ``people`` roster's accepted forms),
``name_frequency`` (a spelling at or above this Zipf frequency in English is a real word or name
in its own right, "Johnston" beside "Johnson", so it is not reported as a slip), ``endings``
(suffixes of plurals and demonyms: "Koreas"/"Korean" differ only by them) and
``max_variant_count`` (a spelling used more often than this is deliberate).

Name words come from the ``names`` layer, headlines left out. Two spellings are compared when both
have five letters or more, start with the same letter and are a near miss by edit distance
(rapidfuzz's Damerau-Levenshtein: one edit up to seven letters, two beyond; in words of up to six
letters only a dropped, added or swapped letter or a vowel for a vowel); a pair is left alone
when the two differ only by endings (plurals, demonyms: "Obamas", "American", "Koreas"), when
either is written in lower case elsewhere in the article (a common word), when the rarer one is a
real word or name in its own right, when the two are used with different given names (different
people: "Joe Biden", "Hunter Biden"), when either is only ever a given name, when only the rarer
one comes with a given name ("Emmi Harward" beside "Harvard", unless the other follows an honorific,
"Jack Cunniingham" beside "Mr Cunningham", or speaks and is no common word or name, "Mohamed Berada
said" beside "Berrada said"), or when they are accepted variants.

A person's surname (after an honorific, "Ms. Ford", or alone beside a speech verb, "Stamos said")
takes no plural or demonym ending, so the endings test is skipped for its typing slips: a letter
doubled ("Mattiis", "Andelmaan") or a vowel dropped or changed before the same last letter ("Stams",
"Kazianas"; not "a" for "o", which makes gendered forms). Such surnames are compared from four
letters on, where only typing slips count ("Ryaan", "Daiz").

The rarer spelling is reported (fewer uses; on a tie, the one much rarer in English), naming the
likeliest other spelling (a real word first, then the most used), its first line and its count.
Umlauts written out ("Duesseldorf" beside "Düsseldorf") are accepted. Given names are compared only under the same surname
("Anthony Blinken" beside "Antony Blinken"), one edit apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache, word_frequency
from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.editdistance import close_pairs, near_miss
from factlint.layers.names import NameToken, doubled_letter, fold, name_key_words

if TYPE_CHECKING:
    from factlint.document import Document

MIN_LENGTH = 5
# A person's surname this short is compared only with its typing slips ("Ryan"/"Ryaan").
MIN_PERSON_LENGTH = 4
_UMLAUT = patterncache.compile("[äöüÄÖÜ]")
_CAMEL = patterncache.compile(r"\p{Ll}{3}\p{Lu}")
_LOWERCASE_WORD = patterncache.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*")
_FEW_SPELLINGS = 100
SHORT_WORD = 6
_SAID_AFTER = patterncache.compile(r",?[ \t]+(?:said|says|told|added|wrote|asked|argued|noted)\b")
_SAID_BEFORE = patterncache.compile(r"\b(?:said|says|added)[ \t]+$")
VOWELS = frozenset("aeiouy")
MIN_GIVEN_LENGTH = 6
# On a tie in uses, the flagged spelling must be this much rarer in English (Zipf units).
TIE_FREQUENCY_GAP = 1.0


@dataclass
class Spelling:
    """Every use of one folded spelling in the article."""

    key: str
    tokens: list[NameToken] = field(default_factory=list)
    given: set[str] = field(default_factory=set)  # given names seen before it as a surname
    roles: set[str] = field(default_factory=set)  # "given", "surname", "single"
    titled: bool = False  # used after an honorific: "Mr Cunningham", "Ms. Ford"
    speaker: bool = False  # used alone beside a speech verb: "Stamos said", "says Luckey"

    @property
    def person(self) -> bool:
        """Used as a person's surname (firms and places speak too, but take no honorific)."""
        return self.titled or self.speaker

    @property
    def count(self) -> int:
        return len(self.tokens)

    @property
    def first(self) -> NameToken:
        return self.tokens[0]


class NameConsistencyCheck(Check):
    kind = "name-consistency"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "variants": Option(list, default=["name-variants", "people"], doc="knowledge files of accepted variant spellings"),
        "name_frequency": Option((int, float), default=2.0, doc="Zipf frequency from which a spelling is a real word or name"),
        "endings": Option(list, default=[], doc="word endings that make a plural or demonym, not a misspelling"),
        "max_variant_count": Option(int, default=2, doc="a spelling used more often than this is deliberate"),
        "roster": Option(list, default=[], doc="knowledge files of names whose spelling is right whatever the article's majority"),
    }
    placeholders = frozenset({"other", "line", "count"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.name_frequency = float(spec["name_frequency"])
        self.endings = frozenset(str(e) for e in spec["endings"]) | {""}
        self.max_variant_count = spec["max_variant_count"]
        name_words = self.knowledge.get("name-words") or {}
        self.honorifics = frozenset(str(w) for w in name_words.get("honorifics", []))
        # "Ms. Ford": the layer leaves an honorific with a full stop outside the mention.
        alternation = "|".join(regex.escape(w) for w in sorted(self.honorifics, key=lambda w: (-len(w), w)))
        self.honorific_before = patterncache.compile(rf"(?<![\p{{L}}])(?:{alternation})\.?[ \t]+$") if alternation else None
        self.same: dict[str, set[str]] = defaultdict(set)
        for name in spec["variants"]:
            for group in _variant_groups(self.knowledge.get(name), name):
                keys = {fold(word) for form in group for word in regex.findall(r"[\p{L}'’-]+", form)}
                for key in keys:
                    self.same[key] |= keys

        self._roster_names = list(spec["roster"])
        self._roster_forms: frozenset[str] | None = None

    @property
    def roster_forms(self) -> frozenset[str]:
        """Words of the roster's names, read on the first article that needs them."""
        if self._roster_forms is None:
            self._roster_forms = _roster_forms(self.knowledge, self._roster_names)
        return self._roster_forms

    def run(self, document: "Document") -> Iterable[Finding]:
        spellings = self._spellings(document)
        if len(spellings) < 2:
            return
        # Each spelling looked for in the text is cheaper than listing every lower-case word, until the
        # spellings are many (a long file: then the search for each would grow with the text twice over).
        lowercase_words = set(_LOWERCASE_WORD.findall(document.text)) if len(spellings) > _FEW_SPELLINGS else None
        keys = [
            k for k in spellings
            if len(k) >= MIN_PERSON_LENGTH and not (k in lowercase_words if lowercase_words is not None else _written_in_lower_case(document.text, k))
        ]
        best: dict[str, Spelling] = {}  # variant key -> the likeliest right spelling
        variants: dict[str, Spelling] = {}
        for a, b in close_pairs(keys):
            if b in self.same.get(a, ()):
                continue
            # A person's surname takes no plural or demonym ending: there "Mattiis" and "Stams"
            # are typing slips, not "Koreas" beside "Korean"; and a short surname ("Ryan", "Diaz")
            # is compared with its typing slips ("Ryaan", "Daiz").
            person = spellings[a].person or spellings[b].person
            doubled = person and doubled_letter(a, b)
            if min(len(a), len(b)) < MIN_LENGTH and not (person and _short_word_slip(a, b)):
                continue
            if not doubled and not near_miss(a, b, one_edit_up_to=7):
                continue
            if not (doubled or (person and _vowel_slip_before_end(a, b))) and self._inflected(a, b):
                continue
            if _umlaut_spelling(spellings[a].first.text, spellings[b].first.text):
                continue
            if len(min(a, b, key=len)) <= SHORT_WORD and not _short_word_slip(a, b):
                continue
            pair = self._judge(spellings[a], spellings[b])
            if pair is None:
                continue
            variant, reference = pair
            current = best.get(variant.key)
            if current is None or self._preference(reference) > self._preference(current):
                best[variant.key] = reference
                variants[variant.key] = variant
        for key, reference in best.items():
            line = document.position(reference.first.start)[0]
            for token in variants[key].tokens:
                fields = {"other": reference.first.text, "line": line, "count": reference.count}
                evidence = ((reference.first.start, reference.first.end, f'spelt "{reference.first.text}" here'),)
                yield Finding(token.start, token.end, fields, reference.first.text, evidence)
        yield from self._given_names(document, spellings)

    def _spellings(self, document: "Document") -> dict[str, Spelling]:
        spellings: dict[str, Spelling] = {}
        for mention in document.names:
            if mention.aside:
                continue
            words = mention.words
            for position, token in enumerate(words):
                key = token.key
                spelling = spellings.get(key)
                if spelling is None:
                    spelling = spellings[key] = Spelling(key)
                spelling.tokens.append(token)
                if position == len(words) - 1 and (
                    any(t.rstrip(".") in self.honorifics for t in mention.title.split())
                    or (self.honorific_before is not None and self.honorific_before.search(document.text, max(token.start - 14, 0), token.start))
                ):
                    spelling.titled = True
                if len(words) == 1 and _speaker(document.text, token):
                    spelling.speaker = True
                if len(words) == 1:
                    spelling.roles.add("single")
                elif position == len(words) - 1:
                    spelling.roles.add("surname")
                    before = mention.tokens[mention.tokens.index(token) - 1]
                    spelling.given.add(before.key.rstrip(".") if before.is_initial else words[position - 1].key)
                else:
                    spelling.roles.add("given")
        return spellings

    def _judge(self, a: Spelling, b: Spelling) -> tuple[Spelling, Spelling] | None:
        """(variant, reference) when ``a`` and ``b`` look like one name spelt two ways."""
        if a.given and b.given and not _same_given(a.given, b.given):
            return None  # different people who share (nearly) a surname
        if _camel(a.first.text) != _camel(b.first.text):
            return None  # "EgyptAir" and "Egyptian" are two names
        if a.roles == {"given"} or b.roles == {"given"}:
            return None  # given names are compared under one surname only: "Akhmed", "Ahmed"
        freq_a, freq_b = _frequency(a.first.text), _frequency(b.first.text)
        known = (a.key in self.roster_forms, b.key in self.roster_forms)
        if known[0] != known[1]:
            # One spelling is a roster name's: it is right, however often the other is used.
            variant, reference = (b, a) if known[0] else (a, b)
            if _frequency(variant.first.text) >= self.name_frequency or not near_miss(a.key, b.key, max_edits=1, one_edit_up_to=99):
                return None  # a real word, or two letters off: another person ("Al-Obaid", "Al-Abadi")
            return variant, reference
        if a.count != b.count:
            variant, reference = (a, b) if a.count < b.count else (b, a)
        elif abs(freq_a - freq_b) >= TIE_FREQUENCY_GAP:
            variant, reference = (a, b) if freq_a < freq_b else (b, a)
        else:
            return None
        if variant.count > self.max_variant_count or _frequency(variant.first.text) >= self.name_frequency:
            return None  # used often, or a real word or name in its own right: "Toyoda", "Bayley"
        if variant.given and not reference.given and not self._surname_alone(reference):
            return None  # a person introduced by full name beside a place or firm: "Emmi Harward", "Harvard"
        return variant, reference

    def _surname_alone(self, spelling: Spelling) -> bool:
        """True when a spelling never used with a given name is still a person's surname: after an
        honorific ("Mr Cunningham"), or speaking and no word or well-known name ("Berrada said", not
        "Harvard said")."""
        return spelling.titled or (spelling.speaker and _frequency(spelling.first.text) < self.name_frequency)

    def _preference(self, spelling: Spelling) -> tuple[bool, int, float]:
        """Which of several candidate right spellings to name: a real word first, then the most used."""
        frequency = _frequency(spelling.first.text)
        return frequency >= self.name_frequency, spelling.count, frequency

    def _inflected(self, a: str, b: str) -> bool:
        """True when ``a`` and ``b`` differ only by endings such as "Korean"/"Koreas", "Somalia"/"Somalis"."""
        common = 0
        while common < min(len(a), len(b)) and a[common] == b[common]:
            common += 1
        # The shared stem may end inside an ending: "Olympi-sm"/"Olympi-cs" are "Olymp-ism"/"Olymp-ics".
        return any(a[k:] in self.endings and b[k:] in self.endings for k in range(max(common - 3, 1), common + 1))

    def _given_names(self, document: "Document", spellings: dict[str, Spelling]) -> Iterable[Finding]:
        """Given names one edit apart under one surname: "Anthony Blinken" and "Antony Blinken"."""
        uses: dict[tuple[str, str], list[NameToken]] = defaultdict(list)
        for mention in document.names:
            if not mention.aside and mention.given is not None:
                uses[(mention.surname.key, mention.given.key)].append(mention.given)
        by_surname: dict[str, list[str]] = defaultdict(list)
        for surname, given in uses:
            by_surname[surname].append(given)
        for surname, givens in by_surname.items():
            for index, a in enumerate(givens):
                for b in givens[index + 1 :]:
                    if b in self.same.get(a, ()):
                        continue
                    doubled = min(len(a), len(b)) >= MIN_PERSON_LENGTH and doubled_letter(a, b)  # "Jefff Sessions"
                    if not doubled and (min(len(a), len(b)) < MIN_GIVEN_LENGTH or not near_miss(a, b, max_edits=1)):
                        continue
                    first_a, first_b = uses[(surname, a)], uses[(surname, b)]
                    if len(first_a) == len(first_b):
                        continue  # no majority to say which is right
                    variant, reference = (first_a, first_b) if len(first_a) < len(first_b) else (first_b, first_a)
                    line = document.position(reference[0].start)[0]
                    for token in variant:
                        fields = {"other": reference[0].text, "line": line, "count": len(reference)}
                        evidence = ((reference[0].start, reference[0].end, f'spelt "{reference[0].text}" here'),)
                        yield Finding(token.start, token.end, fields, reference[0].text, evidence)


def _written_in_lower_case(text: str, key: str) -> bool:
    """True when the folded spelling ``key`` is also a whole word of ``text`` in lower case (a common
    word): a match of ``_LOWERCASE_WORD`` there, looked for only where ``str.find`` finds the key."""
    at = text.find(key)
    while at >= 0:
        word = _LOWERCASE_WORD.match(text, at)
        if word is not None and word.end() == at + len(key):
            return True
        at = text.find(key, at + 1)
    return False


def _speaker(text: str, token: NameToken) -> bool:
    """True when a lone name word is the subject or object of a speech verb: "Stamos said", "says Luckey"."""
    return _SAID_AFTER.match(text, token.end) is not None or _SAID_BEFORE.search(text, max(token.start - 12, 0), token.start) is not None


def _vowel_slip_before_end(a: str, b: str) -> bool:
    """True when two spellings with the same last letter differ by one vowel dropped or changed
    ("Stamos"/"Stams", "Kazianis"/"Kazianas"): a typing slip, not an ending such as "Koreas"/"Korean".
    "o" for "a" is left out: it makes gendered forms ("Latinos"/"Latinas")."""
    if a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        differ = [i for i in range(len(a)) if a[i] != b[i]]
        return len(differ) == 1 and {a[differ[0]], b[differ[0]]} <= VOWELS and {a[differ[0]], b[differ[0]]} != {"a", "o"}
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long[i] in VOWELS and long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _umlaut_spelling(a: str, b: str) -> bool:
    """True when one spelling writes out as "ae", "oe", "ue" the umlaut of the other ("Duesseldorf")."""
    def written_out(word: str) -> str:
        return word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")

    return any(_UMLAUT.search(x) is not None and written_out(x) == y for x, y in ((a, b), (b, a)))


def _camel(word: str) -> bool:
    """True for a word with a capital inside it after a lower-case letter ("EgyptAir"), not "McAlpine"."""
    return _CAMEL.search(word) is not None


def _same_given(a: set[str], b: set[str]) -> bool:
    """True when some given name of ``a`` fits one of ``b``; an initial fits names it begins."""
    return any(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x in a for y in b)


def _short_word_slip(a: str, b: str) -> bool:
    """For words of up to six letters only typing slips count: a letter dropped, added or swapped
    with its neighbour, or one vowel for another ("Sarget"/"Serget"), not "Temas"/"Texas"."""
    if len(a) != len(b):
        return True
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]]:
        return True
    return len(differ) == 1 and a[differ[0]] in VOWELS and b[differ[0]] in VOWELS


def _variant_groups(data: Any, name: str) -> Iterable[list[str]]:
    """Groups of spellings of one name from a knowledge file: ``groups`` lists of forms, or roster
    sections whose entries give a ``name`` and ``also`` forms (paired word by word from the end)."""
    if data is None:
        return
    if not isinstance(data, Mapping):
        raise RuleSpecError("variants", f"data/{name}.yaml: expected a mapping")
    for group in data.get("groups", []):
        if not isinstance(group, list):
            raise RuleSpecError("variants", f"data/{name}.yaml: every group is a list of spellings: {group!r}")
        yield [str(form) for form in group]
    for key, section in data.items():
        if key == "groups" or not isinstance(section, list):
            continue
        for entry in section:
            if isinstance(entry, Mapping) and entry.get("also"):
                forms = [name_key_words(str(f)) for f in [entry["name"], *entry["also"]]]
                for position in range(1, min(len(f) for f in forms) + 1):
                    yield [f[-position] for f in forms]


def _roster_forms(knowledge: Any, names: list[str]) -> frozenset[str]:
    """Folded words of five letters or more of the roster names (``name`` and ``also`` of every
    entry; for ``officeholders``, every person of the officeholder data)."""
    forms: set[str] = set()
    for name in names:
        if name == "officeholders":
            from factlint.layers.offices import officeholder_names

            forms.update(word for key in officeholder_names(knowledge) for word in key)
            continue
        for section in (knowledge.get(name) or {}).values():
            for entry in section if isinstance(section, list) else []:
                if isinstance(entry, Mapping):
                    for form in [entry.get("name", ""), *entry.get("also", [])]:
                        forms.update(name_key_words(str(form)))
    return frozenset(word for word in forms if len(word) >= MIN_LENGTH)


def _frequency(word: str) -> float:
    return word_frequency.zipf(word)
