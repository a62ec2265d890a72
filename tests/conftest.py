"""Shared fixtures: a real SQLite database in a temp dir per test, and the demo server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.config import Settings, get_settings, reset_settings
from pipeline.db import dispose_engines
from pipeline.engine import clock
from pipeline.service import domains  # noqa: F401 — the composition root: every domain's jobs, as in the app

VENDOR_ENV = (
    "MIRANO_DATABASE_URL",
    "CHATWOOT_BASE_URL",
    "CHATWOOT_API_TOKEN",
    "LINEAR_API_URL",
    "LINEAR_API_KEY",
    "ATTIO_BASE_URL",
    "ATTIO_API_KEY",
    "MIRANO_SOURCES_URL",
    "MIRANO_PROXIES",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
)


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data dir, no vendor keys and the real clock."""
    for name in VENDOR_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MIRANO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MIRANO_EMBEDDER", "hash")
    reset_settings()
    yield
    clock.set_clock(None)
    dispose_engines()
    reset_settings()


@pytest.fixture
def db(_isolated_env: None) -> Settings:
    """A migrated, empty database in the test's data dir."""
    from pipeline.migrate import upgrade

    upgrade()
    return get_settings()


@pytest.fixture
def demo(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The demo server on a free loopback port, with the app pointing at it. Yields its base URL."""
    from pipeline.demo import start_demo_server

    server = start_demo_server(0)
    monkeypatch.setenv("MIRANO_DEMO_URL", server.url)
    reset_settings()
    yield server.url
    server.stop()
