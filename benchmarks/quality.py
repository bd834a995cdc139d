"""factlint's measured quality on real news: false alarms on clean copy, recall of planted errors.

    python benchmarks/quality.py [false-alarms|recall|all] [--limit N] [--per-type 100] [--seed 8]
                                 [--jobs 2] [--out quality.md] [--sample-out quality-sample.md]

- false alarms: every default rule over ../shared/corpus/; findings per 100 articles by rule and
  source. The corpus is published copy, so nearly every finding is a false alarm; a seeded sample
  of findings with their lines is written for review (``--sample-out``), to count the real ones.
- recall: error injection (benchmarks/injectors.py) plants one known error into each of up to
  ``--per-type`` real articles per error type (a seeded choice of article and site), lints the
  article before and after, and counts the planted errors found by an expected rule at the planted
  spot; it also counts what the injection made fire elsewhere in the article. An error type whose
  rules are not installed shows 0% found and says so.

Prints Markdown tables ready for the README with the date measured. Articles are linted with their
publication date from the source's MANIFEST.tsv (as a newsroom passes ``--date``) unless
``--no-article-dates``. Needs the corpus; not part of the test suite.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from corpus_findings import add_corpus_arguments, article_dates, articles, selection_config
from injectors import EXPECTED_RULES, INJECTORS, Injection, use_roster

from factlint.config import Config
from factlint.diagnostic import Diagnostic
from factlint.engine import Linter


# --- linting, in worker processes when asked ---------------------------------------------------

_CONFIG = Config()


def _set_config(config: Config) -> None:
    global _CONFIG
    _CONFIG = config


def lint_text(job: tuple[str, str, date | None]) -> list[Diagnostic]:
    """Diagnostics of one article text, with every rule the configuration selects."""
    text, path, when = job
    linter = Linter.for_config(_CONFIG)
    document = linter.document(text, path, when)
    return linter.lint_document(document, linter.rules_for(_CONFIG.select, _CONFIG.ignore))


def lint_many(jobs: Sequence[tuple[str, str, date | None]], processes: int, config: Config) -> Iterator[list[Diagnostic]]:
    """``lint_text`` over ``jobs`` in order, in ``processes`` worker processes when above one."""
    _set_config(config)
    Linter.for_config(config)  # compile once here; forked workers inherit it
    if processes <= 1:
        yield from map(lint_text, jobs)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(processes, initializer=_set_config, initargs=(config,)) as pool:
        yield from pool.imap(lint_text, jobs, chunksize=16)


# --- false alarms ------------------------------------------------------------------------------

@dataclass
class FalseAlarms:
    articles: Counter[str] = field(default_factory=Counter)  # source -> articles linted
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, source) -> findings
    findings: list[tuple[Diagnostic, str]] = field(default_factory=list)  # with the line's text
    seconds: float = 0.0


def false_alarms(files: list[Path], dates: dict[Path, date], processes: int, config: Config) -> FalseAlarms:
    result = FalseAlarms()
    started = time.perf_counter()
    texts = (path.read_text(encoding="utf-8", errors="replace") for path in files)
    jobs = [(text, str(path), dates.get(path)) for path, text in zip(files, texts)]
    for (text, path, _), diagnostics in zip(jobs, lint_many(jobs, processes, config)):
        source = Path(path).parent.name
        result.articles[source] += 1
        lines = text.splitlines()
        for diagnostic in diagnostics:
            result.counts[(diagnostic.rule, source)] += 1
            line = lines[diagnostic.line - 1] if diagnostic.line <= len(lines) else ""
            result.findings.append((diagnostic, line))
    result.seconds = time.perf_counter() - started
    return result


def false_alarm_table(result: FalseAlarms, rule_ids: list[str]) -> list[str]:
    sources = sorted(result.articles)
    total = sum(result.articles.values())
    lines = [
        f"**Findings per 100 articles on published copy** ({total:,} articles: "
        + ", ".join(f"{s} {result.articles[s]:,}" for s in sources)
        + "). Published copy is nearly clean, so these are mostly false alarms:",
        "",
        "| rule | " + " | ".join(sources) + " | all | findings |",
        "|---|" + "---:|" * (len(sources) + 2),
    ]
    for rule in rule_ids:
        cells = [f"{100 * result.counts[(rule, s)] / result.articles[s]:.2f}" for s in sources]
        count = sum(result.counts[(rule, s)] for s in sources)
        lines.append(f"| {rule} | " + " | ".join(cells) + f" | {100 * count / total:.2f} | {count} |")
    all_cells = [f"{100 * sum(result.counts[(r, s)] for r in rule_ids) / result.articles[s]:.2f}" for s in sources]
    count = sum(result.counts.values())
    lines.append("| **all rules** | " + " | ".join(all_cells) + f" | **{100 * count / total:.2f}** | {count} |")
    return lines


def false_alarm_sample(result: FalseAlarms, per_rule: int, seed: int) -> list[str]:
    """Up to ``per_rule`` findings of each rule, drawn with a fixed seed, with their lines, for review."""
    rng = random.Random(seed)
    by_rule: dict[str, list[tuple[Diagnostic, str]]] = {}
    for diagnostic, line in result.findings:
        by_rule.setdefault(diagnostic.rule, []).append((diagnostic, line))
    lines = ["## False-alarm sample for review", ""]
    for rule in sorted(by_rule):
        picked = rng.sample(by_rule[rule], min(per_rule, len(by_rule[rule])))
        lines += [f"### {rule} ({len(picked)} of {len(by_rule[rule])})", ""]
        for diagnostic, line in picked:
            lines += [f"- `{diagnostic.plain()}`", f"  > {_excerpt(line, diagnostic.column)}"]
        lines.append("")
    return lines


def _excerpt(line: str, column: int, width: int = 220) -> str:
    start = max(0, column - 1 - width // 2)
    text = line[start:start + width].strip()
    return ("…" if start else "") + text.replace("|", "\\|")


# --- recall by error injection -----------------------------------------------------------------

@dataclass
class Planted:
    path: Path
    injection: Injection
    found: bool = False
    other_rule_at_spot: list[str] = field(default_factory=list)
    new_elsewhere: list[Diagnostic] = field(default_factory=list)


def plant(files: list[Path], per_type: int, seed: int, kinds: Sequence[str], dates: dict[Path, date] | None = None) -> tuple[dict[str, list[Planted]], Counter[str]]:
    """Up to ``per_type`` injections of each kind, each into a different article, chosen with ``seed``;
    an injector that ``needs_date`` is given the article's date (and skips articles without one)."""
    planted: dict[str, list[Planted]] = {}
    scanned: Counter[str] = Counter()
    texts: dict[Path, str] = {}
    for kind in kinds:
        rng = random.Random(f"{seed}:{kind}")
        order = list(files)
        rng.shuffle(order)
        planted[kind] = []
        for path in order:
            if len(planted[kind]) >= per_type:
                break
            scanned[kind] += 1
            if path not in texts:
                texts[path] = path.read_text(encoding="utf-8", errors="replace")
            injector = INJECTORS[kind]
            if getattr(injector, "needs_date", False):
                injection = injector(texts[path], rng, (dates or {}).get(path))
            else:
                injection = injector(texts[path], rng)
            if injection is not None:
                planted[kind].append(Planted(path, injection))
    return planted, scanned


def _overlaps(diagnostic: Diagnostic, injection: Injection) -> bool:
    end = max(diagnostic.end_offset, diagnostic.offset + 1)
    return diagnostic.offset < injection.end and end > injection.start


def _expected(rule: str, rules: Sequence[str]) -> bool:
    return any(rule == r or rule.startswith(r.rstrip("/") + "/") for r in rules)


def judge(planted: dict[str, list[Planted]], dates: dict[Path, date], processes: int, config: Config) -> None:
    """Lint every article before and after its injection and record what fired where."""
    items = [p for kind in planted for p in planted[kind]]
    clean_paths = sorted({p.path for p in items})
    jobs = [(p.read_text(encoding="utf-8", errors="replace"), str(p), dates.get(p)) for p in clean_paths]
    jobs += [(p.injection.text, str(p.path), dates.get(p.path)) for p in items]
    results = list(lint_many(jobs, processes, config))
    clean = dict(zip(clean_paths, results[: len(clean_paths)]))
    for item, diagnostics in zip(items, results[len(clean_paths):]):
        at_spot = [d for d in diagnostics if _overlaps(d, item.injection)]
        item.found = any(_expected(d.rule, item.injection.rules) for d in at_spot)
        item.other_rule_at_spot = sorted({d.rule for d in at_spot if not _expected(d.rule, item.injection.rules)})
        before = Counter((d.rule, d.message) for d in clean[item.path])
        for d in diagnostics:
            if _overlaps(d, item.injection):
                continue
            if before[(d.rule, d.message)] > 0:
                before[(d.rule, d.message)] -= 1
            else:
                item.new_elsewhere.append(d)


def recall_table(planted: dict[str, list[Planted]], scanned: Counter[str], installed: set[str]) -> list[str]:
    lines = [
        "**Recall by error injection**: one error planted per article into real corpus articles "
        "(seeded choice of article and site); found = an expected rule flags the planted spot. "
        "'Elsewhere' counts findings the injection added away from the planted spot:",
        "",
        "| error type | expected rule | planted | found | share found | other rule at the spot | new findings elsewhere |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for kind, items in planted.items():
        rules = EXPECTED_RULES[kind]
        missing = [r for r in rules if r not in installed]
        rule_cell = ", ".join(f"{r}{' (not installed)' if r in missing else ''}" for r in rules)
        found = sum(p.found for p in items)
        share = f"{100 * found / len(items):.0f}%" if items else "–"
        other = sum(bool(p.other_rule_at_spot) and not p.found for p in items)
        elsewhere = sum(len(p.new_elsewhere) for p in items)
        note = "" if items else f" (no site in {scanned[kind]:,} articles)"
        lines.append(f"| {kind}{note} | {rule_cell} | {len(items)} | {found} | {share} | {other} | {elsewhere} |")
    total = sum(len(v) for v in planted.values())
    found = sum(p.found for v in planted.values() for p in v)
    if total:
        lines.append(f"| **all types** | | {total} | {found} | **{100 * found / total:.0f}%** | | "
                     f"{sum(len(p.new_elsewhere) for v in planted.values() for p in v)} |")
    return lines


def recall_sample(planted: dict[str, list[Planted]], per_type: int, seed: int) -> list[str]:
    """A few injections of each type, missed ones first, with what fired: for reading."""
    rng = random.Random(seed)
    lines = ["## Injection sample for review", ""]
    for kind, items in planted.items():
        if not items:
            continue
        missed = [p for p in items if not p.found]
        picked = rng.sample(missed, min(per_type, len(missed)))
        rest = [p for p in items if p.found]
        picked += rng.sample(rest, min(per_type - len(picked), len(rest)))
        lines += [f"### {kind}: {sum(p.found for p in items)} of {len(items)} found", ""]
        for p in picked:
            inj = p.injection
            context = inj.text[max(0, inj.start - 60):inj.end + 60].replace("\n", " ")
            lines += [
                f"- {'found' if p.found else 'MISSED'} in `{p.path.parent.name}/{p.path.name}`: "
                f"`{inj.before.strip()}` → `{inj.after.strip()}`",
                f"  > …{context}…",
            ]
            if p.other_rule_at_spot:
                lines.append(f"  - other rules at the spot: {', '.join(p.other_rule_at_spot)}")
            for d in p.new_elsewhere[:3]:
                lines.append(f"  - new elsewhere: `{d.plain(with_path=False)}`")
        lines.append("")
    return lines


# --- main --------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", nargs="?", choices=("false-alarms", "recall", "all"), default="all")
    add_corpus_arguments(parser, limit_help="articles per source for the false-alarm run")
    parser.add_argument("--per-type", type=int, default=100, help="injections per error type")
    parser.add_argument("--type", action="append", default=[], choices=sorted(INJECTORS), help="only these error types")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--no-article-dates", action="store_true", help="do not give articles their MANIFEST.tsv dates")
    parser.add_argument("--sample", type=int, default=10, help="findings per rule / injections per type in the sample")
    parser.add_argument("--sample-out", type=Path, help="write the review sample (Markdown) here")
    parser.add_argument("--out", type=Path, help="also write the tables (Markdown) here")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2

    config = selection_config(args)
    linter = Linter.for_config(config)
    rule_ids = [rule.definition.id for rule in linter.rules_for(config.select, config.ignore)]
    dates = {} if args.no_article_dates else article_dates(args.corpus)
    measured = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    out = [f"Measured {measured} with {len(rule_ids)} rules ({', '.join(sorted({r.split('/')[0] for r in rule_ids}))}); "
           f"`python benchmarks/quality.py {' '.join(argv if argv is not None else sys.argv[1:])}`.", ""]
    sample: list[str] = []

    if args.report in ("false-alarms", "all"):
        files = articles(args.corpus, args.source, args.limit)
        result = false_alarms(files, dates, args.jobs, config)
        print(f"false alarms: {len(files)} articles linted in {result.seconds:.1f} s", file=sys.stderr)
        out += false_alarm_table(result, rule_ids) + [""]
        sample += false_alarm_sample(result, args.sample, args.seed)

    if args.report in ("recall", "all"):
        people = linter.knowledge.get("people") or {}
        roster = [str(p.get("name", "")) for p in people.get("people", []) if isinstance(p, dict)] if isinstance(people, dict) else []
        if roster:
            use_roster(roster)  # plant misspellings of the names the installed rules know
        out += [f"Roster for misspelt names: {'the installed rules/data/people.yaml (' + str(len(roster)) + ' names)' if roster else 'the built-in list in benchmarks/injectors.py'}.", ""]
        kinds = args.type or list(INJECTORS)
        files = articles(args.corpus, args.source, None)
        started = time.perf_counter()
        planted, scanned = plant(files, args.per_type, args.seed, kinds, dates)
        judge(planted, dates, args.jobs, config)
        print(f"recall: {sum(map(len, planted.values()))} injections judged in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        out += recall_table(planted, scanned, set(rule_ids)) + [""]
        sample += recall_sample(planted, args.sample, args.seed)

    report = "\n".join(out)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")
    if args.sample_out:
        args.sample_out.write_text("\n".join(sample) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
