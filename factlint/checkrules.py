"""``factlint check-rules PACK...``: validate a rule pack and run its own examples.

For a newsroom writing its own rules: the pack is loaded as a run would load it (beside the
default packs unless ``--no-default-rules``), so every error a run would meet (bad YAML, unknown
fields, invalid patterns, files that would not be read, unknown data files and keys) is reported
here, as one line and exit 2. Then each rule of the pack runs on its examples: every ``bad``
example must be flagged by that rule and every ``good`` one must not; each one that misbehaves
is a line ``path:line: rule-id: ...`` and the exit code is 1. All well: a one-line summary, exit 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factlint.checks import Check
from factlint.engine import Linter
from factlint.errors import FactlintError, shown_path
from factlint.rules_loader import default_pack, rule_files
from factlint.yamlfile import LineMap, load_yaml

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"factlint: error: check-rules: {message} (see factlint check-rules --help)\n")
        raise SystemExit(EXIT_ERROR)


def main(argv: list[str]) -> int:
    parser = _Parser(prog="factlint check-rules", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("packs", nargs="+", type=Path, metavar="PACK", help="rule pack folders to check")
    parser.add_argument("--no-default-rules", action="store_true", help="load the packs without the built-in ones")
    try:
        options = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    try:
        return check_packs(options.packs, with_default=not options.no_default_rules)
    except FactlintError as error:
        sys.stderr.write(f"factlint: error: {error}\n")
        return EXIT_ERROR


def check_packs(packs: list[Path], *, with_default: bool = True) -> int:
    """Load ``packs`` and run the examples of their rules; prints problems, returns the exit code."""
    for pack in packs:
        if not pack.is_dir():
            raise FactlintError(f"{shown_path(pack)}: rule folder not found")
    linter = Linter.for_packs(([default_pack()] if with_default else []) + packs)
    ours = {path.resolve() for pack in packs for path in rule_files(pack)}
    rules = [rule for rule in linter.rules if rule.definition.path is not None and rule.definition.path.resolve() in ours]
    failures = [problem for rule in rules for problem in example_problems(linter, rule)]
    for problem in failures:
        sys.stdout.write(problem + "\n")
    examples = sum(len(rule.definition.examples["bad"]) + len(rule.definition.examples["good"]) for rule in rules)
    names = ", ".join(shown_path(pack) for pack in packs)
    if not rules:
        sys.stderr.write(f"factlint: warning: no rule in {names}\n")
    if failures:
        sys.stdout.write(f"{len(failures)} of {examples} examples misbehave in {len(rules)} rules of {names}\n")
        return EXIT_FAILED
    sys.stdout.write(f"{len(rules)} rules and {examples} examples of {names}: every example behaves\n")
    return EXIT_OK


def example_problems(linter: Linter, rule: Check) -> list[str]:
    """One line for each example of ``rule`` that the rule does not judge as the file says."""
    definition = rule.definition
    path = definition.path
    lines = _example_lines(path) if path is not None else {}
    problems = []
    for kind in ("bad", "good"):
        for number, example in enumerate(definition.examples[kind], 1):
            document = linter.document(example, "example.txt")
            found = linter.lint_document(document, [rule])
            where = f"{shown_path(path)}:{lines.get(kind, 1)}" if path is not None else definition.id
            if kind == "bad" and not found:
                problems.append(f"{where}: {definition.id}: bad example {number} is not flagged: {example.strip()!r}")
            elif kind == "good" and found:
                messages = "; ".join(d.message for d in found)
                problems.append(f"{where}: {definition.id}: good example {number} is flagged ({messages}): {example.strip()!r}")
    return problems


def _example_lines(path: Path) -> dict[str, int]:
    """The line of ``examples.bad`` and ``examples.good`` in the rule file."""
    spec = load_yaml(path)
    examples = spec.get("examples") if isinstance(spec, LineMap) else None
    if not isinstance(examples, LineMap):
        return {}
    return {key: examples.line_of(key) for key in ("bad", "good")}
