"""Shared helpers: the installed console script and the project's folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "china-russia-defense-bgnes.txt"


def factlint_executable() -> str:
    """The ``factlint`` console script installed beside this Python."""
    candidate = Path(sys.executable).parent / "factlint"
    found = str(candidate) if candidate.exists() else shutil.which("factlint")
    assert found, "the factlint console script is not installed"
    return found


@pytest.fixture
def run_factlint():
    """Run the installed console script as a user would; returns the CompletedProcess."""

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
