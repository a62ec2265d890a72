"""The engine's hot-path statements as plain SQL for a DBAPI cursor, one set per dialect.

Enqueue, claim and completion run once per task, and a rate slot once per source call, so they skip SQLAlchemy's statement machinery (about 50 µs a
call, more than SQLite takes to run them). Values still go through the columns' own SQLAlchemy type processors, so
what is stored is exactly what the ORM stores and reads back (UTC datetimes, JSON).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Dialect

from pipeline import dialect as backends
from pipeline.engine.arrivals import NOTIFY, NOTIFY_ONE
from pipeline.models import Task

_t = Task.__table__

_INSERT = (
    "INSERT INTO tasks (queue, key, payload, status, priority, attempts, max_attempts, available_at, created_at,"
    " updated_at) VALUES (?, ?, ?, 'queued', ?, 0, ?, ?, ?, ?) ON CONFLICT (queue, key) DO NOTHING"
)
_ID = "SELECT id FROM tasks WHERE queue = ? AND key = ?"
_RUNNING = "SELECT count(*) FROM tasks WHERE queue = ? AND status = 'running' AND lease_expires_at > ?"
# Tasks whose holder died (expired lease) come first, then queued ones by priority and age.
_EXPIRED = "SELECT id FROM tasks WHERE queue = ? AND status = 'running' AND lease_expires_at <= ? LIMIT ?"
_QUEUED = (
    "SELECT id FROM tasks WHERE queue = ? AND status = 'queued' AND available_at <= ?"
    " ORDER BY priority DESC, id LIMIT ?"
)
# An expired lease on a task that used up its attempts: every claim counted one, and each holder died.
_POISONED = (
    "SELECT id FROM tasks WHERE queue = ? AND status = 'running' AND lease_expires_at <= ?"
    " AND attempts >= max_attempts LIMIT 100"
)
_BURY = (
    "UPDATE tasks SET status = 'dead', last_error = 'worker died ' || CAST(attempts AS VARCHAR) ||"
    " ' times while running it', lease_expires_at = NULL, updated_at = ? WHERE status = 'running' AND id IN "
)
_CLAIM = (
    "UPDATE tasks SET status = 'running', holder = ?, attempts = attempts + 1, lease_expires_at = ?,"
    " updated_at = ? WHERE id IN "
)
_CLAIMED = " RETURNING id, queue, key, payload, attempts, max_attempts"
_COMPLETE = (
    "UPDATE tasks SET status = 'done', result = ?, lease_expires_at = NULL, last_error = NULL, updated_at = ?"
    " WHERE id = ? AND holder = ? AND status = 'running'"
)
_COMPLETE_ALL = (
    "UPDATE tasks SET status = 'done', result = ?, lease_expires_at = NULL, last_error = NULL, updated_at = ?"
    " WHERE holder = ? AND status = 'running' AND id IN "
)
# A rate slot (pipeline.engine.ratelimit): the INSERT makes sure the row exists; the SELECT takes its row lock on
# PostgreSQL (BEGIN IMMEDIATE serializes writers on SQLite).
_RATE_ENSURE = "INSERT INTO rate_slots (name, next_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"
_RATE_NEXT = "SELECT next_at FROM rate_slots WHERE name = ?"
_RATE_TAKE = "UPDATE rate_slots SET next_at = ? WHERE name = ?"
# PostgreSQL: the three above as one statement, one round trip (a call waits for it under a loaded machine): the
# slot taken is the returned next_at less one step.
_RATE_RESERVE = (
    "INSERT INTO rate_slots (name, next_at) VALUES (%s, %s) ON CONFLICT (name)"
    " DO UPDATE SET next_at = greatest(rate_slots.next_at, %s) + %s RETURNING next_at"
)
# PostgreSQL, a queue without a concurrency limit: bury the poisoned, pick the expired then the queued by priority
# and age, and claim them, in one statement (one round trip, in autocommit its own transaction). `k` and `priority`
# come back so the caller can put the claimed tasks in that order.
_CLAIM_ONE_STATEMENT = (
    "WITH buried AS (UPDATE tasks SET status = 'dead', last_error = 'worker died ' || CAST(attempts AS VARCHAR) ||"
    " ' times while running it', lease_expires_at = NULL, updated_at = %(now)s WHERE id IN (SELECT id FROM tasks"
    " WHERE queue = %(queue)s AND status = 'running' AND lease_expires_at <= %(now)s AND attempts >= max_attempts"
    " LIMIT 100 FOR UPDATE SKIP LOCKED)),"
    " expired AS (SELECT id, 0 AS k, 0 AS priority FROM tasks WHERE queue = %(queue)s AND status = 'running'"
    " AND lease_expires_at <= %(now)s AND attempts < max_attempts LIMIT %(limit)s FOR UPDATE SKIP LOCKED),"
    " queued AS (SELECT id, 1 AS k, priority FROM tasks WHERE queue = %(queue)s AND status = 'queued'"
    " AND available_at <= %(now)s ORDER BY priority DESC, id LIMIT %(limit)s FOR UPDATE SKIP LOCKED),"
    " chosen AS (SELECT id, k, priority FROM (SELECT * FROM expired UNION ALL SELECT * FROM queued) AS picked"
    " ORDER BY k, priority DESC, id LIMIT %(limit)s)"
    " UPDATE tasks SET status = 'running', holder = %(holder)s, attempts = tasks.attempts + 1,"
    " lease_expires_at = %(until)s, updated_at = %(now)s FROM chosen WHERE tasks.id = chosen.id"
    " RETURNING tasks.id, tasks.queue, tasks.key, tasks.payload, tasks.attempts, tasks.max_attempts, chosen.k,"
    " chosen.priority"
)
_PENDING = "SELECT count(*) FROM tasks WHERE status IN ('queued', 'running')"
# Ready = queued and due, or running with an expired lease; each half counted up to a bound on its own index range.
_READY_QUEUED = (
    "SELECT count(*) FROM (SELECT 1 FROM tasks WHERE queue = ? AND status = 'queued' AND available_at <= ? LIMIT ?)"
    " AS ready"
)
_READY_EXPIRED = (
    "SELECT count(*) FROM (SELECT 1 FROM tasks WHERE queue = ? AND status = 'running' AND lease_expires_at <= ?"
    " LIMIT ?) AS ready"
)


@dataclass(frozen=True)
class Statements:
    """The statements and value converters for one dialect."""

    insert: str
    # PostgreSQL: the insert and its NOTIFY to one worker process (arrivals.NOTIFY_ONE) as one statement, so an
    # enqueue is one round trip in autocommit
    insert_notify: str | None
    inserted: Callable[[Any], int | None]  # the id `insert` just gave its task; None if the key existed
    id: str
    running: str
    expired: str
    queued: str
    poisoned: str
    bury: str
    claim: str
    claimed: str
    claim_one_statement: str | None  # PostgreSQL: a claim of an unlimited queue in one statement
    complete: str
    complete_all: str
    pending: str
    ready_queued: str
    ready_expired: str
    rate_ensure: str
    rate_next: str
    rate_take: str
    rate_reserve: str | None  # the slot in one statement (PostgreSQL); SQLite runs the three above
    placeholder: str
    notify: str | None  # what an enqueue sends with its commit to wake other processes' workers (PostgreSQL)
    time: Callable[[datetime], Any]
    read_time: Callable[[Any], datetime]
    json: Callable[[Any], Any]
    read_json: Callable[[Any], Any]

    def ids(self, n: int) -> str:
        """`(?, ?, …)` for an IN list of n ids."""
        return "(" + ", ".join([self.placeholder] * n) + ")"


def _identity(value: Any) -> Any:
    return value


def _inserted_rowid(cursor: Any) -> int | None:
    # SQLite inserts without RETURNING (its result table is a quarter of the insert's CPU): one row changed, or none
    return cursor.lastrowid if cursor.rowcount == 1 else None


def _returned_id(cursor: Any) -> int | None:
    row = cursor.fetchone()
    return None if row is None else row[0]


def _pg_json(value: Any) -> Any:
    # SQLAlchemy hands psycopg the dict and a `::JSON` cast in the statement; a plain statement wraps it instead.
    from psycopg.types.json import Json

    return Json(value)


def _for(name: str, dialect: Dialect) -> Statements:
    postgresql = name == backends.POSTGRESQL
    placeholder = "%s" if postgresql else "?"
    lock = " FOR UPDATE SKIP LOCKED" if postgresql else ""

    def sql(text: str) -> str:
        return text.replace("?", placeholder)

    json_type = _t.c.payload.type.dialect_impl(dialect)
    # dialect_impl: the dialect's own type (SQLite's DATETIME renders the string the ORM stores).
    time_type = _t.c.available_at.type.dialect_impl(dialect)

    return Statements(
        insert=sql(_INSERT) + (" RETURNING id" if postgresql else ""),
        insert_notify=(f"WITH ins AS ({sql(_INSERT)} RETURNING id){NOTIFY_ONE}" if postgresql else None),
        inserted=_returned_id if postgresql else _inserted_rowid,
        id=sql(_ID),
        running=sql(_RUNNING),
        expired=sql(_EXPIRED) + lock,
        queued=sql(_QUEUED) + lock,
        poisoned=sql(_POISONED) + lock,
        bury=sql(_BURY),
        claim=sql(_CLAIM),
        claimed=_CLAIMED,
        claim_one_statement=_CLAIM_ONE_STATEMENT if postgresql else None,
        complete=sql(_COMPLETE),
        complete_all=sql(_COMPLETE_ALL),
        pending=_PENDING,
        ready_queued=sql(_READY_QUEUED),
        ready_expired=sql(_READY_EXPIRED),
        rate_ensure=sql(_RATE_ENSURE),
        rate_next=sql(_RATE_NEXT) + (" FOR UPDATE" if postgresql else ""),
        rate_take=sql(_RATE_TAKE),
        rate_reserve=_RATE_RESERVE if postgresql else None,
        placeholder=placeholder,
        notify=NOTIFY if postgresql else None,
        time=time_type.bind_processor(dialect) or _identity,
        read_time=time_type.result_processor(dialect, None) or _identity,
        json=_pg_json if postgresql else json_type.bind_processor(dialect) or _identity,
        read_json=json_type.result_processor(dialect, None) or _identity,
    )


def statements(dialect: Dialect) -> Statements:
    """The statements for this dialect (built once per dialect name)."""
    name = dialect.name
    cached = _BY_NAME.get(name)
    if cached is None:
        cached = _BY_NAME[name] = _for(name, dialect)
    return cached


_BY_NAME: dict[str, Statements] = {}
