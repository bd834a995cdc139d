"""Loading rule packs: one rule per ``<pack>/<category>/<name>.yaml``, validated in two stages.

First the shared fields (present, of the right type, an allowed severity), then the kind's own
fields (unknown keys are rejected), then the kind compiles the rule. Every problem is a
FactlintError of one line, ``path:line: what is wrong``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factlint.checks import KINDS, Check, RuleDefinition, RuleSpecError, check_class
from factlint.diagnostic import Severity
from factlint.errors import FactlintError, shown_path
from factlint.knowledge import DATA_FOLDER, Knowledge, default_pack  # noqa: F401  (default_pack: re-exported)
from factlint.templates import template_fields
from factlint.yamlfile import LineMap, load_yaml

RULE_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*"  # compiled when rules are read, not at every start
SHARED_FIELDS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "kind": str,
    "severity": str,
    "message": str,
    "description": str,
    "examples": dict,
}
# Fields every rule may have. ``fix``: whether its suggestion may be applied by --fix ("safe") or
# only with --unsafe-fixes ("unsafe"), or never ("none"); absent, the kind's default (pattern and
# substitution: not auto-fixable; the kinds whose suggestion is one of two readings: unsafe).
OPTIONAL_SHARED_FIELDS: dict[str, type | tuple[type, ...]] = {"fix": str}
FIX_SAFETY = ("safe", "unsafe", "none")



def rule_files(pack: Path) -> list[Path]:
    """The rule files of a pack, in a stable order (``data/`` holds knowledge, not rules)."""
    return sorted(
        path
        for folder in yaml_files(pack, folders=True)
        if folder.name != DATA_FOLDER and not folder.name.startswith((".", "_"))
        for path in yaml_files(folder)
    )


def yaml_files(folder: Path, *, folders: bool = False) -> list[Path]:
    """``folder.glob("*.yaml")`` (or, with ``folders``, the folders ``folder.glob("*/")`` walks
    through), in the folder's order, read without the patterns ``glob`` compiles at each start."""
    try:
        with os.scandir(folder) as entries:
            found = list(entries)
    except (FileNotFoundError, NotADirectoryError, PermissionError):  # as glob: nothing there
        return []
    if not folders:
        return [folder / entry.name for entry in found if entry.name.endswith(".yaml")]
    kept = []
    for entry in found:
        try:
            if entry.is_dir():
                kept.append(folder / entry.name)
        except OSError:
            continue
    return kept


def check_layout(pack: Path) -> None:
    """Refuse any YAML file of ``pack`` that would not be read: every ``.yaml``/``.yml`` file is
    a rule (``<category>/<name>.yaml``) or a data file (``data/<name>.yaml``), or an error."""
    for root, folders, files in os.walk(pack):
        folders[:] = sorted(f for f in folders if not f.startswith((".", "_")) and f != "__pycache__")
        depth = len(Path(root).relative_to(pack).parts)
        for name in sorted(files):
            if not name.lower().endswith((".yaml", ".yml")):
                continue
            path = Path(root) / name
            where = f"{shown_path(path)}:1"
            if name.lower().endswith(".yml"):
                raise FactlintError(f"{where}: rule and data files end in .yaml; rename it to {path.stem}.yaml")
            if depth == 0:
                raise FactlintError(
                    f"{where}: a rule file belongs in a category folder, {pack.name}/<category>/{name} "
                    f"(its id is <category>/{path.stem}); data files go in {pack.name}/{DATA_FOLDER}/"
                )
            if depth > 1:
                raise FactlintError(
                    f"{where}: too deep to be read: rule files are <pack>/<category>/<name>.yaml and data files "
                    f"<pack>/{DATA_FOLDER}/<name>.yaml"
                )


def check_data_files(pack: Path, knowledge: Knowledge, default: Path) -> None:
    """Refuse a data file no rule or layer reads (``data/peoples.yaml``) and, in a file the
    default pack also has, a top-level key that is a near miss of one it has (``peeple:``)."""
    folder = pack / DATA_FOLDER
    if not folder.is_dir():
        return
    import difflib  # for the hints; only when a pack has data files
    known_names = {path.stem for path in (default / DATA_FOLDER).glob("*.yaml")} | knowledge.requested
    for path in sorted(folder.glob("*.yaml")):
        if path.stem not in known_names:
            hint = difflib.get_close_matches(path.stem, sorted(known_names), n=1)
            raise FactlintError(
                f"{shown_path(path)}:1: no rule or layer reads a data file named {path.name!r}"
                + (f"; did you mean {hint[0] + '.yaml'!r}?" if hint else "")
                + f" (known: {', '.join(sorted(known_names))})"
            )
        model = default / DATA_FOLDER / path.name
        if not model.is_file() or path.resolve() == model.resolve():
            continue
        data, expected = load_yaml(path), load_yaml(model)
        if not isinstance(data, LineMap) or not isinstance(expected, dict):
            continue
        known_keys = [str(k) for k in expected] + [str(k) for k in _same_form_keys(default, path.stem)]
        for key in data:
            # The default file holds every form its layer reads (officeholders: an office_table, or
            # offices and holders), so a key it does not have is one nothing reads.
            if str(key) not in known_keys:
                hint = difflib.get_close_matches(str(key), known_keys, n=1, cutoff=0.6)
                raise FactlintError(
                    f"{shown_path(path)}:{data.line_of(key)}: unknown key {key!r} in {path.name}"
                    + (f"; did you mean {hint[0]!r}?" if hint else "")
                    + f" (known: {', '.join(dict.fromkeys(known_keys))})"
                )


# Data files read in the form of another (a supplement is written like the file it adds to).
SAME_FORM = {"officeholders-supplement": "officeholders"}


def _same_form_keys(default: Path, stem: str) -> list[str]:
    model = default / DATA_FOLDER / f"{SAME_FORM[stem]}.yaml" if stem in SAME_FORM else None
    content = load_yaml(model) if model is not None and model.is_file() else None
    return [str(k) for k in content] if isinstance(content, dict) else []


def load_rules(packs: Sequence[Path], knowledge: Knowledge | None = None) -> list[Check]:
    """Compile every rule of ``packs``, reading shared data from ``knowledge`` (by default, the packs'
    own); rule ids must be unique across packs. A YAML file a pack holds that would not be read,
    and a data file or key nothing reads, are errors."""
    default = default_pack().resolve()
    for pack in packs:
        if not pack.is_dir():
            raise FactlintError(f"{shown_path(pack)}: rule folder not found")
        if pack.resolve() != default:
            check_layout(pack)
    knowledge = knowledge or Knowledge(packs)
    rules: list[Check] = []
    seen: dict[str, Path] = {}
    for pack in packs:
        for path in rule_files(pack):
            rule = load_rule_file(path, knowledge)
            if rule.definition.id in seen:
                raise FactlintError(f"{shown_path(path)}:1: duplicate rule id {rule.definition.id!r}, already defined in {shown_path(seen[rule.definition.id])}")
            seen[rule.definition.id] = path
            rules.append(rule)
    for pack in packs:
        if pack.resolve() != default:
            check_data_files(pack, knowledge, default)
    return rules


def load_rule_file(path: Path, knowledge: Knowledge) -> Check:
    """Validate and compile one rule file."""
    spec = load_yaml(path)
    if not isinstance(spec, LineMap):
        raise FactlintError(f"{shown_path(path)}:1: a rule file must be a mapping of fields, not {type(spec).__name__}")

    def fail(key: str | None, message: str) -> FactlintError:
        return FactlintError(f"{shown_path(path)}:{spec.line_of(key) if key else spec.line}: {message}")

    for name, expected in SHARED_FIELDS.items():
        if name not in spec:
            raise fail(None, f"missing required field {name!r}")
        if not isinstance(spec[name], expected):
            raise fail(name, f"{name!r} must be {_type_name(expected)}, not {type(spec[name]).__name__}")

    rule_id = spec["id"]
    if not re.fullmatch(RULE_ID, rule_id):
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

    allowed = set(SHARED_FIELDS) | set(OPTIONAL_SHARED_FIELDS) | set(kind.options)
    for key in spec:
        if key not in allowed:
            raise fail(key, f"unknown field {key!r} for kind {spec['kind']!r} (allowed: {', '.join(sorted(allowed))})")
    for name, option in kind.options.items():
        if option.required and name not in spec:
            raise fail(None, f"missing required field {name!r} for kind {spec['kind']!r}")
        if name in spec and not isinstance(spec[name], option.type):
            raise fail(name, f"{name!r} must be {_type_name(option.type)}, not {type(spec[name]).__name__}")

    examples = _examples(spec, fail)
    fix = _fix_safety(spec, kind, fail)
    definition = RuleDefinition(
        id=rule_id,
        kind=spec["kind"],
        severity=severity,
        message=spec["message"].strip(),
        description=spec["description"].strip(),
        examples=examples,
        path=path,
        fix=fix,
    )
    try:
        rule = kind(definition, spec, knowledge)
    except RuleSpecError as error:
        if error.where:  # the fault is where it was written (a field's line, or a pack's data file)
            raise FactlintError(f"{error.where}: {error}") from None
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


def _fix_safety(spec: LineMap, kind: type[Check], fail: Any) -> str | None:
    if "fix" not in spec:
        return kind.fix
    value = spec["fix"]
    if value not in FIX_SAFETY:
        raise fail("fix", f"'fix' must be safe, unsafe or none, not {value!r}")
    return None if value == "none" else value  # type: ignore[no-any-return]


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


