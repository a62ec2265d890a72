"""The cost ledger, economy mode and daily budgets. Settings live in the database, so every process sees them."""

from __future__ import annotations

import math
from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import joined_read_scope, session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.models import CostEntry, Run, Setting

if TYPE_CHECKING:
    from pipeline.engine.registry import JobSpec

KINDS = ("embeddings", "llm_calls", "tokens", "source_calls")
BUDGET_KINDS = (*KINDS, "usd")

# Which cost kinds a class of job spends; a reached budget of one of them skips the job. Digests, suggestions and
# notices call no model, so an LLM budget that is used up does not stop them.
CLASS_KINDS: dict[str, tuple[str, ...]] = {
    "ingestion": ("source_calls",),
    "memory": ("embeddings",),
    "extraction": ("llm_calls", "tokens"),
    "checks": ("source_calls",),
}


def money(amounts: dict[str, int]) -> float:
    prices = get_settings().prices()
    return round(sum(prices[k] * amounts.get(k, 0) for k in KINDS), 6)


def apply_to_run(run: Run, amounts: dict[str, int]) -> None:
    for kind in KINDS:
        setattr(run, kind, amounts.get(kind, 0))
    run.cost_usd = money(amounts)


def kinds_for(spec: JobSpec) -> tuple[str, ...]:
    return (*CLASS_KINDS.get(spec.job_class, ()), "usd")


def _get(s: Session, key: str, default: Any) -> Any:
    row = s.get(Setting, key)
    return default if row is None else row.value


def _put(s: Session, key: str, value: Any) -> None:
    row = s.get(Setting, key) or Setting(key=key)
    row.value, row.updated_at = value, clock.now()
    s.add(row)


def economy_on(s: Session | None = None) -> bool:
    if s is None:
        with joined_read_scope() as s2:
            return bool(_get(s2, "economy", False))
    return bool(_get(s, "economy", False))


def set_economy(on: bool) -> None:
    with session_scope() as s:
        _put(s, "economy", bool(on))


def budgets() -> dict[str, float]:
    with joined_read_scope() as s:
        return dict(_get(s, "budgets", {}))


def set_budget(kind: str, limit: float | None) -> None:
    """Set (or clear with None) the daily budget of one cost kind."""
    if kind not in BUDGET_KINDS:
        raise BadInput("kind", f"unknown budget kind {kind!r}; one of {', '.join(BUDGET_KINDS)}")
    if limit is not None and not (math.isfinite(limit) and limit >= 0):  # NaN or inf would not even be JSON
        raise BadInput("limit", f"a daily budget is a finite number of 0 or more, got {limit}")
    with session_scope() as s:
        current = dict(_get(s, "budgets", {}))
        if limit is None:
            current.pop(kind, None)
        else:
            current[kind] = limit
        _put(s, "budgets", current)


def business_zone() -> ZoneInfo:
    """The time zone whose day daily budgets count (MIRANO_BUSINESS_TIMEZONE): one "today" for every process."""
    return ZoneInfo(get_settings().business_timezone)


def start_of_today() -> datetime:
    """Midnight of the business day now (the shared clock, in MIRANO_BUSINESS_TIMEZONE), not the machine's day."""
    zone = business_zone()
    now = clock.now().astimezone(zone)
    return datetime.combine(now.date(), time.min, tzinfo=zone)


def spend_today(s: Session | None = None, exclude_run: int | None = None) -> dict[str, float]:
    """Today's spend by kind (the business day), over all runs (but `exclude_run`)."""
    if s is None:
        with joined_read_scope() as s2:
            return spend_today(s2, exclude_run)
    columns = [func.coalesce(func.sum(getattr(Run, k)), 0) for k in KINDS]
    query = select(*columns, func.coalesce(func.sum(Run.cost_usd), 0.0)).where(
        Run.started_at >= start_of_today()
    )
    if exclude_run is not None:
        query = query.where(Run.id != exclude_run)
    row = s.execute(query).one()
    spent = {**{k: float(v) for k, v in zip(KINDS, row[:-1], strict=True)}, "usd": float(row[-1])}
    for kind, amount in entries_since(s, start_of_today()).items():
        spent[kind] += amount
    return spent


def charge(spender: str, amounts: dict[str, int], note: str | None = None) -> CostEntry | None:
    """Write spend made outside any run (the assistant's model calls) into the ledger; nothing when it is zero."""
    if not any(amounts.get(k, 0) for k in KINDS):
        return None
    entry = CostEntry(spender=spender, note=note, cost_usd=money(amounts), at=clock.now())
    for kind in KINDS:
        setattr(entry, kind, int(amounts.get(kind, 0)))
    with session_scope() as s:
        s.add(entry)
    return entry


def entries_since(s: Session, since: datetime) -> dict[str, float]:
    """The spend outside runs since a moment, by kind and in USD."""
    columns = [func.coalesce(func.sum(getattr(CostEntry, k)), 0) for k in KINDS]
    row = s.execute(
        select(*columns, func.coalesce(func.sum(CostEntry.cost_usd), 0.0)).where(CostEntry.at >= since)
    ).one()
    return {**{k: float(v) for k, v in zip(KINDS, row[:-1], strict=True)}, "usd": float(row[-1])}


def budget_reached(
    kinds: tuple[str, ...] | None = None, extra: dict[str, int] | None = None, run_id: int | None = None
) -> str | None:
    """A reason when today's spend (with run `run_id` counted as `extra`) reached a budget, else None."""
    limits = budgets()
    if not limits:
        return None
    spent = spend_today(exclude_run=run_id)
    if extra:
        for k, v in extra.items():
            spent[k] += v
        spent["usd"] += money(extra)
    for kind, limit in limits.items():
        if (kinds is None or kind in kinds) and spent.get(kind, 0) >= limit:
            return f"daily budget reached: {kind} {spent[kind]:g} of {limit:g}"
    return None
