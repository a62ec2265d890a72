"""A run's timeline: its typed events, in order, bounded per run.

Every surface (the CLI's `runs show`, the run detail page, the assistant) reads these rows. Past the cap
(`MIRANO_RUN_EVENTS_CAP`) a run's routine events (batches, pages, waits, retries, warnings) are no longer written
one by one but counted into one `summary` event, so a long run cannot grow the table without limit; the events
that say how a run began and ended (started, error, cancel requested, cancelled, finished) are always kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.engine import clock
from pipeline.models import RunEvent

KINDS: tuple[str, ...] = (
    "started",
    "batch",
    "page",
    "wait",
    "retry",
    "warning",
    "error",
    "cancel_requested",
    "cancelled",
    "finished",
    "summary",
)
ALWAYS_KEPT = frozenset({"started", "error", "cancel_requested", "cancelled", "finished"})


def count(s: Session, run_id: int) -> int:
    """Events a run has written one by one (its summary excluded)."""
    query = select(func.count()).where(RunEvent.run_id == run_id, RunEvent.kind != "summary")
    return int(s.scalar(query) or 0)


def record(
    s: Session,
    run_id: int,
    kind: str,
    message: str | None = None,
    data: dict[str, Any] | None = None,
    *,
    written: int | None = None,
    at: datetime | None = None,
) -> bool:
    """Add an event to a run's timeline; True when written one by one, False when counted into the summary.

    `written` is how many events the run has written so far when the caller keeps count (a running run does),
    which saves a count query per event; `at` is when it happened, when that was earlier than now."""
    if kind not in KINDS:
        raise ValueError(f"unknown run event kind {kind!r}")
    now = at or clock.now()
    cap = get_settings().run_events_cap
    if kind in ALWAYS_KEPT or (count(s, run_id) if written is None else written) < cap:
        row = {"run_id": run_id, "at": now, "kind": kind, "message": message, "data": _plain(data or {})}
        s.execute(insert(RunEvent.__table__), row)
        return True
    _summarise(s, run_id, kind, now, cap)
    return False


Pending = tuple[str, str | None, dict[str, Any], datetime]  # kind, message, data, when it happened


def record_many(s: Session, run_id: int, pending: list[Pending], *, written: int) -> int:
    """Add events kept in memory, in one statement (a run's pages and batches, see RunContext.event); those past
    the cap are counted into the summary as `record` does. Returns how many were written one by one."""
    cap = get_settings().run_events_cap
    rows, past = [], []
    for kind, message, data, at in pending:
        if kind not in KINDS:
            raise ValueError(f"unknown run event kind {kind!r}")
        if kind in ALWAYS_KEPT or written + len(rows) < cap:
            rows.append({"run_id": run_id, "at": at, "kind": kind, "message": message, "data": _plain(data)})
        else:
            past.append((kind, at))
    if rows:
        s.execute(insert(RunEvent.__table__), rows)  # Core executemany: no ORM bookkeeping per row
    for kind, at in past:
        _summarise(s, run_id, kind, at, cap)
    return len(rows)


def _summarise(s: Session, run_id: int, kind: str, now: datetime, cap: int) -> None:
    summary = s.scalars(
        select(RunEvent).where(RunEvent.run_id == run_id, RunEvent.kind == "summary").limit(1)
    ).first()
    if summary is None:
        summary = RunEvent(run_id=run_id, at=now, kind="summary", data={"cap": cap, "not_kept": {}})
        s.add(summary)
    not_kept = dict(summary.data.get("not_kept") or {})
    not_kept[kind] = int(not_kept.get(kind, 0)) + 1
    total = sum(not_kept.values())
    summary.data = {"cap": cap, "not_kept": not_kept, "last_at": now.isoformat(timespec="seconds")}
    summary.message = f"{total} more event(s) past the cap of {cap}, counted here"


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready values (datetimes as ISO text)."""
    return {k: v.isoformat(timespec="seconds") if isinstance(v, datetime) else v for k, v in data.items()}


def timeline(s: Session, run_id: int) -> list[dict[str, Any]]:
    """A run's events, oldest first (the summary, if any, last)."""
    # By moment: a page kept in memory for a moment is written after events that followed it.
    query = select(RunEvent).where(RunEvent.run_id == run_id).order_by(RunEvent.at, RunEvent.id)
    rows = s.scalars(query).all()
    ordered = [r for r in rows if r.kind != "summary"] + [r for r in rows if r.kind == "summary"]
    return [
        {
            "id": r.id,
            "at": r.at.isoformat(timespec="seconds"),
            "kind": r.kind,
            "message": r.message,
            "data": dict(r.data or {}),
        }
        for r in ordered
    ]
