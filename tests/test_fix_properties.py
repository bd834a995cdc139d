"""Property tests (hypothesis) for fixes: whatever the text, fixing changes only the fixed spans,
never markup, and fixing twice changes nothing more than fixing once."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factlint import lint_text
from factlint.fixes import Edit, edits, fix_text
from factlint.formats import extract_prose

# Findings with safe and unsafe fixes, markup of Markdown and HTML, every kind of line break.
TOKENS = [
    "the", "The", "the the", "The the", "the the the", "next a week", "Next a\nweek", "at a faster time", " ,", " .",
    " ;", " ?", "said", "U.S.", "US", "US", "percent", "%", "a the", "Anthony Blinken", "Monday, May 6, 2024",
    ".", ",", " ", "  ", "\n", "\r\n", "\r", "\n\n", "*", "**", "_", "`", "[", "](https://x.example/a b)", "]",
    "<b>", "</b>", "<p>", "</p>", "&amp;", "&nbsp;", "\\*", "# ", "- ", "> ", "| a | b |\n|---|---|\n",
    "<!-- factlint-disable -->", "<!-- factlint-enable -->", "é", "ß", "\u200b",
]
texts = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=3)), max_size=40).map("".join)
paths = st.sampled_from(["story.txt", "story.md", "story.html"])


def assert_only_spans_changed(before: str, changes: list[Edit], after: str) -> None:
    """Walk both texts: between the edits ``after`` holds ``before``'s characters unchanged."""
    at_before = at_after = 0
    for edit in changes:
        assert at_before <= edit.start <= edit.end <= len(before)
        gap = edit.start - at_before
        assert after[at_after:at_after + gap] == before[at_before:edit.start]
        at_after += gap
        assert after[at_after:at_after + len(edit.replacement)] == edit.replacement
        at_after += len(edit.replacement)
        at_before = edit.end
    assert after[at_after:] == before[at_before:]


def assert_markup_untouched(before: str, changes: list[Edit], path: str) -> None:
    """No edit's span holds a character that is markup (blanked out of the prose)."""
    prose, _ = extract_prose(before, path)
    for edit in changes:
        assert prose[edit.start:edit.end] == before[edit.start:edit.end], edit


@given(texts, paths)
@example("They meet next a week , said the the the aide.", "story.txt")
@example("They said the *the* plan next *a* week.", "story.md")
@example("<p>the <b>the</b> aide &amp; the the envoy next a week</p>", "story.html")
def test_fixing_changes_only_the_fixed_spans_and_never_markup(text: str, path: str) -> None:
    for unsafe in (False, True):
        result = fix_text(text, path=path, unsafe=unsafe)
        current = text
        for changes in result.passes:
            assert changes == sorted(changes) and all(a.end <= b.start for a, b in zip(changes, changes[1:]))
            after = "".join(
                [current[: changes[0].start]]
                + [edit.replacement + current[edit.end:following.start] for edit, following in zip(changes, changes[1:])]
                + [changes[-1].replacement + current[changes[-1].end:]]
            )
            assert_only_spans_changed(current, changes, after)
            assert_markup_untouched(current, changes, path)
            current = after
        assert current == result.text


@given(texts, paths)
@example("the the the the the", "story.txt")
def test_fixing_twice_changes_nothing_more(text: str, path: str) -> None:
    once = fix_text(text, path=path)
    if len(once.passes) < 10:  # stopped because nothing was left, not at the pass limit
        assert fix_text(once.text, path=path).passes == []
        assert not edits(once.text, lint_text(once.text, path=path))


@given(texts)
def test_markdown_keeps_its_structure(text: str) -> None:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table")
    fixed = fix_text(text, path="story.md", unsafe=True).text
    shape = [(token.type, token.tag, token.level, token.markup) for token in parser.parse(text)]
    assert [(token.type, token.tag, token.level, token.markup) for token in parser.parse(fixed)] == shape
