"""Knowledge shared by rules (gazetteers, rosters, unit surface forms) kept as YAML data in rule packs.

A pack's ``data/NAME.yaml`` files are merged across packs in load order, so a newsroom can extend the
default gazetteer or roster with ``--rules mypack/`` holding its own ``data/NAME.yaml``: lists are
concatenated, mappings are merged with later packs winning.
"""

from __future__ import annotations

from collections.abc import Sequence
import importlib
from functools import cache
from pathlib import Path
from typing import Any

from factlint.errors import FactlintError, shown_path
from factlint.yamlfile import load_yaml

DATA_FOLDER = "data"


def default_pack() -> Path:
    """The folder of the rule packs shipped inside the installed package (``factlint.rules``), or
    the checkout's top-level ``rules/`` when factlint runs from a source tree that is not installed."""
    try:  # importing the (empty) package is cheaper than importlib.resources, and finds the same folder
        return Path(importlib.import_module("factlint.rules").__file__ or "").parent
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"


class Knowledge:
    """The merged ``data/*.yaml`` of a sequence of rule packs, each file read once, on first use."""

    def __init__(self, packs: Sequence[Path]) -> None:
        self.packs = tuple(packs)
        self._cache: dict[str, Any] = {}
        self.requested: set[str] = set()  # the names rules and layers asked for (a pack's other data files are mistakes)

    @classmethod
    def default(cls) -> "Knowledge":
        return _default_knowledge(default_pack())

    def get(self, name: str) -> Any:
        """The merged content of every pack's ``data/<name>.yaml`` (``None`` when no pack has one)."""
        self.requested.add(name)
        if name not in self._cache:
            merged: Any = None
            for pack in self.packs:
                path = pack / DATA_FOLDER / f"{name}.yaml"
                if path.is_file():
                    merged = _merge(merged, load_yaml(path), path)
            self._cache[name] = merged
        return self._cache[name]

    def fingerprint(self, name: str) -> str | None:
        """A digest of every pack's ``data/<name>.yaml`` bytes, without parsing it: a key for data
        derived from the file (factlint.datacache); None when one cannot be read (get() reports it)."""
        from factlint import cachefile

        self.requested.add(name)
        parts = []
        for pack in self.packs:
            path = pack / DATA_FOLDER / f"{name}.yaml"
            try:
                parts.append(f"{path}\x00{cachefile.file_digest(path).hex()}")
            except FileNotFoundError:
                parts.append(f"{path}\x00-")
            except OSError:
                return None
        return "\x01".join(parts)


@cache
def _default_knowledge(pack: Path) -> Knowledge:
    return Knowledge([pack])


def _merge(base: Any, extra: Any, path: Path) -> Any:
    if base is None:
        return extra
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(merged.get(key), value, path) if key in merged else value
        return merged
    raise FactlintError(f"{shown_path(path)}:1: cannot merge {_kind(extra)} into {_kind(base)} from an earlier pack")


def _kind(value: Any) -> str:
    return "a mapping" if isinstance(value, dict) else "a list" if isinstance(value, list) else type(value).__name__
