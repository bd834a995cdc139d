"""Rule kinds: one module per kind, looked up by the ``kind:`` field of a rule file.

The table maps each kind to the module that defines it; modules are imported only when a rule of
that kind is loaded, so a rule set without quantity rules never imports pint.
"""

from __future__ import annotations


from factlint.checks.base import Check, Finding, Option, RuleDefinition, RuleSpecError
from factlint.dotted import resolve

KINDS: dict[str, str] = {
    "pattern": "factlint.checks.pattern:PatternCheck",
    "substitution": "factlint.checks.substitution:SubstitutionCheck",
    "weekday": "factlint.checks.weekday:WeekdayCheck",
    "calendar-date": "factlint.checks.calendar_date:CalendarDateCheck",
    "relative-date": "factlint.checks.relative_date:RelativeDateCheck",
    "age": "factlint.checks.age:AgeCheck",
    "balance": "factlint.checks.balance:BalanceCheck",
    "trade-direction": "factlint.checks.trade_direction:TradeDirectionCheck",
    "consistent-form": "factlint.checks.consistent_form:ConsistentFormCheck",
    "roster": "factlint.checks.roster:RosterCheck",
    "name-consistency": "factlint.checks.name_consistency:NameConsistencyCheck",
    "acronym": "factlint.checks.acronym:AcronymCheck",
    "office-date": "factlint.checks.office_date:OfficeDateCheck",
    "conversion": "factlint.checks.conversion:ConversionCheck",
    "share-over-100": "factlint.checks.share_over_100:ShareOver100Check",
    "shares-sum": "factlint.checks.shares_sum:SharesSumCheck",
    "part-whole": "factlint.checks.part_whole:PartWholeCheck",
    "majority": "factlint.checks.majority:MajorityCheck",
    "change-percent": "factlint.checks.change_percent:ChangePercentCheck",
    "change-points": "factlint.checks.change_points:ChangePointsCheck",
    "change-direction": "factlint.checks.change_direction:ChangeDirectionCheck",
    "change-absolute": "factlint.checks.change_absolute:ChangeAbsoluteCheck",
    "number-style": "factlint.checks.number_style:NumberStyleCheck",
}


def check_class(kind: str) -> type[Check]:
    """The Check class registered for ``kind``; KeyError when there is none."""
    return resolve(KINDS[kind])  # type: ignore[no-any-return]


__all__ = ["KINDS", "Check", "Finding", "Option", "RuleDefinition", "RuleSpecError", "check_class"]
