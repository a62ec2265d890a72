"""Fixtures for property checks: the demo sources on a free loopback port, and helpers to drive them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pipeline.config import reset_settings
from pipeline.demo import property_sources
from pipeline.demo.server import DemoServer


class Sources:
    """The running demo sources: fault switches and request counters read at the server."""

    def __init__(self, server: DemoServer) -> None:
        self.server = server
        self.url = server.url

    def faults(self, **per_source: dict[str, Any]) -> None:
        spec = {f"/sources/{name}": values for name, values in per_source.items()}
        httpx.post(f"{self.url}/_demo/faults", json=spec).raise_for_status()

    def stats(self) -> dict[str, dict[str, Any]]:
        raw = httpx.get(f"{self.url}/_demo/stats").json()
        return {name.rsplit("/", 1)[-1]: value for name, value in raw.items()}

    def requests(self) -> int:
        return sum(v["requests"] for v in self.stats().values())

    def reset(self) -> None:
        httpx.post(f"{self.url}/_demo/reset").raise_for_status()


@pytest.fixture
def sources(db: Any, unmigrated_sources: Sources) -> Sources:
    """A migrated database and the four demo sources on 127.0.0.1 (short timeouts and polls for tests)."""
    return unmigrated_sources


@pytest.fixture
def unmigrated_sources(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sources]:
    """The four demo sources on 127.0.0.1, for a test that migrates its database itself."""
    server = DemoServer(property_sources.apps()).start()
    monkeypatch.setenv("MIRANO_DEMO_URL", server.url)
    monkeypatch.setenv("MIRANO_SOURCE_POLL_SECONDS", "0.01")
    monkeypatch.setenv("MIRANO_SOURCE_TIMEOUT_SECONDS", "2")
    monkeypatch.setenv("MIRANO_TASK_BACKOFF_BASE_SECONDS", "0.05")
    monkeypatch.setenv("MIRANO_TASK_BACKOFF_CAP_SECONDS", "0.2")
    monkeypatch.setenv("MIRANO_SOURCE_RATE_PER_SECOND", "0")
    reset_settings()
    yield Sources(server)
    server.stop()
