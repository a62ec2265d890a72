"""A run's timeline: its typed events, in order, bounded per run.

Every surface (the CLI's `runs show`, the run detail page, the assistant) reads these rows. Past the cap
(`MIRANO_RUN_EVENTS_CAP`) a run's routine events (batches, pages, waits, retries, warnings) are no longer written
one by one but counted into one `summary` event, so a long run cannot grow the table without limit; the events
that say how a run began and ended (started, error, cancel requested, cancelled, finished) are always kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
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
) -> bool:
    """Add an event to a run's timeline; True when written one by one, False when counted into the summary.

    `written` is how many events the run has written so far when the caller keeps count (a running run does),
    which saves a count query per event."""
    if kind not in KINDS:
        raise ValueError(f"unknown run event kind {kind!r}")
    now = clock.now()
    cap = get_settings().run_events_cap
    if kind in ALWAYS_KEPT or (count(s, run_id) if written is None else written) < cap:
        s.add(RunEvent(run_id=run_id, at=now, kind=kind, message=message, data=_plain(data or {})))
        return True
    _summarise(s, run_id, kind, now, cap)
    return False


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
    rows = s.scalars(select(RunEvent).where(RunEvent.run_id == run_id).order_by(RunEvent.id)).all()
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
