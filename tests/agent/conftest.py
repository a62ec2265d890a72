"""Fixtures of the assistant tests: a database with real runs made by the real engine."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.config import Settings
from pipeline.service import engine as service
from tests.agent import jobs_for_agent  # noqa: F401  (registers the agenttest.* jobs)


@pytest.fixture
def engine_runs(db: Settings) -> dict[str, Any]:
    """Runs through the real engine: an ok run with costs, a failure, a skip, an economy run, a budget stop."""
    ids: dict[str, Any] = {}
    ids["sync_ok"] = service.run_now("agenttest.sync", trigger="cli", wait=True)["run_id"]
    ids["embed_ok"] = service.run_now("agenttest.embed", trigger="schedule", wait=True)["run_id"]
    ids["broken"] = service.run_now("agenttest.broken", trigger="schedule", wait=True)["run_id"]
    ids["idle"] = service.run_now("agenttest.idle", trigger="schedule", wait=True)["run_id"]
    service.set_economy(True)
    ids["economy"] = service.run_now("agenttest.sync", trigger="button", wait=True)["run_id"]
    service.set_economy(False)
    service.set_budget("source_calls", 20)
    ids["budget"] = service.run_now("agenttest.sync", trigger="schedule", wait=True)["run_id"]
    ids["runs"] = {r["id"]: r for r in service.list_runs(None, 50)}
    return ids
