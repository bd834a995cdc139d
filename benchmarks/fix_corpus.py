"""Apply factlint's fixes to the real news in ../shared/corpus/ (in memory: no file is written) and
check what fixing does to real copy.

    python benchmarks/fix_corpus.py [--unsafe] [--source reuters21578] [--limit N] [--sample-out fixes.md]

For every article: the fixes per rule, and three checks that must hold on every one of them:
text outside the fixed spans is unchanged, a second fix changes nothing, and no pass limit is
hit. ``--sample-out`` writes a random sample of the fixes (seeded), each with its line before and
after, for reading: a safe fix that is wrong on real copy is a bug. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_findings import CORPUS, add_corpus_arguments, articles, selection_config  # noqa: E402

from factlint.fixes import MAX_PASSES, Edit, fix_text  # noqa: E402


def outside_spans_unchanged(before: str, edits: list[Edit], after: str) -> bool:
    at_before = at_after = 0
    for edit in edits:
        gap = edit.start - at_before
        if after[at_after:at_after + gap] != before[at_before:edit.start]:
            return False
        at_after += gap + len(edit.replacement)
        at_before = edit.end
    return after[at_after:] == before[at_before:]


def line_around(text: str, start: int, end: int, width: int = 60) -> str:
    left = max(0, start - width)
    return " ".join(text[left:end + width].split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--unsafe", action="store_true", help="apply the unsafe fixes too")
    parser.add_argument("--sample-out", type=Path, help="write a sample of the fixes for reading")
    parser.add_argument("--sample-size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    config = selection_config(args)
    files = articles(args.corpus, args.source, args.limit)
    per_rule: Counter[str] = Counter()
    fixed_articles = 0
    problems: list[str] = []
    samples: list[tuple[str, str, str, str]] = []
    started = time.process_time()
    for path in files:
        text = path.read_text(encoding="utf-8")
        result = fix_text(text, path=str(path), config=config, unsafe=args.unsafe)
        current = text
        for edits in result.passes:
            after = "".join(
                [current[: edits[0].start]]
                + [e.replacement + current[e.end:n.start] for e, n in zip(edits, edits[1:])]
                + [edits[-1].replacement + current[edits[-1].end:]]
            )
            if not outside_spans_unchanged(current, edits, after):
                problems.append(f"{path}: text outside a fixed span changed")
            for edit in edits:
                samples.append((str(path.relative_to(args.corpus)), edit.rule, line_around(current, edit.start, edit.end),
                                line_around(after, edit.start, edit.start + len(edit.replacement))))
            current = after
        if current != result.text:
            problems.append(f"{path}: the passes do not add up to the fixed text")
        if len(result.passes) >= MAX_PASSES:
            problems.append(f"{path}: stopped at the pass limit")
        elif result.changed and fix_text(result.text, path=str(path), config=config, unsafe=args.unsafe).changed:
            problems.append(f"{path}: a second fix changed it again")
        if result.changed:
            fixed_articles += 1
            per_rule.update(edit.rule for edit in result.applied)
    seconds = time.process_time() - started
    print(f"{len(files)} articles, {fixed_articles} fixed, {sum(per_rule.values())} fixes "
          f"({'safe and unsafe' if args.unsafe else 'safe'}), {seconds:.1f} s CPU")
    for rule, count in per_rule.most_common():
        print(f"  {count:6}  {rule}")
    print(f"{len(problems)} problems")
    for problem in problems[:50]:
        print("  " + problem)
    if args.sample_out:
        chosen = random.Random(args.seed).sample(samples, min(args.sample_size, len(samples)))
        lines = [f"# Sample of {len(chosen)} fixes of {len(samples)} (seed {args.seed})", ""]
        for name, rule, before, after in sorted(chosen):
            lines += [f"- `{name}` {rule}", f"  - before: {before}", f"  - after:  {after}"]
        args.sample_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
