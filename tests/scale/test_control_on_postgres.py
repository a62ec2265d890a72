"""Run control on PostgreSQL: a paused job is not fired by a scheduler in another process (the pause is a row every
process reads), a person's Run now still runs it, and an override survives into that process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.service import control
from pipeline.service import engine as service
from tests.engine import jobs_for_tests  # noqa: F401  (registers the test jobs)

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]

TICK = """
import json
import tests.engine.jobs_for_tests
from pipeline.engine.scheduler import Scheduler
from pipeline.service import control
s = Scheduler(tick_seconds=60)
s.tick()  # by hand: what it fires is recorded in s.fired (APScheduler is not started, so nothing runs)
row = control.job_control("test.counting")
print(json.dumps({"fired": sorted(j for j, _ in s.fired), "limit": row["limit_effective"]}))
"""


def test_a_paused_job_is_not_fired_by_a_scheduler_in_another_process(pg) -> None:
    control.pause_job("test.counting", "global", "ana")
    control.set_job("test.counting", "global", "ana", limit=3)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", TICK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert "test.counting" not in seen["fired"] and "test.nothing" in seen["fired"]
    assert seen["limit"] == 3  # the override, read by the other process
    assert service.list_runs("test.counting") == []

    answer = service.run_now("test.counting", trigger="button", wait=True)
    assert answer["run"]["status"] == "ok" and answer["run"]["processed"] == 3
    assert "paused by ana since" in answer["message"]
