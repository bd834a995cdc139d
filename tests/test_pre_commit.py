"""The pre-commit hook for real: ``pre-commit try-repo`` installs this repository's hook into a fresh
environment (pip, from a snapshot of the working tree) and runs it in a throwaway git repository of
articles. Slow (each run installs the hook environment: about 30 s, the two runs side by side): marked ``integration``;
deselect with ``-m "not integration"``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git")
IDENTITY = ("-c", "user.name=factlint tests", "-c", "user.email=tests@factlint.invalid", "-c", "commit.gpgsign=false")


def git(*args: str, cwd: Path) -> str:
    assert GIT
    return subprocess.run([GIT, *IDENTITY, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committed snapshot of the working tree (tracked and new files, uncommitted edits included),
    so try-repo sees exactly what is being tested, in a clean clone as in a developer's tree."""
    if GIT is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of factlint")
    snapshot = tmp_path_factory.mktemp("hook-repo")
    files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    git("init", "-q", cwd=snapshot)
    git("add", "-A", cwd=snapshot)
    git("commit", "-q", "-m", "snapshot", cwd=snapshot)
    return snapshot


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory, hook_repo: Path) -> Path:
    """A throwaway newsroom repository with one clean and one faulty article of each kind."""
    repo = tmp_path_factory.mktemp("newsroom")
    git("init", "-q", cwd=repo)
    (repo / "clean.txt").write_text("Officials said the talks would resume next week.\n", encoding="utf-8")
    (repo / "clean.md").write_text("# Talks\n\nThey resume `next a week` per [the memo](https://x.example/next-a-week).\n", encoding="utf-8")
    (repo / "faulty.md").write_text("---\ndate: 2024-04-12\n---\n# Talks\n\nThe talks resume next a week.\n", encoding="utf-8")
    (repo / "faulty.html").write_text('<p title="next week">The vote is due next a week.</p>\n', encoding="utf-8")
    (repo / "notes.py").write_text("TALKS = 'next a week'\n", encoding="utf-8")  # not an article: not linted
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "articles", cwd=repo)
    return repo


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second newsroom for the fixing hook (it changes files, so it must not share the other's)."""
    repo = tmp_path_factory.mktemp("desk")
    git("init", "-q", cwd=repo)
    (repo / "slips.txt").write_text("The the talks resume next a week , officials said.\r\n", encoding="utf-8")
    (repo / "story.md").write_text("# Talks\n\nThey meet *next a week* in [Rome](https://x.example/next-a-week).\n", encoding="utf-8")
    (repo / "clean.txt").write_text("Officials said the talks would resume next week.\n", encoding="utf-8")
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "articles", cwd=repo)
    return repo


FAULTY_RUN = ("clean.txt", "clean.md", "faulty.md", "faulty.html", "notes.py")
CLEAN_RUN = ("clean.txt", "clean.md", "notes.py")


@pytest.fixture(scope="module")
def runs(hook_repo: Path, newsroom: Path, desk: Path) -> dict[str, tuple[int, str]]:
    """Both try-repo runs, started together: each installs the hook into its own fresh store, and
    the installs mostly wait on the package index, so running them side by side halves the time."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PRE_COMMIT_COLOR"] = "never"
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo)]
    processes = {
        name: subprocess.Popen([*command, hook, "--verbose", "--files", *files], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for name, hook, cwd, files in (
            ("faulty", "factlint", newsroom, FAULTY_RUN),
            ("clean", "factlint", newsroom, CLEAN_RUN),
            ("fix", "factlint-fix", desk, ("slips.txt", "story.md", "clean.txt")),
        )
    }
    results = {}
    for name, process in processes.items():
        output, _ = process.communicate(timeout=600)
        results[name] = (process.returncode, output)
    return results


def test_hook_fails_on_articles_with_findings(runs: dict[str, tuple[int, str]]) -> None:
    returncode, output = runs["faulty"]
    assert returncode == 1, output
    assert "factlint" in output and "Failed" in output
    assert 'faulty.md:6:18: grammar/translation-slip [warning] "next a week"' in output
    assert 'faulty.html:1:38: grammar/translation-slip [warning] "next a week"' in output
    assert "clean.txt:" not in output and "clean.md:" not in output and "notes.py" not in output


def test_hook_passes_on_clean_articles(runs: dict[str, tuple[int, str]]) -> None:
    returncode, output = runs["clean"]
    assert returncode == 0, output
    assert "Passed" in output


def test_fix_hook_changes_the_files_and_fails(runs: dict[str, tuple[int, str]], desk: Path) -> None:
    returncode, output = runs["fix"]
    assert returncode == 1, output
    assert "files were modified by this hook" in output
    assert (desk / "slips.txt").read_bytes() == b"The talks resume next week, officials said.\r\n"
    assert (desk / "story.md").read_text(encoding="utf-8") == "# Talks\n\nThey meet *next week* in [Rome](https://x.example/next-a-week).\n"
    assert (desk / "clean.txt").read_text(encoding="utf-8") == "Officials said the talks would resume next week.\n"
    assert "fixed 4 findings in 2 files" in output
