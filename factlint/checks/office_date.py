"""``kind: office-date`` — a title of office the person did not hold on the article's date
("Chancellor Olaf Scholz" in a 2026 story, "Treasury Secretary Janet Yellen" after 20 January 2025,
"President Donald Trump" in 2019 ... before 2017, "Britain's Prime Minister X" when Y held it).

Reads the officeholders of the rule packs (``factlint.layers.offices``). A title is read right before
a name ("German Chancellor Olaf Scholz", "Secretary of State Antony Blinken", "Prime Minister of
Japan Fumio Kishida", "Chairman of the Government of the Russian Federation X"), in an apposition
after it ("Olaf Scholz, the German chancellor,"); an organisation's head also as the title grammar
of ``factlint.layers.offices_titles`` reads it ("the Fed's chair, X", "X, who heads the alliance",
"The Director-General of the World Health Organization, X"). A country before the title ("German",
"Britain's") narrows the offices it can name; a name written surname first ("Ishiba Shigeru") counts. The name is a person of the data (a lone surname counts when the
article names that person in full elsewhere). Reported when none of the person's terms in the
offices the title names covers the article's date; with a country named, also when the person never
held that country's office and someone else did on that date. The message names the person's terms
and who held the office on the date.

Left alone: articles with no date (``--date``, front matter or configuration); titles after
"former", "ex-", "then-", "late", "acting", "interim", "incoming", "deputy", "vice", "shadow" and
the like; "-elect" and "designate"; quotations; sentences that place the title in the past ("at the
time", "who was ... from 2017 to 2021", "served as"; not a marker inside the person's reported words,
"said that ...", nor one that introduces another office, "who was deputy secretary of state") or name
a year of the person's term; collegial
offices and offices whose data names several holders at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import regex

from factlint import patterncache
from factlint.checks.base import Check, Finding, Option
from factlint.layers.countries import find_mentions, gazetteer
from factlint.layers.names import NameMention, name_key_words
from factlint.layers.offices import Office, Officeholders, Term, officeholders
from factlint.layers.offices_titles import Attached, title_grammar
from factlint.layers.quotes import inside
from factlint.office_terms import country_code, distance, holders_text, holds_other_office, institution_possessive, misspelt_person, paragraph_at
from factlint.office_terms import person_in_data, reversed_person, roster_aliases, same_person, speaks_of_now, sentence_span_at, spans_text, successor_named, title_key

if TYPE_CHECKING:
    from factlint.document import Document

_SPACE = r"[ \t\u00a0\u200b]+"
_SPACE_OR_HYPHEN = r"(?:[ \t\u00a0\u200b]+|-)"
# A full stop ends a clause, not the points of an abbreviation ("former U.S. Housing Secretary").
_CLAUSE_END = patterncache.compile(r"[,;:!?()\[\]\"“”—–]|(?<!(?:^|[^\p{L}])\p{Lu})\.|\s-\s")
_WORD = patterncache.compile(r"[\p{L}][\p{L}'’.]*-?")
# Between a country and its title: a space, a possessive ("Britain's"), a hyphen.
_ADJACENT = patterncache.compile(r"(?:['’]s?)?[ \t\u00a0\u200b-]+")
# Words after which a lower-case title is a title ("met with chancellor Olaf Scholz", common in
# translated copy), not a common noun; so is one that opens its clause ("In Berlin, chancellor X said").
_LEAD_INS = frozenset({"the", "with", "by", "to", "from", "and", "said", "says", "told", "met", "between", "according"})
# Offices whose recorded holders start after this year may have had this person earlier.
HISTORY_FROM = 1990
# A verb that reports what the person said: what follows is their words, not the title's time.
_REPORTING = patterncache.compile(r"(?<![\p{L}])(?:said|says|told|tells|announced|added|argued|insisted|stressed|warned|noted|explained|declared|conceded|acknowledged)(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?P<that>that)(?![\p{L}])")
_YEAR = patterncache.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
# An institution's own title after the name: "X, the country's chancellor," "X, its president,".
_OWN = frozenset({"country's", "country’s", "nation's", "nation’s", "its"})
# The title key of an office the title grammar (factlint.layers.offices_titles) names by its id.
OFFICE_KEY = "@"


class OfficeDateCheck(Check):
    kind = "office-date"
    options = {
        "modifiers": Option(list, required=True, doc="words before a title that say it is not held now (former, then-)"),
        "past_markers": Option(list, default=[], doc="regexes that place a sentence in the past (at the time, served as)"),
        "roles": Option(list, default=[], doc="words after a possessive name that make it someone's aide then (adviser, nominee)"),
        "max_years": Option((int, float), default=5, doc="a term further than this from the date is history, not a slip"),
        "synonyms": Option(dict, default={}, doc="a title read as the titles it stands for (head of government: [prime minister, chancellor])"),
        "heads": Option(list, default=[], doc="last words of an organisation's title that also read inverted (ECB president: president of the ECB)"),
        "organisations": Option(list, default=["INTL", "EU"], doc="country codes of the offices whose titles read inverted"),
        "country_only": Option(list, default=[], doc="titles (synonyms) that name an office only with its country named (leader: Britain's leader X)"),
        "present_markers": Option(list, default=[], doc="regexes right after a name that speak of now (has said, says, will): a stale title there is a slip even when the article names the present holder"),
    }
    placeholders = frozenset({"detail"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        self.modifiers = frozenset(str(m).lower().rstrip("-") for m in spec["modifiers"])
        markers = [str(m) for m in spec["past_markers"]]
        self.past = self.user_pattern("past_markers", "|".join(f"(?:{m})" for m in markers), ignorecase=True) if markers else None
        self.roles = frozenset(str(r).lower() for r in spec["roles"])
        self.max_days = float(spec["max_years"]) * 365.25
        self.synonyms = {title_key(str(k)): [title_key(str(t)) for t in v or []] for k, v in dict(spec["synonyms"]).items()}
        self.heads = tuple(title_key(str(h)) for h in spec["heads"])
        self.organisations = frozenset(str(c) for c in spec["organisations"])
        self.country_only = frozenset(title_key(str(t)) for t in spec["country_only"])
        present = [str(m) for m in spec["present_markers"]]
        self.present = self.user_pattern("present_markers", "|".join(f"(?:{m})" for m in present), ignorecase=True) if present else None
        self._patterns: tuple[Officeholders, regex.Pattern[str], regex.Pattern[str]] | None = None
        self._by_title: dict[str, list[Office]] = {}
        self._office_next: regex.Pattern[str] | None = None

    def _titles_index(self, index: Officeholders) -> dict[str, list[Office]]:
        """Offices by title as read in copy: case, hyphens and spaces aside ("NATO Secretary-General"),
        an organisation's title also inverted ("president of the ECB"), synonyms ("head of government")."""
        by_title: dict[str, list[Office]] = {}

        def add(title: str, office: Office) -> None:
            offices = by_title.setdefault(title, [])
            if office not in offices:
                offices.append(office)

        for title, offices in index.by_title.items():
            key = title_key(title)
            for office in offices:
                add(key, office)
                if office.country not in self.organisations:
                    continue
                for head in self.heads:
                    if key.endswith(" " + head):
                        organisation = key[: -len(head) - 1]
                        add(f"{head} of the {organisation}", office)
                        add(f"{head} of {organisation}", office)
        for synonym, targets in self.synonyms.items():
            for target in targets:
                for office in by_title.get(target, ()):
                    add(synonym, office)
        for office in index.offices.values():  # an organisation's head as the title grammar reads it
            add(OFFICE_KEY + office.id, office)
        return by_title

    def _alternatives(self) -> str:
        titles = sorted((t for t in self._by_title if not t.startswith(OFFICE_KEY)), key=len, reverse=True)
        return "|".join(_SPACE_OR_HYPHEN.join(regex.escape(w) for w in t.split()) for t in titles) or "(?!)"

    def _index(self) -> tuple[Officeholders, regex.Pattern[str], regex.Pattern[str]]:
        if self._patterns is None:
            index = officeholders(self.knowledge)
            self._by_title = self._titles_index(index)
            alternatives = self._alternatives()
            # "president of France", "prime minister of the United Kingdom", "... of the Republic of Turkey".
            word = rf"(?-i:\p{{Lu}})[\p{{L}}.]*(?:['’]s(?={_SPACE}(?-i:\p{{Lu}})))?"  # "People's Republic", never "Iraq's"
            of = rf"(?:{_SPACE}of{_SPACE}(?:the{_SPACE})?(?P<of>{word}(?:{_SPACE}(?:(?:of|and){_SPACE}(?:the{_SPACE})?)?{word}){{0,5}}))?"
            before = patterncache.compile(rf"(?i)(?<![\p{{L}}\p{{N}}-])(?P<title>{alternatives}){of}(?P<comma>,)?{_SPACE}$")
            # The same searched backwards from the name ("(?r)"): a quick no for the many names with no title.
            self._before_tail = patterncache.compile(rf"(?r)(?i)(?<![\p{{L}}\p{{N}}-])(?:{alternatives}){of}(?P<comma>,)?{_SPACE}$")
            after = patterncache.compile(rf"(?i),{_SPACE}(?:who{_SPACE}is{_SPACE}(?:now{_SPACE}|currently{_SPACE})?)?(?:the{_SPACE})?(?P<country>[^,;.\s]+(?:{_SPACE}[^,;.\s]+)?{_SPACE})??(?P<title>{alternatives}){of}(?=[,;.)]|{_SPACE}(?!of\b|for\b)(?-i:\p{{Ll}}))")
            self._patterns = (index, before, after)
        return self._patterns

    def run(self, document: "Document") -> Iterable[Finding]:
        when = document.article_date
        if when is None:
            return
        index = self._index()[0]
        for mention, person, titles in self.titled_people(document):
            if mention.possessive and self._role_after(document, mention):
                continue  # "President Barack Obama's deputy national security adviser": his aide then
            for start, end, title, country in titles:
                finding = self._judge(document, index, person, mention, (start, end), title, country, when)
                if finding is not None:
                    yield finding
                    break

    def titled_people(self, document: "Document") -> Iterable[tuple[NameMention, tuple[str, ...], list[tuple[int, int, str, str | None]]]]:
        """Each mention of a person of the data given a title, outside quotations, with its titles."""
        mentions = document.names
        if not mentions:
            return
        index, before, after = self._index()
        aliases = self._aliases(index)
        mentions = [self._after_country(document, m, index, aliases) for m in mentions]
        people = {m: person_in_data(m, index, aliases) for m in mentions}
        by_surname: dict[str, set[tuple[str, ...]]] = {}
        others: set[str] = set()  # surnames of people the article names in full who are not in the data
        for mention, person in people.items():
            if person is not None and len(mention.words) > 1:
                by_surname.setdefault(person[-1], set()).add(person)
            elif len(mention.words) > 1:
                others.add(mention.words[-1].key)
        quotes = document.quotes
        for mention in mentions:
            person = people[mention]
            lone = len(mention.words) == 1
            if person is None and lone:
                candidates = by_surname.get(mention.words[0].key, set())
                person = next(iter(candidates)) if len(candidates) == 1 else None
            if person is None and len(mention.words) > 2 or mention.embedded or inside(mention.start, quotes):
                continue
            titles = list(self._titles(document, mention, before, after))
            if person is None and titles and lone and mention.words[0].key not in others and not by_surname.get(mention.words[0].key):
                person = self._holder_by_surname(index, mention.words[0].key, titles, document.article_date)
            elif person is None and titles and not lone:
                person = reversed_person(mention, index) or misspelt_person(mention, index)
            if person is not None and titles:
                yield mention, person, titles

    def _after_country(
        self, document: "Document", mention: NameMention, index: Officeholders, aliases: Mapping[tuple[str, ...], tuple[str, ...]]
    ) -> NameMention:
        """The person's name without the country or organisation the names layer ran into it
        ("Prime Minister of Japan Fumio Kishida", "the Secretary-General of the United Nations Kofi
        Annan", "the head of the Pentagon Lloyd Austin", "... Russian Foreign Ministry Sergei
        Lavrov"): the mention itself otherwise. A place is cut only after a title's "of"."""
        if len(mention.words) < 3 or person_in_data(mention, index, aliases) is not None:
            return mention
        after_of = regex.search(rf"(?i)(?<![\p{{L}}])of{_SPACE}(?:the{_SPACE})?$", document.text[max(0, mention.start - 10) : mention.start])
        places, grammar = gazetteer(document.knowledge), title_grammar(document.knowledge)
        for cut in range(1, min(3, len(mention.tokens) - 2) + 1):
            trimmed = replace(mention, tokens=mention.tokens[cut:])
            if person_in_data(trimmed, index, aliases) is None:
                continue
            if (after_of and places.lookup(" ".join(t.text for t in mention.tokens[:cut])) is not None) or grammar.ends_organisation(
                document.text, max(0, mention.start - 40), trimmed.start
            ):
                return trimmed
        return mention

    def _holder_by_surname(
        self, index: Officeholders, surname: str, titles: list[tuple[int, int, str, str | None]], when: date | None
    ) -> tuple[str, ...] | None:
        """The one person of the data with this surname who held an office the titles name
        ("President Prabowo" in 2019; None when several did: "President Bush"), and only when the
        title cannot be the courtesy a past holder keeps in US copy ("President Obama" in 2017): the
        office was not yet theirs on the date, or they held another one then."""
        found: set[tuple[str, ...]] = set()
        for _, _, title, country in titles:
            ids = {o.id for o in self._by_title.get(title, ()) if country is None or o.country == country}
            found.update(k for k in index.by_surname.get(surname, ()) if len(k) > 1 and any(t.office.id in ids for t in index.by_person[k]))
            if len(found) == 1 and when is not None:
                person = next(iter(found))
                own = [t for t in index.by_person[person] if t.office.id in ids]
                if not (all(t.start > when for t in own) or holds_other_office(index, person, ids, when)):
                    return None
        return next(iter(found)) if len(found) == 1 else None

    def _role_after(self, document: "Document", mention: NameMention) -> bool:
        following = _WORD.match(document.text, mention.end + 3, mention.end + 40) if document.text[mention.end + 2 : mention.end + 3] == " " else None
        return following is not None and following.group().lower().rstrip(".") in self.roles

    def _aliases(self, index: Officeholders) -> dict[tuple[str, ...], tuple[str, ...]]:
        if getattr(self, "_alias_map", None) is None:
            self._alias_map = roster_aliases(self.knowledge, index)
        return self._alias_map

    def _titles(
        self, document: "Document", mention: NameMention, before: regex.Pattern[str], after: regex.Pattern[str]
    ) -> Iterable[tuple[int, int, str, str | None]]:
        """(start, end, title, country code or None) of each title given to the mention, before it
        ("the German chancellor, Olaf Scholz,") or after it ("Olaf Scholz, the German chancellor,")."""
        text = document.text
        match = self._before_tail.search(text, max(0, mention.start - 90), mention.start) and before.search(text, max(0, mention.start - 90), mention.start)
        if match is not None:
            comma = match["comma"] is not None
            written = match["title"]
            # Before a name a title is capitalised ("President Donald Trump"); lower case it needs a
            # country or "the" before it ("German chancellor Olaf Scholz"), or it may be a common noun.
            country = self._qualifier(document, match.start(), capitalised=written[:1].isupper() and not comma)
            if match["of"]:
                named = country_code(gazetteer(document.knowledge), match["of"])
                country = False if named is None or country not in ("", named) else named
            if country is not False:
                yield match.start(), mention.end, title_key(written), country or None
        grammar = title_grammar(document.knowledge)
        for attached in grammar.before_name(text, mention.start, mention.start - 120):
            if self._qualifier(document, attached.position, capitalised=True) is not False:
                yield from self._attached(document, attached, attached.position, mention.end)
        for attached in grammar.after_name(text, mention.end):
            yield from self._attached(document, attached, mention.start, attached.position)
        tail = after.match(text, mention.end, min(len(text), mention.end + 70))
        if tail is not None:
            country = None
            if tail["country"]:
                form = tail["country"].strip()
                found = None if form.lower() in _OWN else gazetteer(document.knowledge).lookup(form)
                if found is None and form.lower() not in _OWN:
                    return  # "Theresa May, who is hosting the US president": not a plain apposition
                country = found[0].code if found is not None else None  # "Olaf Scholz, the country's chancellor,"
            if tail["of"]:
                named = country_code(gazetteer(document.knowledge), tail["of"])
                if named is None or country not in (None, named):
                    return  # "Jens Stoltenberg, chair of the Munich Security Conference": not a state's office
                country = named
            yield mention.start, tail.end(), title_key(tail["title"]), country

    def _attached(self, document: "Document", attached: Attached, start: int, end: int) -> Iterable[tuple[int, int, str, str | None]]:
        """The title key and country of an organisation's office or a country's minister the title grammar read."""
        if attached.office is not None:
            yield start, end, OFFICE_KEY + attached.office, None
        elif attached.title is not None and attached.country is not None:
            country = country_code(gazetteer(document.knowledge), attached.country)
            if country is not None:
                yield start, end, attached.title, country

    def _qualifier(self, document: "Document", title_start: int, *, capitalised: bool) -> str | None | bool:
        """The country code named before a title ("German", "Britain's"), "" for none, or False when
        a modifier ("former", "then-", "Deputy", "a") or a name ("Obama Defense Secretary") says the
        title is not the person's office now, or a lower-case title has neither "the" nor a country."""
        text = document.text
        window_start = max(0, title_start - 40)
        clause = window_start
        for end in _CLAUSE_END.finditer(text, window_start, title_start):
            clause = end.end()
        tokens = list(_WORD.finditer(text, clause, title_start))
        words = [w.group().lower().rstrip("-.") for w in tokens][-3:]
        if any(w in self.modifiers for w in words) or text[max(0, title_start - 1) : title_start] == "-":
            return False
        found = [m for m in find_mentions(text, gazetteer(document.knowledge), clause, title_start) if _ADJACENT.fullmatch(text, m.end, title_start)]
        if found:
            return found[-1].entity.code
        if tokens and words[-1] not in ("the", "its") and _ADJACENT.fullmatch(text, tokens[-1].end(), title_start) and tokens[-1].group()[:1].isupper():
            return False  # "Obama Defense Secretary Leon Panetta", "Labour Chancellor": someone's, not plain
        if not capitalised and tokens and words[-1] not in _LEAD_INS and not institution_possessive(tokens):
            return False
        return ""

    def _judge(
        self,
        document: "Document",
        index: Officeholders,
        person: tuple[str, ...],
        mention: NameMention,
        span: tuple[int, int],
        title: str,
        country: str | None,
        when: date,
    ) -> Finding | None:
        offices = [o for o in self._by_title.get(title, ()) if country is None or o.country == country]
        if not offices or len(person) < 2 or (country is None and title in self.country_only):
            return None  # a one-word name ("King George", "Pope Francis") is too ambiguous to date
        ids = {o.id for o in offices}
        terms = same_person([t for t in index.by_person[person] if t.office.id in ids], mention)
        if terms is None or any(not t.office.reliable for t in terms) or any(t.covers(when) for t in terms):
            return None
        if terms and min(distance(t, when) for t in terms) > self.max_days and any(t.start <= when for t in terms) and not holds_other_office(index, person, ids, when):
            # "his father, Prime Minister Pierre Trudeau": history, not a stale title; but an office
            # given before the person took it, or a past office of someone now in another
            # ("Janet Yellen, chair of the Federal Reserve" in 2024), is a slip however far.
            return None
        if self._placed_in_past(document, mention, terms, ids, span[1]):
            return None
        lone_surname = len(mention.words) == 1
        if terms:
            office = min(terms, key=lambda t: distance(t, when)).office
            own = [t for t in terms if t.office is office]
            name = own[0].name
            if all(t.start > when for t in own):
                detail = f"{name} became {office.name} only on {own[0].start.isoformat()}"
            else:
                detail = f"{name} was {office.name} {spans_text(own)}"
                if successor_named(document, index.holders_on(office, when)) and not speaks_of_now(self.present, document, span[1]):
                    return None  # the article names who holds it now: the old title is about the past
        elif country is not None and not lone_surname and len(offices) == 1 and offices[0].reliable and index.holders_on(offices[0], when):
            office = offices[0]
            since = min(t.start for t in index.by_office[office.id])
            if since.year > HISTORY_FROM:  # the data does not go back far enough to say "never"
                detail = f"{index.names[person]} is not among the holders of {office.name} in the data (from {since.year})"
            else:
                detail = f"{index.names[person]} never was {office.name}"
        else:
            return None
        holders = index.holders_on(office, when)
        if holders and office.reliable:
            detail += f"; on {when.isoformat()} it was {holders_text(holders)}"
        return Finding(span[0], span[1], {"detail": detail}, None)

    def _placed_in_past(self, document: "Document", mention: NameMention, terms: list[Term], ids: set[str], end: int) -> bool:
        """True when the sentence says it speaks of the past, or names a year of the person's term.
        What the person is reported to have said (after "told a news conference that": "the decision had
        been unanimous") does not date the title, nor does a past marker that introduces another
        office ("Antony Blinken, ... who was deputy secretary of state under Obama")."""
        start, sentence = sentence_span_at(document, mention.start)
        reported = _REPORTING.search(sentence, max(0, end - start))
        if reported is not None:
            sentence = sentence[: reported.start("that")]
        if self.past is not None:
            for marker in self.past.finditer(sentence):
                if not self._another_office(sentence, marker.end(), ids):
                    return True
        years = {int(y) for y in _YEAR.findall(paragraph_at(document, mention.start))}
        return any(t.start.year <= y <= (t.end or date.max).year for t in terms for y in years)

    def _another_office(self, text: str, offset: int, ids: set[str]) -> bool:
        """True when the words at ``offset`` (after "who was", "served as") name an office other
        than ``ids``: another title, or this one with a modifier ("deputy secretary of state")."""
        if self._office_next is None:
            alternatives = self._alternatives()
            self._office_next = patterncache.compile(
                rf"(?i){_SPACE}(?:(?:a|an|the|his|her|its|their){_SPACE})?(?P<pre>(?:[\p{{L}}'’.]+(?:{_SPACE}|-)){{0,3}}?)(?P<title>{alternatives})(?![\p{{L}}])"
            )
        found = self._office_next.match(text, offset, min(len(text), offset + 80))
        if found is None:
            return False
        pre = {w.lower().rstrip(".") for w in regex.split(r"[\s-]+", found["pre"]) if w}
        if pre & self.modifiers or any(w in pre for w in ("deputy", "vice", "assistant", "under")):
            return True
        return not any(o.id in ids for o in self._by_title.get(title_key(found["title"]), ()))
