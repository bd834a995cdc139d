"""Whether a suggestion can be applied to the source without breaking its markup.

The engine asks this of every finding (``Diagnostic.fix`` is None when not); ``factlint.fixes``
applies the fixes. Kept apart so that the engine does not import the fixer, which lints through it.
"""

from __future__ import annotations

from factlint.prose.blanking import ZERO_WIDTH

# Characters that a replacement must not bring into marked-up text: they would be read as markup.
_MARKUP_CHARACTERS = {
    "markdown": frozenset("*_`[]<>\\&|#"),
    "html": frozenset("<>&"),
}


def markup_kind(path: str | None) -> str | None:
    """``markdown``, ``html`` or None (plain text) for a file name, as the prose extractors choose."""
    from factlint.formats import EXTRACTORS

    suffix = "." + path.rsplit(".", 1)[-1].lower() if path and "." in path else ""
    target = EXTRACTORS.get(suffix, "")
    return "markdown" if "markdown" in target else "html" if "html" in target else None


def can_apply(source: str, prose: str, start: int, end: int, replacement: str, kind: str | None = None) -> bool:
    """Whether replacing ``source[start:end]`` leaves the markup intact: the span is prose only
    (no emphasis mark, link, tag, entity, escape or code inside it), the replacement adds no
    markup character and no invisible U+200B, and it changes something."""
    if not 0 <= start <= end <= len(source) or len(prose) != len(source):
        return False
    written = source[start:end]
    if written == replacement or prose[start:end] != written or ZERO_WIDTH in written or ZERO_WIDTH in replacement:
        return False
    forbidden = _MARKUP_CHARACTERS.get(kind or "")
    return not (forbidden and any(char in forbidden for char in replacement))
