"""The diagnostic record: plain data, formatted elsewhere (see ``factlint.report``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """How much a finding matters; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Related:
    """A place elsewhere in the article that a finding rests on (trade and name evidence); 1-based
    lines and columns in characters like the diagnostic's, ``end_*`` exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    offset: int = 0
    end_offset: int = 0


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding. Lines and columns are 1-based and counted in characters; ``end_*`` is exclusive;
    ``offset``/``end_offset`` are the same span as character offsets into the decoded source text."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None
    offset: int = 0
    end_offset: int = 0
    fix: str | None = None  # "safe" or "unsafe" when the suggestion may be applied (factlint.fixes), else None
    related: tuple[Related, ...] = ()  # evidence lines; not in the JSON schema (the LSP and HTML reports use it)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON schema documented in the README."""
        data = asdict(self)
        data["severity"] = str(self.severity)
        del data["offset"], data["end_offset"], data["related"]
        return data

    def plain(self, *, with_path: bool = True) -> str:
        """``path:line:col: rule [severity] message``; the fixture sidecars use it without the path."""
        text = f"{self.line}:{self.column}: {self.rule} [{self.severity}] {self.message}"
        return f"{self.path}:{text}" if with_path else text
