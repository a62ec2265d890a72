"""A killed holder reads "worker lost" on every read as soon as its lease expires, and `--wait` waits for the run
its request became, or runs it itself when the holder died and nothing else will."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.config import reset_settings
from pipeline.engine.runs import request_run
from pipeline.service import engine as service
from tests.engine import jobs_for_tests

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import tests.engine.jobs_for_tests; from pipeline.engine.runs import request_run; "
    "request_run('test.blocking', trigger='cli')"
)


@pytest.fixture
def short_lease(db, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MIRANO_LEASE_SECONDS", "1.5")
    monkeypatch.setenv("MIRANO_HEARTBEAT_SECONDS", "0.3")
    reset_settings()


def killed_holder() -> int:
    """A process that takes test.blocking's lease and is SIGKILLed mid-run; the id of the run it held."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", HOLDER], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            running = [r for r in service.list_runs("test.blocking") if r["status"] == "running"]
            if running:
                break
            time.sleep(0.05)
        assert running, "the holder never started its run"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    return running[0]["id"]


def mirano(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "pipeline.cli.main", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_an_expired_lease_reads_worker_lost_on_every_read_without_reaping(short_lease) -> None:
    lost = killed_holder()
    time.sleep(2.0)  # the lease (1.5 s) has expired; nothing has reaped it
    [row] = [r for r in service.list_runs() if r["id"] == lost]
    assert row["status"] == "failed" and row["reason"].startswith("worker lost: no heartbeat since")
    assert service.get_run(lost)["status"] == "failed"
    [listed] = json.loads(mirano("runs", "--json").stdout)  # another process, reading only
    assert (listed["id"], listed["status"]) == (lost, "failed") and "worker lost" in listed["reason"]
    job = next(j for j in service.list_jobs() if j["name"] == "test.blocking")
    assert job["status"] == "failed" and job["reason"].startswith("1 failure(s) in a row, last: worker lost")


def test_wait_after_the_holder_was_killed_runs_the_queued_request_here(short_lease) -> None:
    lost = killed_holder()
    jobs_for_tests.release.set()  # in this process the job returns at once
    result = service.run_and_wait("test.blocking", trigger="cli", timeout=30)
    assert result["run"]["status"] == "ok" and result["run"]["id"] > lost
    assert "after waiting for run" in result["message"]
    assert service.get_run(lost)["reason"].startswith("worker lost")


def test_wait_waits_for_the_run_its_queued_request_became(short_lease) -> None:
    jobs_for_tests.release.clear()
    first = request_run("test.blocking", trigger="schedule", background=True)
    answers: list[dict] = []
    waiter = threading.Thread(
        target=lambda: answers.append(service.run_and_wait("test.blocking", trigger="cli", timeout=30))
    )
    waiter.start()
    time.sleep(1.0)
    assert not answers  # still waiting: the request is queued behind the running run
    jobs_for_tests.release.set()
    first.wait(10)
    waiter.join(30)
    [answer] = answers
    assert answer["outcome"] == "ran" and answer["run"]["status"] == "ok"
    assert answer["run"]["id"] != first.run_id and answer["run"]["trigger"] == "cli"
    assert [r["trigger"] for r in service.list_runs("test.blocking")] == ["cli", "schedule"]  # run once


def test_wait_gives_up_after_its_timeout_with_a_reason(short_lease) -> None:
    jobs_for_tests.release.clear()
    first = request_run("test.blocking", trigger="schedule", background=True)
    try:
        with pytest.raises(service.RunWaitTimeout, match="still queued behind run"):
            service.run_and_wait("test.blocking", trigger="cli", timeout=0.5)
    finally:
        jobs_for_tests.release.set()
        first.wait(10)
