"""The one exception type for problems a user can cause (bad rule file, unreadable input)."""


class FactlintError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits with code 2."""
