"""``kind: consistent-form`` — one thing written in two house styles in one article ("US" and "U.S.").

Fields: ``variants`` (the name of a knowledge file, ``rules/data/<variants>.yaml``, holding ``groups``
of forms, each a ``display`` text and a ``regex`` pattern, plus optional ``exceptions``),
``exempt_quotes`` (forms inside quotation marks neither count nor get flagged: quoted text is
the speaker's or the document's, not the house's) and ``skip_headlines`` (forms in a title-case
headline or in text written mostly in capitals, such as wire headlines, are left alone: many
newsrooms style headlines apart from the body).

The variants file may also list ``furniture``: patterns of page furniture scraped with the copy
(photo credits, rails of related headlines, video blurbs) where forms are ignored like quotes.

The form used most often is the article's style; every occurrence of another form of the same group
is reported with the majority form as suggestion. On a tie the form used first wins, since the first
use is where the writer set the article's style.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from factlint.checks.base import Check, Finding, Option, RuleSpecError
from factlint.layers.quotes import inside, merge_spans
from factlint.patterns import Origin, UserPattern, compile_user_pattern, scan
from factlint.yamlfile import LineMap

if TYPE_CHECKING:
    from factlint.document import Document

_CAPS_SHARE = 0.6


@dataclass(frozen=True)
class Form:
    display: str
    pattern: UserPattern


@dataclass(frozen=True)
class VariantGroup:
    name: str
    forms: tuple[Form, ...]
    exceptions: tuple[UserPattern, ...]


def compile_groups(data: Any, fallback: Origin) -> list[VariantGroup]:
    """Validate and compile the ``groups`` of a variants file; errors name the file and line."""
    if not isinstance(data, Mapping) or not isinstance(data.get("groups"), list):
        raise RuleSpecError("variants", "expected a mapping with a list of 'groups'", where=_where(data, fallback))
    groups = []
    for item in data["groups"]:
        if not isinstance(item, Mapping) or not isinstance(item.get("forms"), list) or len(item["forms"]) < 2:
            raise RuleSpecError("variants", "every group needs a name and two forms or more", where=_where(item, fallback))
        forms = []
        for form in item["forms"]:
            if not isinstance(form, Mapping) or not {"display", "pattern"} <= set(form):
                raise RuleSpecError("variants", f"every form needs 'display' and 'pattern': {form!r}", where=_where(form, fallback))
            forms.append(Form(str(form["display"]), compile_user_pattern(str(form["pattern"]), _origin(form, "pattern", fallback))))
        origin = _origin(item, "exceptions", fallback)
        exceptions = tuple(compile_user_pattern(str(p), origin) for p in item.get("exceptions", []))
        groups.append(VariantGroup(str(item.get("name", forms[0].display)), tuple(forms), exceptions))
    return groups


def _origin(mapping: Any, key: str, fallback: Origin) -> Origin:
    """Where ``key`` of a data-file mapping was written (the rule's field when unknown)."""
    if isinstance(mapping, LineMap) and mapping.path is not None:
        return Origin(key, mapping.path, mapping.line_of(key))
    return fallback


def _where(mapping: Any, fallback: Origin) -> str:
    origin = _origin(mapping, "", fallback)
    return f"{origin.path}:{mapping.line}" if origin is not fallback else fallback.where()


class ConsistentFormCheck(Check):
    kind = "consistent-form"
    fix = "unsafe"  # which form is right needs an editor: applied only with --unsafe-fixes
    options = {
        "variants": Option(str, required=True, doc="knowledge file (data/<name>.yaml) holding the variant groups"),
        "exempt_quotes": Option(bool, default=True, doc="ignore forms inside quotation marks"),
        "skip_headlines": Option(bool, default=True, doc="ignore forms in headlines and text written mostly in capitals"),
    }
    placeholders = frozenset({"preferred", "count", "group"})

    def compile(self, spec: Mapping[str, Any]) -> None:
        name = spec["variants"]
        data = self.knowledge.get(name)
        if data is None:
            raise RuleSpecError("variants", f"no knowledge file data/{name}.yaml in the rule packs")
        fallback = self.origin("variants")
        self.groups = compile_groups(data, fallback)
        furniture = _origin(data, "furniture", fallback)
        self.furniture = [compile_user_pattern(str(p), furniture) for p in data.get("furniture", [])]
        self.exempt_quotes = spec["exempt_quotes"]
        self.skip_headlines = spec["skip_headlines"]

    def run(self, document: "Document") -> Iterable[Finding]:
        exempt: list[tuple[int, int]] | None = None  # quotes and furniture, found only when needed
        for group in self.groups:
            raw = self._occurrences(document, group)
            if len({index for index, _ in raw}) < 2:
                continue  # one form or none: no mix, whatever is exempt
            if exempt is None:
                quotes = list(document.quotes) if self.exempt_quotes else []
                furniture = [(m.start(), m.end()) for pattern in self.furniture for m in scan(document, pattern)]
                exempt = merge_spans(quotes + furniture)
            yield from self._judge(group, self._kept(document, group, raw, exempt))

    @staticmethod
    def _occurrences(document: "Document", group: VariantGroup) -> list[tuple[int, regex.Match[str]]]:
        """Every occurrence of every form of ``group``, as (form index, match); the scan stops
        early (returning what it has) once two forms can no longer both be found."""
        raw: list[tuple[int, regex.Match[str]]] = []
        found = 0
        for index, form in enumerate(group.forms):
            if found + len(group.forms) - index < 2:
                break
            matches = list(scan(document, form.pattern))
            found += bool(matches)
            raw.extend((index, m) for m in matches)
        return raw

    def _kept(
        self,
        document: "Document",
        group: VariantGroup,
        raw: list[tuple[int, regex.Match[str]]],
        exempt: Sequence[tuple[int, int]],
    ) -> list[tuple[int, regex.Match[str]]]:
        """The occurrences that count: not in an exception, a quotation, furniture or a headline."""
        excluded = merge_spans([(m.start(), m.end()) for pattern in group.exceptions for m in scan(document, pattern)])
        headlines = document.headlines if self.skip_headlines else set()
        kept = []
        for index, match in raw:
            if inside(match.start(), excluded) or inside(match.start(), exempt):
                continue
            if self.skip_headlines and (
                _in_capitals(document, match.start()) or document.position(match.start())[0] in headlines
            ):
                continue
            kept.append((index, match))
        return kept

    @staticmethod
    def _judge(group: VariantGroup, found: list[tuple[int, regex.Match[str]]]) -> Iterable[Finding]:
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        first_match: dict[int, regex.Match[str]] = {}
        for index, match in found:
            counts[index] = counts.get(index, 0) + 1
            first[index] = min(first.get(index, match.start()), match.start())
            if first_match.get(index) is None or match.start() < first_match[index].start():
                first_match[index] = match
        if len(counts) < 2:
            return
        preferred = max(counts, key=lambda i: (counts[i], -first[i]))
        display = group.forms[preferred].display
        for index, match in sorted(found, key=lambda item: item[1].start()):
            if index == preferred:
                continue
            fields = {"preferred": display, "count": counts[preferred], "group": group.name}
            suggestion, fixable = _replacement(match, display)
            usual = first_match[preferred]
            evidence = ((usual.start(), usual.end(), f'"{usual.group()}" first here'),)
            yield Finding(match.start(), match.end(), fields, suggestion, evidence, fixable=fixable)


def _replacement(match: regex.Match[str], display: str) -> tuple[str, bool]:
    """What replaces the match, and whether that fixes it: "9%" becomes "9 percent" (a word after
    a numeral needs its space), but "9 percent" cannot become "9%" by replacing the word alone
    (the space before it would stay): that suggestion is shown, not applied."""
    text = match.group()
    before = match.string[match.start() - 1] if match.start() else ""
    lead = text[: len(text) - len(text.lstrip())]
    if display[:1].isalnum():
        return (lead or (" " if before.isalnum() else "")) + display, True
    return display, not (before.isspace() and text[:1].isalnum())


def _in_capitals(document: "Document", offset: int) -> bool:
    """True when the sentence (or, outside sentences, the line) holding ``offset`` is mostly capitals."""
    sentence = document.sentence_at(offset)
    text = sentence.text if sentence is not None else document.line_text(document.position(offset)[0])
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) >= _CAPS_SHARE
