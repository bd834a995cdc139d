"""The names the roster check compares with: its own entries and the officeholder data's people.

``officeholder_tables`` adds every person of two words or more in the officeholder data, with their
latest office as the role, behind the roster's own names. The rows and index (about 4,000 names)
depend only on the data, the roster's accepted forms and this code: they are kept in
factlint.datacache, and a RosterName is made only for the rows an article looks up (building them
all was a fifth of a one-article run).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factlint import datacache
from factlint.layers.names import name_key_words
from factlint.layers.offices import DATA_FILES as OFFICEHOLDER_FILES
from factlint.layers.offices import code_of, officeholder_names

# The code the kept officeholder rows depend on: this module, the data's reading and the folding.
_ROSTER_CODE = code_of(__name__, "factlint.layers.offices", "factlint.layers.names")


@dataclass(frozen=True)
class RosterName:
    words: tuple[str, ...]  # folded
    canonical: str
    role: str
    curated: bool = True  # from the hand-written roster; False: from the officeholder data


def officeholder_tables(knowledge: Any, accepted: set[tuple[str, ...]], by_pair: Mapping[Any, list[RosterName]], by_word: Mapping[Any, list[RosterName]]) -> tuple[OfficeholderTable, OfficeholderTable]:
    """``by_pair`` and ``by_word`` with the officeholder data's people behind the roster's own names;
    the forms they add go into ``accepted``."""
    data = [knowledge.fingerprint(name) for name in OFFICEHOLDER_FILES]
    key = None if None in data else ("roster-officeholders", datacache.digest(repr((data, sorted(accepted))) + _ROSTER_CODE))
    stored = datacache.get(key) if key is not None else None
    if not (isinstance(stored, tuple) and len(stored) == 4):
        stored = _officeholder_rows(officeholder_names(knowledge), accepted)
        if key is not None:
            datacache.put(key, stored)
    rows, added, pairs, words = stored
    accepted.update(added)
    made: dict[int, RosterName] = {}
    return OfficeholderTable(rows, pairs, by_pair, made), OfficeholderTable(rows, words, by_word, made)


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

    __slots__ = ("_rows", "_index", "_base", "_made", "_lists")

    def __init__(self, rows: list, index: Mapping[Any, list[int]], base: Mapping[Any, list[RosterName]], made: dict[int, RosterName]) -> None:
        self._rows, self._index, self._base, self._made = rows, index, base, made
        self._lists: dict[Any, list[RosterName] | None] = {}

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            found = self._lists[key]
        except KeyError:
            found = self._lists[key] = self._build(key)
        return default if found is None else found

    def _build(self, key: Any) -> list[RosterName] | None:
        numbers = self._index.get(key)
        own = self._base.get(key)
        if numbers is None:
            return own
        found = list(own or ())
        for number in numbers:
            name = self._made.get(number)
            if name is None:
                words, written, role = self._rows[number]
                name = self._made[number] = RosterName(tuple(words), written, role, curated=False)
            found.append(name)
        return found


def umlauts_written_out(name: str) -> str:
    """"Schäuble" as "Schaeuble", the spelling of German names without umlauts."""
    for umlaut, written in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        name = name.replace(umlaut, written)
    return name
