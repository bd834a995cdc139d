"""An organisation's head as copy names them: one grammar over ``data/officeholders-titles.yaml``.

An office mention is an organisation and a role noun attached to a person. The organisation is
written by name, abbreviation or description ("the World Health Organization", "IMF", "the euro
zone's central bank"), or as a common noun standing for one the article named earlier ("the
alliance", "the fund"). The role is a word of the office's own role ("managing director", "chair",
"chairwoman") or a word for the head of anything ("chief", "head", "boss"). They attach:

- before the name: "IMF chief X", "the Fed's chair, X", "the euro zone's central bank chief, X",
  "The Director-General of the World Health Organization, X", "the secretary general of the UN,
  Mr. X";
- after it: "X, the fund's managing director,", "X, the president of the European Central Bank",
  "X, who heads the alliance", "X, who is the WHO's director-general".

A role other than the office's ("the Fed's governor", "the bank's chief economist") and a word
between organisation and role that is not "current" or the like ("the fund's former managing
director", "the IMF's deputy managing director", "the IMF's new managing director") name no office. What comes before the mention
("former", "then-") is the office-date check's to judge.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from factlint import patterncache
from factlint.errors import FactlintError

if TYPE_CHECKING:
    from factlint.knowledge import Knowledge

DATA_FILE = "officeholders-titles"
HEAD_ROLE = "head"
_S = r"[ \t\u00a0\u200b]+"
_POSSESSIVE = r"['’]s"
# Between an organisation and its role only these words keep the office the person's now.
# ("the IMF's new managing director, X" may be one not yet in office: left alone).
_PLAIN_BETWEEN = frozenset({"current", "present", "sitting", "incumbent", "top"})
_HONORIFIC = rf"(?:(?:Mr|Mrs|Ms|Dr|Mme|M|Sr|Sra|Herr|Frau|Sir|Dame)\.?{_S})?"
# What may follow a title after the name: punctuation, or a lower-case word that is not "of"/"for"
# ("X, the fund's managing director said"); a head word ("chief") needs punctuation ("X, the
# bank's chief economist" is no head of the bank).
_ROLE_END = rf"(?=[ \t]*[,;.)\]—–:]|{_S}(?!of\b|for\b|on\b|in\b|at\b|and\b)(?-i:\p{{Ll}}))"
_STRICT_END = r"(?=[ \t]*[,;.)\]—–:])"
# After an organisation that ends a title: not a longer name ("the Commission on Human Rights").
_ORG_END = rf"(?![\p{{L}}\p{{N}}'’-])(?!{_S}(?:of|on|for|in)\b)(?!{_S}(?-i:\p{{Lu}}))"
_OWNER_END = r"(?![\p{L}\p{N}-])"


@dataclass(frozen=True)
class Organisation:
    office: str
    role: str
    names: tuple[str, ...]
    nouns: tuple[str, ...]
    heads: bool = True  # head words name it ("EU chief" is not the EU's foreign-policy chief)


class Attached(NamedTuple):
    """A title attached to a name: where it starts (before the name) or ends (after it), and the
    office id it names, or a minister's title and the words for the country ("foreign minister",
    "Russian")."""

    position: int
    office: str | None
    title: str | None
    country: str | None


_ORGANISATION_FIELDS = frozenset({"office", "role", "names", "nouns", "heads"})


class TitleGrammar:
    """The organisations and role words of a rule-pack set, compiled to two anchored patterns."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        roles = data.get("roles") or {}
        if not isinstance(roles, Mapping):
            raise FactlintError(f"data/{DATA_FILE}.yaml: roles must map a role to its words")
        self.role_of: dict[str, str] = {}
        for role, words in roles.items():
            for word in [role, *(words or [])]:
                self.role_of.setdefault(_key(str(word)), _key(str(role)))
        self.organisations: list[Organisation] = []
        for entry in data.get("organisations") or []:
            if not isinstance(entry, Mapping) or not entry.get("office") or not entry.get("role"):
                raise FactlintError(f"data/{DATA_FILE}.yaml: every organisation needs an office and a role: {entry!r}")
            unknown = sorted(str(key) for key in entry if key not in _ORGANISATION_FIELDS)
            if unknown:  # a misspelt "names" would leave the organisation silently unread
                raise FactlintError(f"data/{DATA_FILE}.yaml: organisation {entry['office']!r}: unknown field {unknown[0]!r} (allowed: {', '.join(sorted(_ORGANISATION_FIELDS))})")
            if _key(str(entry["role"])) not in self.role_of.values():
                raise FactlintError(f"data/{DATA_FILE}.yaml: organisation {entry['office']!r}: role {entry['role']!r} is not one of roles")
            names = tuple(str(n) for n in entry.get("names") or [])
            nouns = tuple(_key(str(n)) for n in entry.get("nouns") or [])
            self.organisations.append(Organisation(str(entry["office"]), _key(str(entry["role"])), names, nouns, bool(entry.get("heads", True))))
        ministries = data.get("ministries") or {}
        if not isinstance(ministries, Mapping):
            raise FactlintError(f"data/{DATA_FILE}.yaml: ministries must map a minister's title to the ministry's names")
        self.ministry_title = {_key(str(n)): _key(str(title)) for title, names in ministries.items() for n in names or []}
        self.by_name: dict[str, list[Organisation]] = {}
        self.by_noun: dict[str, list[Organisation]] = {}
        for organisation in self.organisations:
            for name in organisation.names:
                self.by_name.setdefault(_key(name), []).append(organisation)
            for noun in organisation.nouns:
                self.by_noun.setdefault(noun, []).append(organisation)
        self._compile()
        self._named: tuple[str, list[int], list[str]] | None = None

    def _compile(self) -> None:
        names = sorted({n for o in self.organisations for n in o.names}, key=len, reverse=True)
        org = "|".join(_name_pattern(n) for n in names) or "(?!)"
        ministries = "|".join(_name_pattern(n.title()) for n in sorted(self.ministry_title, key=len, reverse=True)) or "(?!)"
        # A country's ministry: "the Russian Foreign Ministry", "Germany's Finance Ministry".
        country = rf"(?P<country>(?-i:\p{{Lu}})[\p{{L}}.]*(?:{_S}(?-i:\p{{Lu}})[\p{{L}}.]*){{0,2}}?)(?:{_POSSESSIVE})?"
        names_only = "|".join(_name_pattern(n) for n in names) or "(?!)"
        self.organisation_end = patterncache.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{names_only}|{country}{_S}(?:{ministries})){_S}$")
        org = rf"(?P<org>{org})|{country}{_S}(?P<ministry>{ministries})"
        nouns = "|".join(_words(n) for n in sorted(self.by_noun, key=len, reverse=True)) or "(?!)"
        role = "(?i:" + "|".join(_words(r) for r in sorted(self.role_of, key=len, reverse=True)) + ")"
        between = rf"(?P<between>(?:(?-i:\p{{Ll}})[\p{{L}}-]*{_S}){{0,2}}?)"
        the = rf"(?:[Tt]he{_S})"
        owner = rf"(?:(?:{org}){_OWNER_END}(?:{_POSSESSIVE})?|{the}(?P<noun>{nouns}){_POSSESSIVE})"
        of_org = rf"{_S}of{_S}{the}?(?:{org}|(?P<noun>{nouns}))"
        self.org_names = patterncache.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{names_only})(?![\p{{L}}\p{{N}}])")
        # What must end right before a name for ``before`` to match, searched backwards from the
        # name ("(?r)"): most names have no title there, and the forward search is the slow part.
        self.before_tail = patterncache.compile(rf"(?r)(?:{role}|{org}|{nouns})(?:{_POSSESSIVE})?,?{_S}{_HONORIFIC}$")
        self.before = patterncache.compile(
            rf"(?<![\p{{L}}\p{{N}}'’-])(?:{owner}{_S}{between}(?P<role>{role})|{between}(?P<role>{role}){of_org}{_OWNER_END}(?!['’]))"
            rf"(?P<comma>,)?{_S}{_HONORIFIC}$"
        )
        self.after = patterncache.compile(
            rf",{_S}(?:(?P<who>who{_S}(?:now{_S}|currently{_S})?(?:heads|leads|runs|chairs|directs){_S})"
            rf"(?:{the}?(?:{org}){_ORG_END}|{the}(?P<noun>{nouns})(?![\p{{L}}'’-]))(?=[ \t]*[,;.)—–]|{_S}(?-i:\p{{Ll}}))"
            rf"|(?:who{_S}is{_S}(?:now{_S}|currently{_S})?|now{_S}|currently{_S})?{the}?(?:{owner}{_S}{between}(?P<role>{role})|{between}(?P<role>{role}){of_org}{_ORG_END}))"
        )

    def before_name(self, text: str, start: int, floor: int) -> Iterable[Attached]:
        """The title right before the name at ``start``; its position is where the title starts."""
        if self.before_tail.search(text, max(0, start - 60), start) is None:
            return
        match = self.before.search(text, max(0, floor), start)
        if match is not None:
            attached = self._office(text, match)
            if attached is not None:
                yield attached._replace(position=match.start())

    def after_name(self, text: str, end: int) -> Iterable[Attached]:
        """The apposition or "who heads" clause after the name; its position is where it ends."""
        match = self.after.match(text, end, min(len(text), end + 120))
        if match is None:
            return
        if match["role"] is not None and match.end() == match.end("role"):
            tail = _STRICT_END if self.role_of[_key(match["role"])] == HEAD_ROLE else _ROLE_END
            if regex.match(tail, text[match.end() : match.end() + 40]) is None:
                return
        attached = self._office(text, match)
        if attached is not None:
            yield attached._replace(position=match.end())

    def ends_organisation(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` ends with an organisation's name ("the United Nations ",
        "the Russian Foreign Ministry ")."""
        return self.organisation_end.search(text, start, end) is not None

    def _office(self, text: str, match: regex.Match[str]) -> Attached | None:
        between = (match["between"] or "").split()
        if any(w.lower() not in _PLAIN_BETWEEN for w in between):
            return None  # "the fund's former managing director", "the IMF's deputy managing director"
        role = self.role_of.get(_key(match["role"])) if match["role"] is not None else HEAD_ROLE
        if match["ministry"] is not None:
            title = self.ministry_title.get(_key(match["ministry"]))
            return Attached(0, None, title, match["country"]) if title is not None and role == HEAD_ROLE else None
        if match["org"] is not None:
            candidates = self.by_name.get(_key(match["org"]), [])
        else:
            candidates = self._named_before(text, match.start(), _key(match["noun"]))
        offices = {o.office for o in candidates if (role == HEAD_ROLE and o.heads) or role == o.role}
        return Attached(0, next(iter(offices)), None, None) if len(offices) == 1 else None

    def _named_before(self, text: str, offset: int, noun: str) -> list[Organisation]:
        """The organisation the noun stands for: the last one named before ``offset`` that the
        noun can stand for ("the alliance" after "NATO"); none when the article named none."""
        if self._named is None or self._named[0] is not text:
            found = list(self.org_names.finditer(text))
            self._named = (text, [m.start() for m in found], [_key(m.group()) for m in found])
        _, positions, names = self._named
        for i in range(bisect_left(positions, offset) - 1, -1, -1):
            named = [o for o in self.by_name.get(names[i], []) if noun in o.nouns]
            if named:
                return named
        return []


def _key(words: str) -> str:
    """A name or role as the tables read it: lower case, hyphens and possessives' apostrophes alike."""
    return " ".join(words.lower().replace("’", "'").replace("-", " ").split())


def _words(phrase: str) -> str:
    """A lower-case phrase as a pattern: spaces or hyphens between its words."""
    return rf"(?:{_S}|-)".join(regex.escape(w) for w in phrase.split())


def _name_pattern(name: str) -> str:
    """An organisation's name as a pattern: one word as written ("Fed", never "fed"); in a longer
    name a word's first letter in either case ("euro zone's central bank", "World Health
    Organisation"), abbreviations as written."""
    words = name.split()
    if len(words) == 1:
        return regex.escape(name)
    parts = []
    for word in words:
        word = word.replace("’", "'")
        escaped = regex.escape(word).replace("'", "['’]")
        if word[:1].isalpha() and not word.isupper():
            escaped = f"[{word[0].upper()}{word[0].lower()}]" + regex.escape(word[1:]).replace("'", "['’]")
        parts.append(escaped)
    return _S.join(parts)


_GRAMMARS: "weakref.WeakKeyDictionary[Knowledge, TitleGrammar]" = weakref.WeakKeyDictionary()


def title_grammar(knowledge: "Knowledge") -> TitleGrammar:
    """The organisations' title grammar of a rule-pack set, compiled on first use."""
    if knowledge not in _GRAMMARS:
        data = knowledge.get(DATA_FILE) or {}
        if not isinstance(data, Mapping):
            raise FactlintError(f"data/{DATA_FILE}.yaml: expected a mapping with roles and organisations")
        _GRAMMARS[knowledge] = TitleGrammar(data)
    return _GRAMMARS[knowledge]
