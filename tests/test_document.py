"""The document model: exact positions whatever the line breaks, paragraphs and newswire sentences."""

from __future__ import annotations

import pytest

from factlint.document import Document


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_are_1_based_lines_and_character_columns(newline: str) -> None:
    text = newline.join(["Première ligne", "— deux", "", "trois"])
    document = Document(text)
    starts = [0]
    for line in text.split(newline)[:-1]:
        starts.append(starts[-1] + len(line) + len(newline))
    assert document.line_starts == starts
    for number, start in enumerate(starts, 1):
        assert document.position(start) == (number, 1)
    assert document.position(starts[1] + 2) == (2, 3)  # "— deux": the dash is one character
    assert [document.line_text(n) for n in range(1, 5)] == ["Première ligne", "— deux", "", "trois"]
    assert document.position(len(text)) == (4, 6)  # the end of the text is a valid position


def test_mixed_line_breaks_count_crlf_once() -> None:
    document = Document("a\r\nb\rc\nd\n\re")
    assert [document.position(document.text.index(c)) for c in "abcde"] == [(1, 1), (2, 1), (3, 1), (4, 1), (6, 1)]
    assert document.line_text(5) == ""


def test_prose_must_keep_the_length_of_its_source() -> None:
    with pytest.raises(ValueError, match="as long as its source"):
        Document("short", source="longer source")


def test_paragraphs_blank_lines_indents_and_crlf() -> None:
    text = "First para wraps\nonto a second line.\r\n\r\nSecond para.\r\n  \t\r\nThird para.\n  Indented starts a fourth."
    document = Document(text)
    assert [p.text for p in document.paragraphs] == [
        "First para wraps\nonto a second line.",
        "Second para.",
        "Third para.",
        "Indented starts a fourth.",
    ]
    for paragraph in document.paragraphs:
        assert text[paragraph.start:paragraph.end] == paragraph.text


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_single_line_break_never_ends_a_paragraph(newline: str) -> None:
    """Regression: one CRLF was read as a blank line, so every CRLF line started a paragraph."""
    text = newline.join(["Ministers will meet next", "week in Rome, officials", "said.", "", "Second paragraph."])
    document = Document(text)
    assert [p.text.replace(newline, " ") for p in document.paragraphs] == [
        "Ministers will meet next week in Rome, officials said.",
        "Second paragraph.",
    ]
    assert len(document.sentences) == 2


def test_each_bullet_of_a_brief_is_a_paragraph_but_a_wrapped_dash_is_not() -> None:
    brief = (
        "AVOCADOS: Super Bowl rush\n- Growers ship a record 125,000 t north\n"
        "- US takes roughly 80% of Mexico's avocado exports\n- Retail prices seen up 10%"
    )
    assert [p.text for p in Document(brief).paragraphs] == [
        "AVOCADOS: Super Bowl rush", "- Growers ship a record 125,000 t north",
        "- US takes roughly 80% of Mexico's avocado exports", "- Retail prices seen up 10%",
    ]
    assert len(Document(brief.replace("- ", "• ")).sentences) == 4
    # running copy wrapped at a dash, and a wrapped line that starts with a date's day
    wrapped = "WASHINGTON, March 2 - The ruling\n- expected this week - was delayed\nagain, officials said, on October\n16. He said so."
    assert len(Document(wrapped).paragraphs) == 1


def test_long_unwrapped_lines_are_one_paragraph_each() -> None:
    line = "This line is longer than any wire service would wrap at, so in this block each line is its own paragraph. "
    assert len(line) > 100
    document = Document(line + "\n" + line + "\nShort one.")
    assert len(document.paragraphs) == 3


def test_empty_and_blank_documents_have_no_paragraphs() -> None:
    for text in ("", " ", "\n\n\r\n", "\t \r"):
        document = Document(text)
        assert document.paragraphs == [] and document.sentences == []


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The U.S. economy grew. It slowed later.", ["The U.S. economy grew.", "It slowed later."]),
        ("Officials in the U.S. The talks failed.", ["Officials in the U.S.", "The talks failed."]),
        ("He met Mr. Smith on Monday. Then he left.", ["He met Mr. Smith on Monday.", "Then he left."]),
        ("Gen. Jones and Sen. Warren spoke.", ["Gen. Jones and Sen. Warren spoke."]),
        ("She was ranked No. 1 in the world. Nobody doubted it.", ["She was ranked No. 1 in the world.", "Nobody doubted it."]),
        ("Growth was 3.5 percent. Inflation fell.", ["Growth was 3.5 percent.", "Inflation fell."]),
        ("Prices rose 4.5%. Wages did not.", ["Prices rose 4.5%.", "Wages did not."]),
        ("It happened on Feb. 26 in Rome. Later it rained.", ["It happened on Feb. 26 in Rome.", "Later it rained."]),
        ("It happened in Feb. The next month was calm.", ["It happened in Feb.", "The next month was calm."]),
        ('"We will win," he said. "They will not."', ['"We will win," he said.', '"They will not."']),
        ("“Enough.” She left.", ["“Enough.”", "She left."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        ("Really? Yes. Absolutely!", ["Really?", "Yes.", "Absolutely!"]),
        ("J.R.R. Tolkien wrote books. He died in 1973.", ["J.R.R. Tolkien wrote books.", "He died in 1973."]),
        ("The company (Acme Inc.) grew. Shares rose.", ["The company (Acme Inc.) grew.", "Shares rose."]),
        ("They met at 5 p.m. The talks ran late.", ["They met at 5 p.m.", "The talks ran late."]),
    ],
)
def test_newswire_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in Document(text).sentences] == sentences


def test_sentences_never_cross_paragraphs_and_sentence_at_finds_them() -> None:
    text = "One ends here\n\nwithout a stop. Two.\r\n\r\nThree"
    document = Document(text)
    assert [s.text for s in document.sentences] == ["One ends here", "without a stop.", "Two.", "Three"]
    assert document.sentence_at(text.index("Two")).text == "Two."  # type: ignore[union-attr]
    assert document.sentence_at(text.index("\n")) is None  # between paragraphs
    assert document.sentence_at(len(text) - 1).text == "Three"  # type: ignore[union-attr]


def test_layers_are_computed_once_and_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    from factlint.layers import quotes

    calls: list[Document] = []
    real_extract = quotes.extract

    def extract(document: Document) -> list[tuple[int, int]]:
        calls.append(document)
        return real_extract(document)

    monkeypatch.setattr(quotes, "extract", extract)
    document = Document('She said "yes" twice.')
    assert calls == []
    assert document.quotes == [(9, 14)] and document.quotes is document.quotes
    assert calls == [document]


def test_caps_lines_are_still_headlines_after_the_lowercase_shortcut():
    from factlint.document import Document
    from factlint.layers.names import headline_lines

    text = (
        "U.S. TRADE DEFICIT WIDENS IN MARCH, Commerce says\n"
        "The deficit widened to 12 billion dlrs in March, the Commerce Department said on Tuesday.\n"
        "JAPAN AND U.S. TALK\n"
    )
    lines = headline_lines(Document(text))
    assert 1 in lines and 2 not in lines


def test_sentence_split_after_closing_quote_and_unusual_space():
    from factlint.sentences import split_sentences

    text = 'He said "we won." Then he left.\u2003It rained! More.'
    assert [text[s:e] for s, e in split_sentences(text)] == ['He said "we won."', "Then he left.", "It rained!", "More."]
    single = "  One sentence, no break."
    assert [single[s:e] for s, e in split_sentences(single)] == ["One sentence, no break."]
