"""Reading a regular expression's source text: where a group ends and what its top-level branches are.

Escapes (``\\|``, ``\\)``) and character classes (``[|)]``, and a ``]`` just after ``[`` or ``[^``,
which is a literal) never open, close or split anything.
"""

from __future__ import annotations


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
