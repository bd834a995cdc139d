"""Score factlint on a labelled set of articles: found errors and false alarms, per class.

    python benchmarks/labelled_set.py FOLDER [--select quantity,dates] [--rules quantity,dates/relative-date-mismatch]

FOLDER holds ``articles/*.txt`` and ``articles.jsonl``, one record per labelled line: ``file``,
``line`` (1-based), ``class`` (the construction), ``date`` (the article date, passed as
``--date`` is), and ``error`` (true for a planted error; false for a trap that must pass). An
error is found when a selected rule reports on its line; a false alarm is a finding of the
``--rules`` (the rules under test) on any line that is not a labelled error. Prints a Markdown
table. Used once on a held-out set written by someone who had not seen the rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from factlint.config import Config
from factlint.engine import Linter
from factlint.selection import split_selectors


def _is(rule: str, selectors: list[str]) -> bool:
    return any(rule == s or rule.startswith(s.rstrip("/") + "/") for s in selectors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--select", default="quantity,dates", help="rules whose finding on a labelled line counts as found")
    parser.add_argument("--rules", default="quantity,dates/relative-date-mismatch", help="rules whose findings elsewhere are false alarms")
    parser.add_argument("--show", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in (args.folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    select, under_test = split_selectors(args.select), split_selectors(args.rules)
    linter = Linter.for_config(Config(select=tuple(select)))
    rules = linter.rules_for(tuple(select), ())
    by_file: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_file[record["file"]].append(record)
    found: Counter[str] = Counter()
    planted: Counter[str] = Counter()
    alarms: list[str] = []
    misses: list[str] = []
    for name, labelled in sorted(by_file.items()):
        path = args.folder / "articles" / Path(name).name
        text = path.read_text(encoding="utf-8")
        when = next((date.fromisoformat(str(r["date"])) for r in labelled if r.get("date")), None)
        diagnostics = linter.lint_document(linter.document(text, str(path), when), rules)
        errors = {int(r["line"]) for r in labelled if r.get("error", True)}
        for record in labelled:
            if not record.get("error", True):
                continue
            planted[record["class"]] += 1
            hits = [d for d in diagnostics if d.line == int(record["line"]) and _is(d.rule, select)]
            if hits:
                found[record["class"]] += 1
            else:
                misses.append(f"{name}:{record['line']} [{record['class']}]")
        for d in diagnostics:
            if d.line not in errors and _is(d.rule, under_test):
                alarms.append(f"{name}:{d.line}: {d.rule} {d.message}")
    print("| class | planted | found |\n|---|---:|---:|")
    for cls in sorted(planted):
        print(f"| {cls} | {planted[cls]} | {found[cls]} |")
    total, hit = sum(planted.values()), sum(found.values())
    print(f"| **all** | {total} | **{hit} ({100 * hit / max(total, 1):.0f}%)** |\n")
    print(f"false alarms (findings of {args.rules} off the labelled error lines): {len(alarms)}")
    if args.show:
        for line in misses:
            print("MISSED", line)
        for line in alarms:
            print("FALSE ALARM", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
