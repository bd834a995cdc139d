"""The ``factlint`` command: a thin face over ``factlint.lint_paths``.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings; 2 usage, configuration or input error.

typer reads the command line. A command line of paths only (what the pre-commit hook runs) means
every option at the default ``command`` declares, so it is run without importing typer, which
would be a tenth of a one-article run (see ``main``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Optional

from factlint import __version__
from factlint.cli_output import echo, print_statistics, progress_bar, refuse_to_overwrite_input, setup_logging, summary, write
from factlint.config import Config, config_for, parse_date
from factlint.diagnostic import Severity
from factlint.engine import LintResult, Linter, lint_paths
from factlint.errors import FactlintError
from factlint.report import ReportContext, renderer
from factlint.selection import is_selected, split_selectors

if TYPE_CHECKING:
    from factlint.apply_fixes import FixOptions, FixOutcome
    import typer

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    sarif = "sarif"
    github = "github"
    html = "html"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _show_version(value: bool) -> None:
    if value:
        echo(f"factlint {__version__}")
        raise typer.Exit(EXIT_OK)


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
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS", help="Lint on a Dask cluster: a scheduler address (tcp://HOST:PORT) or 'local' (needs factlint[dask]).", show_default=False)] = None,
    dask_send_text: Annotated[bool, typer.Option("--dask-send-text", help="With --dask, send the articles' text to the workers instead of their paths.")] = False,
    # fixes (issue 17)
    fix: Annotated[bool, typer.Option("--fix", help="Apply the safe fixes in place, then report what remains; with -, write the fixed text to stdout.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff of the fixes instead of the report; change no file.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff: apply the unsafe fixes too.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version and exit.")] = False,
    # --- inputs, chatter and suppressions (issue 16) ---
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", metavar="PATH", help="Name standard input: its format, configuration and path in the report.")] = None,
    no_exclude: Annotated[bool, typer.Option("--no-exclude", help="Lint every article under the folders given: ignore exclude and .gitignore.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no closing summary (findings, warnings and errors still print).")] = False,
    report_unused_suppressions: Annotated[bool, typer.Option("--report-unused-suppressions", help="Warn about suppression comments that suppressed nothing.")] = False,
) -> int:
    """Lint news articles for facts that contradict themselves.

    `factlint lsp` starts the language server for editors (needs the lsp extra).
    """
    try:
        extras = _Extras(stdin_filename, no_exclude, quiet, report_unused_suppressions)
        code = _lint(paths or [], output_format, select, ignore, rules, no_default_rules, fail_on, exit_zero, statistics,
                     list_rules, explain, article_date, output, color, jobs, dask, dask_send_text,
                     fixing=_fix_options(fix, diff, unsafe_fixes), extras=extras)
    except KeyboardInterrupt:  # click would print "Aborted!" and exit 1, which reads as "findings"
        echo("factlint: interrupted", err=True)
        code = EXIT_INTERRUPTED
    return code


@cache
def typer_app() -> "typer.Typer":
    """The typer application of ``command`` (typer is imported here, on the first command line with options)."""
    global typer  # the options' annotations name typer.Option: typer reads them in this module's globals
    import typer

    app = typer.Typer(add_completion=False, no_args_is_help=False, rich_markup_mode=None, pretty_exceptions_enable=False)
    app.command(context_settings={"help_option_names": ["-h", "--help"]})(command)
    return app


def only_paths(args: list[str]) -> bool:
    """True for a command line of paths only: no option, no ``-`` (typer reads every other)."""
    return bool(args) and not any(arg.startswith("-") for arg in args)


@dataclass(frozen=True)
class _Extras:
    """The options of issue 16, passed as one value to keep _lint's signature stable."""

    stdin_filename: str | None = None
    no_exclude: bool = False
    quiet: bool = False
    report_unused_suppressions: bool = False


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
    dask: str | None = None,
    dask_send_text: bool = False,
    fixing: "FixOptions | None" = None,
    *,
    extras: _Extras = _Extras(),
) -> int:
    setup_logging()
    try:
        when: date | None = parse_date(article_date, "--date") if article_date else None
        base = config_for(Path.cwd())
        overrides: dict[str, object] = {
            "select": tuple(split_selectors(select)) if select is not None else None,
            "ignore": tuple(split_selectors(ignore)) if ignore is not None else None,
            "default_rules": False if no_default_rules else None,
            "fail_on": Severity.parse(fail_on.value) if fail_on else None,
            "article_date": when,
            "report_unused_suppressions": extras.report_unused_suppressions or None,
        }
        extra_dirs = tuple(rules or ())
        if list_rules or explain:
            config = base.override(**overrides)
            linter = Linter.for_config(config.override(rule_dirs=config.rule_dirs + extra_dirs))
            config.check_selectors(linter.rule_ids, {"select": "--select", "ignore": "--ignore"} if select or ignore else None)
            return _list_rules(linter, config) if list_rules else _explain(linter, explain or "")
        if extras.stdin_filename is not None and not paths:
            paths = ["-"]
        if not paths:
            raise FactlintError("give at least one article, folder or - for standard input (see --help)")
        if extras.stdin_filename is not None and "-" not in paths:
            raise FactlintError("--stdin-filename names standard input: give - among the paths, or no path")
        if output is not None:
            refuse_to_overwrite_input(output, paths)
        runner = _dask_runner(dask, dask_send_text, jobs)
        with progress_bar(enabled=not extras.quiet) as progress:
            result = lint_paths(
                paths, overrides=overrides, extra_rule_dirs=extra_dirs, jobs=jobs, progress=progress, runner=runner,
                stdin_filename=extras.stdin_filename, skip=[output] if output is not None else [], exclude=not extras.no_exclude,
            )
        for warning in result.warnings:
            echo(f"factlint: warning: {warning}", err=True)
        fixed = _apply_fixes(result, fixing) if fixing is not None and fixing.active else None
        if fixed is not None and not extras.quiet:
            echo(fixed.summary, err=True)
        for error in result.errors:
            echo(f"factlint: error: {error}", err=True)
        if fixed is not None and fixing is not None and fixing.diff:
            write(fixed.diff, output)
            return _exit_code(result, exit_zero, failed=fixed.failed_before)
        # The rules that ran, each file with its own configuration (found upward from it).
        definitions = list(result.rules.values())
        context = ReportContext(
            rules=definitions,
            sources=result.sources,
            color=(color if color is not None else sys.stdout.isatty()) and output is None and output_format is OutputFormat.text,
            version=__version__,
        )
        report = renderer(output_format.value)(result.diagnostics, context)
        if fixed is not None and fixed.stdin_text is not None:  # --fix -: the fixed text is the output
            sys.stdout.write(fixed.stdin_text)
            write(report, output, to_stderr=True)
        else:
            write(report, output)
        if statistics:  # always on standard error, whatever the format: the report stays parseable
            print_statistics(result.diagnostics)
        if not extras.quiet and sys.stderr.isatty():
            echo(summary(result), err=True)
    except FactlintError as error:
        echo(f"factlint: error: {error}", err=True)
        return EXIT_ERROR
    return _exit_code(result, exit_zero)


def _fix_options(fix: bool, diff: bool, unsafe: bool) -> "FixOptions | None":
    """What --fix/--diff ask for, or None without them (factlint.apply_fixes is imported only then)."""
    if not (fix or diff or unsafe):
        return None
    from factlint.apply_fixes import FixOptions

    return FixOptions(fix=fix, diff=diff, unsafe=unsafe)


def _apply_fixes(result: LintResult, fixing: "FixOptions") -> "FixOutcome":
    from factlint.apply_fixes import apply_fixes

    return apply_fixes(result, fixing)


def _exit_code(result: LintResult, exit_zero: bool, *, failed: bool | None = None) -> int:
    if result.errors:
        return EXIT_ERROR
    if (result.failed() if failed is None else failed) and not exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


def _dask_runner(address: str | None, send_text: bool, jobs: int | None) -> Any:
    """The Dask runner for ``--dask``, or None for local processes."""
    if address is None:
        if send_text:
            raise FactlintError("--dask-send-text needs --dask")
        return None
    if jobs is not None:
        raise FactlintError("--jobs and --dask cannot be combined: the cluster decides how many workers lint")
    from factlint.dask import DaskRunner  # dask is an extra: imported only when asked for

    return DaskRunner(address, send_text=send_text)


def _list_rules(linter: Linter, config: Config) -> int:
    for rule in linter.rules:
        d = rule.definition
        mark = "" if is_selected(d.id, config.select, config.ignore) else "  (not selected)"
        echo(f"{d.id:<36} {str(d.severity):<8} {d.summary}{mark}")
    return EXIT_OK


def _explain(linter: Linter, rule_id: str) -> int:
    from factlint.explain import explanation

    for rule in linter.rules:
        if rule.definition.id == rule_id:
            echo(explanation(rule))
            return EXIT_OK
    from factlint.selection import unknown_selector_message

    problem = unknown_selector_message(rule_id, linter.rule_ids)
    if problem is None:  # a category or ALL
        raise FactlintError(f"--explain takes a rule id, not the category {rule_id!r} (--list-rules shows the rules)")
    raise FactlintError(f"--explain: {problem.replace('unknown rule or category', 'no rule')}")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    # --- `factlint lsp`: the language server (issue 18), dispatched before typer reads options ---
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["lsp"]:
        from factlint.lsp import main as lsp_main  # pygls is imported only here

        return lsp_main(arguments[1:])
    # --- end of `factlint lsp` ---
    # A message quoting Cyrillic on a latin-1 terminal, or a file name that is not UTF-8 (held as
    # surrogates), must not end the run with UnicodeEncodeError: write such characters as \u escapes,
    # which keep JSON and SARIF valid.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = sys.argv[1:] if argv is None else list(argv)
    if args and args[0] in SUBCOMMANDS:  # `factlint check-rules PACK`: a command of its own, not an article
        from factlint.dotted import resolve

        return int(resolve(SUBCOMMANDS[args[0]])(args[1:]))
    with _interrupts_recorded() as interrupts:
        code = _run(args)
    if interrupts and code != EXIT_INTERRUPTED:  # a Ctrl-C that Python swallowed (raised in a finaliser)
        echo("factlint: interrupted", err=True)
        return EXIT_INTERRUPTED
    return code


def _run(args: list[str]) -> int:
    try:
        if only_paths(args):  # every option at its default: what typer would call, without importing it
            code = command(paths=args)
        else:  # Not standalone: click would print a usage error as three lines (Usage/Try/Error) and exit itself.
            code = typer_app()(args=args, prog_name="factlint", standalone_mode=False)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:
        if not _is_usage_error(error):
            raise
        echo(f"factlint: error: {usage_message(error)}", err=True)
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_OK


@contextmanager
def _interrupts_recorded() -> Iterator[list[int]]:
    """Ctrl-C raises KeyboardInterrupt as usual and is also recorded, so that one raised where
    Python swallows exceptions (a finaliser, a weak-reference callback) still ends the run as
    interrupted instead of with the exit code of a run that was never stopped."""
    import signal

    seen: list[int] = []

    def on_interrupt(signum: int, frame: object) -> None:
        seen.append(signum)
        raise KeyboardInterrupt

    previous = signal.getsignal(signal.SIGINT)
    installed = False
    if previous is not signal.SIG_IGN:  # started with Ctrl-C ignored (nohup, a background job): leave it so
        try:
            signal.signal(signal.SIGINT, on_interrupt)
            installed = True
        except ValueError:  # not the main thread: signals are not ours to handle
            pass
    try:
        yield seen
    finally:
        if installed:
            signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)


# Commands that are not an article to lint: name -> "module:function" taking the remaining arguments
# and returning the exit code.
SUBCOMMANDS: dict[str, str] = {
    "check-rules": "factlint.checkrules:main",
}


def _is_usage_error(error: Exception) -> bool:
    """click's UsageError (typer vendors click from 0.28 on, so the class is found by name)."""
    return any(cls.__name__ in ("UsageError", "ClickException") for cls in type(error).__mro__) and hasattr(error, "format_message")


def usage_message(error: Exception) -> str:
    """click's message on one line, with the pointer to --help."""
    message = " ".join(str(error.format_message()).split())  # type: ignore[attr-defined]
    return f"{message[:1].lower()}{message[1:]} (see factlint --help)"


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
