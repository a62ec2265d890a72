"""Cancelling a property check: its pending sources stop waiting, and their queued tasks are dropped unless
another check waits on the same task. Facts fetched so far stay; the check ends PARTIAL with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pipeline.checks import progress
from pipeline.engine import clock
from pipeline.engine.control import audit, hhmm
from pipeline.engine.exceptions import BadInput
from pipeline.models import Task
from pipeline.models.checks import JobSource, SearchJob, SearchTask


@dataclass
class CheckCancelled:
    check_id: int
    status: str
    reason: str
    sources: list[str] = field(default_factory=list)  # sources that stopped waiting
    tasks_cancelled: list[int] = field(default_factory=list)
    tasks_kept: list[int] = field(default_factory=list)  # shared with another check, or already running


def cancel_check(s: Session, check_id: int, who: str) -> CheckCancelled:
    """Stop a check's pending sources; drop each one's queued task unless another check also waits on it."""
    job = s.get(SearchJob, check_id)
    if job is None:
        raise BadInput("check", f"no check #{check_id}")
    now = clock.now()
    reason = f"cancelled at {hhmm(now)} by {who}"
    result = CheckCancelled(check_id, job.status, job.status_reason or "")
    pending = s.scalars(select(JobSource).where(JobSource.job_id == job.id, JobSource.status == "pending"))
    for row in list(pending):
        task_id = row.task_ids[-1] if row.task_ids else None
        row.status, row.reason, row.updated_at = "cancelled", reason, now
        result.sources.append(row.source)
        if task_id is None:
            continue
        if _others_wait(s, job.id, row) or not _drop_task(s, task_id, reason, now):
            result.tasks_kept.append(task_id)
        else:
            result.tasks_cancelled.append(task_id)
    s.flush()
    result.status = progress.settle(s, job)
    result.reason = job.status_reason or ""
    audit(s, who, "cancel", target=f"check {check_id}", after={"sources": result.sources})
    return result


def _others_wait(s: Session, job_id: int, row: JobSource) -> bool:
    """Another check's pending source waits on the same task."""
    others = s.scalars(
        select(JobSource).where(
            JobSource.source == row.source,
            JobSource.params_hash == row.params_hash,
            JobSource.status == "pending",
            JobSource.job_id != job_id,
        )
    )
    return any(o.task_ids and o.task_ids[-1] == row.task_ids[-1] for o in others)


def _drop_task(s: Session, task_id: int, reason: str, now: datetime) -> bool:
    """Cancel a search task whose queue task no worker holds yet; False when it is already running or done."""
    task = s.get(SearchTask, task_id)
    if task is None or task.status not in ("queued", "retrying"):
        return False
    if task.queue_task_id is not None:
        dropped = s.execute(
            update(Task)
            .where(Task.id == task.queue_task_id, Task.status == "queued")
            .values(status="dead", last_error=reason, updated_at=now)
        ).rowcount
        if not dropped:
            return False  # a worker claimed it meanwhile: its facts will still be stored
    task.status, task.reason, task.finished_at = "cancelled", reason, now
    return True
