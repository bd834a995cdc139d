"""YAML reading that remembers line numbers, so rule errors can say ``path:line: what is wrong``.

A file parsed once is kept, by a digest of its text, in factlint.datacache: later runs rebuild the
same values (mappings with their line numbers) without importing PyYAML.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from factlint import datacache, rulecache
from factlint.errors import FactlintError, shown_path


class LineMap(dict):  # type: ignore[type-arg]
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 1
    key_lines: dict[str, int]
    path: Path | None = None  # the file it was read from

    def where(self, key: str | None = None) -> str:
        """``path:line`` of ``key`` (or of the mapping itself)."""
        line = self.line_of(key) if key is not None else self.line
        return f"{shown_path(self.path)}:{line}" if self.path is not None else f"line {line}"

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@cache
def _line_loader() -> Any:
    """A safe YAML loader whose mappings are LineMaps (PyYAML is imported only to parse a file)."""
    import yaml

    # libyaml's C parser when PyYAML was built with it (several times faster on big data files).
    safe_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(safe_loader):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineMap:
            mapping = LineMap(yaml.constructor.SafeConstructor.construct_mapping(self, node, deep=True))
            mapping.line = node.start_mark.line + 1
            mapping.path = getattr(self, "source_path", None)
            mapping.key_lines = {}
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = key_node.value
                if key in seen:
                    raise yaml.MarkedYAMLError(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
                seen.add(key)
                mapping.key_lines[key] = key_node.start_mark.line + 1
            return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, LineLoader.construct_mapping)
    return LineLoader


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; any problem becomes a one-line FactlintError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactlintError(f"{shown_path(path)}:1: cannot read rule file: {error}") from None
    key = ("yaml", datacache.digest(text))
    rulecache.note_read(path, key[1])
    stored = datacache.get(key)
    if stored is not None:
        try:
            return _decode(stored, path)
        except (TypeError, ValueError, KeyError, IndexError):  # damaged: parse the file again
            pass
    value = _parse(path, text)
    try:
        encoded = _encode(value)
    except _Uncacheable:
        return value
    datacache.put(key, encoded)
    return value


def _parse(path: Path, text: str) -> Any:
    import yaml

    try:
        loader = _line_loader()(text)
        loader.source_path = path
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        if error.context_mark and "end of stream" in problem:  # an unclosed quote or bracket: point at its start
            mark, problem = error.context_mark, f"{error.context}: {problem}"
        line = mark.line + 1 if mark else 1
        raise FactlintError(f"{shown_path(path)}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise FactlintError(f"{shown_path(path)}:1: invalid YAML: {error}") from None


# Parsed values are stored as marshal's plain data: lists and scalars as they are, anything else as
# a tuple whose first item names it (YAML itself never yields a tuple).
_MAP, _TUPLE, _DATE, _DATETIME = "map", "tuple", "date", "datetime"


class _Uncacheable(Exception):
    """A parsed value marshal cannot hold (it is parsed again on every run)."""


def _encode(value: Any) -> Any:
    if isinstance(value, LineMap):
        return (_MAP, value.line, dict(value.key_lines), {key: _encode(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if isinstance(value, tuple):
        return (_TUPLE, [_encode(item) for item in value])
    if isinstance(value, datetime):
        return (_DATETIME, value.isoformat())
    if isinstance(value, date):
        return (_DATE, value.isoformat())
    if value is None or isinstance(value, (str, bool, int, float, bytes)):
        return value
    raise _Uncacheable(type(value).__name__)


def _decode(value: Any, path: Path) -> Any:
    """The parsed value back from its stored form; its mappings name ``path`` as their file (the
    snapshot is keyed by content, so the same text read from another file gets that file's path)."""
    kind = type(value)
    if kind is list:  # scalars are taken as they are, without a call each
        return [_decode(item, path) if type(item) in _CONTAINERS else item for item in value]
    if kind is tuple:
        tag = value[0]
        if tag == _MAP:
            mapping = LineMap(
                {key: _decode(item, path) if type(item) in _CONTAINERS else item for key, item in value[3].items()}
            )
            mapping.line = value[1]
            mapping.path = path
            mapping.key_lines = value[2]
            return mapping
        if tag == _TUPLE:
            return tuple(_decode(item, path) for item in value[1])
        if tag == _DATETIME:
            return datetime.fromisoformat(value[1])
        if tag == _DATE:
            return date.fromisoformat(value[1])
        raise ValueError(f"unknown tag {tag!r}")
    return value


_CONTAINERS = (list, tuple)
