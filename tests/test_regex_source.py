"""Reading a pattern's source: the least number of times a character occurs in any of its matches."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.regex_source import least_count, required_literals

T = "\ue000"  # a character nothing else matches, as a quantity token of the change grammar


def test_a_sequence_adds_an_alternation_takes_the_least_and_a_repeat_multiplies() -> None:
    assert least_count(f"{T}\\d+x{T}", T) == 2
    assert least_count(f"(?:{T}{T}|a{T})b", T) == 1
    assert least_count(f"(?:{T}a){{2,5}}(?:{T})?(?:{T})*", T) == 2
    assert least_count(f"(?P<a>{T})|(?P<a>b{T})", T) == 1  # a name repeated, as regex allows
    assert least_count(f"\\p{{L}}+\\s+{T}", T) == 1  # properties read as a class


def test_the_words_every_match_holds_one_of() -> None:
    assert required_literals(r"(?i)\bfrom\s+(?:rose|fell\s+sharply|up)\s*TO") == (
        frozenset({"from"}), frozenset({"rose", "sharply", "up"}), frozenset({"to"}))
    assert required_literals(r"(?:a|b)*c(?=xyz)(?:de)?") == (frozenset({"c"}),)  # what may be missing gives nothing
    assert required_literals(r"x (?:ab|cd){2}", regex.VERBOSE) == (frozenset({"x"}), frozenset({"ab", "cd"}))
    assert required_literals(r"(?:ab|\w)c") == (frozenset({"c"}),)  # one branch without a word: no set
    assert required_literals(r"[[a]bc]de") == ()  # a nested class (VERSION1): not read


def test_what_may_not_hold_it_counts_nothing() -> None:
    assert least_count(f"(?={T}{T}){T}", T) == 1  # a lookahead's text is not the match's
    assert least_count(f"[^{T}]{T}?", T) == 0
    assert least_count(f"(?:a{T}){{e<=1}}", T) == 0  # fuzzy: the token may be the error
    assert least_count(f"[\\w--{T}]{T}", T) == 0  # set operations: refused
    assert least_count(f"(?(DEFINE)(?P<q>{T})){T}(?&q)", T) == 0  # not readable by the standard parser
    assert least_count("(", T) == 0


_ATOMS = st.sampled_from([T, "a", "b", "ab", "B", ".", "[ab]", f"[{T}a]", "\\w", "(?i:A)", "(?i)"])


def _patterns() -> st.SearchStrategy[str]:
    return st.recursive(
        _ATOMS,
        lambda inner: st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda p: f"(?:{p[0]}|{p[1]})"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "??", "+?"])).map(lambda p: f"(?:{p[0]}){p[1]}"),
            inner.map(lambda p: f"(?={p})"),
        ),
        max_leaves=8,
    )


@settings(max_examples=500, deadline=None)
@given(_patterns(), st.text(alphabet=[T, "a", "b", "A", "B", " "], max_size=12), st.booleans())
def test_no_match_holds_fewer_tokens_or_lacks_a_required_word(pattern: str, text: str, ignorecase: bool) -> None:
    try:
        compiled = regex.compile(pattern, regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0))
    except regex.error:  # a global flag not at the start, say
        return
    bound, words = least_count(pattern, T), required_literals(pattern)
    for found in compiled.finditer(text, overlapped=True):
        assert found.group().count(T) >= bound, (pattern, text)
        assert all(any(word in found.group().casefold() for word in group) for group in words), (pattern, text, words)


SENTENCES = (
    "Exports rose 25% to $50 million in 2023 from $40 million a year earlier.",
    "The jobless rate fell to 4.1% from 4.5%, a drop of 0.4 points.",
    "Sales climbed from 1,200 to 1,500 units, up 300.",
    "Output doubled to 8 million tonnes.",
    "China provided more than 70% of the $900 million in machinery imported in 2023 from Russia.",
    "Revenue was 12 million euros, against 10 million a year ago, a rise of 20%.",
)


def test_change_forms_a_sentence_cannot_match_are_skipped_with_the_same_statements() -> None:
    from dataclasses import replace

    from factlint.engine import Linter
    from factlint.layers import changes
    from factlint.layers.change_grammar import grammar
    from factlint.rules_loader import default_pack

    linter = Linter.for_packs([default_pack()])
    found = grammar(linter.knowledge)
    assert len(found.least_tokens) == len(found.literals) == len(found.forms) and min(found.least_tokens) >= 2  # two figures at least
    ungated = replace(found, least_tokens=(), literals=())
    for sentence in SENTENCES:
        document = linter.document(sentence, "article.txt")
        layer = document.quantities
        for start, end, quantities in layer.by_sentence:
            gated = list(changes._sentence_statements(document.text, start, end, quantities, found))
            assert gated == list(changes._sentence_statements(document.text, start, end, quantities, ungated)), sentence
    assert linter.document(SENTENCES[0], "article.txt").changes  # and something is read
