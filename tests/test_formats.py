"""Markdown and HTML input: only the prose is linted, and positions are those of the original file."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint import Config, lint_text
from factlint.engine import Linter
from factlint.prose.html import extract as extract_html
from factlint.prose.markdown import extract as extract_markdown
from factlint.rules_loader import default_pack

from conftest import lint

SLIP = "grammar/translation-slip"


def position_of(source: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th occurrence of ``needle`` in the original file."""
    offset = -1
    for _ in range(occurrence):
        offset = source.index(needle, offset + 1)
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


AT = ("line", "column")

MARKDOWN = """\
---
title: Talks resume next a week
date: 2024-04-12
---
# Ministers meet next a week

Officials said the talks would resume next a week, after the summit.

```text
next a week
```

    indented code: next a week

Read `next a week` in [the report](https://example.com/next-a-week "next a week") or at
<https://example.com/next-a-week>, ![next a week](next-a-week.png) and https://example.com/next-a-week.

> A quoted source said the vote comes next a week.

<div title="next a week">An HTML block: next a week.</div>

| Country | When |
|---------|------|
| Italy   | next a week |
"""


def test_markdown_findings_only_in_prose_at_exact_positions() -> None:
    assert lint(MARKDOWN, SLIP, path="article.md", show=AT) == [
        position_of(MARKDOWN, "next a week", 2),  # the heading
        position_of(MARKDOWN, "next a week", 3),  # the first paragraph
        position_of(MARKDOWN, "the vote comes next a week") [0:1] + (position_of(MARKDOWN, "the vote comes next a week")[1] + 15,),
        position_of(MARKDOWN, "block: next a week") [0:1] + (position_of(MARKDOWN, "block: next a week")[1] + 7,),
        position_of(MARKDOWN, "| next a week |")[0:1] + (position_of(MARKDOWN, "| next a week |")[1] + 2,),
    ]


def test_markdown_as_plain_text_would_flag_the_markup() -> None:
    assert len(lint(MARKDOWN, SLIP, path="article.txt", show=AT)) > 5


def test_markdown_prose_keeps_length_and_line_breaks() -> None:
    prose, _ = extract_markdown(MARKDOWN)
    assert len(prose) == len(MARKDOWN)
    # every line break stays; an HTML block may add block breaks of its own inside its tags
    assert all(prose[i] == "\n" for i, c in enumerate(MARKDOWN) if c == "\n")
    assert "example.com" not in prose and "```" not in prose and "title:" not in prose


def test_markdown_escapes_and_entities_are_read_as_written() -> None:
    source = "AT&amp;T said \\*exports\\* rose; it resumes next a week.\n"
    prose, _ = extract_markdown(source)
    assert prose.startswith("AT&") and "*exports*" in prose.replace("\u200b", "")
    assert lint(source, SLIP, path="a.md", show=AT) == [position_of(source, "next a week")]


@pytest.mark.parametrize(
    "source",
    [
        "He cited [the report](https://example.com/x \"A title\").\n",
        "He said *this*, and **that**.\n",
        "It was \"*final*\" and <b>binding</b>; she agreed.\n",
        "Prices rose 5\\.\n",
        "Run `pip install`, then `factlint`.\n",
        "See ![the chart](chart.png). It shows <https://example.com/a>.\n",
    ],
)
def test_invisible_inline_markup_does_not_leave_space_before_punctuation(source: str) -> None:
    assert lint(source, "grammar/space-before-punctuation", path="a.md", show=AT) == []


@pytest.mark.parametrize(
    ("source", "path"),
    [
        # corpus sentences (Reuters marks companies as "<Name>"; AP ends with bare URLs)
        ("The group acquired 19.9 pct of <Amalgamated Equities Ltd> of Australia.\n", "a.md"),
        ("The group acquired 19.9 pct of <Amalgamated Equities Ltd> of Australia.\n", "a.html"),
        ("Follow AP coverage at https://apnews.com/VirusOutbreak and https://apnews.com/Understanding .\n", "a.md"),
        ("<p>He ran <code>pip install</code>, then <code>factlint</code>.</p>\n", "a.html"),
    ],
)
def test_things_that_are_not_prose_neither_join_nor_space_their_neighbours(source: str, path: str) -> None:
    assert lint_text(source, path=path) == []


def test_doubled_word_across_emphasis_is_still_found() -> None:
    source = "The ministry said the *the* plan would cost more.\n"
    assert lint(source, "grammar/doubled-word", path="a.md", show=AT) == [position_of(source, "the *the*")]


def test_messages_quote_the_match_without_invisible_markup() -> None:
    source = "<p>The <b>the</b>, he said.</p>"
    [diagnostic] = [d for d in lint_text(source, path="a.html") if d.rule == "grammar/doubled-word"]
    assert "\u200b" not in diagnostic.message and "the" in diagnostic.message


def test_front_matter_date_is_the_article_date_unless_overridden() -> None:
    linter = Linter.for_packs([default_pack()])
    assert linter.document(MARKDOWN, "a.md").article_date == date(2024, 4, 12)
    assert linter.document(MARKDOWN, "a.md", date(2025, 1, 2)).article_date == date(2025, 1, 2)
    timestamp = "---\ndate: 2024-04-12T09:30:00Z\n---\nText.\n"
    assert linter.document(timestamp, "a.md").article_date == date(2024, 4, 12)
    quoted = "---\ndate: '2023-02-01'\n---\n<p>Text.</p>\n"
    assert linter.document(quoted, "a.html").article_date == date(2023, 2, 1)


def test_broken_front_matter_is_skipped_without_a_date() -> None:
    source = "---\ntitle: [unclosed\n---\nThe talks resume next a week.\n"
    prose, meta = extract_markdown(source)
    assert "date" not in meta and "unclosed" not in prose
    assert lint(source, SLIP, path="a.md", show=AT) == [position_of(source, "next a week")]


HTML = """\
<!DOCTYPE html>
<html>
<head>
  <title>Talks resume</title>
  <meta property="article:published_time" content="2024-05-01T10:00:00Z">
  <style>p::after { content: "next a week"; }</style>
  <script>var headline = "next a week";</script>
</head>
<body>
  <h1 data-note="next a week">Ministers meet next a week</h1>
  <p class="lead" title="next a week">Officials said the talks would resume next a week, after the summit.
  The <a href="https://example.com/next-a-week">report</a> said so &mdash; <em>again</em>.</p>
  <!-- next a week -->
  <pre>next a week</pre>
  <p>Inline <code>next a week</code> is code.</p>
  <p>Tom&#39;s team met next&nbsp;a week later.</p>
</body>
</html>
"""


def test_html_findings_only_in_prose_at_exact_positions() -> None:
    assert lint(HTML, SLIP, path="article.html", show=AT) == [
        position_of(HTML, "next a week", 4),  # the h1 text
        position_of(HTML, "next a week", 6),  # the paragraph
    ]


def test_html_prose_drops_tags_attributes_scripts_and_decodes_entities() -> None:
    prose, meta = extract_html(HTML)
    assert len(prose) == len(HTML)
    assert meta["date"] == date(2024, 5, 1)
    visible = " ".join(prose.replace("\u200b", "").split())
    assert visible == (
        "Talks resume Ministers meet next a week Officials said the talks would resume next a week, after the summit. "
        "The report said so — again. Inline is code. Tom's team met next a week later."
    )


def test_html_block_elements_end_paragraphs() -> None:
    linter = Linter.for_packs([default_pack()])
    document = linter.document("<h1>Exports rise</h1><p>The ministry said exports rose.</p>", "a.html")
    assert [p.text.strip() for p in document.paragraphs] == ["Exports rise", "The ministry said exports rose."]


def test_lint_text_without_a_path_reads_plain_text() -> None:
    source = "<p>The talks resume next a week.</p>"
    plain = [d.plain(with_path=False) for d in lint_text(source)]
    assert plain == [d.plain(with_path=False) for d in lint_text(source, path="a.txt", config=Config())]
    assert lint(source, SLIP, path="a.html", show=AT) == [position_of(source, "next a week")]


markup = st.lists(
    st.sampled_from(list("ab *_`[]()<>!#&;-|\\\n\r\t:/.\"'=") + ["&amp;", "<p>", "</p>", "```", "---\n", "http://x.y/", "<!--", "-->"]),
    max_size=80,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(markup, max_size=6).map("".join))
def test_any_markdown_keeps_offsets(source: str) -> None:
    prose, _ = extract_markdown(source)
    assert len(prose) == len(source)
    assert all(p == s for p, s in zip(prose, source) if s in "\r\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(markup, max_size=6).map("".join))
def test_any_html_keeps_offsets(source: str) -> None:
    prose, _ = extract_html(source)
    assert len(prose) == len(source)
    assert all(p == s for p, s in zip(prose, source) if s in "\r\n")


@settings(max_examples=100, deadline=None)
@given(st.lists(markup, max_size=6).map("".join), st.sampled_from(["a.md", "a.html"]))
def test_any_markup_lints_with_positions_inside_the_file(source: str, path: str) -> None:
    source += " the the next a week , done."
    for diagnostic in lint_text(source, path=path):
        assert 0 <= diagnostic.offset <= diagnostic.end_offset <= len(source)
        assert "\u200b" not in diagnostic.message
