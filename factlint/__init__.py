"""factlint: a fact-check consistency linter for news copy."""

import gc as _gc

# Importing the package creates tens of thousands of objects and no cyclic garbage: the collector
# would only rescan them, a few percent of a one-article run. It is off while the modules load.
_collecting = _gc.isenabled()
_gc.disable()
try:
    from factlint.config import Config
    from factlint.diagnostic import Diagnostic, Severity
    from factlint.engine import Linter, LintResult, lint_paths, lint_text
    from factlint.errors import FactlintError
finally:
    if _collecting:
        _gc.enable()

# The one place the version is written (pyproject.toml reads it from here): reading it from the
# installed metadata with importlib.metadata would add ~25 ms to every run's start-up.
__version__ = "0.1.0"

__all__ = ["Config", "Diagnostic", "FactlintError", "LintResult", "Linter", "Severity", "__version__", "lint_paths", "lint_text"]
