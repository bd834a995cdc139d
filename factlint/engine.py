"""The one way through: text -> Document -> checks -> diagnostics -> filters.

The CLI, the pytest plugin and the pre-commit hook all call ``lint_text`` / ``lint_paths``.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from factlint.checks import Check, Finding, RuleDefinition
from factlint.config import Config, config_for
from factlint.diagnostic import Diagnostic, Related, Severity, one_line
from factlint.document import Document
from factlint.errors import FactlintError
from factlint.fixability import can_apply, markup_kind
from factlint.formats import extract_prose
from factlint.inputs import ARTICLE_SUFFIXES, STDIN, Article, Exclusions, InputError, discover, read_article
from factlint import logs, rulecache
from factlint.knowledge import DATA_FOLDER, Knowledge, default_pack
from factlint.patterns import PatternTimeout
from factlint.rules_loader import load_rules, rule_files, yaml_files
from factlint.selection import is_selected
from factlint.suppression import suppress

WorkItem = tuple[str, str, Config]  # (path as reported, text, the file's configuration)
# Lints a run's work, yielding each item's (diagnostics, error or None) in the order given.
Runner = Callable[[Sequence[WorkItem]], Iterable[tuple[list[Diagnostic], str | None]]]


@dataclass
class LintResult:
    """Diagnostics of a run, sorted by path, line and column, and the problems met on the way."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    sources: dict[str, str] = field(default_factory=dict)
    fail_on: dict[str, Severity] = field(default_factory=dict)  # path -> threshold of the config that linted it
    rules: dict[str, RuleDefinition] = field(default_factory=dict)  # id -> definition of every rule that ran
    configs: dict[str, Config] = field(default_factory=dict)  # path -> the configuration that linted it
    stdin_path: str | None = None  # the path standing for standard input, when it was linted

    def failed(self, threshold: Severity | None = None) -> bool:
        """Whether a finding reaches ``threshold``, or, without one, the ``fail-on`` of its own file's
        configuration (found upward from the file, so the answer does not depend on the working folder)."""
        return any(d.severity >= (threshold or self.fail_on.get(d.path, Severity.WARNING)) for d in self.diagnostics)


class Linter:
    """A compiled rule set; build once, lint many documents."""

    def __init__(self, rules: Sequence[Check], knowledge: Knowledge) -> None:
        self.rules = list(rules)
        self.knowledge = knowledge
        self._selected: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Check]] = {}
        self._ids: frozenset[str] | None = None

    @classmethod
    def for_packs(cls, packs: Sequence[Path]) -> "Linter":
        return _linter_for(tuple(p.resolve() for p in packs))

    @classmethod
    def for_config(cls, config: Config) -> "Linter":
        # Called for every file: looked up by the settings that decide the packs, without touching the disk.
        rule_dirs = tuple(p if p.is_absolute() else Path.cwd() / p for p in config.rule_dirs)
        return _linter_for_settings(config.default_rules, rule_dirs)

    def rules_for(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Check]:
        key = (tuple(select), tuple(ignore))
        if key not in self._selected:  # the same selection for every file of a run: work it out once
            self._selected[key] = [rule for rule in self.rules if is_selected(rule.definition.id, *key)]
        return list(self._selected[key])

    def document(self, source: str, path: str = STDIN, article_date: date | None = None) -> Document:
        prose, meta = extract_prose(source, path)
        when = article_date or meta.get("date")
        return Document(prose, path, source=source, article_date=when, knowledge=self.knowledge)

    @property
    def rule_ids(self) -> frozenset[str]:
        """The id of every rule loaded (selected or not)."""
        if self._ids is None:
            self._ids = frozenset(rule.definition.id for rule in self.rules)
        return self._ids

    def lint_document(
        self, document: Document, rules: Iterable[Check] | None = None, *, report_unused_suppressions: bool = False
    ) -> list[Diagnostic]:
        """Run the rules over one document; suppression comments applied, output sorted. A comment
        naming an unknown rule is a warning; with ``report_unused_suppressions`` so is one that
        suppressed nothing."""
        diagnostics: list[Diagnostic] = []
        rules = self.rules if rules is None else list(rules)
        for rule in rules:
            try:
                for finding in rule.run(document):
                    diagnostics.append(_diagnostic(document, rule, finding))
            except TimeoutError as error:
                # A user pattern (factlint.patterns) says where it was written; a built-in one does not.
                origin = f" {error.origin}" if isinstance(error, PatternTimeout) else ""
                logs.warning(
                    "%s: rule %s gave up: its pattern%s ran past the time limit (catastrophic backtracking?); "
                    "the rest of the file was linted without it",
                    document.path,
                    rule.definition.id,
                    origin,
                )
        ran = {rule.definition.id for rule in rules} if report_unused_suppressions else None
        outcome = suppress(document, diagnostics, self.rule_ids, ran)
        for problem in outcome.problems + outcome.unused:
            logs.warning("%s", problem)
        return sorted(set(outcome.kept))


@cache
def _linter_for_settings(default_rules: bool, rule_dirs: tuple[Path, ...]) -> Linter:
    return Linter.for_packs(([default_pack()] if default_rules else []) + list(rule_dirs))


@cache
def _linter_for(packs: tuple[Path, ...]) -> Linter:
    kept = rulecache.load(packs, _pack_files)  # the rule set an earlier run compiled, when nothing changed
    if isinstance(kept, Linter):
        return kept
    with rulecache.recording() as read:
        knowledge = Knowledge(packs)  # one per rule set: the rules and the documents' layers read the same data
        linter = Linter(load_rules(packs, knowledge), knowledge)
    rulecache.save(packs, _pack_files, linter, read)
    return linter


def _pack_files(pack: Path) -> list[str]:
    """The rule and data files of a pack: a file added or removed makes a saved rule set stale."""
    return [str(path) for path in rule_files(pack)] + sorted(str(path) for path in yaml_files(pack / DATA_FOLDER))


def _diagnostic(document: Document, rule: Check, finding: Finding) -> Diagnostic:
    line, column = document.position(finding.start)
    end_line, end_column = document.position(max(finding.end, finding.start))
    fields = {"match": document.text[finding.start:finding.end], **finding.fields}
    fields.setdefault("suggestion", finding.suggestion or "")
    # U+200B stands for invisible inline markup in Markdown and HTML prose (factlint.prose): not text.
    fields = {key: value.replace("\u200b", "") if isinstance(value, str) else value for key, value in fields.items()}
    return Diagnostic(
        path=document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        rule=rule.definition.id,
        severity=rule.definition.severity,
        message=one_line(rule.definition.message.format_map(fields)),  # never a line break in a message
        suggestion=finding.suggestion,
        offset=finding.start,
        end_offset=finding.end,
        fix=_fix_safety(document, rule, finding),
        related=tuple(_related(document, start, end, note) for start, end, note in finding.evidence),
    )


def _fix_safety(document: Document, rule: Check, finding: Finding) -> str | None:
    """The rule's ``fix:`` when its suggestion can be applied here: not when the span crosses markup."""
    if rule.definition.fix is None or finding.suggestion is None or not finding.fixable:
        return None
    kind = markup_kind(document.path)
    return rule.definition.fix if can_apply(document.source, document.text, finding.start, finding.end, finding.suggestion, kind) else None


def _related(document: Document, start: int, end: int, note: str) -> Related:
    line, column = document.position(start)
    end_line, end_column = document.position(max(end, start))
    return Related(line, column, end_line, end_column, one_line(note), start, end)


def lint_text(text: str, *, path: str | None = None, config: Config | None = None) -> list[Diagnostic]:
    """Lint one article given as text; the diagnostics come back sorted by line and column.

    ``path`` names the article in diagnostics and picks the prose extractor by its suffix
    (``.md``/``.markdown``: Markdown, ``.html``/``.htm``: HTML, anything else: plain text); no
    file is read. ``config`` defaults to the built-in settings (all default rules, no
    configuration file is looked up); its ``article_date`` overrides a front-matter date.

        >>> from factlint import lint_text
        >>> [d.plain() for d in lint_text("Talks resume next a week.", path="wire.txt")]
        ['wire.txt:1:14: grammar/translation-slip [warning] "next a week" reads as a translation slip; write "next week"']
    """
    config = config or Config()
    name = path or "<text>"
    linter = Linter.for_config(config)
    config.check_selectors(linter.rule_ids)  # a mistyped id must not switch checking off in silence
    document = linter.document(text, name, config.article_date)
    return linter.lint_document(document, linter.rules_for(config.select, config.ignored_for(name)))


def lint_paths(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    config: Config | None = None,
    overrides: dict[str, object] | None = None,
    extra_rule_dirs: Sequence[Path] = (),
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    runner: Runner | None = None,
    stdin_filename: str | None = None,
    skip: Sequence[str | os.PathLike[str]] = (),
    exclude: bool = True,
) -> LintResult:
    """Lint files, folders (recursively, for .txt, .md, .markdown, .html and .htm) and ``-`` for
    standard input, as the ``factlint`` command does.

    ``stdin_filename`` names standard input: its suffix picks the format, its folder the
    configuration, and it is the path in the report. Walking a folder leaves out what the
    configuration's ``exclude`` and the ``.gitignore`` files name (``exclude=False``: nothing) and
    the files of ``skip`` (the report being written). Running nothing is not silent: a run with no
    article, or no rule, says so in ``result.warnings``.

    Without ``config`` each file uses the configuration found upward from it (``[tool.factlint]``);
    ``overrides`` (field names of Config) replace its settings and ``extra_rule_dirs`` add rule
    packs. Files that cannot be read do not stop the run: they are listed in ``result.errors``.
    ``jobs`` is the number of worker processes (``None``: one for a few files, every core for
    many); the output is the same whatever it is. ``progress(done, total)`` is called after each file.
    ``runner`` lints the work elsewhere (``factlint.dask.DaskRunner``) instead of local processes.

        >>> from factlint import lint_paths
        >>> result = lint_paths(["articles/", "extra/story.md"])  # doctest: +SKIP
        >>> for diagnostic in result.diagnostics:  # doctest: +SKIP
        ...     print(diagnostic.plain())
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    result = LintResult()
    work: list[WorkItem] = []
    checked: set[tuple[object, ...]] = set()
    paths = [os.fspath(p) for p in paths]
    excluded = Exclusions(lambda folder: config or config_for(folder)) if exclude else None
    no_rules: set[str] = set()
    for item in discover(paths, excluded, [os.fspath(p) for p in skip]):
        if isinstance(item, InputError):
            result.errors.append(str(item))
            continue
        # Keyed by folder, so the upward search for a configuration file runs once per folder, not per file.
        # Absolute: config_for is cached by folder, and the working folder may change between runs in one process.
        home = Path(os.path.abspath(os.path.dirname(stdin_filename or ".") if item == STDIN else os.path.dirname(item) or "."))
        file_config = (config or config_for(home)).override(**(overrides or {}))
        if extra_rule_dirs:
            file_config = file_config.override(rule_dirs=file_config.rule_dirs + tuple(extra_rule_dirs))
        try:
            article = read_article(item)
        except InputError as error:
            result.errors.append(str(error))
            continue
        if item == STDIN and stdin_filename:
            article = Article(stdin_filename, article.text, article.warning)
        if article.warning:  # damaged input (invalid UTF-8): linted all the same, but the run exits 2
            result.errors.append(article.warning)
        linter = Linter.for_config(file_config)  # compile (and report rule errors) here, once, before any worker starts
        selection = (id(linter), file_config.select, file_config.ignore, file_config.per_file_ignores, file_config.source)
        if selection not in checked:  # every id the user wrote names a loaded rule or category
            given = {key: f"--{key}" for key in ("select", "ignore") if (overrides or {}).get(key) is not None}
            file_config.check_selectors(linter.rule_ids, given if config is None else {})
            checked.add(selection)
        rules = linter.rules_for(file_config.select, file_config.ignored_for(article.path))
        if not rules:
            no_rules.add("the rule packs loaded hold no rule" if not linter.rules else "select and ignore leave no rule to run")
        result.rules.update((rule.definition.id, rule.definition) for rule in rules)
        result.fail_on[article.path] = file_config.fail_on
        result.configs[article.path] = file_config
        if item == STDIN:
            result.stdin_path = article.path
        work.append((article.path, article.text, file_config))
        result.sources[article.path] = article.text
    _start_collecting()
    outcomes = runner(work) if runner is not None else _lint_all(work, default_jobs(len(work)) if jobs is None else jobs)
    for done, (diagnostics, error) in enumerate(outcomes, 1):
        result.diagnostics.extend(diagnostics)
        if error is not None:
            result.errors.append(error)
        if progress is not None:
            progress(done, len(work))
    result.files = len(work)
    result.diagnostics.sort()
    if not work and not result.errors:
        result.warnings.append(
            f"nothing to lint: no article ({', '.join(ARTICLE_SUFFIXES)}) in {', '.join(paths) or 'the paths given'}"
            + (" that is not excluded (exclude, .gitignore)" if excluded is not None else "")
        )
    result.warnings.extend(f"no rule ran: {reason}" for reason in sorted(no_rules))
    return result


# Set by the command line, which turns the cyclic garbage collector off while it starts: loading
# the rule set makes no cyclic garbage, and collections then only rescan what was built.
_collection_deferred = False


def defer_collection() -> None:
    """Turn the garbage collector off until ``lint_paths`` has compiled the rules (the CLI's start)."""
    global _collection_deferred
    if gc.isenabled():
        gc.disable()
        _collection_deferred = True


def _start_collecting() -> None:
    """After a deferred start: what start-up built lives as long as the process, so it is moved
    out of the collector's sight (``gc.freeze``) and collection resumes for the documents."""
    global _collection_deferred
    if _collection_deferred:
        _collection_deferred = False
        gc.freeze()
        gc.enable()


# Below this many files one process is quicker: starting the pool (~20 ms) costs more than
# linting a few articles (about 1 ms each) in parallel saves.
PARALLEL_MIN_FILES = 16


def default_jobs(files: int) -> int:
    """One process for a single file or a few, every usable core for many."""
    if files < PARALLEL_MIN_FILES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, files))


def lint_item(work: WorkItem) -> tuple[list[Diagnostic], str | None]:
    """The file's diagnostics, or none and an error line when a rule kind or layer has a bug: one
    bad article must not end a pipeline's run over 10,000 (``FACTLINT_DEBUG=1`` re-raises)."""
    path, text, file_config = work
    linter = Linter.for_config(file_config)  # cached per process: rules compile once per worker
    # The cyclic garbage collector rescans every live object as a big article's layers grow: on a
    # 4 MB article it took 30% of the time, and more the larger the article (superlinear). Linting
    # one document creates little cyclic garbage, so collection waits until the document is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        document = linter.document(text, path, file_config.article_date)
        rules = linter.rules_for(file_config.select, file_config.ignored_for(path))
        return linter.lint_document(document, rules, report_unused_suppressions=file_config.report_unused_suppressions), None
    except FactlintError:
        raise  # a broken rule pack or knowledge file: the run stops with its one-line message
    except Exception as error:
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        return [], (
            f"{path}: internal error while linting ({type(error).__name__}: {error}); "
            "the file was skipped; please report this (FACTLINT_DEBUG=1 shows the traceback)"
        )
    finally:
        if collecting:
            gc.enable()


def _lint_all(work: list[WorkItem], jobs: int) -> Iterator[tuple[list[Diagnostic], str | None]]:
    """Diagnostics of each file in the order given, from ``jobs`` worker processes when above one."""
    if jobs <= 1 or len(work) <= 1:
        yield from map(lint_item, work)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # On Linux, fork: the workers inherit the rule sets the parent has just compiled.
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    chunk = max(1, min(32, len(work) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=context) as pool:
        yield from pool.map(lint_item, work, chunksize=chunk)
