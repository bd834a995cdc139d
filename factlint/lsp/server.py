"""The language server: the CLI's engine behind the Language Server Protocol (pygls, lsprotocol).

Documents are linted on open and save at once, and after edits once typing pauses (debounced).
Each document uses the configuration found upward from its own path, as the command line does;
rule packs and the configuration are reloaded when one of their files changes. Linting runs in one
worker thread, so the server keeps answering while a long article is linted; every message to the
client is sent from the event loop. A document that cannot be read, a broken rule pack or a rule
that raises is reported to the client and never stops the server.
"""

from __future__ import annotations

import asyncio
import logging
import os
import traceback
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factlint import __version__
from factlint.checks import RuleDefinition
from factlint.config import Config, find_config_file, load_config_file
from factlint.diagnostic import Diagnostic
from factlint.document import Document
from factlint.engine import Linter
from factlint.errors import FactlintError
from factlint.lsp import edits
from factlint.lsp.convert import SOURCE, explain, lsp_position, overlaps, quick_fix, to_lsp
from factlint.knowledge import default_pack

log = logging.getLogger("factlint")

DEBOUNCE_SECONDS = 0.3
# languageId -> the suffix that picks factlint's prose extractor, for documents whose path has none
# (an unsaved buffer, a file named without its suffix).
LANGUAGE_SUFFIX = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
KNOWN_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class Published:
    """What the server last published for one document: kept to answer code actions and hover."""

    version: int | None
    document: Document | None = None
    findings: list[tuple[Diagnostic, types.Diagnostic]] = field(default_factory=list)
    rules: dict[str, RuleDefinition] = field(default_factory=dict)


class Settings:
    """Configurations and rule sets per folder, reloaded when a file they were read from changes."""

    def __init__(self) -> None:
        self._fingerprints: dict[tuple[Path | None, bool, tuple[Path, ...]], tuple[object, ...]] = {}

    def config_for(self, path: Path) -> Config:
        """The configuration found upward from ``path`` (read afresh: it is small and may have changed)."""
        config_file = find_config_file(path.parent)
        return load_config_file(config_file) if config_file else Config(root=path.parent)

    def linter_for(self, config: Config) -> Linter:
        """The compiled rules for ``config``, compiled again when a rule file of its packs changed."""
        packs = ([default_pack()] if config.default_rules else []) + list(config.rule_dirs)
        key = (config.source, config.default_rules, tuple(config.rule_dirs))
        fingerprint = _fingerprint(packs)
        if self._fingerprints.get(key) not in (None, fingerprint):
            _forget_compiled_rules()
        self._fingerprints[key] = fingerprint
        return Linter.for_config(config)


def _fingerprint(packs: Iterable[Path]) -> tuple[object, ...]:
    """Names, sizes and modification times of every YAML file of the packs: changes when one does."""
    stamp: list[object] = []
    for pack in packs:
        for root, dirs, files in os.walk(pack):
            dirs.sort()
            for name in sorted(files):
                if name.endswith((".yaml", ".yml")):
                    try:
                        info = os.stat(os.path.join(root, name))
                    except OSError:
                        continue
                    stamp.append((root, name, info.st_size, info.st_mtime_ns))
    return tuple(stamp)


def _forget_compiled_rules() -> None:
    from factlint import engine

    engine._linter_for.cache_clear()
    engine._linter_for_settings.cache_clear()


class FactlintServer(LanguageServer):
    """pygls server with the documents' last findings and a one-thread pool for linting."""

    def __init__(self, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("factlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.debounce = debounce
        self.settings = Settings()
        self.published: dict[str, Published] = {}
        self.languages: dict[str, str] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.linting = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factlint-lint")
        self.reported: set[str] = set()  # problems already shown to the user in a message box

    # --- linting -----------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint of it still waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None and not waiting.done():
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            text_document = self.workspace.get_text_document(uri)
            source, version = text_document.source, text_document.version
        except Exception as error:  # the document was closed meanwhile, or its URI is not one pygls reads
            self._log(types.MessageType.Warning, f"{uri}: cannot read the document: {error}")
            return
        path = self._path_for(uri)
        outcome = await asyncio.get_running_loop().run_in_executor(self.linting, lint_source, self.settings, source, path)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # closed, or edited while being linted: a newer lint is scheduled
        self._publish(uri, version, outcome)

    def _path_for(self, uri: str) -> Path:
        """The file the document is, for its configuration and its prose extractor."""
        fs_path = to_fs_path(uri) if uri.startswith("file:") else None
        path = Path(fs_path) if fs_path else Path.cwd() / (uri.rsplit("/", 1)[-1] or "untitled")
        if path.suffix.lower() not in KNOWN_SUFFIXES:
            suffix = LANGUAGE_SUFFIX.get(self.languages.get(uri, ""), "")
            if suffix:
                path = path.with_name(path.name + suffix)
        return path

    def _publish(self, uri: str, version: int | None, outcome: "Outcome") -> None:
        for level, message in outcome.messages:
            self._log(level, message)
        for problem in outcome.problems:
            if problem not in self.reported:  # one message box per distinct problem, not one per keystroke
                self.reported.add(problem)
                self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"factlint: {problem}"))
        encode = self.workspace.position_codec.client_num_units
        findings: list[tuple[Diagnostic, types.Diagnostic]] = []
        if outcome.document is not None:
            for diagnostic in outcome.diagnostics:
                findings.append((diagnostic, to_lsp(diagnostic, outcome.document, uri, outcome.rules.get(diagnostic.rule), encode)))
        shown = [lsp for _, lsp in findings]
        shown += [
            types.Diagnostic(
                range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                message=f"factlint could not lint this document: {problem}",
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
            for problem in outcome.problems
        ]
        self.published[uri] = Published(version, outcome.document, findings, outcome.rules)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=shown))

    def _log(self, level: types.MessageType, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=level, message=f"factlint: {message}"))

    def forget(self, uri: str) -> None:
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.published.pop(uri, None)
        self.languages.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def relint_open_documents(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    # --- answers -------------------------------------------------------------------------------

    def findings_in(self, uri: str, wanted: types.Range) -> list[tuple[Diagnostic, types.Diagnostic]]:
        """The published findings overlapping ``wanted``; none while they are older than the text
        (edited since: their offsets would no longer fit; the next lint publishes new ones)."""
        published = self.published.get(uri)
        current = self.workspace.text_documents.get(uri)
        if published is None or current is None or current.version != published.version:
            return []
        return [(d, lsp) for d, lsp in published.findings if overlaps(lsp.range, wanted)]


@dataclass
class Outcome:
    """One lint of one document: its findings, or the problems that stopped it."""

    document: Document | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    rules: dict[str, RuleDefinition] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    messages: list[tuple[types.MessageType, str]] = field(default_factory=list)


class _Collect(logging.Handler):
    """Holds factlint's warnings (a rule past its time limit) while a document is linted in the worker
    thread; the event loop forwards them to the client afterwards."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())


def lint_source(settings: Settings, source: str, path: Path) -> Outcome:
    """Lint the editor's text of ``path`` rule by rule, so that a rule that raises costs only its own
    findings. Runs in the worker thread; never raises."""
    outcome = Outcome()
    collect = _Collect()
    log.addHandler(collect)
    try:
        config = settings.config_for(path)
        linter = settings.linter_for(config)
        name = str(path)
        document = linter.document(source, name, config.article_date)
        rules = linter.rules_for(config.select, config.ignored_for(name))
        outcome.rules = {rule.definition.id: rule.definition for rule in linter.rules}
        for rule in rules:
            try:
                outcome.diagnostics.extend(linter.lint_document(document, [rule]))
            except Exception as error:
                outcome.messages.append((types.MessageType.Error, f"rule {rule.definition.id} failed on {name}: {type(error).__name__}: {error}\n{traceback.format_exc()}"))
                outcome.problems.append(f"rule {rule.definition.id} failed ({type(error).__name__}: {error}); the other rules ran")
        outcome.diagnostics.sort()
        outcome.document = document
    except FactlintError as error:  # a broken configuration or rule pack: the user can fix it
        outcome.problems.append(str(error))
    except Exception as error:
        outcome.messages.append((types.MessageType.Error, f"{path}: {type(error).__name__}: {error}\n{traceback.format_exc()}"))
        outcome.problems.append(f"internal error ({type(error).__name__}: {error}); please report it")
    finally:
        log.removeHandler(collect)
    outcome.messages += [(types.MessageType.Warning, message) for message in collect.records]
    return outcome


# --- the server --------------------------------------------------------------------------------


def build_server(debounce: float = DEBOUNCE_SECONDS) -> FactlintServer:
    server = FactlintServer(debounce)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: FactlintServer, params: types.InitializedParams) -> None:
        watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watch and watch.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in ("**/*.yaml", "**/*.yml", "**/.factlint.toml", "**/pyproject.toml")]
            registration = types.Registration(
                id="factlint-rule-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
            except Exception as error:  # a client that refuses: files are still re-read at the next lint
                ls._log(types.MessageType.Info, f"could not watch rule files: {error}")

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.languages[params.text_document.uri] = params.text_document.language_id
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: FactlintServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.endswith((".yaml", ".yml", ".factlint.toml", "pyproject.toml")):
            ls.relint_open_documents()  # a rule or the configuration was edited in the editor itself
        else:
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactlintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files_changed(ls: FactlintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.relint_open_documents()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: FactlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        published = ls.published.get(uri)
        if published is None or published.document is None:
            return []
        encode = ls.workspace.position_codec.client_num_units
        actions: list[types.CodeAction] = []
        for diagnostic, lsp in ls.findings_in(uri, params.range):
            for edit in edits.fixes_for(diagnostic, published.document):
                actions.append(quick_fix(uri, edit, lsp, published.document, encode))
        for diagnostic, lsp in ls.findings_in(uri, params.range):
            actions.append(quick_fix(uri, edits.disable_line(diagnostic, published.document), lsp, published.document, encode))
        return actions

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactlintServer, params: types.HoverParams) -> types.Hover | None:
        here = types.Range(params.position, params.position)
        parts = []
        published = ls.published.get(params.text_document.uri)
        for diagnostic, lsp in ls.findings_in(params.text_document.uri, here):
            rule = published.rules.get(diagnostic.rule) if published else None
            text = f"{diagnostic.message}"
            if diagnostic.suggestion is not None:
                text += f"\n\nSuggestion: `{diagnostic.suggestion}`"
            if rule is not None:
                text += "\n\n" + explain(rule)
            parts.append(text)
        if not parts:
            return None
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)))

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FactlintServer, params: None) -> None:
        for task in ls.pending.values():
            task.cancel()
        ls.linting.shutdown(wait=False, cancel_futures=True)

    return server


__all__: Sequence[str] = ["build_server", "lint_source", "to_lsp", "lsp_position", "FactlintServer", "from_fs_path"]
