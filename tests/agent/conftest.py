"""Fixtures of the assistant tests: a database with real runs made by the real engine."""

from __future__ import annotations

from collections.abc import Iterator
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


LENINSKY = "г. Москва, Ленинский проспект, д. 90"
JOBS_IN_ORDER = (
    "ingest.chatwoot",
    "ingest.linear",
    "ingest.attio",
    "memory.build",
    "memory.extract",
    "memory.digest",
    "memory.suggest",
)


@pytest.fixture
def world(db: Settings, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Checks and project memory made by the real services over the demo servers:
    check A fetched everything, check B reused all of it, check C (3 days later) reuses what is fresh and
    is still fetching listings; the demo projects are synced, embedded, extracted and digested."""
    from datetime import timedelta

    from pipeline.config import reset_settings
    from pipeline.db import session_scope
    from pipeline.demo import start_demo_server
    from pipeline.engine import clock
    from pipeline.memory import store
    from pipeline.memory.demo import seed_demo
    from pipeline.models.base import utcnow
    from pipeline.service import checks

    server = start_demo_server(0)
    for name, value in (
        ("MIRANO_DEMO_URL", server.url),
        ("MIRANO_SOURCE_POLL_SECONDS", "0.01"),
        ("MIRANO_SOURCE_RATE_PER_SECOND", "0"),
        ("MIRANO_SOURCE_TIMEOUT_SECONDS", "5"),
    ):
        monkeypatch.setenv(name, value)
    reset_settings()
    store.forget_indexes()
    with session_scope() as s:
        seed_demo(s)
    for job in JOBS_IN_ORDER:
        service.run_now(job, trigger="schedule", wait=True)
    ids: dict[str, Any] = {"demo_url": server.url}
    ids["a"] = checks.wait_for(checks.start_check(LENINSKY, "full")["id"], timeout=60)["id"]
    ids["b"] = checks.start_check("Москва, Ленинский пр-т, дом 90", "full")["id"]
    clock.set_clock(lambda: utcnow() + timedelta(days=3))  # listings live 2 days
    ids["c"] = checks.start_check(LENINSKY, "full")["id"]
    yield ids
    store.forget_indexes()
    server.stop()


@pytest.fixture(scope="session")
def demo_world_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo data set, built once per test session (see tests/agent/demo_world.py)."""
    from tests.agent.demo_world import build

    data_dir = tmp_path_factory.mktemp("demo-world") / "data"
    data_dir.mkdir(parents=True)
    return {"data_dir": data_dir, **build(data_dir)}


@pytest.fixture
def demo_world(demo_world_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """The shared demo data set as the current data dir, at the time it was built for."""
    from sqlalchemy import delete

    from pipeline.config import reset_settings
    from pipeline.db import session_scope
    from pipeline.memory import store
    from pipeline.models import CostEntry
    from tests.agent.demo_world import frozen_clock

    monkeypatch.setenv("MIRANO_DATA_DIR", str(demo_world_data["data_dir"]))
    reset_settings()
    store.forget_indexes()
    frozen_clock(demo_world_data["now"])
    yield demo_world_data
    # A test's online answers are charged to the assistant in the shared world, as they should be: take them out
    # again, so the next test's questions about costs see the world they were written for.
    with session_scope() as s:
        s.execute(delete(CostEntry))
