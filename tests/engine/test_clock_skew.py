"""One clock for shared state: a process whose clock is wrong writes and compares in the database's time.

The skewed process is a real second process on the same database whose own clock runs ahead through the product's
clock seam (`set_clock(..., skewed=True)`), as a host with a wrong clock would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

from pipeline.engine import clock
from pipeline.engine.ratelimit import reserve_slot
from pipeline.engine.scheduler import LEADER_LEASE, Scheduler, acquire_leadership, clock_skewed
from pipeline.models import Lease
from pipeline.models.base import utcnow
from pipeline.service import engine as service

ROOT = Path(__file__).resolve().parents[2]


def run_skewed(seconds_ahead: float, body: str) -> dict:
    """Run `body` in another process whose clock is `seconds_ahead` ahead; it prints one JSON line."""
    script = textwrap.dedent(
        f"""
        import json
        from datetime import timedelta
        from pipeline.engine import clock
        from pipeline.models.base import utcnow
        clock.set_clock(lambda: utcnow() + timedelta(seconds={seconds_ahead}), skewed=True)
        """
    ) + textwrap.dedent(body)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_host_two_minutes_ahead_does_not_delay_every_other_hosts_next_call(db) -> None:
    other = run_skewed(
        120,
        """
        from pipeline.engine.ratelimit import reserve_slot
        wait = reserve_slot("source.court", per_second=1)
        print(json.dumps({"wait": wait, "skew": clock.skew_seconds()}))
        """,
    )
    assert other["wait"] == 0 and 115 < other["skew"] < 125  # it knows its clock is off, by how much

    wait = reserve_slot("source.court", per_second=1)

    assert wait <= 1.0  # the next slot after the other host's call, not two minutes later


def test_a_scheduler_thirty_days_ahead_refuses_the_leader_lease_and_says_why(db) -> None:
    other = run_skewed(
        30 * 86400,
        """
        from pipeline.engine.scheduler import Scheduler, clock_skewed
        s = Scheduler(tick_seconds=3600)
        s.tick()
        print(json.dumps({"leader": s.is_leader, "skew": clock_skewed()}))
        """,
    )
    assert other["leader"] is False and other["skew"] > 29 * 86400

    here = Scheduler(tick_seconds=3600)
    here._aps.start()
    try:
        here.tick()  # the live scheduler with a right clock leads and fires
        assert here.is_leader and here.fired
    finally:
        here.shutdown()


def test_a_lease_written_by_a_clock_far_ahead_is_not_honoured(db) -> None:
    from pipeline.db import session_scope

    ahead = utcnow() + timedelta(days=30)
    with session_scope() as s:  # what a scheduler 30 days ahead left behind when it died: all in its own time
        s.add(Lease(name=LEADER_LEASE, holder="dead:far-ahead", acquired_at=ahead, expires_at=ahead))

    assert (
        not service.scheduler_alive()
    )  # `mirano run` does not hand its run to a scheduler that is not there
    assert acquire_leadership("live", ttl_seconds=45)

    with session_scope() as s:  # taken now, but set to end a month from now: longer than any term
        lease = s.get(Lease, LEADER_LEASE)
        lease.holder, lease.acquired_at, lease.expires_at = "dead:long", utcnow(), ahead
    assert acquire_leadership("live", ttl_seconds=45)


def test_a_job_lease_written_far_ahead_is_reaped(db) -> None:
    from pipeline.db import session_scope
    from pipeline.engine.runs import reap_expired_leases

    with session_scope() as s:
        now = utcnow()
        s.add(Lease(name="job:x:global", holder="dead", acquired_at=now, expires_at=now + timedelta(days=30)))
    with session_scope() as s:
        reap_expired_leases(s)
    with session_scope() as s:
        assert s.get(Lease, "job:x:global") is None


def test_a_skewed_clock_is_measured_against_the_database_and_a_test_clock_moves_everyone(db) -> None:
    clock.set_clock(lambda: utcnow() + timedelta(minutes=2), skewed=True)
    assert clock_skewed() is not None and abs(clock.now() - utcnow()) < timedelta(seconds=1)

    clock.set_clock(lambda: utcnow() + timedelta(minutes=2))  # everyone's time moves: nothing to correct
    assert clock_skewed() is None and clock.now() - utcnow() > timedelta(minutes=1)

    clock.set_clock(None)
    assert clock_skewed() is None and abs(clock.now() - utcnow()) < timedelta(seconds=1)
