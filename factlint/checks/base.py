"""What every rule kind shares: the rule's definition, its options, and the finding it yields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from factlint import patterncache
from factlint.diagnostic import Severity
from factlint.errors import RuleSpecError
from factlint.patterns import Origin, UserPattern, compile_user_pattern
from factlint.prefilters import Prefilter, compile_prefilter

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.knowledge import Knowledge


# A full stop that ends the description's first sentence (not an ellipsis, not inside quotes).
_SENTENCE_END = patterncache.compile(r'(?<![.\s])\.(?=\s+[\p{Lu}(])')


@dataclass(frozen=True)
class Option:
    """A field a kind accepts in its rule files."""

    type: type | tuple[type, ...]
    required: bool = False
    default: Any = None
    doc: str = ""


@dataclass(frozen=True)
class RuleDefinition:
    """The fields every rule has, whatever its kind."""

    id: str
    kind: str
    severity: Severity
    message: str
    description: str
    examples: Mapping[str, list[str]] = field(default_factory=dict)
    path: Path | None = None
    fix: str | None = None  # "safe", "unsafe", or None: its suggestions are not applied automatically (factlint.fixes)

    @property
    def category(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def summary(self) -> str:
        """The first sentence of the description, for ``--list-rules`` and SARIF."""
        text = " ".join(self.description.split())
        end = _SENTENCE_END.search(text)
        return text[: end.start() + 1] if end else text


class Finding(NamedTuple):
    """What a check reports: a span of the document and the values for the message placeholders."""

    start: int
    end: int
    fields: Mapping[str, Any] = {}
    suggestion: str | None = None
    evidence: tuple[tuple[int, int, str], ...] = ()  # (start, end, note) of the text the finding rests on
    fixable: bool = True  # False: the suggestion names the right form but is no replacement for the span


class Check:
    """Base of every rule kind: ``compile`` the spec once, then ``run`` over many documents.

    Subclasses set ``kind`` (and ``fix`` when their suggestions may be applied), declare their own ``options`` and the ``placeholders`` their findings
    fill (``match`` and ``suggestion`` always exist), and implement ``compile`` and ``run``.
    """

    kind: ClassVar[str]
    # The kind's default for the rule field ``fix`` ("safe" | "unsafe"); None: not auto-fixable.
    fix: ClassVar[str | None] = None
    options: ClassVar[dict[str, Option]] = {}
    placeholders: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, definition: RuleDefinition, spec: Mapping[str, Any], knowledge: "Knowledge") -> None:
        self.definition = definition
        self.knowledge = knowledge
        self._field_lines: Mapping[str, int] = getattr(spec, "key_lines", {})  # a LineMap from the rule file
        self.compile({name: spec.get(name, option.default) for name, option in self.options.items()})

    def compile(self, spec: Mapping[str, Any]) -> None:
        """Validate and prepare the kind's own fields; raise RuleSpecError when one is wrong."""

    def origin(self, field: str) -> Origin:
        """Where the rule's ``field`` was written: its file and line."""
        return Origin(field, self.definition.path, self._field_lines.get(field.split(".")[0].split("[")[0]))

    def user_pattern(
        self,
        field: str,
        source: str,
        *,
        ignorecase: bool = False,
        full_case_folding: bool = False,
        may_match_empty: bool = True,
    ) -> UserPattern:
        """Compile a pattern of the rule's ``field`` (see ``factlint.patterns``): every match of it
        runs under the time limit, and a syntax error points at the field's line."""
        return compile_user_pattern(
            source,
            self.origin(field),
            ignorecase=ignorecase,
            full_case_folding=full_case_folding,
            may_match_empty=may_match_empty,
        )

    def user_prefilter(self, field: str, source: str | None, *, ignorecase: bool = False) -> Prefilter | None:
        """Compile the rule's ``prefilter`` (Python ``re`` syntax), timed when its shape could backtrack."""
        return compile_prefilter(source, self.origin(field), ignorecase=ignorecase)

    def allowed_placeholders(self) -> frozenset[str]:
        """Names the rule's message may use."""
        return self.placeholders | {"match", "suggestion"}

    def run(self, document: "Document") -> Iterable[Finding]:
        raise NotImplementedError
