"""A durable task queue in the main database.

Claims take a lease and count an attempt; an expired lease makes the task claimable again (its holder died),
unless its attempts are used up: then it is dead, "worker died N times while running it" (a poison task). Each (queue, key) is
unique, so enqueueing the same work twice is a no-op. Failures retry with capped, jittered backoff or honour a
`retry_after`; a task that runs out of attempts is kept as `dead` with its last error.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, String, bindparam, cast, event, func, literal, select, update
from sqlalchemy.orm import Session

from pipeline import dialect
from pipeline.config import get_settings
from pipeline.db import get_engine, serialize, session_scope
from pipeline.engine import clock
from pipeline.engine.backoff import backoff_seconds
from pipeline.models import Task

_t = Task.__table__
# Idle workers of this process wait on this until a transaction that enqueued tasks commits (or their poll
# interval passes: tasks enqueued by other processes, retries coming due).
_arrivals = threading.Condition()


@event.listens_for(Session, "after_commit")
def _announce_arrivals(session: Session) -> None:
    if session.info.pop("mirano_enqueued", False):
        wake_workers()


def wake_workers() -> None:
    """Wake this process's idle workers now."""
    with _arrivals:
        _arrivals.notify_all()


def wait_for_tasks(timeout: float) -> None:
    """Block until tasks are enqueued in this process, `wake_workers()` is called or `timeout` passes."""
    with _arrivals:
        _arrivals.wait(timeout)


_INSERT = {name: dialect.insert_or_ignore(_t, ["queue", "key"], name) for name in dialect.SUPPORTED}
_IDS = select(_t.c.key, _t.c.id).where(
    _t.c.queue == bindparam("queue"), _t.c.key.in_(bindparam("keys", expanding=True))
)


@dataclass(frozen=True)
class ClaimedTask:
    id: int
    queue: str
    key: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    holder: str


def enqueue(
    session: Session,
    queue: str,
    key: str,
    payload: dict[str, Any] | None = None,
    *,
    priority: int = 0,
    max_attempts: int | None = None,
) -> int:
    """Add a task unless (queue, key) exists; returns the task id either way."""
    return enqueue_many(session, queue, [(key, payload or {})], priority=priority, max_attempts=max_attempts)[
        0
    ]


def enqueue_many(
    session: Session,
    queue: str,
    items: list[tuple[str, dict[str, Any]]],
    *,
    priority: int = 0,
    max_attempts: int | None = None,
) -> list[int]:
    """Add many tasks in one statement; existing keys are left as they are. Returns ids in input order."""
    if not items:
        return []
    now = clock.now()
    attempts = max_attempts or get_settings().task_max_attempts
    rows = [
        {
            "queue": queue,
            "key": key,
            "payload": payload,
            "status": "queued",
            "priority": priority,
            "attempts": 0,
            "max_attempts": attempts,
            "available_at": now,
            "created_at": now,
            "updated_at": now,
        }
        for key, payload in items
    ]
    # Core statements on the session's connection: the ORM's bulk-insert machinery cost ~1 ms per call.
    conn = session.connection()
    session.info["mirano_enqueued"] = True
    conn.execute(_INSERT[dialect.backend(conn)], rows)
    keys = [key for key, _ in items]
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        found.update(conn.execute(_IDS, {"queue": queue, "keys": keys[start : start + 500]}).all())
    return [found[k] for k in keys]


_RUNNING = (
    select(func.count())
    .select_from(_t)
    .where(
        _t.c.queue == bindparam("queue"), _t.c.status == "running", _t.c.lease_expires_at > bindparam("now")
    )
)
# Tasks whose holder died (expired lease) come first, then queued ones by priority and age.
_EXPIRED = (
    select(_t.c.id)
    .where(
        _t.c.queue == bindparam("queue"), _t.c.status == "running", _t.c.lease_expires_at <= bindparam("now")
    )
    .limit(bindparam("limit"))
)
_QUEUED = (
    select(_t.c.id)
    .where(_t.c.queue == bindparam("queue"), _t.c.status == "queued", _t.c.available_at <= bindparam("now"))
    .order_by(_t.c.priority.desc(), _t.c.id)
    .limit(bindparam("limit"))
)
# An expired lease on a task that used up its attempts: every claim counted one, and each holder died.
_POISONED = (
    select(_t.c.id)
    .where(
        _t.c.queue == bindparam("queue"),
        _t.c.status == "running",
        _t.c.lease_expires_at <= bindparam("now"),
        _t.c.attempts >= _t.c.max_attempts,
    )
    .limit(100)
)
_BURY = (
    update(_t)
    .where(_t.c.id.in_(bindparam("ids", expanding=True)), _t.c.status == "running")
    .values(
        status="dead",
        last_error=literal("worker died ") + cast(_t.c.attempts, String) + literal(" times while running it"),
        lease_expires_at=None,
        updated_at=bindparam("now"),
    )
)
_READY = {
    name: (dialect.skip_locked(_EXPIRED, name), dialect.skip_locked(_QUEUED, name))
    for name in dialect.SUPPORTED
}
_CLAIM = (
    update(_t)
    .where(_t.c.id.in_(bindparam("ids", expanding=True)))
    .values(
        status="running",
        holder=bindparam("owner"),
        attempts=_t.c.attempts + 1,
        lease_expires_at=bindparam("until"),
        updated_at=bindparam("now"),
    )
    .returning(_t.c.id, _t.c.queue, _t.c.key, _t.c.payload, _t.c.attempts, _t.c.max_attempts)
)


def claim(
    queue: str,
    holder: str,
    *,
    limit: int = 1,
    concurrency: int | None = None,
    lease_seconds: float | None = None,
) -> list[ClaimedTask]:
    """Lease up to `limit` ready tasks of one queue, never more running at once than `concurrency`."""
    lease = timedelta(seconds=lease_seconds or get_settings().lease_seconds)
    engine = get_engine()
    # Prebuilt Core statements on a bare connection: this is the hot path of every worker.
    with engine.begin() as conn:
        now = clock.now()
        bury_poisoned(conn, queue, now)
        if concurrency is not None:
            serialize(conn, f"queue:{queue}")  # count and claim as one step, across every worker
            running = conn.execute(_RUNNING, {"queue": queue, "now": now}).scalar() or 0
            limit = min(limit, concurrency - running)
            if limit <= 0:
                return []
        ids: list[int] = []
        for query in _READY[dialect.backend(conn)]:
            ids += (
                conn.execute(query, {"queue": queue, "now": now, "limit": limit - len(ids)}).scalars().all()
            )
            if len(ids) >= limit:
                break
        if not ids:
            return []
        params = {"ids": ids, "owner": holder, "until": now + lease, "now": now}
        rows = conn.execute(_CLAIM, params).all()
    order = {task_id: i for i, task_id in enumerate(ids)}
    return sorted((ClaimedTask(*row, holder) for row in rows), key=lambda t: order[t.id])


def bury_poisoned(conn: Connection, queue: str, now: datetime) -> int:
    """Mark dead the tasks whose holders died with every attempt they had (a poison task is not claimed again)."""
    ids = conn.execute(dialect.skip_locked(_POISONED, conn), {"queue": queue, "now": now}).scalars().all()
    if not ids:
        return 0
    return int(conn.execute(_BURY, {"ids": ids, "now": now}).rowcount)


_COMPLETE = (
    update(_t)
    .where(_t.c.id == bindparam("task_id"), _t.c.holder == bindparam("owner"), _t.c.status == "running")
    .values(
        status="done",
        result=bindparam("outcome"),
        lease_expires_at=None,
        last_error=None,
        updated_at=bindparam("now"),
    )
)


def complete(
    task_id: int, holder: str, result: dict[str, Any] | None = None, *, session: Session | None = None
) -> bool:
    """Mark a task done; False if the lease was lost to another holder (its work must not be committed)."""
    if session is None:
        return complete_many([(task_id, result)], holder) == 1
    params = {"task_id": task_id, "owner": holder, "outcome": result, "now": clock.now()}
    return bool(session.execute(_COMPLETE, params).rowcount)


def complete_many(done: list[tuple[int, dict[str, Any] | None]], holder: str) -> int:
    """Mark (task id, result) pairs done in one transaction; returns how many were still this holder's."""
    if not done:
        return 0
    now = clock.now()
    params = [
        {"task_id": task_id, "owner": holder, "outcome": result, "now": now} for task_id, result in done
    ]
    with get_engine().begin() as conn:
        return int(conn.execute(_COMPLETE, params).rowcount)


def fail(
    task_id: int, holder: str, reason: str, *, retry_after: float | None = None, permanent: bool = False
) -> str:
    """Record a failure: back to `queued` after a delay, or `dead` when attempts are used up. Returns the new status."""
    settings = get_settings()
    with session_scope() as s:
        task = s.get(Task, task_id)
        if task is None or task.holder != holder or task.status != "running":
            return "lost"
        now = clock.now()
        task.last_error, task.updated_at, task.lease_expires_at = reason, now, None
        if permanent or task.attempts >= task.max_attempts:
            task.status = "dead"
        else:
            delay = (
                retry_after
                if retry_after is not None
                else backoff_seconds(
                    task.attempts, settings.task_backoff_base_seconds, settings.task_backoff_cap_seconds
                )
            )
            task.status, task.available_at = "queued", now + timedelta(seconds=delay)
        return task.status


def extend(task_ids: list[int], holder: str, lease_seconds: float | None = None) -> None:
    """Heartbeat: push the lease of tasks this holder still runs."""
    if not task_ids:
        return
    lease = timedelta(seconds=lease_seconds or get_settings().lease_seconds)
    with session_scope() as s:
        s.execute(
            update(Task)
            .where(Task.id.in_(task_ids), Task.holder == holder, Task.status == "running")
            .values(lease_expires_at=clock.now() + lease)
        )


def counts(queue: str | None = None) -> dict[str, int]:
    """Tasks by status, for one queue or all."""
    with session_scope() as s:
        query = select(Task.status, func.count()).group_by(Task.status)
        if queue:
            query = query.where(Task.queue == queue)
        return {status: n for status, n in s.execute(query)}
