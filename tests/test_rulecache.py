"""The on-disk snapshot of the compiled rule set: the same findings back without loading the rules
again, and loaded afresh whenever a rule file, a data file or the pack's list of files changes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from factlint import engine, rulecache, rules_loader
from factlint.engine import Linter
from factlint.knowledge import default_pack

SLIP = "Talks resume next a week, officials said."
DOUBLED = "The the talks resume on Monday."


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the grammar rules as a pack of its own, with a fresh cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    folder = tmp_path / "pack"
    shutil.copytree(default_pack() / "grammar", folder / "grammar")
    return folder


def _lint(packs: tuple[Path, ...], text: str) -> list[str]:
    engine._linter_for.cache_clear()  # as a new process would: nothing in memory
    linter = Linter.for_packs(packs)
    return [d.rule for d in linter.lint_document(linter.document(text, "a.txt"), linter.rules)]


def _refuse_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the rules were loaded again")

    monkeypatch.setattr(engine, "load_rules", refuse)


def test_a_second_start_gets_the_same_rules_without_loading_them(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _lint((pack,), SLIP)
    assert first == ["grammar/translation-slip"]
    assert rulecache.snapshot_file((pack,)).is_file()  # type: ignore[union-attr]
    _refuse_loading(monkeypatch)
    assert _lint((pack,), SLIP) == first


def test_an_edited_rule_file_is_loaded_again(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _lint((pack,), DOUBLED) == ["grammar/doubled-word"]
    rule = pack / "grammar" / "doubled-word.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("severity: warning", "severity: error"), encoding="utf-8")
    engine._linter_for.cache_clear()
    linter = Linter.for_packs((pack,))
    assert {r.definition.id: r.definition.severity.name for r in linter.rules}["grammar/doubled-word"] == "ERROR"


def test_a_removed_rule_file_is_not_kept(pack: Path) -> None:
    assert _lint((pack,), DOUBLED) == ["grammar/doubled-word"]
    (pack / "grammar" / "doubled-word.yaml").unlink()
    assert _lint((pack,), DOUBLED) == []


def test_a_damaged_or_shared_snapshot_is_ignored(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _lint((pack,), SLIP)
    path = rulecache.snapshot_file((pack,))
    assert path is not None
    os.chmod(path, 0o666)  # others could write it: never unpickled
    assert rulecache.load((pack,), engine._pack_files) is None
    os.chmod(path, 0o600)
    assert isinstance(rulecache.load((pack,), engine._pack_files), Linter)
    path.write_bytes(path.read_bytes()[:-10])  # truncated: the checksum fails
    assert rulecache.load((pack,), engine._pack_files) is None
    assert _lint((pack,), SLIP) == ["grammar/translation-slip"]


def test_no_snapshot_when_caching_is_off(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    assert _lint((pack,), SLIP) == ["grammar/translation-slip"]
    assert rulecache.snapshot_file((pack,)) is None
    assert not (pack.parent / "cache").exists()


def test_a_broken_pack_still_fails_after_a_good_start(pack: Path) -> None:
    _lint((pack,), SLIP)
    rule = pack / "grammar" / "doubled-word.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("kind: pattern", "kind: no-such-kind"), encoding="utf-8")
    engine._linter_for.cache_clear()
    with pytest.raises(Exception, match="unknown kind"):
        Linter.for_packs((pack,))
    assert rules_loader.rule_files(pack)


# --- rulecache.kept: values derived from a rule set's data, kept between runs ------------------

def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing in memory, the files on disk: as a new run starts."""
    monkeypatch.setattr(rulecache, "_on_disk", {})
    monkeypatch.setattr(rulecache, "_built", {})


@pytest.fixture
def data_pack(pack: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (pack / "data").mkdir()
    (pack / "data" / "words.yaml").write_text("words: [rose, fell]\n", encoding="utf-8")
    _new_process(monkeypatch)
    return pack


def _words_grammar(calls: list[str]) -> object:
    from factlint.patterns import Origin, compile_user_pattern

    @rulecache.kept("test-words")
    def grammar(knowledge: object) -> tuple[object, frozenset[str]]:
        calls.append("built")
        words = frozenset(knowledge.get("words")["words"])  # type: ignore[attr-defined]
        return compile_user_pattern("|".join(sorted(words)), Origin("words")), words

    return grammar


def test_a_kept_value_comes_back_in_the_next_run_without_building_it(data_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.knowledge import Knowledge

    calls: list[str] = []
    grammar = _words_grammar(calls)
    knowledge = Knowledge([data_pack])
    pattern, words = grammar(knowledge)
    assert grammar(knowledge)[1] is words and calls == ["built"]  # once per rule set, as functools.cache
    rulecache.save_kept()
    _new_process(monkeypatch)
    again = Knowledge([data_pack])
    kept_pattern, kept_words = grammar(again)
    assert calls == ["built"] and kept_words == words and "words" in again.requested
    assert kept_pattern.search("Exports fell 3%").group() == pattern.search("Exports fell 3%").group() == "fell"


def test_a_kept_value_is_built_again_when_a_data_file_changes(data_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.knowledge import Knowledge

    calls: list[str] = []
    grammar = _words_grammar(calls)
    grammar(Knowledge([data_pack]))
    rulecache.save_kept()
    _new_process(monkeypatch)
    (data_pack / "data" / "words.yaml").write_text("words: [rose, fell, slid]\n", encoding="utf-8")
    assert grammar(Knowledge([data_pack]))[1] == {"rose", "fell", "slid"} and calls == ["built", "built"]
    rulecache.save_kept()
    _new_process(monkeypatch)
    (data_pack / "data" / "more.yaml").write_text("x: 1\n", encoding="utf-8")  # a data file added
    grammar(Knowledge([data_pack]))
    assert calls == ["built"] * 3


def test_a_kept_value_is_built_again_when_the_code_changes_or_the_file_is_damaged(data_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.knowledge import Knowledge

    calls: list[str] = []
    grammar = _words_grammar(calls)
    grammar(Knowledge([data_pack]))
    rulecache.save_kept()
    _new_process(monkeypatch)
    real_stamp = rulecache._stamp
    monkeypatch.setattr(rulecache, "_stamp", lambda file: (file, -2, -2) if file.endswith("patterns.py") else real_stamp(file))
    grammar(Knowledge([data_pack]))  # a module it was built with has changed
    assert calls == ["built", "built"]
    monkeypatch.setattr(rulecache, "_stamp", real_stamp)
    rulecache.save_kept()
    path = rulecache.kept_file((str(data_pack),))
    assert path is not None and path.is_file()
    blob = bytearray(path.read_bytes())
    blob[-5] ^= 0xFF
    path.write_bytes(bytes(blob))
    _new_process(monkeypatch)
    assert grammar(Knowledge([data_pack]))[1] == {"rose", "fell"} and calls == ["built"] * 3


def test_no_value_is_kept_when_caching_is_off_or_the_build_warns(data_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from factlint.knowledge import Knowledge

    @rulecache.kept("test-warning")
    def warns(knowledge: object) -> int:
        logging.getLogger("factlint").warning("a data file says something odd")
        return 1

    assert warns(Knowledge([data_pack])) == 1
    assert rulecache._built == {}
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    calls: list[str] = []
    grammar = _words_grammar(calls)
    grammar(Knowledge([data_pack]))
    rulecache.save_kept()
    assert rulecache.kept_file((str(data_pack),)) is None and rulecache._built == {}


def test_a_compiled_pattern_of_a_snapshot_is_built_only_when_used_and_matches_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns in a snapshot come back as their build data (factlint.keptfile.KeptPattern): built
    by the first lookup of one of their attributes, then the same answers as the pattern itself,
    and pickled again (a kept file written a second time) as data, not built."""
    import pickle

    import regex

    from factlint import keptfile

    original = regex.compile(r"(?P<word>\b\w+)\s+(?P=word)\b", regex.IGNORECASE)
    built: list[object] = []
    real = keptfile._regex.compile
    monkeypatch.setattr(keptfile._regex, "compile", lambda *data: built.append(1) or real(*data))
    holder = pickle.loads(keptfile.pickled({"pattern": original, "again": [original]}))
    kept = holder["pattern"]
    assert isinstance(kept, keptfile.KeptPattern) and holder["again"][0] is kept and built == []
    again = pickle.loads(keptfile.pickled(kept))  # written again unbuilt: still data
    assert built == []
    text = "Talks resume on the The Monday; monday Monday."
    assert [m.span() for m in kept.finditer(text)] == [m.span() for m in original.finditer(text)]
    assert kept.search(text)["word"] == "the" and kept.groupindex == original.groupindex and built == [1]
    assert kept.sub("x", text) == original.sub("x", text) and kept.pattern == original.pattern
    assert kept == original == again and hash(kept) == hash(again)


def test_a_kept_value_is_built_again_when_what_it_depends_on_changes(data_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``depends``: what a value is built from besides the packs' data and the loaded modules (a
    library's data file, e.g. pycountry's, which a warm start never imports)."""
    from factlint.knowledge import Knowledge

    library = {"version": "24.6.1"}
    calls: list[str] = []

    @rulecache.kept("test-library", depends=lambda: library["version"])
    def table(knowledge: object) -> str:
        calls.append("built")
        return f"table of {library['version']}"

    assert table(Knowledge([data_pack])) == "table of 24.6.1"
    rulecache.save_kept()
    _new_process(monkeypatch)
    assert table(Knowledge([data_pack])) == "table of 24.6.1" and calls == ["built"]
    library["version"] = "26.2.0"  # the library upgraded
    _new_process(monkeypatch)
    assert table(Knowledge([data_pack])) == "table of 26.2.0" and calls == ["built", "built"]


def test_a_kept_value_built_from_another_depends_on_what_that_one_depends_on(data_pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The trade grammar holds the gazetteer: a pycountry upgrade must build both again."""
    from factlint.knowledge import Knowledge

    library = {"version": "24.6.1"}
    calls: list[str] = []

    @rulecache.kept("test-places", depends=lambda: library["version"])
    def places(knowledge: object) -> str:
        calls.append("places")
        return f"places of {library['version']}"

    @rulecache.kept("test-grammar")
    def grammar(knowledge: object) -> str:
        calls.append("grammar")
        return f"grammar over {places(knowledge)}"

    assert grammar(Knowledge([data_pack])) == "grammar over places of 24.6.1"
    rulecache.save_kept()
    _new_process(monkeypatch)
    assert grammar(Knowledge([data_pack])) == "grammar over places of 24.6.1" and calls == ["grammar", "places"]
    library["version"] = "26.2.0"
    _new_process(monkeypatch)
    assert grammar(Knowledge([data_pack])) == "grammar over places of 26.2.0" and calls == ["grammar", "places"] * 2
