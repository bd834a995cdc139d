"""pytest plugin: fixture articles as tests, opt-in with ``--factlint`` (like pytest-ruff).

    pytest --factlint fixtures/            # each article is a test item
    pytest --factlint --factlint-update    # write or rewrite the NAME.expected sidecars
    pytest --factlint --factlint-fix       # apply the safe fixes to the articles first

An article (``.txt``, ``.md``, ``.markdown``, ``.html``, ``.htm``) passes when factlint's findings
equal its sidecar ``NAME.expected``, or, without a sidecar, when there are none. A failure shows a
diff of the findings and nothing of pytest's internals. With ``--factlint-fix`` each article first gets
its safe fixes in place (atomically, as ``factlint --fix``; the summary lists the articles
changed), and what remains is compared with the sidecar. Settings in ``[tool.pytest.ini_options]``:

    factlint_rules = ["house-rules"]      # extra rule packs, relative to the ini file

Without ``--factlint`` the plugin adds its options and collects nothing; rules are loaded only
when an article is linted. (Loading the plugin imports the ``factlint`` package, about 90 ms.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factlint.snapshot import Comparison

# The same as factlint.inputs.ARTICLE_SUFFIXES (a test keeps them equal).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factlint", "fact-check linting of fixture articles")
    group.addoption(
        "--factlint",
        action="store_true",
        default=False,
        help="Collect article files (.txt, .md, .markdown, .html) and check factlint's findings against NAME.expected.",
    )
    group.addoption(
        "--factlint-fix",
        action="store_true",
        default=False,
        help="With --factlint: apply the safe fixes to each article in place (as factlint --fix does), "
        "then check the findings that remain.",
    )
    group.addoption(
        "--factlint-update",
        action="store_true",
        default=False,
        help="With --factlint: write or rewrite the NAME.expected sidecars from the current findings.",
    )
    parser.addini("factlint_rules", type="paths", default=[], help="factlint: extra rule pack folders for fixture articles.")


_WRITTEN = pytest.StashKey[list[str]]()
_FIXED = pytest.StashKey[list[str]]()


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("factlint") or config.getoption("factlint_update") or config.getoption("factlint_fix"))


def pytest_configure(config: pytest.Config) -> None:
    if _enabled(config):
        config.addinivalue_line("markers", "factlint: a fixture article checked by factlint")


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    written = config.stash.get(_WRITTEN, [])
    if config.getoption("factlint_update"):
        terminalreporter.write_sep("-", f"factlint: {len(written)} sidecar(s) written")
        for name in written:
            terminalreporter.write_line(f"  {name}")
    if config.getoption("factlint_fix"):
        fixed = config.stash.get(_FIXED, [])
        terminalreporter.write_sep("-", f"factlint: {len(fixed)} article(s) fixed")
        for line in fixed:
            terminalreporter.write_line(f"  {line}")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if _enabled(parent.config) and file_path.suffix.lower() in ARTICLE_SUFFIXES:
        return ArticleFile.from_parent(parent, path=file_path)
    return None


class ArticleFile(pytest.File):
    """An article file: one test item."""

    def collect(self) -> Iterator[pytest.Item]:
        yield ArticleItem.from_parent(self, name=self.path.name)


class FindingsDiffer(Exception):
    """The findings do not equal the sidecar."""


class ArticleItem(pytest.Item):
    """factlint's findings for one article, compared with its sidecar."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("factlint")

    def runtest(self) -> None:
        from factlint.errors import FactlintError
        from factlint.snapshot import compare, update

        rule_dirs = tuple(Path(p) for p in self.config.getini("factlint_rules"))
        if self.config.getoption("factlint_fix"):
            self._fix(rule_dirs)
        try:
            comparison: Comparison = compare(self.path, extra_rule_dirs=rule_dirs)
        except FactlintError as error:
            raise FindingsDiffer(f"{self._name()}: factlint could not lint it: {error}") from None
        if self.config.getoption("factlint_update"):
            if update(comparison):
                self.config.stash.setdefault(_WRITTEN, []).append(self._name())
            return
        if not comparison.matches:
            raise FindingsDiffer(comparison.explain(self._name()))

    def _fix(self, rule_dirs: tuple[Path, ...]) -> None:
        from factlint.errors import FactlintError
        from factlint.fixes import FixError, fix_file

        try:
            fixed = fix_file(self.path, extra_rule_dirs=rule_dirs)
        except (FactlintError, FixError) as error:
            raise FindingsDiffer(f"{self._name()}: factlint could not fix it: {error}") from None
        if fixed.changed:
            count = len(fixed.applied)
            self.config.stash.setdefault(_FIXED, []).append(f"{self._name()}: {count} fix{'es' if count != 1 else ''}")

    def _name(self) -> str:
        try:
            return self.path.relative_to(self.config.rootpath).as_posix()
        except ValueError:
            return str(self.path)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, FindingsDiffer):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"factlint: {self.path.name}"
