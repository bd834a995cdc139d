"""Configuration: ``[tool.factlint]`` in pyproject.toml or a ``.factlint.toml``, found upward from
the linted file; command-line options override it.

    [tool.factlint]
    select = ["quantity", "trade"]
    ignore = ["style/inconsistent-form"]
    rules = ["house-rules"]            # extra rule packs, relative to this file
    default-rules = true
    fail-on = "warning"
    date = "2024-04-12"                # article date for date rules
    exclude = ["archive/", "SOURCES.md"]  # left out when walking folders (gitignore syntax)
    respect-gitignore = true           # and so are the files .gitignore names
    [tool.factlint.per-file-ignores]
    "archive/*.txt" = ["dates"]
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from collections.abc import Collection, Mapping

from factlint.diagnostic import Severity
from factlint.errors import FactlintError, shown_path
from factlint.selection import check_selectors, split_selectors

CONFIG_FILES = (".factlint.toml", "pyproject.toml")
KEYS = {"select", "ignore", "rules", "default-rules", "fail-on", "per-file-ignores", "date", "exclude", "respect-gitignore"}


@dataclass(frozen=True)
class Config:
    """Everything that decides which rules run and what fails the run."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rule_dirs: tuple[Path, ...] = ()
    default_rules: bool = True
    fail_on: Severity = Severity.WARNING
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    article_date: date | None = None
    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    report_unused_suppressions: bool = False
    exclude: tuple[str, ...] = ()  # gitignore-style patterns, relative to root, left out of folder walks
    respect_gitignore: bool = True

    def override(self, **changes: Any) -> "Config":
        """A copy with the given fields replaced; ``None`` values leave a field as it is."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """``ignore`` plus the per-file ignores whose glob matches ``path`` (relative to ``root``)."""
        if not self.per_file_ignores:
            return self.ignore
        try:
            relative = Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        extra = tuple(s for glob, selectors in self.per_file_ignores if fnmatch.fnmatch(relative, glob) for s in selectors)
        return self.ignore + extra


    def check_selectors(self, rule_ids: Collection[str], given: Mapping[str, str] | None = None) -> None:
        """Raise FactlintError when ``select``, ``ignore`` or a per-file ignore names no rule of
        ``rule_ids`` nor a category of them. The message says where the selector was written:
        ``given`` maps a field to its source when it did not come from ``source`` (``--select``)."""
        given = given or {}

        def where(name: str, key: str) -> str:
            if name in given:
                return given[name]
            return f"{shown_path(self.source)}: {key}" if self.source is not None else f"Config.{name}"

        check_selectors(self.select, rule_ids, where("select", "select"))
        check_selectors(self.ignore, rule_ids, where("ignore", "ignore"))
        for glob, selectors in self.per_file_ignores:
            check_selectors(selectors, rule_ids, f"{where('per_file_ignores', 'per-file-ignores')} {glob!r}")


def parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise FactlintError(f"{where}: date must be YYYY-MM-DD, not {value!r}") from None


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.factlint.toml`` or ``pyproject.toml`` with a ``[tool.factlint]`` table."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or "[tool.factlint" in _read(path)):
                return path
    return None


@cache
def config_for(start: Path) -> Config:
    """The configuration that applies to files in ``start`` (a folder or a file)."""
    path = find_config_file(start)
    return load_config_file(path) if path else Config()


def load_config_file(path: Path) -> Config:
    import tomllib  # only a run that has a configuration file pays for it

    try:
        data = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as error:
        raise FactlintError(f"{path}: invalid TOML: {error}") from None
    tool = data.get("tool", {}) if path.name == "pyproject.toml" else {"factlint": data}
    table = tool.get("factlint", {}) if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise FactlintError(f"{path}: [tool.factlint] must be a table of settings")
    unknown = set(table) - KEYS
    if unknown:
        raise FactlintError(f"{path}: unknown setting {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEYS))})")
    for key, (expected, wanted) in _SETTING_TYPES.items():
        value = table.get(key)
        if value is not None and not _has_type(value, expected):
            raise FactlintError(f"{path}: {key} must be {wanted}, not {value!r}")
    root = path.parent
    try:
        per_file = tuple(
            (str(glob), tuple(split_selectors(selectors)))
            for glob, selectors in dict(table.get("per-file-ignores", {})).items()
        )
        fail_on = Severity.parse(table.get("fail-on", "warning"))
    except (TypeError, ValueError) as error:
        raise FactlintError(f"{path}: {error}") from None
    default_rules = table.get("default-rules", True)
    if not isinstance(default_rules, bool):
        raise FactlintError(f"{path}: default-rules must be true or false")
    return Config(
        select=tuple(split_selectors(table.get("select"))),
        ignore=tuple(split_selectors(table.get("ignore"))),
        rule_dirs=tuple(root / str(folder) for folder in _as_list(table.get("rules"))),
        default_rules=default_rules,
        fail_on=fail_on,
        per_file_ignores=per_file,
        article_date=parse_date(table["date"], str(path)) if "date" in table else None,
        exclude=tuple(str(pattern) for pattern in _as_list(table.get("exclude"))),
        respect_gitignore=table.get("respect-gitignore", True),
        root=root,
        source=path,
    )


# setting -> (accepted types, what to tell the user); lists must hold text only.
_SETTING_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "select": ((str, list), "text or a list of texts"),
    "ignore": ((str, list), "text or a list of texts"),
    "rules": ((str, list), "a folder or a list of folders"),
    "default-rules": ((bool,), "true or false"),
    "fail-on": ((str,), "error, warning or info"),
    "per-file-ignores": ((dict,), "a table of glob = [rules]"),
    "date": ((str, date), "a date YYYY-MM-DD"),
    "exclude": ((str, list), "a pattern or a list of patterns (gitignore syntax)"),
    "respect-gitignore": ((bool,), "true or false"),
}


def _has_type(value: Any, expected: tuple[type, ...]) -> bool:
    if isinstance(value, list):
        return list in expected and all(isinstance(item, str) for item in value)
    if isinstance(value, dict):
        return dict in expected and all(
            isinstance(item, str) or (isinstance(item, list) and all(isinstance(i, str) for i in item))
            for item in value.values()
        )
    return isinstance(value, expected)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FactlintError(f"{path}: cannot read configuration: {error}") from None
