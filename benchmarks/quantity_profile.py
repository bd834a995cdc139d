"""Cost and recall of the quantity rules on the real-news corpus (not part of the test suite).

    python benchmarks/quantity_profile.py [--corpus ../shared/corpus] [--limit 500]

1. Cost: ms per article of the ``quantities`` layer and of the seven quantity rules after it, and
   whether pint was imported (it should be only when a conversion is checked).
2. Recall by corruption: statements the rules find in real copy and accept are corrupted (the
   stated percent change replaced by 2C + 3, the verb of a rise or fall swapped, the converted
   figure multiplied by 1.6) and the sentence is linted again; the share caught is printed.
   Findings on real copy are counted by benchmarks/corpus_findings.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import regex

from factlint.engine import Linter
from factlint.layers.changes import readings
from factlint.rules_loader import default_pack

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SWAP = {
    "rose": "fell", "fell": "rose", "up": "down", "down": "up", "increased": "decreased",
    "decreased": "increased", "rise": "fall", "fall": "rise", "dropped": "rose", "declined": "rose",
    "climbed": "fell", "gained": "fell",
}
_DIGITS = regex.compile(r"\d[\d.,]*")


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=500, help="articles per source")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    linter = Linter.for_packs([default_pack()])
    rules = {rule.definition.id: rule for rule in linter.rules_for(["quantity"])}
    files = [f for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()) for f in sorted(folder.glob("*.txt"))[: args.limit]]
    documents = [linter.document(f.read_text(encoding="utf-8", errors="replace"), str(f)) for f in files]
    for document in documents:
        document.sentences  # noqa: B018 - split sentences before timing the layer
    started = time.perf_counter()
    for document in documents:
        document.quantities
    layer_ms = 1000 * (time.perf_counter() - started) / len(documents)
    started = time.perf_counter()
    for document in documents:
        linter.lint_document(document, list(rules.values()))
    rules_ms = 1000 * (time.perf_counter() - started) / len(documents)
    print(f"{len(documents)} articles: quantities layer {layer_ms:.2f} ms/article, quantity rules after it {rules_ms:.2f} ms/article")
    print(f"pint imported during the run: {'pint' in sys.modules}")

    def fires(rule_id: str, text: str) -> bool:
        return bool(list(rules[rule_id].run(linter.document(text, "mutated.txt"))))

    counts: Counter[str] = Counter()
    percent, direction, conversion = (rules[f"quantity/{name}"] for name in ("percent-change", "direction-mismatch", "conversion-mismatch"))
    for document in documents:
        text = document.text
        for statement in document.changes:
            c = statement.c
            sentence = document.sentence_at(statement.start)
            if c is None or c.unit != "percent" or statement.a is None or sentence is None or not readings(document, statement, 0.1, frozenset()):
                continue
            digits = _DIGITS.search(c.text)
            if digits is None or fires(percent.definition.id, sentence.text):
                continue
            corrupted = text[sentence.start:c.start] + c.text.replace(digits.group(), _number(abs(c.value) * 2 + 3), 1) + text[c.end:sentence.end]
            counts["percent-change corrupted"] += 1
            counts["percent-change caught"] += fires(percent.definition.id, corrupted)
        for statement in document.changes:
            sentence = document.sentence_at(statement.start)
            if statement.verb not in SWAP or statement.a is None or sentence is None or not readings(document, statement, 0.1, frozenset()):
                continue
            if fires(direction.definition.id, sentence.text):
                continue
            at = text.find(statement.verb, statement.start)
            corrupted = text[sentence.start:at] + SWAP[statement.verb] + text[at + len(statement.verb):sentence.end]
            counts["direction-mismatch corrupted"] += 1
            counts["direction-mismatch caught"] += fires(direction.definition.id, corrupted)
        for start, end, quantities in document.quantities.by_sentence:
            for first, second in zip(quantities, quantities[1:]):
                if not conversion._paired(text, first, second, end):  # type: ignore[attr-defined]
                    continue
                digits = _DIGITS.search(second.text)
                if digits is None or fires(conversion.definition.id, text[start:end]):
                    continue
                corrupted = text[start:second.start] + second.text.replace(digits.group(), _number(second.value * 1.6), 1) + text[second.end:end]
                counts["conversion-mismatch corrupted"] += 1
                counts["conversion-mismatch caught"] += fires(conversion.definition.id, corrupted)
    for name in ("percent-change", "direction-mismatch", "conversion-mismatch"):
        total, caught = counts[f"{name} corrupted"], counts[f"{name} caught"]
        print(f"{name}: {caught} of {total} corrupted statements caught" + (f" ({100 * caught / total:.0f}%)" if total else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
