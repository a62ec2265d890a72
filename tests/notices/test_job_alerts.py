"""A job that fails N times in a row raises one notice per incident through the outbox, on every channel, and one
recovery notice when it succeeds again."""

from __future__ import annotations

import json

from pipeline.engine.runs import request_run
from pipeline.service import notices as service
from tests.engine import jobs_for_tests


def fail(times: int) -> list[int]:
    jobs_for_tests.flaky_fails.set()
    return [request_run("test.flaky", trigger="schedule").run_id for _ in range(times)]


def test_three_failures_give_one_alert_per_channel_and_one_recovery(db, receiver, mailbox) -> None:
    first = fail(2)
    assert service.list_notices() == []  # two in a row: not yet an incident
    third = fail(1)[0]
    more = fail(3)  # the same incident: no new alert
    [alert] = service.list_notices()
    assert alert["trigger"] == "job" and alert["diff"]["alert"] == "failing"
    assert alert["diff"]["failures"] == 3 and alert["diff"]["run_id"] == third
    assert alert["title"] == "test.flaky: failed 3 times in a row, last: RuntimeError: vendor answered 502"
    assert sorted(d["channel"] for d in alert["deliveries"]) == ["email", "webhook"]
    assert service.deliver_now() == {"sent": 2, "failed": 0}

    jobs_for_tests.flaky_fails.clear()
    ok = request_run("test.flaky", trigger="schedule").run_id
    request_run("test.flaky", trigger="schedule")  # still fine: nothing more to say
    recovery, _ = service.list_notices()
    assert recovery["diff"] == {
        "alert": "recovered",
        "job": "test.flaky",
        "scope": "global",
        "run_id": ok,
        "since_run": third,
    }
    assert service.deliver_now() == {"sent": 2, "failed": 0}
    assert service.deliver_now() == {"sent": 0, "failed": 0}

    bodies = [json.loads(r["body"]) for r in receiver.requests]
    assert [b["diff"]["alert"] for b in bodies] == ["failing", "recovered"]
    assert [m["Subject"] for m in mailbox.messages] == [
        f"Mirano: {alert['title']}",
        "Mirano: test.flaky: recovered, run " + str(ok) + " ok",
    ]

    fail(3)  # a new incident raises a new alert
    assert [n["diff"]["alert"] for n in service.list_notices()] == ["failing", "recovered", "failing"]
    assert len(first) == 2 and len(more) == 3


def test_the_inbox_shows_the_alert_and_the_recovery_in_the_readers_language(db, monkeypatch) -> None:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from pipeline.config import reset_settings
    from tests.ui.conftest import texts

    third = fail(3)[-1]
    jobs_for_tests.flaky_fails.clear()
    ok = request_run("test.flaky", trigger="schedule").run_id
    monkeypatch.setenv("MIRANO_UI_RUNTIME", "off")
    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()
    at = AppTest.from_file(
        str(Path(__file__).resolve().parents[2] / "ui" / "app.py"), default_timeout=30
    ).run()
    at.switch_page("views/notices.py").run()
    assert not at.exception, at.exception
    page = texts(at)
    assert "test.flaky: сбой 3 раз подряд, последний: RuntimeError: vendor answered 502" in page
    assert f"test.flaky: восстановилось, запуск #{ok} успешен" in page
    assert third < ok


def test_a_job_without_a_recent_success_raises_one_stale_alert_and_a_recovery(db, receiver) -> None:
    from datetime import timedelta

    from pipeline.engine import clock
    from pipeline.models.base import utcnow

    jobs_for_tests.flaky_fails.clear()
    request_run("test.flaky", trigger="schedule")
    later = utcnow() + timedelta(hours=5)  # test.flaky runs hourly: 4 cadences without a success is stale
    clock.set_clock(lambda: later)
    fail(1)
    first = service_run("notices.health")
    assert first["status"] == "ok" and first["processed"] == 1
    [stale] = service.list_notices()
    assert stale["diff"]["alert"] == "stale" and stale["title"].startswith("test.flaky: no success since ")
    assert service_run("notices.health")["status"] == "skipped"  # the same incident: no second alert
    jobs_for_tests.flaky_fails.clear()
    ok = request_run("test.flaky", trigger="schedule").run_id
    assert [n["diff"]["alert"] for n in service.list_notices()] == ["recovered", "stale"]
    assert service.list_notices()[0]["diff"]["run_id"] == ok


def service_run(job: str) -> dict:
    from pipeline.service import engine

    return engine.get_run(request_run(job, trigger="cli").run_id)
