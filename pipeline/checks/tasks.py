"""Executing one SearchTask: call the source, then store facts + evidence in the task's own transaction.

The source is called before the transaction writes anything, so no write lock is held while we wait on the
network. Facts, evidence, risk and the queue task's completion commit together; a crash before that commit
leaves nothing behind, and the retried task upserts the same facts (never duplicates).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from pipeline.checks import progress, risk
from pipeline.checks import waiting as dependents
from pipeline.checks.facts import save_facts, upsert_subject
from pipeline.checks.levels import NAMERS
from pipeline.checks.reuse import waiting_rows
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import RetryTask, TaskFailed
from pipeline.engine.queue import ClaimedTask
from pipeline.models.checks import Evidence, JobSource, SearchJob, SearchTask
from pipeline.notices.watches import latest_job, note_property_change, note_stored_change, watched_viewers
from pipeline.sources import FactRecord, base_source, base_url, connector, ttl
from pipeline.sources.http import CALL_INTENT, SourceCall, SourceError, SourceMalformed

_failure_writer = ThreadPoolExecutor(max_workers=2, thread_name_prefix="task-failure")


@dataclass
class Fetched:
    """What one successful fetch brought back."""

    records: list[FactRecord]
    requests: list[str]
    response_hash: str
    calls: int
    proxy: str
    fetched_at: datetime


# A call's intent, committed with its rate slot before it is sent: the task and its check count the call even if
# the worker is killed before the answer is stored (the outcome, stored with the facts or the failure).
_INTENT_TASK = "UPDATE search_tasks SET source_calls = source_calls + 1 WHERE id = ?"
_INTENT_JOB = "UPDATE search_jobs SET source_calls = source_calls + 1 WHERE id = (SELECT job_id FROM search_tasks WHERE id = ?)"


def fetch(source: str, params: dict[str, Any], search_task_id: int | None = None) -> Fetched:
    """Call one source (no database work here but each call's intent, counted on `search_task_id` and its check);
    unreadable answers become SourceMalformed."""
    intent = ((_INTENT_TASK, (search_task_id,)), (_INTENT_JOB, (search_task_id,))) if search_task_id else ()
    token = CALL_INTENT.set(intent)
    try:
        return _fetch(source, params)
    finally:
        CALL_INTENT.reset(token)


def _fetch(source: str, params: dict[str, Any]) -> Fetched:
    with SourceCall(base_source(source), base_url(source)) as call:
        try:
            records = connector(source)(call, params)
        except SourceError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise call.malformed(f"unexpected answer shape ({type(exc).__name__}: {exc})") from None
        return Fetched(records, call.requests, call.response_hash(), call.calls, call.proxy, clock.now())


def run_source_task(task: ClaimedTask, s: Session) -> dict[str, Any]:
    """The TaskHandler of every `source.*` queue."""
    payload = task.payload
    try:
        fetched = fetch(payload["source"], payload["params"], payload["search_task_id"])
    except SourceError as exc:
        final = not exc.retryable or task.attempts >= task.max_attempts
        _failure_writer.submit(
            record_failure, task, exc, final
        ).result()  # commits now, in its own transaction
        if exc.retryable:
            raise RetryTask(exc.reason, exc.retry_after) from None
        raise TaskFailed(exc.reason) from None
    return store_fetch(s, task, fetched)


_tasks, _sources, _jobs, _evidence = (
    SearchTask.__table__,
    JobSource.__table__,
    SearchJob.__table__,
    Evidence.__table__,
)
# Built once: store_fetch runs once per fetched task, and these are its bookkeeping writes (no ORM flush for them).
_COMPLETE_TASK = (
    update(_tasks)
    .where(_tasks.c.id == bindparam("task_id"))
    .values(
        status="completed",
        attempts=bindparam("attempts"),
        proxy=bindparam("proxy"),
        source_calls=_tasks.c.source_calls + bindparam("calls"),
        finished_at=bindparam("at"),
        reason=bindparam("reason"),
    )
    .returning(_tasks.c.job_id, _tasks.c.source, _tasks.c.params_hash, _tasks.c.trigger)
)
_ADD_EVIDENCE = insert(_evidence).returning(_evidence.c.id)
_ADD_CALLS = (
    update(_jobs)
    .where(_jobs.c.id == bindparam("job_id"))
    .values(source_calls=_jobs.c.source_calls + bindparam("calls"))
)
_WAITING = select(_sources.c.job_id, _sources.c.task_ids).where(
    _sources.c.source == bindparam("source"),
    _sources.c.params_hash == bindparam("params_hash"),
    _sources.c.status == "pending",
)
_SOURCE_DONE = (
    update(_sources)
    .where(_sources.c.job_id == bindparam("row_job"), _sources.c.source == bindparam("row_source"))
    .values(
        status="completed",
        reason=None,
        updated_at=bindparam("at"),
        fetched_at=bindparam("at"),
        expires_at=bindparam("expires"),
        mode=bindparam("mode"),
        reused_from_job_id=bindparam("reused_from"),
    )
)

# The jobs the fetch settles, as stored now (their calls were just added in SQL).
_JOBS = (
    select(SearchJob)
    .where(SearchJob.id.in_(bindparam("ids", expanding=True)))
    .execution_options(populate_existing=True)
)


def store_fetch(s: Session, task: ClaimedTask, fetched: Fetched) -> dict[str, Any]:
    """Write evidence and facts, complete the SearchTask, update waiting jobs' sources, risk and status."""
    payload = task.payload
    conn, at = s.connection(), fetched.fetched_at
    done = conn.execute(
        _COMPLETE_TASK,
        {
            "task_id": payload["search_task_id"],
            "attempts": task.attempts,
            "proxy": fetched.proxy,
            "calls": 0,  # counted at intent, call by call (fetch)
            "at": at,
            "reason": f"fetched {len(fetched.records)} facts"
            + (f" on attempt {task.attempts}" if task.attempts > 1 else ""),
        },
    ).first()
    if done is None:
        raise TaskFailed(f"search task {payload['search_task_id']} no longer exists")
    job_id, source, query_hash, trigger = done
    evidence = Evidence(  # the row as stored, for the facts that point at it (not added to the session)
        source=base_source(source),  # a part's facts are its source's: a case found two ways is one fact
        params_hash=query_hash,
        request="\n".join(fetched.requests),
        response_hash=fetched.response_hash,
        fetched_at=at,
        expires_at=at + ttl(source, payload.get("level")),
        task_id=payload["search_task_id"],
        job_id=job_id,
        calls=fetched.calls,
    )
    evidence.id = conn.execute(
        _ADD_EVIDENCE, {c.name: getattr(evidence, c.name) for c in _evidence.c if c.name != "id"}
    ).scalar_one()
    conn.execute(
        _ADD_CALLS, {"job_id": job_id, "calls": 0}
    )  # the job's row lock; its calls counted at intent
    subject_id = payload.get("subject_id", payload["property_id"])
    touched = save_facts(s, subject_id, evidence, fetched.records)
    waiting = [  # every job source whose latest task is this one
        row_job
        for row_job, task_ids in conn.execute(_WAITING, {"source": source, "params_hash": query_hash})
        if task_ids and task_ids[-1] == payload["search_task_id"]
    ]
    if waiting:
        conn.execute(
            _SOURCE_DONE,
            [
                {
                    "row_job": row_job,
                    "row_source": source,
                    "at": at,
                    "expires": evidence.expires_at,
                    # a check that joined another check's fetch reuses facts that check fetched
                    "mode": "fetched" if row_job == job_id else "reused",
                    "reused_from": None if row_job == job_id else job_id,
                }
                for row_job in waiting
            ],
        )
    jobs = {job.id: job for job in s.scalars(_JOBS, {"ids": sorted({job_id, *waiting})})}
    # The settled checks now see every fact this fetch named, changed or not (a fact already stored on a shared
    # subject is new to a check of another property): their factors over these types are recomputed.
    in_scope = touched | {record.fact_type for record in fetched.records}
    for job in jobs.values():
        risk.recompute(s, job, in_scope)
        progress.settle(s, job)
    if (
        touched
    ):  # every other check that shows these facts (on the asked subject, or a developer or person the
        # answer named) follows their change
        named = {upsert_subject(s, r.subject) for r in fetched.records if r.subject.relation != "self"}
        for changed in sorted({subject_id} | named):
            risk.follow_change(s, changed, touched, skip=set(jobs))
    if source in NAMERS:  # the building's developer may be named now: the sources waiting on it go ahead
        dependents.release(s, subject_id)
    if touched:  # a watched property whose facts changed gets its notice in this same transaction
        note_watchers(s, subject_id, jobs, touched, trigger)
    return {
        "facts": len(fetched.records),
        "touched": sorted(touched),
        "calls": fetched.calls,
        "evidence_id": evidence.id,
    }


def note_watchers(
    s: Session, subject_id: int, jobs: dict[int, SearchJob], touched: set[str], trigger: str
) -> None:
    """Notices for the checks this fetch settled and for every other watched property that shows the facts it
    stored: a building's watch fires when another flat's check or a prefetch changes the building's facts."""
    seen = {job.property_id for job in jobs.values()}
    watched = watched_viewers(s, subject_id, also=seen)  # one read; in most fetches nothing is watched
    for job in jobs.values():
        if job.property_id in watched:
            note_property_change(s, job, trigger)
    for property_id in watched:
        if property_id in seen:
            continue
        viewer = latest_job(s, property_id)
        if viewer is None:  # watched but never checked itself (a building whose flats were): its stored facts
            note_stored_change(s, property_id, trigger)
            continue
        risk.recompute(s, viewer, touched)  # its report shows the new facts: its score follows them
        note_property_change(s, viewer, trigger)


def add_calls(job: SearchJob, calls: int) -> None:
    """Count calls on the job in SQL (`source_calls + n`): the job's tasks finish concurrently in several workers.

    A Python `+=` would write back a value read before another task's commit and lose that task's calls.
    The UPDATE also takes the job's row lock, so the status settled after it sees the other tasks' results.
    """
    job.source_calls = SearchJob.source_calls + calls  # type: ignore[assignment]


def record_failure(task: ClaimedTask, error: SourceError, final: bool) -> None:
    """Keep a failed attempt on the SearchTask (and fail the waiting job sources when it was the last one)."""
    with session_scope() as s:
        search_task = s.get(SearchTask, task.payload["search_task_id"])
        if search_task is None:
            return
        search_task.attempts, search_task.proxy = task.attempts, error.proxy
        search_task.last_error = f"{error.reason} [{error.request}]" if error.request else error.reason
        if not final:
            search_task.status = "retrying"
            search_task.reason = (
                f"attempt {task.attempts} of {task.max_attempts} failed, retrying: {error.reason}"
            )
        elif isinstance(error, SourceMalformed):
            search_task.status, search_task.reason = "failed", f"failed, not retried: {error.reason}"
        else:
            search_task.status = "failed"
            search_task.reason = f"gave up after {task.attempts} attempts: {error.reason}"
        if final:
            search_task.finished_at = clock.now()
        owner = s.get(SearchJob, search_task.job_id)
        if owner is not None:
            add_calls(owner, 0)  # the row lock (see add_calls); the calls were counted at intent
        for row in waiting_rows(s, search_task):
            row.reason, row.updated_at = search_task.reason, clock.now()
            if final:
                row.status = "failed"
            job = s.get(SearchJob, row.job_id)
            if job is not None:
                progress.settle(s, job)
        if final and search_task.source in NAMERS:  # the sources waiting on it: decided again (failed when no
            # other source can still name the developer)
            dependents.release(s, task.payload.get("subject_id", task.payload["property_id"]))


def tasks_of(s: Session, job_id: int) -> list[SearchTask]:
    return list(s.scalars(select(SearchTask).where(SearchTask.job_id == job_id).order_by(SearchTask.id)))
