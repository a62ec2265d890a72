"""Rate limits shared by every worker process: a call slot per resource, reserved in the database."""

from __future__ import annotations

import time
from datetime import timedelta

from pipeline.db import serialize, session_scope
from pipeline.engine import clock
from pipeline.models import RateSlot


def reserve_slot(name: str, per_second: float) -> float:
    """Reserve the next call slot of `name` (at most `per_second` calls per second overall); returns the wait in s."""
    if per_second <= 0:
        return 0.0
    with session_scope() as s:
        serialize(s, f"rate:{name}")
        now = clock.now()
        row = s.get(RateSlot, name)
        if row is None:
            row = RateSlot(name=name, next_at=now)
            s.add(row)
        slot = max(now, row.next_at)
        row.next_at = slot + timedelta(seconds=1.0 / per_second)
        return (slot - now).total_seconds()


def wait_for_slot(name: str, per_second: float) -> float:
    """Block until this caller's slot comes; returns how long it waited."""
    wait = reserve_slot(name, per_second)
    if wait > 0:
        time.sleep(wait)
    return wait
