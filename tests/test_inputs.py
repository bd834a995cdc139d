"""Issue 9, input side: whatever the pipeline hands factlint, it keeps going, says clearly what is
wrong, and never alters a file. Each case runs the installed console script."""

from __future__ import annotations

import codecs
import json
import os
import socket
import time
from pathlib import Path

import pytest

from factlint.inputs import InputError, decode

GRAMMAR = ("--select", "grammar")  # exact findings from the grammar pack only, whatever other packs add
# Two findings at known places: "the the" at 2:11 and "next a week" at 3:16 (1-based, in characters).
ARTICLE_LINES = ["Ministers – “all of them” – met.", "They said the the talks went well.", "They will meet next a week in Rome."]
EXPECTED = [(2, 11, "grammar/doubled-word"), (3, 16, "grammar/translation-slip")]


def findings(stdout: str) -> dict[str, list[tuple[int, int, str]]]:
    """JSON Lines output -> {path: [(line, column, rule), ...]}."""
    result: dict[str, list[tuple[int, int, str]]] = {}
    for line in stdout.splitlines():
        item = json.loads(line)
        result.setdefault(Path(item["path"]).name, []).append((item["line"], item["column"], item["rule"]))
    return result


def test_encodings_and_line_breaks_give_the_same_positions(run_factlint, tmp_path: Path) -> None:
    """UTF-8 with and without BOM, UTF-16 LE/BE and UTF-32 with BOM; LF, CRLF and lone CR."""
    variants: dict[str, bytes] = {}
    for newline, name in (("\n", "lf"), ("\r\n", "crlf"), ("\r", "cr")):
        text = newline.join(ARTICLE_LINES) + newline
        variants[f"utf8-{name}.txt"] = text.encode("utf-8")
        variants[f"utf8-bom-{name}.txt"] = codecs.BOM_UTF8 + text.encode("utf-8")
    text = "\n".join(ARTICLE_LINES) + "\n"
    variants["utf16le.txt"] = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    variants["utf16be.txt"] = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    variants["utf32le.txt"] = codecs.BOM_UTF32_LE + text.encode("utf-32-le")
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    result = run_factlint(*GRAMMAR, "--format", "jsonl", *sorted(variants), cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "")
    assert findings(result.stdout) == {name: EXPECTED for name in variants}


def test_end_columns_are_exact_across_crlf_and_lone_cr(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "mixed.txt").write_bytes("Intro.\r\nLine two.\rThe the cat\nsat.\r\nNext a week ok.".encode())
    result = run_factlint(*GRAMMAR, "--format", "json", "mixed.txt", cwd=tmp_path)
    spans = [(d["line"], d["column"], d["end_line"], d["end_column"]) for d in json.loads(result.stdout)]
    assert spans == [(3, 1, 3, 8), (5, 1, 5, 12)]


def test_invalid_utf8_is_linted_reported_with_its_byte_offset_and_exits_2(run_factlint, tmp_path: Path) -> None:
    # The BOM counts: the bad byte 0xFF is byte 3 + len("Intro.\nBad ") = 14 of the file, on line 2.
    data = codecs.BOM_UTF8 + b"Intro.\nBad \xff byte, then the the end.\n"
    (tmp_path / "damaged.txt").write_bytes(data)
    (tmp_path / "fine.txt").write_text("A dog dog.\n", encoding="utf-8")
    result = run_factlint(*GRAMMAR, "--format", "jsonl", "damaged.txt", "fine.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "factlint: error: damaged.txt:2: not valid UTF-8 at byte 14 (0xFF); "
        "undecodable bytes were replaced by U+FFFD and the rest was linted"
    ]
    # The rest of the file is linted, and the replacement character keeps the columns in characters.
    assert findings(result.stdout) == {"damaged.txt": [(2, 18, "grammar/doubled-word")], "fine.txt": [(1, 3, "grammar/doubled-word")]}


def test_binary_file_is_skipped_with_a_message(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "utf16-no-bom.txt").write_bytes("The the cat.".encode("utf-16-le"))
    (tmp_path / "story.txt").write_text("The the cat.\n", encoding="utf-8")
    result = run_factlint(*GRAMMAR, "--format", "jsonl", "photo.txt", "utf16-no-bom.txt", "story.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "factlint: error: photo.txt: looks like a binary file (NUL bytes); skipped",
        "factlint: error: utf16-no-bom.txt: looks like a binary file (NUL bytes); skipped",
    ]
    assert findings(result.stdout) == {"story.txt": [(1, 1, "grammar/doubled-word")]}


def test_empty_and_blank_files_are_clean(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t\r")
    (tmp_path / "bom-only.txt").write_bytes(codecs.BOM_UTF8)
    result = run_factlint("empty.txt", "blank.txt", "bom-only.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert run_factlint("-", stdin=b"").returncode == 0


def test_very_long_line_keeps_exact_columns(run_factlint, tmp_path: Path) -> None:
    words = "Officials said the plan would work, " * 30_000  # about 1 MB on one line
    (tmp_path / "long.txt").write_text(words + "and the the vote followed.\n", encoding="utf-8")
    result = run_factlint(*GRAMMAR, "--format", "jsonl", "long.txt", cwd=tmp_path)
    assert findings(result.stdout) == {"long.txt": [(1, len(words) + 5, "grammar/doubled-word")]}


def test_missing_paths_are_named_and_the_other_files_still_linted(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("The the cat.\n", encoding="utf-8")
    result = run_factlint(*GRAMMAR, "gone.txt", "story.txt", "no-folder/", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "factlint: error: gone.txt: no such file or folder",
        "factlint: error: no-folder/: no such file or folder",
    ]
    assert result.stdout.startswith("story.txt:1:1: grammar/doubled-word")


def test_unreadable_files_are_named_and_the_other_files_still_linted(
    run_factlint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files that cannot be opened even by root: a socket, a dangling link and a looping link."""
    (tmp_path / "story.txt").write_text("The the cat.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative socket path: AF_UNIX paths are limited to 108 bytes
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("socket.txt")
        (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
        (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
        result = run_factlint(*GRAMMAR, "socket.txt", "dangling.txt", "loop.txt", "story.txt", cwd=tmp_path)
    finally:
        server.close()
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "factlint: error: socket.txt: cannot read: No such device or address",
        "factlint: error: dangling.txt: cannot read: No such file or directory",
        "factlint: error: loop.txt: cannot read: Too many levels of symbolic links",
    ]
    assert result.stdout.startswith("story.txt:1:1: grammar/doubled-word")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode; the socket case above covers root")
def test_file_without_read_permission(run_factlint, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The the cat.\n", encoding="utf-8")
    secret.chmod(0)
    try:
        result = run_factlint("secret.txt", cwd=tmp_path)
    finally:
        secret.chmod(0o644)
    assert result.returncode == 2
    assert result.stderr.strip() == "factlint: error: secret.txt: cannot read: Permission denied"


def test_folders_with_symlink_loops_and_fifos_finish(run_factlint, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    (desk / "sub").mkdir(parents=True)
    (desk / "a.txt").write_text("The the cat.\n", encoding="utf-8")
    (desk / "sub" / "b.txt").write_text("A dog dog.\n", encoding="utf-8")
    (desk / "sub" / "back").symlink_to(desk)  # desk/sub/back -> desk: a loop
    (desk / "sub" / "again").symlink_to(desk / "sub")  # a second way into the same folder
    (desk / "self.txt").symlink_to(desk / "self.txt")  # a link to itself
    os.mkfifo(desk / "wire.txt")  # opening a FIFO would wait for a writer forever
    result = run_factlint(*GRAMMAR, "--format", "jsonl", "desk", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "factlint: error: desk/self.txt: cannot read: Too many levels of symbolic links"
    # Each article is linted once although the loop offers it many times.
    assert findings(result.stdout) == {"a.txt": [(1, 1, "grammar/doubled-word")], "b.txt": [(1, 3, "grammar/doubled-word")]}


def test_the_same_file_named_twice_is_linted_once(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "a.txt").write_text("The the cat.\n", encoding="utf-8")
    result = run_factlint(*GRAMMAR, "desk/a.txt", "desk", "./desk/a.txt", cwd=tmp_path)
    assert result.stdout.splitlines() == ['desk/a.txt:1:1: grammar/doubled-word [warning] doubled word "The the" -> "The" [fix]']


SLOW_RULE = """\
id: house/slow
kind: pattern
severity: error
message: 'slow "{match}"'
description: A pattern that backtracks catastrophically on a long run of a's.
pattern: '(?:a|a)+b'
examples:
  bad: [aab]
  good: [abc def]
"""


def test_catastrophic_pattern_is_stopped_reported_and_the_run_completes(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "house" / "house").mkdir(parents=True)
    (tmp_path / "house" / "house" / "slow.yaml").write_text(SLOW_RULE, encoding="utf-8")
    (tmp_path / "one.txt").write_text("a" * 60 + "\n\nThe the cat.\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Fine copy, a dog dog and ab.\n", encoding="utf-8")
    started = time.monotonic()
    result = run_factlint("--select", "grammar,house", "--format", "jsonl", "--rules", "house", "one.txt", "two.txt", cwd=tmp_path)
    assert time.monotonic() - started < 60  # the run ends; without the timeout it would not (2**60 steps)
    assert result.stderr.splitlines() == [
        "factlint: warning: one.txt: rule house/slow gave up: its pattern 'pattern' (house/house/slow.yaml:6) ran past the time limit "
        "(catastrophic backtracking?); the rest of the file was linted without it"
    ]
    # The other rules ran on the same file, and the slow rule still ran on the next file.
    assert findings(result.stdout) == {
        "one.txt": [(3, 1, "grammar/doubled-word")],
        "two.txt": [(1, 14, "grammar/doubled-word"), (1, 26, "house/slow")],
    }
    assert result.returncode == 1


def test_factlint_never_writes_to_the_files_it_lints(run_factlint, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a.txt").write_bytes(b"The the cat.\r\nNext a week.\r\n")
    (desk / "b.md").write_bytes(codecs.BOM_UTF8 + b"# Head\n\nA dog dog \xff.\n")
    (desk / "c.txt").write_bytes(b"")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in desk.iterdir()}
    time.sleep(0.01)
    # Every reporter renders from the same diagnostics in memory; one run to stdout and one to a file.
    assert run_factlint("--format", "github", "--statistics", "desk", cwd=tmp_path).returncode == 2  # b.md has a bad byte
    assert run_factlint("--output", "report.sarif", "--format", "sarif", "desk", cwd=tmp_path).returncode == 2
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode) for p in desk.iterdir()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk", "report.sarif"]


# --- the decoder itself, in process -------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"plain", "plain"),
        (codecs.BOM_UTF8 + b"caf\xc3\xa9", "café"),
        (codecs.BOM_UTF16_LE + "café".encode("utf-16-le"), "café"),
        (codecs.BOM_UTF16_BE + "café".encode("utf-16-be"), "café"),
        (codecs.BOM_UTF32_LE + "café".encode("utf-32-le"), "café"),
        (codecs.BOM_UTF32_BE + "café".encode("utf-32-be"), "café"),
    ],
)
def test_decode_boms(data: bytes, text: str) -> None:
    article = decode(data, "x.txt")
    assert (article.text, article.warning) == (text, None)


def test_decode_counts_lone_cr_lines_in_the_warning() -> None:
    article = decode(b"one\rtwo\r\nthree \x80", "x.txt")
    assert article.warning is not None and article.warning.startswith("x.txt:3: not valid UTF-8 at byte 15 (0x80)")
    assert article.text == "one\rtwo\r\nthree \ufffd"


def test_decode_broken_utf16_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not valid UTF-16 at byte"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8a", "x.txt")  # a lone high surrogate, then half a unit


def test_output_that_the_terminal_cannot_encode_is_escaped_not_a_crash(run_installed, tmp_path: Path) -> None:
    """A latin-1 terminal and a Cyrillic finding; a file name that is not UTF-8 under a strict stdout."""
    (tmp_path / "kyiv.txt").write_text("Він сказав київ київ.\n", encoding="utf-8")
    latin = run_installed(*GRAMMAR, "kyiv.txt", cwd=tmp_path, env={"PYTHONIOENCODING": "latin-1"})
    assert latin.returncode == 1
    assert latin.stdout == 'kyiv.txt:1:12: grammar/doubled-word [warning] doubled word "\\u043a\\u0438\\u0457\\u0432 \\u043a\\u0438\\u0457\\u0432" -> "\\u043a\\u0438\\u0457\\u0432" [fix]\n'
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk").joinpath(os.fsdecode(b"\xff-wire.txt")).write_bytes(b"The the cat.\n")
    strict = run_installed(*GRAMMAR, "--format", "jsonl", "desk", cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8:strict"})
    assert strict.returncode == 1 and "Traceback" not in strict.stderr
    assert json.loads(strict.stdout)["path"] == "desk/\udcff-wire.txt"  # a valid JSON escape of the raw byte


def test_a_sub_folder_that_cannot_be_listed_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """os.walk skips a folder it cannot list unless told; root lists every folder, so the failure is simulated."""
    from factlint.inputs import discover

    (tmp_path / "desk" / "locked").mkdir(parents=True)
    (tmp_path / "desk" / "a.txt").write_text("x", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(discover([str(tmp_path / "desk")]))
    assert [str(i) for i in items] == [f"{tmp_path / 'desk' / 'locked'}: cannot read folder: Permission denied", str(tmp_path / "desk" / "a.txt")]
    assert isinstance(items[0], InputError)


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists every folder; the simulated case above covers root")
def test_unlistable_folder_through_the_cli(run_factlint, tmp_path: Path) -> None:
    (tmp_path / "desk" / "locked").mkdir(parents=True)
    (tmp_path / "desk" / "a.txt").write_text("The the cat.\n", encoding="utf-8")
    (tmp_path / "desk" / "locked").chmod(0)
    try:
        result = run_factlint("desk", cwd=tmp_path)
    finally:
        (tmp_path / "desk" / "locked").chmod(0o755)
    assert result.returncode == 2
    assert "desk/locked: cannot read folder: Permission denied" in result.stderr
    assert result.stdout.startswith("desk/a.txt:1:1:")


def test_a_long_unwrapped_paragraph_is_linted_whole_by_every_rule(caplog: pytest.LogCaptureFixture) -> None:
    """Regression: doubled-word's table check rescanned the whole line for each match, and two
    page-furniture patterns of style/inconsistent-form backtracked quadratically, so on a long
    one-line paragraph those rules ran past the time limit and gave up."""
    import logging

    from factlint import lint_text

    sentence = "Officials said the the plan would work, and the U.S. vote followed the US vote on fooBarbaz. "
    text = "Related | " + sentence * 5_000  # about 400 KB, one line, 5,000 doubled words
    with caplog.at_level(logging.WARNING, logger="factlint"):
        diagnostics = lint_text(text)  # every default rule: none may give up on a long paragraph
    assert "gave up" not in caplog.text
    assert sum(d.rule == "grammar/doubled-word" for d in diagnostics) == 5_000
