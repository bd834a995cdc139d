"""What kind of slip one name word is of another: the tests the names checks share, on folded words
(lower case, accents off: ``factlint.layers.names.name_key_words``)."""

from __future__ import annotations

from factlint.editdistance import within


def surname_slip(variant: str, right: str) -> bool:
    """A surname of five letters or more written up to two letters off, first letter kept; a dropped
    last letter counts ("Lagard"), an added ending does not ("Obamas")."""
    if variant == right or len(right) < 5 or len(variant) < 4 or variant[0] != right[0] or variant.startswith(right):
        return False
    return within(variant, right, 2 if len(right) > 5 else 1) or (right.startswith(variant) and len(right) - len(variant) == 1)


def last_letter_slip(variant: str, right: str) -> bool:
    """A surname of five letters or more with its last letter dropped ("Trudea", "Lagard") or one
    letter added at the end that is no plural or possessive ending ("Stoltenbergh"; not "Obamas")."""
    if len(right) < 5:
        return False
    if right.startswith(variant):
        return len(right) - len(variant) == 1
    return variant.startswith(right) and len(variant) - len(right) == 1 and variant[-1] != "s"


_TRANSLITERATION_FOLDS = (("oe", "u"), ("ph", "f"), ("kh", "k"), ("dh", "d"), ("ee", "i"), ("w", "v"), ("j", "y"))


def transliterated(variant: str, right: str) -> bool:
    """True when the words differ only as transliterations do: a last "y" for "i" ("Morsy"), a
    last "ou" for "u" ("Papandreou"), "oe" for "u", "ph" for "f", "kh" for "k", "w" for "v", "j" for "y"."""

    def fold(word: str) -> str:
        for written, plain in _TRANSLITERATION_FOLDS:
            word = word.replace(written, plain)
        if word.endswith("ou"):
            word = word[:-1]
        return word[:-1] + "i" if word.endswith("y") else word

    return fold(variant) == fold(right)


def given_name_slip(variant: str, right: str) -> bool:
    """A given name that begins like the right one and differs by up to two letters ("Mark" for
    Marco); short forms ("Steve" for Steven) are not slips."""
    if variant == right or min(len(variant), len(right)) < 4 or variant[:3] != right[:3]:
        return False
    if variant.startswith(right) or right.startswith(variant):
        return False
    return within(variant, right, 2)


def transposed(a: str, b: str) -> bool:
    """True when ``a`` is ``b`` with two neighbouring letters swapped ("Ergodan", "Yitzahk")."""
    if len(a) != len(b):
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] and a[differ[1]] == b[differ[0]]


def short_slip(variant: str, right: str) -> bool:
    """One letter dropped, added, changed or swapped with its neighbour, in a word of two letters or
    more whose first letter is kept ("Jeo"/"Joe", "Olav"/"Olaf", "Jo"/"Joe")."""
    if variant == right or min(len(variant), len(right)) < 2 or variant[0] != right[0]:
        return False
    return within(variant, right, 1)
