"""Titles of an organisation's head by construction (issue 15, session 3; factlint.layers.offices_titles):
organisation (name, abbreviation, description, possessive, "of the ...", or a common noun for one
named earlier: "the alliance", "the fund", "the world body") x role noun and its synonyms (chief,
head, boss, chair/chairman, president, managing director, secretary-general, director-general) x
attachment (before or after the name, with commas, "who heads/leads/chairs/runs", "who is", the
orders of translated copy). Several members of each family, dated across decades, and beside them
the traps each guard exists for (former, ex-, late, acting, deputy/vice, incoming/next, -designate,
past tense, "will", quotations, years of the term, another role of the same organisation, an
organisation the article never named). Written for the families, not from any held-out set."""

from __future__ import annotations

import pytest

from conftest import lint

from factlint.knowledge import Knowledge, default_pack
from factlint.layers.offices_titles import TitleGrammar, title_grammar


def stale(text: str, when: str) -> list[str]:
    found = lint(text, "names", path="story.txt", article_date=when, show="{rule} {message}")
    return [f for f in found if f.startswith("names/stale-title")]


STALE = [
    # Organisation possessive or attributive + role, before the name.
    ("2021-04-07", "The IMF's managing director, Christine Lagarde, said the recovery was uneven.", "it was Kristalina Georgieva"),
    ("2015-05-05", "The World Bank's president, Robert Zoellick, said aid must rise.", "it was Jim Yong Kim"),
    ("2019-05-10", "The Fed's chair, Janet Yellen, said rates would rise.", "it was Jerome Powell"),
    ("2012-05-10", "The euro zone's central bank chief, Jean-Claude Trichet, said rates would stay low.", "it was Mario Draghi"),
    ("2021-02-02", "The euro area's central bank chief, Mario Draghi, said rates would stay low.", "it was Christine Lagarde"),
    ("2022-01-12", "WTO chief Roberto Azevedo said the talks had stalled.", "it was Ngozi Okonjo-Iweala"),
    ("2016-06-01", "Fed boss Ben Bernanke said rates would rise.", "it was Janet Yellen"),
    ("2012-06-01", "IAEA head Mohamed ElBaradei said inspectors would return.", "it was Yukiya Amano"),
    ("2008-03-03", "The U.N. nuclear watchdog's chief, Yukiya Amano, said inspectors would return.", "only on 2009-12-01"),
    ("2010-03-03", "The European Commission's president, Jean-Claude Juncker, said the plan was ready.", "only on 2014-11-01"),
    # A common noun for an organisation the article named earlier.
    ("2025-03-04", "NATO ministers met in Brussels. The alliance's secretary general, Jens Stoltenberg, said spending must rise.", "it was Mark Rutte"),
    ("2018-06-01", "The IMF warned on Tuesday. Kristalina Georgieva, the fund's chief, said growth was slowing.", "only on 2019-10-01"),
    ("2018-06-10", "The IMF met in Washington. Kristalina Georgieva, the fund's managing director, said growth was slowing.", "only on 2019-10-01"),
    ("2016-01-14", "NATO met. The head of the alliance, Anders Fogh Rasmussen, said troops would stay.", "it was Jens Stoltenberg"),
    # Role "of the" organisation, before the name, with or without a comma, an honorific between.
    ("2020-01-14", "The Managing Director of the International Monetary Fund, Christine Lagarde, presented the outlook.", "it was Kristalina Georgieva"),
    ("2018-05-10", "The Director-General of the World Health Organization, Margaret Chan, warned of a pandemic.", "it was Tedros Adhanom Ghebreyesus"),
    ("2009-05-10", "The Secretary-General of the United Nations Kofi Annan said the talks would go on.", "it was Ban Ki-moon"),
    ("2016-09-12", "The secretary general of the UN, Mr. António Guterres, said the talks would go on.", "only on 2017-01-01"),
    ("2016-01-14", "The President of the European Commission José Manuel Barroso declared that the plan was ready.", "it was Jean-Claude Juncker"),
    ("2019-07-01", "The Director General of the WHO Margaret Chan declared that the vaccine was safe.", "it was Tedros Adhanom Ghebreyesus"),
    ("2020-07-01", "President of the ECB Mario Draghi declared that rates would stay low.", "it was Christine Lagarde"),
    # After the name: apposition, "who heads/leads/chairs/runs", "who is".
    ("2015-07-01", "Ben Bernanke, the Fed's chairman, said rates would rise.", "it was Janet Yellen"),
    ("2016-07-01", "Tedros Adhanom Ghebreyesus, the WHO's director-general, said the outbreak was over.", "only on 2017-07-01"),
    ("2015-07-01", "Pascal Lamy, head of the World Trade Organization, said talks would resume.", "it was Roberto Azevêdo"),
    ("2024-03-03", "David Malpass, the World Bank chief, said aid must rise.", "it was Ajay Banga"),
    ("2010-03-03", "Christine Lagarde, the boss of the IMF, said growth was slowing.", "only on 2011-07-05"),
    ("2016-07-01", "Jerome Powell, who chairs the Fed, said rates would rise.", "only on 2018-02-05"),
    ("2020-07-10", "Ngozi Okonjo-Iweala, who heads the World Trade Organization, said talks would go on.", "only on 2021-03-01"),
    ("2013-07-01", "NATO ministers met. Jens Stoltenberg, who leads the alliance, said spending must rise.", "only on 2014-10-01"),
    ("2004-06-10", "Nato's members are divided. George Robertson, who heads the alliance, said a mission was possible.", "it was Jaap de Hoop Scheffer"),
    ("2023-07-01", "NATO ministers met. Mark Rutte, who runs the alliance, said spending must rise.", "only on 2024-10-01"),
    ("2018-07-01", "The United Nations met. Ban Ki-moon, who heads the world body, said peace was near.", "it was António Guterres"),
    ("2018-07-01", "Ban Ki-moon, who is the UN's secretary-general, said peace was near.", "it was António Guterres"),
    ("2015-07-01", "Mario Draghi, the president of the European Central Bank, said rates would stay low.", None),
    ("2021-07-01", "Mario Draghi, the president of the European Central Bank, said rates would stay low.", "it was Christine Lagarde"),
    # A country's ministry headed by its minister (translated copy: "the head of the ... Ministry").
    ("2004-03-01", "The head of the Russian Foreign Ministry Sergei Lavrov said the plan was ready.", "only on 2004-03-09"),
    ("2004-03-01", "Sergei Lavrov, head of the Russian Foreign Ministry, said the plan was ready.", "only on 2004-03-09"),
    ("2004-03-01", "Russia's Foreign Ministry chief, Sergei Lavrov, said the plan was ready.", "only on 2004-03-09"),
    ("2026-03-01", "Christian Lindner, who heads the German Finance Ministry, said the plan was ready.", "Federal Minister of Finance"),
    ("2023-03-01", "Christian Lindner, who heads the German Finance Ministry, said the plan was ready.", None),
    ("2004-03-01", "The Foreign Ministry's spokesman, Sergei Lavrov, said the plan was ready.", None),
    ("2004-03-01", "A Russian Foreign Ministry official, Sergei Lavrov, said the plan was ready.", None),
    # An organisation the names layer ran into the name ("the Pentagon Lloyd Austin").
    ("2026-03-01", "The head of the Pentagon Lloyd Austin said the plan was ready.", "it was Pete Hegseth"),
    ("2026-03-01", "The head of the US State Department Antony Blinken said the plan was ready.", "it was Marco Rubio"),
    # The EU's foreign-policy chief: its own role words only ("EU chief X" is not theirs).
    ("2026-03-01", "The EU's foreign policy chief, Josep Borrell, said the plan was ready.", "it was Kaja Kallas"),
    ("2026-03-01", "The EU met. The bloc's foreign policy chief, Josep Borrell, said the plan was ready.", "it was Kaja Kallas"),
    ("2026-03-01", "Josep Borrell, the EU's top diplomat, said the plan was ready.", "it was Kaja Kallas"),
    ("2026-03-01", "EU chief Josep Borrell said the plan was ready.", None),
    # A country's official name after "of".
    ("2012-03-01", "The President of the Republic of Turkey Recep Tayyip Erdogan said the plan was ready.", "only on 2014-08-28"),
    ("2026-03-01", "The Federal Chancellor of the Federal Republic of Germany Olaf Scholz said the plan was ready.", "it was Friedrich Merz"),
    ("2016-03-01", "The President of the French Republic Emmanuel Macron said the plan was ready.", "only on 2017-05-14"),
    ("2012-03-01", "The President of the People's Republic of China Xi Jinping said so.", "only on 2013-03-14"),
    ("2020-03-01", "Theresa May, Prime Minister of the United Kingdom of Great Britain and Northern Ireland, said so.", "it was Boris Johnson"),
    ("2012-03-01", "Nicolas Sarkozy, president of the French Football Federation, said so.", None),
    # Corpus (AllSides 2015): a region of the country, not the country.
    ("2015-11-12", "“Sinjar is liberated by peshmerga,” tweeted Masoud Barzani, president of Iraq’s semiautonomous Kurdish region.", None),
    ("2015-11-12", "Masoud Barzani, president of Iraq's Kurdish region, said so.", None),
    # "now"/"currently" before an apposition; "new" may be one not yet in office.
    ("2018-03-01", "The IMF met. Kristalina Georgieva, now head of the IMF, said so.", "only on 2019-10-01"),
    ("2019-09-26", "The IMF's new managing director, Kristalina Georgieva, said so.", None),
    # UN agencies by their descriptions; the European Parliament as "the parliament" once named.
    ("2016-03-01", "Michelle Bachelet, who heads the UN human rights office, said so.", "only on 2018-09-01"),
    ("2018-03-01", "The European Parliament voted. Martin Schulz, the parliament's president, said so.", "it was Antonio Tajani"),
    ("2018-03-01", "The Bundestag voted. Martin Schulz, the parliament's president, said so.", None),
    # A name written surname first (East Asian order) after a title.
    ("2023-05-10", "Japan Prime Minister Ishiba Shigeru said the talks would go on.", "only on 2024-10-01"),
]


@pytest.mark.parametrize(("when", "text", "expected"), STALE)
def test_an_organisations_head_is_read_in_every_family(when: str, text: str, expected: str | None) -> None:
    found = stale(text, when)
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0], found


TRAPS = [
    # Each would be reported without its guard (the person held or took that office).
    ("2021-04-07", "The IMF's former managing director, Christine Lagarde, said the recovery was uneven."),
    ("2021-04-07", "Former IMF chief Christine Lagarde said the recovery was uneven."),
    ("2016-04-07", "Ex-NATO chief Anders Fogh Rasmussen said the alliance must act."),
    ("2019-04-07", "The late UN secretary-general Kofi Annan was buried in Accra."),
    ("2012-04-07", "The Fed's vice chair, Janet Yellen, said rates would rise."),
    ("2012-04-07", "Janet Yellen, the Fed's vice chair, said rates would rise."),
    ("2016-04-07", "Fed governor Jerome Powell said rates would rise."),
    ("2019-09-26", "Christine Lagarde, the ECB's incoming president, said rates would stay low."),
    ("2019-09-26", "The ECB's next president, Christine Lagarde, said rates would stay low."),
    ("2019-09-26", "Christine Lagarde, who will lead the ECB, said rates would stay low."),
    ("2019-09-26", "The fund's managing director-designate, Kristalina Georgieva, said growth was slowing. The IMF agreed."),
    ("2024-04-07", "Christine Lagarde, who led the IMF, said rates would stay low."),
    ("2016-04-07", "NATO met. Anders Fogh Rasmussen, who headed the alliance, said it must act."),
    ("2016-04-07", "Anders Fogh Rasmussen, the alliance's secretary general from 2009 to 2014, said NATO must act."),
    ("2021-04-07", "Mario Draghi, who was president of the ECB from 2011 to 2019, said rates would stay low."),
    ("2016-04-07", '"Jerome Powell, who chairs the Fed, is wrong," he said.'),
    ("2013-07-01", "Jens Stoltenberg, who leads the alliance, said spending must rise."),  # no organisation named
    ("2013-07-01", "Jens Stoltenberg, who leads the alliance, said spending must rise. NATO agreed."),  # named only after
    ("2008-03-03", "The IAEA met. Yukiya Amano, who heads the agency's safeguards department, said inspectors would return."),
    ("2021-04-07", "IMF chief Kristalina Georgieva said the recovery was uneven."),
    ("2010-04-07", "The head of the IMF's European department, Christine Lagarde, said growth was slowing."),
]


@pytest.mark.parametrize(("when", "text"), TRAPS)
def test_traps_of_each_family_are_left_alone(when: str, text: str) -> None:
    assert stale(text, when) == []


def test_the_grammar_names_the_head_only_for_that_role() -> None:
    grammar = TitleGrammar({
        "roles": {"head": ["chief", "boss"], "chair": ["chairman"], "governor": []},
        "organisations": [{"office": "us/fed-chair", "role": "chair", "names": ["Fed"], "nouns": ["central bank"]}],
    })
    text = "The Fed said so. The central bank's chairman, A B, agreed; Fed governor C D did not; Fed boss E F left."
    offices = [list(grammar.before_name(text, text.index(name), 0)) for name in ("A B", "C D", "E F")]
    assert [[a.office for a in found] for found in offices] == [["us/fed-chair"], [], ["us/fed-chair"]]


def test_a_ministry_is_read_with_its_country_and_a_head_word_only() -> None:
    grammar = TitleGrammar({"roles": {"head": ["head", "chief"]}, "ministries": {"foreign minister": ["foreign ministry"]}})
    text = "The head of the Russian Foreign Ministry, A B, spoke; the Russian Foreign Ministry's spokesman, C D, did not."
    first, second = (list(grammar.before_name(text, text.index(name), 0)) for name in ("A B", "C D"))
    assert [(a.title, a.country) for a in first] == [("foreign minister", "Russian")] and second == []


def test_a_pack_adds_an_organisation(tmp_path) -> None:
    pack = tmp_path / "pack"
    (pack / "data").mkdir(parents=True)
    (pack / "data" / "officeholders-titles.yaml").write_text(
        "organisations:\n  - {office: intl/imf-managing-director, role: managing director, names: [Bretton Woods lender]}\n", encoding="utf-8"
    )
    grammar = title_grammar(Knowledge([default_pack(), pack]))
    text = "The Bretton Woods lender's chief, Christine Lagarde, spoke."
    assert [a.office for a in grammar.before_name(text, text.index("Christine"), 0)] == ["intl/imf-managing-director"]


MISSPELT_REAL_SURNAMES = [
    # The misspelt surname is itself a real surname, but given name + surname are a known officeholder
    # and the article gives it away: the person's title beside it, under a rare given name.
    ("2021-03-10", "Prime Minister Jacinda Arden said the doses would arrive.", "Jacinda Ardern"),
    ("2021-03-10", "New Zealand's prime minister, Jacinda Arden, said the doses would arrive.", "Jacinda Ardern"),
    ("2020-06-01", "IMF chief Kristalina Georgiev said the fund would lend.", "Kristalina Georgieva"),
    # ... or under a common given name, a title of the office the person held on the article's date.
    ("2019-03-01", "Chancellor Philip Hammon said the plan was ready.", "Philip Hammond"),
    ("2019-03-01", "President Nicolas Madura said the plan was ready.", "Maduro"),
]


@pytest.mark.parametrize(("when", "text", "canonical"), MISSPELT_REAL_SURNAMES)
def test_a_real_surname_slip_under_a_rare_given_name_and_a_title(when: str, text: str, canonical: str) -> None:
    found = lint(text, "names", path="story.txt", article_date=when, show="{rule} {message}")
    assert any(f.startswith("names/known-misspelling") and canonical in f for f in found), found


@pytest.mark.parametrize("text", [
    "Jacinda Arden said the doses would arrive.",  # no title, no right spelling: could be someone else
    "Elizabeth Arden said the law would change. Prime Minister Jacinda Ardern agreed.",  # common given name
    "Prime Minister Jacinda Ardern met Elizabeth Arden.",
    "Mark Carey, a farmer, said the law would change. Mark Carney spoke.",
    "Chancellor Philip Hammond met Philip Hammon, a baker.",
    # Corpus (Reuters 1987): the data's label "Andréas Papandréu" is the spelling English copy does not use.
    "ATHENS, March 27 - Greek Prime Minister Andreas Papandreou said the talks would go on.",
])
def test_other_people_with_real_surnames_are_left_alone(text: str) -> None:
    for when in ("2021-03-10", "1987-03-27"):
        found = lint(text, "names", path="story.txt", article_date=when, show="{rule} {message}")
        assert [f for f in found if f.startswith("names/known-misspelling")] == []


def test_a_title_the_person_did_not_hold_on_the_date_gives_no_common_given_name_away() -> None:
    found = lint("Chancellor Philip Hammon said the plan was ready.", "names", path="story.txt", article_date="2012-03-01", show="{rule}")
    assert "names/known-misspelling" not in found


COUNTRY_FAMILIES = [
    # "head of state" only with the country named; "leader" names no office (a party post, often).
    ("2022-03-01", "Francois Hollande, the French head of state, said the plan was ready.", "it was Emmanuel Macron"),
    ("2022-03-01", "Head of state Francois Hollande said the plan was ready.", None),
    ("1987-03-30", "But Polish leader Wojciech Jaruzelski, at a separate meeting, said the plan was ready.", None),  # corpus, Reuters 1987
    ("2026-03-01", "Germany's leader, Olaf Scholz, said the plan was ready.", None),
    ("2026-03-01", "Leader Olaf Scholz said the plan was ready.", None),
    ("2026-03-01", "Senate Majority Leader Chuck Schumer said the plan was ready.", None),
    ("2019-03-01", "Britain's Labour leader Keir Starmer said the plan was ready.", None),
    ("2019-03-01", "Britain's opposition leader Keir Starmer said the plan was ready.", None),
    # "premier", "PM", "head of the government of".
    ("2020-03-01", "The British premier, Theresa May, said the plan was ready.", "it was Boris Johnson"),
    ("2020-03-01", "Theresa May, Britain's premier, said the plan was ready.", "it was Boris Johnson"),
    ("2022-06-01", "Australian PM Scott Morrison said the plan was ready.", "it was Anthony Albanese"),
    ("2022-06-01", "The Australian PM, Scott Morrison, said the plan was ready.", "it was Anthony Albanese"),
    ("2023-03-01", "The Head of the Government of Japan Shinzo Abe declared that the plan was ready.", "it was Fumio Kishida"),
    ("2024-03-01", "Premier Li Keqiang said the plan was ready.", "it was Li Qiang"),
    ("2016-03-01", "Premier Li Keqiang said the plan was ready.", None),
    ("2016-03-01", "Ontario Premier Doug Ford said the plan was ready.", None),
    # One country's name for another's office ("finance minister" for the Chancellor of the Exchequer).
    ("2026-03-01", "Britain's finance minister, Rishi Sunak, said the plan was ready.", "Chancellor of the Exchequer"),
    ("2026-03-01", "Rishi Sunak, the British finance minister, said the plan was ready.", "Chancellor of the Exchequer"),
    ("2020-03-01", "US foreign minister Mike Pompeo said the plan was ready.", None),
    # The country's own title after the name (the country named before).
    ("2026-03-01", "Germany voted. Olaf Scholz, the country's chancellor, said the plan was ready.", "it was Friedrich Merz"),
    ("2026-03-01", "Germany voted. Olaf Scholz, the country's former chancellor, said the plan was ready.", None),
    # Official and translated names of a ministry's minister.
    ("2020-03-01", "The Minister of External Affairs of India Sushma Swaraj said the plan was ready.", "it was Subrahmanyam Jaishankar"),
    ("2026-03-01", "The Federal Minister for Foreign Affairs Annalena Baerbock said the plan was ready.", "it was Johann Wadephul"),
    # "who is" before an apposition.
    ("2020-03-01", "Theresa May, who is Britain's prime minister, said the plan was ready.", "it was Boris Johnson"),
    ("2020-03-01", "Theresa May, who was Britain's prime minister, said the plan was ready.", None),
    # A US department as the organisation its secretary heads.
    ("2016-03-01", "Treasury chief Steven Mnuchin said the plan was ready.", "only on 2017-02-13"),
    ("2016-03-01", "Steven Mnuchin, who heads the Treasury, said the plan was ready.", "only on 2017-02-13"),
    ("2026-03-01", "The head of the State Department, Antony Blinken, said the plan was ready.", "it was Marco Rubio"),
    ("2026-03-01", "Antony Blinken, who runs the State Department, said the plan was ready.", "it was Marco Rubio"),
    ("2026-03-01", "The Pentagon's chief spokesman, John Kirby, said the plan was ready.", None),
    ("2022-03-01", "Former Pentagon chief Mark Esper said the plan was ready.", None),
]


@pytest.mark.parametrize(("when", "text", "expected"), COUNTRY_FAMILIES)
def test_a_countrys_offices_by_their_other_names(when: str, text: str, expected: str | None) -> None:
    found = stale(text, when)
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0], found


@pytest.mark.parametrize(
    ("organisation", "message"),
    [
        ({"office": "intl/x", "role": "head", "nams": ["X"]}, "unknown field 'nams'"),  # would never be read
        ({"office": "intl/x", "role": "boss of bosses", "names": ["X"]}, "role 'boss of bosses' is not one of roles"),
    ],
)
def test_a_mistyped_organisation_is_an_error_not_a_silent_gap(organisation: dict[str, object], message: str) -> None:
    from factlint.errors import FactlintError

    with pytest.raises(FactlintError, match=message):
        TitleGrammar({"roles": {"head": ["chief"]}, "organisations": [organisation]})
