"""names/inconsistent-spelling: typing slips in a surname (a doubled letter, a vowel slip before the
ending) are flagged; plural and demonym endings and places are not (found by error injection)."""

from __future__ import annotations

import pytest

from factlint.checks.name_consistency import _vowel_slip_before_end
from factlint.layers.names import doubled_letter as _doubled_letter

from conftest import lint


def test_doubled_letter_and_vowel_slip_helpers() -> None:
    assert _doubled_letter("mattis", "mattiis") and _doubled_letter("ryaan", "ryan")
    assert not _doubled_letter("korea", "koreas") and not _doubled_letter("stamos", "stams")
    assert _vowel_slip_before_end("stamos", "stams") and _vowel_slip_before_end("kazianis", "kazianas")
    assert not _vowel_slip_before_end("latinos", "latinas")  # gendered forms, not a slip
    assert not _vowel_slip_before_end("koreas", "korean")  # a different last letter: an ending


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Dave Andelman runs the drive-in. "Free markets fill vacuums," says Dave Andelmaan. '
         "It is busy, says Mr. Andelman.", ["Andelmaan"]),
        ('"It was a failure," Kazianas said. Harry Kazianis said China feared a collapse. '
         "Kazianis said talks would help.", ["Kazianas"]),
        ('Mr. Paaul wants a flat tax. Rand Paul said so on Monday, and Paul said it again.', ["Paaul"]),
    ],
)
def test_typing_slips_in_a_persons_surname_are_flagged(text: str, expected: list[str]) -> None:
    assert lint(text, "names/inconsistent-spelling", show="{words}") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Demonyms and plurals of words that are no person's surname keep the endings test.
        "After two decades of dark Batmen, Keaton's return as Batman would be welcome.",
        "Roman Catholics gathered as the Catholicos of All Armenians spoke. Catholics in Yerevan cheered.",
        "Mr Okafor met the Ecuadorean delegation. Ecuadorian officials said Okafor left early.",
        # A short name doubled only when someone uses it as a surname: "Liffe" is an exchange.
        "Standard Life said profits rose. Life insurers gained, and the shares trade on Liffe.",
        # A place that speaks is still a place: the full-name guard holds for "Harvard said".
        "Editor's note: the quote from Emmi Harward was corrected. Harvard said so.",
    ],
)
def test_endings_and_places_are_still_left_alone(text: str) -> None:
    assert lint(text, "names/inconsistent-spelling", show="{words}") == []
