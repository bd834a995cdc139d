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


# ``regex`` syntax the standard parser reads otherwise is refused (no reading) where it could change
# what is required: nested classes and set operations (VERSION1) and fuzzy constraints ("{e<=1}"),
# which the standard parser reads as literal text. Syntax it cannot read at all fails to parse.
_SET_OPERATIONS = ("--", "&&", "~~", "||")
_FUZZY = r"\{[^}]*[eids][^}]*\}"


def least_count(source: str, char: str, flags: int = 0) -> int:
    """A lower bound on how many times ``char`` occurs in any match of ``source`` (``regex``
    syntax): a text holding fewer cannot match. The sum over a sequence, the least over the
    branches of an alternation, the least repeat times the body; lookarounds, classes, references
    and anything else count 0. 0 when the standard parser cannot read the pattern. Flags are not
    read but VERBOSE: ``char`` must be one no other character matches when case is ignored."""
    parsed = _parse(source, flags)
    if parsed is None:
        return 0
    from re import _parser  # type: ignore[attr-defined]

    return _least(parsed, ord(char), _parser)


def required_literals(source: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Sets of case-folded ASCII literals such that every match of ``source`` (``regex`` syntax)
    contains one literal of each set, whatever the flags: a text whose ``casefold()`` lacks every
    literal of one set cannot match. A run of literal characters is one literal; an alternation
    gives one set (a set of each branch, joined) when every branch has one; a group, and a repeat
    of at least once, give their body's; lookarounds and anything else nothing. None read: ().
    Of ``flags`` only VERBOSE is read."""
    parsed = _parse(source, flags)
    if parsed is None:
        return ()
    from re import _parser  # type: ignore[attr-defined]

    return tuple(dict.fromkeys(_words(parsed, _parser)))


def _parse(source: str, flags: int) -> Any:
    """``source`` read by the standard parser, where it reads it as ``regex`` does; else None."""
    import re
    from re import _parser  # type: ignore[attr-defined]

    if any(operation in source for operation in _SET_OPERATIONS) or _nested_class(source):
        return None
    readable = re.sub(r"(?<!\\)((?:\\\\)*)\\[pP]\{[^}]*\}", lambda found: found.group(1) + r"\w", source)
    readable = re.sub(r"(?<!\\)((?:\\\\)*)\(\?P<\w+>", lambda found: found.group(1) + "(?:", readable)  # names may repeat in regex
    if re.search(_FUZZY, readable):
        return None
    try:
        return _parser.parse(readable, flags & re.VERBOSE)
    except (re.error, RecursionError, OverflowError):
        return None


def _nested_class(source: str) -> bool:
    """True when a character class holds a "[" (a nested set in VERSION1, a POSIX class...)."""
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            end = _class_end(source, index)
            body = source[index + 1 : end - 1]
            if "[" in body.replace("\\\\", "").replace("\\[", ""):
                return True
            index = end
            continue
        index += 1
    return False


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


def _words(items: Any, parser: Any) -> list[frozenset[str]]:
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        if op is parser.LITERAL and value < 128:
            run.append(chr(value))
            continue
        if run:
            found.append(frozenset({"".join(run).casefold()}))
            run = []
        if op is parser.BRANCH:
            options = [_words(branch, parser) for branch in value[1]]
            if all(options):  # the most telling set of each branch: the one whose shortest word is longest
                found.append(frozenset().union(*(max(sets, key=lambda words: min(map(len, words))) for sets in options)))
        elif op is parser.SUBPATTERN:
            found.extend(_words(value[3], parser))
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, getattr(parser, "POSSESSIVE_REPEAT", None)) and value[0] >= 1:
            found.extend(_words(value[2], parser))
        elif op is getattr(parser, "ATOMIC_GROUP", None):
            found.extend(_words(value, parser))
    return found
