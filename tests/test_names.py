"""Names, acronyms and house-style consistency: the seed article, tricky real sentences, the names
layer, newsroom packs that extend the roster and variant groups, and the fixture articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.config import Config
from factlint.engine import Linter, lint_text
from factlint.rules_loader import default_pack

from conftest import FIXTURES, SEED, lint

NAMES_AND_STYLE = Config(select=("names", "style"))

# line:rule:marked words of each finding.
SHOWN = "{line}:{rule}:{words}"


def test_seed_article_flags_blinken_us_and_percent_and_nothing_else() -> None:
    assert lint(SEED.read_text(encoding="utf-8"), "names,style", show=SHOWN) == [
        "7:style/inconsistent-form:percent",
        "10:style/inconsistent-form:U.S.",
        "12:names/known-misspelling:Anthony Blinken",
    ]


# --- the names layer ----------------------------------------------------------------------


def mentions(text: str) -> list[tuple[str, str, bool, bool]]:
    linter = Linter.for_packs([default_pack()])
    document = linter.document(text, "x.txt")
    return [(m.text, m.title, m.sentence_initial, m.possessive) for m in document.names]


def test_layer_splits_titles_and_keeps_possessives_outside() -> None:
    found = mentions("Treasury Secretary Janet Yellen's trip follows talks with Chinese President Xi Jinping.")
    assert ("Janet Yellen", "Treasury Secretary", False, True) in found
    assert ("Xi Jinping", "Chinese President", False, False) in found


def test_layer_drops_sentence_openers_and_keeps_particles() -> None:
    found = mentions("But Ursula von der Leyen said no. Blinken left.")
    assert ("Ursula von der Leyen", "", False, False) in found
    assert ("Blinken", "", True, False) in found


def test_layer_reads_initials_as_part_of_a_name() -> None:
    found = mentions("Former Treasury Secretary Jacob J. Lew and D Cossins spoke.")
    assert ("Jacob J. Lew", "Former Treasury Secretary", False, False) in found
    assert ("D Cossins", "", False, False) in found


# --- names/inconsistent-spelling: real corpus sentences -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Demonyms and plurals that differ only by endings (allsides, bbc).
        "Ahn said the group went to the two Koreas. The Korean Peninsula stays divided, a Korean aide said.",
        "Daniela Hantuchova gave the Slovaks the perfect start. Slovakia had booked its place in the final.",
        # A magazine beside a state, a person beside a university, a company beside a carmaker.
        "Rafael Hernandez edits the Cuban magazine Temas. Texas officials said nothing.",
        "Editor's note: the quote from Emmi Harward was corrected. Harvard said so.",
        "Toyota will license its adhesives to Toyoda Gosei, Toyota said.",
        # Different people sharing a surname.
        "President Joe Biden spoke. Hunter Biden, his son, did not. Jill Biden smiled.",
    ],
)
def test_inconsistent_spelling_leaves_real_names_alone(text: str) -> None:
    assert lint(text, "names/inconsistent-spelling", show=SHOWN) == []


def test_inconsistent_spelling_points_at_the_rarer_form_and_names_the_other() -> None:
    text = (
        "Boeing ousted CEO Dennis Muilenburg on Monday.\n"
        "Muilenburg had led the company since 2015.\n"
        "Muilenberg said he would stay until the end of the year.\n"
    )
    diagnostics = lint_text(text, config=Config(select=("names/inconsistent-spelling",)))
    assert [d.line for d in diagnostics] == [3]
    assert diagnostics[0].message == '"Muilenberg" is spelt "Muilenburg" elsewhere in the article (line 1, 2x)'
    assert diagnostics[0].suggestion == "Muilenburg"


def test_inconsistent_spelling_compares_given_names_under_one_surname() -> None:
    text = "Antony Blinken flew in. Antony Blinken met Wang Yi. Anthony Blinken then left for Capri."
    assert lint(text, "names/inconsistent-spelling", show=SHOWN) == ["1:names/inconsistent-spelling:Anthony"]


# --- names/known-misspelling ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Turkish President Recep Tayyip Ergodan won the referendum.", "Recep Tayyip Ergodan"),
        ("Russian President Vladmir Putin discussed the launch.", "Vladmir Putin"),
        ("Kirstjen Neilsen criticised what she called misreporting.", "Kirstjen Neilsen"),
    ],
)
def test_known_misspelling_catches_real_slips(text: str, flagged: str) -> None:
    assert lint(text, "names/known-misspelling", show=SHOWN) == [f"1:names/known-misspelling:{flagged}"]


def test_newsroom_pack_extends_the_roster_and_variant_groups(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.yaml").write_text("people:\n  - {name: Petra Oberlander, role: mayor of Exampleton}\n", encoding="utf-8")
    (data / "style-variants.yaml").write_text(
        "groups:\n  - name: toward\n    forms:\n"
        "      - {display: toward, pattern: '(?<!\\p{L})toward(?!\\p{L})'}\n"
        "      - {display: towards, pattern: '(?<!\\p{L})towards(?!\\p{L})'}\n",
        encoding="utf-8",
    )
    linter = Linter.for_packs([default_pack(), tmp_path])
    text = "Mayor Petra Oberlandr walked toward the hall. She turned toward the crowd and towards the river."
    document = linter.document(text, "x.txt")
    got = [(d.rule, text[d.offset : d.end_offset]) for d in linter.lint_document(document, linter.rules_for(["names", "style"]))]
    assert got == [("names/known-misspelling", "Petra Oberlandr"), ("style/inconsistent-form", "towards")]


# --- style/inconsistent-form -----------------------------------------------------------------


def test_style_tie_goes_to_the_form_used_first() -> None:
    assert lint("Exports rose 70% and imports 90 percent.", "style", show=SHOWN) == ["1:style/inconsistent-form:percent"]
    assert lint("Exports rose 70 percent and imports 90%.", "style", show=SHOWN) == ["1:style/inconsistent-form:%"]


def test_style_exempts_quotes_headlines_pronouns_and_fixed_names() -> None:
    text = (
        "CHINA HELPS US REBUILD\n\n"
        'US officials said the plan works. "The U.S. will act," he said. Let us wait, said a US Airways pilot.\n'
    )
    assert lint(text, "style", show=SHOWN) == []


# --- fixture articles -------------------------------------------------------------------------


@pytest.mark.parametrize("article", sorted((FIXTURES / "names").glob("*.txt")) + sorted((FIXTURES / "style").glob("*.txt")), ids=lambda p: p.stem)
def test_fixture_articles_match_their_expected_diagnostics(article: Path) -> None:
    expected = article.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    linter = Linter.for_packs([default_pack()])
    document = linter.document(article.read_text(encoding="utf-8"), str(article))
    assert [d.plain(with_path=False) for d in linter.lint_document(document)] == expected


# --- the quotes layer -------------------------------------------------------------------------


def quoted(text: str) -> list[str]:
    document = Linter.for_packs([default_pack()]).document(text, "x.txt")
    return [text[start:end] for start, end in document.quotes]


def test_quotes_layer_survives_a_stray_straight_quote() -> None:
    text = 'He said "growth will slow. Analysts agreed. "But we expect 2.0 percent," she said.'
    assert quoted(text) == ['"growth will slow. Analysts agreed. "But we expect 2.0 percent,"']


def test_quotes_layer_reads_british_single_quotes_but_not_apostrophes() -> None:
    text = "'Pompeo's words were clear,' the statement said. The '90s were calm, and it's Tom's car."
    assert quoted(text) == ["'Pompeo's words were clear,'"]


def test_quotes_layer_runs_an_open_quotation_to_the_end_of_its_paragraph() -> None:
    text = '"We will act, he said.\n\nThe U.S. agreed.'
    assert quoted(text) == ['"We will act, he said.']


def test_quotes_layer_closes_a_quotation_on_two_single_quotes() -> None:
    text = "“What we don’t support is a trade war,’’ said Thomas Donohue, president of the US Chamber of Commerce."
    assert quoted(text) == ["“What we don’t support is a trade war,’’"]


def test_style_flags_us_in_an_organisation_name_after_a_quotation_closed_by_two_single_quotes() -> None:
    text = (
        "Tariffs rise\n\n"
        "U.S. officials said tariffs would rise. U.S. exporters objected, and U.S. farmers agreed.\n\n"
        "“We do not support a trade war,’’ Thomas Donohue, president of the US Chamber of Commerce, said this month.\n"
    )
    assert lint(text, "style", show=SHOWN) == ["5:style/inconsistent-form:US"]


def test_the_pairs_name_consistency_compares_are_those_the_pair_loop_could_report_in_its_order() -> None:
    """name-consistency compares only spellings with one first letter and lengths two apart at most;
    among many spellings, only those a near miss or doubled letter apart could be reported: every
    such pair comes, in the order of the loop over every pair."""
    import random

    from factlint.editdistance import MANY_SPELLINGS, close_pairs
    from factlint.editdistance import near_miss
    from factlint.layers.names import doubled_letter

    rng = random.Random(20)
    for size in [*range(0, 60, 7), MANY_SPELLINGS + 1, 400, 900]:
        base = ["".join(rng.choice("abcdeé") for _ in range(rng.randint(4, 11))) for _ in range(size // 3 + 1)]
        keys = list(dict.fromkeys(k for word in base for k in (word, _slip(rng, word), _slip(rng, _slip(rng, word))) if len(k) >= 4))[:size]
        every = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1 :] if a[0] == b[0] and abs(len(a) - len(b)) <= 2]
        found = list(close_pairs(keys))
        assert set(found) <= set(every) and found == [pair for pair in every if pair in set(found)]
        assert {(a, b) for a, b in every if doubled_letter(a, b) or near_miss(a, b, one_edit_up_to=7)} <= set(found)
        if len(keys) <= MANY_SPELLINGS:
            assert found == every


def _slip(rng, word: str) -> str:
    """``word`` with one letter doubled, dropped, changed or swapped with the next."""
    i = rng.randrange(1, len(word))
    return rng.choice([word[:i] + word[i] + word[i:], word[:i] + word[i + 1 :], word[:i] + rng.choice("abcdeé") + word[i + 1 :], word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]])


@pytest.mark.parametrize(
    ("tail", "flagged"),
    [
        ("on the cartwel plot.", False),  # the rarer spelling is a lower-case word of the article
        ("on the cartwel-shaped plot.", True),  # inside a longer lower-case word, not the word itself
        ("on the cartwel's plot.", True),
        ("on the Xcartwel plot.", True),
        ("on the plot.", True),
    ],
)
def test_inconsistent_spelling_leaves_a_spelling_alone_that_the_article_writes_as_a_lower_case_word(tail: str, flagged: bool) -> None:
    text = f"Officials in Cartwell said the plan was dropped. Cartwell said it would appeal. Cartwel later declined to comment {tail}"
    assert bool(lint(text, "names/inconsistent-spelling")) is flagged


@pytest.mark.parametrize(("tail", "flagged"), [("on the cartwel plot.", False), ("on the plot.", True)])
def test_the_lower_case_rule_holds_in_a_long_file_of_many_spellings(tail: str, flagged: bool) -> None:
    roll = " ".join(f"Minister {chr(65 + i % 26)}{'xqzjvw'[i // 26 % 6]}{chr(97 + i * 7 % 26)}mbrook spoke." for i in range(130))
    text = f"{roll}\n\nOfficials in Cartwell said the plan was dropped. Cartwell said it would appeal. Cartwel later declined to comment {tail}"
    assert any('"Cartwel"' in line for line in lint(text, "names/inconsistent-spelling")) is flagged
