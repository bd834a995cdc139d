"""A rule's documentation as ``factlint --explain`` prints it: description, examples, and its kind's fields."""

from __future__ import annotations

from typing import Any

from factlint.checks import Check


def explanation(rule: Check) -> str:
    """The rule's description, its bad and good examples, and the fields its kind accepts, with their docs."""
    d = rule.definition
    lines = [f"{d.id} [{d.severity}] (kind: {d.kind}{', fix: ' + d.fix if d.fix else ''})", "", d.description.strip(), ""]
    lines += ["Examples that are flagged:", *[f"  - {example.strip()}" for example in d.examples.get("bad", [])], ""]
    lines += ["Examples that are fine:", *[f"  - {example.strip()}" for example in d.examples.get("good", [])]]
    if rule.options:
        lines += ["", f"Fields of kind {d.kind!r} (besides id, kind, severity, message, description, examples, fix):"]
        for name, option in sorted(rule.options.items()):
            default = "required" if option.required else f"default: {_shown(option.default)}"
            lines.append(f"  {name} ({_type_name(option.type)}; {default}){': ' + option.doc if option.doc else ''}")
    return "\n".join(lines)


def _type_name(expected: type | tuple[type, ...]) -> str:
    types = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(t.__name__ for t in types)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
