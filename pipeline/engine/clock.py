"""An injectable clock, so backoff and leases are tested without sleeping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pipeline.models.base import utcnow

_now: Callable[[], datetime] = utcnow


def now() -> datetime:
    return _now()


def set_clock(func: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); `None` restores the real one."""
    global _now
    _now = func or utcnow
