"""``--dask`` and ``factlint.dask``: a real scheduler and workers on 127.0.0.1 give the serial run's report."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factlint import lint_paths, lint_text
from factlint.config import Config
from factlint.dask import DaskRunner, PackSnapshot, batch_size, lint_bag

from conftest import SEED
from test_engine import fragile_pack  # noqa: F401  (a fixture: a rule kind that crashes on "boom")

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
dask_bag = pytest.importorskip("dask.bag")

HOUSE_RULE = """\
id: house/first-lady
kind: substitution
severity: warning
message: 'house style is "{suggestion}", not "{match}"'
description: Titles are lower case unless they come before a name.
swap:
  First Lady: first lady
examples:
  bad: [The First Lady visited the school.]
  good: [The first lady visited the school.]
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# A test run killed before its teardown (SIGKILL, a timeout) leaves no cluster behind for long: the scheduler
# stops after this long with no task to run, and a worker after this long without its scheduler.
ORPHAN_TIMEOUT = "600"


class Cluster:
    """A scheduler and workers in their own processes, started in a folder of their own (not the tests')."""

    def __init__(self, folder: Path, workers: int) -> None:
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        folder.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
        common = {"cwd": folder, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        port = self.address.rsplit(":", 1)[1]
        self.scheduler = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard",
             "--idle-timeout", ORPHAN_TIMEOUT], **common
        )
        self.workers = [
            subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", self.address, "--nthreads", "1", "--no-dashboard",
                 "--no-nanny", "--name", f"w{n}", "--death-timeout", ORPHAN_TIMEOUT],
                **common,
            )
            for n in range(workers)
        ]
        self.wait_for_workers(workers)

    def client(self):  # noqa: ANN201 - distributed.Client
        return distributed.Client(self.address, timeout=30)

    def wait_for_workers(self, count: int, timeout: float = 60) -> None:
        with self.client() as client:
            client.wait_for_workers(count, timeout=timeout)

    def alive_workers(self) -> int:
        with self.client() as client:
            return len(client.scheduler_info()["workers"])

    def stop(self) -> None:
        for process in [*self.workers, self.scheduler]:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in [*self.workers, self.scheduler]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """Shared by the tests that leave it as they found it."""
    running = Cluster(tmp_path_factory.mktemp("cluster"), workers=2)
    yield running
    running.stop()


@pytest.fixture
def cluster_to_break(tmp_path: Path) -> Iterator[Cluster]:
    running = Cluster(tmp_path / "cluster", workers=2)
    yield running
    running.stop()


def write_archive(folder: Path, copies: int) -> Path:
    """Articles with findings of several categories: the seed, and shorter wire stories."""
    seed = SEED.read_text(encoding="utf-8")
    short = "Rates\n\nThe central bank said the the rate would rise next a week , officials said.\n"
    for n in range(copies):
        (folder / f"desk{n % 7}").mkdir(parents=True, exist_ok=True)
        (folder / f"desk{n % 7}" / f"seed-{n:03}.txt").write_text(seed, encoding="utf-8")
        (folder / f"desk{n % 7}" / f"wire-{n:03}.md").write_text(f"# Wire {n}\n\n{short}", encoding="utf-8")
    return folder


def test_dask_cli_prints_exactly_what_a_serial_run_prints(tmp_path: Path, cluster: Cluster, run_factlint) -> None:
    archive = write_archive(tmp_path / "archive", copies=60)  # 120 articles: well inside run_factlint's time-out on a loaded machine
    serial = run_factlint("--jobs", "1", "--statistics", str(archive))
    for extra in ([], ["--dask-send-text"]):
        on_cluster = run_factlint("--dask", cluster.address, *extra, "--statistics", str(archive))
        assert on_cluster.returncode == serial.returncode == 1
        assert serial.stdout.count("\n") > 120 * 2  # every article has findings: the comparison means something
        assert on_cluster.stdout == serial.stdout
        assert on_cluster.stderr == serial.stderr  # --statistics: always on standard error (since loud's change)
        assert serial.stderr.endswith("  total\n")


def test_select_and_json_output_are_the_same_on_the_cluster(tmp_path: Path, cluster: Cluster, run_factlint) -> None:
    archive = write_archive(tmp_path / "archive", copies=20)
    args = ["--select", "trade,grammar/doubled-word", "--format", "json", str(archive)]
    serial = run_factlint(*args)
    on_cluster = run_factlint("--dask", cluster.address, "--dask-send-text", *args)
    assert on_cluster.stdout == serial.stdout
    assert '"trade/reversed-direction"' in serial.stdout and '"grammar/translation-slip"' not in serial.stdout


def test_config_and_rule_packs_travel_to_workers_that_cannot_see_them(tmp_path: Path, cluster: Cluster) -> None:
    project = tmp_path / "project"
    pack = project / "house-rules" / "house" / "first-lady.yaml"
    pack.parent.mkdir(parents=True)
    pack.write_text(HOUSE_RULE, encoding="utf-8")
    (project / "pyproject.toml").write_text(
        '[tool.factlint]\nrules = ["house-rules"]\nignore = ["style"]\n[tool.factlint.per-file-ignores]\n"old/*" = ["grammar"]\n',
        encoding="utf-8",
    )
    for folder in ("new", "old"):
        (project / folder).mkdir()
        (project / folder / "story.txt").write_text("The First Lady said the the US and U.S. agreed.\n", encoding="utf-8")
    serial = lint_paths([str(project)], jobs=1)
    assert {d.rule for d in serial.diagnostics} == {"house/first-lady", "grammar/doubled-word"}
    on_cluster = lint_paths([str(project)], runner=DaskRunner(cluster.address, send_text=True))
    assert on_cluster.diagnostics == serial.diagnostics
    assert on_cluster.errors == serial.errors == []


def test_results_are_complete_and_identical_after_a_worker_is_killed(tmp_path: Path, cluster_to_break: Cluster) -> None:
    cluster = cluster_to_break
    archive = write_archive(tmp_path / "archive", copies=150)
    serial = lint_paths([str(archive)], jobs=1)
    seen_when_killed: list[int] = []

    def kill_a_worker(done: int, total: int) -> None:
        if done >= 20 and not seen_when_killed:
            seen_when_killed.append(done)
            cluster.workers[0].kill()  # SIGKILL: the worker's tasks in flight and its results are lost

    on_cluster = lint_paths([str(archive)], runner=DaskRunner(cluster.address, batch=5), progress=kill_a_worker)
    assert seen_when_killed and seen_when_killed[0] < on_cluster.files == serial.files == 300
    assert cluster.alive_workers() == 1
    assert on_cluster.diagnostics == serial.diagnostics
    assert on_cluster.errors == serial.errors == []


def test_a_crashing_rule_is_that_files_error_as_in_a_serial_run(tmp_path: Path, fragile_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Threads in this process: the crashing kind exists only here (it is registered by the fixture).
    monkeypatch.delenv("FACTLINT_DEBUG", raising=False)
    (tmp_path / "a.txt").write_text("boom, the the cat.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("ok, the the cat.\n", encoding="utf-8")
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    kwargs = {"extra_rule_dirs": [fragile_pack], "overrides": {"select": ("grammar", "house")}}
    serial = lint_paths(paths, jobs=1, **kwargs)
    with distributed.LocalCluster(processes=False, n_workers=1, dashboard_address=":0") as local:
        on_cluster = lint_paths(paths, runner=DaskRunner(local.scheduler_address), **kwargs)
    assert "internal error while linting (ZeroDivisionError" in serial.errors[0]
    assert on_cluster.errors == serial.errors
    assert on_cluster.diagnostics == serial.diagnostics


def test_a_worker_that_cannot_read_a_path_says_so(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The the cat.\n", encoding="utf-8")

    class VanishingRunner(DaskRunner):
        def __call__(self, work):  # the file is gone by the time the worker reads it, as on a worker without the disk
            story.unlink()
            return super().__call__(work)

    with distributed.LocalCluster(processes=False, n_workers=1, dashboard_address=":0") as local:
        result = lint_paths([str(story)], runner=VanishingRunner(local.scheduler_address))
    assert result.diagnostics == []
    assert len(result.errors) == 1 and "cannot read" in result.errors[0] and "--dask-send-text" in result.errors[0]


def test_lint_bag_gives_lint_texts_findings_with_the_pack_gone_from_disk(tmp_path: Path, cluster: Cluster) -> None:
    pack = tmp_path / "house-rules"
    (pack / "house").mkdir(parents=True)
    (pack / "house" / "first-lady.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    config = Config(rule_dirs=(pack,), select=("house", "grammar"))
    articles = [(f"story-{n}.txt", f"The First Lady met {n} pupils next a week.") for n in range(40)]
    expected = [d for name, text in articles for d in lint_text(text, path=name, config=config)]
    bag = lint_bag(dask_bag.from_sequence(articles, npartitions=4), config=config)
    shutil.rmtree(pack)  # the workers must use the pack's snapshot, not the client's folder
    with cluster.client() as client:
        found = client.compute(bag).result()
    assert sorted(found) == sorted(expected)
    assert {d.rule for d in found} == {"house/first-lady", "grammar/translation-slip"} and len(found) == 80


def test_cli_errors_for_dask_options_are_one_line(tmp_path: Path, run_factlint, run_installed) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The the cat.\n", encoding="utf-8")
    alone = run_factlint("--dask-send-text", str(story))
    assert alone.returncode == 2 and alone.stderr == "factlint: error: --dask-send-text needs --dask\n"
    both = run_factlint("--dask", "local", "--jobs", "2", str(story))
    assert both.returncode == 2 and "cannot be combined" in both.stderr
    unreachable = run_installed("--dask", f"tcp://127.0.0.1:{_free_port()}", str(story), env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert unreachable.returncode == 2
    assert unreachable.stderr.startswith("factlint: error: --dask tcp://127.0.0.1:") and "cannot reach the scheduler" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr


def test_pack_snapshot_rebuilds_the_pack_and_batches_stay_in_bounds(tmp_path: Path) -> None:
    pack = tmp_path / "house-rules"
    (pack / "house").mkdir(parents=True)
    (pack / "house" / "first-lady.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    (pack / ".git").mkdir()
    (pack / ".git" / "HEAD").write_text("ref\n", encoding="utf-8")
    snapshot = PackSnapshot.of(pack)
    assert [name for name, _ in snapshot.files] == ["house/first-lady.yaml"]
    rebuilt = snapshot.unpack()
    assert rebuilt != pack and (rebuilt / "house" / "first-lady.yaml").read_text(encoding="utf-8") == HOUSE_RULE
    assert snapshot.unpack() == rebuilt  # the same content is unpacked once, to the same place
    (pack / "house" / "first-lady.yaml").write_text(HOUSE_RULE.replace("warning", "error"), encoding="utf-8")
    assert PackSnapshot.of(pack).digest != snapshot.digest
    assert batch_size(10_000_000, 8) == 200 and batch_size(300, 2) == 38 and batch_size(3, 4) == 1


def test_dask_local_starts_and_stops_its_own_cluster(tmp_path: Path, run_factlint) -> None:
    archive = write_archive(tmp_path / "archive", copies=3)
    serial = run_factlint(str(archive))
    local = run_factlint("--dask", "local", str(archive))
    assert local.returncode == serial.returncode == 1
    assert local.stdout == serial.stdout and local.stdout.count("\n") > 6
    assert local.stderr == ""
