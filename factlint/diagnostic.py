"""The diagnostic record: plain data, formatted elsewhere (see ``factlint.report``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import IntEnum
from typing import Any

from factlint import patterncache

# A line break of any kind (what str.splitlines splits on), with the blanks around it (from the
# pattern cache: the standard ``re`` parsed it on every start).
_LINE_BREAKS = patterncache.compile(r"(?:[ \t]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]))+[ \t]*")


def one_line(text: str) -> str:
    """``text`` with every line break (and the blanks around it) turned into one space: a finding
    across a wrapped line (``the\nthe``) must not break a one-line format or a sidecar."""
    return _LINE_BREAKS.sub(" ", text) if _LINE_BREAKS.search(text) else text


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
        text = f"{self.line}:{self.column}: {self.rule} [{self.severity}] {one_line(self.message)}"
        return f"{one_line(self.path)}:{text}" if with_path else text
