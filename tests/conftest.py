"""Shared helpers: the one lint helper, the command line run in-process and as the installed script, the project's folders."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factlint.checks import Check

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "china-russia-defense-bgnes.txt"


def lint(
    text: str,
    select: str = "",
    *,
    ignore: str = "",
    path: str = "article.txt",
    article_date: str | date | None = None,
    packs: Sequence[Path] = (),
    default_rules: bool = True,
    rules: Sequence[Check] | None = None,
    show: str | tuple[str, ...] | None = "{plain}",
) -> list[Any]:
    """The one way tests lint a text: the default rules (with ``packs``, or only ``rules``), only
    ``select``, without ``ignore`` (comma-separated ids or categories), ``path`` choosing the prose format. Each finding
    comes back as ``show`` formats it, from ``rule``, ``words`` (the text it marks), ``message``,
    ``suggestion``, ``line``, ``column`` and ``plain`` (the report line without the path); a tuple
    of those names gives a tuple of the values; ``show=None`` gives the Diagnostic itself."""
    from factlint.config import Config
    from factlint.engine import Linter, lint_text
    from factlint.knowledge import Knowledge

    when = date.fromisoformat(article_date) if isinstance(article_date, str) else article_date
    if rules is not None:
        linter = Linter(list(rules), Knowledge([]))
        diagnostics = linter.lint_document(linter.document(text, path, when))
    else:
        selected, ignored = (tuple(part for part in value.split(",") if part) for value in (select, ignore))
        config = Config(select=selected, ignore=ignored, article_date=when, rule_dirs=tuple(packs), default_rules=default_rules)
        diagnostics = lint_text(text, path=path, config=config)
    if show is None:
        return diagnostics
    found = [
        {
            "rule": d.rule, "words": text[d.offset : d.end_offset], "message": d.message, "suggestion": d.suggestion,
            "line": d.line, "column": d.column, "plain": d.plain(with_path=False),
        }
        for d in diagnostics
    ]
    if isinstance(show, tuple):
        return [tuple(fields[name] for name in show) for fields in found]
    return [show.format(**fields) for fields in found]


def rules_flagging(text: str, select: str) -> set[str]:
    """The rules among ``select`` that flag ``text``; a leading ``@YYYY-MM-DD `` is the article date."""
    when = None
    if text.startswith("@"):
        when, text = text[1:].split(" ", 1)
    return set(lint(text, select, article_date=when, show="{rule}"))


def cases_by_rule(bad: dict[str, list[str]]) -> list[Any]:
    """``(rule, text)`` parameters for a table of bad sentences keyed by the rule that must flag them,
    each with a readable id ("percent-change-3")."""
    import pytest

    return [pytest.param(rule, text, id=f"{rule.split('/')[1]}-{n}") for rule, texts in bad.items() for n, text in enumerate(texts, 1)]


def factlint_executable() -> str:
    """The ``factlint`` console script installed beside this Python."""
    candidate = Path(sys.executable).parent / "factlint"
    found = str(candidate) if candidate.exists() else shutil.which("factlint")
    assert found, "the factlint console script is not installed"
    return found


@pytest.fixture
def run_factlint():
    """Run the command line in this process, through ``main(argv)``, as a user would run it: the
    arguments, standard input (text or bytes) and working folder given; returns a CompletedProcess
    with the exit code and what was written to standard output and standard error."""
    from factlint.cli import main

    def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
        out, err = io.BytesIO(), io.BytesIO()
        streams = [io.TextIOWrapper(buffer, encoding="utf-8", write_through=True) for buffer in (out, err)]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
            patch.setattr(sys, "stdout", streams[0])
            patch.setattr(sys, "stderr", streams[1])
            if cwd is not None:
                patch.chdir(cwd)
            code = main(list(args))
            for stream in streams:
                stream.flush()
        return subprocess.CompletedProcess(["factlint", *args], code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))

    return run


@pytest.fixture
def run_installed():
    """Run the installed console script in a process of its own (smoke tests of the script itself:
    its start-up, its exit, terminal encodings); returns the CompletedProcess."""

    def run(
        *args: str, stdin: str | bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        completed = subprocess.run(
            [factlint_executable(), *args],
            input=data,
            capture_output=True,
            cwd=cwd,
            timeout=120,
            env={**os.environ, **env} if env else None,
        )
        return subprocess.CompletedProcess(
            completed.args,
            completed.returncode,
            completed.stdout.decode("utf-8", "replace"),
            completed.stderr.decode("utf-8", "replace"),
        )

    return run


# Hypothesis profiles: a quick run in every test session, a long fuzz before a release:
#     HYPOTHESIS_PROFILE=release pytest tests/test_properties.py
# (deadline=None: the first example pays for imports and rule loading, which is not a hang.)
try:
    from hypothesis import HealthCheck, settings
except ImportError:  # the test extra is not installed; the property tests will not be collected
    pass
else:
    settings.register_profile("fast", max_examples=60, deadline=None)
    settings.register_profile(
        "release", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
