"""names/stale-title: a title of office the person did not hold on the article's date, read from
the shipped officeholders (rules/data/officeholders*.yaml), on real sentences and the seed article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factlint.errors import FactlintError
from factlint.layers.offices import build

from conftest import SEED, factlint_executable, lint

ROOT = Path(__file__).resolve().parent.parent
STALE = "names/stale-title"


def test_seed_article_gains_the_stale_titles_in_2026_and_keeps_its_findings_at_its_own_date() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert lint(text, STALE, path="story.txt", article_date="2024-04-12", show="{message}") == []
    assert lint(text, STALE, path="story.txt", article_date=None, show="{message}") == []
    messages = lint(text, STALE, path="story.txt", article_date="2026-03-01", show="{message}")
    assert [m.split('"')[1] for m in messages] == [
        "Chancellor Olaf Scholz",
        "President Joe Biden",
        "Secretary of State Anthony Blinken",
        "Treasury Secretary Janet Yellen",
    ]
    assert messages[0].endswith("Olaf Scholz was Federal Chancellor of Germany from 2021-12-08 to 2025-05-06; on 2026-03-01 it was Friedrich Merz (from 2025-05-06)")
    assert "it was Scott Bessent" in messages[3]
    # Every other rule finds the same at both dates.
    at = {when: lint(text, ignore=STALE, path="seed.txt", article_date=when) for when in ("2024-04-12", "2026-03-01")}
    assert at["2024-04-12"] == at["2026-03-01"]


def test_seed_article_on_the_command_line_with_date() -> None:
    run = subprocess.run(
        [factlint_executable(), "--select", "names/stale-title", "--date", "2026-03-01", str(SEED)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert run.stdout.count("names/stale-title") == 4, run.stdout + run.stderr


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("Treasury Secretary Janet Yellen will visit China.", "2026-03-01", "Janet Yellen was United States Secretary of the Treasury from 2021-01-26 to 2025-01-20; on 2026-03-01 it was Scott Bessent"),
        ("President Donald Trump drew a crowd in Dallas on Wednesday.", "2015-09-10", "Donald Trump became President of the United States only on 2017-01-20; on 2015-09-10 it was Barack Obama"),
        ("French Prime Minister Emmanuel Macron received the delegation.", "2018-03-20", "Emmanuel Macron is not among the holders of Prime Minister of France in the data (from 2007); on 2018-03-20 it was Édouard Philippe"),
        ("Boris Johnson, the British prime minister, was absent from the chamber.", "2023-06-15", "Boris Johnson was Prime Minister of the United Kingdom from 2019-07-24 to 2022-09-06; on 2023-06-15 it was Rishi Sunak"),
        ("Olaf Scholz met reporters. Chancellor Scholz said the talks were frank.", "2026-03-01", "Olaf Scholz was Federal Chancellor of Germany"),
        ("The German chancellor, Olaf Scholz, said the talks were frank.", "2026-03-01", "Olaf Scholz was Federal Chancellor of Germany"),
        ("NATO Secretary General Jens Stoltenberg arrived in Kyiv.", "2026-03-01", "on 2026-03-01 it was Mark Rutte"),
    ],
)
def test_stale_titles_are_reported_with_the_terms_and_the_holder(text: str, when: str, expected: str) -> None:
    messages = lint(text, STALE, path="story.txt", article_date=when, show="{message}")
    assert len(messages) == 1 and expected in messages[0], messages


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Chancellor Olaf Scholz heads to Beijing this weekend.", "2024-04-12"),
        ("Chancellor Olaf Scholz heads to Beijing this weekend.", None),
        ("Former Chancellor Angela Merkel, who led Germany from 2005 to 2021, will not attend.", "2026-03-01"),
        ("Then-President Joe Biden had pledged support.", "2026-03-01"),
        ("Ex-Chancellor Olaf Scholz spoke.", "2026-03-01"),
        ("The late Pope Francis had appealed for peace.", "2026-03-01"),
        ("Acting President Lee Ju-ho sent a message.", "2025-05-10"),
        ("Interim Prime Minister Liz Truss met no one.", "2026-03-01"),
        ("President-elect Donald Trump named his cabinet on Saturday.", "2024-12-01"),
        ("Incoming Secretary of State Marco Rubio spoke to reporters.", "2024-12-01"),
        ('"When I worked with Chancellor Angela Merkel, we built trust," Stoltenberg said.', "2024-03-01"),
        ("In 2019, Prime Minister Theresa May resigned after failing to pass her deal.", "2026-03-01"),
        ("At the time, Chancellor Philip Hammond warned against a no-deal exit.", "2021-03-01"),
        ("Liz Truss, who was prime minister for 49 days in 2022, spoke in the debate.", "2024-03-01"),
        ("Justin Trudeau, whose father, Prime Minister Pierre Trudeau, led Canada, flew to Florida.", "2024-12-01"),
        ("Prime Minister Margaret Thatcher met West German Chancellor Helmut Kohl on Thursday.", "1990-05-03"),
        ("What would a President Trump do about trade?", "2016-05-21"),
        ("Obama Defense Secretary Leon Panetta sees the need for strong leadership.", "2020-03-25"),
        ("Theresa May, who is hosting the US president, will not hold a bilateral meeting.", "2019-06-04"),
        ("It sparked resignations, including Foreign Secretary Boris Johnson.", "2018-07-13"),
        ("Colin Kahl, adviser to Vice President Joe Biden during the Obama administration, spoke.", "2018-07-23"),
        ("The failed left-wing president Donald Trump is honored to call his friend.", "2016-09-01"),
        ("President George W. Bush met Prime Minister Tony Blair at Camp David.", "2003-03-27"),
        ("Ben Rhodes, President Barack Obama’s Deputy National Security Advisor, scolded the senator.", "2019-02-23"),
        # President of Yugoslavia then, no longer of Serbia: an office of a country that no longer exists.
        ("NATO began air strikes after President Slobodan Milosevic rejected the accord.", "1999-03-24"),
    ],
)
def test_not_reported(text: str, when: str | None) -> None:
    assert lint(text, STALE, path="story.txt", article_date=when, show="{message}") == []


def test_an_old_title_is_history_when_the_article_names_the_present_holder() -> None:
    text = "President Donald Trump signed the order. President Barack Obama issued the Clean Power Plan."
    assert lint(text, STALE, path="story.txt", article_date="2019-10-09", show="{message}") == []


def test_date_from_front_matter_and_from_configuration(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("---\ndate: 2026-03-01\n---\nChancellor Olaf Scholz heads to Beijing.\n", encoding="utf-8")
    run = subprocess.run([factlint_executable(), "--select", "names/stale-title", str(story)], capture_output=True, text=True, cwd=tmp_path)
    assert "Friedrich Merz" in run.stdout, run.stdout + run.stderr
    plain = tmp_path / "desk" / "story.txt"
    plain.parent.mkdir()
    plain.write_text("Chancellor Olaf Scholz heads to Beijing.\n", encoding="utf-8")
    (tmp_path / "desk" / ".factlint.toml").write_text('date = "2026-03-01"\n', encoding="utf-8")
    run = subprocess.run([factlint_executable(), "--select", "names/stale-title", str(plain)], capture_output=True, text=True, cwd=tmp_path)
    assert "Friedrich Merz" in run.stdout, run.stdout + run.stderr


def test_a_newsroom_pack_adds_offices_and_terms(tmp_path: Path) -> None:
    data = tmp_path / "pack" / "data"
    data.mkdir(parents=True)
    (data / "officeholders.yaml").write_text(
        "offices:\n  - {id: xx/mayor, name: Mayor of Springfield, country: US, titles: [mayor]}\n"
        "holders:\n  - Joe Quimby|xx/mayor|2001-01-01|2024-12-31|springfield.gov\n"
        "  - Ann Lee|xx/mayor|2024-12-31||springfield.gov\n",
        encoding="utf-8",
    )
    messages = lint("Mayor Joe Quimby opened the fair.", STALE, path="story.txt", article_date="2026-03-01", packs=(tmp_path / "pack",), show="{message}")
    assert messages == ['"Mayor Joe Quimby": Joe Quimby was Mayor of Springfield from 2001-01-01 to 2024-12-31; on 2026-03-01 it was Ann Lee (from 2024-12-31)']


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"offices": [{"id": "x"}], "holders": []}, "every office needs an id and a name"),
        ({"offices": [{"id": "x", "name": "X"}], "holders": ["A B|y|2020-01-02||s"]}, "no office with id 'y'"),
        ({"offices": [{"id": "x", "name": "X"}], "holders": ["A B|x|2020-02||s"]}, "dates must be YYYY-MM-DD"),
        ({"offices": [{"id": "x", "name": "X"}], "holders": ["A B|x|2020-01-02"]}, "name|office id|start|end|source"),
        ({"offices": [{"id": "x", "name": "X"}], "holders": [{"A B|x|2020-01-02||s (note": "open)"}]}, "quote a row holding ': '"),
    ],
)
def test_broken_officeholder_data_is_a_clear_error(data: dict, error: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(FactlintError, match=error.replace("|", r"\|")):
        build([("officeholders", data)])


def test_shipped_roster_is_what_the_build_script_writes() -> None:
    shared = next((p / "shared" / "data" / "officeholders" for p in ROOT.parents if (p / "shared" / "data" / "officeholders").is_dir()), None)
    if shared is None:
        pytest.skip("the shared officeholders data is not beside the project")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_officeholders.py"), "--check", "--source", str(shared)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
