"""A closed question's first word: "Yes." or "No.", read from one tool's own data for the state the question
names (`understanding.polar`). A rule per (tool, state); with no rule, or data that does not say, no verdict."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.i18n import tr


def _budget_stops(data: dict[str, Any]) -> bool | None:
    budget = data.get("budget")
    return None if not budget else bool(budget["would_stop"])


def _run_status(data: dict[str, Any], wanted: str) -> bool | None:
    run = data.get("run")
    return (
        None
        if not run or run.get("status") in ("queued", "running", "cancelling")
        else run["status"] == wanted
    )


RULES: dict[tuple[str, str], Callable[[dict[str, Any]], bool | None]] = {
    ("check_status", "complete"): lambda d: d.get("status") == "COMPLETED" if d.get("status") else None,
    ("check_status", "failed"): lambda d: d.get("status") == "FAILED" if d.get("status") else None,
    ("run_details", "complete"): lambda d: _run_status(d, "ok"),
    ("run_details", "failed"): lambda d: _run_status(d, "failed"),
    ("what_if", "over"): _budget_stops,
    ("economy_and_budgets", "economy_on"): lambda d: (d.get("economy") or {}).get("on"),
}


def verdict(state: str | None, results: list[tuple[str, dict[str, Any]]], lang: str) -> str | None:
    """ "Yes." / "No." for the first result a rule reads, or None."""
    if not state:
        return None
    for name, result in results:
        rule = RULES.get((name, state))
        data = result.get("data")
        if rule is None or not isinstance(data, dict):
            continue
        said = rule(data)
        if said is not None:
            return tr(lang, "Yes.") if said else tr(lang, "No.")
    return None
