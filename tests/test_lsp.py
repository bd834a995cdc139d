"""``factlint lsp`` end to end: pygls's own client starts the server as an editor does and talks
to it over stdio (no handler is called directly)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra: pip install '.[lsp]'")

from lsprotocol import types  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402
from pygls.uris import from_fs_path  # noqa: E402

from factlint import lint_text  # noqa: E402
from conftest import SEED  # noqa: E402

TIMEOUT = 120  # generous: the machine running the suite may be loaded
START_SERVER = "import sys; from factlint.cli import main; sys.exit(main())"


class Session:
    """One server process and the diagnostics it has published, per URI."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.published: dict[str, asyncio.Queue[types.PublishDiagnosticsParams]] = {}
        self.messages: list[str] = []
        self.versions: dict[str, int] = {}
        self.last: dict[str, types.PublishDiagnosticsParams] = {}

    def queue(self, uri: str) -> asyncio.Queue[types.PublishDiagnosticsParams]:
        return self.published.setdefault(uri, asyncio.Queue())

    async def diagnostics(self, uri: str) -> list[types.Diagnostic]:
        """The next diagnostics published for ``uri``."""
        params = await asyncio.wait_for(self.queue(uri).get(), TIMEOUT)
        return list(params.diagnostics)

    async def open(self, path: Path, text: str | None = None, language: str = "plaintext") -> str:
        uri = from_fs_path(str(path))
        assert uri
        self.versions[uri] = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id=language, version=1, text=path.read_text(encoding="utf-8") if text is None else text)
            )
        )
        return uri

    def replace(self, uri: str, start: types.Position, end: types.Position, text: str) -> None:
        self.versions[uri] += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
                content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start, end), text=text)],
            )
        )

    async def code_actions(self, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
        result = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri),
                    range=diagnostic.range,
                    context=types.CodeActionContext(diagnostics=[diagnostic]),
                )
            ),
            TIMEOUT,
        )
        return [action for action in result or [] if isinstance(action, types.CodeAction)]


def run_session(
    body: Callable[[Session], Awaitable[None]], *, env: dict[str, str] | None = None, prelude: str = "", server_args: tuple[str, ...] = ()
) -> int:
    """Start the server, initialise, run ``body``, shut down; the server's exit code."""

    async def main() -> int:
        client = LanguageClient("factlint-tests", "1")
        session = Session(client)

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            session.queue(params.uri).put_nowait(params)
            session.last[params.uri] = params

        @client.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            session.messages.append(params.message)

        @client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            session.messages.append(params.message)

        await client.start_io(sys.executable, "-c", prelude + START_SERVER, "lsp", *server_args, env={**os.environ, **(env or {})})
        await asyncio.wait_for(
            client.initialize_async(
                types.InitializeParams(
                    capabilities=types.ClientCapabilities(
                        general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16])
                    ),
                    process_id=os.getpid(),
                )
            ),
            TIMEOUT,
        )
        client.initialized(types.InitializedParams())
        try:
            await body(session)
        finally:
            await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
            client.exit(None)
            await asyncio.wait_for(client.stop(), TIMEOUT)
        assert client._server is not None
        return client._server.returncode

    return asyncio.run(main())


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def by_code(diagnostics: list[types.Diagnostic], code: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == code]


def test_seed_article_findings_on_open_fix_for_next_a_week_republish_and_clean_shutdown() -> None:
    expected = lint_text(SEED.read_text(encoding="utf-8"), path=str(SEED))
    lines = SEED.read_text(encoding="utf-8").splitlines()

    async def body(session: Session) -> None:
        uri = await session.open(SEED)
        diagnostics = await session.diagnostics(uri)
        assert [(d.code, d.range.start.line + 1, d.range.start.character + 1, d.message) for d in diagnostics] == [
            (e.rule, e.line, e.column, e.message) for e in expected
        ]
        assert all(d.source == "factlint" for d in diagnostics)
        slip = next(d for d in diagnostics if d.message.startswith('"next a week"'))
        assert slip.severity == types.DiagnosticSeverity.Warning
        assert lines[slip.range.start.line][slip.range.start.character : slip.range.end.character] == "next a week"
        assert slip.code_description is not None and slip.code_description.href.endswith("translation-slip.yaml")

        # The trade finding points at the sentences that state the direction the article supports.
        (trade,) = by_code(diagnostics, "trade/reversed-direction")
        related = trade.related_information or []
        assert [(r.location.uri, r.location.range.start.line + 1) for r in related] == [(uri, 3), (uri, 7)]
        first = related[0].location.range
        assert "exports of metalworking machinery" in lines[first.start.line][first.start.character : first.end.character]
        assert by_code(diagnostics, "style/inconsistent-form")[0].severity == types.DiagnosticSeverity.Information

        actions = await session.code_actions(uri, slip)
        fix = next(a for a in actions if "next week" in a.title)
        assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred
        assert fix.edit is not None and fix.edit.changes is not None
        (edit,) = fix.edit.changes[uri]
        assert edit.new_text == "next week" and edit.range == slip.range
        assert any(a.title == "Disable grammar/translation-slip for this line" for a in actions)

        session.replace(uri, edit.range.start, edit.range.end, edit.new_text)  # the editor applies the fix
        after = await session.diagnostics(uri)
        assert not [d for d in after if "next a week" in d.message]
        assert len(after) == len(diagnostics) - 1
        # A later finding on the same line keeps its place; one on the next line is untouched.
        assert [d.range for d in after if d.range.start.line > 1] == [d.range for d in diagnostics if d.range.start.line > 1]

    assert run_session(body) == 0


def test_ranges_count_utf16_code_units_after_astral_characters(tmp_path: Path) -> None:
    prefix = "🇺🇦😀 Talks in 𝐊yiv resume "
    path = tmp_path / "wire.txt"
    path.write_text(f"Headline 🚀\n{prefix}next a week, officials said.\n", encoding="utf-8")

    async def body(session: Session) -> None:
        uri = await session.open(path)
        (slip,) = by_code(await session.diagnostics(uri), "grammar/translation-slip")
        assert slip.range == types.Range(types.Position(1, utf16(prefix)), types.Position(1, utf16(prefix + "next a week")))
        assert utf16(prefix) > len(prefix)  # the test means something: astral characters count twice

    assert run_session(body) == 0


def test_markdown_and_html_documents_are_linted_for_their_prose(tmp_path: Path) -> None:
    markdown = tmp_path / "story.md"
    markdown.write_text("# Talks\n\nThe ministers will meet **next a week** in `next a week` code.\n", encoding="utf-8")
    html = tmp_path / "story.html"
    html.write_text('<p class="next a week">Ministers meet <b>next a week</b> in Rome.</p>\n', encoding="utf-8")

    async def body(session: Session) -> None:
        md_uri = await session.open(markdown, language="markdown")
        (slip,) = by_code(await session.diagnostics(md_uri), "grammar/translation-slip")
        line = markdown.read_text().splitlines()[2]
        assert line[slip.range.start.character : slip.range.end.character] == "next a week"
        assert slip.range.start.character == line.index("next a week")
        html_uri = await session.open(html, language="html")
        (slip,) = by_code(await session.diagnostics(html_uri), "grammar/translation-slip")
        assert slip.range.start.character == html.read_text().index("<b>next a week") + 3

    assert run_session(body) == 0


def test_disable_for_this_line_action_suppresses_the_finding(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Officials said on Monday that the\nministers meet next a week in Rome.\n", encoding="utf-8")

    async def body(session: Session) -> None:
        uri = await session.open(path)
        (slip,) = by_code(await session.diagnostics(uri), "grammar/translation-slip")
        actions = await session.code_actions(uri, slip)
        disable = next(a for a in actions if a.title.startswith("Disable"))
        assert disable.edit and disable.edit.changes
        (edit,) = disable.edit.changes[uri]
        assert edit.range.start == types.Position(0, len("Officials said on Monday that the"))  # end of the line above
        session.replace(uri, edit.range.start, edit.range.end, edit.new_text)
        assert by_code(await session.diagnostics(uri), "grammar/translation-slip") == []

    assert run_session(body) == 0


def test_config_is_found_from_the_document_and_rule_packs_reload_when_they_change(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    (desk / "house" / "style").mkdir(parents=True)
    (desk / ".factlint.toml").write_text('rules = ["house"]\nignore = ["grammar"]\n', encoding="utf-8")
    rule = desk / "house" / "style" / "first-lady.yaml"
    rule_text = textwrap.dedent(
        """\
        id: style/first-lady
        kind: substitution
        severity: error
        message: 'house style is "{suggestion}", not "{match}"'
        description: Titles are lower case unless they come before a name.
        swap:
          SWAP_FROM: first lady
        examples:
          bad: [The SWAP_FROM visited.]
          good: [The first lady visited.]
        """
    )
    rule.write_text(rule_text.replace("SWAP_FROM", "First Lady"), encoding="utf-8")
    story = desk / "story.txt"
    story.write_text("The First Lady met the Prime Minister next a week.\n", encoding="utf-8")

    async def body(session: Session) -> None:
        uri = await session.open(story)
        diagnostics = await session.diagnostics(uri)
        assert [d.code for d in diagnostics] == ["style/first-lady"]  # grammar ignored by the desk's config
        assert diagnostics[0].severity == types.DiagnosticSeverity.Error

        hover = await asyncio.wait_for(
            session.client.text_document_hover_async(
                types.HoverParams(types.TextDocumentIdentifier(uri), diagnostics[0].range.start)
            ),
            TIMEOUT,
        )
        assert hover is not None and isinstance(hover.contents, types.MarkupContent)
        assert "Titles are lower case unless they come before a name." in hover.contents.value

        rule.write_text(rule_text.replace("SWAP_FROM", "Prime Minister").replace("first lady", "prime minister"), encoding="utf-8")
        session.client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams([types.FileEvent(from_fs_path(str(rule)) or "", types.FileChangeType.Changed)])
        )
        diagnostics = await session.diagnostics(uri)
        assert [(d.code, d.range.start.character) for d in diagnostics] == [("style/first-lady", len("The First Lady met the "))]

        rule.write_text("id: style/first-lady\nkind: [broken\n", encoding="utf-8")  # a broken rule file
        session.client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(uri)))
        (problem,) = await session.diagnostics(uri)
        assert "could not lint" in problem.message and "first-lady.yaml" in problem.message
        assert any("first-lady.yaml" in message for message in session.messages)

    assert run_session(body) == 0


# A rule kind with a bug: every substitution rule raises; the server must report it and go on.
BREAK_SUBSTITUTION = (
    "from factlint.checks.substitution import SubstitutionCheck\n"
    "def run(self, document): raise RuntimeError('rule kind bug')\n"
    "SubstitutionCheck.run = run\n"
)


def test_a_crashing_rule_costs_its_own_findings_only_and_the_server_stays_up(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Talks resume next a week. Anthony Blinken arrives on Monday.\n", encoding="utf-8")

    async def body(session: Session) -> None:
        uri = await session.open(path)
        diagnostics = await session.diagnostics(uri)
        assert by_code(diagnostics, "names/known-misspelling")  # the other rules ran
        assert any("failed (RuntimeError: rule kind bug)" in d.message for d in diagnostics)
        session.replace(uri, types.Position(0, 0), types.Position(0, 0), "\x00\ufffd binary-ish \udcff ")
        assert await session.diagnostics(uri) is not None  # an odd document does not stop it either
        assert any("rule kind bug" in message for message in session.messages)

    assert run_session(body, prelude=BREAK_SUBSTITUTION) == 0


def test_plain_cli_does_not_import_the_language_server() -> None:
    probe = "import sys, factlint.cli; print(sorted(m for m in ('pygls', 'lsprotocol', 'factlint.lsp') if m in sys.modules))"
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


def test_without_the_lsp_extra_the_command_says_what_to_install() -> None:
    hide = "import sys; sys.modules['pygls'] = None; sys.modules['lsprotocol'] = None; "
    completed = subprocess.run([sys.executable, "-c", hide + START_SERVER, "lsp"], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 2
    assert "pip install 'factlint[lsp]'" in completed.stderr and "Traceback" not in completed.stderr


def test_crlf_and_lone_cr_line_breaks_count_as_the_protocol_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes("Headline\r\nOld Mac copy\rTalks resume next a week.\r\n".encode("utf-8"))

    async def body(session: Session) -> None:
        uri = await session.open(path, text=path.read_bytes().decode("utf-8"))
        (slip,) = by_code(await session.diagnostics(uri), "grammar/translation-slip")
        start = len("Talks resume ")
        assert slip.range == types.Range(types.Position(2, start), types.Position(2, start + len("next a week")))

    assert run_session(body) == 0


def test_typing_is_debounced_into_one_lint_of_the_latest_text(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Talks resume soon.\n", encoding="utf-8")

    async def body(session: Session) -> None:
        uri = await session.open(path)
        assert await session.diagnostics(uri) == []
        typed = "next a week "
        for index, letter in enumerate(typed):  # one keystroke a change, as an editor sends them
            session.replace(uri, types.Position(0, 13 + index), types.Position(0, 13 + index), letter)
        (slip,) = await session.diagnostics(uri)
        assert session.last[uri].version == session.versions[uri] == 1 + len(typed)  # the first publish is of the final text
        assert slip.code == "grammar/translation-slip" and slip.range.start == types.Position(0, 13)
        await asyncio.sleep(1.5)
        assert session.queue(uri).empty()  # and nothing for the keystrokes in between

    assert run_session(body, server_args=("--debounce", "1")) == 0
