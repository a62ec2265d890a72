"""PostgreSQL for the scale-out tests: one server per test session, one database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.config import Settings, get_settings, reset_settings
from pipeline.db import dispose_engines
from tests.pgserver import PostgresServer, find_bin


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if not find_bin("initdb"):
        pytest.fail("PostgreSQL is not installed: `apt-get install postgresql` (.ci/run does this)")
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg(pg_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A migrated, empty PostgreSQL database; MIRANO_DATABASE_URL points at it."""
    from pipeline.migrate import upgrade

    monkeypatch.setenv("MIRANO_DATABASE_URL", pg_server.new_database())
    dispose_engines()
    reset_settings()
    upgrade()
    return get_settings()
