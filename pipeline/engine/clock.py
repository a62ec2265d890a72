"""The time shared state is written and compared in: the database's clock, not each process's.

Leases, rate slots, schedules and `fetched_at` are compared by every process that shares the database, so they
must all read one clock. `now()` is this process's clock corrected by the measured difference to the database's
clock (PostgreSQL `clock_timestamp()`; SQLite lives on one machine, so its clock is the host's). A process whose
own clock is off by more than MIRANO_CLOCK_SKEW_SECONDS says so and does not take the scheduler's leader lease.

Tests have two seams: `set_clock(func)` moves time for everyone (the database's clock follows it: no offset is
measured), `set_clock(func, skewed=True)` moves only this process's clock, as on a host whose clock is wrong.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from pipeline.models.base import utcnow

# Differences below this are measurement noise (a network round trip), not skew: they are not applied.
NOISE = timedelta(milliseconds=250)

_now: Callable[[], datetime] = utcnow
_world = False  # a test clock that the database's clock follows
_offset = timedelta(0)  # the database's clock minus this process's clock, as last measured
_measure: Callable[[], datetime | None] | None = None  # reads the database's clock (set by pipeline.db)
_lock = threading.Lock()


def now() -> datetime:
    """The shared time: the database's clock, as this process best knows it."""
    return _now() + _offset


def process_now() -> datetime:
    """This process's own clock (uncorrected); only for telling how far it is off."""
    return _now()


def skew_seconds() -> float:
    """How far this process's clock is ahead of the database's (negative: behind), as last measured."""
    return -_offset.total_seconds()


def set_clock(func: Callable[[], datetime] | None, *, skewed: bool = False) -> None:
    """Replace the clock (tests); `None` restores the real one.

    By default the replacement is everyone's time; with `skewed=True` only this process's clock is wrong and the
    offset to the database's clock is measured again, as a real process with a wrong clock would.
    """
    global _now, _world, _offset
    with _lock:
        _now = func or utcnow
        _world = func is not None and not skewed
        _offset = timedelta(0)
    if not _world:
        sync()


def use_database_clock(measure: Callable[[], datetime | None] | None) -> None:
    """Install how to read the database's clock (pipeline.db, when it opens an engine) and measure once."""
    global _measure
    _measure = measure
    sync()


def sync() -> float:
    """Measure the offset to the database's clock again; returns this process's skew in seconds."""
    global _offset
    measure = _measure
    if _world:
        return 0.0
    before = _now()
    database = measure() if measure is not None else utcnow()
    after = _now()
    if database is None:  # the database did not answer: keep what was measured last
        return skew_seconds()
    offset = database - (before + (after - before) / 2)
    with _lock:
        if not _world:
            _offset = offset if abs(offset) >= NOISE else timedelta(0)
    return skew_seconds()
