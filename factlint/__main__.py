"""``python -m factlint``: the same command as the ``factlint`` script."""

from factlint.cli import run

if __name__ == "__main__":
    run()
