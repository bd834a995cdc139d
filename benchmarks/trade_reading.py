"""How well the trade layer reads role statements, per construction, on labelled sentences.

    python benchmarks/trade_reading.py [--set tests/data/trade-sentences.tsv] [--jsonl FILE] [--show-misses]

A labelled set is a TSV of ``construction``, ``style``, ``reading`` and ``sentence`` (see the
file's header): the reading is ``CODE role goods; ...`` (role ``buys`` or ``sells``; goods a head
noun in the singular, or ``*`` for any) or ``none``. A sentence may carry context before `` || ``
(for goods named again); only the statements of its last sentence are scored. ``--jsonl`` reads
``{"sentence", "construction", "style", "relations": [{"country", "role", "goods"}]}`` lines
instead. A sentence is read right when the set of (country, role) statements equals the label
and every labelled goods head is the one read (or, through the ledger's goods aliases, the same goods: "crude" is crude oil).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from factlint.engine import Linter
from factlint.layers.trade import goods_key
from factlint.layers.trade_grammar import grammar
from factlint.rules_loader import default_pack

SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "trade-sentences.tsv"


@dataclass(frozen=True)
class Labelled:
    construction: str
    style: str
    sentence: str
    expected: frozenset[tuple[str, str, str]]  # (country code, role, goods head or "*")


def load_tsv(path: Path) -> list[Labelled]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        construction, style, reading, sentence = line.split("\t")
        expected = frozenset() if reading.strip() == "none" else frozenset(
            tuple(part.split()[:3]) for part in reading.split(";")  # type: ignore[misc]
        )
        items.append(Labelled(construction, style, sentence, expected))
    return items


def load_jsonl(path: Path) -> list[Labelled]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expected = frozenset(
            (str(r["country"]), str(r["role"]), str(r.get("goods") or "*")) for r in row.get("relations") or []
        )
        items.append(Labelled(str(row.get("construction", "?")), str(row.get("style", "?")), str(row["sentence"]), expected))
    return items


def read(linter: Linter, sentence: str) -> frozenset[tuple[str, str, str]]:
    """(country, role, goods head) of the statements the layer reads in the last sentence."""
    text = sentence.replace(" || ", " ")
    document = linter.document(text, "sentence.txt")
    last = len(document.sentences) - 1
    return frozenset(
        (s.code, s.role, s.goods.head if s.goods else "*")
        for s in document.trade.statements
        if s.sentence == last
    )


def correct(expected: frozenset[tuple[str, str, str]], got: frozenset[tuple[str, str, str]], linter: Linter | None = None) -> bool:
    """Same (country, role) statements, and every labelled goods head the one read. With a linter,
    a labelled head is first keyed as the ledger keys goods (its aliases: "crude" is crude oil,
    "lng" natural gas, "vehicles" cars), so that a word the ledger treats as the same goods counts."""
    if {(c, r) for c, r, _ in expected} != {(c, r) for c, r, _ in got}:
        return False
    heads = {(c, r): g.rstrip("s") for c, r, g in got}
    return all(goods == "*" or heads[(c, r)] in (goods.rstrip("s"), _ledger_head(goods, linter)) for c, r, goods in expected)


def _ledger_head(goods: str, linter: Linter | None) -> str | None:
    if linter is None:
        return None
    key = goods_key(goods, grammar(linter.knowledge))
    return key.head.rstrip("s") if key else None


def score(items: list[Labelled], linter: Linter | None = None, aliases: bool = True) -> tuple[Counter[str], Counter[str], list[tuple[Labelled, frozenset[tuple[str, str, str]]]]]:
    """Right and total counts per construction, and the misses with what was read."""
    linter = linter or Linter.for_packs([default_pack()])
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for item in items:
        got = read(linter, item.sentence)
        total[item.construction] += 1
        if correct(item.expected, got, linter if aliases else None):
            right[item.construction] += 1
        else:
            misses.append((item, got))
    return right, total, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=SET)
    parser.add_argument("--jsonl", type=Path, help="a labelled set in JSON Lines instead")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    items = load_jsonl(args.jsonl) if args.jsonl else load_tsv(args.set)
    right, total, misses = score(items)
    print("| construction | sentences | read right | accuracy |\n|---|---:|---:|---:|")
    for construction in sorted(total):
        print(f"| {construction} | {total[construction]} | {right[construction]} | {100 * right[construction] / total[construction]:.0f}% |")
    n, r = sum(total.values()), sum(right.values())
    print(f"| **all** | {n} | {r} | **{100 * r / max(n, 1):.1f}%** |")
    styles: Counter[str] = Counter(item.style for item in items)
    missed_styles: Counter[str] = Counter(item.style for item, _ in misses)
    print("by style: " + ", ".join(f"{s} {styles[s] - missed_styles[s]}/{styles[s]}" for s in sorted(styles)))
    if args.show_misses:
        for item, got in misses:
            print(f"MISS [{item.construction}] {item.sentence}\n     expected {sorted(item.expected)}\n     read     {sorted(got)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
