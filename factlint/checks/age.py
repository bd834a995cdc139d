"""``kind: age`` — one person given two ages, or an age that contradicts a stated birth year.

Ages are read where news copy attaches them to a name: the appositive ("Ms Okafor, 52,",
"Chidi Okafor, aged 52,"), a bracket ("Okafor (52)"), "the 52-year-old Okafor", and a bare "the
54-year-old" that stands for a person ("the 54-year-old said"), which is linked to the person only
when exactly one person in the article has a stated age and the bare mention follows that
person's named age in the same or the next paragraph with no other name in between. A name is a full name (two to four
capitalised words) or a title and a surname; a lone surname counts when it ends exactly one full
name of the article. Birth years ("Okafor, who was born in 1971", "Okafor (born 1971)") are tied to
the one named person of their sentence and compared with the age given the article date.

Ages told of the past are skipped: a sentence with "when", "then", "at the time", "was/were N"
or a year other than the article's. Fields: ``names`` (title words), ``bare_verbs`` (words after a
bare "the N-year-old" that show it stands for a person).

Message placeholders: ``name``, ``age``, ``other`` (the earlier age or the age the birth year
gives) and ``basis`` (what the other age rests on).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option, RuleSpecError

if TYPE_CHECKING:
    from factlint.document import Document

_CAP = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?"
_PAST = patterncache.compile(r"(?i)\b(?:when|then|at the time|(?:was|were|turned)\s+(?:only\s+|just\s+)?\d{1,3})\b")
_AGE_HINT = patterncache.compile(r",\s+(?:aged\s+)?\d{1,3},|\(\d{1,3}\)")
_YEAR = patterncache.compile(r"(?<![\p{N}.,])(?:1[89]\d\d|20\d\d)(?!\p{N})")


@dataclass(frozen=True)
class _Age:
    key: str  # the full name or surname as written, title left out
    age: int
    start: int
    end: int
    bare: bool = False


class AgeCheck(Check):
    kind = "age"
    placeholders = frozenset({"name", "age", "other", "basis"})
    options = {
        "titles": Option(list, required=True, doc="titles that may stand before a surname (Mr, Ms, Dr)"),
        "bare_verbs": Option(list, required=True, doc="words after 'the N-year-old' showing it stands for a person"),
    }

    def compile(self, spec: Mapping[str, Any]) -> None:
        titles = [str(t) for t in spec["titles"]]
        verbs = [str(v) for v in spec["bare_verbs"]]
        if not titles or not verbs:
            raise RuleSpecError("titles", "titles and bare_verbs must not be empty")
        title = "(?:" + "|".join(regex.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")\.?"
        name = rf"(?<title>{title}\s+)?(?<name>{_CAP}(?:\s+{_CAP}){{0,3}})"
        age = r"(?<age>\d{1,3})(?!\p{N}|[.,]\p{N})"
        self.appositive = patterncache.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{name},\s+(?:aged\s+)?{age}(?=,|\s+and\b)|{name}\s+\({age}\))",
            regex.VERSION1,
        )
        self.before_name = patterncache.compile(
            rf"(?<![\p{{L}}\p{{N}}]){age}-year-old\s+{name}(?![\p{{L}}])", regex.VERSION1
        )
        verbs_alt = "|".join(regex.escape(v) for v in verbs)
        self.bare = patterncache.compile(
            rf"(?<![\p{{L}}\p{{N}}])[Tt]he\s+{age}-year-old(?=\s*[,.;]|\s+(?:{verbs_alt})\b)", regex.VERSION1
        )
        self.born = patterncache.compile(r"\bborn\s+(?:in\s+|on\s+)?(?:[\p{L}.]+\s+\d{1,2},?\s+|\d{1,2}\s+[\p{L}.]+\s+)?(?<year>1[89]\d\d|20\d\d)\b")
        self.titled_name = patterncache.compile(rf"(?<![\p{{L}}]){title}\s+(?<name>{_CAP})")
        self.full_name = patterncache.compile(rf"(?<![\p{{L}}])(?<name>{_CAP}(?:\s+{_CAP}){{1,3}})(?![\p{{L}}])")

    def run(self, document: "Document") -> Iterable[Finding]:
        text = document.text
        if "year-old" not in text and not _AGE_HINT.search(text):
            return
        article_year = document.article_date.year if document.article_date else None
        ages = self._ages(document, article_year)
        keys = self._people(ages)
        first: dict[str, _Age] = {}
        last_named: dict[str, _Age] = {}
        for item in ages:
            person = keys.get(item.key)
            if person is None:
                continue
            if item.bare:
                named = last_named.get(person)
                if named is None or not self._bare_refers_to(document, named, item, person):
                    continue
            else:
                last_named[person] = item
            earlier = first.setdefault(person, item)
            if earlier.age != item.age:
                yield Finding(item.start, item.end, {
                    "name": person, "age": item.age, "other": earlier.age,
                    "basis": f"the age on line {document.position(earlier.start)[0]}",
                }, evidence=((earlier.start, earlier.end, f"{person} is {earlier.age} here"),))
        if article_year is not None:
            yield from self._birth_years(document, ages, keys, article_year)

    def _bare_refers_to(self, document: "Document", named: _Age, bare: _Age, person: str) -> bool:
        """A bare "the N-year-old" stands for ``person`` only right after them: in the same or the
        next paragraph, with no other name in between."""
        paragraphs = [i for i, p in enumerate(document.paragraphs) if p.start <= named.start < p.end or p.start <= bare.start < p.end]
        if len(paragraphs) == 2 and paragraphs[1] - paragraphs[0] > 1:
            return False
        surname = person.split()[-1]
        between = document.text[named.end:bare.start]
        for match in self.full_name.finditer(between):
            if match["name"].split()[-1] != surname:
                return False
        return not any(m["name"] != surname for m in self.titled_name.finditer(between))

    def _ages(self, document: "Document", article_year: int | None) -> list[_Age]:
        """Every age tied to a name (or a bare 'the N-year-old'), in text order, past ones left out."""
        found: list[_Age] = []
        for sentence in document.sentences:
            unborn = self.born.sub(" ", sentence.text)
            if _PAST.search(sentence.text) or any(
                int(m.group()) != article_year for m in _YEAR.finditer(unborn)
            ):
                continue
            for pattern, bare in ((self.appositive, False), (self.before_name, False), (self.bare, True)):
                for match in pattern.finditer(document.text, sentence.start, sentence.end):
                    age = int(match["age"])
                    if not 1 <= age <= 115:
                        continue
                    key = "" if bare else self._key(match)
                    if key is None:
                        continue
                    found.append(_Age(key, age, match.start("age"), match.end("age") + (len("-year-old") if bare or pattern is self.before_name else 0), bare))
        return sorted(found, key=lambda a: a.start)

    def _key(self, match: regex.Match[str]) -> str | None:
        name = " ".join(match["name"].split())
        if not match["title"] and " " not in name:
            return f"?{name}"  # a lone word: a person only if it ends a full name
        return name

    def _people(self, ages: list[_Age]) -> dict[str, str]:
        """Map each age's key to the person it names: full names and titled surnames are people;
        a lone surname joins the one full name it ends; a bare mention joins the one aged person."""
        full = {a.key for a in ages if a.key and not a.key.startswith("?")}
        by_surname: dict[str, set[str]] = {}
        for name in full:
            by_surname.setdefault(name.split()[-1], set()).add(name)
        people: dict[str, str] = {}
        for key in {a.key for a in ages if a.key}:
            surname = key.lstrip("?").split()[-1]
            owners = by_surname.get(surname, set())
            owners_full = {o for o in owners if " " in o}
            if len(owners_full) == 1:
                people[key] = next(iter(owners_full))
            elif not key.startswith("?") and not owners_full - {key}:
                people[key] = key
        named = set(people.values())
        if len(named) == 1 and any(a.bare for a in ages):
            people[""] = next(iter(named))
        return people

    def _birth_years(self, document: "Document", ages: list[_Age], keys: dict[str, str], article_year: int) -> Iterable[Finding]:
        stated: dict[str, _Age] = {}
        for item in ages:
            person = keys.get(item.key)
            if person is not None and not item.bare:
                stated.setdefault(person, item)
        if not stated:
            return
        for sentence in document.sentences:
            born = self.born.search(sentence.text)
            if not born or _PAST.search(sentence.text[: born.start()]):
                continue
            named = {p for p in stated if p in sentence.text or p.split()[-1] in sentence.text}
            if len(named) != 1:
                continue
            person = named.pop()
            item = stated[person]
            year = int(born["year"])
            possible = {article_year - year - 1, article_year - year}
            if item.age not in possible:
                yield Finding(item.start, item.end, {
                    "name": person, "age": item.age, "other": f"{min(possible)} or {max(possible)}",
                    "basis": f"a birth year of {year} (article dated {document.article_date.isoformat()})",
                })
