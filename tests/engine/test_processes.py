"""Across processes: one run per job at a time, and a SIGKILLed holder turns into "worker lost" then resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine.runs import request_run
from pipeline.models.base import utcnow
from pipeline.service import engine as service
from tests.engine import jobs_for_tests

ROOT = Path(__file__).resolve().parents[2]
CHILD = (
    "import json, sys; import tests.engine.jobs_for_tests; from pipeline.engine.runs import request_run; "
    "a = request_run(sys.argv[1], trigger='cli'); print(json.dumps(a.as_dict()))"
)


def spawn(job: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, job], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )


def test_two_processes_asking_at_once_give_one_run_and_one_queued(db):
    children = [spawn("test.sleepy") for _ in range(2)]
    answers = [json.loads(c.communicate(timeout=60)[0].strip().splitlines()[-1]) for c in children]
    assert sorted(a["outcome"] for a in answers) == ["queued", "started"]
    runs = service.list_runs("test.sleepy")
    assert len(runs) == 2 and all(r["status"] == "ok" for r in runs)
    later, earlier = runs
    assert later["started_at"] >= earlier["ended_at"]  # never two at once


def test_sigkill_mid_run_expires_into_worker_lost_and_next_run_resumes_without_duplicates(db):
    child = spawn("test.items")
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with session_scope() as s:
                exists = s.execute(text("SELECT name FROM sqlite_master WHERE name='test_items'")).first()
                done = s.execute(text("SELECT count(*) FROM test_items")).scalar() if exists else 0
            if done >= 5:
                break
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)

    # Nobody renews the lease any more; once it expires the run is reaped as lost.
    later = utcnow() + timedelta(minutes=5)
    clock.set_clock(lambda: later)
    row = next(j for j in service.list_jobs() if j["name"] == "test.items")
    lost = service.get_run(row["last_run_id"])
    assert lost["status"] == "failed" and lost["reason"].startswith("worker lost: no heartbeat since")

    clock.set_clock(None)
    answer = request_run("test.items", trigger="cli")
    resumed = service.get_run(answer.run_id)
    assert resumed["status"] == "ok", resumed["reason"]
    with session_scope() as s:
        ids = [i for (i,) in s.execute(text("SELECT id FROM test_items ORDER BY id"))]
    assert ids == list(range(jobs_for_tests.ITEMS))  # every item exactly once
    assert 0 < resumed["processed"] < jobs_for_tests.ITEMS  # it resumed from the saved cursor


def test_request_while_lease_is_alive_in_another_process_is_queued(db):
    child = spawn("test.items")
    try:
        deadline = time.monotonic() + 60
        answer = None
        while time.monotonic() < deadline:
            if service.list_jobs() and any(
                j["name"] == "test.items" and j["status"] == "running" for j in service.list_jobs()
            ):
                answer = request_run("test.items", trigger="button")
                break
            time.sleep(0.02)
        assert answer is not None and answer.outcome == "queued"
        assert "already running since" in answer.message and "started by cli" in answer.message
    finally:
        child.communicate(timeout=60)
    runs = service.list_runs("test.items")
    assert [r["trigger"] for r in runs] == ["button", "cli"]  # the child drained the queued run
