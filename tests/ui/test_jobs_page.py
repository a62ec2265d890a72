"""The Jobs page: every job with status and reasons, Run now that answers at once, economy mode and budgets."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from streamlit.testing.v1 import AppTest

from pipeline.config import reset_settings
from pipeline.service import engine as service
from tests.engine import jobs_for_tests
from tests.ui.conftest import texts


def wait_until(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def test_every_job_shows_with_status_and_modes(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    page = texts(at)
    assert "**Chatwoot sync**" in page and "**Weekly digest**" in page  # a title people read, per job
    for job in service.list_jobs():
        assert f"`{job['name']}`" in page  # the code name is the small label under the title
        assert at.button(key=f"run:{job['name']}")
    assert ":gray-badge[idle]" in page
    assert "scheduler not running" in page
    sidebar = "\n".join(str(e.value) for e in at.sidebar.markdown)
    assert "Chatwoot :orange-badge[DEMO]" in sidebar
    assert "offline model" in sidebar


def test_run_now_starts_a_run_and_says_so(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    at.button(key="run:test.sleepy").click().run()
    assert not at.exception
    run = service.list_runs("test.sleepy")[0]
    said = [m.value for m in [*at.info, *at.success]]
    assert any(text.startswith(f"Run #{run['id']} ") for text in said), said
    run = wait_until(lambda: [r for r in service.list_runs("test.sleepy") if r["status"] == "ok"])[0]
    assert run["trigger"] == "button"
    at.run()
    assert "#" + str(run["id"]) in at.dataframe[0].value["run"].tolist()
    # The same spot now says how the run ended, and a toast says it once.
    outcome = [m.value for m in at.success if m.value.startswith(f"Run #{run['id']} ok: ")]
    assert outcome and outcome[0].endswith(" s"), [m.value for m in at.success]
    assert any(f"Run #{run['id']} ok" in toast.value for toast in at.toast)


def test_run_now_while_running_is_queued_with_why(open_page: Callable[[str], AppTest]) -> None:
    jobs_for_tests.release.clear()
    first = service.run_now("test.blocking", trigger="cli")
    try:
        at = open_page("jobs")
        assert ":blue-badge[running]" in texts(at) and ":blue-badge[running: 1]" in texts(at)
        # No total is known: no bar with the per-run limit as a fake denominator, the count so far instead.
        assert not at.progress and "0 items so far (total not known yet)" in texts(at)
        at.button(key="run:test.blocking").click().run()
        queued = [m.value for m in at.info if m.value.startswith("Queued")]
        assert queued and "already running since" in queued[0]
        running = next(j for j in service.list_jobs() if j["name"] == "test.blocking")["running_run_id"]
        row = next(j for j in service.list_jobs() if j["name"] == "test.blocking")
        assert row["queued"]
    finally:
        jobs_for_tests.release.set()
    wait_until(lambda: len([r for r in service.list_runs("test.blocking") if r["status"] == "ok"]) == 2)
    assert first["outcome"] == "started"
    at.run()  # the queued message turns into the run it became
    became = service.run_after("test.blocking", running)
    assert became and became["status"] == "ok"
    assert any(m.value.startswith(f"Run #{became['id']} ok: ") for m in at.success)
    assert not [m.value for m in at.info if m.value.startswith("Queued")]


def test_failure_reason_is_a_sentence(open_page: Callable[[str], AppTest]) -> None:
    service.run_now("test.failing", trigger="cli", wait=True)
    at = open_page("jobs")
    failed = [e.value for e in at.error] + [w.value for w in at.warning]
    assert any("source answered 503" in text and text.startswith("Backing off") for text in failed), failed
    assert "Traceback" not in texts(at)


def test_economy_switch_and_budget_are_saved(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    at.toggle(key="economy").set_value(True).run()
    assert service.economy()["on"] is True
    at.number_input(key="budget:usd").set_value(0.5)
    at.button(key="save_budgets").click().run()
    assert service.budgets()["budgets"].get("usd") == 0.5
    assert "Smaller batches" in texts(at)


def test_a_run_that_found_nothing_new_ends_neutral_not_red(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    at.button(key="run:test.nothing").click().run()
    run = wait_until(lambda: [r for r in service.list_runs("test.nothing") if r["status"] == "skipped"])[0]
    at.run()
    said = [m.value for m in at.info if m.value.startswith(f"Run #{run['id']} skipped")]
    assert said and not [e.value for e in at.error if f"Run #{run['id']}" in e.value]
    toast = next(t for t in at.toast if f"Run #{run['id']}" in t.value)
    assert toast.proto.icon != ":material/error:"  # a harmless skip is not an error


def test_a_running_run_with_known_work_shows_work_done_of_work_left(
    open_page: Callable[[str], AppTest], monkeypatch
) -> None:
    answer = service.run_now("test.stoppable", trigger="cli")
    try:
        wait_until(lambda: (service.running_run("test.stoppable") or {}).get("processed", 0) >= 2)
        at = open_page("jobs")
        bars = [bar.text for bar in at.get("progress")]
        assert any(f"of {jobs_for_tests.STOPPABLE_ITEMS}" in text and "Items: " in text for text in bars), (
            bars
        )
        monkeypatch.setenv("MIRANO_LANG", "ru")
        reset_settings()
        at = open_page("jobs")
        bars = [bar.text for bar in at.get("progress")]
        assert any(
            f"из {jobs_for_tests.STOPPABLE_ITEMS}" in text and "Обработано: " in text for text in bars
        ), bars
    finally:
        from pipeline.service import control

        control.cancel_run(answer["run_id"], "test")
        wait_until(lambda: service.running_run("test.stoppable") is None)  # ended before its database goes
