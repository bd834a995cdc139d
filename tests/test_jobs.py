"""``--jobs N``: worker processes change how fast a run is, never what it reports."""

from __future__ import annotations

from pathlib import Path

from factlint.engine import PARALLEL_MIN_FILES, default_jobs, lint_paths

ARTICLES = {
    "politics/budget.txt": "Budget talks\n\nThe minister said the the deficit would narrow next year .\n",
    "politics/summit.txt": "Summit\n\nLeaders meet next a week in Rome. Who pays for it ?\n",
    "economy/rates.txt": "Rates\n\nThe central bank held rates at 4.5%, as expected.\n",
    "economy/trade.txt": "Trade\n\nExports rose in March , officials said.\n\nOfficials said the the figures were revised.\n",
    "sport/final.txt": "Final\n\nThe club won the final 2-1 on Sunday.\n",
    "world/aid.txt": "Aid\n\nIt is our view that the best move right now , to support Ukraine is aid.\n",
}


def write_articles(folder: Path, copies: int = 3) -> Path:
    for copy in range(copies):
        for name, text in ARTICLES.items():
            path = folder / f"set{copy}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return folder


def test_two_jobs_print_exactly_what_one_job_prints(tmp_path: Path, run_factlint) -> None:
    folder = write_articles(tmp_path / "articles")
    one = run_factlint("--jobs", "1", str(folder))
    two = run_factlint("--jobs", "2", str(folder))
    assert one.returncode == two.returncode == 1
    assert one.stdout.count("\n") >= 18  # findings in every copy, so the comparison means something
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr == ""


def test_json_output_is_the_same_with_jobs(tmp_path: Path, run_factlint) -> None:
    folder = write_articles(tmp_path / "articles", copies=2)
    one = run_factlint("--jobs", "1", "--format", "json", str(folder))
    two = run_factlint("-j", "2", "--format", "json", str(folder))
    assert two.stdout == one.stdout


def test_lint_paths_in_parallel_keeps_files_and_sources(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles")
    calls: list[tuple[int, int]] = []
    serial = lint_paths([str(folder)], jobs=1)
    parallel = lint_paths([str(folder)], jobs=2, progress=lambda done, total: calls.append((done, total)))
    assert parallel.diagnostics == serial.diagnostics
    assert parallel.files == serial.files == 18
    assert parallel.sources == serial.sources
    assert calls == [(done, 18) for done in range(1, 19)]


def test_missing_file_is_reported_and_the_rest_linted_in_parallel(tmp_path: Path, run_factlint) -> None:
    folder = write_articles(tmp_path / "articles", copies=1)
    completed = run_factlint("--jobs", "2", str(folder), str(tmp_path / "missing.txt"))
    assert completed.returncode == 2
    assert "missing.txt: no such file or folder" in completed.stderr
    assert "grammar/doubled-word" in completed.stdout


def test_jobs_must_be_positive(run_factlint, tmp_path: Path) -> None:
    completed = run_factlint("--jobs", "0", str(write_articles(tmp_path / "a", copies=1)))
    assert completed.returncode == 2


def test_default_jobs_is_one_for_a_single_file_and_every_core_for_many() -> None:
    import os

    assert default_jobs(1) == 1
    assert default_jobs(0) == 1
    assert default_jobs(PARALLEL_MIN_FILES - 1) == 1
    assert default_jobs(1000) == len(os.sched_getaffinity(0))
