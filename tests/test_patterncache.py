"""The on-disk cache of compiled patterns: same patterns back, never a failure because of it."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from factlint import patterncache

SOURCE = r"(?<![\p{L}])(?<word>\p{Ll}+)\s+(?i:(?P=word))(?![\p{L}])"


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(patterncache, "_store", None)
    monkeypatch.setattr(patterncache, "_dirty", False)
    return tmp_path


def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if a new process started: nothing in memory, the file on disk."""
    monkeypatch.setattr(patterncache, "_store", None)
    monkeypatch.setattr(patterncache, "_dirty", False)


def test_a_pattern_compiled_once_comes_back_from_disk_without_parsing(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = patterncache.compile(SOURCE, regex.VERSION1)
    patterncache.save()
    assert patterncache.cache_file() is not None and patterncache.cache_file().is_file()
    _forget(monkeypatch)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pattern was parsed again")

    monkeypatch.setattr(regex, "compile", no_parsing)
    again = patterncache.compile(SOURCE, regex.VERSION1)
    text = "Officials said the the talks would resume."
    assert again.search(text).span() == first.search(text).span() == (15, 22)
    assert again.groupindex == first.groupindex
    assert [m.group("word") for m in again.finditer(text, 0, len(text), timeout=0.5)] == ["the"]


def test_flags_and_named_lists_are_part_of_the_key(fresh_cache: Path) -> None:
    plain = patterncache.compile("next a week", regex.VERSION1)
    folded = patterncache.compile("next a week", regex.VERSION1 | regex.IGNORECASE)
    assert plain.search("NEXT A WEEK") is None and folded.search("NEXT A WEEK")
    china = patterncache.compile(r"\L<places>", regex.VERSION1, places=["China"])
    japan = patterncache.compile(r"\L<places>", regex.VERSION1, places=["Japan"])
    assert china.search("Japan") is None and japan.search("Japan")


def test_a_damaged_cache_file_means_compiling_as_usual(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patterncache.compile(SOURCE, regex.VERSION1)
    patterncache.save()
    path = patterncache.cache_file()
    assert path is not None
    path.write_bytes(path.read_bytes()[:-20] + b"garbage garbage xxxx")
    _forget(monkeypatch)
    assert patterncache.compile(SOURCE, regex.VERSION1).search("so so") is not None


def test_no_cache_when_turned_off_or_unwritable(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    assert patterncache.compile(SOURCE, regex.VERSION1).search("so so")
    patterncache.save()
    assert patterncache.cache_file() is None
    assert not any(fresh_cache.rglob("*.marshal"))
    monkeypatch.delenv("FACTLINT_NO_CACHE")
    blocker = fresh_cache / "factlint"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    patterncache.compile(SOURCE + "x", regex.VERSION1)
    patterncache.save()  # cannot write: silently skipped
    assert blocker.is_file()


def test_every_pattern_has_the_same_text_in_every_process(tmp_path: Path) -> None:
    """A pattern built from an unordered set differs per process (hash seed) and never hits the
    cache: a second run with another seed must find every pattern it needs already there."""
    import os
    import subprocess
    import sys

    article = tmp_path / "article.txt"
    article.write_text(
        "Talks\n\nOn Monday, March 2, 1987, Japan said its imports of chips from China rose 12 pct to "
        "112 mln dlrs from 100 mln dlrs. The 42-km (26-mile) route opened; 45% of voters agreed. "
        "Prime Minister Yasuhiro Nakasone, 68, said the U.S. would act.\n",
        encoding="utf-8",
    )
    code = (
        "import sys; from factlint.cli import main; main(['--exit-zero', sys.argv[1]]);"
        "from factlint import patterncache as P; P.save(); P._store = None; print(len(P._load()))"
    )
    counts = [
        subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path / "cache")},
                       cwd=tmp_path,  # outside the source tree, so the installed package is imported
                       ).stdout.split()[-1]
        for seed in ("1", "2", "3")
    ]
    assert int(counts[0]) > 20 and counts[0] == counts[1] == counts[2]


def test_a_user_pattern_the_cache_holds_is_built_on_first_use_and_matches_alike(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    from factlint.patterns import Origin, PatternTimeout, compile_user_pattern

    text = "Officials said the the talks would resume."
    eager = compile_user_pattern(SOURCE, Origin("pattern"), ignorecase=True)
    assert eager._compiled is not None  # noqa: SLF001 - first time: compiled (and checked) at once
    patterncache.save()
    _forget(monkeypatch)
    assert patterncache.known("(?-f)" + SOURCE, regex.VERSION1 | regex.IGNORECASE)
    lazy = compile_user_pattern(SOURCE, Origin("pattern"), ignorecase=True)
    assert lazy._compiled is None  # noqa: SLF001 - known to compile: not built yet
    assert lazy.search(text).span() == eager.search(text).span() == (15, 22)
    assert lazy.groupindex == eager.groupindex
    kept = pickle.loads(pickle.dumps(eager))  # the rule-set snapshot keeps text and flags
    assert kept._compiled is None and [m.span() for m in kept.finditer(text)] == [(15, 22)]  # noqa: SLF001
    slow = r"(?:a|a|a)+b"  # backtracks catastrophically on a run of a's without b
    compile_user_pattern(slow, Origin("pattern"))
    patterncache.save()
    _forget(monkeypatch)
    again = compile_user_pattern(slow, Origin("pattern"))
    assert again._compiled is None  # noqa: SLF001
    monkeypatch.setattr("factlint.patterns.time_limit", lambda length: 0.05)
    with pytest.raises(PatternTimeout):  # built lazily, still under the time limit
        again.search("a" * 40)


def test_a_pattern_unknown_to_the_cache_is_checked_when_compiled(fresh_cache: Path) -> None:
    from factlint.errors import RuleSpecError
    from factlint.patterns import Origin, compile_user_pattern

    with pytest.raises(RuleSpecError):
        compile_user_pattern("ab(c", Origin("pattern"))
    assert not patterncache.known("ab(c", regex.VERSION1)


def test_a_damaged_entry_is_refused_and_compiled_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint import cachefile

    patterncache.compile(SOURCE, regex.VERSION1)
    patterncache.save()
    path = patterncache.cache_file()
    assert path is not None
    stored = cachefile.read(path)
    (key, entry), = stored.items()
    damaged = entry[: len(entry) // 2] + bytes([entry[len(entry) // 2] ^ 0x55]) + entry[len(entry) // 2 + 1 :]
    with pytest.raises(ValueError):
        cachefile.decode(damaged)
    assert cachefile.write(path, {key: damaged})
    _forget(monkeypatch)
    parsed: list[str] = []
    real = regex.compile
    monkeypatch.setattr(regex, "compile", lambda *args, **kwargs: parsed.append("parsed") or real(*args, **kwargs))
    assert patterncache.compile(SOURCE, regex.VERSION1).search("so so") is not None
    assert parsed == ["parsed"]
