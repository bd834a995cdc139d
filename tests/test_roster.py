"""Names at newsroom scale: misspellings checked against the full officeholder roster, slips in short
given names and doubled letters, the roster's form as the fix, names written with no-break spaces,
soft hyphens or inline markup, and handles and embedded posts left out of the comparison."""

from __future__ import annotations

import pytest


from conftest import lint

NAMES = "names/known-misspelling,names/inconsistent-spelling"
FOUND = ("message", "suggestion")
LEAD = "The summit opened on Monday.\n\n"  # a first paragraph, so the sentence under test is no title


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Jeo Biden met reporters on Monday in Washington.", "Joe Biden"),
        ("Olav Scholz met Emmanuel Macron in Paris on Monday.", "Olaf Scholz"),
        ("Attorney General Jeff Sesions testified before the committee.", "Jeff Sessions"),
        ("Prime Minister Rishi Sunnak spoke in London on Monday.", "Rishi Sunak"),
        ("Prime Minister Boris Jonson spoke in London.", "Boris Johnson"),
        ("Kamala Haris spoke in Atlanta.", "Kamala Harris"),
        ("The Likud leader honoured Yitzahk Rabin at the memorial.", "Yitzhak Rabin"),
        ("The talks were chaired by Francois Mitterand in Paris.", "François Mitterrand"),
        ("Eduard Shevardnaze flew to Washington.", "Eduard Shevardnadze"),
        ("Narendra Modhi spoke in Delhi.", "Narendra Modi"),
    ],
)
def test_misspelt_officials_are_found_with_the_roster_form(text: str, canonical: str) -> None:
    results = lint(LEAD + text, NAMES, path="story.txt", show=FOUND)
    assert results and results[0][1] == canonical, results


@pytest.mark.parametrize(
    "text",
    [
        "Nick Perry reported from Wellington on Monday.",
        "Mark Carey, a farmer in Iowa, said the rain came too late.",
        "Andreas Papandreou won the election in Athens.",
        "Boris Yeltsin stood on a tank in Moscow.",
        "Andrea Mitchell of NBC asked the question.",
        "Natalie Bennett led the Green Party.",
        "Gen. Milley said the troops were ready.",
        "Emperor Naruhito addressed the nation.",
        "Fernando Pedreira, an economist, said the plan would fail.",
        "Giorgos Papadopoulos, a shopkeeper, said prices rose.",
        "Wolfgang Schaeuble said the budget was balanced.",
        "Richard von Weizsaecker visited Bonn.",
        "Megawati Sukarnoputri won the vote.",
        "Rafik Hariri was killed in Beirut.",
        "David Hensley, a Texas lawyer, filed the suit.",
        "The official, Ali bin Suleiman Al-Obaid, spoke. Iraqi Prime Minister haider Al-Abadi said he was shocked.",
    ],
)
def test_other_people_and_accepted_spellings_are_not_reported(text: str) -> None:
    assert lint(LEAD + text, NAMES, path="story.txt", show=FOUND) == []


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("story.txt", "Secretary of State Anthony&nbsp;Blinken met Wang Yi."),
        ("story.txt", "Secretary of State Anthony\u00a0Blinken met Wang Yi."),
        ("story.txt", "Secretary of State Anthony <b>Blinken</b> met Wang Yi."),
        ("story.txt", "Secretary of State Anthony **Blinken** met Wang Yi."),
        ("story.txt", "Secretary of State Anthony Blin\u00adken met Wang Yi."),
        ("story.md", "Secretary of State Anthony **Blinken** met Wang Yi."),
        ("story.html", "<p>Secretary of State Anthony <b>Blinken</b> met Wang Yi.</p>"),
        ("story.html", "<p>Secretary of State Anthony&nbsp;Blinken met Wang Yi.</p>"),
    ],
)
def test_a_name_with_a_no_break_space_soft_hyphen_or_markup_inside_is_read(path: str, text: str) -> None:
    lead = "<p>The summit opened on Monday.</p>\n\n" if path.endswith(".html") else LEAD
    results = lint(lead + text, NAMES, path=path, show=FOUND)
    assert [s for _, s in results] == ["Antony Blinken"], results
    assert '"Anthony Blinken" looks like' in results[0][0]


def test_the_roster_spelling_is_the_fix_even_when_the_article_mostly_uses_the_wrong_one() -> None:
    text = (
        "Jens Stoltenburg said the alliance was ready. Stoltenburg added that talks would go on. "
        "Stoltenburg left early, Stoltenberg's aides said."
    )
    results = lint(LEAD + text, NAMES, path="story.txt", show=FOUND)
    assert results and all(suggestion == "Stoltenberg" or suggestion == "Jens Stoltenberg" for _, suggestion in results), results
    assert not any('"Stoltenberg"' in message.split(" is spelt")[0] for message, _ in results)


def test_handles_are_not_names() -> None:
    assert lint(LEAD + "Antony Blinken spoke. Follow @AnthonyBlinken for updates. Blinken said so.", NAMES, path="story.txt", show=FOUND) == []


def test_an_embedded_post_is_not_compared_with_the_prose() -> None:
    text = (
        "President Volodymyr Zelensky spoke in Kyiv. Zelensky said the front was holding.\n\n"
        "We will win. Glory to Ukraine!\n\n"
        "— Volodymyr Zelenskyi (@ZelenskyyUa) March 1, 2022\n\n"
        "Zelensky later met troops."
    )
    assert lint(LEAD + text, NAMES, path="story.txt", show=FOUND) == []


def test_the_officeholder_tables_kept_in_the_data_cache_give_the_same_names(tmp_path, monkeypatch) -> None:
    """The officeholder rows come back from factlint.datacache in a later run; every lookup then
    gives the names (and order) that building the tables afresh gives."""
    from factlint import datacache, roster_names
    from factlint.checks.roster import RosterCheck
    from factlint.knowledge import Knowledge, default_pack
    from factlint.rules_loader import load_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)

    def tables() -> tuple[RosterCheck, dict, dict]:
        for name in ("_store", "_used", "_dirty"):  # as if a new process started
            monkeypatch.setattr(datacache, name, {"_store": None, "_used": set(), "_dirty": False}[name])
        [check] = [c for c in load_rules([default_pack()], Knowledge([default_pack()])) if isinstance(c, RosterCheck) and c._officeholders_pending]
        check._add_officeholders()
        datacache.save()
        return check, {k: check.by_pair.get(k) for k in check.by_pair.keys()}, {k: check.by_word.get(k) for k in check.by_word.keys()}

    built, built_pairs, built_words = tables()
    monkeypatch.setattr(roster_names, "officeholder_names", lambda knowledge: pytest.fail("the data was read again"))
    kept, kept_pairs, kept_words = tables()
    assert kept.accepted.forms() == built.accepted.forms() and len(built_pairs) > 1000 and len(built.accepted.forms()) > 4000
    assert all(form in kept.accepted for form in built.accepted.forms())
    assert kept_pairs == built_pairs and kept_words == built_words


def test_an_officeholder_part_missing_from_the_data_cache_means_building_the_tables_again(tmp_path, monkeypatch) -> None:
    """The kept rows are read part by part (factlint.roster_names.SHARDS); a part the cache lost
    (pruned, damaged) is not a name silently missing: the tables are built again from the data."""
    from factlint import datacache, roster_names
    from factlint.checks.roster import RosterCheck
    from factlint.knowledge import Knowledge, default_pack
    from factlint.rules_loader import load_rules

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTLINT_NO_CACHE", raising=False)

    def check() -> RosterCheck:
        for name in ("_store", "_used", "_dirty"):  # as if a new process started
            monkeypatch.setattr(datacache, name, {"_store": None, "_used": set(), "_dirty": False}[name])
        [found] = [c for c in load_rules([default_pack()], Knowledge([default_pack()])) if isinstance(c, RosterCheck) and c._officeholders_pending]
        found._add_officeholders()
        return found

    built = check()
    datacache.save()
    key = ("antony", 0, "b")  # "Antony Blinken"-like lookups: one word, its position, the other's initial
    word = next(k for k in built.by_pair.keys() if built.by_pair.get(k) and k[0] not in built.by_word.keys())[0]
    pairs = {k: built.by_pair.get(k) for k in built.by_pair.keys() if k[0] == word}
    store = datacache._load()
    [lost] = [k for k in store if isinstance(k, tuple) and k[0] == "roster-officeholders" and k[-1] == roster_names.shard_of(word)]
    del store[lost]
    monkeypatch.setattr(datacache, "_dirty", True)
    datacache.save()
    read_again: list[int] = []
    real = roster_names.officeholder_names
    monkeypatch.setattr(roster_names, "officeholder_names", lambda knowledge: read_again.append(1) or real(knowledge))
    kept = check()
    assert {k: kept.by_pair.get(k) for k in pairs} == pairs and read_again == [1]
    assert kept.by_pair.get(key) == built.by_pair.get(key)
