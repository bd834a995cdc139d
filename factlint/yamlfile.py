"""YAML reading that remembers line numbers, so rule errors can say ``path:line: what is wrong``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from factlint.errors import FactlintError


class LineMap(dict):  # type: ignore[type-arg]
    """A mapping from YAML that knows its own line and the line of each key (1-based)."""

    line: int = 1
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


# libyaml's C parser when PyYAML was built with it (several times faster on big data files).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineMap:
        mapping = LineMap(yaml.constructor.SafeConstructor.construct_mapping(self, node, deep=True))
        mapping.line = node.start_mark.line + 1
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
        raise FactlintError(f"{path}:1: cannot read rule file: {error}") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        if error.context_mark and "end of stream" in problem:  # an unclosed quote or bracket: point at its start
            mark, problem = error.context_mark, f"{error.context}: {problem}"
        line = mark.line + 1 if mark else 1
        raise FactlintError(f"{path}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise FactlintError(f"{path}:1: invalid YAML: {error}") from None
