"""Cancelling a property check: its own queued tasks are dropped, a task another check waits on is not, the facts
fetched so far stay, and the check ends PARTIAL with the reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.checks.jobs import SOURCE_QUEUES
from pipeline.engine.worker import run_until_idle
from pipeline.models.checks import Fact, SearchTask
from pipeline.service import checks as service
from tests.checks.helpers import LENINSKY, facts, tasks

ROOT = Path(__file__).resolve().parents[2]


def test_cancel_a_check_keeps_shared_tasks_and_fetched_facts_and_ends_partial(sources) -> None:
    first = service.start_check(LENINSKY, "full")
    run_until_idle(("source.listings",), timeout=60)
    listing_facts = facts(Fact.source == "listings")
    assert listing_facts > 0
    second = service.start_check(LENINSKY, "basic")  # joins the first check's court and enforcement tasks

    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "cancel", "--check", str(first["id"]), "--json"],
        cwd=ROOT,
        env={**os.environ, "MIRANO_USER": "ana"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    answer = json.loads(result.stdout)
    assert answer["status"] == "PARTIAL"
    assert answer["reason"].startswith("cancelled at ") and " by ana: not fetched" in answer["reason"]
    assert "not fetched: court, court.developer, enforcement, reviews" in answer["reason"]
    [reviews] = tasks(SearchTask.job_id == first["id"], SearchTask.source == "reviews")
    [cases] = tasks(SearchTask.job_id == first["id"], SearchTask.source == "court.developer")
    assert sorted(answer["tasks_cancelled"]) == sorted([reviews.id, cases.id])  # the developer's, its own
    assert reviews.status == cases.status == "cancelled"
    assert len(answer["tasks_kept"]) == 2  # the second check waits on them

    run_until_idle(SOURCE_QUEUES, timeout=60)
    assert sources.stats().get("reviews", {}).get("requests", 0) == 0  # the dropped task never ran
    assert service.get_check(second["id"])["status"] == "COMPLETED"
    after = service.get_check(first["id"])
    assert after["status"] == "PARTIAL" and after["status_reason"] == answer["reason"]
    assert facts(Fact.source == "listings") == listing_facts  # what was fetched stays

    again = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "cancel", "--check", str(first["id"]), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 1 and "nothing pending to cancel" in json.loads(again.stdout)["error"]
