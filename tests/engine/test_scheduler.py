"""The scheduler fires due jobs, one leader per database, never two runs of a job at once."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from pipeline.engine.registry import jobs
from pipeline.engine.scheduler import Scheduler, due_jobs
from pipeline.service import engine as service
from tests.engine import jobs_for_tests  # noqa: F401  (registers the test jobs)


@pytest.fixture(autouse=True)
def _hurry() -> Iterator[None]:
    """Every registered job fires here; none of these tests cancels test.stoppable, so it need not dawdle."""
    jobs_for_tests.hurry.set()
    yield
    jobs_for_tests.hurry.clear()


def wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_two_schedulers_on_one_database_fire_each_job_once(db):
    jobs_for_tests.release.set()
    a, b = Scheduler(tick_seconds=3600), Scheduler(tick_seconds=3600)
    a._aps.start()
    b._aps.start()
    try:
        a.tick()
        b.tick()
        assert a.is_leader and not b.is_leader and a.fired and b.fired == []

        def all_ran() -> bool:  # jobs that read another job's output fire on a later tick, once it is done
            a.tick()
            b.tick()
            return all(j["last_run_id"] for j in service.list_jobs())

        assert wait_for(all_ran)
        assert b.fired == []
        a.tick()  # nothing is due again until its cadence passes
        assert sorted(job for job, _ in a.fired) == sorted(jobs())
    finally:
        a.shutdown()
        b.shutdown()
    counts = {}
    for run in service.list_runs(limit=100):
        counts[run["job"]] = counts.get(run["job"], 0) + 1
    assert all(n == 1 for n in counts.values()), counts


def test_a_running_job_is_not_fired_again_and_leadership_passes_on_shutdown(db):
    jobs_for_tests.release.clear()
    a = Scheduler(tick_seconds=3600)
    a._aps.start()
    try:
        a.tick()
        assert wait_for(
            lambda: any(
                j["name"] == "test.blocking" and j["status"] == "running" for j in service.list_jobs()
            )
        )
        assert "test.blocking" not in {job for job, _, _ in due_jobs()}
    finally:
        jobs_for_tests.release.set()
        a.shutdown()
    b = Scheduler(tick_seconds=3600)
    b._aps.start()
    try:
        b.tick()
        assert b.is_leader  # a released the leader lease on clean shutdown
    finally:
        b.shutdown()
    assert len(service.list_runs("test.blocking")) == 1


def test_coalesced_request_is_picked_up_by_the_scheduler(db):
    jobs_for_tests.release.set()
    answer = service.run_now("test.nothing", defer=True)
    assert answer["outcome"] == "queued" and "scheduler" in answer["message"]
    assert ("test.nothing", "global", "button") in due_jobs()


def test_a_job_waits_for_the_job_it_reads_from_on_schedule_but_not_on_run_now(db):
    jobs_for_tests.release.clear()
    a = Scheduler(tick_seconds=3600)
    a._aps.start()
    try:
        a.tick()
        fired = {job for job, _ in a.fired}
        assert (
            "test.blocking" in fired and "test.after_blocking" not in fired
        )  # its input is due in this tick
        assert wait_for(
            lambda: any(
                j["name"] == "test.blocking" and j["status"] == "running" for j in service.list_jobs()
            )
        )
        a.tick()
        assert "test.after_blocking" not in {job for job, _ in a.fired}  # still running: keep waiting
        assert "test.after_blocking" not in {job for job, _, _ in due_jobs()}
        jobs_for_tests.release.set()
        assert wait_for(
            lambda: any(j["name"] == "test.blocking" and j["status"] == "ok" for j in service.list_jobs())
        )
        a.tick()
        assert "test.after_blocking" in {job for job, _ in a.fired}  # input done: the scheduled run goes
        assert wait_for(lambda: service.list_runs("test.after_blocking"))
        assert service.list_runs("test.after_blocking")[0]["trigger"] == "schedule"
    finally:
        jobs_for_tests.release.set()
        a.shutdown()


def test_a_click_is_not_held_back_by_the_job_it_reads_from(db):
    jobs_for_tests.release.clear()
    try:
        service.run_now("test.blocking", defer=True)
        service.run_now("test.after_blocking", defer=True)
        due = due_jobs()
        assert ("test.blocking", "global", "button") in due and (
            "test.after_blocking",
            "global",
            "button",
        ) in due
    finally:
        jobs_for_tests.release.set()


def test_a_scheduler_that_fires_late_does_not_run_a_job_its_successor_already_ran(db):
    """Leader A reads what is due, loses its lease under load; B becomes leader and runs the job first."""
    jobs_for_tests.release.set()
    a = Scheduler(tick_seconds=3600)
    assert ("test.nothing", "global", "schedule") in due_jobs()  # what A read before it fired
    service.run_now("test.nothing", trigger="schedule", wait=True)  # B's run
    a._run("test.nothing", "global", "schedule")  # A's thread fires at last
    assert len(service.list_runs("test.nothing")) == 1

    jobs_for_tests.release.clear()  # and while B's run still holds the lease, A's late request is not queued
    service.run_now("test.blocking", trigger="schedule")
    try:
        assert wait_for(
            lambda: any(
                j["name"] == "test.blocking" and j["status"] == "running" for j in service.list_jobs()
            )
        )
        a._run("test.blocking", "global", "schedule")  # queued behind B's run, it would run when that ends
    finally:
        jobs_for_tests.release.set()
    assert wait_for(
        lambda: any(
            j["name"] == "test.blocking" and j["status"] not in ("running", "queued")
            for j in service.list_jobs()
        )
    )
    time.sleep(0.3)
    assert len(service.list_runs("test.blocking")) == 1


def test_a_tick_skipped_while_the_last_one_runs_is_no_warning(caplog) -> None:
    """APScheduler's "maximum number of running instances" for the tick is by design (missed ticks collapse into
    one): it reaches the log at INFO from the scheduler, not as APScheduler's warning; other warnings stay."""
    import logging

    import pipeline.engine.scheduler  # noqa: F401 — installs the filter

    aps = logging.getLogger("apscheduler.scheduler")
    with caplog.at_level(logging.INFO):
        aps.warning(
            'Execution of job "%s" skipped: maximum number of running instances reached (%d)', "tick", 1
        )
        aps.warning("job store unreachable")
    assert [(r.name, r.levelname) for r in caplog.records] == [
        ("pipeline.engine.scheduler", "INFO"),
        ("apscheduler.scheduler", "WARNING"),
    ]


def test_a_next_run_written_by_a_clock_far_ahead_is_due_now_and_a_normal_one_waits(db):
    """test.counting runs hourly: a next run 30 days ahead (a scheduler whose clock ran ahead wrote it) cannot be
    honest, so it is due now; one 50 minutes ahead is simply not due yet."""
    from datetime import timedelta

    from pipeline.db import session_scope
    from pipeline.engine import clock
    from pipeline.models import JobState

    def next_run_in(delta: timedelta) -> None:
        with session_scope() as s:
            state = s.get(JobState, ("test.counting", "global")) or JobState(
                job="test.counting", scope="global"
            )
            state.status, state.state, state.next_run_at = "ok", {}, clock.now() + delta
            s.add(state)

    next_run_in(timedelta(minutes=50))
    assert "test.counting" not in {job for job, _, _ in due_jobs()}
    next_run_in(timedelta(days=30))
    assert ("test.counting", "global", "schedule") in due_jobs()
    with session_scope() as s:
        assert s.get(JobState, ("test.counting", "global")).next_run_at <= clock.now()
