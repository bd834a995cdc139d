"""The ``factlint`` command: a thin face over ``factlint.lint_paths``.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage, configuration or input error.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from factlint import __version__
from factlint.config import Config, config_for, parse_date
from factlint.diagnostic import Diagnostic, Severity
from factlint.engine import Linter, lint_paths
from factlint.errors import FactlintError
from factlint.inputs import ARTICLE_SUFFIXES
from factlint.report import ReportContext, renderer
from factlint.selection import is_selected, split_selectors

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


app = typer.Typer(add_completion=False, no_args_is_help=False, rich_markup_mode=None, pretty_exceptions_enable=False)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"factlint {__version__}")
        raise typer.Exit(EXIT_OK)


@app.command(context_settings={"help_option_names": ["-h", "--help"]})
def command(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Articles or folders to lint; - reads standard input.", show_default=False)] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    select: Annotated[Optional[str], typer.Option(help="Only these rules or categories, comma-separated.")] = None,
    ignore: Annotated[Optional[str], typer.Option(help="Skip these rules or categories, comma-separated.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", help="An extra rule pack folder (repeatable).")] = None,
    no_default_rules: Annotated[bool, typer.Option("--no-default-rules", help="Do not load the built-in rule packs.")] = False,
    fail_on: Annotated[Optional[Level], typer.Option(help="Lowest severity that fails the run [default: warning].", show_default=False)] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Count findings per rule after the report.")] = False,
    list_rules: Annotated[bool, typer.Option("--list-rules", help="List the rules: id, severity, summary.")] = False,
    explain: Annotated[Optional[str], typer.Option("--explain", metavar="RULE_ID", help="Describe a rule, with examples.")] = None,
    article_date: Annotated[Optional[str], typer.Option("--date", metavar="YYYY-MM-DD", help="Publication date, for date rules.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Colour and source excerpts [default: when stdout is a terminal].", show_default=False)] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, metavar="N", help="Worker processes [default: every core for 16 files or more, else 1].", show_default=False)] = None,
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")] = False,
) -> int:
    """Lint news articles for facts that contradict themselves."""
    try:
        code = _lint(paths or [], output_format, select, ignore, rules, no_default_rules, fail_on, exit_zero, statistics,
                     list_rules, explain, article_date, output, color, jobs)
    except KeyboardInterrupt:  # click would print "Aborted!" and exit 1, which reads as "findings"
        typer.echo("factlint: interrupted", err=True)
        code = EXIT_INTERRUPTED
    raise typer.Exit(code)


def _lint(
    paths: list[str],
    output_format: OutputFormat,
    select: str | None,
    ignore: str | None,
    rules: list[Path] | None,
    no_default_rules: bool,
    fail_on: Level | None,
    exit_zero: bool,
    statistics: bool,
    list_rules: bool,
    explain: str | None,
    article_date: str | None,
    output: Path | None,
    color: bool | None,
    jobs: int | None = None,
) -> int:
    _setup_logging()
    try:
        when: date | None = parse_date(article_date, "--date") if article_date else None
        base = config_for(Path.cwd())
        overrides: dict[str, object] = {
            "select": tuple(split_selectors(select)) if select is not None else None,
            "ignore": tuple(split_selectors(ignore)) if ignore is not None else None,
            "default_rules": False if no_default_rules else None,
            "fail_on": Severity.parse(fail_on.value) if fail_on else None,
            "article_date": when,
        }
        extra_dirs = tuple(rules or ())
        if list_rules or explain:
            config = base.override(**overrides)
            linter = Linter.for_config(config.override(rule_dirs=config.rule_dirs + extra_dirs))
            return _list_rules(linter, config) if list_rules else _explain(linter, explain or "")
        if not paths:
            typer.echo("factlint: error: give at least one article, folder or - for standard input (see --help)", err=True)
            return EXIT_ERROR
        if output is not None:
            _refuse_to_overwrite_input(output, paths)
        with _progress_bar() as progress:
            result = lint_paths(paths, overrides=overrides, extra_rule_dirs=extra_dirs, jobs=jobs, progress=progress)
        for warning in result.warnings:
            typer.echo(f"factlint: warning: {warning}", err=True)
        for error in result.errors:
            typer.echo(f"factlint: error: {error}", err=True)
        # The rules that ran, each file with its own configuration (found upward from it).
        definitions = list(result.rules.values())
        context = ReportContext(
            rules=definitions,
            sources=result.sources,
            color=(color if color is not None else sys.stdout.isatty()) and output is None and output_format is OutputFormat.text,
            version=__version__,
        )
        report = renderer(output_format.value)(result.diagnostics, context)
        _write(report, output)
        if statistics:
            _print_statistics(result.diagnostics, to_stderr=output_format is not OutputFormat.text or output is not None)
    except FactlintError as error:
        typer.echo(f"factlint: error: {error}", err=True)
        return EXIT_ERROR
    if result.errors:
        return EXIT_ERROR
    if result.failed() and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


def _list_rules(linter: Linter, config: Config) -> int:
    for rule in linter.rules:
        d = rule.definition
        mark = "" if is_selected(d.id, config.select, config.ignore) else "  (not selected)"
        typer.echo(f"{d.id:<36} {str(d.severity):<8} {d.summary}{mark}")
    return EXIT_OK


def _explain(linter: Linter, rule_id: str) -> int:
    for rule in linter.rules:
        d = rule.definition
        if d.id == rule_id:
            lines = [f"{d.id} [{d.severity}] (kind: {d.kind})", "", d.description, "", "Examples that are flagged:"]
            lines += [f"  - {example.strip()}" for example in d.examples["bad"]]
            lines += ["", "Examples that are fine:"]
            lines += [f"  - {example.strip()}" for example in d.examples["good"]]
            typer.echo("\n".join(lines))
            return EXIT_OK
    raise FactlintError(f"no rule {rule_id!r}; --list-rules shows the rules")


def _refuse_to_overwrite_input(output: Path, paths: list[str]) -> None:
    """factlint never writes to what it lints: not a file given, nor an article inside a folder given."""
    target = output.resolve()
    for given in paths:
        if given == "-":
            continue
        source = Path(given).resolve()
        inside_folder = (
            source.is_dir() and target.is_relative_to(source) and target.suffix.lower() in ARTICLE_SUFFIXES and target.exists()
        )
        if source == target or inside_folder or (target.exists() and source.exists() and os.path.samefile(source, target)):
            raise FactlintError(f"--output {output} is one of the files to lint; refusing to overwrite it")


def _write(report: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(report)
        sys.stdout.flush()
        return
    try:
        output.write_text(report, encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        raise FactlintError(f"cannot write {output}: {error.strerror or error}") from None


def _print_statistics(diagnostics: list[Diagnostic], *, to_stderr: bool) -> None:
    counts = Counter((d.rule, d.severity) for d in diagnostics)
    lines = [f"{count:>6}  {rule} [{severity}]" for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))]
    lines.append(f"{len(diagnostics):>6}  total")
    typer.echo("\n".join(lines), err=to_stderr)


# Runs with at least this many files show a progress bar, when standard error is a terminal.
PROGRESS_MIN_FILES = 200


@contextmanager
def _progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback drawing a bar on a terminal's stderr, else None."""
    if not sys.stderr.isatty():
        yield None
        return
    bar: list[Any] = []

    def progress(done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        if not bar:
            from rich.progress import Progress  # only for long runs on a terminal

            bar.append(Progress(transient=True, console=_stderr_console()))
            bar[0].start()
            bar.append(bar[0].add_task("linting", total=total))
        bar[0].update(bar[1], completed=done)

    try:
        yield progress
    finally:
        if bar:
            bar[0].stop()


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"factlint: {record.levelname.lower()}: {record.getMessage()}", err=True)


def _setup_logging() -> None:
    logger = logging.getLogger("factlint")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        logger.addHandler(_StderrHandler())
        logger.propagate = False


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    # A message quoting Cyrillic on a latin-1 terminal, or a file name that is not UTF-8 (held as
    # surrogates), must not end the run with UnicodeEncodeError: write such characters as \u escapes,
    # which keep JSON and SARIF valid.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app(args=argv, prog_name="factlint")
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return EXIT_OK


def run() -> None:
    """Run the command line and exit (``factlint.__main__.run`` is the console script)."""
    _exit_without_teardown(main())


def _exit_without_teardown(code: int) -> None:
    """Flush the output, run the exit handlers (the caches write themselves there), and end the
    process without freeing every module and object one by one: that teardown took about a tenth
    of a one-article run, for nothing the user sees."""
    import atexit

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (factlint ... | head) or a closed stream
            pass
    atexit._run_exitfuncs()  # noqa: SLF001 - what interpreter shutdown would call first
    os._exit(code)
