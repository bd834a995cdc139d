"""How many titles of office names/stale-title reads and judges on the corpus, with each article's date.

    python benchmarks/office_titles.py [--source allsides-news] [--limit N] [--show 20]

Counts, per source: dated articles, titled mentions of a person of the officeholder data
("Chancellor Olaf Scholz", "Boris Johnson, the British prime minister"), how many of those the
rule judged (dated articles only) and its findings; prints a sample of checked titles for reading.
Needs the corpus beside the project; not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from corpus_findings import add_corpus_arguments, article_dates, articles

from factlint.config import Config
from factlint.engine import Linter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_arguments(parser)
    parser.add_argument("--show", type=int, default=20, help="checked titles to print")
    args = parser.parse_args(argv)
    linter = Linter.for_config(Config())
    rule = next(r for r in linter.rules if r.definition.id == "names/stale-title")
    dates = article_dates(args.corpus)
    counts: Counter[tuple[str, str]] = Counter()
    sample: list[str] = []
    for path in articles(args.corpus, args.source, args.limit):
        source = path.parent.name
        document = linter.document(path.read_text(encoding="utf-8", errors="replace"), str(path), dates.get(path))
        counts[(source, "articles")] += 1
        if document.article_date is None:
            continue
        counts[(source, "dated articles")] += 1
        for mention, _person, titles in rule.titled_people(document):  # type: ignore[attr-defined]
            counts[(source, "titles checked")] += 1
            start, end, title, country = titles[0]
            sample.append(f"{path.name} {document.article_date} [{title}{'/' + country if country else ''}] {document.text[start:end]!r}")
        counts[(source, "findings")] += sum(1 for _ in rule.run(document))
    sources = sorted({s for s, _ in counts})
    for source in sources:
        print(f"{source:20} " + "  ".join(f"{k}: {counts[(source, k)]}" for k in ("articles", "dated articles", "titles checked", "findings")))
    print(f"{'all':20} " + "  ".join(f"{k}: {sum(v for (s, kk), v in counts.items() if kk == k)}" for k in ("articles", "dated articles", "titles checked", "findings")))
    random.Random(1).shuffle(sample)
    for line in sample[: args.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
