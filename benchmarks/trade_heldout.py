"""Score trade/reversed-direction and the trade layer on a held-out set written by someone else.

    python benchmarks/trade_heldout.py /work/heldout/trade [--show]

The set holds ``articles/*.txt``, ``articles.jsonl`` (one line per article: its file and, for a
reversed article, the line that states the relation backwards) and ``sentences.jsonl``
(sentences with their labelled relations). Prints:

- recall: reversed articles with a trade finding on the labelled line;
- false alarms: trade findings on any other line of a reversed article, and in clean articles;
- reading accuracy of the sentences (the same measure as benchmarks/trade_reading.py: every
  country's role, and the goods head when labelled).

Field names are read loosely (``file``/``path``/``article``; ``line``/``reversed_line``, a line
number or the line's text; relations as ``{country, role, goods}`` or ``{importer, exporter,
goods}``, countries as codes or names). Score once, when the rule is finished.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from trade_reading import Labelled, correct, read

from factlint.engine import Linter
from factlint.layers.countries import gazetteer
from factlint.rules_loader import default_pack


def _file(row: dict[str, Any]) -> str | None:
    for key in ("file", "path", "article", "name", "filename", "id"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value if value.endswith(".txt") else value + ".txt"
    return None


def _line(row: dict[str, Any], text: str) -> int | None:
    """The 1-based line of the reversed statement, or None for a clean article."""
    for key in ("line", "reversed_line", "line_number", "lineno", "wrong_line", "error_line"):
        value = row.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip():
            if value.strip().isdigit():
                return int(value)
            for number, line in enumerate(text.splitlines(), 1):
                if value.strip() in line:
                    return number
    for key in ("reversed_sentence", "reversed_text", "sentence", "text"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            for number, line in enumerate(text.splitlines(), 1):
                if value.strip() in line:
                    return number
    return None


def _code(name: Any, linter: Linter) -> str:
    text = str(name or "").strip()
    if len(text) == 2 and text.isupper():
        return text
    found = gazetteer(linter.knowledge).lookup(text) or gazetteer(linter.knowledge).lookup(text.removeprefix("the ").strip())
    return found[0].code if found else text


def _relations(row: dict[str, Any], linter: Linter) -> frozenset[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for relation in row.get("relations") or row.get("labels") or []:
        goods = str(relation.get("goods") or "*").lower().split()[-1:] or ["*"]
        head = goods[0]
        if relation.get("country"):
            role = str(relation.get("role", "")).lower()
            role = "buys" if role.startswith(("buy", "import")) else "sells" if role.startswith(("sell", "export")) else role
            out.add((_code(relation["country"], linter), role, head))
        if relation.get("importer"):
            out.add((_code(relation["importer"], linter), "buys", head))
        if relation.get("exporter"):
            out.add((_code(relation["exporter"], linter), "sells", head))
    return frozenset(out)


def labelled_jsonl(path: Path, linter: Linter) -> list[Labelled]:
    """The sentences of a held-out ``sentences.jsonl``, labelled as trade_reading scores them."""
    items = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            row = json.loads(raw)
            text = str(row.get("sentence") or row.get("text") or "")
            items.append(Labelled(str(row.get("construction", "?")), str(row.get("style", "?")), text, _relations(row, linter)))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print each miss and false alarm")
    args = parser.parse_args(argv)
    linter = Linter.for_packs([default_pack()])
    rule = [r for r in linter.rules if r.definition.id == "trade/reversed-direction"]

    found = reversed_count = clean_count = 0
    alarms_in_reversed = alarms_in_clean = 0
    for raw in (args.folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        name = _file(row)
        if name is None:
            continue
        path = args.folder / "articles" / Path(name).name
        text = path.read_text(encoding="utf-8")
        line = _line(row, text)
        diagnostics = linter.lint_document(linter.document(text, str(path)), rule)
        lines = [d.line for d in diagnostics]
        if line is None and row.get("reversed") is True:
            # the set marks the article reversed but not the line: a finding counts, and is shown
            # beside the set's note so that a reader can check it is the reversed statement
            reversed_count += 1
            found += bool(diagnostics)
            alarms_in_reversed += max(0, len(diagnostics) - 1)
            if args.show:
                print(f"{'FOUND' if diagnostics else 'MISSED'} {path.name} [{row.get('style')}] {row.get('note', '')}")
                for d in diagnostics:
                    print(f"    {d.plain(with_path=False)}")
            continue
        if line is None:
            clean_count += 1
            alarms_in_clean += len(lines)
            for d in diagnostics if args.show else []:
                print(f"FALSE ALARM (clean) {d.plain()}")
        else:
            reversed_count += 1
            hit = line in lines
            found += hit
            alarms_in_reversed += sum(1 for n in lines if n != line)
            if args.show and not hit:
                print(f"MISSED {path.name}:{line}: {text.splitlines()[line - 1][:200]}")
            for d in diagnostics if args.show else []:
                if d.line != line:
                    print(f"FALSE ALARM (reversed article) {d.plain()}")
    print(f"reversed articles: {reversed_count}, found on the labelled line: {found} "
          f"({100 * found / max(reversed_count, 1):.0f}%)")
    print(f"false alarms: {alarms_in_reversed} elsewhere in reversed articles, {alarms_in_clean} in {clean_count} clean articles")

    sentences = args.folder / "sentences.jsonl"
    if sentences.is_file():
        items = labelled_jsonl(sentences, linter)
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        strict = 0  # goods heads compared word for word, without the ledger's aliases (the measure before session 3)
        for item in items:
            got = read(linter, item.sentence)
            total[item.construction] += 1
            ok = correct(item.expected, got, linter)
            strict += correct(item.expected, got)
            right[item.construction] += ok
            if args.show and not ok:
                print(f"MISREAD [{item.construction}] {item.sentence}\n   expected {sorted(item.expected)}\n   read     {sorted(got)}")
        n, r = sum(total.values()), sum(right.values())
        print(f"sentences: {n}, read right: {r} ({100 * r / max(n, 1):.1f}%); goods heads word for word, without aliases: {strict} ({100 * strict / max(n, 1):.1f}%)")
        for construction in sorted(total):
            print(f"  {construction}: {right[construction]}/{total[construction]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
