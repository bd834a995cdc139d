"""Prose extraction by file type: markup is blanked out so the checks read only the prose, while
every offset still points into the original file (the prose text keeps the source's length)."""

from __future__ import annotations

from typing import Any

from factlint import patterncache
from factlint.dotted import resolve
from factlint.suppression import DIRECTIVE

# suffix -> "module:function"; the function takes the source text and returns (prose, metadata).
EXTRACTORS: dict[str, str] = {
    ".md": "factlint.prose.markdown:extract",
    ".markdown": "factlint.prose.markdown:extract",
    ".html": "factlint.prose.html:extract",
    ".htm": "factlint.prose.html:extract",
}


def extract_prose(source: str, path: str) -> tuple[str, dict[str, Any]]:
    """The prose of ``source`` (same length, markup replaced by spaces) and metadata such as a date."""
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    target = EXTRACTORS.get(suffix)
    if target is None:
        return _without_directives(source), {}
    return resolve(target)(source)  # type: ignore[no-any-return]


def _without_directives(source: str) -> str:
    """Suppression comments (read from the source by factlint.suppression) are not prose: in plain
    text they are blanked like markup, so a finding reads the same with or without one before it."""
    if "factlint-" not in source:
        return source
    return DIRECTIVE.sub(lambda m: _NOT_LINE_BREAK.sub(" ", m.group()), source)


_NOT_LINE_BREAK = patterncache.compile(r"[^\r\n]")
