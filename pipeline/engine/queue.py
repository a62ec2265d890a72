"""A durable task queue in the main database.

Claims take a lease and count an attempt; an expired lease makes the task claimable again (its holder died),
unless its attempts are used up: then it is dead, "worker died N times while running it" (a poison task). Each (queue, key) is
unique, so enqueueing the same work twice is a no-op. Failures retry with capped, jittered backoff or honour a
`retry_after`; a task that runs out of attempts is kept as `dead` with its last error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from pipeline import dialect
from pipeline.config import get_settings
from pipeline.db import (
    again_if_dropped,
    current_session,
    plain_single_write,
    plain_transaction,
    session_scope,
)
from pipeline.engine import clock
from pipeline.engine.arrivals import due_in, mark_enqueued, wake_workers
from pipeline.engine.backoff import backoff_seconds
from pipeline.engine.queue_sql import Statements, statements
from pipeline.models import Task

_t = Task.__table__


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
    """Add a task unless (queue, key) exists, in the session's transaction; returns the task id either way."""
    conn = session.connection()
    cursor = conn.connection.cursor()  # the session's own DBAPI connection, inside its transaction
    try:
        mark_enqueued(session, cursor, dialect.backend(conn))
        return _insert(cursor, statements(conn.dialect), queue, key, payload or {}, priority, max_attempts)
    finally:
        cursor.close()


def submit(
    queue: str,
    key: str,
    payload: dict[str, Any] | None = None,
    *,
    priority: int = 0,
    max_attempts: int | None = None,
) -> int:
    """Enqueue one task in a transaction of its own (committed on return) and wake this process's idle workers.

    Inside a `session_scope` it joins that transaction instead, as a nested scope would (a second writer on SQLite
    would wait for the first to end).
    """
    url = get_settings().resolved_database_url
    outer = current_session(url)
    if outer is not None:
        return enqueue(outer, queue, key, payload, priority=priority, max_attempts=max_attempts)

    def insert() -> int:
        with plain_single_write(url) as (cursor, sa):
            # On PostgreSQL the insert carries its NOTIFY, delivered at commit to one listening worker process.
            return _insert(
                cursor, statements(sa), queue, key, payload or {}, priority, max_attempts, notify=True
            )

    task_id = again_if_dropped(insert)  # the same key twice is one task, so a second try is safe
    wake_workers(1)
    return task_id


def _insert(
    cursor: Any,
    sql: Statements,
    queue: str,
    key: str,
    payload: dict[str, Any],
    priority: int,
    max_attempts: int | None,
    *,
    notify: bool = False,
) -> int:
    now = sql.time(clock.now())
    attempts = max_attempts or get_settings().task_max_attempts
    statement = sql.insert_notify if notify and sql.insert_notify else sql.insert
    cursor.execute(statement, (queue, key, sql.json(payload), priority, attempts, now, now, now))
    task_id = sql.inserted(cursor)
    if task_id is None:  # the key exists: enqueueing the same work twice is a no-op
        cursor.execute(sql.id, (queue, key))
        task_id = cursor.fetchone()[0]
    return int(task_id)


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
    cursor = conn.connection.cursor()
    try:
        mark_enqueued(session, cursor, dialect.backend(conn), len(items))
    finally:
        cursor.close()
    conn.execute(_INSERT[dialect.backend(conn)], rows)
    keys = [key for key, _ in items]
    found: dict[str, int] = {}
    for start in range(0, len(keys), 500):
        found.update(conn.execute(_IDS, {"queue": queue, "keys": keys[start : start + 500]}).all())
    return [found[k] for k in keys]


def claim(
    queue: str,
    holder: str,
    *,
    limit: int = 1,
    concurrency: int | None = None,
    lease_seconds: float | None = None,
) -> list[ClaimedTask]:
    """Lease up to `limit` ready tasks of one queue, never more running at once than `concurrency`.

    On PostgreSQL a limited queue is claimed by one transaction at a time, across every worker; a claim that finds
    another one of the same queue under way returns nothing at once instead of queueing behind it (that one takes
    the free place, and wakes another thread when more are free): when a place frees, every idle thread that saw it
    would otherwise line up, each holding a connection, and the thread that freed it waited behind them.
    """
    lease = timedelta(seconds=lease_seconds or get_settings().lease_seconds)
    if concurrency is None and dialect.on_postgresql():
        with plain_single_write() as (cursor, sa):
            sql = statements(sa)
            moment = clock.now()
            cursor.execute(
                sql.claim_one_statement,
                {
                    "queue": queue,
                    "now": sql.time(moment),
                    "limit": limit,
                    "holder": holder,
                    "until": sql.time(moment + lease),
                },
            )
            rows = sorted(
                cursor.fetchall(), key=lambda row: (row[6], -row[7], row[0])
            )  # expired, then priority, age
        return [
            ClaimedTask(task_id, name, key, sql.read_json(payload), attempts, most, holder)
            for task_id, name, key, payload, attempts, most, _k, _priority in rows
        ]
    # Plain statements in one transaction: this is the hot path of every worker.
    with plain_transaction() as (cursor, sa):
        sql = statements(sa)
        moment = clock.now()
        now = sql.time(moment)
        _bury_poisoned(cursor, sql, queue, now)
        if concurrency is not None:
            if dialect.on_postgresql(sa):  # count and claim as one step, across every worker
                cursor.execute("SELECT pg_try_advisory_xact_lock(hashtext(%s))", (f"queue:{queue}",))
                if not cursor.fetchone()[0]:
                    return []
            cursor.execute(sql.running, (queue, now))
            limit = min(limit, concurrency - cursor.fetchone()[0])
            if limit <= 0:
                return []
        cursor.execute(sql.expired, (queue, now, limit))
        ids = [row[0] for row in cursor.fetchall()]
        if len(ids) < limit:
            cursor.execute(sql.queued, (queue, now, limit - len(ids)))
            ids += [row[0] for row in cursor.fetchall()]
        if not ids:
            return []
        cursor.execute(
            sql.claim + sql.ids(len(ids)) + sql.claimed, (holder, sql.time(moment + lease), now, *ids)
        )
        rows = cursor.fetchall()
    order = {task_id: i for i, task_id in enumerate(ids)}
    tasks = [
        ClaimedTask(task_id, name, key, sql.read_json(payload), attempts, most, holder)
        for task_id, name, key, payload, attempts, most in rows
    ]
    return sorted(tasks, key=lambda t: order[t.id])


def _bury_poisoned(cursor: Any, sql: Statements, queue: str, now: Any) -> int:
    """Mark dead the tasks whose holders died with every attempt they had (a poison task is not claimed again)."""
    cursor.execute(sql.poisoned, (queue, now))
    ids = [row[0] for row in cursor.fetchall()]
    if not ids:
        return 0
    cursor.execute(sql.bury + sql.ids(len(ids)), (now, *ids))
    return int(cursor.rowcount)


def complete(
    task_id: int, holder: str, result: dict[str, Any] | None = None, *, session: Session | None = None
) -> bool:
    """Mark a task done; False if the lease was lost to another holder (its work must not be committed)."""
    if session is None:
        return complete_many([(task_id, result)], holder) == 1
    conn = session.connection()
    sql = statements(conn.dialect)
    cursor = (
        conn.connection.cursor()
    )  # in the session's transaction, so results and completion commit together
    try:
        cursor.execute(sql.complete, (sql.json(result), sql.time(clock.now()), task_id, holder))
        return cursor.rowcount == 1
    finally:
        cursor.close()


def complete_many(done: list[tuple[int, dict[str, Any] | None]], holder: str) -> int:
    """Mark (task id, result) pairs done in one transaction; returns how many were still this holder's."""
    if not done:
        return 0
    # One statement per distinct result: most batches share one (None), and then it is its own transaction.
    by_result: dict[str, tuple[Any, list[int]]] = {}
    for task_id, result in done:
        shared = "null" if result is None else json.dumps(result, sort_keys=True, default=str)
        by_result.setdefault(shared, (result, []))[1].append(task_id)
    one_statement = len(by_result) == 1 and len(done) <= 500
    with (plain_single_write if one_statement else plain_transaction)() as (cursor, sa):
        sql = statements(sa)
        now = sql.time(clock.now())
        count = 0
        for result, ids in by_result.values():
            stored = sql.json(result)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                cursor.execute(sql.complete_all + sql.ids(len(chunk)), (stored, now, holder, *chunk))
                count += cursor.rowcount
        return count


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
        status = task.status
    if status == "queued":
        due_in(delay)  # this process's idle workers look again when it comes due
    return status


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
