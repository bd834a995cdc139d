"""The one way through: text -> Document -> checks -> diagnostics -> filters.

The CLI, the pytest plugin and the pre-commit hook all call ``lint_text`` / ``lint_paths``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from factlint.checks import Check
from factlint.config import Config, config_for
from factlint.diagnostic import Diagnostic, Severity
from factlint.document import Document
from factlint.formats import extract_prose
from factlint.inputs import STDIN, InputError, discover, read_article
from factlint.knowledge import Knowledge
from factlint.rules_loader import default_pack, load_rules
from factlint.selection import is_selected
from factlint.suppression import apply_suppressions

log = logging.getLogger("factlint")


@dataclass
class LintResult:
    """Diagnostics of a run, sorted by path, line and column, and the problems met on the way."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    sources: dict[str, str] = field(default_factory=dict)

    def failed(self, threshold: Severity) -> bool:
        return any(d.severity >= threshold for d in self.diagnostics)


class Linter:
    """A compiled rule set; build once, lint many documents."""

    def __init__(self, rules: Sequence[Check], knowledge: Knowledge) -> None:
        self.rules = list(rules)
        self.knowledge = knowledge

    @classmethod
    def for_packs(cls, packs: Sequence[Path]) -> "Linter":
        return _linter_for(tuple(p.resolve() for p in packs))

    @classmethod
    def for_config(cls, config: Config) -> "Linter":
        packs = ([default_pack()] if config.default_rules else []) + list(config.rule_dirs)
        return cls.for_packs(packs)

    def rules_for(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Check]:
        select, ignore = list(select), list(ignore)
        return [rule for rule in self.rules if is_selected(rule.definition.id, select, ignore)]

    def document(self, source: str, path: str = STDIN, article_date: date | None = None) -> Document:
        prose, meta = extract_prose(source, path)
        when = article_date or meta.get("date")
        return Document(prose, path, source=source, article_date=when, knowledge=self.knowledge, meta=meta)

    def lint_document(self, document: Document, rules: Iterable[Check] | None = None) -> list[Diagnostic]:
        """Run the rules over one document; suppression comments applied, output sorted."""
        diagnostics: list[Diagnostic] = []
        for rule in self.rules if rules is None else rules:
            try:
                for finding in rule.run(document):
                    diagnostics.append(_diagnostic(document, rule, finding))
            except TimeoutError:
                log.warning(
                    "%s: rule %s gave up: its pattern ran past the time limit (catastrophic backtracking?); "
                    "the rest of the file was linted without it",
                    document.path,
                    rule.definition.id,
                )
        return sorted(set(apply_suppressions(document, diagnostics)))


@cache
def _linter_for(packs: tuple[Path, ...]) -> Linter:
    return Linter(load_rules(packs), Knowledge(packs))


def _diagnostic(document: Document, rule: Check, finding) -> Diagnostic:  # type: ignore[no-untyped-def]
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
        message=rule.definition.message.format_map(fields),
        suggestion=finding.suggestion,
        offset=finding.start,
        end_offset=finding.end,
    )


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
    document = linter.document(text, name, config.article_date)
    return linter.lint_document(document, linter.rules_for(config.select, config.ignored_for(name)))


def lint_paths(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    config: Config | None = None,
    overrides: dict[str, object] | None = None,
    extra_rule_dirs: Sequence[Path] = (),
) -> LintResult:
    """Lint files, folders (recursively, for .txt, .md, .markdown, .html and .htm) and ``-`` for
    standard input, as the ``factlint`` command does.

    Without ``config`` each file uses the configuration found upward from it (``[tool.factlint]``);
    ``overrides`` (field names of Config) replace its settings and ``extra_rule_dirs`` add rule
    packs. Files that cannot be read do not stop the run: they are listed in ``result.errors``.

        >>> from factlint import lint_paths
        >>> result = lint_paths(["articles/", "extra/story.md"])  # doctest: +SKIP
        >>> for diagnostic in result.diagnostics:  # doctest: +SKIP
        ...     print(diagnostic.plain())
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    result = LintResult()
    for item in discover([os.fspath(p) for p in paths]):
        if isinstance(item, InputError):
            result.errors.append(str(item))
            continue
        file_config = (config or config_for(Path.cwd() if item == STDIN else Path(item))).override(**(overrides or {}))
        if extra_rule_dirs:
            file_config = file_config.override(rule_dirs=file_config.rule_dirs + tuple(extra_rule_dirs))
        try:
            article = read_article(item)
        except InputError as error:
            result.errors.append(str(error))
            continue
        if article.warning:
            result.warnings.append(article.warning)
        linter = Linter.for_config(file_config)
        document = linter.document(article.text, article.path, file_config.article_date)
        rules = linter.rules_for(file_config.select, file_config.ignored_for(article.path))
        result.diagnostics.extend(linter.lint_document(document, rules))
        result.sources[article.path] = article.text
        result.files += 1
    result.diagnostics.sort()
    return result
