"""The backoff (pair-direction) reader, factlint/layers/trade_backoff.py: which way a sentence the
strict readers read nothing in says goods move between two countries, from each country's own
local cue, or nothing when it is not clear. The sentences (tests/data/trade-backoff-sentences.tsv)
are written per construction family, with traps; the article tests below run the whole rule, the
ledger's hook included (tests/test_trade_backoff_hook.py tests the hook with a stand-in reader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import lint

from factlint.engine import Linter
from factlint.layers.countries import find_mentions
from factlint.layers.trade_backoff import read_pair_directions
from factlint.rules_loader import default_pack

LINTER = Linter.for_packs([default_pack()])
SET = Path(__file__).parent / "data" / "trade-backoff-sentences.tsv"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in SET.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            construction, _style, direction, sentence = line.split("\t")
            rows.append((construction, direction, sentence))
    return rows


ROWS = _rows()


def directions(text: str) -> str:
    """The backoff readings of every sentence of ``text`` as "IMPORTER<-EXPORTER; ...", or "none"."""
    document = LINTER.document(text, "sentence.txt")
    grammar_ = document.trade.grammar
    if grammar_ is None:
        return "none"
    candidates = {
        index: tuple(find_mentions(document.text, grammar_.gazetteer, sentence.start, sentence.end))
        for index, sentence in enumerate(document.sentences)
    }
    found = {f"{r.importer.entity.code}<-{r.exporter.entity.code}" for r in read_pair_directions(document, grammar_, candidates) if r.importer and r.exporter}
    return "; ".join(sorted(found)) or "none"


def test_the_set_covers_families_and_traps() -> None:
    families = {construction for construction, direction, _ in ROWS if direction != "none"}
    traps = [row for row in ROWS if row[1] == "none"]
    assert len(families) >= 20 and len(traps) >= 15


@pytest.mark.parametrize(("construction", "direction", "sentence"), ROWS, ids=[f"{row[0]}-{n}" for n, row in enumerate(ROWS)])
def test_backoff_reads_the_stated_direction(construction: str, direction: str, sentence: str) -> None:
    assert directions(sentence) == direction


def test_a_country_with_cues_of_both_roles_is_no_reading() -> None:
    # Argentina stands after "from" (sells) and after "to" (buys): unclear
    assert directions("Brazil buys from Argentina the soy it sells to Argentina.") == "none"


@pytest.mark.parametrize("sentence", [
    "Chile buys Peruvian fishmeal, a Japanese trader said.",  # a third country with no role of its own
    "Chile buys Peruvian fishmeal and Japanese machinery.",  # two origins: which one is meant is not local
])
def test_a_third_country_the_clause_does_not_place_refuses_it(sentence: str) -> None:
    assert directions(sentence) == "none"
    assert directions(sentence.split(",")[0].replace(" and Japanese machinery", "") ) == "CL<-PE"


# --- the whole rule: a backoff reading is reported only against a flow the article establishes ---

ESTABLISHED = (
    "Vietnam exported 1.2 million tonnes of coffee to Germany last year, customs data showed.\n"
    "German roasters bought most of the Vietnamese coffee through Hamburg traders.\n"
    "The export of coffee from Vietnam to Germany has doubled in a decade.\n"
)


def flagged(text: str) -> list[int]:
    return [line for (line,) in lint(text, "trade/reversed-direction", show=("line",))]


@pytest.mark.parametrize("reversed_line", [
    "Coffee from Germany is by Vietnam in large quantity imported, the association said.",
    "Every sack that Vietnam buys from German roasters keeps a farm going.",
    "Germany is the principal provider of coffee of Vietnam, according to the association.",
])
def test_an_unread_sentence_stating_the_flow_backwards_is_reported(reversed_line: str) -> None:
    assert flagged(ESTABLISHED + reversed_line + "\n") == [4]


@pytest.mark.parametrize("clean_line", [
    # the same direction in the backoff's wording
    "Coffee from Vietnam is by Germany in large quantity imported, the association said.",
    "Every sack that Germany buys from Vietnamese growers keeps a farm going.",
    # the other way, but a forecast, a negation, a re-export or two-way trade
    "Germany could one day be the principal provider of coffee of Vietnam, the association said.",
    "Vietnam never buys coffee from German roasters.",
    "Coffee from Germany is re-exported to Vietnam in small lots.",
    "Coffee trade between Vietnam and Germany runs both ways.",
    # people, not goods
    "Vietnam sent a trade delegation to Germany to discuss coffee sales.",
])
def test_no_report_when_the_sentence_agrees_or_is_refused(clean_line: str) -> None:
    assert flagged(ESTABLISHED + clean_line + "\n") == []


def test_a_single_strict_sentence_does_not_establish_a_flow_for_the_backoff() -> None:
    one = "Vietnam exported 1.2 million tonnes of coffee to Germany last year.\n"
    backwards = "Coffee from Germany is by Vietnam in large quantity imported, the association said.\n"
    assert flagged(one + backwards) == []
    assert flagged(ESTABLISHED + backwards) == [4]
