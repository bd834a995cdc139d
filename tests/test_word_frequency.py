"""English word frequency for the names checks: wordfreq's answer, read from a kept table for plain
words, never a different number."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from wordfreq import get_frequency_list, zipf_frequency

from factlint import word_frequency


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(word_frequency, "_table", None)
    return tmp_path / "cache" / "factlint"


@pytest.fixture(scope="module")
def table() -> dict[str, tuple[str, list[int], list[float]]]:
    return word_frequency.build()


def _words_of_every_bucket() -> list[str]:
    """The first and last word of Latin letters of each of wordfreq's English frequency buckets,
    and a sample of the other words of Latin letters with an accent."""
    words, accented = [], []
    for bucket in get_frequency_list("en", "best"):
        plain = [w for w in bucket if w.isalpha() and all(ord(c) < 0x250 for c in w)]
        words += plain[:1] + plain[-1:]
        accented += [w for w in plain if not w.isascii()]
    return words + random.Random(8).sample(accented, 3000)


def test_every_bucket_and_spellings_of_names_read_as_wordfreq_does(table, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_frequency, "_table", table)
    rng = random.Random(20)
    words = _words_of_every_bucket()
    words += [w.capitalize() for w in words[::3]] + [w.upper() for w in words[::7]]
    words += [unicodedata.normalize("NFD", w.capitalize()) for w in words if not w.isascii()][::5]  # accents as combining marks
    words += ["Johnston", "Johnson", "Stoltenberg", "Stoltenburg", "Petrobras", "Petrobas", "Harvard", "Harward", "A", "i"]
    words += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10))) for _ in range(2000)]
    # Not plain ASCII words: wordfreq's own tokenizer decides.
    words += ["Papandréu", "Łukasz", "Straße", "STRASSE", "Ǆoković", "ŉ", "Ωmega", "Иванов"]
    words += ["Zelenskyy's", "O'Brien", "Jong-un", "Blin\u00adken", "", "B2B", "x\u0301"]
    wrong = [(w, word_frequency.zipf(w), zipf_frequency(w, "en")) for w in words if word_frequency.zipf(w) != zipf_frequency(w, "en")]
    assert wrong == []
    assert word_frequency.zipf("Harvard") >= 2.0 > word_frequency.zipf("Harward")


def test_a_second_process_reads_the_kept_table_without_building_it(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = word_frequency.zipf("Johnston")
    assert (fresh_cache / "word-frequency-v1.marshal").is_file()
    monkeypatch.setattr(word_frequency, "_table", None)

    def refuse() -> None:
        raise AssertionError("the table was built again")

    monkeypatch.setattr(word_frequency, "build", refuse)
    assert word_frequency.zipf("Johnston") == first == zipf_frequency("Johnston", "en")


def test_a_damaged_table_is_built_again(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    word_frequency.zipf("Johnston")
    path = fresh_cache / "word-frequency-v1.marshal"
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    path.write_bytes(bytes(blob))
    monkeypatch.setattr(word_frequency, "_table", None)
    assert word_frequency.zipf("Stoltenberg") == zipf_frequency("Stoltenberg", "en")


def test_with_caching_off_wordfreq_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTLINT_NO_CACHE", "1")
    monkeypatch.setattr(word_frequency, "_table", None)
    monkeypatch.setattr(word_frequency, "build", lambda: pytest.fail("no table without a cache"))
    assert word_frequency.zipf("Johnston") == zipf_frequency("Johnston", "en")
