"""Unit conversion for news, on pint: one registry per process, built on first use.

pint is imported only here, inside :func:`registry`, so linting text whose checks never convert a
unit costs nothing. Sentence text never reaches pint's expression parser: the ``quantities`` layer
maps surface forms to canonical units (data/units.yaml) and this module converts between the pint
units those name. No disk cache (``cache_folder``): it stores absolute paths and breaks when the
environment moves.

News definitions: percentage points and basis points are their own dimension (a change of rate is
not a percent), each currency is its own dimension (no exchange rates), ``cent_USD`` and
``penny_GBP`` are hundredths of their currency; pint's ``oil_barrel`` is the 42-gallon barrel and
``metric_ton`` the tonne.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

NEWS_DEFINITIONS = (
    "percentage_point = [percentage_point] = pp",
    "basis_point = 0.01 * percentage_point = bp",
    "USD = [currency_USD]",
    "cent_USD = 0.01 * USD",
    "GBP = [currency_GBP]",
    "penny_GBP = 0.01 * GBP",
    "EUR = [currency_EUR]",
    "JPY = [currency_JPY]",
)


@cache
def registry() -> "pint.UnitRegistry":
    """The process's news unit registry (pint imported here, on first use)."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=None, autoconvert_offset_to_baseunit=False)
    for definition in NEWS_DEFINITIONS:
        ureg.define(definition)
    return ureg


@dataclass(frozen=True)
class Conversion:
    """How to turn a value in one pint unit into another: ``target = value * factor + offset``.

    ``how`` is ``linear``, ``absolute`` (temperatures, with offset) or ``difference`` (a
    temperature change, no offset).
    """

    factor: float
    offset: float = 0.0
    how: str = "linear"

    def apply(self, value: float) -> float:
        return value * self.factor + self.offset


@cache
def _conversion(source: str, target: str, temperature: bool) -> tuple[Conversion, ...]:
    import pint

    ureg = registry()
    try:
        if temperature:
            zero = ureg.Quantity(0.0, source).to(target).magnitude
            one = ureg.Quantity(1.0, source).to(target).magnitude
            delta = ureg.Quantity(1.0, f"delta_{source}").to(f"delta_{target}").magnitude
            return (Conversion(one - zero, zero, "absolute"), Conversion(delta, 0.0, "difference"))
        factor = ureg.Quantity(1.0, source).to(target).magnitude
    except (pint.errors.PintError, ValueError, TypeError, AttributeError, KeyError):
        return ()
    return (Conversion(float(factor)),)


def conversions(source: Mapping[str, Any], target: Mapping[str, Any]) -> list[Conversion]:
    """Every way to read a conversion between two units.yaml entries (ambiguous units give
    several: "tons" short, long or metric, "gallons" US or imperial); empty when they are not
    convertible or pint does not know them."""
    temperature = bool(source.get("temperature")) and bool(target.get("temperature"))
    found: list[Conversion] = []
    for a in _pint_names(source):
        for b in _pint_names(target):
            found.extend(_conversion(a, b, temperature))
    return found


def _pint_names(spec: Mapping[str, Any]) -> Iterable[str]:
    return [str(name) for name in spec.get("pint") or []]


def linear_factor_of_area(source: Mapping[str, Any], target: Mapping[str, Any]) -> float | None:
    """For two area units, the factor between their lengths (km -> mile for km² -> sq mi): the
    slip of converting an area with a length factor."""
    names = [(a, b) for a in _pint_names(source) for b in _pint_names(target)]
    if not names:
        return None
    a, b = names[0]
    if "** 2" not in a or "** 2" not in b:
        return None
    found = _conversion(a.replace("** 2", "").strip(), b.replace("** 2", "").strip(), False)
    return found[0].factor if found else None


def significant(value: float, digits: int = 3) -> str:
    """A value written with ``digits`` significant figures, without trailing zeros ("26.1", "1,200")."""
    if value == 0 or not math.isfinite(value):
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = digits - 1 - magnitude
    rounded = round(value, decimals)
    if decimals <= 0:
        return f"{int(round(rounded)):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")
