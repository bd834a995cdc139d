"""Regenerate rules/data/officeholders.yaml, the shipped roster of officeholders, from the shared data.

    python scripts/build_officeholders.py [--source ../shared/data/officeholders] [--check]

Reads ``officeholders.csv`` (name, office, country_or_org, start_date, end_date, source_id; see its
SOURCES.md), applies ``scripts/officeholders-corrections.yaml`` and the rules below, and writes one
line per office and one per term. Every row left out or changed is counted in the report printed
and in the header of the generated file, by reason; nothing is dropped in silence:

- terms that ended before 1945 (the corpus and the copy a newsroom lints start long after);
- names that are Wikidata ids ("Q27146606") or non-English labels ("Guilherme, grão-duque ...");
  the corrections file renames the ones worth keeping ("Papa Bento XVI" -> "Benedict XVI");
- terms that start after they end, or have no start date (a bare year is read as 1 January);
- the same person in the same office twice with overlapping dates (merged into one term);
- offices with more than one open-ended holder that the corrections file does not resolve: kept,
  marked ``ambiguous`` (the office rule then never names who held them);
- offices with only a generic "Head of state"/"Head of government" title and no title in the
  corrections file: kept for the names, with no titles (the office rule cannot read them in copy).

``--check`` exits 1 when the file on disk differs from what the build would write (for CI).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "rules" / "data" / "officeholders.yaml"
CORRECTIONS = Path(__file__).resolve().parent / "officeholders-corrections.yaml"
EARLIEST_END = "1945-01-01"
_QID = re.compile(r"^Q\d+$")
# Words of the Portuguese labels Wikidata falls back to for some historic rulers.
_PORTUGUESE = re.compile(r"\b(?:grão|duque|duquesa|rei|rainha|príncipe|princesa|papa|conde|condessa|imperador|"
                         r"imperatriz|infante|infanta|herdeiro|herdeira|arquiduque|sultão|xá|emir de)\b|"
                         r"\b(?:da|do|de|dos) (?:Albânia|Bélgica|Reino Unido|Espanha|Suécia|Dinamarca|Noruega|Países Baixos|"
                         r"Luxemburgo|Grécia|Itália|Romênia|Bulgária|Iugoslávia|Egito|Iraque|Jordânia|Líbia|Tailândia|"
                         r"Camboja|Afeganistão|Irã|Etiópia|Marrocos|Tunísia|Mônaco|Japão|Rússia|Nepal|Butão|Tonga)\b")
# Countries pycountry does not find by these names.
_COUNTRY_CODES = {
    "Ivory Coast": "CI", "Vatican City": "VA", "Kosovo": "XK", "Russia": "RU", "South Korea": "KR",
    "North Korea": "KP", "Iran": "IR", "Syria": "SY", "Laos": "LA", "Vietnam": "VN", "Bolivia": "BO",
    "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD", "Taiwan": "TW", "Micronesia": "FM",
    "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "Palestine": "PS",
    "Brunei": "BN", "Cape Verde": "CV", "East Timor": "TL", "Turkey": "TR", "Czech Republic": "CZ",
    "The Gambia": "GM", "Gambia": "GM", "The Bahamas": "BS", "Bahamas": "BS", "Eswatini": "SZ",
    "Federated States of Micronesia": "FM", "Sint Maarten": "SX", "Curaçao": "CW", "Macau": "MO",
    "International": "INTL", "São Tomé and Príncipe": "ST", "United Kingdom": "GB", "United States": "US",
}
# Monarchies with their own crown, whose "monarch of" office is not the British one.
_OWN_MONARCHS = {"Bahrain", "Denmark", "Tonga", "Luxembourg", "Norway", "Spain", "Sweden"}
# The title copy writes before a name, from the office's own name.
_DEFAULT_TITLES = [
    (re.compile(r"^(?:Federal )?President of (?:the )?", re.I), ["president"]),
    (re.compile(r"^Prime Minister(?: of |$)", re.I), ["prime minister"]),
    (re.compile(r"^(?:King|Monarch) of ", re.I), ["king", "queen"]),
    (re.compile(r"^Emperor of ", re.I), ["emperor"]),
    (re.compile(r"^Premier of ", re.I), ["premier"]),
    (re.compile(r"^Emir of ", re.I), ["emir"]),
    (re.compile(r"^Sultan of ", re.I), ["sultan"]),
]


@dataclass
class Term:
    name: str
    office: tuple[str, str]  # (country_or_org, office)
    start: str
    end: str
    source: str


def country_code(country: str) -> str:
    """The ISO 3166 alpha-2 code of a country as the source names it, or the name itself."""
    if country in _COUNTRY_CODES:
        return _COUNTRY_CODES[country]
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_2)
    except LookupError:
        return country


def office_id(country: str, office: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", office.lower().replace("'", "")).strip("-")
    return f"{country_code(country).lower()}/{slug}"


def default_titles(office: str) -> list[str]:
    for pattern, titles in _DEFAULT_TITLES:
        if pattern.search(office):
            return titles
    return []


def build(source: Path, corrections: dict) -> tuple[str, Counter[str]]:
    """The text of rules/data/officeholders.yaml, and the count of rows by what was done to them."""
    report: Counter[str] = Counter()
    key = lambda pair: (str(pair[0]), str(pair[1]))  # noqa: E731
    drop_offices = {key(p) for p in corrections.get("drop_offices", [])}
    collegial = {key(p) for p in corrections.get("collegial_offices", [])}
    drop_rows = {(str(n), str(c), str(o)) for n, c, o in corrections.get("drop_rows", [])}
    set_end = {(str(n), str(c), str(o)): str(e) for n, c, o, e in corrections.get("set_end", [])}
    same_office = {key(a): key(b) for a, b in corrections.get("same_office", [])}
    renames = {str(a): str(b) for a, b in corrections.get("rename", [])}
    titles = {key(t[:2]): [str(x) for x in t[2]] for t in corrections.get("titles", [])}

    terms: list[Term] = []
    with (source / "officeholders.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name, country, office = row["name"].strip(), row["country_or_org"].strip(), row["office"].strip()
            report["rows read"] += 1
            if (country, office) in drop_offices:
                report["dropped: fictional, ceremonial or collective office (corrections)"] += 1
                continue
            if (name, country, office) in drop_rows:
                report["dropped: wrong row (corrections)"] += 1
                continue
            end = row["end_date"].strip()
            if (name, country, office) in set_end:
                end = set_end[(name, country, office)]
                report["end date set (corrections)"] += 1
            if end and end < EARLIEST_END:
                report["left out: term ended before 1945"] += 1
                continue
            if name in renames:
                name = renames[name]
                report["renamed: non-English label (corrections)"] += 1
            elif _QID.match(name):
                report["dropped: no label, only a Wikidata id"] += 1
                continue
            elif _PORTUGUESE.search(name):
                report["dropped: non-English (Portuguese) label"] += 1
                continue
            if ", " in name:  # "William Slim, 1st Viscount Slim", "Salman bin Hamad, Crown Prince of Bahrain"
                name = name.split(", ")[0]
                report["label cut at its comma (a peerage or style after the name)"] += 1
            start = row["start_date"].strip()
            if re.fullmatch(r"\d{4}", start):  # "2025": a year with no month or day
                start = f"{start}-01-01"
                report["start given as a bare year, read as YYYY-01-01"] += 1
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", start) or (end and not re.fullmatch(r"\d{4}-\d\d-\d\d", end)):
                report["dropped: no start date, or a date that is not YYYY-MM-DD"] += 1
                continue
            if end and start > end:
                report["dropped: term starts after it ends"] += 1
                continue
            office_key = same_office.get((country, office), (country, office))
            if office_key != (country, office):
                report["office read under its other name (corrections)"] += 1
            terms.append(Term(name, office_key, start, end, row["source_id"].strip()))
    terms = _drop_governors_general(terms, report)
    terms = _merge_duplicates(terms, report)

    by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in terms:
        by_office[term.office].append(term)
    lines = [_header(source, report_placeholder=True)]
    # Offices and terms as blocks of lines rather than YAML lists and mappings: read in a few
    # milliseconds at start-up. A pack's own rows go in `offices` and `holders` lists instead.
    lines.append("# A pack's own offices ({id, name, country, titles, flags}) and terms (lines as in `table`).")
    lines.append("offices: []")
    lines.append("holders: []")
    lines.append("# id|name|country|titles (;)|flags (;): collegial, ambiguous")
    lines.append("office_table: |")
    for office in sorted(by_office):
        country, name = office
        office_titles = titles.get(office, default_titles(name))
        if not office_titles:
            report["offices with no title copy would use (names only)"] += 1
        open_holders = {t.name for t in by_office[office] if not t.end}
        flags = []
        if office in collegial:
            flags.append("collegial")
            report["offices marked collegial (corrections)"] += 1
        elif len(open_holders) > 1:
            flags.append("ambiguous")
            report["offices marked ambiguous: several open-ended holders"] += 1
        lines.append("  " + "|".join([office_id(*office), name, country_code(country), ";".join(office_titles), ";".join(flags)]))
    # One block of text rather than a YAML list: read in a few milliseconds at start-up. A pack's own
    # rows go in a `holders` list of the same lines.
    lines.append("# name|office id|start|end (empty: in office when the source was taken)|source id")
    lines.append("table: |")
    for term in sorted(terms, key=lambda t: (office_id(*t.office), t.start, t.name)):
        lines.append("  " + "|".join([term.name, office_id(*term.office), term.start, term.end, term.source]))
        report["terms written"] += 1
    text = "\n".join(lines) + "\n"
    return text.replace(_header(source, report_placeholder=True), _header(source, report=report)), report


def _drop_governors_general(terms: list[Term], report: Counter[str]) -> list[Term]:
    """The source files governors-general of Commonwealth realms as the realm's monarch: only the
    monarchs of the United Kingdom are kept in those offices."""
    monarchs = {t.name for t in terms if t.office == ("United Kingdom", "monarch of the United Kingdom")}
    kept: list[Term] = []
    for term in terms:
        realm = term.office[1].lower().startswith("monarch of") and term.office[0] != "United Kingdom"
        if realm and monarchs and term.name not in monarchs and term.office[0] not in _OWN_MONARCHS:
            report["dropped: governor-general filed as the monarch"] += 1
            continue
        kept.append(term)
    return kept


def _merge_duplicates(terms: list[Term], report: Counter[str]) -> list[Term]:
    """One term for the same person in the same office with overlapping dates: the earliest start
    (a 1 January start is year precision, so a precise one wins) and the latest end."""
    merged: list[Term] = []
    groups: dict[tuple[str, tuple[str, str]], list[Term]] = defaultdict(list)
    for term in terms:
        groups[(term.name, term.office)].append(term)
    for group in groups.values():
        group.sort(key=lambda t: t.start)
        current = group[0]
        for term in group[1:]:
            current_end = current.end or "9999-12-31"
            if term.start <= current_end:
                report["merged: same person, same office, overlapping dates"] += 1
                start = current.start
                if start.endswith("-01-01") and not term.start.endswith("-01-01") and term.start[:4] == start[:4]:
                    start = term.start
                end = "" if not current.end or not term.end else max(current.end, term.end)
                current = Term(current.name, current.office, start, end, current.source)
            else:
                merged.append(current)
                current = term
        merged.append(current)
    return merged


def _header(source: Path, *, report: Counter[str] | None = None, report_placeholder: bool = False) -> str:
    if report_placeholder:
        return "# @@HEADER@@"
    assert report is not None
    counts = "\n".join(f"#   {reason}: {count}" for reason, count in sorted(report.items()))
    return f"""# Who held which public office, and when: generated by scripts/build_officeholders.py from
# {source.name}/officeholders.csv with scripts/officeholders-corrections.yaml. Do not edit by hand:
# correct the corrections file and run the script again. Hand-reviewed rows the source lacks (US
# cabinet, G20 ministers, heads of international bodies) are in officeholders-supplement.yaml; a
# newsroom adds its own in its pack's data/officeholders.yaml (same format; lists are concatenated).
#
# Sources and licences (keep these notices with any copy):
# - heads of state and government, UN posts, WTO head: Wikidata (CC0), by way of cfmessias/geografia
#   (data/leaders_history.csv) and every-politician-scrapers/world-leaders-2021 and /world.
# - UK prime ministers, deputy prime ministers and cabinet-rank posts since 1979: Institute for
#   Government ministers database (instituteforgov/ifg-ministers-database-public), MIT licence,
#   Copyright (c) 2024 Institute for Government. Permission is hereby granted, free of charge, to
#   any person obtaining a copy of this data to deal in it without restriction, subject to this
#   notice being included in all copies; it is provided "as is", without warranty of any kind.
#
# A date known only to the year reads YYYY-01-01 in the source (Wikidata's year precision): the
# office rule reads a 1 January start or end as "some day that year".
# Build report (rows by what was done to them):
{counts}"""


def find_source() -> Path:
    for folder in [ROOT, *ROOT.parents]:
        candidate = folder / "shared" / "data" / "officeholders"
        if (candidate / "officeholders.csv").is_file():
            return candidate
    raise SystemExit("no shared/data/officeholders/officeholders.csv above the project; pass --source")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=None, help="folder holding officeholders.csv")
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped file is out of date")
    args = parser.parse_args(argv)
    source = args.source or find_source()
    corrections = yaml.safe_load(CORRECTIONS.read_text(encoding="utf-8")) or {}
    text, report = build(source, corrections)
    for reason, count in sorted(report.items()):
        print(f"{count:6}  {reason}")
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.is_file() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run scripts/build_officeholders.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
