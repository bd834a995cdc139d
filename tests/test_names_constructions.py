"""Development set of names constructions (issue 15, session 2): titles in apposition, hyphen and
case variants of titles, an office given before the person took it, slips that are real surnames or
common given names, letters dropped, doubled or added in long surnames. Sentences in wire,
broadsheet and machine-translated styles, dated across decades, each with traps beside it (former,
then-, late, acting, -elect, "who served as ... from A to B", quotations, transliterations, two
real people with similar names). Written for the constructions, not taken from any held-out set."""

from __future__ import annotations

import pytest

from conftest import lint


def names_findings(text: str, when: str | None) -> list[str]:
    return lint(text, "names", path="story.txt", article_date=when, show="{rule} {message}")


STALE_TITLES = [
    # Title before the name in apposition, with the institution as possessor.
    ("2020-02-10", "The country's prime minister, Theresa May, has said the deal is done.", "on 2020-02-10 it was Boris Johnson"),
    ("2018-06-01", "Washington reacted at once. The nation's president, Barack Obama, has called the vote a mistake.", "on 2018-06-01 it was Donald Trump"),
    ("2018-03-01", "The organization's secretary general, Ban Ki-moon, has urged restraint in a statement.", "it was António Guterres"),
    ("2009-05-05", "Its chancellor, Gerhard Schröder, has said Berlin will not pay.", "it was Angela Merkel"),
    # "the president of X, Name" and "Name, chair of the X," (title and organisation inverted).
    ("2013-09-05", "The president of the European Central Bank, Jean-Claude Trichet, said on Thursday that rates would stay low.", "it was Mario Draghi"),
    ("2021-04-07", "Christine Lagarde, managing director of the IMF, said the recovery was uneven.", "it was Kristalina Georgieva"),
    ("2019-01-15", "Janet Yellen, chair of the Federal Reserve, told lawmakers that inflation was subdued.", "it was Jerome Powell"),
    ("2016-03-03", "The head of the World Bank, Robert Zoellick, has said aid must rise.", "it was Jim Yong Kim"),
    # Country after the title.
    ("2019-09-05", "Theresa May, prime minister of the United Kingdom, said on Monday that talks would go on.", "it was Boris Johnson"),
    ("2019-09-05", "The president of France, François Hollande, has said he would attend.", "it was Emmanuel Macron"),
    # Hyphen and case variants.
    ("2025-02-01", "NATO Secretary-General Jens Stoltenberg said allies must spend more.", "it was Mark Rutte"),
    ("2016-09-20", "U.N. Secretary-General António Guterres opened the general debate with a warning.", "became Secretary-General of the United Nations only on 2017-01-01"),
    ("2015-05-05", "WHO Director-General Tedros Adhanom Ghebreyesus said the outbreak was contained.", "only on 2017-07-01"),
    ("2005-06-01", "Russian Vice-President Dmitry Medvedev arrived on Monday." , None),
    # Lower-case titles after a lead-in (translated copy) and ministries written out.
    ("2026-01-20", "The talks were held with chancellor Olaf Scholz in Berlin.", "it was Friedrich Merz"),
    ("2026-01-20", "In Berlin, chancellor Olaf Scholz said that the plan would cost little.", "it was Friedrich Merz"),
    ("2026-01-20", "The Federal Minister of Defence Christine Lambrecht presented the plan on Wednesday.", "it was Boris Pistorius"),
    ("2026-01-20", "Minister of Foreign Affairs Annalena Baerbock said on Monday that talks would go on.", "it was Johann Wadephul"),
    ("2019-03-01", "According to finance minister Taro Aso, the tax rise will go ahead.", None),
    ("2022-03-01", "According to finance minister Taro Aso, the tax rise will go ahead.", "it was Shunichi Suzuki"),
    # Head of government.
    ("2022-11-25", "The Italian head of government Mario Draghi said on Wednesday that Rome would stay the course.", "it was Giorgia Meloni"),
    # An office given before the person took it, years ahead (not history: the person had not held it).
    ("1999-03-10", "Gordon Brown, the prime minister, told the Commons that the public finances were in surplus.", "became Prime Minister of the United Kingdom only on 2007-06-27"),
    ("2010-10-10", "Prime Minister David Cameron met President Donald Trump on Tuesday.", "Donald Trump became President of the United States only on 2017-01-20"),
    # A lone surname after a title, resolved to the one holder of that office with that surname.
    ("2019-06-01", "Prime Minister Kishida said on Tuesday that the tax rise would go ahead.", "only on 2021-10-04"),
    ("2022-03-01", "Japanese Foreign Minister Kishida said on Tuesday that talks would go on.", "it was Yoshimasa Hayashi"),
    # ... but not a past holder's courtesy title (US copy: "President Obama" after 2017).
    ("2017-10-22", "President Obama had all of this information at his disposal before he made the deal.", None),
    ("1999-06-01", "Chancellor Kohl said on Tuesday the euro would be strong.", None),
    ("1999-06-01", "President Bush said on Tuesday the euro would be strong.", None),
    ("1999-06-01", "Hunter Biden spoke on Tuesday. President Biden said so.", None),
    # A past office of someone who holds another on the date.
    ("2024-03-12", "Janet Yellen, chair of the Federal Reserve, said rates would stay.", "it was Jerome Powell"),
    ("2023-06-01", "Defence Secretary Ben Wallace met NATO Secretary General Jens Stoltenberg.", None),
]


@pytest.mark.parametrize(("when", "text", "expected"), STALE_TITLES)
def test_stale_titles_of_every_construction(when: str, text: str, expected: str | None) -> None:
    found = [f for f in names_findings(text, when) if f.startswith("names/stale-title")]
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0], found


TITLE_TRAPS = [
    ("2026-01-22", "The country's former chancellor, Olaf Scholz, has said little since May."),
    ("2026-01-22", "Olaf Scholz, who served as chancellor from 2021 to 2025, has said little since."),
    ("2024-03-12", "Janet Yellen, the former chair of the Federal Reserve, said rates would stay."),
    ("2024-03-12", "Janet Yellen, who was chair of the Federal Reserve, said rates would stay."),
    ("2016-11-02", "The organisation's secretary-general-designate, António Guterres, has called for a ceasefire."),
    ("2016-11-02", "António Guterres, the UN secretary-general-elect, has called for a ceasefire."),
    ("2024-12-01", "President-elect Donald Trump named his cabinet on Sunday."),
    ("2021-06-01", '"When Angela Merkel was the country\'s chancellor, we trusted Berlin," he said.'),
    ("2026-01-22", "The country's chancellor, Friedrich Merz, has said carmaking is a national interest."),
    ("2019-09-05", "Jens Stoltenberg, chair of the Munich Security Conference, spoke."),
    ("2019-09-05", "Angela Merkel, chancellor of Germany, said on Monday that talks would go on."),
    ("2013-09-05", "The president of the ECB, Mario Draghi, said rates would stay low."),
    ("2001-05-01", "Acting Prime Minister Gordon Brown chaired the meeting."),
    ("2026-01-20", "Annalena Baerbock, a former minister of foreign affairs, spoke on Monday."),
    ("2019-01-20", "A left-wing president Donald Trump is not."),
    ("2008-05-01", "The late president of France, François Mitterrand, is buried in Jarnac."),
    ("2022-11-25", "The Italian head of government Giorgia Meloni said on Wednesday that Rome would stay the course."),
    ("1999-03-10", "Gordon Brown, the chancellor, told the Commons that the public finances were in surplus."),
    ("1999-03-10", "Gordon Brown, the prime minister-in-waiting, told the Commons that the public finances were in surplus."),
    ("2013-09-05", "The president of the ECB, Jean-Claude Trichet, said in 2010 that rates would stay low."),
    # Corpus (AllSides 2019): "former" before an abbreviated country.
    ("2019-07-19", "The campaigns for U.S. Sen. Elizabeth Warren and former U.S. Housing Secretary Julian Castro also have unionized."),
    ("2019-07-19", "Former U.N. Secretary-General Ban Ki-moon and ex-U.S. Energy Secretary Ernest Moniz spoke."),
]


@pytest.mark.parametrize(("when", "text"), TITLE_TRAPS)
def test_title_traps_are_left_alone(when: str, text: str) -> None:
    assert [f for f in names_findings(text, when) if f.startswith("names/stale-title")] == []


MISSPELLINGS = [
    # Real surnames one or two letters off, given away by a title of the person's office.
    ("2023-09-19", "Allies must be ready, U.S. Defense Secretary Lloyd Austen told the gathering at Ramstein.", "Lloyd Austin"),
    ("2021-10-05", "Finance Minister Olaf Schultz said that he hopes to form the government before Christmas.", "Olaf Scholz"),
    ("2018-04-04", "Treasury Secretary Steven Mnuchen said talks with Beijing would go on.", "Steven Mnuchin"),
    ("2012-02-02", "Chancellor Angela Merkle met reporters in Berlin.", "Angela Merkel"),
    ("2023-06-01", "Turkish President Recep Tayyip Erdogen said on Monday that talks would go on.", "Recep Tayyip Erdogan"),
    ("1987-03-02", "Portuguese Prime Minister Anibal Cavaco Silve said in Lisbon that the budget would pass.", "Aníbal Cavaco Silva"),
    # ... or by the surname spelt right elsewhere in the article.
    ("2026-03-05", "Former Chancellor Olaf Schultz on Thursday urged Europe to stay united. Scholz has kept out of the limelight since.", "Olaf Scholz"),
    ("2024-06-12", "Defence minister Boris Pistorious presented his model in Berlin. Pistorius said the plan would cost little.", "Boris Pistorius"),
    # A dropped last letter.
    ("2022-07-21", "ECB President Christine Lagard said rates would rise in July.", "Christine Lagarde"),
    # A last letter dropped, or added when it is no plural ending.
    ("2023-06-01", "Justin Trudea spoke in Ottawa on Monday.", "Justin Trudeau"),
    ("2019-05-01", "NATO chief Jens Stoltenbergh said allies agreed.", "Jens Stoltenberg"),
    ("2021-02-02", "Tedros Adhanom Ghebreyesu warned of new variants.", "Tedros Adhanom Ghebreyesus"),
    # A given name that begins like the right one.
    ("2025-04-04", "Secretary of State Mark Rubio told NATO allies on Friday that the United States was not leaving.", "Marco Rubio"),
    ("2021-01-10", "EU negotiator Michael Barnier said the deal was done.", "Michel Barnier"),
]


@pytest.mark.parametrize(("when", "text", "canonical"), MISSPELLINGS)
def test_slips_the_article_gives_away(when: str, text: str, canonical: str | None) -> None:
    found = [f for f in names_findings(text, when) if f.startswith("names/known-misspelling")]
    if canonical is None:
        assert found == []
    else:
        assert any(f"misspelling of {canonical}" in f for f in found), found


MISSPELLING_TRAPS = [
    "Lloyd Austen, a farmer in Ohio, said the rain came too late.",
    "Mark Rubio, a plumber from Tampa, said prices were rising.",
    "President Joe Biden spoke on Monday. Jill Biden waved to the crowd.",
    "Egyptian President Mohamed Morsy met Hillary Clinton in New York.",
    "Indonesia's previous government, led by President Megawati Sukarnoputri, tried to cut subsidies.",
    "ATHENS, March 27 - Greek Prime Minister Andreas Papandreou said the bases would close.",
    "It said James Mitchell, William Smith and Anne Brown had resigned from the board.",
    "Prime Minister Mark Rutte met Mark Carney in Ottawa on Tuesday.",
    "Mark Carney met Mark Carey, a farmer, in Alberta. Carney said the harvest was good.",
    "President Volodymyr Zelensky met Defence Minister Oleksii Reznikov in Kyiv.",
    "Chancellor Olaf Scholz met Martin Schulz, the former European Parliament president.",
    "Secretary of State John Kerry met Chief of Staff John Kelly at the White House.",
    "The Obamas arrived late; the Clintons left early.",
    "Bill Clint, a plumber, said prices were rising.",
    "Chancellor Olaf Scholz met Olaf Schulz, a baker from Hamburg.",
]


def test_one_finding_for_one_misspelt_person() -> None:
    found = names_findings("Luiz Inacio Lula da Silvia spoke in Brasilia on Monday.", "2023-06-01")
    assert len([f for f in found if f.startswith("names/known-misspelling")]) == 1, found


def test_a_country_office_the_data_lists_only_recently_is_not_said_never_held() -> None:
    found = names_findings("Japanese Foreign Minister Taro Aso met his counterpart.", "2013-06-01")
    assert len(found) == 1 and "is not among the holders of Minister for Foreign Affairs of Japan in the data (from 2012)" in found[0], found
    assert "it was Fumio Kishida" in found[0]


@pytest.mark.parametrize("text", MISSPELLING_TRAPS)
def test_other_people_and_other_spellings_are_left_alone(text: str) -> None:
    assert [f for f in names_findings(text, "2019-06-01") if f.startswith("names/known-misspelling")] == []


# Round 2 (issue 15): the constructions of the spent heldout3 misses, in other words, offices and
# decades. Each row: date, sentence, part of the message expected (None: no stale title).
ROUND2 = [
    # A past marker that introduces another office, or sits in the person's reported words, does
    # not date the title before the name.
    ("2020-11-30", "Treasury Secretary Janet Yellen, who was chair of the Federal Reserve, said on Monday that aid was needed.", "it was Steven Mnuchin"),
    ("2006-03-01", "World Bank President Robert Zoellick told a news conference that the loans had been approved.", "it was Paul Wolfowitz"),
    ("1996-02-01", "Prime Minister Tony Blair said on Thursday that the vote had been close.", "it was John Major"),
    ("2026-01-20", "Chancellor Olaf Scholz said at the time that the plan had been agreed.", None),
    ("2026-01-20", "Olaf Scholz, who had been chancellor, said that the plan was sound.", None),
    ("2026-01-20", "Secretary of State Antony Blinken, who served as secretary of state until January, spoke on Monday.", None),
    ("2020-11-30", "Then-Secretary of State Antony Blinken, who was deputy secretary of state under Obama, spoke.", None),
    # A formal (translated) title: "Chairman of the Government of the Russian Federation X".
    ("2011-06-01", "Chairman of the Government of the Russian Federation Dmitry Medvedev held a meeting on Tuesday.", "it was Vladimir Putin"),
    ("2003-06-01", "The President of the Government of Spain José Luis Rodríguez Zapatero opened the session.", "it was José María Aznar"),
    ("2013-06-01", "Chairman of the Government of the Russian Federation Dmitry Medvedev held a meeting on Tuesday.", None),
    ("2013-06-01", "The former Chairman of the Government of the Russian Federation Vladimir Putin spoke.", None),
    # An apposition after the name before the person took the office.
    ("2010-06-01", "Mario Draghi, the president of the European Central Bank, warned that the crisis was deepening.", "it was Jean-Claude Trichet"),
    ("2006-03-01", "Robert Zoellick, the president of the World Bank, said on Monday that aid would rise.", "it was Paul Wolfowitz"),
    ("2010-06-01", "Mario Draghi, the future president of the European Central Bank, spoke in Rome.", None),
    ("2021-06-01", "Mario Draghi, the former president of the European Central Bank, spoke in Rome.", None),
    # "TITLE of COUNTRY Name": the country is not part of the name.
    ("2006-05-01", "Prime Minister of Japan Shinzo Abe visited Washington on Tuesday.", "only on 2006-09-26"),
    ("2015-06-01", "President of France Emmanuel Macron met the press.", "it was François Hollande"),
    ("1996-06-01", "Prime Minister of the United Kingdom Tony Blair spoke in the Commons.", "it was John Major"),
    ("2022-06-01", "Prime Minister of Japan Fumio Kishida visited Seoul on Tuesday.", None),
    ("2022-06-01", "Former Prime Minister of Japan Shinzo Abe spoke on Tuesday.", None),
    # "X, who heads/leads/runs the ORGANISATION": the office in a present-tense relative clause.
    ("2019-02-01", "Kristalina Georgieva, who heads the IMF, said the outlook had darkened.", "it was Christine Lagarde"),
    ("2009-05-01", "Mario Draghi, who leads the European Central Bank, said rates would stay.", "it was Jean-Claude Trichet"),
    ("2013-06-01", "Jens Stoltenberg, who runs NATO, arrived in Kabul.", "it was Anders Fogh Rasmussen"),
    ("2019-02-01", "Christine Lagarde, who heads the IMF, said the outlook had darkened.", None),
    ("2024-06-01", "Kristalina Georgieva, who headed the World Bank for a while, spoke.", None),
    ("2019-02-01", "Kristalina Georgieva, who will head the IMF, spoke on Monday.", None),
    ("2019-02-01", '"Kristalina Georgieva, who heads the IMF, is wrong," he said.', None),
    ("2019-02-01", "Jerome Powell, who chairs the Fed, said rates would stay.", None),
    ("2016-02-01", "Jerome Powell, who now chairs the Federal Reserve, said rates would stay.", "it was Janet Yellen"),
    # Machine-translated and broadsheet wordings of the same constructions.
    ("2016-09-01", "The Minister of Foreign Affairs of Germany Heiko Maas declared to journalists that the talks had been useful.", "it was Frank-Walter Steinmeier"),
    ("2008-04-01", "Let us recall that the Chairman of the Government of the Russian Federation Vladimir Putin received the governors.", "it was Viktor Zubkov"),
    ("2009-04-01", "Let us recall that the Chairman of the Government of the Russian Federation Vladimir Putin received the governors.", None),
    ("2007-01-10", "Ban Ki-moon, who heads the United Nations, has called for calm.", None),
    ("2005-06-01", "Speaking in Davos, World Bank President Paul Wolfowitz, who was deputy secretary of defense under Bush, said that debt relief had been overdue.", None),
]


@pytest.mark.parametrize(("when", "text", "expected"), ROUND2)
def test_round2_constructions(when: str, text: str, expected: str | None) -> None:
    found = [f for f in names_findings(text, when) if f.startswith("names/stale-title")]
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0], found
