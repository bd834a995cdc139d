"""Unit conversion for news, on pint: one registry per process, built on first use.

pint is imported only here, inside :func:`registry`, so linting text whose checks never convert a
unit costs nothing. Sentence text never reaches pint's expression parser: the ``quantities`` layer
maps surface forms to canonical units (data/units.yaml) and this module converts between the pint
units those name. pint's own disk cache (``cache_folder``) is not used: it stores absolute paths
and breaks when the environment moves. The conversions found are kept in factlint.datacache
instead (plain numbers, keyed by pint's files' size and modification time and the definitions
below), so a run whose conversions an earlier run worked out does not import pint.

News definitions: percentage points and basis points are their own dimension (a change of rate is
not a percent), each currency is its own dimension (no exchange rates), ``cent_USD`` and
``penny_GBP`` are hundredths of their currency; pint's ``oil_barrel`` is the 42-gallon barrel and
``metric_ton`` the tonne; ``centner`` is the metric centner (100 kg) and ``zentner`` the German one (50 kg).
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
    "centner = 100 * kilogram = quintal",
    "zentner = 50 * kilogram",
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
    """pint's answer, kept in factlint.datacache: building pint's registry costs ~0.5 s of the
    first run that converts, and a warm run then never imports pint."""
    from factlint import datacache

    key = ("unit-conversion", _pint_stamp(), NEWS_DEFINITIONS, source, target, temperature)
    stored = datacache.get(key) if key[1] is not None else None
    if isinstance(stored, tuple):
        return tuple(Conversion(*fields) for fields in stored)
    found = _pint_conversion(source, target, temperature)
    if key[1] is not None:
        datacache.put(key, tuple((c.factor, c.offset, c.how) for c in found))
    return found


@cache
def _pint_stamp() -> tuple[tuple[str, int, int], ...] | None:
    """Size and modification time of pint's code and unit definitions (as Python's bytecode cache
    checks a module), found without importing pint; None when it cannot be told."""
    import os
    from importlib.util import find_spec

    try:
        spec = find_spec("pint")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    home = os.path.dirname(spec.origin)
    stamps = []
    for name in ("__init__.py", "default_en.txt", "constants_en.txt"):
        try:
            status = os.stat(os.path.join(home, name))
        except OSError:
            return None
        stamps.append((name, status.st_size, status.st_mtime_ns))
    return tuple(stamps)


def _pint_conversion(source: str, target: str, temperature: bool) -> tuple[Conversion, ...]:
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


_SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def readable(value: float, digits: int = 3) -> str:
    """:func:`significant`, with a scale word from a million up ("5.18 billion", not "5,180,000,000")."""
    for size, word in _SCALE_WORDS:
        if abs(value) >= size:
            return f"{significant(value / size, digits)} {word}"
    return significant(value, digits)
