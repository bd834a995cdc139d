"""Where one core's throughput goes: the articles of benchmarks/speed.py, in one process, CPU time.

    python benchmarks/throughput_profile.py [--articles 300] [--seed 8] [--per-source N]
                                            [--mode time|rules|functions]
                                            [--passes 3] [--top 40] [--sort tottime] [--dump FILE]

The articles are speed.py's throughput sample (same ``--articles`` and ``--seed``), so a figure here
and speed.py's side-by-side run with proselint describe the same work; ``--per-source N`` takes the
first N articles of every corpus source instead. Every default rule is on; a
warm-up pass over 30 articles runs first (lazy imports, grammars, compiled patterns), and each
document is linted with the garbage collector paused, as ``engine.lint_item`` does.

``time``: CPU seconds of all articles, best of ``--passes``. ``rules``: CPU time per layer (each
layer built first, on its own, so no rule is charged for a layer another rule also reads) and per
rule (its own work over the built layers), with shares of the total. ``functions``: cProfile of one
pass, sorted by ``--sort``. Start-up is not measured here (speed.py's cold start is).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import time
from collections import Counter
from pathlib import Path

from corpus_findings import CORPUS, articles
from speed import sample_articles

from factlint.config import Config
from factlint.engine import Linter

# Document attributes built on first use, in the order a run usually meets them.
LAYERS = ("paragraphs", "sentences", "dates", "quotes", "headlines", "names", "quantities", "changes", "trade")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=300, help="as speed.py --articles")
    parser.add_argument("--seed", type=int, default=8, help="as speed.py --seed")
    parser.add_argument("--per-source", type=int, help="the first N articles of every corpus source instead of speed.py's sample")
    parser.add_argument("--mode", choices=("time", "rules", "functions"), default="time")
    parser.add_argument("--passes", type=int, default=3, help="passes of the time mode (the best is reported)")
    parser.add_argument("--top", type=int, default=40, help="rows of the function profile")
    parser.add_argument("--sort", default="tottime", help="pstats sort key of the function profile")
    parser.add_argument("--dump", type=Path, help="also write the function profile here (pstats format)")
    args = parser.parse_args(argv)

    paths = articles(args.corpus, [], args.per_source) if args.per_source else sample_articles(args.corpus, args.articles, args.seed)
    texts = [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    linter = Linter.for_config(Config())
    rules = linter.rules_for()
    print(f"{len(texts)} articles ({sum(len(t) for _, t in texts) / 1e6:.2f} M characters), {len(rules)} rules, " + (f"{args.per_source} per source" if args.per_source else f"seed {args.seed}"))

    def lint_all() -> None:
        for path, text in texts:
            gc.disable()
            try:
                linter.lint_document(linter.document(text, path), rules)
            finally:
                gc.enable()

    for path, text in texts[:30]:
        linter.lint_document(linter.document(text, path), rules)

    if args.mode == "time":
        passes = []
        for _ in range(args.passes):
            started = time.process_time()
            lint_all()
            passes.append(time.process_time() - started)
        best = min(passes)
        print(
            f"{best:.3f} s CPU, {1000 * best / len(texts):.2f} ms an article "
            f"(passes: {', '.join(f'{p:.2f}' for p in passes)})"
        )
    elif args.mode == "rules":
        spent: Counter[str] = Counter()
        for path, text in texts:
            gc.disable()
            try:
                started = time.process_time()
                document = linter.document(text, path)
                spent["document (prose extraction)"] += time.process_time() - started
                for layer in LAYERS:
                    started = time.process_time()
                    getattr(document, layer)
                    spent[f"layer {layer}"] += time.process_time() - started
                for rule in rules:
                    started = time.process_time()
                    for _ in rule.run(document):
                        pass
                    spent[rule.definition.id] += time.process_time() - started
            finally:
                gc.enable()
        total = sum(spent.values())
        print(f"total {total:.3f} s CPU, {1000 * total / len(texts):.2f} ms an article")
        for name, seconds in spent.most_common():
            if seconds >= 0.0005 * total:
                print(f"{name:<44} {1000 * seconds / len(texts):7.3f} ms {100 * seconds / total:5.1f}%")
    else:
        profiler = cProfile.Profile()
        profiler.enable()
        lint_all()
        profiler.disable()
        if args.dump:
            profiler.dump_stats(args.dump)
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
