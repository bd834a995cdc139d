"""Score the backoff (pair-direction) reader on labelled sentences: does it give the direction the label gives?

    python benchmarks/trade_backoff.py [FILE ...]   (default: tests/data/trade-backoff-sentences.tsv)

A FILE is the TSV of tests/data/trade-backoff-sentences.tsv (direction "IMPORTER<-EXPORTER; ..." or
"none") or a held-out ``sentences.jsonl`` (relations labelled with countries and roles; a sentence
labelled with no relation is a trap). Every sentence is given to the reader as a candidate, whether
or not the strict readers read it. Prints, per file: sentences with a labelled buyer and seller
read right, read wrong (a country given a role the label does not give it) and not read; traps
read; and the same counts over the sentences the strict readers read nothing in (the ones the
backoff reader is for).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from trade_heldout import _code

from factlint.engine import Linter
from factlint.layers.countries import find_mentions
from factlint.layers.trade_backoff import read_pair_directions
from factlint.layers.trade_reading import clause_cue
from factlint.rules_loader import default_pack

SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "trade-backoff-sentences.tsv"


def labelled(path: Path, linter: Linter) -> list[tuple[str, set[tuple[str, str]]]]:
    """(sentence, {(country code, role)}) of a TSV or JSONL file; an empty set for a trap."""
    items = []
    if path.suffix == ".tsv":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                _construction, _style, direction, sentence = line.split("\t")
                roles = set()
                for pair in direction.split(";"):
                    if "<-" in pair:
                        importer, exporter = pair.strip().split("<-")
                        roles |= {(importer, "buys"), (exporter, "sells")}
                items.append((sentence, roles))
        return items
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        roles = set()
        for relation in row.get("relations") or []:
            if relation.get("importer"):
                roles.add((_code(relation["importer"], linter), "buys"))
            if relation.get("exporter"):
                roles.add((_code(relation["exporter"], linter), "sells"))
            if relation.get("country"):
                role = str(relation.get("role", "")).lower()
                roles.add((_code(relation["country"], linter), "buys" if role.startswith(("buy", "import")) else "sells"))
        items.append((str(row.get("sentence") or row.get("text") or ""), roles))
    return items


def backoff_roles(linter: Linter, sentence: str) -> tuple[set[tuple[str, str]], bool]:
    """The roles the backoff reader gives (clause cues applied, as the ledger does), and whether the
    strict readers read anything or passed the sentence over (then it is no candidate)."""
    document = linter.document(sentence, "sentence.txt")
    ledger = document.trade
    grammar_ = ledger.grammar
    if grammar_ is None:
        return set(), False
    candidates = {
        index: tuple(find_mentions(document.text, grammar_.gazetteer, span.start, span.end)) for index, span in enumerate(document.sentences)
    }
    roles = set()
    for relation in read_pair_directions(document, grammar_, candidates):
        if relation.importer and relation.exporter and not clause_cue(document.text, document.sentences[relation.sentence], relation, grammar_):
            roles |= {(relation.importer.entity.code, "buys"), (relation.exporter.entity.code, "sells")}
    return roles, bool(ledger.relations or ledger.ignored)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=[SET])
    parser.add_argument("--show", action="store_true", help="print each wrong reading and each trap read")
    parser.add_argument("--show-unread", action="store_true", help="print the buyer-and-seller sentences nothing reads")
    args = parser.parse_args(argv)
    linter = Linter.for_packs([default_pack()])
    for path in args.files:
        counts: Counter[str] = Counter()
        for sentence, expected in labelled(path, linter):
            got, strict = backoff_roles(linter, sentence)
            two_sided = {role for _, role in expected} == {"buys", "sells"}
            if not expected:
                outcome = "trap read" if got else "trap left"
            elif not two_sided:
                continue  # one-party labels: not the backoff reader's job
            else:
                outcome = "not read" if not got else "right" if got <= expected else "wrong"
            counts[outcome] += 1
            if not strict:
                counts["unread: " + outcome] += 1
            if args.show_unread and outcome == "not read" and not strict:
                print(f"NOT READ: {sentence}")
            if args.show and outcome in ("wrong", "trap read"):
                print(f"{outcome.upper()}: {sentence}\n   expected {sorted(expected)}\n   read     {sorted(got)}")
        print(f"{path}: buyer-and-seller sentences right {counts['right']}, wrong {counts['wrong']}, not read {counts['not read']}; "
              f"traps read {counts['trap read']} of {counts['trap read'] + counts['trap left']}")
        print(f"  of those the strict readers read nothing in and did not pass over: right {counts['unread: right']}, wrong {counts['unread: wrong']}, "
              f"not read {counts['unread: not read']}; traps read {counts['unread: trap read']} of "
              f"{counts['unread: trap read'] + counts['unread: trap left']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
