"""Rate limits shared by every worker process: a call slot per resource, reserved in the database."""

from __future__ import annotations

from datetime import timedelta

from pipeline.db import plain_transaction
from pipeline.engine import clock
from pipeline.engine.queue_sql import statements


def reserve_slot(name: str, per_second: float) -> float:
    """Reserve the next call slot of `name` (at most `per_second` calls per second overall); returns the wait in s.

    Every source call reserves one, so it is three plain statements in a transaction of its own.
    """
    if per_second <= 0:
        return 0.0
    with plain_transaction() as (cursor, dialect):
        sql = statements(dialect)
        now = clock.now()
        cursor.execute(sql.rate_ensure, (name, sql.time(now)))
        cursor.execute(sql.rate_next, (name,))
        slot = max(now, sql.read_time(cursor.fetchone()[0]))
        cursor.execute(sql.rate_take, (sql.time(slot + timedelta(seconds=1.0 / per_second)), name))
    return (slot - now).total_seconds()
