"""The names the roster check compares with: its own entries and the officeholder data's people.

``officeholder_tables`` adds every person of two words or more in the officeholder data, with their
latest office as the role, behind the roster's own names. The rows and index (about 4,000 names)
depend only on the data, the roster's accepted forms and this code: they are kept in
factlint.datacache in ``SHARDS`` parts by word, and a part is read (and a RosterName made) only for
the words an article looks up (building them all was a fifth of a one-article run; reading them
all back, ~600 KB, still ~4 ms and 3 MB of memory of every start).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from factlint import datacache
from factlint.layers.names import name_key_words
from factlint.layers.offices import DATA_FILES as OFFICEHOLDER_FILES
from factlint.layers.offices import code_of, officeholder_names

# The code the kept officeholder rows depend on: this module, the data's reading and the folding.
_ROSTER_CODE = code_of(__name__, "factlint.layers.offices", "factlint.layers.names")
# Parts the kept rows are split into, by the word a lookup is made with (a few hundred words an article).
SHARDS = 512
Row = tuple[int, tuple[str, ...], str, str]  # row number (one RosterName a row), folded words, written, role
Shard = tuple[dict[tuple[str, int, str], list[Row]], dict[str, list[Row]], list[tuple[str, ...]]]  # rows by pair, by word; forms added


@dataclass(frozen=True)
class RosterName:
    words: tuple[str, ...]  # folded
    canonical: str
    role: str
    curated: bool = True  # from the hand-written roster; False: from the officeholder data


def officeholder_tables(
    knowledge: Any, accepted: set[tuple[str, ...]], by_pair: Mapping[Any, list[RosterName]], by_word: Mapping[Any, list[RosterName]]
) -> tuple[OfficeholderTable, OfficeholderTable, AcceptedForms]:
    """``by_pair`` and ``by_word`` with the officeholder data's people behind the roster's own names,
    and ``accepted`` with the forms they add (read part by part, as the rows are)."""
    data = [knowledge.fingerprint(name) for name in OFFICEHOLDER_FILES]
    key = None if None in data else ("roster-officeholders", datacache.digest(repr((data, sorted(accepted))) + _ROSTER_CODE))
    roster_accepted = set(accepted)

    def build() -> list[Shard]:
        rows, added, pairs, words = _officeholder_rows(officeholder_names(knowledge), roster_accepted)
        shards = _shards(rows, pairs, words, added)
        if key is not None:
            datacache.put(key, ("parts", SHARDS))
            for number, shard in enumerate(shards):
                datacache.put((*key, number), shard)
        return shards

    stored = datacache.get(key) if key is not None else None
    shards = _KeptShards(key, build) if stored == ("parts", SHARDS) else build()  # type: ignore[arg-type]
    made: dict[int, RosterName] = {}
    return OfficeholderTable(shards, 0, by_pair, made), OfficeholderTable(shards, 1, by_word, made), AcceptedForms(roster_accepted, shards)


def shard_of(word: str) -> int:
    """The part of the kept rows that holds the rows found by ``word`` (the same in every process)."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) % SHARDS


def _shards(
    rows: list[tuple[tuple[str, ...], str, str]], pairs: dict[tuple[str, int, str], list[int]], words: dict[str, list[int]], added: list[tuple[str, ...]]
) -> list[Shard]:
    """The rows by pair and by word, split by the word they are looked up with; each row written
    out with its number, in the order of the numbers; the forms added, by their first word."""
    shards: list[Shard] = [({}, {}, []) for _ in range(SHARDS)]
    for pair, numbers in pairs.items():
        shards[shard_of(pair[0])][0][pair] = [(n, *rows[n]) for n in numbers]
    for word, numbers in words.items():
        shards[shard_of(word)][1][word] = [(n, *rows[n]) for n in numbers]
    for form in added:
        shards[shard_of(form[0])][2].append(form)
    return shards


class AcceptedForms:
    """The roster's accepted forms and those the officeholder data adds, the latter read from the part
    of the kept rows their first word falls in (decoding all ~4,000 at each start was ~0.7 MB)."""

    __slots__ = ("_own", "_shards", "_parts")

    def __init__(self, own: set[tuple[str, ...]], shards: "list[Shard] | _KeptShards") -> None:
        self._own, self._shards = own, shards
        self._parts: dict[int, frozenset[tuple[str, ...]]] = {}

    def __contains__(self, form: object) -> bool:
        if form in self._own:
            return True
        if not (isinstance(form, tuple) and form and isinstance(form[0], str)):
            return False
        number = shard_of(form[0])
        part = self._parts.get(number)
        if part is None:
            part = self._parts[number] = frozenset(map(tuple, self._shards[number][2]))
        return form in part

    def forms(self) -> set[tuple[str, ...]]:
        """Every accepted form (reads every part)."""
        return self._own | {tuple(form) for number in range(SHARDS) for form in self._shards[number][2]}


class _KeptShards:
    """The parts of the rows in factlint.datacache, each read on first use; a part missing or
    damaged (the cache pruned it) means building them all again from the data."""

    def __init__(self, key: tuple[Any, ...], build: Callable[[], list[Shard]]) -> None:
        self._key, self._build = key, build
        self._read: dict[int, Shard] = {}
        self._built: list[Shard] | None = None

    def __getitem__(self, number: int) -> Shard:
        if self._built is not None:
            return self._built[number]
        found = self._read.get(number)
        if found is None:
            found = datacache.get((*self._key, number))
            if not (isinstance(found, tuple) and len(found) == 3):
                self._built = self._build()
                return self._built[number]
            self._read[number] = found
        return found

    def __len__(self) -> int:
        return SHARDS


def _officeholder_rows(names: Mapping[tuple[str, ...], tuple[str, str]], roster_accepted: set[tuple[str, ...]]) -> tuple[list, list, dict, dict]:
    """The officeholder rows not on the roster, the forms they add to the accepted ones, and the
    row numbers by pair (two-word names: one word, its position, the other's initial) and by word."""
    accepted = set(roster_accepted)
    rows: list[tuple[tuple[str, ...], str, str]] = []
    added: list[tuple[str, ...]] = []
    pairs: dict[tuple[str, int, str], list[int]] = {}
    words: dict[str, list[int]] = {}
    for key, (written, role) in names.items():
        if len(key) < 2 or key in accepted:
            continue
        accepted.add(key)
        added.append(key)
        if not written.isascii():
            spelt_out = name_key_words(umlauts_written_out(written))
            accepted.add(spelt_out)
            added.append(spelt_out)
        index = len(rows)
        rows.append((key, written, role))
        if len(key) == 2:
            # Thousands of names share a given name ("John"): a two-word name is found by one
            # word and the initial of the other, which a typing slip keeps.
            pairs.setdefault((key[0], 0, key[1][0]), []).append(index)
            pairs.setdefault((key[1], 1, key[0][0]), []).append(index)
        else:
            for word in set(key):
                words.setdefault(word, []).append(index)
    return rows, added, pairs, words


class OfficeholderTable:
    """``by_pair`` or ``by_word`` once the officeholder data is in: the roster's own names under a
    key, then the data's rows under it, made into RosterName objects on the first lookup."""

    __slots__ = ("_shards", "_which", "_base", "_made", "_lists")

    def __init__(self, shards: "list[Shard] | _KeptShards", which: int, base: Mapping[Any, list[RosterName]], made: dict[int, RosterName]) -> None:
        """``which``: 0 for the rows by pair (keys ``(word, position, initial)``), 1 by word."""
        self._shards, self._which, self._base, self._made = shards, which, base, made
        self._lists: dict[Any, list[RosterName] | None] = {}

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            found = self._lists[key]
        except KeyError:
            found = self._lists[key] = self._build(key)
        return default if found is None else found

    def keys(self) -> Iterator[Any]:
        """Every key with rows of the data (reads every part)."""
        for number in range(SHARDS):
            yield from self._shards[number][self._which]

    def _build(self, key: Any) -> list[RosterName] | None:
        word = key[0] if self._which == 0 else key
        rows = self._shards[shard_of(word)][self._which].get(key) if isinstance(word, str) else None
        own = self._base.get(key)
        if rows is None:
            return own
        found = list(own or ())
        for number, words, written, role in rows:
            name = self._made.get(number)
            if name is None:
                name = self._made[number] = RosterName(tuple(words), written, role, curated=False)
            found.append(name)
        return found


def umlauts_written_out(name: str) -> str:
    """"Schäuble" as "Schaeuble", the spelling of German names without umlauts."""
    for umlaut, written in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        name = name.replace(umlaut, written)
    return name
