"""Fixtures of the memory pipeline tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.db import session_scope
from pipeline.memory import store
from pipeline.memory.demo import seed_demo


@pytest.fixture
def seeded(db, demo) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A migrated database with the demo projects and bindings; the demo server's base URL."""
    store.forget_indexes()
    with session_scope() as s:
        seed_demo(s)
    yield demo
    store.forget_indexes()
