"""Reading runs for the CLI, the dashboard and the assistant: one run as they all show it (a run whose lease expired
reads "worker lost"; a running run with a cancel request reads "cancelling"), lists with filters, the time left."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.db import read_scope, session_scope
from pipeline.engine import clock, states
from pipeline.engine.exceptions import BadInput
from pipeline.engine.registry import get_job
from pipeline.engine.runs import hhmm, lease_name
from pipeline.models import Lease, Run


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def lost_reason(run: Run, lease: Lease | None, now: datetime) -> str | None:
    """Why a run recorded as running is in fact lost (its lease expired or is gone), or None while it lives.

    Every read applies it, so a killed holder's run reads "worker lost" everywhere as soon as its lease expires,
    not only after some command reaps the lease (which writes the same verdict into the row).
    """
    if run.status != "running" or (lease is not None and lease.run_id == run.id and lease.expires_at > now):
        return None
    return f"worker lost: no heartbeat since {hhmm(run.heartbeat_at)} (holder {run.holder})"


def run_dict(run: Run, lost: str | None = None) -> dict[str, Any]:
    """A run as the CLI, the dashboard and the assistant show it; `lost` reads it as failed "worker lost"."""
    return {
        "id": run.id,
        "job": run.job,
        "scope": run.scope,
        "status": "failed" if lost else states.shown(run.status, run.cancel_requested_at is not None),
        "trigger": run.trigger,
        "started_by": run.started_by,
        "started_at": _iso(run.started_at),
        "ended_at": _iso(run.ended_at),
        "duration_s": round((run.ended_at - run.started_at).total_seconds(), 3) if run.ended_at else None,
        "limit": run.limit,
        "processed": run.processed,
        "reason": lost or run.reason,
        "economy": run.economy,
        "cancel_requested_by": run.cancel_requested_by,
        "cancel_requested_at": _iso(run.cancel_requested_at),
        "retry_of": run.retry_of,
        "total": run.total,
        "eta_s": eta_seconds(run),
        "progress": progress(run),
        "cost": {
            "embeddings": run.embeddings,
            "llm_calls": run.llm_calls,
            "tokens": run.tokens,
            "source_calls": run.source_calls,
            "usd": round(run.cost_usd, 6),
        },
    }


# What a progress line says, by the unit a run's total counts (the catalogs hold each in both languages).
PROGRESS_WORDS = {
    "items": "Items: {done} of {total}",
    "chunks": "Chunks: {done} of {total}",
    "conversations": "Conversations: {done} of {total}",
}


def progress(run: Run) -> dict[str, Any]:
    """A run's progress: `done` of `total` (None when the work left is not known) in its `unit`, and the seconds
    its known work likely still needs at its pace so far (`eta_s`, None when not running or not known)."""
    total = run.total
    if total is not None and not run.progress_unit and run.limit:
        total = min(total, run.limit)  # items: the per-run limit bounds what this run will do
    done = run.progress_done if run.progress_done is not None else run.processed
    eta = None
    if run.status == "running" and total and done:
        elapsed = (clock.now() - run.started_at).total_seconds()
        eta = round(elapsed / done * max(0, total - done), 1)
    return {"done": done, "total": total, "unit": run.progress_unit or "items", "eta_s": eta}


def eta_seconds(run: Run) -> float | None:
    """Seconds a running run likely needs for the rest of its known work, at its pace so far; None if unknown."""
    return progress(run)["eta_s"]


def first_run_at() -> str | None:
    """When the first run that is still kept started (ISO), or None before any run: where "all time" begins."""
    with read_scope() as s:
        return _iso(s.scalar(select(func.min(Run.started_at))))


def list_runs(
    job: str | None = None,
    limit: int | None = 20,
    *,
    status: str | None = None,
    trigger: str | None = None,
    since: datetime | None = None,
    who: str | None = None,
) -> list[dict[str, Any]]:
    """Recent runs, newest first (all of them when `limit` is None), optionally of one job, status, trigger, person
    or since a moment (a run whose lease expired reads "worker lost")."""
    if job:
        get_job(job)
    if status and status not in states.STATUSES:
        raise BadInput("status", f"unknown status {status!r}; use one of {', '.join(states.STATUSES)}")
    with read_scope() as s:
        query = select(Run).order_by(Run.id.desc()).limit(limit)
        if job:
            query = query.where(Run.job == job)
        if status == "cancelling":
            query = query.where(Run.status == "running", Run.cancel_requested_at.is_not(None))
        elif status:
            query = query.where(Run.status == status)
        if trigger:
            query = query.where(Run.trigger == trigger)
        if who:
            query = query.where(Run.started_by == who)
        if since is not None:
            query = query.where(Run.started_at >= since)
        runs = list(s.scalars(query))
        leases = _run_leases(s)
    now = clock.now()
    return [run_dict(r, lost_reason(r, leases.get(r.id), now)) for r in runs]


def run_people(limit: int = 200) -> list[str]:
    """Everyone who started a run ("scheduler" for the schedule), for the run history's "who" filter."""
    with read_scope() as s:
        query = select(Run.started_by).where(Run.started_by.is_not(None)).distinct().limit(limit)
        return sorted(str(who) for who in s.scalars(query))


def running_run(job: str, scope: str = "global") -> dict[str, Any] | None:
    """The run holding (job, scope) now, or None."""
    with read_scope() as s:
        lease = s.get(Lease, lease_name(job, scope))
        run = s.get(Run, lease.run_id) if lease and lease.run_id else None
        return run_dict(run) if run is not None else None


def get_run(run_id: int) -> dict[str, Any] | None:
    with read_scope() as s:
        run = s.get(Run, run_id)
        if run is None:
            return None
        lease = s.get(Lease, lease_name(run.job, run.scope))
        return run_dict(run, lost_reason(run, lease, clock.now()))


def _run_leases(s: Session) -> dict[int, Lease]:
    """Run id -> the job lease it holds."""
    return {
        lease.run_id: lease
        for lease in s.scalars(select(Lease).where(Lease.name.like("job:%"), Lease.run_id.is_not(None)))
    }


def run_after(job: str, run_id: int) -> dict[str, Any] | None:
    """The first run of `job` after run `run_id`: what a queued request became (None while it waits)."""
    with session_scope() as s:
        query = select(Run).where(Run.job == job, Run.id > run_id).order_by(Run.id).limit(1)
        run = s.scalars(query).first()
        return run_dict(run) if run else None
