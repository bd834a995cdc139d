"""Recall of names/inconsistent-spelling on real copy: misspell one use of a surname the article
uses at least twice, and see whether the rule reports that use.

    python benchmarks/names_injection.py [--limit 300] [--source allsides-news] [--seed 0]

The slip swaps two neighbouring letters inside the surname ("Stoltenberg" -> "Stoltneberg"), or,
with --kind drop, drops one inner letter. Prints the share of slips found by source and a few
misses to read. Needs the corpus beside the project; not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from factlint.config import Config
from factlint.engine import Linter

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def misspell(word: str, kind: str, rng: random.Random) -> str:
    inner = range(1, len(word) - 2)
    for _ in range(10):
        i = rng.choice(inner)
        slip = word[:i] + word[i + 1] + word[i] + word[i + 2 :] if kind == "swap" else word[:i] + word[i + 1 :]
        if slip != word:
            return slip
    return word


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--source", action="append", default=[])
    parser.add_argument("--limit", type=int, default=300, help="articles per source")
    parser.add_argument("--kind", choices=["swap", "drop"], default="swap")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    linter = Linter.for_config(Config())
    rules = linter.rules_for(["names/inconsistent-spelling"])
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    misses = []
    for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
        if args.source and folder.name not in args.source:
            continue
        for path in sorted(folder.glob("*.txt"))[: args.limit]:
            text = path.read_text(encoding="utf-8", errors="replace")
            document = linter.document(text, str(path))
            if linter.lint_document(document, rules):
                continue  # already has a finding: not a clean base
            uses: dict[str, list] = {}
            for mention in document.names:
                if len(mention.words) >= 2 and not mention.headline and len(mention.surname.text) >= 6:
                    uses.setdefault(mention.surname.text, []).append(mention.surname)
                elif len(mention.words) == 1 and not mention.headline and mention.surname.text in uses:
                    uses[mention.surname.text].append(mention.surname)
            candidates = [tokens for tokens in uses.values() if len(tokens) >= 2]
            if not candidates:
                continue
            tokens = rng.choice(candidates)
            token = rng.choice(tokens[1:])
            slip = misspell(token.text, args.kind, rng)
            changed = text[: token.start] + slip + text[token.end :]
            tried[folder.name] += 1
            hits = linter.lint_document(linter.document(changed, str(path)), rules)
            if any(d.offset == token.start for d in hits):
                found[folder.name] += 1
            else:
                misses.append((path.name, token.text, slip))
    for source in sorted(tried):
        print(f"{source:<20} {found[source]:>4} of {tried[source]:>4} slips found ({100 * found[source] / tried[source]:.0f}%)")
    for name, word, slip in misses[: args.show]:
        print(f"  missed {name}: {word} -> {slip}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
