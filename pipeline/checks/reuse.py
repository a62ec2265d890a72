"""Reuse before fetch: a fresh earlier fetch with the same query parameters is reused, else a SearchTask is made.

A task's idempotency key is (source, normalized params hash, freshness window). The window is
`floor(now / ttl)`: facts fetched in window w are stale no earlier than window w+1, so once they expire the
next task gets a new key, while two checks of one property inside the window share one task.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from pipeline.checks import priority as value
from pipeline.checks.address import Address
from pipeline.checks.facts import is_fresh, latest_evidence, params_hash
from pipeline.checks.jobs import queue_name
from pipeline.checks.levels import NAMERS
from pipeline.checks.queries import (
    NAMER_FAILED,
    NO_DEVELOPER,
    NO_DEVELOPER_ANY,
    WAITING_COURT,
    WAITING_DEVELOPER,
    plan,
    query_params,
)
from pipeline.engine import clock
from pipeline.engine import queue as task_queue
from pipeline.models.checks import Evidence, Fact, JobSource, SearchJob, SearchTask
from pipeline.sources import SOURCES, base_source, ttl

# The basic profile asks about the property; the full one also about its developer: its reviews and its own court
# cases (the court asked by the developer's INN as a party, beside the building's cases asked by address).
PROFILES: dict[str, tuple[str, ...]] = {
    "basic": ("court", "enforcement", "listings"),
    "full": (*SOURCES, "court.developer"),
}
IN_FLIGHT = ("queued", "retrying")
__all__ = ["PROFILES", "query_params", "reuse_or_schedule", "schedule_task", "waiting_rows"]


def freshness_window(source: str, now: datetime, level: str | None = None) -> int:
    return int(now.timestamp() // ttl(source, level).total_seconds())


def reuse_or_schedule(
    s: Session,
    job: SearchJob,
    source: str,
    address: Address,
    *,
    trigger: str = "check",
    force: bool = False,
    new_job: bool = False,
    note: str | None = None,
) -> JobSource:
    """Decide one source of a job: reuse fresh facts (recording from which job, fetched when) or schedule a task.

    A source asked about a developer or a person reuses that subject's fresh facts whatever property they were
    fetched for. `new_job`: the job was just created, so it has no source rows yet (saves a lookup per source).
    """
    query, now = plan(s, job, source, address), clock.now()
    with (
        s.no_autoflush
    ):  # evidence is written by workers, never pending here: no need to flush the new job first
        row = None if new_job else s.get(JobSource, (job.id, source))
    if row is None:  # added once decided, so it is inserted once, not inserted and then updated
        row = JobSource(
            job_id=job.id, source=source, params_hash="", task_ids=[], mode="fetched", status="pending"
        )
    row.updated_at = now
    if query.params is None:
        return _wait(s, job, source, row)
    query_hash = params_hash(query.params)
    with s.no_autoflush:
        evidence = newest_evidence(s, source, query_hash, query.reuse_subject)
    row.params_hash = query_hash
    if evidence is not None:
        row.fetched_at, row.expires_at = evidence.fetched_at, evidence.expires_at
    if is_fresh(evidence, now) and not force:
        assert evidence is not None
        reused = evidence.job_id != job.id
        row.mode, row.status = ("reused" if reused else "fetched"), "completed"
        row.reused_from_job_id = evidence.job_id if reused else None
        row.reason = None
        s.add(row)
        return row
    task = schedule_task(
        s, job, source, query.params, query_hash, trigger, query.subject_id, note, query.level
    )
    row.mode, row.status, row.reused_from_job_id = "fetched", "pending", None
    row.task_ids = [*row.task_ids, task.id] if task.id not in row.task_ids else row.task_ids
    row.reason = fetch_reason(evidence, now)
    if task.job_id != job.id:
        row.reason += f"; joined the fetch check #{task.job_id} started"
    s.add(row)
    return row


def _wait(s: Session, job: SearchJob, source: str, row: JobSource) -> JobSource:
    """A source whose subject (the developer) is not known yet waits for the check's sources that can name it
    (listings, court cases by address): while one is still running it waits; when every one finished without
    naming it there is nothing to ask, or, when one failed, the source fails with that reason."""
    namers = {
        name: s.get(JobSource, (job.id, name), populate_existing=True)  # completed in SQL
        for name in NAMERS
        if name in job.sources
    }
    pending = [name for name, r in namers.items() if r is None or r.status == "pending"]
    failed = [
        (name, r) for name, r in namers.items() if r is not None and r.status in ("failed", "cancelled")
    ]
    if pending:
        waiting = WAITING_DEVELOPER if "listings" in pending else WAITING_COURT
        row.mode, row.status, row.reason = "waiting", "pending", waiting
    elif failed:
        name, failing = failed[0]
        row.mode, row.status = "fetched", "failed"
        row.reason = NAMER_FAILED[name].format(reason=failing.reason or failing.status)
    else:
        row.mode, row.status = "skipped", "completed"
        row.reason = NO_DEVELOPER if list(namers) == ["listings"] else NO_DEVELOPER_ANY
    row.reused_from_job_id = None
    s.add(row)
    return row


def newest_evidence(s: Session, source: str, query_hash: str, subject_id: int | None) -> Evidence | None:
    """The newest fetch for these parameters, or (asked about a subject) for any facts of that subject at this
    source, whichever property asked. A part of a source ("court.developer") finds its source's evidence."""
    source = base_source(source)
    by_params = latest_evidence(s, source, query_hash)
    if subject_id is None:
        return by_params
    by_subject = s.scalar(_SUBJECT_EVIDENCE, {"source": source, "subject": subject_id})
    found = [e for e in (by_params, by_subject) if e is not None]
    return max(found, key=lambda e: (e.fetched_at, e.id)) if found else None


_SUBJECT_EVIDENCE = (
    select(Evidence)
    .join(Fact, Fact.evidence_id == Evidence.id)
    .where(Fact.subject_id == bindparam("subject"), Fact.source == bindparam("source"))
    .order_by(Evidence.fetched_at.desc(), Evidence.id.desc())
    .limit(1)
)


def fetch_reason(evidence: Evidence | None, now: datetime) -> str:
    """Why a source is fetched: no facts, facts past their window, or a re-check of facts still fresh (never
    "stale since" a day still to come)."""
    if evidence is None:
        return "no facts yet"
    at = evidence.expires_at.isoformat(timespec="seconds")
    if is_fresh(evidence, now):
        return f"re-checking (fresh until {at})"
    if evidence.expires_at > now:  # within its TTL, yet fetched "in the future": a clock that ran ahead
        fetched = evidence.fetched_at.isoformat(timespec="seconds")
        return f"fetched at {fetched}, ahead of the database's clock: not reused as fresh"
    return f"stale since {at}"


def schedule_task(
    s: Session,
    job: SearchJob,
    source: str,
    params: dict[str, Any],
    query_hash: str,
    trigger: str,
    subject_id: int | None = None,
    note: str | None = None,
    level: str | None = None,
) -> Scheduled:
    """The SearchTask for this query and window: an in-flight one is shared, a finished one gets a successor.

    Its queue rank comes from why it exists (pipeline.checks.priority); a shared in-flight task is raised to the
    rank of the most valuable check that waits on it, so a paid check never waits behind its own prefetch.
    """
    kind = value.kind_for(job, trigger)
    base = f"{source}:{query_hash}:{freshness_window(source, clock.now(), level)}"
    key, n = base, 0
    while (existing := s.scalar(_BY_KEY, {"key": key})) is not None:
        if existing.status in IN_FLIGHT:
            if existing.queue_task_id:
                value.raise_rank(s, existing.queue_task_id, kind)
            return Scheduled(existing.id, existing.job_id, existing.queue_task_id, existing.trigger)
        n += 1
        key = f"{base}:{n}"
    conn = s.connection()
    task_id = conn.execute(
        _NEW_TASK,
        {
            "job_id": job.id,
            "source": source,
            "params": params,
            "params_hash": query_hash,
            "idempotency_key": key,
            "trigger": trigger,
            "status": "queued",
            "created_at": clock.now(),
            "reason": note,
        },
    ).scalar_one()
    payload = {
        "search_task_id": task_id,
        "job_id": job.id,
        "property_id": job.property_id,
        "subject_id": subject_id if subject_id is not None else job.property_id,  # where its facts are stored
        "source": source,
        "params": params,
        "params_hash": query_hash,
        "priority_kind": kind,
        **({"level": level} if level else {}),
        **({"note": note} if note else {}),
    }
    rank = value.rank(kind, clock.now())
    queue_task_id = task_queue.enqueue(s, queue_name(source), key, payload, priority=rank)
    conn.execute(_QUEUED_AS, {"task": task_id, "queue_task": queue_task_id})
    return Scheduled(task_id, job.id, queue_task_id, trigger)


class Scheduled(NamedTuple):
    """The SearchTask a source waits on: its id, the job that made it (another job's when shared), its queue task
    and why it was made."""

    id: int
    job_id: int
    queue_task_id: int | None
    trigger: str


_tasks = SearchTask.__table__
# Every check that fetches schedules a task per source: plain statements built once, no ORM flush.
_NEW_TASK = insert(_tasks).returning(_tasks.c.id)
_QUEUED_AS = (
    update(_tasks).where(_tasks.c.id == bindparam("task")).values(queue_task_id=bindparam("queue_task"))
)
_BY_KEY = select(SearchTask).where(SearchTask.idempotency_key == bindparam("key"))


def waiting_rows(s: Session, task: SearchTask) -> list[JobSource]:
    """The job sources whose latest task is this one (every job that waits for its result)."""
    rows = s.scalars(
        select(JobSource).where(
            JobSource.source == task.source,
            JobSource.params_hash == task.params_hash,
            JobSource.status == "pending",
        )
    )
    return [row for row in rows if row.task_ids and row.task_ids[-1] == task.id]
