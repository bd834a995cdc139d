"""No mistake of a user's switches checking off in silence.

Each test makes one mistake a new user makes and checks that it ends in a clear message and the
documented exit code. CLI behaviour runs in-process through ``main(argv)``; a few smoke tests run
the installed script.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factlint import Config, lint_text
from factlint.cli import main
from factlint.errors import FactlintError

DOUBLED = "The the cat sat.\n"


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, made the current one."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# --- rule ids and categories a user writes ---------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select", "name"], "--select: unknown rule or category 'name'; did you mean 'names'?"),
        (["--select", "grammar,nmes"], "--select: unknown rule or category 'nmes'; did you mean 'names'?"),
        (["--ignore", "grammar/space-before-punct"], "--ignore: unknown rule or category 'grammar/space-before-punct'; did you mean 'grammar/space-before-punctuation'?"),
        (["--ignore", "doubled-word"], "--ignore: unknown rule or category 'doubled-word'; did you mean 'grammar/doubled-word'?"),
    ],
)
def test_an_unknown_id_on_the_command_line_is_exit_2_with_a_suggestion(
    desk: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (desk / "story.txt").write_text(DOUBLED, encoding="utf-8")
    code, out, err = run(capsys, *args, "story.txt")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"factlint: error: {message} (--list-rules shows the rules)"]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('select = ["name"]', ".factlint.toml: select: unknown rule or category 'name'; did you mean 'names'?"),
        ('ignore = ["grammar/doubled-wrd"]', ".factlint.toml: ignore: unknown rule or category 'grammar/doubled-wrd'; did you mean 'grammar/doubled-word'?"),
        ('[per-file-ignores]\n"*.txt" = ["date"]', ".factlint.toml: per-file-ignores '*.txt': unknown rule or category 'date'; did you mean 'dates'?"),
    ],
)
def test_an_unknown_id_in_the_configuration_is_exit_2_naming_the_file(
    desk: Path, capsys: pytest.CaptureFixture[str], settings: str, message: str
) -> None:
    (desk / ".factlint.toml").write_text(settings + "\n", encoding="utf-8")
    (desk / "story.txt").write_text(DOUBLED, encoding="utf-8")
    code, out, err = run(capsys, "story.txt")
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"factlint: error: {message} (--list-rules shows the rules)"]


def test_an_unknown_id_with_list_rules_is_exit_2(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--list-rules", "--select", "nmes")
    assert (code, out) == (2, "")
    assert "did you mean 'names'?" in err


def test_an_unknown_id_in_the_python_api_raises() -> None:
    with pytest.raises(FactlintError, match=r"Config.select: unknown rule or category 'nmes'; did you mean 'names'\?"):
        lint_text("Talks resume.", config=Config(select=("nmes",)))
    with pytest.raises(FactlintError, match=r"Config.per_file_ignores '\*.md': unknown rule or category 'style/number'"):
        lint_text("Talks resume.", config=Config(per_file_ignores=(("*.md", ("style/number",)),)))


def test_known_ids_categories_and_all_are_accepted(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "story.txt").write_text(DOUBLED, encoding="utf-8")
    code, out, _ = run(capsys, "--select", "grammar/doubled-word,names,ALL", "--ignore", "trade/", "story.txt")
    assert code == 1
    assert "grammar/doubled-word" in out


# --- suppression comments ---------------------------------------------------------------------


def test_a_misspelt_id_in_a_suppression_comment_is_a_warning_with_a_suggestion(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "story.txt").write_text("<!-- factlint-disable-next-line grammar/doubled-wrd -->\nThe the cat.\n", encoding="utf-8")
    code, out, err = run(capsys, "--select", "grammar", "story.txt")
    assert code == 1  # the finding is not suppressed, and the run says why
    assert out.startswith("story.txt:2:1: grammar/doubled-word")
    assert err.splitlines() == [
        "factlint: warning: story.txt:1: suppression comment: unknown rule or category 'grammar/doubled-wrd'; "
        "did you mean 'grammar/doubled-word'? (--list-rules shows the rules)"
    ]


def test_an_unknown_directive_is_a_warning(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "story.txt").write_text("<!-- factlint-ignore grammar/doubled-word -->\nThe the cat.\n", encoding="utf-8")
    code, _, err = run(capsys, "--select", "grammar", "story.txt")
    assert code == 1
    assert "story.txt:1: suppression comment: unknown directive factlint-ignore" in err


def test_disable_line_covers_its_own_line_only() -> None:
    text = "The the cat. <!-- factlint-disable-line grammar/doubled-word -->\nDog dog.\nNext a week, the the.\n"
    found = [(d.line, d.rule) for d in lint_text(text, config=Config(select=("grammar",)))]
    # ESLint's form no longer reads as "disable" with ids "-line ...", which switched the rule off to the end.
    assert sorted(found) == [(2, "grammar/doubled-word"), (3, "grammar/doubled-word"), (3, "grammar/translation-slip")]


def test_unused_suppressions_are_reported_when_asked(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "story.txt").write_text(
        "<!-- factlint-disable-next-line grammar/doubled-word -->\nA clean line.\n"
        "<!-- factlint-disable-next-line grammar/doubled-word -->\nThe the cat.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--select", "grammar", "story.txt")
    assert (code, out, err) == (0, "", "")
    code, out, err = run(capsys, "--select", "grammar", "--report-unused-suppressions", "story.txt")
    assert (code, out) == (0, "")
    assert err.splitlines() == [
        "factlint: warning: story.txt:1: unused suppression <!-- factlint-disable-next-line grammar/doubled-word -->: it suppressed nothing"
    ]
    # A suppression for a rule that did not run this time is not judged.
    code, out, err = run(capsys, "--select", "names", "--report-unused-suppressions", "story.txt")
    assert (code, err) == (0, "")


# --- one-line formats ---------------------------------------------------------------------


def test_a_finding_across_a_line_break_keeps_every_format_on_one_line(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "wire.txt").write_text("Officials said it was the\nthe end of the talks.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--select", "grammar", "wire.txt")
    assert out == 'wire.txt:1:23: grammar/doubled-word [warning] doubled word "the the" -> "the" [fix]\n'
    code, out, _ = run(capsys, "--select", "grammar", "-f", "github", "wire.txt")
    assert len(out.splitlines()) == 1
    (finding,) = json.loads(run(capsys, "--select", "grammar", "-f", "json", "wire.txt")[1])
    assert "\n" not in finding["message"]


def test_a_sidecar_of_a_wrapped_finding_matches_again(tmp_path: Path) -> None:
    from factlint import snapshot

    article = tmp_path / "wire.txt"
    article.write_text("Officials said it was the\r\nthe end.\n", encoding="utf-8")
    comparison = snapshot.compare(article)
    snapshot.update(comparison)
    assert snapshot.compare(article).matches
    assert len(snapshot.sidecar_for(article).read_text(encoding="utf-8").splitlines()) == len(comparison.actual)


# --- standard input -----------------------------------------------------------------------


def test_stdin_filename_picks_the_format_the_configuration_and_the_path(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    (desk / "desk").mkdir()
    (desk / "desk" / ".factlint.toml").write_text('ignore = ["grammar/translation-slip"]\n', encoding="utf-8")
    text = "# Talks\n\nThe the talks resume next a week.\n\n```\ncode code\n```\n"

    class Stdin:
        buffer = io.BytesIO(text.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin())
    code, out, err = run(capsys, "--select", "grammar", "--stdin-filename", "desk/story.md")
    assert (code, err) == (1, "")
    # Markdown: the code block is not prose; the desk's configuration ignores the translation slip.
    assert out.splitlines() == ['desk/story.md:3:1: grammar/doubled-word [warning] doubled word "The the" -> "The" [fix]']


def test_stdin_filename_with_paths_but_no_dash_is_a_usage_error(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "a.txt").write_text(DOUBLED, encoding="utf-8")
    code, _, err = run(capsys, "--stdin-filename", "x.md", "a.txt")
    assert code == 2
    assert err == "factlint: error: --stdin-filename names standard input: give - among the paths, or no path\n"


def test_python_dash_m_factlint(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factlint", "--select", "grammar", "-"], input=DOUBLED, capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout) == (1, '<stdin>:1:1: grammar/doubled-word [warning] doubled word "The the" -> "The" [fix]\n')


# --- walking folders ----------------------------------------------------------------------


def make_desk(root: Path) -> None:
    for name in ("a.txt", "SOURCES.md", "node_modules/pkg/readme.md", "archive/old.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(DOUBLED, encoding="utf-8")


def linted(out: str) -> set[str]:
    return {line.split(":", 1)[0].removeprefix("./") for line in out.splitlines()}


def test_gitignore_and_exclude_are_respected_when_walking(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_desk(desk)
    (desk / ".git").mkdir()
    (desk / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    (desk / ".factlint.toml").write_text('exclude = ["SOURCES.md", "archive/"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "--select", "grammar", ".")
    assert linted(out) == {"a.txt"}
    code, out, _ = run(capsys, "--select", "grammar", "--no-exclude", ".")
    assert linted(out) == {"a.txt", "SOURCES.md", "node_modules/pkg/readme.md", "archive/old.txt"}
    # A file named on the command line is linted whatever the patterns say.
    code, out, _ = run(capsys, "--select", "grammar", "SOURCES.md")
    assert linted(out) == {"SOURCES.md"}


def test_respect_gitignore_false_in_the_configuration(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_desk(desk)
    (desk / ".git").mkdir()
    (desk / ".gitignore").write_text("*.md\n!SOURCES.md\n", encoding="utf-8")
    code, out, _ = run(capsys, "--select", "grammar", ".")
    assert linted(out) == {"a.txt", "SOURCES.md", "archive/old.txt"}
    (desk / ".factlint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    from factlint.config import config_for

    config_for.cache_clear()  # configurations are read once per folder and run; this test changes one between runs
    code, out, _ = run(capsys, "--select", "grammar", ".")
    assert "node_modules/pkg/readme.md" in linted(out)


def test_the_report_is_not_an_input_on_the_second_run(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "desk").mkdir()
    (desk / "desk" / "a.txt").write_text(DOUBLED, encoding="utf-8")
    for _ in range(2):
        code, out, err = run(capsys, "--select", "grammar", "desk/", "-o", "desk/report.txt")
        assert (code, out, err) == (1, "", "")
        assert (desk / "desk" / "report.txt").read_text(encoding="utf-8").splitlines() == [
            'desk/a.txt:1:1: grammar/doubled-word [warning] doubled word "The the" -> "The" [fix]'
        ]
    # An article of the folder is still never overwritten.
    code, _, err = run(capsys, "desk/", "-o", "desk/a.txt")
    assert code == 2 and "refusing to overwrite it" in err
    assert (desk / "desk" / "a.txt").read_text(encoding="utf-8") == DOUBLED


def test_nothing_to_lint_is_a_warning(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "empty").mkdir()
    (desk / "empty" / "notes.py").write_text("x = 1\n", encoding="utf-8")
    code, out, err = run(capsys, "empty")
    assert (code, out) == (0, "")
    assert err.startswith("factlint: warning: nothing to lint: no article (.txt, .md, .markdown, .html, .htm) in empty")


def test_an_empty_pack_alone_is_a_warning(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "pack").mkdir()
    (desk / "a.txt").write_text(DOUBLED, encoding="utf-8")
    code, out, err = run(capsys, "--no-default-rules", "--rules", "pack", "a.txt")
    assert (code, out) == (0, "")
    assert err == "factlint: warning: no rule ran: the rule packs loaded hold no rule\n"


# --- usage errors, summary, quiet -----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["--selec", "grammar", "a.txt"], "factlint: error: no such option: --selec"),
        (["-f", "xml", "a.txt"], "factlint: error: invalid value for '--format' / '-f': 'xml' is not one of"),
        (["--jobs", "0", "a.txt"], "factlint: error: invalid value for '--jobs' / '-j'"),
        ([], "factlint: error: give at least one article, folder or - for standard input"),
    ],
)
def test_usage_errors_are_one_line(desk: Path, capsys: pytest.CaptureFixture[str], args: list[str], start: str) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and err.startswith(start), err


def test_a_closing_summary_on_a_terminal_and_none_when_piped_or_quiet(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (desk / "a.txt").write_text(DOUBLED, encoding="utf-8")
    (desk / "b.txt").write_text("Clean copy.\n", encoding="utf-8")
    assert run(capsys, "--select", "grammar", "a.txt", "b.txt")[2] == ""  # piped: nothing extra
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "--select", "grammar", "a.txt", "b.txt")
    assert err == "1 finding in 1 of 2 files\n"
    assert run(capsys, "--select", "grammar", "--quiet", "a.txt", "b.txt")[2] == ""


def test_progress_bar_for_many_files_only_on_a_terminal(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from factlint import cli_output

    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(cli_output, "PROGRESS_MIN_FILES", 2)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with cli_output.progress_bar() as progress:
        assert progress is not None
        progress(1, 3)
        calls.append((1, 3))
    with cli_output.progress_bar(enabled=False) as progress:  # --quiet
        assert progress is None


# --- check-rules -----------------------------------------------------------------------------


RULE = """\
id: house/dateline
kind: pattern
severity: warning
message: 'dateline "{match}"'
description: A dateline in the body.
pattern: '[A-Z]{3,}, March \\d+'
examples:
  bad:
    - "Intro. LONDON, March 3 - More."
  good:
    - "Intro without one."
"""


def write_rule(root: Path, text: str) -> Path:
    (root / "house" / "house").mkdir(parents=True, exist_ok=True)
    (root / "house" / "house" / "dateline.yaml").write_text(text, encoding="utf-8")
    return root / "house"


def test_check_rules_passes_a_good_pack(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(desk, RULE)
    code, out, err = run(capsys, "check-rules", "house")
    assert (code, err) == (0, "")
    assert out == "1 rules and 2 examples of house: every example behaves\n"


def test_check_rules_fails_a_bad_example_that_is_not_flagged(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(desk, RULE.replace('"Intro. LONDON, March 3 - More."', '"Intro. London, March 3 - More."'))
    code, out, _ = run(capsys, "check-rules", "house")
    assert code == 1
    assert out.splitlines()[0] == (
        f"{Path('house/house/dateline.yaml')}:8: house/dateline: bad example 1 is not flagged: 'Intro. London, March 3 - More.'"
    )


def test_check_rules_refuses_a_broken_pack(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_rule(desk, RULE.replace("kind: pattern", "kind: patern"))
    code, out, err = run(capsys, "check-rules", "house")
    assert (code, out) == (2, "")
    assert err.startswith(f"factlint: error: {Path('house/house/dateline.yaml')}:2: unknown kind 'patern'")


# --- README ---------------------------------------------------------------------------------


README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_pre_commit_snippet_names_a_real_hook_and_the_release_tag() -> None:
    import re

    import yaml

    from factlint import __version__

    snippet = re.search(r"## pre-commit hook.*?```yaml\n(.*?)```", README, re.S)
    assert snippet, "the README has a pre-commit snippet"
    config = yaml.safe_load(snippet.group(1))
    (repo,) = config["repos"]
    assert "OWNER" not in repo["repo"]
    assert repo["rev"] == f"v{__version__}"  # the tag of this version, once the release is tagged
    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in repo["hooks"]} <= {hook["id"] for hook in hooks}
    assert "git rev-parse HEAD" in README  # how to pin a commit until then


def test_readme_shows_the_error_line_factlint_prints(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "a.txt").write_text(DOUBLED, encoding="utf-8")
    _, _, err = run(capsys, "--select", "nmes", "a.txt")
    assert err.strip() in README


# --- the installed script ---------------------------------------------------------------------


def test_installed_script_prints_usage_errors_and_unknown_ids_as_one_line(run_installed, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOUBLED, encoding="utf-8")
    for args, start in (
        (["--selec", "grammar", "a.txt"], "factlint: error: no such option: --selec"),
        (["--select", "nmes", "a.txt"], "factlint: error: --select: unknown rule or category 'nmes'; did you mean 'names'?"),
    ):
        result = run_installed(*args, cwd=tmp_path)
        assert (result.returncode, result.stdout) == (2, "")
        assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(start), result.stderr


def test_installed_script_runs_check_rules(run_installed, tmp_path: Path) -> None:
    write_rule(tmp_path, RULE)
    result = run_installed("check-rules", "house", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "1 rules and 2 examples of house: every example behaves\n")
