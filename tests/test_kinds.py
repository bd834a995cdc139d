"""The kinds table, and the ``pattern`` and ``substitution`` kinds, on real-looking sentences."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from factlint.checks import KINDS, RuleSpecError, check_class
from factlint.checks.base import RuleDefinition
from factlint.diagnostic import Severity
from factlint.engine import Linter
from factlint.knowledge import Knowledge

from conftest import lint


def make(kind: str, message: str = "{match}", **fields: Any):  # type: ignore[no-untyped-def]
    definition = RuleDefinition(f"house/{kind}", kind, Severity.WARNING, message, "A test rule.")
    cls = check_class(kind)
    return cls(definition, fields, Knowledge([]))


# (matched words, message, suggestion) of each finding.
FOUND = ("words", "message", "suggestion")


def test_kinds_table_names_importable_classes() -> None:
    for kind in KINDS:
        assert check_class(kind).kind == kind


# --- pattern ------------------------------------------------------------------------------


def test_pattern_named_groups_fill_message_and_suggestion() -> None:
    rule = make(
        "pattern",
        message='write "{country}" without "the"',
        pattern=r"\bthe (?<country>Ukraine|Sudan)\b",
        suggestion="{country}",
    )
    assert lint("Aid to the Ukraine rose; Sudan did not.", rules=[rule], show=FOUND) == [("the Ukraine", 'write "Ukraine" without "the"', "Ukraine")]


def test_pattern_exceptions_must_match_the_whole_finding() -> None:
    rule = make("pattern", pattern=r"\b\w+ly\b", exceptions=["only", "(?i)early"])
    found = [m for m, _, _ in lint("Early on, only the deeply worried left quickly.", rules=[rule], show=FOUND)]
    assert found == ["deeply", "quickly"]


def test_pattern_ignorecase() -> None:
    rule = make("pattern", pattern=r"\bprc\b", ignorecase=True)
    assert [m for m, _, _ in lint("The PRC and the prc.", rules=[rule], show=FOUND)] == ["PRC", "prc"]


def test_pattern_never_matches_across_paragraphs() -> None:
    rule = make("pattern", pattern=r"end\.\s+Next")
    assert lint("The end.\n\nNext paragraph.", rules=[rule], show=FOUND) == []
    assert len(lint("The end. Next sentence.", rules=[rule], show=FOUND)) == 1


def test_pattern_reports_positions_in_the_original_text() -> None:
    rule = make("pattern", pattern="Beijing")
    linter = Linter([rule], Knowledge([]))
    text = "Line one.\r\n\r\nTalks in Beijing."
    (diagnostic,) = linter.lint_document(linter.document(text, "s.txt"))
    assert (diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column) == (3, 10, 3, 17)


@pytest.mark.parametrize(
    ("fields", "key", "message"),
    [
        ({"pattern": "a("}, "pattern", "invalid regular expression"),
        ({"pattern": "a*"}, "pattern", "matches empty text"),
        ({"pattern": "a", "exceptions": ["("]}, "exceptions", "invalid regular expression"),
        ({"pattern": "(?<w>a)", "suggestion": "{x}"}, "suggestion", "unknown placeholder {x} (named groups: w)"),
    ],
)
def test_pattern_spec_errors_name_their_field(fields: dict[str, Any], key: str, message: str) -> None:
    fields = {"ignorecase": False, "exceptions": [], "suggestion": None} | fields
    with pytest.raises(RuleSpecError, match=message.replace("(", r"\(").replace(")", r"\)").replace("{", r"\{")) as raised:
        make("pattern", **fields)
    assert raised.value.key == key


def test_pattern_that_backtracks_forever_is_cut_off_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    slow = make("pattern", pattern="(?:a|a)+b")
    quick = make("pattern", pattern="dog dog")
    slow.definition = RuleDefinition("house/slow", "pattern", Severity.WARNING, "{match}", "Slow.")
    linter = Linter([slow, quick], Knowledge([]))
    document = linter.document("a" * 50 + "\n\nA dog dog.", "story.txt")
    with caplog.at_level(logging.WARNING, logger="factlint"):
        diagnostics = linter.lint_document(document)
    assert [d.rule for d in diagnostics] == ["house/pattern"]
    assert "story.txt: rule house/slow gave up" in caplog.text


def test_an_exception_pattern_that_backtracks_is_cut_off_too(caplog: pytest.LogCaptureFixture) -> None:
    rule = make("pattern", pattern="a+", exceptions=["(?:a|a)+b"])
    with caplog.at_level(logging.WARNING, logger="factlint"):
        assert lint("a" * 50, rules=[rule], show=FOUND) == []
    assert "gave up" in caplog.text


def test_time_limit_grows_with_the_paragraph() -> None:
    from factlint.patterns import PATTERN_TIMEOUT, time_limit

    assert time_limit(0) == PATTERN_TIMEOUT
    assert time_limit(20_000_000) > 10 * PATTERN_TIMEOUT  # a benign pattern over 20 MB is not cut off


# --- substitution -------------------------------------------------------------------------


def translation_slips(**fields: Any):  # type: ignore[no-untyped-def]
    swap = {"next a week": "next week", "next a": "next", "at a faster time": "at a faster pace", "kyiv": "Kyiv"}
    return make(
        "substitution",
        message='"{match}": write "{suggestion}"',
        **({"swap": swap, "ignorecase": True, "exceptions": []} | fields),
    )


def test_substitution_suggests_and_keeps_the_capital() -> None:
    assert lint("Next a week they meet.", rules=[translation_slips()], show=FOUND) == [("Next a week", '"Next a week": write "Next week"', "Next week")]


def test_substitution_prefers_the_longest_phrase() -> None:
    assert [s for _, _, s in lint("They meet next a week, then next a month.", rules=[translation_slips()], show=FOUND)] == ["next week", "next"]


def test_substitution_phrase_may_wrap_across_a_line() -> None:
    assert [m for m, _, _ in lint("They meet next a\r\nweek in Rome.", rules=[translation_slips()], show=FOUND)] == ["next a\r\nweek"]


def test_substitution_does_not_flag_the_right_form_or_parts_of_words() -> None:
    rule = translation_slips()
    assert lint("Kyiv said so. A next-a-week plan. Annex a week.", rules=[rule], show=FOUND) == []
    # With ignorecase, "reads as its replacement" ignores case too: a case-only swap never fires.
    assert lint("KYIV and kyiv", rules=[rule], show=FOUND) == []
    assert [s for _, _, s in lint("kyiv", rules=[translation_slips(ignorecase=False)], show=FOUND)] == ["Kyiv"]


def test_substitution_is_case_sensitive_unless_told() -> None:
    rule = translation_slips(ignorecase=False)
    assert lint("Next a week they meet.", rules=[rule], show=FOUND) == []
    assert len(lint("They meet next a week.", rules=[rule], show=FOUND)) == 1


def test_substitution_exceptions() -> None:
    rule = translation_slips(exceptions=["(?i)next a"])
    assert [m for m, _, _ in lint("next a, next a week", rules=[rule], show=FOUND)] == ["next a week"]


def test_substitution_ignorecase_with_unusual_case_folding() -> None:
    """Regression: regex folds "İ" to "i" where str.casefold gives "i̇"; the lookup raised KeyError."""
    rule = make("substitution", swap={"i go": "I go"}, ignorecase=True, exceptions=[])
    assert [s for _, _, s in lint("Then İ go home.", rules=[rule], show=FOUND)] == ["I go"]


def first_lady(ignorecase: bool = False):  # type: ignore[no-untyped-def]
    swap = {"First Lady": "first lady", "next a week": "next week"}
    return make("substitution", message='write "{suggestion}"', swap=swap, ignorecase=ignorecase, exceptions=[])


def test_substitution_keeps_its_own_case_mid_sentence() -> None:
    assert lint("The First Lady visited the school.", rules=[first_lady()], show="{suggestion}") == ["first lady"]


def test_substitution_capitalises_only_at_the_start_of_a_sentence() -> None:
    text = "Next a week the talks resume. They meet. Next a week they talk."
    assert lint(text, rules=[first_lady(ignorecase=True)], show="{suggestion}") == ["Next week", "Next week"]


def test_substitution_after_a_suppression_comment_still_starts_the_text() -> None:
    """Found by hypothesis: the comment is not prose, so the words still start the text."""
    rule = first_lady(ignorecase=True)
    plain = lint("NEXT A\rWEEK", rules=[rule], show="{suggestion}")
    commented = lint("<!-- factlint-disable-next-line other -->\nNEXT A\rWEEK", rules=[rule], show="{suggestion}")
    assert plain == commented == ["Next week"]


@pytest.mark.parametrize(
    ("swap", "message"),
    [({}, "at least one wrong phrase"), ({"a": 1}, "swap entries must be text"), ({"  ": "b"}, "swap entries must be text")],
)
def test_substitution_spec_errors(swap: dict[str, Any], message: str) -> None:
    with pytest.raises(RuleSpecError, match=message) as raised:
        make("substitution", swap=swap, ignorecase=False, exceptions=[])
    assert raised.value.key == "swap"


def test_substitution_quick_test_reads_spaces_as_re_does() -> None:
    # The quick test of case-blind ASCII swaps runs with regex from the pattern cache; its spaces are
    # exactly the characters re's \s matches (str.isspace), which regex's own \s is not (U+001C-U+001F).
    import re

    import regex

    from factlint.checks.substitution import _SPACES

    quick = regex.compile("a" + _SPACES + "b", regex.VERSION0)
    for code in range(0x110000):
        text = f"a{chr(code)}b"
        assert bool(quick.fullmatch(text)) == bool(re.fullmatch(r"a\s+b", text)), hex(code)
