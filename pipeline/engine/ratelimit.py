"""Rate limits shared by every worker process: a call slot per resource, reserved in the database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from pipeline.db import plain_transaction
from pipeline.engine import clock
from pipeline.engine.queue_sql import statements


def reserve_slot(name: str, per_second: float, also: Sequence[tuple[str, tuple[Any, ...]]] = ()) -> float:
    """Reserve the next call slot of `name` (at most `per_second` calls per second overall); returns the wait in s.

    Every source call reserves one, so it is plain statements in a transaction of its own (on PostgreSQL the
    slot is one statement: a call waits for every round trip). `also` are
    statements (`?` placeholders) that commit with the reservation: the call's intent, counted before it is sent,
    so a process killed mid-call leaves its calls counted.
    """
    if per_second <= 0 and not also:
        return 0.0
    with plain_transaction() as (cursor, dialect):
        sql = statements(dialect)
        for statement, params in also:
            cursor.execute(statement.replace("?", sql.placeholder), params)
        if per_second <= 0:
            return 0.0
        now, step = clock.now(), timedelta(seconds=1.0 / per_second)
        if sql.rate_reserve is not None:  # one round trip: the row locked, moved and read back at once
            cursor.execute(sql.rate_reserve, (name, sql.time(now + step), sql.time(now), step))
            slot = sql.read_time(cursor.fetchone()[0]) - step
        else:
            cursor.execute(sql.rate_ensure, (name, sql.time(now)))
            cursor.execute(sql.rate_next, (name,))
            slot = max(now, sql.read_time(cursor.fetchone()[0]))
            cursor.execute(sql.rate_take, (sql.time(slot + step), name))
    return (slot - now).total_seconds()
