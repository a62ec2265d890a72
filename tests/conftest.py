"""Shared fixtures: a real SQLite database in a temp dir per test, and the demo server on 127.0.0.1."""

from __future__ import annotations

import socket
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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# The demo server a command spawns when none answers (`mirano demo-sources --idle-exit`) listens on this process's
# own port, never on the default 8765: one left running by the suite (with a calendar leg's moved clock) would
# otherwise be reused by a `make run` started soon after.
SUITE_DEMO_URL = f"http://127.0.0.1:{_free_port()}"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data dir, no vendor keys and the real clock."""
    for name in VENDOR_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MIRANO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MIRANO_EMBEDDER", "hash")
    monkeypatch.setenv("MIRANO_DEMO_URL", SUITE_DEMO_URL)
    # The fast hash embedder stands in for a paid one: embeddings are priced as configured (a free local embedder
    # costs $0 by default; tests/engine/test_prices.py checks that), so the cost figures have something to show.
    monkeypatch.setenv("MIRANO_PRICE_EMBEDDING", "0.00002")
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


# The tests that read the calendar: answers with dates, "this week", digests by week, TTLs, schedules, budgets by
# day, the demo's dates. `make test` runs them again with the clock moved (+45 days, +400 days, 31 December 23:30
# in Moscow; tests/clock_shift.pth and the Makefile), so a test or a demo date that pins a day fails there.
CALENDAR_MODULES = {
    "tests/agent/test_question_set.py",
    "tests/agent/test_honesty.py",
    "tests/agent/test_offline_domains.py",
    "tests/agent/test_offline_engine.py",
    "tests/checks/test_demo_calendar.py",
    "tests/checks/test_reuse.py",
    "tests/checks/test_recheck_and_snapshots.py",
    "tests/checks/test_prefetch.py",
    "tests/checks/test_priority.py",
    "tests/memory/test_extract_and_actions.py",
    "tests/memory/test_memory_status.py",
    "tests/memory/test_algorithms_extract.py",
    "tests/notices/test_notices.py",
    "tests/notices/test_project_watch.py",
    "tests/engine/test_scheduler.py",
    "tests/engine/test_runs.py",
    "tests/engine/test_failure_reasons.py",
    "tests/engine/test_business_day.py",
    "tests/engine/test_control.py",
    "tests/agent/test_understanding.py",
    "tests/agent/test_control_questions.py",
    "tests/checks/test_future_facts.py",
    "tests/notices/test_job_alerts.py",
    "tests/memory/test_webhook_security.py",
}


# Question-set topics whose answers hold no date, time or period (how an address is read, refusals, which
# systems are demo, search hits, risk scores): the calendar legs skip them, the main run keeps them.
TIMELESS_TOPICS = {
    "address",
    "language",
    "modes",
    "refuse_action",
    "refuse_secret",
    "not_refused",
    "unknown",
    "economy",
    "search",
    "projects",
    "risk_score",
}


# Tests of calendar modules that read no clock or date (run states, cancel between items, a progress bar): the
# calendar legs skip them, the main run keeps them.
CLOCKLESS_TESTS = {
    "tests/engine/test_control.py::" + name
    for name in (
        "test_every_status_and_move_is_written_in_one_place",
        "test_a_run_records_its_timeline_and_a_cap_summarises_the_rest",
        "test_pages_kept_in_memory_are_all_written_in_their_order_with_their_moments",
        "test_cancel_stops_a_running_run_between_items_and_the_next_run_resumes_without_duplicates",
        "test_cancelling_a_job_drops_its_queued_request_with_a_record",
        "test_cancel_of_an_ended_run_is_refused_and_changes_nothing",
        "test_pausing_one_scope_holds_only_that_scope",
        "test_a_running_run_shows_real_progress_and_the_time_left",
        "test_run_wait_draws_a_progress_bar_in_a_terminal_and_nothing_extra_under_json",
    )
} | {
    "tests/memory/test_webhook_security.py::" + name  # all but the signed-and-fresh one read no clock
    for name in (
        "test_off_loopback_without_a_secret_the_endpoint_refuses_to_start",
        "test_headers_are_checked_before_the_body_is_read",
        "test_a_bad_or_huge_content_length_is_refused_and_holds_no_thread",
        "test_a_sender_that_goes_quiet_mid_body_is_cut_off_by_the_read_timeout",
        "test_a_deeply_nested_body_is_a_400_without_internal_text",
        "test_a_hundred_concurrent_deliveries_all_get_an_answer",
    )
}


def _reads_the_calendar(item: pytest.Item, module: str) -> bool:
    name = getattr(item, "originalname", item.name)  # a parametrized test by its function's name
    if module not in CALENDAR_MODULES or f"{module}::{name}" in CLOCKLESS_TESTS:
        return False
    if module == "tests/agent/test_understanding.py":  # reading a sentence's grammar reads no clock
        return "demo_world" in getattr(item, "fixturenames", ())
    if module != "tests/agent/test_question_set.py" or not hasattr(item, "callspec"):
        return True
    if item.name.startswith("test_online_answer"):  # the same tools and composer as the offline answer's
        return False
    from tests.agent.question_set import QUESTIONS

    index = item.callspec.params.get("index")
    return index is None or QUESTIONS[index].topic not in TIMELESS_TOPICS


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))
    for item in items:
        if _reads_the_calendar(item, Path(str(item.path)).relative_to(root).as_posix()):
            item.add_marker(pytest.mark.calendar)
