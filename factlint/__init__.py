"""factlint: a fact-check consistency linter for news copy."""

from importlib.metadata import PackageNotFoundError, version

from factlint.config import Config
from factlint.diagnostic import Diagnostic, Severity
from factlint.engine import Linter, LintResult, lint_paths, lint_text
from factlint.errors import FactlintError

try:
    __version__ = version("factlint")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["Config", "Diagnostic", "FactlintError", "LintResult", "Linter", "Severity", "__version__", "lint_paths", "lint_text"]
