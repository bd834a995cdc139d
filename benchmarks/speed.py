"""Speed of factlint side by side with proselint, on the same corpus files in the same run.

    python benchmarks/speed.py [--articles 1000] [--repeat 5] [--jobs 1,2] [--out speed.md]

Measures, with the installed console scripts run as subprocesses (as a user runs them):

- cold start: the seed article (fixtures/china-russia-defense-bgnes.txt), the pre-commit case
  (``factlint FILE``, as the hook runs it; median wall and CPU time of ``--cold-repeat`` runs, the
  tools interleaved run by run);
- throughput: ``--articles`` corpus articles in one process (articles and KB per second);
- scaling: factlint with ``--jobs N`` for each N given (proselint has no such option);
- peak memory: the largest resident set of the run (of any one process, from ``wait4``);
- concatenated against apart: the throughput articles as one joined file against the same
  articles as separate files (CPU time; within 10% when nothing grows with the document);
- time against input size: one file made of 1, 2, 4 and 8 blocks of articles, repeated and
  distinct; CPU time per added KB should stay flat when the tool is linear.

factlint's caches (compiled patterns, parsed data, rule set) are kept in a folder of the run,
filled by one run first, as on a user's machine.

The machine is shared: the load average before each measurement is printed with it, and the
two tools alternate run by run so both see the same load. Needs proselint (``pip install
-e '.[bench]'``; a regular, non-editable install for published figures) and the corpus beside the project (../shared/corpus); not part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from corpus_findings import CORPUS


@dataclass(frozen=True)
class Run:
    """One subprocess run: wall and CPU seconds, peak resident memory in MB, exit code."""

    wall: float
    cpu: float
    peak_mb: float
    returncode: int


@dataclass(frozen=True)
class Measure:
    """The median of repeated runs of one command, with the load average seen before them."""

    tool: str
    case: str
    wall: float
    cpu: float
    peak_mb: float
    load: float
    runs: int


def tool_path(name: str) -> str | None:
    """The console script installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def command_for(tool: str, executable: str, files: Sequence[str], jobs: int | None = None) -> list[str]:
    """The command line of a run; factlint without ``jobs`` as the pre-commit hook runs it (the
    files only: exit 1 when there are findings, which ``alternate`` accepts)."""
    if tool == "proselint":
        return [executable, "check", *files]
    if jobs is None:
        return [executable, *files]
    return [executable, "--exit-zero", "--jobs", str(jobs), *files]


# Children run as a user's shell runs them: a PYTHONDONTWRITEBYTECODE set for this session would
# make every factlint start compile its modules again (proselint's are compiled when installed).
# factlint's caches live in a folder of this run (main() sets XDG_CACHE_HOME), filled by one run
# first, as a user's machine holds them for the one version installed: the shared cache folder
# of a machine where several checkouts run holds everyone's entries.
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
SEED_ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "china-russia-defense-bgnes.txt"


def run_once(command: list[str]) -> Run:
    """Run ``command`` with its output thrown away; time it and read its peak memory from wait4."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KB on Linux; it covers the child and the workers it waited for.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)


def sample_articles(corpus: Path, count: int, seed: int) -> list[Path]:
    """``count`` corpus articles drawn with a fixed seed, from every source, in a stable order."""
    files = sorted(p for folder in sorted(corpus.iterdir()) if folder.is_dir() for p in folder.glob("*.txt"))
    return sorted(random.Random(seed).sample(files, min(count, len(files))))


def build_distinct_inputs(articles: Sequence[Path], folder: Path, block_kb: int, factors: Sequence[int]) -> list[tuple[int, Path]]:
    """Files of about ``factor`` x ``block_kb`` KB of whole, different articles (none repeated)."""
    texts = [path.read_text(encoding="utf-8", errors="replace").strip() for path in articles]
    made = []
    for factor in factors:
        chosen: list[str] = []
        size = 0
        for text in texts:
            if size >= factor * block_kb * 1024:
                break
            chosen.append(text)
            size += len(text.encode("utf-8")) + 2
        path = folder / f"distinct-x{factor}.txt"
        path.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
        made.append((path.stat().st_size, path))
    return made


def build_sized_inputs(articles: Sequence[Path], folder: Path, block_kb: int, factors: Sequence[int]) -> list[tuple[int, Path]]:
    """Files of ``factor`` blocks of about ``block_kb`` KB each, made of whole articles."""
    block: list[str] = []
    size = 0
    for path in articles:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        block.append(text)
        size += len(text.encode("utf-8"))
        if size >= block_kb * 1024:
            break
    one = "\n\n".join(block) + "\n\n"
    made = []
    for factor in factors:
        path = folder / f"input-x{factor}.txt"
        path.write_text(one * factor, encoding="utf-8")
        made.append((path.stat().st_size, path))
    return made


def alternate(cases: list[tuple[str, str, list[str]]], repeat: int) -> list[Measure]:
    """Measure several commands, interleaving them so a change in load hits all alike."""
    walls: dict[int, list[Run]] = {i: [] for i in range(len(cases))}
    loads: dict[int, list[float]] = {i: [] for i in range(len(cases))}
    for _ in range(repeat):
        for index, (_, _, command) in enumerate(cases):
            loads[index].append(os.getloadavg()[0])
            walls[index].append(run_once(command))
    measures = []
    for index, (tool, case, command) in enumerate(cases):
        runs = walls[index]
        if any(run.returncode not in (0, 1) for run in runs):
            raise SystemExit(f"{tool} failed (exit {runs[0].returncode}) on: {' '.join(command[:4])} ...")
        measures.append(
            Measure(
                tool,
                case,
                statistics.median(r.wall for r in runs),
                statistics.median(r.cpu for r in runs),
                max(r.peak_mb for r in runs),
                statistics.mean(loads[index]),
                repeat,
            )
        )
    return measures


def version_of(executable: str, args: list[str]) -> str:
    try:
        output = subprocess.run([executable, *args], capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return output.splitlines()[-1] if output else "?"


def editable_install() -> bool:
    """True when factlint is installed in development mode (``pip install -e``): its start-up then
    includes the editable finder, about 15 ms that a user's installation does not have."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        direct_url = distribution("factlint").read_text("direct_url.json") or "{}"
    except PackageNotFoundError:
        return False
    return bool(json.loads(direct_url).get("dir_info", {}).get("editable"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=1000, help="articles for throughput and memory")
    parser.add_argument("--repeat", type=int, default=5, help="runs per size measurement")
    parser.add_argument("--cold-repeat", type=int, default=21, help="runs per cold-start measurement")
    parser.add_argument("--cold-article", type=Path, default=SEED_ARTICLE, help="the article of the cold-start runs")
    parser.add_argument("--throughput-repeat", type=int, default=1, help="runs per throughput measurement")
    parser.add_argument("--jobs", default="1,2", help="factlint --jobs values to compare, comma-separated")
    parser.add_argument("--block-kb", type=int, default=200, help="size of one block in the size series")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--skip", default="", help="parts to skip: cold,throughput,size (comma-separated)")
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    parser.add_argument("--json", type=Path, help="write the raw measurements as JSON")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    factlint = tool_path("factlint")
    proselint = tool_path("proselint")
    if factlint is None:
        print("the factlint console script is not installed", file=sys.stderr)
        return 2
    tools = [("factlint", factlint)] + ([("proselint", proselint)] if proselint else [])
    skip = set(filter(None, args.skip.split(",")))
    jobs = [int(j) for j in args.jobs.split(",") if j]

    articles = sample_articles(args.corpus, args.articles, args.seed)
    paths = [str(p) for p in articles]
    for path in articles:  # warm the page cache so the first tool measured does not pay for the disk
        path.read_bytes()
    total_kb = sum(p.stat().st_size for p in articles) / 1024
    measured_at = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Measured {measured_at} on {os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}; {version_of(factlint, ['--version'])}"
        + (f", {version_of(proselint, ['version']).lower()}" if proselint else ", proselint not installed")
        + ". Load is the 1-minute load average when the runs started (the machine is shared).",
        "",
    ]
    if editable_install():
        lines[-1:-1] = [
            "Note: factlint is an editable install here; its cold start includes the editable finder "
            "(about 15 ms). Measure a regular install (`pip install '.[bench]'`) for published figures.",
        ]
    results: list[Measure] = []
    cache_home = tempfile.TemporaryDirectory(prefix="factlint-speed-cache-")
    CHILD_ENV["XDG_CACHE_HOME"] = cache_home.name

    if "cold" not in skip:
        # The pre-commit hook lints one file per commit: the seed article, every default rule on.
        one = args.cold_article
        cases = [(name, "cold start", command_for(name, exe, [str(one)])) for name, exe in tools]  # as pre-commit runs it
        # The first run after installing (or with FACTLINT_NO_CACHE=1) compiles every pattern.
        uncached = ("factlint", "cold start, pattern cache off", ["env", "FACTLINT_NO_CACHE=1", *cases[0][2]])
        run_once(cases[0][2])  # fills the caches, as any earlier run on this machine has
        cold = alternate([*cases, uncached], args.cold_repeat)
        results += cold
        lines += [
            f"**Cold start**, one article ({one.name}, {one.stat().st_size / 1024:.1f} KB), median of {args.cold_repeat} interleaved runs:",
            "",
            "| tool | wall | CPU | peak memory | load |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {m.tool}{' (pattern cache off: first run)' if 'cache off' in m.case else ''} | {1000 * m.wall:.0f} ms | "
            f"{1000 * m.cpu:.0f} ms | {m.peak_mb:.0f} MB | {m.load:.1f} |"
            for m in cold
        ]
        if len(tools) == 2:
            lines += ["", f"factlint takes {cold[0].wall / cold[1].wall:.2f}x proselint's wall time and {cold[0].cpu / cold[1].cpu:.2f}x its CPU time to lint one article from a cold start."]
        lines.append("")

    if "throughput" not in skip:
        run_once(command_for("factlint", factlint, [str(SEED_ARTICLE)], 1))  # the caches, when the cold start was skipped
        joined_folder = tempfile.TemporaryDirectory(prefix="factlint-speed-joined-")
        joined = Path(joined_folder.name) / "joined.txt"
        joined.write_text("\n\n".join(p.read_text(encoding="utf-8", errors="replace").strip() for p in articles) + "\n", encoding="utf-8")
        cases = [("factlint", f"--jobs {j}", command_for("factlint", factlint, paths, j)) for j in jobs]
        if proselint:
            cases.append(("proselint", "one process", command_for("proselint", proselint, paths)))
        cases.append(("factlint", "one joined file", command_for("factlint", factlint, [str(joined)], 1)))
        if proselint:
            cases.append(("proselint", "one joined file", command_for("proselint", proselint, [str(joined)])))
        runs = alternate(cases, args.throughput_repeat)
        results += runs
        base = next((m for m in runs if m.tool == "proselint" and m.case == "one process"), None)
        serial = runs[0]
        lines += [
            f"**Throughput**, {len(articles)} corpus articles ({total_kb / 1024:.1f} MB) in one command"
            + (f", median of {args.throughput_repeat} runs" if args.throughput_repeat > 1 else "")
            + ":",
            "",
            "| tool | run | wall | articles/s | KB/s | CPU | peak memory | speed vs proselint (wall) | (CPU) | wall vs --jobs 1 | load |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for m in runs:
            versus = f"{base.wall / m.wall:.1f}x" if base else "n/a"
            versus_cpu = f"{base.cpu / m.cpu:.1f}x" if base else "n/a"
            scaling = f"{serial.wall / m.wall:.2f}x faster" if m.tool == "factlint" and m.case.startswith("--jobs") else ""
            lines.append(
                f"| {m.tool} | {m.case} | {m.wall:.2f} s | {len(articles) / m.wall:.0f} | {total_kb / m.wall:.0f} | "
                f"{m.cpu:.2f} s | {m.peak_mb:.0f} MB | {versus} | {versus_cpu} | {scaling} | {m.load:.1f} |"
            )
        lines += ["", "CPU is user + system time of the command and its workers; on a shared machine it is steadier than wall time."]
        for name in ("factlint", "proselint"):
            apart = next((m for m in runs if m.tool == name and m.case in ("--jobs 1", "one process")), None)
            together = next((m for m in runs if m.tool == name and m.case == "one joined file"), None)
            if apart and together:
                lines.append(
                    f"{name}: the same {len(articles)} articles as one joined file cost {together.cpu / apart.cpu:.2f}x "
                    f"the CPU time of linting them apart ({together.cpu:.2f} s against {apart.cpu:.2f} s)."
                )
        lines.append("")
        joined_folder.cleanup()

    if "size" not in skip:
        with tempfile.TemporaryDirectory(prefix="factlint-speed-") as folder:
            for shape, build in (("repeated", build_sized_inputs), ("distinct", build_distinct_inputs)):
                sized = build(articles, Path(folder), args.block_kb, (1, 2, 4, 8))
                cases = [
                    (name, f"{shape} {size / 1024:.0f} KB", command_for(name, exe, [str(path)], 1 if name == "factlint" else None))
                    for size, path in sized
                    for name, exe in tools
                ]
                series = alternate(cases, args.repeat)
                results += series
                what = (
                    f"1 to 8 blocks of the same {args.block_kb} KB of articles"
                    if shape == "repeated"
                    else f"about 1 to 8 x {args.block_kb} KB of different articles (none repeated)"
                )
                lines += [
                    f"**Time against input size, {shape} text**: one file of {what}, median of {args.repeat} runs. "
                    "The marginal cost is the CPU time each KB adds over the smallest input; it stays flat when the tool is linear:",
                    "",
                    "| input | " + " | ".join(f"{name} CPU | {name} CPU ms per added KB" for name, _ in tools) + " |",
                    "|---|" + "---:|---:|" * len(tools),
                ]
                smallest = sized[0][0] / 1024
                for size, _ in sized:
                    label = f"{shape} {size / 1024:.0f} KB"
                    cells = []
                    for name, _ in tools:
                        m = next(x for x in series if x.tool == name and x.case == label)
                        first = next(x for x in series if x.tool == name and x.case == f"{shape} {smallest:.0f} KB")
                        added = size / 1024 - smallest
                        cells += [f"{m.cpu:.2f} s", f"{1000 * (m.cpu - first.cpu) / added:.2f}" if added else "–"]
                    lines.append(f"| {size / 1024:.0f} KB | " + " | ".join(cells) + " |")
                lines.append("")

    cache_home.cleanup()
    report = "\n".join(lines)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps([asdict(m) for m in results], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
