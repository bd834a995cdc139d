"""Time and peak memory of ``factlint`` on large generated articles: is the engine linear?

    python benchmarks/large_input.py [--sizes 1,5,10,20] [--shape paragraphs|one-line|one-token|trade|corpus]
                                     [--categories grammar,style,dates,names,quantity,trade] [--apart 0]

Each size (in MB) is a synthetic article written to a temporary file and linted by the installed
console script in a child process; the script prints seconds, seconds per MB and the child's peak
resident memory. Time per MB should stay flat as the size grows (linear time) and memory should
stay a small multiple of the file size. Shapes:

- ``paragraphs``: wire-style paragraphs of real-looking sentences (with findings in them);
- ``one-line``: the same words as one 20 MB line with no line break (one huge paragraph);
- ``one-token``: one run of letters with no space at all (the worst case for sentence splitting);
- ``trade``: paragraphs of trade statements in many constructions (the seed's reversed share,
  one-party statements, role nouns, goods named again), every one in the trade ledger: with
  ``--select trade`` and ``--select quantity`` it compares the rules' time per MB;
- ``corpus``: distinct real articles of the shared corpus (../shared/corpus) one after another,
  none repeated, so what grows with the number of different names, numbers and relations shows.

``--categories`` runs the sizes once per rule category (``--select CATEGORY``), so a category that
is linear only because another one dominates the total cannot hide. ``--apart N`` compares N
distinct corpus articles linted as one concatenated file against the same articles as N files in
one process (``--jobs 1``); the two CPU times should agree within 10%.

Not part of the test suite (it takes tens of seconds); run it before a release.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "The ministry said on Tuesday that exports rose 4.5% to $12.3 billion in the first quarter.",
    "U.S. officials, speaking on condition of anonymity, said Mr. Smith met Gen. Jones on Feb. 26.",
    "Group of Seven foreign ministers meet next a week in Italy, the statement said.",
    '"We will not accept this," he said, adding that the the talks would resume.',
    "Prices were up 3.5 percent from a year earlier , the agency said... Analysts had expected less.",
    "No. 1 seed Jannik Sinner won 6-3, 6-4 at the St. Petersburg Open.",
]


TRADE_SENTENCES = [
    "China provided more than 70% of the $900 million in metalworking machinery imported in the last quarter of 2023 from Russia.",
    "90 percent of Russia's imports of microelectronics came from China last year.",
    "Egypt, the world's biggest importer of wheat, bought 420,000 tonnes in a tender on Tuesday.",
    "Russia shipped a record 4 million tonnes of wheat in September. The shipments were bought mainly by Egypt.",
    "Brazil's exports of soybeans to China rose 12 pct to 8 mln tonnes in March.",
    "Wheat exported by Egypt reached Lebanon, while Japanese mills supplied 62 percent of the steel imported by South Korea.",
]


def article(megabytes: float, shape: str) -> str:
    target = int(megabytes * 1_000_000)
    if shape == "one-token":
        return "a" * target + "\n"
    sentences = TRADE_SENTENCES if shape == "trade" else SENTENCES
    pieces: list[str] = []
    size = 0
    index = 0
    while size < target:
        paragraph = " ".join(sentences[(index + k) % len(sentences)] for k in range(3))
        pieces.append(paragraph)
        size += len(paragraph) + 2
        index += 1
    separator = " " if shape == "one-line" else "\n\n"
    return separator.join(pieces) + "\n"


def corpus_text(megabytes: float, skip: int = 0) -> str:
    """Distinct corpus articles, in a fixed order, joined as paragraphs up to ``megabytes``."""
    return "\n\n".join(_corpus_articles(int(megabytes * 1_000_000), skip)) + "\n"


def _corpus_articles(size: int, skip: int = 0) -> list[str]:
    """Whole corpus articles (from every source in turn, none twice) adding up to ``size`` bytes."""
    from corpus_findings import CORPUS

    sources = [sorted(folder.glob("*.txt")) for folder in sorted(CORPUS.iterdir()) if folder.is_dir()]
    order = [path for batch in zip(*sources) for path in batch] + [p for paths in sources for p in paths[min(map(len, sources)) :]]
    texts: list[str] = []
    total = 0
    for path in order[skip:]:
        if total >= size:
            break
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        texts.append(text)
        total += len(text.encode("utf-8")) + 2
    return texts


def measure(path: Path | list[Path], factlint: str, select: str = "") -> tuple[float, int, int, int, float]:
    """Seconds, peak RSS of the child in KiB, exit code, number of output lines and CPU seconds."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    paths = [str(p) for p in path] if isinstance(path, list) else [str(path)]
    chosen = ["--select", select] if select and select != "all" else []
    command = [factlint, "--format", "jsonl", "--jobs", "1", *chosen, *paths]
    completed = subprocess.run(command, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    if completed.returncode not in (0, 1):
        sys.stderr.write(completed.stderr.decode("utf-8", "replace"))
    return seconds, max(peak, before), completed.returncode, completed.stdout.count(b"\n"), cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,5,10,20", help="article sizes in MB, comma-separated")
    parser.add_argument("--shape", choices=("paragraphs", "one-line", "one-token", "trade", "corpus"), default="paragraphs")
    parser.add_argument("--select", default="", help="rules to run (factlint --select), default all")
    parser.add_argument("--categories", default="", help="run the sizes once per category given (comma-separated)")
    parser.add_argument("--apart", type=int, default=0, help="compare N corpus articles concatenated and apart")
    args = parser.parse_args(argv)
    factlint = str(Path(sys.executable).parent / "factlint")
    selections = args.categories.split(",") if args.categories else [args.select]
    with tempfile.TemporaryDirectory() as folder:
        if args.apart:
            _concatenated_and_apart(Path(folder), factlint, args.apart, selections)
            return 0
        for select in selections:
            # The start (interpreter, rule set) of an empty file, taken off before dividing by the size.
            empty = Path(folder) / "empty.txt"
            empty.write_text("\n", encoding="utf-8")
            start = min(_isolated(empty, factlint, select)[4] for _ in range(3))
            print(f"{'MB':>6} {'seconds':>8} {'s/MB':>6} {'CPU s/MB':>8} {'net CPU s/MB':>12} {'peak MiB':>9} {'exit':>4} {'findings':>9}  ({args.shape}{', --select ' + select if select else ''}; start {start:.2f} s CPU)")
            for size in (float(s) for s in args.sizes.split(",")):
                path = Path(folder) / f"article-{size:g}mb.txt"
                path.write_text(corpus_text(size) if args.shape == "corpus" else article(size, args.shape), encoding="utf-8")
                # Each size in a fresh child so ru_maxrss (a high-water mark over all children) is its own.
                seconds, peak_kib, code, findings, cpu = _isolated(path, factlint, select)
                print(f"{size:>6g} {seconds:>8.2f} {seconds / size:>6.2f} {cpu / size:>8.2f} {(cpu - start) / size:>12.2f} {peak_kib / 1024:>9.0f} {code:>4} {findings:>9}", flush=True)
                os.unlink(path)
    return 0


def _concatenated_and_apart(folder: Path, factlint: str, count: int, selections: list[str]) -> None:
    """CPU time of ``count`` distinct articles as one file and as separate files, per selection."""
    texts = _corpus_articles(10**12)[:count]
    paths = []
    for index, text in enumerate(texts):
        paths.append(folder / f"a{index:05d}.txt")
        paths[-1].write_text(text + "\n", encoding="utf-8")
    joined = folder / "joined.txt"
    joined.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    megabytes = joined.stat().st_size / 1_000_000
    print(f"{count} distinct corpus articles, {megabytes:.2f} MB; CPU seconds, best of 3 (one process each, --jobs 1)")
    print(f"{'select':>10} {'apart':>8} {'joined':>8} {'joined/apart':>13}")
    for select in selections:
        apart = min(_isolated(paths, factlint, select)[4] for _ in range(3))
        together = min(_isolated(joined, factlint, select)[4] for _ in range(3))
        print(f"{select or 'all':>10} {apart:>8.2f} {together:>8.2f} {together / apart:>13.2f}", flush=True)


def _isolated(path: Path | list[Path], factlint: str, select: str = "") -> tuple[float, int, int, int, float]:
    """Run ``measure`` in a fresh Python so the children's peak RSS is this article's alone."""
    target = [str(p) for p in path] if isinstance(path, list) else str(path)
    code = (
        "import sys, json; sys.path.insert(0, %r); import large_input as m; from pathlib import Path; t = %r; "
        "print(json.dumps(m.measure([Path(p) for p in t] if isinstance(t, list) else Path(t), %r, %r)))"
    ) % (str(Path(__file__).parent), target, factlint, select)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    import json

    seconds, peak, exit_code, findings, cpu = json.loads(out)
    return seconds, peak, exit_code, findings, cpu


if __name__ == "__main__":
    sys.exit(main())
