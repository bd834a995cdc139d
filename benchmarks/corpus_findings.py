"""Run factlint's default rules over the real news in ../shared/corpus/ and count what fires.

    python benchmarks/corpus_findings.py [--select quantity] [--source reuters21578] [--limit N]
                                         [--show 40] [--out findings.jsonl] [--article-dates]

Prints findings per 100 articles by rule and source, and a sample of findings with their lines,
for reading. Needs the corpus beside the project (../shared/corpus); not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from factlint.config import Config
from factlint.diagnostic import Diagnostic
from factlint.document import Document
from factlint.engine import Linter
from factlint.selection import split_selectors


def find_corpus(start: Path = Path(__file__).resolve().parent) -> Path:
    """The nearest ``shared/corpus`` beside the project or any folder above it (worktrees sit deeper)."""
    for folder in [start, *start.parents]:
        candidate = folder / "shared" / "corpus"
        if candidate.is_dir():
            return candidate
    return start.parent.parent / "shared" / "corpus"


CORPUS = find_corpus()


def articles(corpus: Path, sources: list[str], limit: int | None) -> list[Path]:
    chosen = []
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        if sources and folder.name not in sources:
            continue
        files = sorted(folder.glob("*.txt"))
        chosen.extend(files[:limit] if limit else files)
    return chosen


def manifest_dates(folder: Path) -> dict[str, date]:
    """Article dates from a source's MANIFEST.tsv ("26-FEB-1987 15:02:20.00" or "2015-01-03")."""
    manifest = folder / "MANIFEST.tsv"
    if not manifest.is_file():
        return {}
    dates: dict[str, date] = {}
    lines = manifest.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    if "date" not in header:
        return {}
    column = header.index("date")
    for line in lines[1:]:
        cells = line.split("\t")
        text = cells[column].split()[0] if len(cells) > column and cells[column].strip() else ""
        for layout in ("%Y-%m-%d", "%d-%b-%Y"):
            try:
                dates[cells[0]] = datetime.strptime(text, layout).date()
                break
            except ValueError:
                continue
    return dates


def article_dates(corpus: Path) -> dict[Path, date]:
    """Every article's MANIFEST.tsv date, by path, for all sources of the corpus."""
    return {
        folder / name: when
        for folder in sorted(p for p in corpus.iterdir() if p.is_dir())
        for name, when in manifest_dates(folder).items()
    }


def lint_corpus(
    linter: Linter, rules: list, files: list[Path], dates: dict[Path, date] | None = None  # type: ignore[type-arg]
) -> Iterator[tuple[Path, Document, list[Diagnostic]]]:
    """Each article linted with ``rules``, given its publication date when ``dates`` has it."""
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        document = linter.document(text, str(path), (dates or {}).get(path))
        yield path, document, linter.lint_document(document, rules)


def add_corpus_arguments(parser: argparse.ArgumentParser, limit_help: str = "articles per source") -> None:
    """The options every corpus script shares: where the corpus is, which sources and rules."""
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--select", default="")
    parser.add_argument("--ignore", default="")
    parser.add_argument("--source", action="append", default=[], help="corpus folder name (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help=limit_help)


def selection_config(args: argparse.Namespace) -> Config:
    """The configuration that selects the rules named by ``--select`` and ``--ignore``."""
    return Config(select=tuple(split_selectors(args.select)), ignore=tuple(split_selectors(args.ignore)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_corpus_arguments(parser)
    parser.add_argument("--show", type=int, default=30, help="findings to print for review")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="write every finding as JSON Lines")
    parser.add_argument("--article-dates", action="store_true", help="give each article its MANIFEST.tsv date")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2

    config = selection_config(args)
    linter = Linter.for_config(config)
    rules = linter.rules_for(config.select, config.ignore)
    files = articles(args.corpus, args.source, args.limit)
    per_source: Counter[str] = Counter()
    counts: Counter[tuple[str, str]] = Counter()
    findings = []
    started = time.perf_counter()
    for path, document, diagnostics in lint_corpus(linter, rules, files, article_dates(args.corpus) if args.article_dates else None):
        source = path.parent.name
        per_source[source] += 1
        for diagnostic in diagnostics:
            counts[(diagnostic.rule, source)] += 1
            findings.append((diagnostic, document.line_text(diagnostic.line)))
    elapsed = time.perf_counter() - started

    print(f"{len(files)} articles in {elapsed:.1f} s ({1000 * elapsed / max(len(files), 1):.1f} ms each)")
    sources = sorted(per_source)
    print(f"{'rule':<36}" + "".join(f"{s:>22}" for s in sources) + f"{'all':>10}")
    for rule in sorted({rule for rule, _ in counts}):
        cells = [counts[(rule, s)] for s in sources]
        total = sum(cells)
        row = "".join(f"{c:>8} ({100 * c / per_source[s]:5.2f}/100)" for c, s in zip(cells, sources))
        print(f"{rule:<36}{row}{total:>10}")
    random.Random(args.seed).shuffle(findings)
    for diagnostic, line in findings[: args.show]:
        print(f"\n{diagnostic.plain()}\n    {line.strip()[:400]}")
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for diagnostic, line in findings:
                handle.write(json.dumps({**diagnostic.to_dict(), "line_text": line}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
