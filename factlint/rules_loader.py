"""Loading rule packs: one rule per ``<pack>/<category>/<name>.yaml``, validated in two stages.

First the shared fields (present, of the right type, an allowed severity), then the kind's own
fields (unknown keys are rejected), then the kind compiles the rule. Every problem is a
FactlintError of one line, ``path:line: what is wrong``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factlint.checks import KINDS, Check, RuleDefinition, RuleSpecError, check_class
from factlint.diagnostic import Severity
from factlint.errors import FactlintError
from factlint.knowledge import DATA_FOLDER, Knowledge
from factlint.templates import template_fields
from factlint.yamlfile import LineMap, load_yaml

RULE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*")
SHARED_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "kind": str,
    "severity": str,
    "message": str,
    "description": str,
    "examples": dict,
}


def default_pack() -> Path:
    """The folder of the rule packs shipped inside the installed package (``factlint.rules``), or
    the checkout's top-level ``rules/`` when factlint runs from a source tree that is not installed."""
    try:  # importing the (empty) package is cheaper than importlib.resources, and finds the same folder
        return Path(importlib.import_module("factlint.rules").__file__ or "").parent
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"


def rule_files(pack: Path) -> list[Path]:
    """The rule files of a pack, in a stable order (``data/`` holds knowledge, not rules)."""
    return sorted(
        path
        for path in pack.glob("*/*.yaml")
        if path.parent.name != DATA_FOLDER and not path.parent.name.startswith((".", "_"))
    )


def load_rules(packs: Sequence[Path]) -> list[Check]:
    """Compile every rule of ``packs``; rule ids must be unique across packs."""
    for pack in packs:
        if not pack.is_dir():
            raise FactlintError(f"{pack}: rule folder not found")
    knowledge = Knowledge(packs)
    rules: list[Check] = []
    seen: dict[str, Path] = {}
    for pack in packs:
        for path in rule_files(pack):
            rule = load_rule_file(path, knowledge)
            if rule.definition.id in seen:
                raise FactlintError(f"{path}:1: duplicate rule id {rule.definition.id!r}, already defined in {seen[rule.definition.id]}")
            seen[rule.definition.id] = path
            rules.append(rule)
    return rules


def load_rule_file(path: Path, knowledge: Knowledge) -> Check:
    """Validate and compile one rule file."""
    spec = load_yaml(path)
    if not isinstance(spec, LineMap):
        raise FactlintError(f"{path}:1: a rule file must be a mapping of fields, not {type(spec).__name__}")

    def fail(key: str | None, message: str) -> FactlintError:
        return FactlintError(f"{path}:{spec.line_of(key) if key else spec.line}: {message}")

    for name, expected in SHARED_FIELDS.items():
        if name not in spec:
            raise fail(None, f"missing required field {name!r}")
        if not isinstance(spec[name], expected):
            raise fail(name, f"{name!r} must be {_type_name(expected)}, not {type(spec[name]).__name__}")

    rule_id = spec["id"]
    if not RULE_ID.fullmatch(rule_id):
        raise fail("id", f"rule id {rule_id!r} must read category/name in lower case, e.g. grammar/doubled-word")
    expected_id = f"{path.parent.name}/{path.stem}"
    if rule_id != expected_id:
        raise fail("id", f"rule id {rule_id!r} does not match its file; expected {expected_id!r}")
    try:
        severity = Severity.parse(spec["severity"])
    except ValueError as error:
        raise fail("severity", str(error)) from None
    if spec["kind"] not in KINDS:
        raise fail("kind", f"unknown kind {spec['kind']!r} (known kinds: {', '.join(sorted(KINDS))})")
    kind = check_class(spec["kind"])

    allowed = set(SHARED_FIELDS) | set(kind.options)
    for key in spec:
        if key not in allowed:
            raise fail(key, f"unknown field {key!r} for kind {spec['kind']!r} (allowed: {', '.join(sorted(allowed))})")
    for name, option in kind.options.items():
        if option.required and name not in spec:
            raise fail(None, f"missing required field {name!r} for kind {spec['kind']!r}")
        if name in spec and not isinstance(spec[name], option.type):
            raise fail(name, f"{name!r} must be {_type_name(option.type)}, not {type(spec[name]).__name__}")

    examples = _examples(spec, fail)
    definition = RuleDefinition(
        id=rule_id,
        kind=spec["kind"],
        severity=severity,
        message=spec["message"].strip(),
        description=spec["description"].strip(),
        examples=examples,
        path=path,
    )
    try:
        rule = kind(definition, spec, knowledge)
    except RuleSpecError as error:
        raise fail(error.key, str(error)) from None
    except ValueError as error:
        raise fail(None, str(error)) from None

    try:
        used = template_fields(definition.message)
    except ValueError as error:
        raise fail("message", str(error)) from None
    unknown = used - rule.allowed_placeholders()
    if unknown:
        raise fail(
            "message",
            f"unknown placeholder {{{sorted(unknown)[0]}}} in message (available: {', '.join(sorted(rule.allowed_placeholders()))})",
        )
    return rule


def _examples(spec: LineMap, fail: Any) -> dict[str, list[str]]:
    examples = spec["examples"]
    for key in examples:
        if key not in ("bad", "good"):
            raise fail("examples", f"unknown examples key {key!r} (expected bad and good)")
    result: dict[str, list[str]] = {}
    for key in ("bad", "good"):
        items = examples.get(key)
        if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
            raise fail("examples", f"examples.{key} must be a non-empty list of example texts")
        result[key] = items
    return result


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "text", bool: "true or false", list: "a list", dict: "a mapping", int: "a whole number", float: "a number"}
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(names.get(t, t.__name__) for t in types)


