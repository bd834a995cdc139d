"""Throughput of ``--dask`` against ``--jobs`` on corpus articles, and what going through Dask costs per article.

    python benchmarks/dask_throughput.py [--articles 2000] [--repeat 2] [--out dask.md]

Lints the same articles (all default rules) with ``lint_paths`` four ways: one local process,
``--jobs 2``, and a Dask LocalCluster of 1 and of 2 single-threaded worker processes (started
before the clock runs, as a cluster is in an archive audit). Reports wall time, articles a second,
and the Dask overhead per article: (1-worker Dask time - 1-process time) / articles. Needs the
dask extra and ../shared/corpus; not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_findings import CORPUS, articles  # noqa: E402

from factlint.dask import DaskRunner  # noqa: E402
from factlint.engine import LintResult, lint_paths  # noqa: E402


def cpu_here() -> float:
    """CPU seconds of this process and of its finished children (the --jobs workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(run: Callable[[], LintResult], repeat: int, cpu: Callable[[], float] = cpu_here) -> tuple[float, float, LintResult]:
    """Median wall time and CPU time of ``repeat`` runs, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), cpu()
        result = run()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu() - start_cpu)
    assert result is not None
    return statistics.median(walls), statistics.median(cpus), result


def _process_cpu() -> float:
    return time.process_time()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    from distributed import Client as runner_client
    from distributed import LocalCluster

    sources = sorted(p.name for p in args.corpus.iterdir() if p.is_dir())
    paths = [str(p) for p in articles(args.corpus, sources, None)][: args.articles]
    rows: list[tuple[str, float, float, float]] = []
    baseline: LintResult | None = None
    serial_cpu = 0.0
    for label, jobs in (("one process (--jobs 1)", 1), ("--jobs 2", 2)):
        wall, cpu, result = timed(lambda: lint_paths(paths, jobs=jobs), args.repeat)
        baseline = baseline or result
        serial_cpu = serial_cpu or cpu
        rows.append((label, wall, cpu, len(paths) / wall))
    overhead = 0.0
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            runner = DaskRunner(cluster.scheduler_address, send_text=True)
            lint_paths(paths[:50], runner=runner)  # warm the workers: imports and rule compilation, once each
            with runner_client(cluster.scheduler_address) as client:
                # CPU of the client and of every worker: the scheduler's own bookkeeping is left out.
                def cluster_cpu() -> float:
                    return cpu_here() + sum(client.run(_process_cpu).values())

                wall, cpu, result = timed(lambda: lint_paths(paths, runner=runner), args.repeat, cluster_cpu)
        assert baseline is not None and result.diagnostics == baseline.diagnostics, "Dask gave other findings"
        rows.append((f"--dask, LocalCluster of {workers} worker{'s' if workers > 1 else ''}", wall, cpu, len(paths) / wall))
        if workers == 1:
            overhead = (cpu - serial_cpu) / len(paths) * 1000
    lines = [
        f"Dask throughput, {len(paths)} corpus articles, all default rules, median of {args.repeat} "
        f"(load {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores)",
        "",
        "| run | wall | CPU (client + workers) | articles/s (wall) |",
        "|---|---:|---:|---:|",
        *[f"| {label} | {wall:.2f} s | {cpu:.2f} s | {rate:.0f} |" for label, wall, cpu, rate in rows],
        "",
        f"Going through Dask (1 worker against 1 process) costs {overhead:+.2f} ms of CPU an article; "
        "findings identical in every run.",
    ]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
