"""The pytest plugin, run in throwaway projects with pytester."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

DIRTY = "Officials said the talks would resume next a week.\n"
DIRTY_FINDING = '1:39: grammar/translation-slip [warning] "next a week" reads as a translation slip; write "next week"'
CLEAN = "Officials said the talks would resume next week.\n"


# Keep the inner runs quick: hypothesis' plugin imports all of hypothesis at the end of a run.
INI = "[pytest]\naddopts = -p no:hypothesispytest -p no:cacheprovider\n"


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini(INI)
    return pytester


def test_without_the_flag_nothing_is_collected(project: pytest.Pytester) -> None:
    project.makefile(".txt", article=DIRTY)
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    assert "article.txt" not in result.stdout.str()


def test_clean_article_without_sidecar_passes(project: pytest.Pytester) -> None:
    project.makefile(".txt", article=CLEAN)
    project.makefile(".md", story="# Talks\n\nThey resume `next a week` [soon](https://x.example/next-a-week).\n")
    project.makefile(".html", page='<p title="next a week">They resume next week.</p>\n')
    result = project.runpytest("--factlint")
    result.assert_outcomes(passed=3)


def test_findings_without_sidecar_fail_with_a_readable_diff(project: pytest.Pytester) -> None:
    project.makefile(".txt", article=DIRTY)
    result = project.runpytest("--factlint")
    result.assert_outcomes(failed=1)
    output = result.stdout.str()
    result.stdout.fnmatch_lines(
        [
            "article.txt: factlint's findings differ from no findings (there is no sidecar); run pytest with --factlint-update*",
            "--- no sidecar: no findings expected",
            "+++ factlint (actual)",
            "+" + DIRTY_FINDING.replace("[", "[[]"),
        ]
    )
    for internal in ("def runtest", "Traceback", "pytest_plugin.py", "FindingsDiffer", "raise "):
        assert internal not in output


def test_sidecar_that_matches_passes_and_one_that_differs_shows_both_sides(project: pytest.Pytester) -> None:
    project.makefile(".txt", article=DIRTY, other=DIRTY)
    project.makefile(".expected", article=DIRTY_FINDING + "\n", other="1:1: grammar/doubled-word [warning] made up\n")
    result = project.runpytest("--factlint")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*other.txt: factlint's findings differ from other.expected*", "-1:1: grammar/doubled-word*", "+1:39: grammar/translation-slip*"])


def test_update_writes_sidecars_then_the_run_passes(project: pytest.Pytester) -> None:
    project.makefile(".txt", article=DIRTY, clean=CLEAN)
    project.makefile(".expected", article="1:1: stale/finding [warning] gone\n")
    result = project.runpytest("--factlint-update")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*factlint: 1 sidecar(s) written*", "  article.txt"])
    assert (project.path / "article.expected").read_text(encoding="utf-8") == DIRTY_FINDING + "\n"
    assert not (project.path / "clean.expected").exists()
    project.runpytest("--factlint").assert_outcomes(passed=2)


def test_markdown_positions_in_sidecar_are_those_of_the_file(project: pytest.Pytester) -> None:
    project.makefile(".md", story="---\ndate: 2024-04-12\n---\n# Talks\n\nThey said `x` it resumes next a week.\n")
    project.runpytest("--factlint-update").assert_outcomes(passed=1)
    assert (project.path / "story.expected").read_text(encoding="utf-8").startswith("6:26: grammar/translation-slip")


def test_extra_rule_packs_come_from_the_ini_file(project: pytest.Pytester) -> None:
    project.makeini(INI + "factlint_rules = house\n")
    rule = project.path / "house" / "style" / "no-boffin.yaml"
    rule.parent.mkdir(parents=True)
    rule.write_text(
        "id: style/no-boffin\nkind: pattern\nseverity: warning\nmessage: 'write \"scientist\", not \"{match}\"'\n"
        "description: House style avoids slang for scientists.\npattern: '\\bboffins?\\b'\n"
        "examples:\n  bad: [The boffin spoke.]\n  good: [The scientist spoke.]\n",
        encoding="utf-8",
    )
    project.makefile(".txt", article="The boffin said the rocket is ready.\n")
    result = project.runpytest("--factlint")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(['+1:5: style/no-boffin [[]warning] write "scientist", not "boffin"'])


def test_a_broken_rule_pack_is_one_readable_failure(project: pytest.Pytester) -> None:
    project.makeini(INI + "factlint_rules = house\n")
    (project.path / "house" / "style").mkdir(parents=True)
    (project.path / "house" / "style" / "bad.yaml").write_text("id: style/bad\nkind: nosuchkind\n", encoding="utf-8")
    project.makefile(".txt", article=CLEAN)
    result = project.runpytest("--factlint")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["article.txt: factlint could not lint it: *bad.yaml*"])
    assert "Traceback" not in result.stdout.str()


def test_plugin_collects_the_suffixes_the_linter_reads() -> None:
    from factlint.inputs import ARTICLE_SUFFIXES as LINTED
    from factlint.pytest_plugin import ARTICLE_SUFFIXES as COLLECTED

    assert COLLECTED == LINTED


def test_fix_mode_fixes_the_articles_then_checks_what_remains(project: pytest.Pytester) -> None:
    (project.path / "article.txt").write_text(DIRTY, encoding="utf-8")
    (project.path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (project.path / "story.md").write_text("# Talks\n\nThe the talks resume *next a week* in [Rome](https://x.example/next-a-week).\n", encoding="utf-8")
    result = project.runpytest("--factlint-fix")
    result.assert_outcomes(passed=3)
    result.stdout.fnmatch_lines(["*factlint: 2 article(s) fixed*", "  article.txt: 1 fix", "  story.md: 2 fixes"])
    assert (project.path / "article.txt").read_text(encoding="utf-8") == CLEAN
    assert (project.path / "clean.txt").read_text(encoding="utf-8") == CLEAN
    assert (project.path / "story.md").read_text(encoding="utf-8") == (
        "# Talks\n\nThe talks resume *next week* in [Rome](https://x.example/next-a-week).\n"
    )


def test_fix_mode_still_fails_on_findings_it_cannot_fix(project: pytest.Pytester) -> None:
    (project.path / "article.txt").write_text("Secretary of State Anthony Blinken said they meet next a week.\n", encoding="utf-8")
    result = project.runpytest("--factlint", "--factlint-fix")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*+1:20: names/known-misspelling*"])
    assert (project.path / "article.txt").read_text(encoding="utf-8") == "Secretary of State Anthony Blinken said they meet next week.\n"
