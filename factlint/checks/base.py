"""What every rule kind shares: the rule's definition, its options, and the finding it yields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from factlint import patterncache
from factlint.diagnostic import Severity

if TYPE_CHECKING:
    from factlint.document import Document
    from factlint.knowledge import Knowledge


# A full stop that ends the description's first sentence (not an ellipsis, not inside quotes).
_SENTENCE_END = patterncache.compile(r'(?<![.\s])\.(?=\s+[\p{Lu}(])')


class RuleSpecError(ValueError):
    """A kind-specific field is wrong; ``key`` names it so the loader can point at its line."""

    def __init__(self, key: str | None, message: str) -> None:
        super().__init__(message)
        self.key = key


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


class Check:
    """Base of every rule kind: ``compile`` the spec once, then ``run`` over many documents.

    Subclasses set ``kind``, declare their own ``options`` and the ``placeholders`` their findings
    fill (``match`` and ``suggestion`` always exist), and implement ``compile`` and ``run``.
    """

    kind: ClassVar[str]
    options: ClassVar[dict[str, Option]] = {}
    placeholders: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, definition: RuleDefinition, spec: Mapping[str, Any], knowledge: "Knowledge") -> None:
        self.definition = definition
        self.knowledge = knowledge
        self.compile({name: spec.get(name, option.default) for name, option in self.options.items()})

    def compile(self, spec: Mapping[str, Any]) -> None:
        """Validate and prepare the kind's own fields; raise RuleSpecError when one is wrong."""

    def allowed_placeholders(self) -> frozenset[str]:
        """Names the rule's message may use."""
        return self.placeholders | {"match", "suggestion"}

    def run(self, document: "Document") -> Iterable[Finding]:
        raise NotImplementedError
