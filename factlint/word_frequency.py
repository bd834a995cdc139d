"""English word frequency on wordfreq's Zipf scale, without importing wordfreq for a plain word.

The names checks ask how common a spelling is in English ("Johnston" is a name in its own right).
wordfreq answers, but importing it (ftfy, langcodes) and building its English table cost ~0.28 s,
paid by every process whose articles ask once: a tenth of a 300-article run. A word of Latin
letters alone is one token to wordfreq, looked up in NFC and case-folded, so its frequency is that
of the bucket (one centibel of frequency) its word list files it under. Those buckets are kept in
factlint's cache folder (factlint.cachefile), one string of ``\\n``-separated words per first
letter, keyed by the size and modification time of wordfreq's code and English data files; a word
is found with ``str.rfind`` (the last bucket wins, as in wordfreq's own table). Any other word
(apostrophes, hyphens, digits, other scripts) goes to wordfreq itself. ``FACTLINT_NO_CACHE=1``: wordfreq always.
"""

from __future__ import annotations

import bisect
import os
import unicodedata
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from factlint import cachefile

_FORMAT = 1
# Latin letters (Basic Latin to Latin Extended-B): "Papandréu", "Łukasz"; other scripts go to wordfreq.
_LATIN_END = 0x250
# first letter -> ("\n"-joined words of every bucket holding a word with that letter, the offset
# at which each of those buckets starts, the Zipf frequency of each); None until first use.
_table: dict[str, tuple[str, list[int], list[float]]] | None = None


def zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")``."""
    key = _plain_key(word)
    if key is None:
        return _wordfreq(word)
    table = _buckets()
    if table is None:
        return _wordfreq(word)
    letter = table.get(key[0])
    if letter is None:
        return 0.0
    joined, starts, values = letter
    found = joined.rfind(f"\n{key}\n")
    if found < 0:
        return 0.0
    return values[bisect.bisect_right(starts, found) - 1]


def _plain_key(word: str) -> str | None:
    """How wordfreq looks up a word of Latin letters alone (NFC, case-folded: one token), else None."""
    if word.isascii():
        return word.lower() if word.isalpha() else None
    key = unicodedata.normalize("NFC", word).casefold()
    if not key.isalpha() or any(ord(c) >= _LATIN_END for c in key):
        return None
    return key


def _wordfreq(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def _buckets() -> dict[str, tuple[str, list[int], list[float]]] | None:
    global _table
    if _table is None:
        key = _source_key()
        path = _cache_path()
        if key is None or path is None:
            return None
        stored = cachefile.read(path).get(key)
        try:
            _table = cachefile.decode(stored) if stored is not None else None
        except (ValueError, EOFError, TypeError):
            _table = None
        if _table is None:
            _table = build()
            encoded = cachefile.encode(_table)
            if encoded is not None:
                cachefile.write(path, {key: encoded})
    return _table


def build() -> dict[str, tuple[str, list[int], list[float]]]:
    """The lookup table from wordfreq's English list: its buckets' words of Latin letters, by first letter."""
    from wordfreq import get_frequency_list, zipf_frequency

    words: dict[str, list[str]] = {}
    length: dict[str, int] = {}  # characters joined so far, the leading "\n" not counted
    starts: dict[str, list[int]] = {}
    values: dict[str, list[float]] = {}
    for bucket in get_frequency_list("en", "best"):
        plain = [w for w in bucket if _plain_key(w) == w]
        if not plain:
            continue
        value = zipf_frequency(plain[0], "en")  # every word of a bucket has its frequency
        by_letter: dict[str, list[str]] = {}
        for w in plain:
            by_letter.setdefault(w[0], []).append(w)
        for letter, group in by_letter.items():
            starts.setdefault(letter, []).append(length.get(letter, 0))
            values.setdefault(letter, []).append(value)
            words.setdefault(letter, []).extend(group)
            length[letter] = length.get(letter, 0) + sum(len(w) + 1 for w in group)
    return {
        letter: ("\n" + "\n".join(group) + "\n", starts[letter], values[letter]) for letter, group in words.items()
    }


def _cache_path() -> Path | None:
    folder = cachefile.folder()
    return None if folder is None else folder / f"word-frequency-v{_FORMAT}.marshal"


def _source_key() -> Hashable | None:
    """Size and modification time of wordfreq's code and English lists (as Python's bytecode cache
    checks a module), without importing it; None when wordfreq is not found."""
    from importlib.util import find_spec

    try:
        spec = find_spec("wordfreq")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    home = Path(next(iter(spec.submodule_search_locations)))
    stamps: list[Any] = []
    for path in [home / "__init__.py", *sorted((home / "data").glob("*_en.msgpack.gz"))]:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        stamps.append((path.name, stat.st_size, stat.st_mtime_ns))
    return ("en", tuple(stamps))
