"""A broken rule file is one line ``path:line: what is wrong`` and exit 2, never a traceback."""

from __future__ import annotations

import re

from pathlib import Path

import pytest

from factlint.errors import FactlintError
from factlint.knowledge import Knowledge
from factlint.rules_loader import default_pack, load_rule_file, load_rules
from factlint.yamlfile import load_yaml

GOOD = """\
id: house/rule
kind: pattern
severity: warning
message: 'found "{match}"'
description: A rule for tests.
pattern: 'colour'
examples:
  bad: [The colour red.]
  good: [The color red.]
"""


def variant(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


# (rule file text, line, message) for each way a hand-edited rule file goes wrong.
BROKEN = {
    "malformed-yaml": (variant("pattern: 'colour'", "pattern: 'colour"), 6, "invalid YAML: while scanning a quoted scalar: found unexpected end of stream"),
    "tab-indent": (GOOD + "\tfoo: 1\n", 10, "invalid YAML: found character"),
    "duplicate-key": (GOOD + "severity: error\n", 10, "invalid YAML: duplicate key 'severity'"),
    "not-a-mapping": ("- just\n- a list\n", 1, "a rule file must be a mapping of fields, not list"),
    "empty-file": ("", 1, "a rule file must be a mapping of fields, not NoneType"),
    "unknown-kind": (variant("kind: pattern", "kind: existence"), 2, "unknown kind 'existence' (known kinds: "),
    "unknown-key": (GOOD + "level: high\n", 10, "unknown field 'level' for kind 'pattern'"),
    "missing-shared-key": (variant("severity: warning\n", ""), 1, "missing required field 'severity'"),
    "missing-kind-key": (variant("pattern: 'colour'\n", ""), 1, "missing required field 'pattern' for kind 'pattern'"),
    "wrong-type": (variant("pattern: 'colour'", "pattern: [colour]"), 6, "'pattern' must be text, not list"),
    "wrong-type-bool": (GOOD + "ignorecase: maybe\n", 10, "'ignorecase' must be true or false, not str"),
    "bad-severity": (variant("severity: warning", "severity: fatal"), 3, "unknown severity 'fatal' (expected error, warning or info)"),
    "invalid-regex": (variant("pattern: 'colour'", "pattern: 'colou(r'"), 6, "invalid regular expression 'colou(r': missing ) at position 7"),
    "invalid-exception-regex": (GOOD + "exceptions: ['[a-']\n", 10, "invalid regular expression '[a-'"),
    "empty-pattern": (variant("pattern: 'colour'", "pattern: 'x?'"), 6, "pattern 'x?' matches empty text, so it would flag every position"),
    "unknown-placeholder": (variant('found "{match}"', 'found "{word}"'), 4, "unknown placeholder {word} in message (available: match, suggestion)"),
    "malformed-placeholder": (variant('found "{match}"', 'found "{match"'), 4, "malformed placeholder in 'found \"{match\"': expected '}' before end of string"),
    "attribute-placeholder": (variant('found "{match}"', 'found "{match.upper}"'), 4, "placeholder {match.upper} must be a plain name such as {match}"),
    "suggestion-placeholder": (GOOD + "suggestion: '{color}'\n", 10, "unknown placeholder {color} (named groups: none)"),
    "id-mismatch": (variant("id: house/rule", "id: house/other"), 1, "rule id 'house/other' does not match its file; expected 'house/rule'"),
    "id-shape": (variant("id: house/rule", "id: House Rule"), 1, "rule id 'House Rule' must read category/name in lower case"),
    "examples-missing-good": (variant("  good: [The color red.]\n", ""), 7, "examples.good must be a non-empty list of example texts"),
    "empty-swap": (variant("kind: pattern", "kind: substitution").replace("pattern: 'colour'", "swap: {}"), 6, "swap must map at least one wrong phrase"),
}


def write_pack(root: Path, text: str, name: str = "house/rule.yaml") -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_rule_file_is_one_clear_line(tmp_path: Path, case: str) -> None:
    text, line, message = BROKEN[case]
    pack = write_pack(tmp_path / "pack", text)
    with pytest.raises(FactlintError) as raised:
        load_rules([pack])
    prefix = f"{pack / 'house' / 'rule.yaml'}:{line}: "
    assert str(raised.value).startswith(prefix + message), str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "case",
    ["malformed-yaml", "unknown-kind", "unknown-key", "missing-shared-key", "wrong-type", "invalid-regex", "unknown-placeholder"],
)
def test_broken_rule_file_through_the_cli(run_factlint, tmp_path: Path, case: str) -> None:
    text, line, message = BROKEN[case]
    write_pack(tmp_path / "pack", text)
    (tmp_path / "story.txt").write_text("The the colour.\n", encoding="utf-8")
    result = run_factlint("--rules", "pack", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    # The file is named as the user can open it: relative to the working folder.
    assert lines[0].startswith(f"factlint: error: pack/house/rule.yaml:{line}: {message}")


def test_duplicate_ids_across_packs_through_the_cli(run_factlint, tmp_path: Path) -> None:
    write_pack(tmp_path / "first", GOOD)
    write_pack(tmp_path / "second", GOOD)
    (tmp_path / "story.txt").write_text("The colour.\n", encoding="utf-8")
    result = run_factlint("--rules", "first", "--rules", "second", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "factlint: error: second/house/rule.yaml:1: duplicate rule id 'house/rule', "
        "already defined in first/house/rule.yaml"
    )


def test_duplicate_of_a_default_rule_is_refused(tmp_path: Path) -> None:
    from factlint.rules_loader import default_pack

    clash = variant("id: house/rule", "id: grammar/doubled-word")
    pack = write_pack(tmp_path / "pack", clash, "grammar/doubled-word.yaml")
    with pytest.raises(FactlintError, match="duplicate rule id 'grammar/doubled-word', already defined in"):
        load_rules([default_pack(), pack])


def test_missing_rule_folder_and_undecodable_rule_file(run_factlint, tmp_path: Path) -> None:
    result = run_factlint("--rules", "nowhere", "-", stdin="text", cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (2, "factlint: error: nowhere: rule folder not found")
    path = tmp_path / "pack" / "house" / "rule.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"id: house/rule\nmessage: \xff\n")
    with pytest.raises(FactlintError, match=r"rule\.yaml:1: cannot read rule file: 'utf-8' codec can't decode byte 0xff"):
        load_rules([tmp_path / "pack"])


def test_a_good_rule_loads(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / "notes.txt").write_text("not YAML: not a rule file\n", encoding="utf-8")
    rules = load_rules([pack])
    assert [rule.definition.id for rule in rules] == ["house/rule"]
    rule = load_rule_file(pack / "house" / "rule.yaml", Knowledge([pack]))
    assert rule.definition.summary == "A rule for tests."


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ("README.yaml", "a rule file belongs in a category folder"),
        ("house/sub/rule.yaml", "too deep to be read"),
        ("house/other.yml", "rule and data files end in .yaml; rename it to other.yaml"),
        ("data/list.yaml", "no rule or layer reads a data file named 'list.yaml'"),
        ("data/peoples.yaml", "did you mean 'people.yaml'?"),
    ],
)
def test_a_yaml_file_a_pack_would_not_read_is_refused_with_its_path(tmp_path: Path, place: str, message: str) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / place).parent.mkdir(parents=True, exist_ok=True)
    (pack / place).write_text("people: []\n", encoding="utf-8")
    with pytest.raises(FactlintError, match=re.escape(f"{pack / place}:1: ") + ".*" + re.escape(message)):
        load_rules([pack])


def test_a_data_file_key_the_default_pack_does_not_know_is_refused(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / "data").mkdir()
    (pack / "data" / "people.yaml").write_text("people: []\npeeple:\n  - name: Jane Doe\n", encoding="utf-8")
    with pytest.raises(FactlintError, match=re.escape(f"{pack / 'data' / 'people.yaml'}:2: unknown key 'peeple' in people.yaml; did you mean 'people'?")):
        load_rules([default_pack(), pack])


def test_a_data_file_key_nothing_reads_is_refused_even_when_it_is_no_near_miss(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / "data").mkdir()
    (pack / "data" / "people.yaml").write_text("people: []\nreporters:\n  - name: Jane Doe\n", encoding="utf-8")
    with pytest.raises(FactlintError, match=re.escape(f"{pack / 'data' / 'people.yaml'}:2: unknown key 'reporters' in people.yaml (known: people, institutions)")):
        load_rules([default_pack(), pack])


def test_a_supplement_may_be_written_in_any_form_of_the_file_it_adds_to(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / "data").mkdir()
    (pack / "data" / "officeholders-supplement.yaml").write_text("office_table: ''\ntable: ''\n", encoding="utf-8")
    assert load_rules([default_pack(), pack])


def test_list_rules_with_a_broken_pack_exits_2(run_factlint, tmp_path: Path) -> None:
    write_pack(tmp_path / "pack", BROKEN["unknown-kind"][0])
    result = run_factlint("--list-rules", "--rules", "pack", cwd=tmp_path)
    assert result.returncode == 2
    assert "unknown kind 'existence'" in result.stderr and "Traceback" not in result.stderr


def test_a_roster_entry_without_a_name_names_the_pack_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / "data").mkdir()
    (pack / "data" / "people.yaml").write_text("people:\n  - name: Jane Doe\n  - role: mayor of Springfield\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FactlintError, match=re.escape(f"{Path('pack/data/people.yaml')}:3: every entry needs a name")):
        load_rules([default_pack(), pack])


def test_a_mistyped_rate_of_in_a_packs_units_names_the_file_and_line(run_factlint, tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", GOOD)
    (pack / "data").mkdir()
    (pack / "data" / "units.yaml").write_text(
        "units:\n  tonnes_per_day:\n    label: tonnes per day\n    pint: [tonne / day]\n    rate_of: tonnne\n"
        "    forms: [tonnes per day, tonnes a day]\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("The mill crushes 40 tonnes a day (about 44 short tons).\n", encoding="utf-8")
    result = run_factlint("--rules", "pack", "a.txt", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{Path('pack/data/units.yaml')}:5" in result.stderr and "rate_of 'tonnne' names no other unit" in result.stderr


def test_yaml_loader_keeps_lines_and_rejects_duplicate_keys(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("id: a/b\nswap:\n  x: y\nlist:\n  - {k: v}\n", encoding="utf-8")
    data = load_yaml(good)
    assert data.line_of("swap") == 2 and data["swap"].line == 3 and data["list"][0]["k"] == "v"
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"bad.yaml:3: invalid YAML: duplicate key 'a'"):
        load_yaml(bad)


def test_rule_and_data_files_are_listed_as_glob_lists_them(tmp_path: Path) -> None:
    # rules_loader.yaml_files reads a folder without the patterns Path.glob compiles at each start
    from factlint.rules_loader import rule_files, yaml_files

    for folder in ("style", "dates", ".hidden", "_private", "data", "linked-target"):
        (tmp_path / folder).mkdir()
    for name in ("style/a.yaml", "style/b.yml", "style/.c.yaml", "dates/d.yaml", ".hidden/e.yaml", "_private/f.yaml",
                 "data/units.yaml", "data/notes.txt", "top.yaml", "linked-target/g.yaml"):
        (tmp_path / name).write_text("id: x\n", encoding="utf-8")
    (tmp_path / "style" / "folder.yaml").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "linked-target")
    expected = sorted(
        path for path in tmp_path.glob("*/*.yaml") if path.parent.name != "data" and not path.parent.name.startswith((".", "_"))
    )
    assert rule_files(tmp_path) == expected and len(expected) == 6
    assert sorted(yaml_files(tmp_path / "data")) == sorted((tmp_path / "data").glob("*.yaml"))
    assert yaml_files(tmp_path / "missing") == [] == list((tmp_path / "missing").glob("*.yaml"))
