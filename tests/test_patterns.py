"""User patterns (factlint.patterns): compiled in one place, every match under the time limit.

For every field of every kind that takes a pattern, a pattern that backtracks catastrophically is
cut off within the time limit, the warning names the article, the rule and where the pattern was
written, and the run goes on (the next article is linted with the rule again). Which fields take a
pattern is found from the kinds' declared options (a probe pattern set in each field, compiled
unescaped): a new pattern field fails here until it runs under the time limit and has a case.
"""

from __future__ import annotations

import re
import textwrap
import time
from pathlib import Path

import pytest

from factlint.cli import main
from factlint.engine import Linter
from factlint.errors import RuleSpecError
from factlint.patterns import Origin, PatternTimeout, compile_user_pattern, scan, time_limit
from factlint.prefilters import compile_prefilter
from factlint.rules_loader import default_pack

# Exponential on a run of a's that is not followed by "b": 2**n ways to split the run.
SLOW = r"(?:a|a)+b"
RUN = "a" * 50
# Three ways to take each a: cut off even in a window of twenty characters.
SLOW3 = r"(?:a|a|a)+b"


def rule_yaml(kind: str, body: str) -> str:
    return textwrap.dedent(
        f"""\
        id: house/slow
        kind: {kind}
        severity: warning
        message: 'slow "{{match}}"'
        description: A rule with a pattern that backtracks catastrophically.
        examples:
          bad: [x]
          good: [y]
        """
    ) + textwrap.dedent(body)


# kind, the rule's own fields, the article that makes the field's pattern run, the field named.
CASES = {
    "pattern.pattern": ("pattern", f"pattern: '{SLOW}'\n", RUN, "pattern"),
    "pattern.exceptions": ("pattern", f"pattern: 'a+'\nexceptions: ['{SLOW}']\n", RUN, "exceptions"),
    "pattern.prefilter": ("pattern", f"pattern: 'b'\nprefilter: '{SLOW}'\n", RUN, "prefilter"),
    "substitution.exceptions": (
        "substitution", f"swap: {{'{RUN}': 'b'}}\nexceptions: ['{SLOW}']\n", RUN, "exceptions"
    ),
    "balance.ignore": ("balance", f"open: '('\nclose: ')'\nignore: ['{SLOW}']\n", f"({RUN}", "ignore"),
    "balance.lone": ("balance", f"open: '('\nclose: ')'\nlone: ['{SLOW}']\n", f"({RUN}", "lone"),
    "balance.asides": ("balance", f"open: '('\nclose: ')'\nasides: ['{SLOW}']\n", f"({RUN}", "asides"),
    "part-whole.joiners": ("part-whole", f"joiners: ['\\s+{SLOW}']\n", f"Some 12 {RUN} 9 judges agreed.", "joiners"),
    "part-whole.noun": (
        "part-whole", f"joiners: ['\\s+of\\s+the\\s+']\nnoun: '\\s+{SLOW}'\n", f"Some 12 of the 9 {RUN}.", "noun"
    ),
    "conversion.joiners": ("conversion", f"joiners: ['\\s+{SLOW}']\n", f"A 42 km {RUN} 16 miles route.", "joiners"),
    "conversion.closers": (
        "conversion", f"joiners: ['\\s*\\(\\s*']\nclosers: ['\\s+{SLOW}']\n", f"A 42 km (16 miles {RUN}) route.", "closers"
    ),
    "conversion.change_context": (
        "conversion", f"joiners: ['\\s*\\(\\s*']\nchange_context: '{SLOW}'\n", f"{RUN[:38]} 30°C (86°F) today.", "change_context"
    ),
    "conversion.reading_context": (
        "conversion", f"joiners: ['\\s*\\(\\s*']\nreading_context: '{SLOW}'\n", f"{RUN[:38]} 30°C (86°F) today.", "reading_context"
    ),
    "conversion.rate": ("conversion", f"joiners: ['\\s*,\\s+or\\s+']\nrate: '\\s+{SLOW}'\n", f"A 42 km {RUN}, or 16 miles.", "rate"),
    "conversion.loose_gap": ("conversion", f"joiners: ['\\s+a+\\s+']\nloose_gap: '{SLOW}'\n", f"A 42 km {RUN} 16 miles route.", "loose_gap"),
    "part-whole.subject_gap": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: 'x'\nsubject_gap: '\\s+{SLOW}'\nsubject_joiner: ',\\s+'\n",
        f"Of the 12 {RUN}, 15 agreed.", "subject_gap",
    ),
    "part-whole.subject_joiner": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: 'x'\nsubject_gap: '\\s+judges,\\s+Labour\\s+holds\\s+'\nsubject_joiner: '\\s+{SLOW}'\n",
        f"Of the 12 judges, Labour holds 15 {RUN} 9.", "subject_joiner",
    ),
    "part-whole.whole_gap": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: '\\s+{SLOW}'\n", f"Of the 12 {RUN}, 15 agreed.", "whole_gap"
    ),
    "majority.before": ("majority", f"before: '{SLOW}\\s+'\n", f"{RUN} 45% agreed.", "before"),
    "part-whole.whole_lead": (
        "part-whole", f"joiners: ['x']\nwhole_lead: '{SLOW3}\\s+'\nwhole_gap: ',\\s+'\n", f"{RUN} 12 judges, 15 agreed.", "whole_lead"
    ),
    "part-whole.part_joiners": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: '\\s+judges,\\s+'\npart_joiners: '\\s+{SLOW}'\n",
        f"Of the 12 judges, 15 {RUN} 9 dissented.", "part_joiners",
    ),
    "part-whole.split_lead": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: ',\\s+'\nsplit_lead: '{SLOW3}\\s+'\nsplit_gap: ':\\s+'\n", f"{RUN} 12 seats: 15 for us.", "split_lead"
    ),
    "part-whole.split_gap": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: ',\\s+'\nsplit_lead: 'the '\nsplit_gap: '\\s+{SLOW}'\n", f"The 12 {RUN}: 15 for us.", "split_gap"
    ),
    "part-whole.anaphor_lead": (
        "part-whole", f"joiners: ['x']\nanaphor_lead: '{SLOW}'\n", f"The office had 12 requests. A{RUN} 15 agreed.", "anaphor_lead"
    ),
    "part-whole.subset_gap": ("part-whole", f"joiners: ['x']\nsubset_gap: '\\s+{SLOW}'\n", f"Some 12 {RUN} 15 agreed.", "subset_gap"),
    "part-whole.late_whole_gap": ("part-whole", f"joiners: ['x']\nlate_whole_gap: '\\s+{SLOW}'\n", f"Some 12 {RUN} 15 agreed.", "late_whole_gap"),
    "part-whole.back_reference": ("part-whole", f"joiners: ['x']\nback_reference: '\\s+{SLOW}'\n", f"They ordered 12 buses and got 15 {RUN}.", "back_reference"),
    "part-whole.composed_of": ("part-whole", f"joiners: ['x']\ncomposed_of: '-man\\s+{SLOW}'\n", f"The 26-man {RUN} 3 keepers, 4 backs.", "composed_of"),
    "part-whole.complement_before": (
        "part-whole", f"joiners: ['x']\npart_joiners: '\\s+a+\\s+'\ncomplement_before: '{SLOW3}\\s+'\ncomplement_after: '\\s+others'\n",
        f"The bus had 52 pupils. Some 30 {RUN} 25 others were sent home.", "complement_before",
    ),
    "part-whole.complement_after": (
        "part-whole", f"joiners: ['x']\npart_joiners: '\\s+and\\s+'\ncomplement_before: 'another\\s+'\ncomplement_after: '\\s+{SLOW}'\n",
        f"The bus had 52 pupils. Some 30 and 25 {RUN}.", "complement_after",
    ),
    "part-whole.modifier_joiner": (
        "part-whole", f"joiners: ['x']\nmodifier_joiner: '\\s+{SLOW}'\nmodifier_count: '-member'\n", f"They took 23 {RUN} 21-member council.", "modifier_joiner",
    ),
    "part-whole.modifier_count": (
        "part-whole", f"joiners: ['x']\nmodifier_joiner: '\\s+on\\s+the\\s+'\nmodifier_count: '-{SLOW}'\n", f"They took 23 on the 21-{RUN} council.", "modifier_count",
    ),
    "part-whole.part_after": (
        "part-whole", f"joiners: ['x']\nwhole_lead: 'of the '\nwhole_gap: '\\s+judges,\\s+'\npart_after: '\\s+{SLOW}'\n",
        f"Of the 12 judges, 15 {RUN} agreed.", "part_after",
    ),
    "majority.apposition": ("majority", f"apposition: '{SLOW}\\s*,\\s*'\n", f"{RUN}, 45%, agreed.", "apposition"),
    "majority.apposition_close": (
        "majority", f"apposition: 'most\\s*,\\s*'\napposition_close: '\\s*{SLOW}'\n", f"Most, 45% {RUN} agreed.", "apposition_close"
    ),
    "majority.after": ("majority", f"after: '\\s+{SLOW}'\n", f"Some 45% {RUN} agreed.", "after"),
    "relative-date.binders_after": (
        "relative-date", f"binders: ','\nbinders_after: '\\s+{SLOW}\\s+'\n", f"---\ndate: 2026-04-01\n---\nOn April 7 {RUN} next week it starts.", "binders_after"
    ),
    "office-date.past_markers": (
        "office-date", f"modifiers: [former]\npast_markers: ['{SLOW}']\n",
        f"---\ndate: 2026-03-01\n---\nChancellor Olaf Scholz heads to Beijing {RUN}.", "past_markers",
    ),
    "majority.of_them": (
        "majority", f"apposition: 'most\\s*,\\s*'\ncount_tail: '\\s*'\nof_them: '\\s+{SLOW}\\s*,\\s*'\n", f"Some 50 {RUN}, 5, agreed.", "of_them"
    ),
    "majority.further": (
        "majority", f"apposition: 'most\\s*,\\s*'\nfurther: '{SLOW3}\\s+'\n", f"Most, $5 million, went to A, {RUN[:25]} $3 million to B.", "further"
    ),
    "majority.later": ("majority", f"apposition: 'most\\s*,\\s*'\nlater: '{SLOW}\\s+'\n", f"{RUN} 45%, agreed.", "later"),
    "majority.claim": (
        "majority", f"apposition: 'most\\s*,\\s*'\ncount_tail: '\\s+of\\s+the\\s+\\d+'\nclaim: '{SLOW}\\s+'\n", f"{RUN} 5 of the 40 seats.", "claim"
    ),
    "majority.restated": ("majority", f"apposition: 'most\\s*,\\s*'\nrestated: '\\s+{SLOW}(?P<word>x)'\n", f"Some 45% {RUN} agreed.", "restated"),
    "part-whole.owned_lead": (
        "part-whole", f"joiners: ['x']\nowned_lead: '{SLOW}\\s+'\nowned_gap: 'x'\nowned_joiners: ['x']\n", f"{RUN} 12 seats, 5 and 9.", "owned_lead"
    ),
    "part-whole.owned_gap": (
        "part-whole", f"joiners: ['x']\nowned_lead: 'has\\s+'\nowned_gap: '\\s+{SLOW}\\s+'\nowned_joiners: ['x']\n", f"The council has 12 {RUN} 5 and 9.", "owned_gap"
    ),
    "part-whole.owned_joiners": (
        "part-whole", f"joiners: ['x']\nowned_lead: 'has\\s+'\nowned_gap: '\\s+seats,\\s+'\nowned_joiners: ['\\s+{SLOW}\\s+']\n",
        f"The council has 12 seats, 5 {RUN} 9 agreed.", "owned_joiners",
    ),
    "majority.count_tail": ("majority", f"apposition: 'most\\s*,\\s*'\ncount_tail: '\\s+{SLOW}'\n", f"Most, 5 {RUN} agreed.", "count_tail"),
    "relative-date.possessive_binders": (
        "relative-date", f"binders: ','\npossessive_binders: '\\s+{SLOW}'\n", f"---\ndate: 2026-04-01\n---\nLast week's {RUN} vote was on April 7.", "possessive_binders"
    ),
    "office-date.present_markers": (
        "office-date", f"modifiers: [former]\npresent_markers: ['{SLOW}']\n",
        f"---\ndate: 2026-03-01\n---\nChancellor Olaf Scholz {RUN} in Berlin. Friedrich Merz spoke.", "present_markers",
    ),
    "relative-date.binders": (
        "relative-date", f"binders: '\\s+{SLOW}\\s+'\n", f"---\ndate: 2026-04-01\n---\nIt starts next week {RUN} April 7.", "binders"
    ),
}


# --- which fields take patterns: derived from the kinds' declared options --------------------------

# A pattern that is valid anywhere a pattern is, never matches empty text, and reads differently once
# escaped (a field of words is escaped, a pattern field is not). Its shape (a repetition inside a
# repetition) keeps it off the untimed ``re`` path of a prefilter.
PROBE = "(?:q+z)+qzx"


def _probe_value(option_type: object, current: object) -> object:
    """``PROBE`` in the shape the field takes: each item of a list, each key of a mapping."""
    types = option_type if isinstance(option_type, tuple) else (option_type,)
    if list in types:
        return [PROBE] * max(1, len(current) if isinstance(current, list) else 0)
    if dict in types:
        return {PROBE: PROBE}
    if str in types:
        return PROBE
    return None


def _compiled_raw_and_timed(kind: str, field: str) -> tuple[bool, bool]:
    """Set ``field`` of the shipped rule of ``kind`` to ``PROBE``, compile the rule and run it over its
    bad examples: (was PROBE compiled unescaped, does every such pattern run under the time limit).

    Under the time limit means: each ``regex`` pattern compiled from it is held by a UserPattern, and
    no ``re`` pattern compiled from it (which has no time limit) is kept by the rule.
    """
    import regex as regex_module

    from factlint import patterncache, patterns
    from factlint.checks import check_class
    from factlint.yamlfile import load_yaml

    rule = next(r for r in SHIPPED.rules if r.kind == kind)
    cls = check_class(kind)
    spec = dict(load_yaml(rule.definition.path))  # type: ignore[arg-type]
    spec[field] = _probe_value(cls.options[field].type, spec.get(field, cls.options[field].default))
    compiled: list[object] = []
    timed: list[object] = []
    real = (patterncache.compile, regex_module.compile, re.compile, patterns.UserPattern.__init__)

    def spy(original):  # type: ignore[no-untyped-def]
        def compile_(source, *args, **kwargs):  # type: ignore[no-untyped-def]
            pattern = original(source, *args, **kwargs)
            if isinstance(source, str) and PROBE in source:
                compiled.append(pattern)
            return pattern

        return compile_

    def user_pattern_init(self, pattern, source, origin, build):  # type: ignore[no-untyped-def]
        timed.append(pattern)
        real[3](self, pattern, source, origin, build)

    check = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patterncache, "compile", spy(real[0]))
        patch.setattr(regex_module, "compile", spy(real[1]))
        patch.setattr(re, "compile", spy(real[2]))
        patch.setattr(patterns.UserPattern, "__init__", user_pattern_init)
        patch.setattr(patterncache, "known", lambda source, flags=0: False)  # compiled now, not on first use
        try:
            check = cls(rule.definition, spec, SHIPPED.knowledge)
            for example in rule.definition.examples.get("bad", []):
                document = SHIPPED.document(example, "example.md" if example.startswith("---\n") else "example.txt")
                list(check.run(document))
        except Exception:  # noqa: BLE001 - a field that refuses the probe (words, file names) is no pattern field
            pass
    untimed_regex = [c for c in compiled if not isinstance(c, re.Pattern) and not any(c is t for t in timed)]
    kept_re = [c for c in _reachable_patterns(check) if isinstance(c, re.Pattern) and PROBE in c.pattern]
    return bool(compiled), not untimed_regex and not kept_re


def _reachable_patterns(root: object) -> list[object]:
    """Compiled patterns held by ``root`` (through attributes and containers), not inside a UserPattern."""
    from factlint.patterns import UserPattern

    found, seen, stack = [], set(), [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None or isinstance(item, (str, bytes, int, float, UserPattern)):
            continue
        seen.add(id(item))
        if isinstance(item, re.Pattern) or type(item).__name__ == "Pattern":
            found.append(item)
        elif isinstance(item, dict):
            stack.extend([*item.keys(), *item.values()])
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif not callable(item) or hasattr(item, "__dict__"):
            stack.extend(vars(item).values() if hasattr(item, "__dict__") else ())
            stack.extend(getattr(item, slot) for slot in getattr(type(item), "__slots__", ()) if hasattr(item, slot))
    return found


def _pattern_fields() -> list[str]:
    """``kind.field`` of every declared option that takes a pattern (PROBE compiled unescaped)."""
    from factlint.checks import KINDS, check_class

    fields = []
    for kind in sorted(KINDS):
        for field, option in check_class(kind).options.items():
            if _probe_value(option.type, None) is not None and _compiled_raw_and_timed(kind, field)[0]:
                fields.append(f"{kind}.{field}")
    return fields


SHIPPED = Linter.for_packs([default_pack()])
PATTERN_FIELDS = _pattern_fields()


def test_every_declared_pattern_field_is_found_by_the_probe() -> None:
    """The probe finds the fields the cases below were written for (so it is no vacuous list)."""
    assert set(CASES) <= set(PATTERN_FIELDS), sorted(set(CASES) - set(PATTERN_FIELDS))


@pytest.mark.parametrize("field", PATTERN_FIELDS)
def test_every_pattern_field_is_compiled_under_the_time_limit(field: str) -> None:
    kind, name = field.split(".")
    assert _compiled_raw_and_timed(kind, name)[1], (
        f"{field} is compiled without the time limit: compile it with Check.user_pattern"
    )


def write_pack(root: Path, kind: str, body: str) -> Path:
    folder = root / "house" / "house"
    folder.mkdir(parents=True)
    (folder / "slow.yaml").write_text(rule_yaml(kind, body), encoding="utf-8")
    return root / "house"


@pytest.mark.parametrize("case", PATTERN_FIELDS)
def test_a_catastrophic_user_pattern_is_cut_off_named_and_the_run_goes_on(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert case in CASES, f"no catastrophic-backtracking case for the pattern field {case}: add one to CASES"
    kind, body, article, field = CASES[case]
    monkeypatch.setattr("factlint.patterns.PATTERN_TIMEOUT", 0.05)  # a quick suite; the limit's size is not under test
    write_pack(tmp_path, kind, body)
    suffix = ".md" if article.startswith("---") else ".txt"  # front matter (an article date) is read from Markdown
    (tmp_path / f"one{suffix}").write_text(article + "\n", encoding="utf-8")
    (tmp_path / f"two{suffix}").write_text(article + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    started = time.monotonic()
    code = main(["--rules", "house", "--select", "house", f"one{suffix}", f"two{suffix}"])
    elapsed = time.monotonic() - started
    stderr = capsys.readouterr().err
    assert code == 0, stderr
    line = re.escape(str(Path("house/house/slow.yaml")))
    warning = (
        rf"factlint: warning: {{name}}: rule house/slow gave up: its pattern '{field}' \({line}:\d+\) ran past the "
        r"time limit \(catastrophic backtracking\?\); the rest of the file was linted without it"
    )
    # Each article says so: the rule was tried again on the second one.
    assert re.search(warning.format(name=f"one{suffix}"), stderr), stderr
    assert re.search(warning.format(name=f"two{suffix}"), stderr), stderr
    assert elapsed < 2 * 10 * time_limit(len(article)) + 10  # two cut-offs, not 2**45 steps


def test_a_catastrophic_pattern_in_a_pack_data_file_names_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = write_pack(tmp_path, "consistent-form", "variants: house-variants\n")
    (pack / "data").mkdir()
    (pack / "data" / "house-variants.yaml").write_text(
        textwrap.dedent(
            f"""\
            groups:
              - name: slow
                forms:
                  - display: A
                    pattern: 'a'
                  - display: B
                    pattern: '{SLOW}'
            """
        ),
        encoding="utf-8",
    )
    (tmp_path / "one.txt").write_text(RUN + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("factlint.patterns.PATTERN_TIMEOUT", 0.05)
    assert main(["--rules", "house", "--select", "house", "one.txt"]) == 0
    stderr = capsys.readouterr().err
    assert f"its pattern 'pattern' ({Path('house/data/house-variants.yaml')}:7) ran past the time limit" in stderr


def test_a_catastrophic_change_form_names_the_changes_data_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = write_pack(tmp_path, "change-percent", "")
    (pack / "data").mkdir()
    (pack / "data" / "changes.yaml").write_text(f"rise: [rose]\nforms:\n  - '{{verb}}\\s+{{A}}\\s+{SLOW}\\s+{{B}}'\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text(f"Sales rose 12 {RUN} 15 by noon.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("factlint.patterns.PATTERN_TIMEOUT", 0.05)
    assert main(["--no-default-rules", "--rules", "house", "one.txt"]) == 0
    stderr = capsys.readouterr().err
    assert f"its pattern 'forms' ({Path('house/data/changes.yaml')}:3) ran past the time limit" in stderr


def test_a_bad_change_form_is_an_error_naming_the_data_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = write_pack(tmp_path, "change-direction", "")
    (pack / "data").mkdir()
    (pack / "data" / "changes.yaml").write_text("rise: [rose]\nforms:\n  - '{verb}\\s+{A}\\s+to\\s+{B}'\n  - '{verb}\\s+({A}'\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text("Sales rose 12 to 15.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--no-default-rules", "--rules", "house", "one.txt"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"factlint: error: {Path('house/data/changes.yaml')}:4: invalid regular expression")


def test_a_bad_pattern_in_a_data_file_is_an_error_naming_that_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = write_pack(tmp_path, "consistent-form", "variants: house-variants\n")
    (pack / "data").mkdir()
    (pack / "data" / "house-variants.yaml").write_text(
        "groups:\n  - name: x\n    forms:\n      - {display: A, pattern: 'a'}\n      - {display: B, pattern: 'b('}\n",
        encoding="utf-8",
    )
    (tmp_path / "one.txt").write_text("a b\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--rules", "house", "one.txt"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"factlint: error: {Path('house/data/house-variants.yaml')}:5: invalid regular expression 'b('")


@pytest.mark.parametrize(
    ("kind", "body", "field"),
    [
        ("part-whole", "joiners: ['(']\n", "joiners"),
        ("part-whole", "joiners: ['of']\nnoun: '['\n", "noun"),
        ("conversion", "joiners: ['x']\nclosers: ['(']\n", "closers"),
        ("conversion", "joiners: ['x']\nchange_context: '('\n", "change_context"),
        ("balance", "open: '('\nclose: ')'\nasides: ['(']\n", "asides"),
        ("pattern", "pattern: 'a'\nprefilter: '('\n", "prefilter"),
    ],
)
def test_a_bad_pattern_in_any_field_is_path_line_and_exit_2(
    kind: str, body: str, field: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pack(tmp_path, kind, body)
    (tmp_path / "one.txt").write_text("a\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--rules", "house", "one.txt"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    expected_line = rule_yaml(kind, body).splitlines().index(next(x for x in rule_yaml(kind, body).splitlines() if x.startswith(field + ":"))) + 1
    assert line.startswith(f"factlint: error: {Path('house/house/slow.yaml')}:{expected_line}: invalid "), line


def test_user_pattern_raises_a_timeout_that_names_its_origin() -> None:
    pattern = compile_user_pattern(SLOW, Origin("joiners", Path("house/x.yaml"), 9))
    with pytest.raises(PatternTimeout) as raised:
        pattern.fullmatch("a" * 60)
    assert raised.value.origin.where() == f"{Path('house/x.yaml')}:9"
    assert isinstance(raised.value, TimeoutError)  # what the engine catches


def test_user_pattern_matches_like_regex_within_the_limit() -> None:
    pattern = compile_user_pattern(r"(?<n>\d+) of the", Origin("joiners"), ignorecase=True)
    text = "Twelve, 12 OF THE 9."
    assert pattern.search(text).group("n") == "12"
    assert pattern.match(text, 8).group() == "12 OF THE"
    assert pattern.fullmatch(text, 8, 17) is not None
    assert [m.group() for m in pattern.finditer(text)] == ["12 OF THE"]
    assert pattern.groupindex == {"n": 1}


def test_compile_errors_are_rule_spec_errors_for_the_field() -> None:
    with pytest.raises(RuleSpecError, match=r"invalid regular expression 'a\('") as raised:
        compile_user_pattern("a(", Origin("forms"))
    assert raised.value.key == "forms"
    with pytest.raises(RuleSpecError, match="matches empty text"):
        compile_user_pattern("a*", Origin("pattern"), may_match_empty=False)


@pytest.mark.parametrize(
    ("source", "fast"),
    [
        (r"[ \t][,;:.!?]", False),
        (r"(?i)(?<![^\W\d_])([^\W\d_]+)[\s\u200b]+\1(?![^\W\d_])", True),  # the doubled-word prefilter
        (r"(?:a|a)+b", False),
        (r"(a+)+b", False),
        (r"(\w)\1*x", False),  # a backreference, but repeated: regex, under the time limit
        (r"(?:ab)+c", False),
    ],
)
def test_prefilters_run_with_re_only_with_a_backreference_that_cannot_backtrack_badly(source: str, fast: bool) -> None:
    prefilter = compile_prefilter(source, Origin("prefilter"))
    assert prefilter is not None
    assert (prefilter.fast is not None) is fast
    assert (prefilter.timed is not None) is not fast


@pytest.mark.parametrize(
    "source",
    [r"(?is)\bimports\b.*\bfrom\b", r"(?i)\b(?:bought|buy\w*)\s+(?:\w+\s+)?from\b", r"[ \t][,;:.!?]", r"\b[A-Z]\.\s"],
)
def test_a_prefilter_run_by_regex_answers_as_re_does(source: str) -> None:
    texts = ["China imports soybeans from Brazil.", "IMPORTS of oil\nfrom Iraq", "Imports rose.", "He bought it from me", "word , then",
             "Über Buy x from", "U. S. officials", "importsfrom", "ﬁrst imports\u00a0from"]
    prefilter = compile_prefilter(source, Origin("prefilter"))
    assert prefilter is not None and prefilter.timed is not None
    for text in texts:
        assert prefilter.search(text) is (re.search(source, text) is not None), text


def test_a_catastrophic_trade_pattern_in_a_pack_is_named_and_the_sentence_read_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "house"
    (pack / "data").mkdir(parents=True)
    (pack / "data" / "trade-relations.yaml").write_text(
        f"patterns:\n  - family: slow\n    pattern: '{{importer}} {SLOW}'\n", encoding="utf-8"
    )
    (tmp_path / "one.txt").write_text(f"China {RUN} imports soybeans from Brazil.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--rules", "house", "--select", "trade", "one.txt"]) == 0
    stderr = capsys.readouterr().err
    assert "one.txt: trade pattern 'slow' of data/trade-relations.yaml ran past the time limit" in stderr


@pytest.mark.parametrize(
    "source",
    [r"\bUS\b", r"(?i)\bper ?cent\b", r"\d+\s*%", r"\bU\.S\.(?![\p{L}-])", r"x\s+y", r"y(?!\s?z)", r"z$", r"(?m)^y",
     r"(?m)^[^\n]*z$", r"(?m)z$(?-m:$)", r"\p{Lu}\p{Ll}*\s+z(?=\s+x)", r"U\.S\.(?!\p{L}|\s?A\.)"],
)
def test_a_scan_that_skips_paragraphs_finds_what_reading_each_paragraph_finds(source: str) -> None:
    from factlint.document import Document

    text = "US x\n\ny z US\n\n  per cent 5 %\nUS\n\nx\ny\n\nz\nU.S.-led U.S. z\n\nx"
    document = Document(text, "a.txt")
    pattern = compile_user_pattern(source, Origin("pattern"))
    each = [m.span() for p in document.paragraphs for m in pattern.finditer(text, p.start, p.end)]
    assert [m.span() for m in scan(document, pattern)] == each


def test_pattern_errors_name_positions_in_the_rule_text() -> None:
    from factlint.checks.base import RuleSpecError
    from factlint.patterns import Origin, compile_user_pattern

    with pytest.raises(RuleSpecError, match=r"'ab\(c': missing \) at position 4"):
        compile_user_pattern("ab(c", Origin("pattern"))


def test_case_insensitive_patterns_still_match_any_case() -> None:
    from factlint.patterns import Origin, compile_user_pattern

    assert compile_user_pattern("next a week", Origin("p"), ignorecase=True).search("Talks resume NEXT A Week.")
    assert compile_user_pattern("(?i)Straße", Origin("p")).search("STRAẞE")


def test_inline_case_insensitive_parts_fold_simply_unless_full_folding_is_asked_for() -> None:
    """An inline ``(?i:...)`` folds as the rule's ``ignorecase`` does: simple folding (fast), so
    "ß" is not "ss"; a kind that asks for full folding gets it."""
    from factlint.patterns import Origin, compile_user_pattern

    assert compile_user_pattern("(?i:the) (?i:a)", Origin("p")).search("in THE A study")
    assert not compile_user_pattern("(?i:strasse)", Origin("p")).search("Straße")
    assert compile_user_pattern("(?i:strasse)", Origin("p"), full_case_folding=True).search("Straße")


def test_a_prefilter_the_data_cache_sends_to_regex_falls_back_when_regex_refuses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint import patterncache

    source = r"(?i)\bimports\b"
    assert compile_prefilter(source, Origin("prefilter")) is not None  # the engine is now known
    real = patterncache.compile

    def refuse(text: str, flags: int = 0, **named: object) -> object:
        if text == source:
            raise __import__("regex").error("read otherwise")
        return real(text, flags, **named)

    monkeypatch.setattr(patterncache, "compile", refuse)
    monkeypatch.setattr(patterncache, "known", lambda text, flags=0: False)  # a regex that refuses it never cached it
    prefilter = compile_prefilter(source, Origin("prefilter"))
    assert prefilter is not None and prefilter.fast is not None  # re, as before the cache knew it
    assert prefilter.search("Imports rose") and not prefilter.search("exports rose")
