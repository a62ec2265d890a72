"""One clock on PostgreSQL: a process whose clock runs ahead measures the offset to the server's
`clock_timestamp()` and writes shared times in the server's time; with its clock far ahead it fires nothing."""

from __future__ import annotations

import pytest

from pipeline.engine import clock
from pipeline.engine.ratelimit import reserve_slot
from pipeline.engine.scheduler import Scheduler
from tests.engine.test_clock_skew import run_skewed

pytestmark = pytest.mark.postgres


def test_a_host_ahead_writes_rate_slots_in_the_servers_time(pg) -> None:
    other = run_skewed(
        120,
        """
        from pipeline.db import get_engine
        from pipeline.engine.ratelimit import reserve_slot
        get_engine()  # opening the database measures its clock
        wait = reserve_slot("source.court", per_second=1)
        print(json.dumps({"wait": wait, "skew": clock.skew_seconds()}))
        """,
    )
    assert other["wait"] == 0 and 115 < other["skew"] < 125

    assert reserve_slot("source.court", per_second=1) <= 1.0
    assert abs(clock.skew_seconds()) < 1  # this process agrees with the server


def test_a_scheduler_far_ahead_fires_nothing_and_the_right_one_leads(pg) -> None:
    other = run_skewed(
        30 * 86400,
        """
        from pipeline.engine.scheduler import Scheduler
        s = Scheduler(tick_seconds=3600)
        s.tick()
        print(json.dumps({"leader": s.is_leader, "fired": len(s.fired)}))
        """,
    )
    assert other == {"leader": False, "fired": 0}
    here = Scheduler(tick_seconds=3600)
    here._aps.start()
    try:
        here.tick()
        assert here.is_leader and here.fired
    finally:
        here.shutdown()
