"""Reading a regular expression's source text: where a group ends, what its top-level branches are,
and how many times a character must occur in any match (``least_count``).

Escapes (``\\|``, ``\\)``) and character classes (``[|)]``, and a ``]`` just after ``[`` or ``[^``,
which is a literal) never open, close or split anything.
"""

from __future__ import annotations

from typing import Any


def group_body(source: str, start: int) -> tuple[str | None, int]:
    """The body of the group opened just before ``start`` and the offset after its ``)``;
    ``(None, len(source))`` when it never closes."""
    depth, index = 1, start
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(source, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return source[start:index], index + 1
        index += 1
    return None, len(source)


def top_level_branches(body: str) -> list[str] | None:
    """``body`` cut at its top-level ``|`` (empty branches kept); None when its groups or classes
    do not balance."""
    branches, depth, start, index = [], 0, 0, 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(body, index)
            if index > len(body):
                return None
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(body[start:index])
            start = index + 1
        index += 1
    if depth != 0:
        return None
    return [*branches, body[start:]]


def _class_end(source: str, start: int) -> int:
    """The offset after the character class opened at ``start``; past the end when it never closes."""
    index = start + 1
    if source.startswith("^", index):
        index += 1
    if source.startswith("]", index):
        index += 1  # "[]" and "[^]": the bracket is a member
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "]":
            return index + 1
        index += 1
    return len(source) + 1


# ``regex`` syntax the standard parser reads otherwise is refused (no bound) where it could change
# what is required: set operations in classes (VERSION1) and fuzzy constraints ("{e<=1}"), which the
# standard parser reads as literal text. Syntax it cannot read at all fails to parse: no bound either.
_SET_OPERATIONS = ("--", "&&", "~~", "||")
_FUZZY = r"\{[^}]*[eids][^}]*\}"


def least_count(source: str, char: str) -> int:
    """A lower bound on how many times ``char`` occurs in any match of ``source`` (``regex``
    syntax): a text holding fewer cannot match. The sum over a sequence, the least over the
    branches of an alternation, the least repeat times the body; lookarounds, classes, references
    and anything else count 0. 0 when the standard parser cannot read the pattern. Flags are not
    read: ``char`` must be one no other character matches when case is ignored."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    if any(operation in source for operation in _SET_OPERATIONS):
        return 0
    readable = re.sub(r"(?<!\\)((?:\\\\)*)\\[pP]\{[^}]*\}", lambda found: found.group(1) + r"\w", source)
    readable = re.sub(r"(?<!\\)((?:\\\\)*)\(\?P<\w+>", lambda found: found.group(1) + "(?:", readable)  # names may repeat in regex
    if re.search(_FUZZY, readable):
        return 0
    try:
        parsed = _parser.parse(readable)
    except (re.error, RecursionError, OverflowError):
        return 0
    return _least(parsed, ord(char), _parser)


def _least(items: Any, code: int, parser: Any) -> int:
    total = 0
    for op, value in items:
        if op is parser.LITERAL:
            total += value == code
        elif op is parser.BRANCH:
            total += min(_least(branch, code, parser) for branch in value[1])
        elif op is parser.SUBPATTERN:
            total += _least(value[3], code, parser)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, getattr(parser, "POSSESSIVE_REPEAT", None)):
            total += value[0] * _least(value[2], code, parser)
        elif op is getattr(parser, "ATOMIC_GROUP", None):
            total += _least(value, code, parser)
    return total
