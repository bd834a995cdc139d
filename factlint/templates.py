"""Message templates: ``{name}`` placeholders only, checked when a rule loads."""

from __future__ import annotations

import string

from factlint import patterncache

_IDENTIFIER = patterncache.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def template_fields(template: str) -> frozenset[str]:
    """The placeholder names in ``template``; ValueError for a malformed one or one with
    attribute, index or format parts (``{match.upper}``, ``{0}``)."""
    names = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:  # "expected '}' before end of string", "Single '}' encountered ..."
        raise ValueError(f"malformed placeholder in {template!r}: {error}") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not _IDENTIFIER.fullmatch(name) or spec or conversion:
            raise ValueError(f"placeholder {{{name}}} must be a plain name such as {{match}}")
        names.add(name)
    return frozenset(names)
