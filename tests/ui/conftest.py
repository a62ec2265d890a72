"""AppTest fixtures: the dashboard against a temp database, without the scheduler/worker threads.

`MIRANO_UI_RUNTIME=off` keeps `ui/bootstrap.runtime()` from starting the scheduler, workers and demo server; a test
that needs source work done runs the workers itself (`service.wait_for(..., work=True)`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from pipeline.config import reset_settings
from pipeline.demo import property_sources
from pipeline.demo.server import DemoServer

APP = str(Path(__file__).resolve().parents[2] / "ui" / "app.py")
PAGES = {
    "jobs": "views/jobs.py",
    "checks": "views/checks.py",
    "memory": "views/memory.py",
    "assistant": "views/assistant.py",
    "notices": "views/notices.py",
}


@pytest.fixture(autouse=True)
def _no_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRANO_UI_RUNTIME", "off")


@pytest.fixture
def open_page(db: Any) -> Callable[[str], AppTest]:
    """Run the app, switch to a page by name, run it; fails the test on any exception the page raised."""

    def opener(name: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=30).run()
        if name != "jobs":
            at.switch_page(PAGES[name]).run()
        assert not at.exception, at.exception
        return at

    return opener


@pytest.fixture
def sources(db: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The demo property sources on a free loopback port, with short timeouts for tests."""
    server = DemoServer(property_sources.apps()).start()
    monkeypatch.setenv("MIRANO_DEMO_URL", server.url)
    monkeypatch.setenv("MIRANO_SOURCE_POLL_SECONDS", "0.01")
    monkeypatch.setenv("MIRANO_SOURCE_TIMEOUT_SECONDS", "2")
    monkeypatch.setenv("MIRANO_SOURCE_RATE_PER_SECOND", "0")
    reset_settings()
    yield server.url
    server.stop()


def texts(at: AppTest) -> str:
    """Every markdown, caption and alert on the page, as one string to search."""
    parts = [
        e.value
        for kind in ("markdown", "caption", "info", "success", "warning", "error", "subheader", "title")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)
