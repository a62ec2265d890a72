"""The Jobs page's run controls: Cancel, Pause / Resume, settings, run history filters and a run's timeline with
Retry — each answers on the page at once and reads the same records as the CLI."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from pipeline.config import reset_settings
from pipeline.engine.runs import request_run
from pipeline.i18n import forget_missing, missing
from pipeline.people.identity import cli_user
from pipeline.service import control
from pipeline.service import engine as service
from tests.engine import jobs_for_tests
from tests.ui.conftest import texts
from tests.ui.test_jobs_page import wait_until
from ui.components import local_time


def test_pause_then_resume_from_the_job_card(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    at.button(key="pause:test.sleepy").click().run()
    assert not at.exception
    said = [
        line for line in texts(at).splitlines() + [t.value for t in at.toast] if "paused by" in line.lower()
    ]
    since = local_time(
        control.job_control("test.sleepy")["paused_since"]
    )  # '5 Dec 14:03': the date, by locale
    assert len(said) == 1 and said[0].startswith(f"Paused by {cli_user()} since {since} ("), said
    assert control.job_control("test.sleepy")["paused_by"] == cli_user()  # the local user on loopback
    at.button(key="resume:test.sleepy").click().run()
    assert "Resumed: the schedule fires it again." in texts(at)
    assert not control.job_control("test.sleepy")["paused"]


def test_cancel_a_running_run_from_the_job_card(open_page: Callable[[str], AppTest]) -> None:
    jobs_for_tests.release.clear()
    first = request_run("test.blocking", trigger="cli", background=True)
    try:
        at = open_page("jobs")
        at.button(key="cancel:test.blocking").click().run()
        assert "is cancelling" in texts(at)
        assert service.get_run(first.run_id)["status"] == "cancelling"
    finally:
        jobs_for_tests.release.set()
    first.wait(10)
    run = service.get_run(first.run_id)
    assert run["status"] == "cancelled" and run["reason"].startswith(f"cancelled by {cli_user()} at ")
    at.run()
    assert ":gray-badge[cancelled]" in texts(at) or "cancelled" in at.dataframe[0].value["Status"].tolist()


def test_settings_are_validated_and_saved_beside_the_defaults(open_page: Callable[[str], AppTest]) -> None:
    at = open_page("jobs")
    at.text_input(key="cadence:test.counting").input("5 parsecs")
    at.button(key="save_settings:test.counting").click().run()
    assert any("cadence" in e.value for e in at.error)
    assert control.job_control("test.counting")["cadence_override_s"] is None
    at.text_input(key="cadence:test.counting").input("30m")
    at.number_input(key="limit:test.counting").set_value(3)
    at.button(key="save_settings:test.counting").click().run()
    assert "Saved: every 30m (default 1h), up to 3 items a run (default 7)." in texts(at)
    assert "up to 3 items a run (set; default 7)" in texts(at)


def test_filters_and_a_failed_runs_timeline_with_retry(open_page: Callable[[str], AppTest]) -> None:
    failed = request_run("test.failing", trigger="schedule").run_id
    request_run("test.counting", trigger="cli")
    at = open_page("jobs")
    at.selectbox(key="runs_status").set_value("failed").run()
    shown = at.dataframe[0].value
    assert shown["Job"].tolist() == ["test.failing"]
    at.number_input(key="run_detail").set_value(failed).run()
    assert f"**Run #{failed}**" in texts(at)
    timeline = at.dataframe[1].value
    assert timeline["event"].tolist() == ["started", "error", "finished"]
    at.button(key=f"retry:{failed}").click().run()
    retried = wait_until(lambda: control.show_run(failed)["retried_by"])
    assert f"Retry started as run #{retried[0]}." in texts(at)
    wait_until(lambda: service.get_run(retried[0])["status"] == "failed")
    assert service.get_run(retried[0])["retry_of"] == failed


def test_the_controls_speak_russian(open_page: Callable[[str], AppTest], monkeypatch) -> None:
    failed = request_run("test.failing", trigger="schedule").run_id
    control.pause_job("test.sleepy", "global", "ana")
    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()
    forget_missing()
    at = open_page("jobs")
    at.number_input(key="run_detail").set_value(failed).run()
    assert at.button(key="pause:test.counting").label == "Пауза"
    assert at.button(key="resume:test.sleepy").label == "Возобновить"
    assert at.button(key=f"retry:{failed}").label == "Повторить"
    assert "На паузе (поставил ana, " in texts(at)
    assert at.dataframe[1].value["событие"].tolist() == ["начат", "ошибка", "завершён"]
    assert not [m for m in missing() if "cancel" in m[1].lower() or "pause" in m[1].lower()], missing()
