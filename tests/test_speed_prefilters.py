"""The cheap prefilters added for throughput must never hide a match the full pattern would find."""

from __future__ import annotations

import regex

from factlint.layers.change_grammar import required_words
from factlint.engine import lint_text


def test_required_words_are_top_level_literals():
    assert required_words(r"{verb}\s+from\s+(?:an?\s+|the\s+)?{A}\s+to\s+{B}") == ("from", "to")
    assert required_words(r"{B}\s*,?\s+{updown}\s+(?:by\s+)?{C}\s+(?:from|on)\s+{A}") == ()


def test_required_words_give_up_on_what_they_cannot_read():
    assert required_words(r"from\s+{A}|to\s+{B}") == ()  # top-level alternation
    assert required_words(r"(?i)from\s+{A}") == ()  # inline flags
    assert required_words(r"a{ |b}from") == ()  # a literal brace
    assert required_words(r"\bfrom\s+{A}") == ()  # letters right after an escape
    assert required_words(r"abc?d\s+x") == ("d", "x")  # a quantified letter drops its whole run
    assert required_words(r"[a\]b]rise") == ("rise",)  # a class with an escaped bracket


def test_required_words_hold_for_every_match():
    forms = [r"rose\s+from\s+{A}", r"from+\s+{A}", r"[ft]rom\s+ab?c\s+{A}"]
    texts = ["It ROSE FROM 7.", "It rose  from 7.", "frommm 7", "trom ac 7", "from abc 7", "ſrom"]
    for form in forms:
        source = form.replace("{A}", r"\d+")
        for text in texts:
            if regex.search(source, text, regex.VERSION1 | regex.IGNORECASE):
                assert all(word in text.casefold() for word in required_words(form)), (form, text)


def test_direction_rule_reads_a_capitalised_from():
    """The skeleton is case-folded before the required words are looked for, as the forms ignore case."""
    rules = {d.rule for d in lint_text("Imports rose FROM $1.2 billion TO $900 million last year.\n")}
    assert "quantity/direction-mismatch" in rules


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
