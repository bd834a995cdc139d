"""Rule selectors: a full rule id (``quantity/share-over-100``) or a category (``quantity``)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from factlint.errors import FactlintError

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


def is_known(selector: str, rule_ids: Collection[str]) -> bool:
    """True when ``selector`` names ``ALL``, a rule of ``rule_ids`` or one of their categories."""
    selector = selector.strip().rstrip("/")
    return selector == ALL or any(matches(rule_id, selector) for rule_id in rule_ids)


def unknown_selector_message(selector: str, rule_ids: Collection[str]) -> str | None:
    """None for a known selector, else ``unknown rule or category 'x'; did you mean 'y'?``."""
    if is_known(selector, rule_ids):
        return None
    import difflib  # only for a mistake: not on the start-up path
    wanted = selector.strip().rstrip("/")
    names = sorted({*rule_ids, *(rule_id.split("/", 1)[0] for rule_id in rule_ids)})
    # "doubled-word" for "grammar/doubled-word": a rule named without its category.
    close = [rule_id for rule_id in names if "/" in rule_id and rule_id.split("/", 1)[1] == wanted]
    if not close:
        category, slash, name = wanted.partition("/")
        if slash and category in names:  # a right category and a misspelt name: compare the names alone
            pairs = [(rule_id.split("/", 1)[1], rule_id) for rule_id in names if rule_id.startswith(category + "/")]
        else:
            pairs = [(candidate, candidate) for candidate in names]
        target = name if slash and category in names else wanted
        scored = sorted(((difflib.SequenceMatcher(None, target, text).ratio(), full) for text, full in pairs), reverse=True)
        best = scored[0][0] if scored else 0.0
        close = [name for score, name in scored if score >= 0.6 and score >= best - 0.05][:2]
    hint = f"; did you mean {' or '.join(repr(name) for name in close)}?" if close else ""
    return f"unknown rule or category {selector!r}{hint} (--list-rules shows the rules)"


def check_selectors(selectors: Iterable[str], rule_ids: Collection[str], where: str) -> None:
    """Raise FactlintError ``where: unknown rule or category ...`` for the first unknown selector."""
    for selector in selectors:
        problem = unknown_selector_message(selector, rule_ids)
        if problem:
            raise FactlintError(f"{where}: {problem}")
