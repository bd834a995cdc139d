"""YAML reading that remembers line numbers, so rule errors can say ``path:line: what is wrong``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

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


# libyaml's C parser when PyYAML was built with it (several times faster on big data files).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc, valid-type]
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


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; any problem becomes a one-line FactlintError naming the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactlintError(f"{shown_path(path)}:1: cannot read rule file: {error}") from None
    try:
        loader = _LineLoader(text)
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
