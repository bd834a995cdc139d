"""The one exception type for problems a user can cause (bad rule file, unreadable input)."""

from __future__ import annotations

import os
from pathlib import Path


class FactlintError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits with code 2."""


class RuleSpecError(ValueError):
    """A kind-specific field of a rule is wrong; ``key`` names it so the loader can point at its line."""

    def __init__(self, key: str | None, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.key = key
        self.where = where  # "path:line" when the fault is in another file than the rule's (a data file)


def shown_path(path: Path | str) -> str:
    """``path`` as a message shows it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path) if Path(path).resolve().is_relative_to(Path.cwd().resolve()) else str(path)
    except (OSError, ValueError):
        return str(path)
