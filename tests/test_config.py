"""Configuration: found upward from each linted file, per-file ignores, and the CLI on top."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.config import Config, config_for, find_config_file, load_config_file
from factlint.diagnostic import Severity
from factlint.errors import FactlintError

STORY = "The the cat met next a week.\n"  # a doubled word and a translation slip, both warnings
HOUSE_RULE = """\
id: house/wire
kind: pattern
severity: error
message: 'wire slug "{match}"'
description: A wire slug left in the copy.
pattern: '/BGNES'
examples:
  bad: [The end. /BGNES]
  good: [The end.]
"""


def tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def rules_by_file(stdout: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        item = json.loads(line)
        result.setdefault(item["path"], []).append(item["rule"])
    return result


def test_factlint_toml_found_upward_from_the_file(tmp_path: Path) -> None:
    tree(tmp_path, {"desk/.factlint.toml": 'ignore = ["grammar/doubled-word"]\n', "desk/a/b/story.txt": STORY})
    assert find_config_file(tmp_path / "desk" / "a" / "b" / "story.txt") == (tmp_path / "desk" / ".factlint.toml").resolve()
    assert config_for(tmp_path / "desk" / "a" / "b").ignore == ("grammar/doubled-word",)


def test_pyproject_without_a_factlint_table_is_passed_over(tmp_path: Path) -> None:
    tree(tmp_path, {"pyproject.toml": '[tool.factlint]\nselect = ["grammar"]\n', "desk/pyproject.toml": "[project]\nname = 'x'\n"})
    assert find_config_file(tmp_path / "desk") == (tmp_path / "pyproject.toml").resolve()
    assert load_config_file(tmp_path / "pyproject.toml").select == ("grammar",)


def test_factlint_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    tree(tmp_path, {"pyproject.toml": '[tool.factlint]\nselect = ["a"]\n', ".factlint.toml": 'select = ["b"]\n'})
    assert find_config_file(tmp_path).name == ".factlint.toml"  # type: ignore[union-attr]


def test_every_setting_is_read(tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            ".factlint.toml": (
                'select = "grammar, trade"\nignore = ["grammar/doubled-word"]\nrules = "house"\n'
                'default-rules = false\nfail-on = "error"\ndate = 2024-04-12\n'
                '[per-file-ignores]\n"archive/*.txt" = ["grammar"]\n'
            )
        },
    )
    config = load_config_file(tmp_path / ".factlint.toml")
    assert config.select == ("grammar", "trade")
    assert config.ignore == ("grammar/doubled-word",)
    assert config.rule_dirs == (tmp_path / "house",)  # relative to the config file
    assert (config.default_rules, config.fail_on, str(config.article_date)) == (False, Severity.ERROR, "2024-04-12")
    assert config.ignored_for(str(tmp_path / "archive" / "old.txt")) == ("grammar/doubled-word", "grammar")
    assert config.ignored_for(str(tmp_path / "news" / "new.txt")) == ("grammar/doubled-word",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("select = 5\n", "select must be text or a list of texts, not 5"),
        ("fail-on = 3\n", "fail-on must be error, warning or info, not 3"),
        ('fail-on = "fatal"\n', "unknown severity 'fatal'"),
        ("rules = [1, 2]\n", "rules must be a folder or a list of folders"),
        ('default-rules = "no"\n', "default-rules must be true or false"),
        ("per-file-ignores = 5\n", "per-file-ignores must be a table of glob = [rules]"),
        ('date = "12/04/2024"\n', "date must be YYYY-MM-DD"),
        ("colour = true\n", "unknown setting 'colour'"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_settings_are_one_line_errors(tmp_path: Path, text: str, message: str) -> None:
    path = tree(tmp_path, {".factlint.toml": text}) / ".factlint.toml"
    with pytest.raises(FactlintError, match=message.replace("[", r"\[").replace("(", r"\(")) as raised:
        load_config_file(path)
    assert str(raised.value).startswith(str(path)) and "\n" not in str(raised.value)


def test_override_ignores_none() -> None:
    config = Config(select=("grammar",), fail_on=Severity.ERROR)
    assert config.override(select=None, fail_on=Severity.INFO) == Config(select=("grammar",), fail_on=Severity.INFO, root=config.root)


# --- through the CLI ----------------------------------------------------------------------


def test_each_file_uses_its_own_config_and_per_file_ignores(run_factlint, tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "desk/pyproject.toml": '[tool.factlint]\nignore = ["grammar/translation-slip"]\n'
            '[tool.factlint.per-file-ignores]\n"archive/*.txt" = ["grammar"]\n',
            "desk/news/today.txt": STORY,
            "desk/archive/old.txt": STORY,
            "other/story.txt": STORY,
        },
    )
    result = run_factlint("--select", "grammar", "--format", "jsonl", "desk", "other", cwd=tmp_path)
    assert rules_by_file(result.stdout) == {
        "desk/news/today.txt": ["grammar/doubled-word"],
        "other/story.txt": ["grammar/doubled-word", "grammar/translation-slip"],
    }


def test_config_rules_and_default_rules(run_factlint, tmp_path: Path) -> None:
    tree(
        tmp_path,
        {
            "desk/.factlint.toml": 'rules = ["house"]\ndefault-rules = false\n',
            "desk/house/house/wire.yaml": HOUSE_RULE,
            "desk/story.txt": "The the end. /BGNES\n",
        },
    )
    result = run_factlint("--format", "jsonl", "desk/story.txt", cwd=tmp_path)
    assert rules_by_file(result.stdout) == {"desk/story.txt": ["house/wire"]}
    # The SARIF log describes the rule that the file's own configuration brought in.
    sarif = json.loads(run_factlint("--format", "sarif", "desk/story.txt", cwd=tmp_path).stdout)
    assert [r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]] == ["house/wire"]


def test_fail_on_from_the_file_config_whatever_the_working_folder(run_factlint, tmp_path: Path) -> None:
    """Regression: the exit code used the config of the working folder, not the file's."""
    tree(tmp_path, {"desk/.factlint.toml": 'fail-on = "error"\n', "desk/story.txt": STORY})
    inside = run_factlint("--select", "grammar", "story.txt", cwd=tmp_path / "desk")
    outside = run_factlint("--select", "grammar", "desk/story.txt", cwd=tmp_path)
    assert (inside.returncode, outside.returncode) == (0, 0)
    assert outside.stdout.count("[warning]") == 2


def test_cli_options_override_the_config(run_factlint, tmp_path: Path) -> None:
    tree(
        tmp_path,
        {".factlint.toml": 'select = ["grammar/translation-slip"]\nfail-on = "error"\n', "story.txt": STORY},
    )
    assert rules_by_file(run_factlint("--format", "jsonl", "story.txt", cwd=tmp_path).stdout) == {
        "story.txt": ["grammar/translation-slip"]
    }
    result = run_factlint("--format", "jsonl", "--select", "grammar", "--ignore", "grammar/translation-slip", "--fail-on", "warning", "story.txt", cwd=tmp_path)
    assert rules_by_file(result.stdout) == {"story.txt": ["grammar/doubled-word"]}
    assert result.returncode == 1


def test_broken_config_is_exit_2(run_factlint, tmp_path: Path) -> None:
    tree(tmp_path, {".factlint.toml": "select = 5\n", "story.txt": STORY})
    result = run_factlint("story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"factlint: error: {tmp_path / '.factlint.toml'}: select must be text or a list of texts, not 5"
