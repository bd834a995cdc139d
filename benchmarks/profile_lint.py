"""In-process CPU time of the default rules on corpus articles, and where it goes.

    python benchmarks/profile_lint.py [--per-source 100] [--mode time|rules|profile] [--top 40]

``time``: CPU seconds per article over the chosen articles (best of three passes, after a warm-up
pass over 30 articles so lazy imports and caches are not counted). ``rules``: CPU time per rule,
the first rule to ask for a layer paying for it. ``profile``: cProfile, sorted by own time.
Start-up is not measured here (see benchmarks/speed.py). Needs the corpus beside the project.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import Counter
from pathlib import Path

from corpus_findings import CORPUS, articles

from factlint.config import Config
from factlint.engine import Linter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--per-source", type=int, default=100, help="articles per corpus source")
    parser.add_argument("--mode", choices=("time", "rules", "profile"), default="time")
    parser.add_argument("--top", type=int, default=40, help="rows of the profile to print")
    args = parser.parse_args(argv)

    texts = [(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in articles(args.corpus, [], args.per_source)]
    linter = Linter.for_config(Config())
    rules = linter.rules_for()
    for path, text in texts[:30]:  # warm-up: lazy imports, compiled patterns, word lists
        linter.lint_document(linter.document(text, path), rules)

    def lint_all() -> None:
        for path, text in texts:
            linter.lint_document(linter.document(text, path), rules)

    if args.mode == "time":
        passes = []
        for _ in range(3):
            started = time.process_time()
            lint_all()
            passes.append(time.process_time() - started)
        best = min(passes)
        print(f"{len(texts)} articles: {best:.3f} s CPU, {1000 * best / len(texts):.2f} ms an article (passes: {', '.join(f'{p:.2f}' for p in passes)})")
    elif args.mode == "rules":
        spent: Counter[str] = Counter()
        for path, text in texts:
            document = linter.document(text, path)
            for rule in rules:
                started = time.process_time()
                for _ in rule.run(document):
                    pass
                spent[rule.definition.id] += time.process_time() - started
        for rule_id, seconds in spent.most_common():
            print(f"{rule_id:<40} {1000 * seconds / len(texts):7.3f} ms an article")
    else:
        profiler = cProfile.Profile()
        profiler.enable()
        lint_all()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
