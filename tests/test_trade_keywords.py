"""Trade keywords found branch by branch (factlint.layers.trade_keywords) find the sentences the
whole keyword pattern finds, and a pattern that cannot be split safely is used whole."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from factlint.engine import Linter
from factlint.layers.trade_grammar import keywords
from factlint.layers.trade_keywords import branches, has_keyword, keyword_sentences
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])

TEXT = (
    "The minister flew home on Tuesday. Kenya sells tea to Pakistan. Nothing here at all.\n\n"
    "Rates went up. Cargo went to Rotterdam. The U.S. Fed went to the markets for cover.\n\n"
    "Imports rose.\n\nIt relies on Russian gas. He sends regards. She met the press. No trade words in this one."
)


def test_the_default_keywords_split_into_branches() -> None:
    parts = branches(keywords(LINTER.knowledge))
    assert parts is not None and len(parts) > 20
    assert all(part.pattern.startswith("(?i)") for part in parts)


def test_branch_by_branch_finds_the_sentences_the_whole_pattern_finds() -> None:
    pattern = keywords(LINTER.knowledge)
    document = LINTER.document(TEXT, "article.txt")
    whole = [index for index, sentence in enumerate(document.sentences) if pattern.search(sentence.text)]
    assert keyword_sentences(pattern, document.text, document.sentences) == whole
    assert whole and len(whole) < len(document.sentences)
    assert has_keyword(pattern, TEXT) and not has_keyword(pattern, "Nothing here at all.")


def test_a_match_across_two_sentences_is_not_a_keyword_of_either() -> None:
    pattern = regex.compile(r"(?i)(?:port of|sold out)")
    document = LINTER.document("He went to the port. Of course it was sold. Out went the crowd.", "article.txt")
    assert keyword_sentences(pattern, document.text, document.sentences) == []


def test_patterns_that_cannot_be_split_are_used_whole() -> None:
    for source in (r"(?i)import", r"(?P<a>sold)|(?P=a)s", r"^export|import$", r"(?:a|b)(?:c|d)", r"(sold)|\1s"):
        assert branches(regex.compile(source)) is None, source
    pattern = regex.compile(r"^export|import$")
    document = LINTER.document("Exports rose. It is an import", "article.txt")
    assert keyword_sentences(pattern, document.text, document.sentences) == [1]
    assert branches(regex.compile(r"(?i)(?:[|]x|y\|z|(?:a|b)c)")) is not None
    assert [p.pattern for p in branches(regex.compile(r"(?i)(?:[|]x|y\|z|(?:a|b)c)")) or ()] == ["(?i)[|]x", r"(?i)y\|z", "(?i)(?:a|b)c"]


def test_a_needs_pattern_gives_the_literals_it_opens_with() -> None:
    from factlint.layers.trade_keywords import needed_literals
    from factlint.patterns import Origin
    from factlint.prefilters import compile_prefilter

    def literals(source: str) -> tuple[frozenset[str], bool] | None:
        prefilter = compile_prefilter(source, Origin("test"))
        assert prefilter is not None
        return needed_literals(prefilter)

    assert literals(r"(?is)\b(?:import\w*|bought|Purchas\w*)\b.*\bfrom\b") == (frozenset({"import", "bought", "purchas"}), True)
    assert literals(r"\bExports\s+to\b") == (frozenset({"Exports"}), False)  # case kept when it matters
    assert literals(r"(?is)\b\d.*\bof\b") is None  # no literal to open with
    assert literals(r"(?is)\b(?:sold|\w+ed)\b") is None  # one branch without one
    assert literals(r"(?:(?i:abc)|x)") is None  # case switched inside a group


def test_sentences_with_letters_beyond_ascii_are_read_as_before() -> None:
    # "ſ" matches "s" in a case-blind pattern: the literal test is skipped there, the needs pattern decides
    text = "Brazil exported ſoybeans to China in May. Brazil ſhipped soybeans to China in June."
    document = LINTER.document(text, "article.txt")
    assert [(r.importer.text if r.importer else None, r.exporter.text if r.exporter else None) for r in document.trade.relations][:1] == [("China", "Brazil")]


def test_a_pattern_with_an_empty_branch_is_used_whole() -> None:
    # "import|export|" (a pack's keywords with a trailing bar) matches everywhere: split, its empty
    # branch would be dropped; used whole it finds what the whole pattern finds (it raised TypeError)
    pattern = regex.compile(r"(?i)import|export|")
    assert branches(pattern) is None
    document = LINTER.document(TEXT, "article.txt")
    assert keyword_sentences(pattern, document.text, document.sentences) == list(range(len(document.sentences)))


def test_brackets_and_bars_inside_classes_and_escapes_do_not_split() -> None:
    parts = branches(regex.compile(r"(?i)(?:ship[]|]ped|sold\|bought|[]x]ports)"))
    assert parts is not None and [part.pattern for part in parts] == [r"(?i)ship[]|]ped", r"(?i)sold\|bought", r"(?i)[]x]ports"]


def test_the_literals_of_a_needs_pattern_are_kept_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Reading a pattern with the standard parser costs a start ~3 ms for the trade grammar: a second
    # process reads the answer back (without parsing) and gets the same literals; "none" is kept too.
    from factlint import datacache
    from factlint.layers import trade_keywords
    from factlint.patterns import Origin
    from factlint.prefilters import compile_prefilter

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)
    sources = (r"(?is)\b(?:import\w*|bought|Purchas\w*)\b.*\bfrom\b", r"\bExports\s+to\b", r"(?is)\b\d.*\bof\b")

    def new_process() -> None:
        monkeypatch.setattr(datacache, "_store", None)
        monkeypatch.setattr(datacache, "_used", set())
        monkeypatch.setattr(datacache, "_dirty", False)
        trade_keywords._needed_literals.cache_clear()

    def answers() -> list[tuple[frozenset[str], bool] | None]:
        found = []
        for source in sources:
            prefilter = compile_prefilter(source, Origin("test"))
            assert prefilter is not None
            found.append(trade_keywords.needed_literals(prefilter))
        return found

    new_process()
    first = answers()
    assert first == [trade_keywords.literals_of(source, 0) for source in sources]
    assert first[0] == (frozenset({"import", "bought", "purchas"}), True) and first[2] is None
    datacache.save()
    new_process()

    def refuse(source: str, flags: int) -> None:
        raise AssertionError(f"{source!r} was parsed again")

    monkeypatch.setattr(trade_keywords, "literals_of", refuse)
    assert answers() == first
    trade_keywords._needed_literals.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "TAKEN BY Japan. Coal ABSORBED by India. The coal took the long way. Takes. It flew in. Comes from Peru.",
        # Letters a case-blind literal matches that lower() does not give it ("ſold", the Kelvin sign),
        # and letters that fold to two ("Straße" is "strasse" to a full case fold): the branches scan.
        "Nothing was \u017fold. The cargo went to Rotterdam.",
        "It was ta\u212aen by them. Nothing else.",
        "Die Stra\u00dfe. Imports rose.",
    ],
)
def test_literal_openings_find_the_sentences_the_whole_pattern_finds(text: str) -> None:
    pattern = regex.compile(keywords(LINTER.knowledge).pattern.replace("(?i)(?:", "(?i)(?:strasse|", 1), regex.VERSION1)
    assert len(branches(pattern) or ()) > 20
    document = LINTER.document(text, "article.txt")
    whole = [index for index, sentence in enumerate(document.sentences) if pattern.search(sentence.text)]
    assert keyword_sentences(pattern, document.text, document.sentences) == whole


@pytest.mark.parametrize("text", ["Nothing here at all.", "It was \u017fold.", "Die Stra\u00dfe.", "They took it.", "Kenya ships tea.", "X → Y", ""])
def test_has_keyword_is_a_search_of_the_whole_pattern(text: str) -> None:
    pattern = regex.compile(keywords(LINTER.knowledge).pattern.replace("(?i)(?:", "(?i)(?:strasse|", 1), regex.VERSION1)
    assert has_keyword(pattern, text) is (pattern.search(text) is not None)
