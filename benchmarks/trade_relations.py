"""Print the trade relations factlint reads from the real-news corpus, for checking the patterns.

    python benchmarks/trade_relations.py [--corpus ../shared/corpus] [--source reuters21578]
                                         [--limit N] [--show 40] [--family import-from]

Counts relations by pattern family and source, how many sentences were passed over for each
ignore cue, and prints a sample (importer <- exporter, goods, the words matched) for reading.
Needs the corpus beside the project; not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from factlint.engine import Linter
from factlint.rules_loader import default_pack

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--source", action="append", default=[])
    parser.add_argument("--limit", type=int, default=None, help="articles per source")
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--family", default="", help="only show relations of this family")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    linter = Linter.for_packs([default_pack()])
    families: Counter[tuple[str, str]] = Counter()
    ignored: Counter[str] = Counter()
    sample: list[str] = []
    articles = 0
    started = time.perf_counter()
    for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
        if args.source and folder.name not in args.source:
            continue
        files = sorted(folder.glob("*.txt"))
        for path in files[: args.limit] if args.limit else files:
            articles += 1
            document = linter.document(path.read_text(encoding="utf-8", errors="replace"), str(path))
            layer = document.trade
            ignored.update(layer.ignored.values())
            for relation in layer.relations:
                families[(relation.family, folder.name)] += 1
                if args.family and relation.family != args.family:
                    continue
                importer = relation.importer.entity.code if relation.importer else "?"
                exporter = relation.exporter.entity.code if relation.exporter else "?"
                line, _ = document.position(relation.start)
                sample.append(f"{path.name}:{line} {relation.family} {importer}<-{exporter} [{relation.goods}] {relation.quote!r}")
    elapsed = time.perf_counter() - started
    print(f"{articles} articles in {elapsed:.1f} s ({1000 * elapsed / max(articles, 1):.1f} ms each)")
    for (family, source), count in sorted(families.items()):
        print(f"{family:<20} {source:<20} {count:>6}")
    print("sentences passed over:", dict(ignored))
    random.Random(args.seed).shuffle(sample)
    print("\n".join(sample[: args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
