"""The scheduler fires due jobs, one leader per database, never two runs of a job at once."""

from __future__ import annotations

import time

from pipeline.engine.registry import jobs
from pipeline.engine.scheduler import Scheduler, due_jobs
from pipeline.service import engine as service
from tests.engine import jobs_for_tests  # noqa: F401  (registers the test jobs)


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
        assert a.is_leader and not b.is_leader
        assert {job for job, _ in a.fired} == set(jobs()) and b.fired == []
        assert wait_for(lambda: all(j["last_run_id"] for j in service.list_jobs()))
        a.tick()  # nothing is due again until its cadence passes
        assert len(a.fired) == len(jobs())
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
        assert wait_for(lambda: any(j["name"] == "test.blocking" and j["status"] == "running"
                                    for j in service.list_jobs()))
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
