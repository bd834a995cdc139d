"""Rule selectors: a full rule id (``quantity/share-over-100``) or a category (``quantity``)."""

from __future__ import annotations

from collections.abc import Iterable

ALL = "ALL"


def matches(rule_id: str, selector: str) -> bool:
    """True when ``selector`` names the rule or its category (``ALL`` names every rule)."""
    selector = selector.strip().rstrip("/")
    return selector == ALL or rule_id == selector or rule_id.startswith(selector + "/")


def is_selected(rule_id: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    """Selected when ``select`` is empty or names it, and ``ignore`` does not."""
    select = list(select)
    if select and not any(matches(rule_id, s) for s in select):
        return False
    return not any(matches(rule_id, s) for s in ignore)


def split_selectors(value: str | Iterable[str] | None) -> list[str]:
    """``"a, b"`` or ``["a", "b,c"]`` -> ``["a", "b", "c"]``."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [part.strip() for item in items for part in str(item).split(",") if part.strip()]
