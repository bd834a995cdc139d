"""YAML front matter (``---`` ... ``---`` at the top of a file, as Jekyll, Hugo and most CMS exports
write it): never prose; its ``date`` is the article date."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

import regex

from factlint import patterncache

_FRONT_MATTER = patterncache.compile(r"\A\ufeff?---[ \t]*\r?\n(?<body>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.DOTALL | regex.MULTILINE)
_ISO_DATE = patterncache.compile(r"\d{4}-\d{2}-\d{2}")


class FrontMatter(NamedTuple):
    """``end`` is the offset just after the closing fence (0 when there is none)."""

    end: int
    meta: dict[str, Any]


def read_front_matter(source: str) -> FrontMatter:
    """The extent of the front matter and the metadata taken from it (``date`` as a ``datetime.date``,
    ``front_matter`` with every field). Front matter that is not valid YAML is still skipped."""
    match = _FRONT_MATTER.match(source)
    if match is None:
        return FrontMatter(0, {})
    import yaml  # only files that have front matter pay for it

    try:
        data = yaml.safe_load(match["body"])
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        return FrontMatter(match.end(), {})
    meta: dict[str, Any] = {"front_matter": data}
    when = as_date(data.get("date"))
    if when is not None:
        meta["date"] = when
    return FrontMatter(match.end(), meta)


def as_date(value: object) -> date | None:
    """A date from YAML's own date and timestamp types or an ISO string ("2024-04-12T09:30:00Z")."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            try:
                return date.fromisoformat(match[0])
            except ValueError:
                return None
    return None


def blank_front_matter(source: str, end: int) -> str:
    """``source`` with its front matter turned into spaces (line breaks kept), same length."""
    head = "".join(c if c in "\r\n" else " " for c in source[:end])
    return head + source[end:]
