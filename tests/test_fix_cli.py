"""``--diff``, ``--fix`` and ``--unsafe-fixes`` as an editor runs them, on copies of real articles."""

from __future__ import annotations

import codecs
import os
import shutil
import stat
from pathlib import Path

import pytest

from factlint.fixes import FixError, write_fixed

from conftest import FIXTURES, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
TRADE_SENTENCE = "imported in the last quarter of 2023 from Russia"
# What --fix must do to the seed article, and nothing else.
SAFE_FIXED = (
    SEED_TEXT.replace("meet next a week in Italy", "meet next week in Italy")
    .replace("at a faster time than", "at a faster pace than")
    .replace("right now , to support", "right now, to support")
)


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "seed.txt"
    shutil.copyfile(SEED, copy)
    return copy


def test_diff_shows_the_safe_fixes_and_changes_nothing(run_factlint, seed_copy: Path) -> None:
    before = seed_copy.stat()
    result = run_factlint("--diff", str(seed_copy))
    assert result.returncode == 1  # as a lint: the article has warnings
    assert seed_copy.read_bytes() == SEED.read_bytes() and seed_copy.stat().st_mtime_ns == before.st_mtime_ns
    removed = [line for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line for line in result.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert result.stdout.startswith(f"--- {seed_copy}\n+++ {seed_copy}\n@@ ")
    assert len(removed) == len(added) == 2  # lines 2 and 5
    assert "next a week" in removed[0] and "next week" in added[0]
    assert "at a faster time" in removed[1] and "right now , to" in removed[1]
    assert "at a faster pace" in added[1] and "right now, to" in added[1]
    assert TRADE_SENTENCE not in "".join(removed)
    assert "would fix 3 findings in 1 file (2 grammar/translation-slip, 1 grammar/space-before-punctuation)" in result.stderr
    assert "report" not in result.stdout and "[warning]" not in result.stdout  # the diff instead of the report


def test_diff_of_a_clean_article_is_empty_and_exits_0(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "clean.txt"
    article.write_text("Officials said the talks would resume next week.\n", encoding="utf-8")
    result = run_factlint("--diff", str(article))
    assert (result.returncode, result.stdout) == (0, "")
    assert "nothing to fix" in result.stderr


def test_fix_changes_exactly_the_safe_spans_and_reports_what_remains(run_factlint, seed_copy: Path) -> None:
    result = run_factlint("--fix", str(seed_copy))
    assert seed_copy.read_text(encoding="utf-8") == SAFE_FIXED
    assert TRADE_SENTENCE in seed_copy.read_text(encoding="utf-8")
    assert result.returncode == 1  # the trade and name warnings remain
    rules = [line.split(": ")[1].split()[0] for line in result.stdout.splitlines()]
    assert "grammar/translation-slip" not in rules and "grammar/space-before-punctuation" not in rules
    assert {"trade/reversed-direction", "names/known-misspelling"} <= set(rules)
    assert "fixed 3 findings in 1 file" in result.stderr
    assert "4 findings remain, 3 of them fixable with --unsafe-fixes" in result.stderr
    assert [p.name for p in seed_copy.parent.iterdir()] == ["seed.txt"]  # no temporary file left


def test_a_second_fix_changes_nothing(run_factlint, seed_copy: Path) -> None:
    run_factlint("--fix", str(seed_copy))
    first = seed_copy.read_bytes()
    mtime = seed_copy.stat().st_mtime_ns
    again = run_factlint("--fix", str(seed_copy))
    assert seed_copy.read_bytes() == first and seed_copy.stat().st_mtime_ns == mtime  # not even rewritten
    assert "nothing to fix" in again.stderr
    assert run_factlint("--diff", str(seed_copy)).stdout == ""


def test_unsafe_fixes_apply_the_trade_suggestion(run_factlint, seed_copy: Path) -> None:
    result = run_factlint("--fix", "--unsafe-fixes", "--select", "grammar,trade", str(seed_copy))
    text = seed_copy.read_text(encoding="utf-8")
    assert TRADE_SENTENCE not in text
    assert text == SAFE_FIXED.replace(TRADE_SENTENCE, "imported in the last quarter of 2023 by Russia")
    assert (result.returncode, result.stdout) == (0, "")  # nothing left at or above warning
    assert "1 trade/reversed-direction" in result.stderr


def test_exit_0_when_the_fixes_leave_nothing_at_the_threshold(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("The the talks resume next a week , officials said.\n", encoding="utf-8")
    result = run_factlint("--fix", str(article))
    assert (result.returncode, result.stdout) == (0, "")
    assert article.read_text(encoding="utf-8") == "The talks resume next week, officials said.\n"


def test_fix_with_dash_writes_the_fixed_text_to_stdout_and_the_report_to_stderr(run_factlint) -> None:
    result = run_factlint("--fix", "-", stdin=SEED_TEXT)
    assert result.stdout == SAFE_FIXED
    assert "<stdin>:7:145: trade/reversed-direction [warning]" in result.stderr
    assert result.returncode == 1


def test_fix_with_dash_and_nothing_to_fix_echoes_the_text(run_factlint) -> None:
    text = "Officials said the talks would resume next week.\n"
    assert run_factlint("--fix", "-", stdin=text).stdout == text


def test_diff_of_standard_input(run_factlint) -> None:
    result = run_factlint("--diff", "-", stdin="They meet next a week.\n")
    assert result.stdout == "--- <stdin>\n+++ <stdin>\n@@ -1 +1 @@\n-They meet next a week.\n+They meet next week.\n"


# --- the file as written: line breaks, encodings, mode, links ----------------------------------


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)],
)
def test_crlf_encoding_and_bom_are_kept(run_factlint, tmp_path: Path, encoding: str, bom: bytes) -> None:
    article = tmp_path / "crlf.txt"
    text = "Talks resume next a week.\r\nThe the minister , said the Kremlin.\r\nLast line"
    article.write_bytes(bom + text.encode(encoding))
    result = run_factlint("--fix", str(article))
    assert result.returncode == 0, result.stderr
    expected = "Talks resume next week.\r\nThe minister, said the Kremlin.\r\nLast line"
    assert article.read_bytes() == bom + expected.encode(encoding)


def test_crlf_seed_article_changes_only_the_fixed_spans(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "seed-crlf.txt"
    article.write_bytes(SEED_TEXT.replace("\n", "\r\n").encode("utf-8"))
    run_factlint("--fix", str(article))
    assert article.read_bytes() == SAFE_FIXED.replace("\n", "\r\n").encode("utf-8")


def test_file_mode_and_symbolic_link_are_kept(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("They meet next a week.\n", encoding="utf-8")
    article.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    run_factlint("--fix", str(link))
    assert link.is_symlink() and article.read_text(encoding="utf-8") == "They meet next week.\n"
    assert stat.S_IMODE(article.stat().st_mode) == 0o640


def test_markdown_stays_intact_and_fixes_across_markup_are_left(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    source = (
        "---\ndate: 2024-04-12\n---\n# Talks next a week\n\n"
        "Ministers meet *next a week* in [Rome](https://example.com/next-a-week) today , officials said.\n\n"
        "They said the *the* plan and `next a week` stay, and the [the](https://x.example) too.\n\n"
        "- The the talks\n- resume **next a week**.\n"
    )
    article.write_text(source, encoding="utf-8")
    result = run_factlint("--fix", str(article))
    expected = (
        "---\ndate: 2024-04-12\n---\n# Talks next week\n\n"
        "Ministers meet *next week* in [Rome](https://example.com/next-a-week) today, officials said.\n\n"
        "They said the *the* plan and `next a week` stay, and the [the](https://x.example) too.\n\n"
        "- The talks\n- resume **next week**.\n"
    )
    assert article.read_text(encoding="utf-8") == expected
    remaining = [line for line in result.stdout.splitlines() if "grammar/doubled-word" in line]
    assert len(remaining) == 2 and all(line.endswith('-> "the"') for line in remaining)  # across markup: not fixable


def test_markdown_fixture_fixes_keep_its_structure(run_factlint, tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    article = tmp_path / "trade-talks.md"
    shutil.copyfile(FIXTURES / "formats" / "trade-talks.md", article)
    run_factlint("--fix", "--unsafe-fixes", str(article))
    parser = MarkdownIt("commonmark").enable("table")
    shape = [(t.type, t.tag, t.level) for t in parser.parse((FIXTURES / "formats" / "trade-talks.md").read_text(encoding="utf-8"))]
    assert [(t.type, t.tag, t.level) for t in parser.parse(article.read_text(encoding="utf-8"))] == shape


def test_html_tags_and_entities_stay_intact(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "story.html"
    article.write_text(
        '<p title="next a week">They meet next a week , said the <b>the</b> aide &amp; the the envoy.</p>\n', encoding="utf-8"
    )
    run_factlint("--fix", str(article))
    assert article.read_text(encoding="utf-8") == (
        '<p title="next a week">They meet next week, said the <b>the</b> aide &amp; the envoy.</p>\n'
    )


# --- refusals: nothing lost, nothing overwritten ----------------------------------------------


def test_invalid_utf8_is_not_fixed(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "broken.txt"
    data = b"They meet next a week.\n\xff\xfe broken\n"
    article.write_bytes(data)
    result = run_factlint("--fix", str(article))
    assert result.returncode == 2
    assert article.read_bytes() == data
    assert "not valid UTF-8; not fixed" in result.stderr


def test_a_file_changed_since_it_was_read_is_not_touched(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("They meet next a week, the editor wrote meanwhile.\n", encoding="utf-8")
    with pytest.raises(FixError, match="changed since it was read; not fixed"):
        write_fixed(str(article), "They meet next a week.\n", "They meet next week.\n")
    assert article.read_text(encoding="utf-8") == "They meet next a week, the editor wrote meanwhile.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


def test_a_change_just_before_the_rename_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "story.txt"
    article.write_text("They meet next a week.\n", encoding="utf-8")
    real_fsync = os.fsync

    def edit_meanwhile(descriptor: int) -> None:  # another editor saves while factlint writes
        real_fsync(descriptor)
        article.write_text("Someone else's edit.\n", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", edit_meanwhile)
    with pytest.raises(FixError, match="changed since it was read"):
        write_fixed(str(article), "They meet next a week.\n", "They meet next week.\n")
    assert article.read_text(encoding="utf-8") == "Someone else's edit.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write any file")
def test_a_read_only_file_is_not_replaced(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("They meet next a week.\n", encoding="utf-8")
    article.chmod(0o444)
    result = run_factlint("--fix", str(article))
    assert result.returncode == 2 and "not writable; not fixed" in result.stderr
    assert article.read_text(encoding="utf-8") == "They meet next a week.\n"


def test_a_read_only_folder_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    article = tmp_path / "story.txt"
    article.write_text("They meet next a week.\n", encoding="utf-8")

    def no_room(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", no_room)
    with pytest.raises(FixError, match="cannot write beside it: Permission denied; not fixed"):
        write_fixed(str(article), "They meet next a week.\n", "They meet next week.\n")
    assert article.read_text(encoding="utf-8") == "They meet next a week.\n"


def test_a_pipe_is_linted_but_not_rewritten(run_factlint, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    import threading

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write("They meet next a week.\n")

    writer = threading.Thread(target=feed)
    writer.start()
    result = run_factlint("--fix", str(fifo))
    writer.join(timeout=10)
    assert result.returncode == 2 and "not a regular file; not fixed" in result.stderr
    assert "grammar/translation-slip" in result.stdout


def test_fix_with_dash_keeps_statistics_off_the_fixed_text(run_factlint) -> None:
    result = run_factlint("--fix", "--statistics", "-", stdin="They meet next a week. Anthony Blinken said so.\n")
    assert result.stdout == "They meet next week. Anthony Blinken said so.\n"
    assert "names/known-misspelling [warning]" in result.stderr and "total" in result.stderr


def test_quiet_drops_the_fix_summary(run_factlint, tmp_path: Path) -> None:
    article = tmp_path / "wire.txt"
    article.write_text("They meet next a week.\n", encoding="utf-8")
    result = run_factlint("--fix", "--quiet", str(article))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert article.read_text(encoding="utf-8") == "They meet next week.\n"


def test_stdin_filename_picks_the_format_and_the_fixed_text_still_goes_to_stdout(run_factlint, tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("untouched\n", encoding="utf-8")
    result = run_factlint("--fix", "--stdin-filename", str(story), "-", stdin="They meet *next a week* and the *the* aide.\n")
    assert result.stdout == "They meet *next week* and the *the* aide.\n"
    assert story.read_text(encoding="utf-8") == "untouched\n"
