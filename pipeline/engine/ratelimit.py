"""Rate limits shared by every worker process: a call slot per resource, reserved in the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Dialect

from pipeline import dialect as backends
from pipeline.db import plain_transaction
from pipeline.engine import clock
from pipeline.models import RateSlot

# Every source call reserves a slot, so these are plain statements (see pipeline.engine.queue_sql). The INSERT makes
# sure the row exists; the SELECT takes its row lock on PostgreSQL (BEGIN IMMEDIATE serializes writers on SQLite).
_ENSURE = "INSERT INTO rate_slots (name, next_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"
_NEXT = "SELECT next_at FROM rate_slots WHERE name = ?"
_TAKE = "UPDATE rate_slots SET next_at = ? WHERE name = ?"


def _statements(
    dialect: Dialect,
) -> tuple[str, str, str, Callable[[datetime], Any], Callable[[Any], datetime]]:
    """The statements and the column's value converters for this dialect (built once per dialect name)."""
    if dialect.name not in _BY_NAME:
        _BY_NAME[dialect.name] = _build(dialect)
    return _BY_NAME[dialect.name]


def _build(dialect: Dialect) -> tuple[str, str, str, Callable[[datetime], Any], Callable[[Any], datetime]]:
    postgres = dialect.name == backends.POSTGRESQL

    def sql(text: str) -> str:
        return text.replace("?", "%s") if postgres else text

    column = RateSlot.__table__.c.next_at.type.dialect_impl(dialect)  # type: ignore[attr-defined]
    write = column.bind_processor(dialect) or (lambda value: value)
    read = column.result_processor(dialect, None) or (lambda value: value)
    return sql(_ENSURE), sql(_NEXT) + (" FOR UPDATE" if postgres else ""), sql(_TAKE), write, read


_BY_NAME: dict[str, tuple[str, str, str, Callable[[datetime], Any], Callable[[Any], datetime]]] = {}


def reserve_slot(name: str, per_second: float) -> float:
    """Reserve the next call slot of `name` (at most `per_second` calls per second overall); returns the wait in s."""
    if per_second <= 0:
        return 0.0
    with plain_transaction() as (cursor, dialect):
        ensure, next_at, take, write, read = _statements(dialect)
        now = clock.now()
        cursor.execute(ensure, (name, write(now)))
        cursor.execute(next_at, (name,))
        slot = max(now, read(cursor.fetchone()[0]))
        cursor.execute(take, (write(slot + timedelta(seconds=1.0 / per_second)), name))
    return (slot - now).total_seconds()
