"""An operator's control over runs and jobs: cancel, pause and resume, runtime overrides, retry.

Every change goes through `pipeline.engine.states` (is the move allowed), is written where every process sees
it (the run row, `job_controls`), lands on the run's timeline when it concerns a run, and is audited
(`control_audit`: who, when, before, after). The service layer calls these; the CLI, the dashboard and the
assistant call the service layer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.engine import clock, events, states
from pipeline.models import ControlAudit, JobControl, JobState, Lease, Run


def hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else "?"


def audit(
    s: Session,
    who: str,
    action: str,
    *,
    job: str | None = None,
    scope: str | None = None,
    target: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    s.add(
        ControlAudit(
            at=clock.now(),
            who=who,
            action=action,
            job=job,
            scope=scope,
            target=target,
            before=before or {},
            after=after or {},
        )
    )


# --- pause -------------------------------------------------------------------------------------------------


def hold(s: Session, job: str, scope: str) -> JobControl | None:
    """The pause that holds (job, scope): its own, or the job's global one (which holds every scope)."""
    for key in ((job, scope), (job, "global")):
        row = s.get(JobControl, key)
        if row is not None and row.paused_at is not None:
            return row
    return None


def pause_reason(row: JobControl) -> str:
    return f"paused by {row.paused_by} since {hhmm(row.paused_at)}"


def paused_keys(s: Session) -> set[tuple[str, str]]:
    """Every (job, scope) paused; ("job", "global") holds all of that job's scopes."""
    rows = s.scalars(select(JobControl).where(JobControl.paused_at.is_not(None)))
    return {(r.job, r.scope) for r in rows}


def is_paused(keys: set[tuple[str, str]], job: str, scope: str) -> bool:
    return (job, scope) in keys or (job, "global") in keys


def set_paused(s: Session, job: str, scope: str, who: str, paused: bool) -> JobControl:
    """Pause or resume (job, scope); idempotent (a second pause keeps who paused it first, and since when)."""
    row = _control(s, job, scope)
    before = {"paused_by": row.paused_by, "paused_at": _iso(row.paused_at)}
    if paused and row.paused_at is None:
        row.paused_by, row.paused_at = who, clock.now()
    elif not paused:
        row.paused_by = row.paused_at = None
    after = {"paused_by": row.paused_by, "paused_at": _iso(row.paused_at)}
    if before != after:
        audit(s, who, "pause" if paused else "resume", job=job, scope=scope, before=before, after=after)
    return row


def _control(s: Session, job: str, scope: str) -> JobControl:
    row = s.get(JobControl, (job, scope))
    if row is None:
        row = JobControl(job=job, scope=scope)
        s.add(row)
    return row


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


# --- overrides ---------------------------------------------------------------------------------------------


def overrides(s: Session, job: str, scope: str = "global") -> tuple[float | None, int | None]:
    """(cadence seconds, per-run limit) set at runtime for (job, scope), else the job's global ones, else None."""
    cadence = limit = None
    for key in ((job, scope), (job, "global")):
        row = s.get(JobControl, key)
        if row is None:
            continue
        cadence = cadence if cadence is not None else row.cadence_seconds
        limit = limit if limit is not None else row.limit
    return cadence, limit


def set_overrides(
    s: Session, job: str, scope: str, who: str, *, cadence: float | None, limit: int | None, reset: bool
) -> JobControl:
    """Store runtime overrides (already validated); `reset` clears both first. Audited with before and after."""
    row = _control(s, job, scope)
    before = {"cadence_seconds": row.cadence_seconds, "limit": row.limit}
    if reset:
        row.cadence_seconds = row.limit = None
    if cadence is not None:
        row.cadence_seconds = cadence
    if limit is not None:
        row.limit = limit
    after = {"cadence_seconds": row.cadence_seconds, "limit": row.limit}
    row.updated_by, row.updated_at = who, clock.now()
    audit(
        s,
        who,
        "reset" if reset and cadence is None and limit is None else "set",
        job=job,
        scope=scope,
        before=before,
        after=after,
    )
    return row


# --- cancel ------------------------------------------------------------------------------------------------


def request_cancel(s: Session, run: Run, who: str) -> str:
    """Ask a running run to stop at its next item boundary; returns what happened, in words."""
    current = states.shown(run.status, run.cancel_requested_at is not None)
    if current == "cancelling":
        return f"run {run.id} is already cancelling (asked by {run.cancel_requested_by})"
    states.check_move(current, "cancelling", run.id)
    now = clock.now()
    run.cancel_requested_at, run.cancel_requested_by = now, who
    events.record(s, run.id, "cancel_requested", f"cancel requested by {who}", {"by": who})
    audit(s, who, "cancel", job=run.job, scope=run.scope, target=f"run {run.id}")
    return f"run {run.id} is cancelling: it stops after the item it is on"


def drop_queued(s: Session, job: str, scope: str, who: str) -> Run | None:
    """Drop the queued (coalesced) request of (job, scope), recorded as a cancelled run; None if none waits."""
    state = s.get(JobState, (job, scope))
    if state is None or not state.queued_trigger:
        return None
    states.check_move("queued", "cancelled")
    now = clock.now()
    reason = f"queued request dropped: cancelled by {who} at {hhmm(now)}"
    run = Run(
        job=job,
        scope=scope,
        trigger=state.queued_trigger,
        status="cancelled",
        started_at=state.queued_at or now,
        ended_at=now,
        reason=reason,
        cancel_requested_at=now,
        cancel_requested_by=who,
        retry_of=state.queued_retry_of,
    )
    s.add(run)
    s.flush()
    events.record(s, run.id, "cancel_requested", f"cancel requested by {who}", {"by": who})
    events.record(s, run.id, "cancelled", reason, {"by": who})
    state.forget_queued()
    if s.get(Lease, f"job:{job}:{scope}") is None:
        last = s.get(Run, state.last_run_id) if state.last_run_id else None
        state.status = last.status if last else "idle"
    audit(s, who, "cancel", job=job, scope=scope, target=f"run {run.id}", after={"dropped": "queued request"})
    return run


def cancelled_reason(run: Run, processed: int, summary: str | None) -> str:
    """ "cancelled by ana at 14:02 after 312 item(s); <what the job said>" """
    text = (
        f"cancelled by {run.cancel_requested_by} at {hhmm(run.cancel_requested_at)} after {processed} item(s)"
    )
    return f"{text}; {summary}" if summary else text
