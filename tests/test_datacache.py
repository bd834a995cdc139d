"""The on-disk snapshot of parsed rule and data files: same values back, keyed by content, never a
failure because of it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from factlint import datacache, yamlfile
from factlint.errors import FactlintError

RULE = "id: a/b\nswap:\n  x: y\nlist:\n  - {k: v}\n  - 2026-11-30\nempty: []\n"


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    _forget(monkeypatch)
    return tmp_path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a new process started: nothing in memory, the file on disk."""
    monkeypatch.setattr(datacache, "_store", None)
    monkeypatch.setattr(datacache, "_used", set())
    monkeypatch.setattr(datacache, "_dirty", False)


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, text: str) -> None:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(yamlfile, "_parse", refuse)


def test_a_file_parsed_once_comes_back_with_its_lines_without_parsing(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fresh_cache / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    first = yamlfile.load_yaml(path)
    datacache.save()
    _forget(monkeypatch)
    _no_parsing(monkeypatch)
    again = yamlfile.load_yaml(path)
    assert again == first and again["list"][1] == date(2026, 11, 30)
    assert again.line_of("swap") == 2 and again["swap"].line == 3 and again["list"][0].line_of("k") == 5
    assert isinstance(again["list"][0], yamlfile.LineMap)


def test_an_edited_file_is_parsed_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fresh_cache / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    yamlfile.load_yaml(path)
    datacache.save()
    _forget(monkeypatch)
    path.write_text(RULE.replace("x: y", "x: z"), encoding="utf-8")
    assert yamlfile.load_yaml(path)["swap"] == {"x": "z"}


def test_a_broken_file_still_fails_with_its_line(fresh_cache: Path) -> None:
    path = fresh_cache / "bad.yaml"
    path.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    for _ in range(2):  # never stored, so the second read fails the same way
        with pytest.raises(FactlintError, match=r"bad.yaml:3: invalid YAML: duplicate key 'a'"):
            yamlfile.load_yaml(path)


def test_a_damaged_snapshot_means_parsing_as_usual_and_is_written_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = fresh_cache / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    expected = yamlfile.load_yaml(path)
    datacache.save()
    snapshot = datacache.cache_file()
    assert snapshot is not None and snapshot.is_file()
    snapshot.write_bytes(snapshot.read_bytes()[:-20] + b"garbage garbage xxxx")
    _forget(monkeypatch)
    assert yamlfile.load_yaml(path) == expected
    datacache.save()
    _forget(monkeypatch)
    _no_parsing(monkeypatch)
    assert yamlfile.load_yaml(path) == expected


def test_no_snapshot_when_turned_off(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    path = fresh_cache / "rule.yaml"
    path.write_text(RULE, encoding="utf-8")
    yamlfile.load_yaml(path)
    datacache.save()
    assert datacache.cache_file() is None
    assert not list(fresh_cache.rglob("*.marshal"))


def test_second_start_parses_no_yaml_and_imports_no_pycountry(tmp_path: Path) -> None:
    """The second run on a machine reads the rule set from the snapshot: PyYAML, pycountry and
    importlib.metadata stay unimported, and the findings are the same."""
    article = tmp_path / "article.txt"
    article.write_text("China said its exports to Russia rose. The the end.\n", encoding="utf-8")
    code = (
        "import sys; from factlint.cli import main; main(['--exit-zero', sys.argv[1]]); "
        "print(sorted(m for m in ('yaml', 'pycountry', 'importlib.metadata', 'tomllib') if m in sys.modules))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("FACTLINT_NO_CACHE", None)
    runs = [
        subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, timeout=120, env=env,
                       cwd=tmp_path).stdout.splitlines()
        for _ in range(2)
    ]
    assert "'yaml'" in runs[0][-1]  # the first run parsed the files
    assert runs[1][-1] == "[]"
    assert runs[0][:-1] == runs[1][:-1] and any("doubled-word" in line for line in runs[1])
