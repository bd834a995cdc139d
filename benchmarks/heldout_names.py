"""Score the names rules on a held-out set of dated articles (written by someone who has not seen
the rules), once, when the rules are finished.

    python benchmarks/heldout_names.py /work/heldout/names

The folder holds ``articles/*.md`` (front matter with the date) and ``articles.jsonl``: one line an
article, ``{"file", "error": true|false, "line", "quote", ...}``. Found: a ``names/*`` finding on
the labelled line of an article with an error. False alarm: any other ``names/*`` finding. Prints
both, and every finding, for reading. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from factlint.config import Config
from factlint.engine import lint_paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    labels = [json.loads(line) for line in (args.folder / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = found = false_alarms = 0
    for label in labels:
        path = args.folder / "articles" / label["file"]
        result = lint_paths([path], config=Config(select=("names",)), jobs=1)
        diagnostics = [d for d in result.diagnostics if d.rule.startswith("names/")]
        target = label.get("line") if label.get("error") else None
        errors += target is not None
        hit = [d for d in diagnostics if d.line == target]
        found += bool(hit)
        alarms = [d for d in diagnostics if d.line != target]
        false_alarms += len(alarms)
        status = "found" if hit else ("MISSED" if target is not None else "clean")
        print(f"{label['file']}: {status}  {label.get('quote', '')!r}")
        for d in diagnostics:
            print(f"    {'FALSE ALARM ' if d in alarms else ''}{d.line}:{d.column} {d.rule} {d.message}")
    print(f"\nfound {found} of {errors} labelled errors ({found / max(errors, 1):.0%}); false alarms: {false_alarms} in {len(labels)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
