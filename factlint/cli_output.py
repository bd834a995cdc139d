"""What the command line writes besides the report's text: the report to a file or a stream (never
over an article being linted), the closing summary, ``--statistics``, the progress bar and log lines."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factlint import logs
from factlint.diagnostic import Diagnostic
from factlint.errors import FactlintError
from factlint.inputs import ARTICLE_SUFFIXES

if TYPE_CHECKING:
    import logging


def echo(message: str, *, err: bool = False) -> None:
    """``typer.echo``: typer is imported by the first line a run writes besides its report."""
    import typer

    typer.echo(message, err=err)


def refuse_to_overwrite_input(output: Path, paths: list[str]) -> None:
    """factlint never writes to what it lints: not a file given, nor an article inside a folder given."""
    target = output.resolve()
    for given in paths:
        if given == "-":
            continue
        source = Path(given).resolve()
        # Inside a folder given, the report of an earlier run is left out of the walk (lint_paths'
        # skip) and written again; any other article there is refused, never overwritten.
        inside_folder = (
            source.is_dir() and target.is_relative_to(source) and target.suffix.lower() in ARTICLE_SUFFIXES
            and target.exists() and not looks_like_a_report(target)
        )
        if source == target or inside_folder or (target.exists() and source.exists() and os.path.samefile(source, target)):
            raise FactlintError(f"--output {output} is one of the files to lint; refusing to overwrite it")


_REPORT_LINE = r"(?:.+:\d+:\d+: \S+ \[(?:error|warning|info)\] .*|::(?:error|warning|notice) .*)"


def looks_like_a_report(path: Path) -> bool:
    """True for an empty file or one factlint wrote: JSON, SARIF, or every line a finding."""
    import re

    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if not text.strip():
        return True
    import json

    try:  # json, sarif
        json.loads(text)
        return True
    except ValueError:
        pass
    lines = [line for line in text.splitlines() if line.strip()]
    if all(line.startswith("{") for line in lines):  # jsonl
        try:
            return all(isinstance(json.loads(line), dict) for line in lines)
        except ValueError:
            return False
    return all(re.fullmatch(_REPORT_LINE, line) for line in lines)


def write(report: str, output: Path | None, *, to_stderr: bool = False) -> None:
    if output is None:
        stream = sys.stderr if to_stderr else sys.stdout
        stream.write(report)
        stream.flush()
        return
    try:
        output.write_text(report, encoding="utf-8", errors="backslashreplace")
    except OSError as error:
        raise FactlintError(f"cannot write {output}: {error.strerror or error}") from None


def summary(result: Any) -> str:
    """``3 findings in 2 of 5 files``: the closing line on a terminal."""
    files = len({d.path for d in result.diagnostics})
    noun = "finding" if len(result.diagnostics) == 1 else "findings"
    total = f"{result.files} file" + ("" if result.files == 1 else "s")
    summary = f"{len(result.diagnostics)} {noun} in {files} of {total}" if result.diagnostics else f"no findings in {total}"
    if result.errors:
        summary += f"; {len(result.errors)} error" + ("" if len(result.errors) == 1 else "s")
    return summary


def print_statistics(diagnostics: list[Diagnostic]) -> None:
    counts = Counter((d.rule, d.severity) for d in diagnostics)
    lines = [f"{count:>6}  {rule} [{severity}]" for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))]
    lines.append(f"{len(diagnostics):>6}  total")
    echo("\n".join(lines), err=True)


# Runs with at least this many files show a progress bar, when standard error is a terminal.
PROGRESS_MIN_FILES = 200


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback drawing a bar on a terminal's stderr, else None."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    bar: list[Any] = []

    def progress(done: int, total: int) -> None:
        if total < PROGRESS_MIN_FILES:
            return
        if not bar:
            from rich.progress import Progress  # only for long runs on a terminal

            bar.append(Progress(transient=True, console=stderr_console()))
            bar[0].start()
            bar.append(bar[0].add_task("linting", total=total))
        bar[0].update(bar[1], completed=done)

    try:
        yield progress
    finally:
        if bar:
            bar[0].stop()


def stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def setup_logging() -> None:
    """factlint's warnings on stderr, as ``factlint: warning: ...`` (logging is imported by the first one)."""
    logs.configure(_add_stderr_handler)


_stderr_handler: Any = None


def _add_stderr_handler(logger: "logging.Logger") -> None:
    global _stderr_handler
    if _stderr_handler is None:
        import logging

        class StderrHandler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                echo(f"factlint: {record.levelname.lower()}: {record.getMessage()}", err=True)

        _stderr_handler = StderrHandler()
    if _stderr_handler not in logger.handlers:
        logger.addHandler(_stderr_handler)
        logger.propagate = False
