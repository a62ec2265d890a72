"""`mirano ui` starts the scheduler and the workers with the server, before any browser opens a page."""

from __future__ import annotations

import time

from pipeline.service import checks, engine
from tests.ui.test_browser import dashboard  # noqa: F401 — the `mirano ui` fixture (same data dir as this test)


def test_scheduled_runs_and_queued_check_tasks_go_without_a_browser(dashboard: str) -> None:  # noqa: F811
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        runs = [r for r in engine.list_runs(limit=50) if r["trigger"] == "schedule" and r["ended_at"]]
        done = [c for c in checks.list_checks() if c["status"] == "COMPLETED"]
        if {"ingest.chatwoot", "memory.build", "memory.extract"} <= {r["job"] for r in runs} and done:
            break  # each has a finished scheduled run (a run still going is not a result yet)
        time.sleep(0.5)
    runs = {r["job"]: r for r in engine.list_runs(limit=50)}
    assert runs["ingest.chatwoot"]["status"] == "ok"
    assert runs["memory.build"]["status"] == "ok"
    # extraction waited for the build it reads from instead of finding "nothing new" a second too early
    assert runs["memory.extract"]["status"] == "ok" and runs["memory.extract"]["processed"] > 0
    assert runs["memory.extract"]["started_at"] >= runs["memory.build"]["ended_at"]
    assert engine.scheduler_alive()
    assert any(c["status"] == "COMPLETED" for c in checks.list_checks())  # the workers ran the seeded check
