"""Reading Retry-After (RFC 9110, section 10.2.3), one way for property-check sources and vendors alike.

The header is either delay-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT"); a date in the past
means "now". Absent or unreadable, the caller waits `default` seconds (1) rather than hammering the server.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def retry_after_seconds(value: str | None, *, now: datetime | None = None, default: float = 1.0) -> float:
    """Seconds to wait from a Retry-After value: delay-seconds or an HTTP-date; `default` when absent or unreadable."""
    text = (value or "").strip()
    if not text:
        return default
    try:
        seconds = float(text)  # delay-seconds; a decimal or negative number is read leniently
    except ValueError:
        pass
    else:
        return max(0.0, seconds) if math.isfinite(seconds) else default
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return default
    if when.tzinfo is None:  # "-0000": an HTTP-date is always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
