"""``--fix`` and ``--diff`` on a lint result: fix each file (or diff the fixes) and say what was fixed."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

from factlint.diagnostic import Diagnostic
from factlint.engine import LintResult
from factlint.errors import FactlintError


@dataclass(frozen=True)
class FixOptions:
    fix: bool = False
    diff: bool = False  # wins over fix: never writes
    unsafe: bool = False

    @property
    def active(self) -> bool:
        return self.fix or self.diff


@dataclass
class FixOutcome:
    diff: str = ""
    stdin_text: str | None = None  # --fix -: the fixed text of standard input
    failed_before: bool = False  # whether the findings before fixing reach the threshold (--diff's exit code)
    summary: str = ""  # what was fixed and what remains, for standard error (not with --quiet)


def apply_fixes(result: LintResult, options: FixOptions) -> FixOutcome:
    """Fix every linted file (``--fix``) or diff the fixes (``--diff``); the remaining findings of a
    fixed file replace its findings in ``result``; the outcome holds the diff and a summary."""
    from factlint.fixes import FixError, fix_text, unified_diff, write_fixed

    outcome = FixOutcome(failed_before=result.failed())
    by_path: dict[str, list[Diagnostic]] = {}
    for d in result.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    fixed_rules: Counter[str] = Counter()
    files = 0
    diffs: list[str] = []
    for path, source in result.sources.items():
        found = by_path.get(path, [])
        try:
            fixed = fix_text(source, path=path, config=result.configs.get(path), unsafe=options.unsafe, diagnostics=found)
        except FactlintError:
            raise
        except Exception as error:  # a rule kind's bug met in the fixed text: that file stays as it was
            if os.environ.get("FACTLINT_DEBUG"):
                raise
            result.errors.append(f"{path}: internal error while fixing ({type(error).__name__}: {error}); not fixed")
            if path == result.stdin_path and not options.diff:
                outcome.stdin_text = source  # standard input's text goes on, unfixed
            continue
        if path == result.stdin_path and not options.diff:
            outcome.stdin_text = fixed.text
        if not fixed.changed:
            continue
        if options.diff:
            diffs.append(unified_diff(path, source, fixed.text))
        elif path != result.stdin_path:
            try:
                write_fixed(path, source, fixed.text)
            except FixError as error:
                result.errors.append(str(error))
                continue
        if not options.diff:
            by_path[path] = fixed.remaining
            result.sources[path] = fixed.text
        files += 1
        fixed_rules.update(edit.rule for edit in fixed.applied)
    if not options.diff:
        result.diagnostics = sorted(d for found in by_path.values() for d in found)
    outcome.diff = "".join(diffs)
    outcome.summary = fix_summary(fixed_rules, files, result.diagnostics if not options.diff else [], options)
    return outcome


def fix_summary(fixed_rules: Counter[str], files: int, remaining: list[Diagnostic], options: FixOptions) -> str:
    """``factlint: fixed 3 findings in 1 file (2 grammar/translation-slip, 1 ...); 4 remain, 2 of them fixable with --unsafe-fixes``."""
    count = sum(fixed_rules.values())
    verb = "would fix" if options.diff else "fixed"
    if count:
        rules = ", ".join(f"{n} {rule}" for rule, n in sorted(fixed_rules.items(), key=lambda item: (-item[1], item[0])))
        text = f"factlint: {verb} {plural(count, 'finding')} in {plural(files, 'file')} ({rules})"
    else:
        text = "factlint: nothing to fix" + (" with --unsafe-fixes" if options.unsafe else "")
    if not options.diff:
        text += f"; {plural(len(remaining), 'finding')} remain" if len(remaining) != 1 else "; 1 finding remains"
        unsafe = sum(1 for d in remaining if d.fix == "unsafe" and d.suggestion is not None)
        if unsafe and not options.unsafe:
            text += f", {unsafe} of them fixable with --unsafe-fixes"
    return text


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
