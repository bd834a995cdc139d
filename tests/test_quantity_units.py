"""The news unit registry: lazy pint, news definitions, and no cost for text without quantities."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap

import pytest

from factlint import units


def test_news_definitions() -> None:
    ureg = units.registry()
    assert ureg.Quantity(1, "oil_barrel").to("gallon").magnitude == pytest.approx(42)
    assert ureg.Quantity(1, "metric_ton").to("kilogram").magnitude == pytest.approx(1000)
    assert ureg.Quantity(100, "basis_point").to("percentage_point").magnitude == pytest.approx(1)
    assert ureg.Quantity(95, "cent_USD").to("USD").magnitude == pytest.approx(0.95)
    assert not ureg.Quantity(1, "percentage_point").is_compatible_with("percent")
    assert not ureg.Quantity(1, "USD").is_compatible_with("GBP")


def test_registry_is_built_once() -> None:
    assert units.registry() is units.registry()


def test_ambiguous_units_give_every_reading() -> None:
    readings = units.conversions({"pint": ["metric_ton", "short_ton", "long_ton"]}, {"pint": ["kilogram"]})
    assert sorted(round(r.factor) for r in readings) == [907, 1000, 1016]


def test_temperature_reading_and_difference() -> None:
    readings = units.conversions(
        {"pint": ["degree_Celsius"], "temperature": True}, {"pint": ["degree_Fahrenheit"], "temperature": True}
    )
    by_kind = {r.how: r for r in readings}
    assert by_kind["absolute"].apply(40) == pytest.approx(104)
    assert by_kind["difference"].apply(1.5) == pytest.approx(2.7)


def test_unknown_and_incompatible_units_give_nothing() -> None:
    assert units.conversions({"pint": ["USD"]}, {"pint": ["GBP"]}) == []
    assert units.conversions({"pint": ["no_such_unit"]}, {"pint": ["meter"]}) == []


@pytest.mark.parametrize(("value", "text"), [(26.0976, "26.1"), (317975.0, "318,000"), (0.123456, "0.123"), (2.0, "2")])
def test_significant(value: float, text: str) -> None:
    assert units.significant(value) == text


def _run(code: str, **environment: str) -> str:
    # Outside the source tree: there `python -c` would import ./factlint, which has no rules/.
    completed = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60,
                               cwd=tempfile.gettempdir(), env={**os.environ, **environment})
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.strip()


def test_pint_is_not_imported_for_text_without_quantities() -> None:
    out = _run(
        """
        import sys
        from factlint.engine import lint_text
        lint_text("The minister said talks would resume on Monday.")
        print("pint" in sys.modules)
        """
    )
    assert out == "False"


def test_pint_is_not_imported_for_figures_in_one_unit() -> None:
    out = _run(
        """
        import sys
        from factlint.engine import lint_text
        lint_text("Net profit rose 22 pct to 28 mln dlrs from 23 mln dlrs, and 40 pct of voters agreed.")
        print("pint" in sys.modules)
        """
    )
    assert out == "False"


_CONVERSION = """
    import sys
    from factlint.engine import lint_text
    found = lint_text("The race follows a 42-km (16-mile) route.")
    print("pint" in sys.modules, [d.rule for d in found])
"""


def test_pint_is_imported_for_a_conversion() -> None:
    assert _run(_CONVERSION, FACTLINT_NO_CACHE="1") == "True ['quantity/conversion-mismatch']"


def test_a_conversion_worked_out_before_is_read_from_the_cache_without_pint(tmp_path) -> None:
    cache = {"XDG_CACHE_HOME": str(tmp_path), "FACTLINT_NO_CACHE": ""}
    assert _run(_CONVERSION, **cache) == "True ['quantity/conversion-mismatch']"
    assert _run(_CONVERSION, **cache) == "False ['quantity/conversion-mismatch']"
