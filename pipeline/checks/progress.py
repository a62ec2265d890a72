"""A job's status from its sources: IN_PROGRESS → PARTIAL (some pending, failed or cancelled) → COMPLETED, or FAILED."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from pipeline.engine import clock
from pipeline.models.checks import JobSource, SearchJob


def _describe(rows: list[JobSource]) -> str:
    return "; ".join(f"{r.source}: {r.reason}" if r.reason else r.source for r in rows)


def settle(s: Session, job: SearchJob) -> str:
    """Recompute and store the job's status and its reason from its per-source rows; returns the status."""
    rows = list(s.scalars(_ROWS, {"job": job.id}))
    pending = [r for r in rows if r.status == "pending"]
    failed = [r for r in rows if r.status == "failed"]
    done = [r for r in rows if r.status == "completed"]
    cancelled = [r for r in rows if r.status == "cancelled"]
    now = clock.now()
    if cancelled and not pending:  # a person stopped the check: what was fetched stays, the rest is said
        status = "PARTIAL"
        reason = f"{cancelled[0].reason}: not fetched: " + ", ".join(r.source for r in cancelled)
        if failed:
            reason += "; failed: " + _describe(failed)
    elif pending:
        readable = done or any(r.fetched_at for r in pending)
        status = "PARTIAL" if readable else "IN_PROGRESS"
        reason = "updating: " + _describe(pending)
        if failed:
            reason += "; failed: " + _describe(failed)
        job.finished_at = None
    elif rows and len(failed) == len(rows):
        status, reason = "FAILED", "every source failed: " + _describe(failed)
    elif failed:
        status, reason = "PARTIAL", "failed: " + _describe(failed) + " (the report lacks these sources)"
    else:
        reused = sum(r.mode == "reused" for r in done)
        skipped = [r for r in done if r.mode == "skipped"]  # nothing to ask (no developer named)
        status = "COMPLETED"
        reason = f"{len(done)} sources: {len(done) - reused - len(skipped)} fetched, {reused} reused"
        if skipped:
            reason += "; not asked: " + _describe(skipped)
    if not pending and job.finished_at is None:
        job.finished_at = now
    if (status, reason) != (job.status, job.status_reason):
        job.status, job.status_reason, job.updated_at = status, reason, now
    return status


# As stored: source rows are also completed by plain UPDATEs (pipeline.checks.tasks.store_fetch).
_ROWS = (
    select(JobSource)
    .where(JobSource.job_id == bindparam("job"))
    .order_by(JobSource.source)
    .execution_options(populate_existing=True)
)


def pending_sources(s: Session, job: SearchJob) -> list[str]:
    return list(
        s.scalars(select(JobSource.source).where(JobSource.job_id == job.id, JobSource.status == "pending"))
    )
