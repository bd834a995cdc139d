"""Property tests (hypothesis): for any text, factlint does not fail, and what it reports is exact.

Quick by default (profile "fast", see conftest.py). Before a release run the long fuzz:

    HYPOTHESIS_PROFILE=release pytest tests/test_properties.py
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from factlint import lint_text
from factlint.diagnostic import Diagnostic
from factlint.document import Document

# Pieces that reach the interesting code: findings, abbreviations, quotes, every kind of line
# break, suppression comments, a BOM, replacement characters, letters that case-fold oddly.
TOKENS = [
    "the", "The", "the the", "The the", "that that", "next a week", "Next a\nweek", "at a faster time",
    "U.S.", "Mr.", "No. 1", "3.5", "Feb.", "...", "…", '"', "“", "”", "'", "’", "(", ")", ",", " ,", " .",
    ".", "?", "!", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u2028", "\x0c", "\x00",
    "<!-- factlint-disable -->", "<!-- factlint-disable grammar/doubled-word -->",
    "<!-- factlint-disable-next-line grammar -->", "<!-- factlint-enable -->",
    "<!-- factlint-enable grammar/translation-slip -->", "\ufeff", "\ufffd", "é", "İ", "ß", "ǅ", "Ⅻ", "٣",
]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=50).map("".join),
)


@pytest.fixture(scope="module")
def run_factlint_once():  # type: ignore[no-untyped-def]
    """The conftest runner, module-scoped: hypothesis runs many examples in one test call."""
    from conftest import factlint_executable
    import subprocess

    def run(*args: str, stdin: bytes) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([factlint_executable(), *args], input=stdin, capture_output=True, timeout=120)
        return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))

    return run


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, counted afresh: CRLF, CR and LF each end a line."""
    line, column = 1, 1
    for index in range(offset):
        char = text[index]
        if char == "\n" or (char == "\r" and text[index + 1 : index + 2] != "\n"):
            line, column = line + 1, 1
        else:
            column += 1
    return line, column


def key(d: Diagnostic) -> tuple[object, ...]:
    return (d.line, d.column, d.end_line, d.end_column, d.rule, d.message, d.suggestion, d.offset, d.end_offset)


MARKUP = ["<p>", "</p>", "<b>", "</b>", "<!-- x -->", "<script>", "</script>", "&amp;", "&#8220;", "# ", "**", "`", "```\n", "> ", "- ", "[a](b)", "---\n", "<br/>"]
markup_texts = st.lists(st.one_of(st.sampled_from(TOKENS + MARKUP), st.text(max_size=4)), max_size=50).map("".join)


@pytest.mark.parametrize("path", [None, "story.md", "story.html"])
@given(text=st.one_of(texts, markup_texts))
def test_any_text_lints_and_every_span_is_exact(path: str | None, text: str) -> None:
    diagnostics = lint_text(text, path=path)
    for d in diagnostics:
        assert 0 <= d.offset <= d.end_offset <= len(text)
        assert (d.line, d.column) == expected_position(text, d.offset)
        assert (d.end_line, d.end_column) == expected_position(text, d.end_offset)
        assert d.message and d.rule.count("/") == 1
    assert diagnostics == sorted(diagnostics)


@given(texts)
@example("It rose \U00016d71\U00016d70 percent.")  # a digit to regex (Unicode 16) but not to float(): crashed the quantities layer
def test_output_is_deterministic(text: str) -> None:
    first = [key(d) for d in lint_text(text)]
    lint_text("A dog dog.\r\n" + text)  # another document in between changes nothing
    assert [key(d) for d in lint_text(text)] == first


@given(texts, st.sampled_from(["house/none", "grammar/doubled-word", "grammar"]))
def test_suppression_comments_never_shift_positions(text: str, suppressed: str) -> None:
    """A disable comment in its own paragraph before the text removes the rules it names, and every
    other diagnostic is the same one, two lines and len(comment) characters further on."""
    assume("factlint-enable" not in text)
    comment = f"<!-- factlint-disable {suppressed} -->\n\n"
    plain = lint_text(text)
    commented = lint_text(comment + text)
    shifted = [
        (d.line + 2, d.column, d.end_line + 2, d.end_column, d.rule, d.message, d.suggestion, d.offset + len(comment), d.end_offset + len(comment))
        for d in plain
        if not (d.rule == suppressed or d.rule.startswith(suppressed + "/"))
    ]
    assert [key(d) for d in commented] == shifted


@given(texts)
def test_paragraphs_and_sentences_are_ordered_slices_of_the_text(text: str) -> None:
    document = Document(text)
    for spans in (document.paragraphs, document.sentences):
        previous_end = 0
        for span in spans:
            assert previous_end <= span.start < span.end <= len(text)
            assert span.text == text[span.start : span.end] and span.text.strip()
            previous_end = span.end
    for sentence in document.sentences:
        assert document.sentence_at(sentence.start) == sentence
        assert any(p.start <= sentence.start and sentence.end <= p.end for p in document.paragraphs)


@given(texts, st.integers(min_value=0))
def test_position_matches_a_fresh_count(text: str, seed: int) -> None:
    offset = seed % (len(text) + 1)
    assert Document(text).position(offset) == expected_position(text, offset)


@given(st.one_of(st.binary(max_size=300), texts.map(lambda t: t.encode("utf-8", "surrogatepass")), texts.map(lambda t: t.encode("utf-16", "surrogatepass"))))
def test_any_bytes_are_linted_or_refused_with_a_message(data: bytes) -> None:
    """Whatever a file holds: decoded and linted (with a warning when damaged), or an InputError."""
    from factlint.inputs import InputError, decode

    try:
        article = decode(data, "x.txt")
    except InputError as error:
        assert str(error).startswith("x.txt: ")
        return
    assert (article.warning is None) == _is_clean(data)
    for d in lint_text(article.text, path="x.txt"):
        assert 0 <= d.offset <= d.end_offset <= len(article.text)


def _is_clean(data: bytes) -> bool:
    import codecs

    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True  # decoded strictly or refused
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


CLI_EXAMPLES = 300 if os.environ.get("HYPOTHESIS_PROFILE") == "release" else 8  # each example starts a process


@settings(max_examples=CLI_EXAMPLES)
@given(st.one_of(st.binary(max_size=200), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_the_cli_survives_any_bytes_on_stdin(run_factlint_once, data: bytes) -> None:
    result = run_factlint_once("--format", "json", "-", stdin=data)
    assert result.returncode in (0, 1, 2)
    assert "Traceback" not in result.stderr
    assert isinstance(json.loads(result.stdout), list)
    assert (result.returncode == 2) == bool(result.stderr)  # an error is always said, and only then exit 2
