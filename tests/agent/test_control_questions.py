"""The assistant on run control: who cancelled a run, what a run did, why a job is paused — from the same records
as the CLI and the dashboard; and requests to cancel, pause or change refused with the button or command."""

from __future__ import annotations

from typing import Any

import pytest

import agent
from pipeline.engine.runs import request_run
from pipeline.service import control
from tests.agent.answers import assert_honest
from tests.engine import jobs_for_tests


@pytest.fixture
def controlled(db: Any) -> dict[str, int]:
    jobs_for_tests.release.clear()
    blocking = request_run("test.blocking", trigger="schedule", background=True)
    control.cancel_run(blocking.run_id, "ana")
    jobs_for_tests.release.set()
    blocking.wait(10)
    noisy = request_run("test.noisy", trigger="cli").run_id
    control.pause_job("test.sleepy", "global", "boris")
    return {"cancelled": blocking.run_id, "noisy": noisy}


def ask(question: str) -> dict[str, Any]:
    result = agent.ask(question, thread_id=f"control-{abs(hash(question))}")
    assert result["mode"] == "offline"
    assert_honest(result)
    return result


def tools_of(result: dict[str, Any]) -> list[str]:
    return [c["name"] for c in result["tool_calls"]]


def test_who_cancelled_a_run(controlled: dict[str, int]) -> None:
    run = controlled["cancelled"]
    en = ask(f"Who cancelled run {run}?")
    assert tools_of(en) == ["run_timeline"]
    assert en["answer"].startswith(f"Run #{run} was cancelled by ana at ")
    ru = ask(f"Кто отменил запуск {run}?")
    assert ru["language"] == "ru" and ru["answer"].startswith(f"Запуск #{run} отменил ana в ")
    assert "started by" not in ru["answer"] and "cancelled" not in ru["answer"]


def test_what_did_a_run_do(controlled: dict[str, int]) -> None:
    run = controlled["noisy"]
    en = ask(f"What did run {run} do?")
    assert tools_of(en) == ["run_timeline"]
    assert f"Run #{run} of test.noisy" in en["answer"] and "one page was empty" in en["answer"]
    assert "Its timeline (33 events):" in en["answer"] and "30 page(s) with their counts" in en["answer"]


def test_why_is_a_job_paused(controlled: dict[str, int]) -> None:
    en = ask("Why is test.sleepy paused?")
    assert tools_of(en) == ["job_pause"]
    assert en["answer"].startswith("test.sleepy is paused by boris since ")
    assert "ask boris" in en["answer"]
    ru = ask("Почему test.sleepy на паузе?")
    assert ru["answer"].startswith("test.sleepy на паузе: поставил boris")
    refused = ask("Поставь test.sleepy на паузу")
    assert refused["answer"].startswith("Я не могу ставить задания на паузу")


@pytest.mark.parametrize(
    ("question", "command"),
    [
        ("Cancel the running memory.build run", "`mirano cancel RUN`"),
        ("Please stop run 12", "`mirano cancel RUN`"),
        ("Pause ingest.linear", "`mirano pause JOB`"),
        ("Resume memory.build", "`mirano resume JOB`"),
        ("Retry run 12", "`mirano retry RUN`"),
        ("Set the cadence of memory.build to 30 minutes", "`mirano set JOB --cadence 30m --limit 200`"),
        ("Отмени запуск сборки памяти", "`mirano cancel RUN`"),
        ("Поставь импорт Linear на паузу", "`mirano pause JOB`"),
        ("Повтори запуск 12", "`mirano retry RUN`"),
    ],
)
def test_control_requests_are_refused_with_the_button_or_command(
    controlled: dict[str, int], question: str, command: str
) -> None:
    result = ask(question)
    assert result["tool_calls"] == []  # nothing else is answered instead
    assert command in result["answer"]
    assert "\n" not in result["answer"].strip()


def test_who_did_what_lately_comes_from_the_audits(controlled: dict[str, int]) -> None:
    """Asked of anyone, with nothing particular named: the people's moves (a cancel, a run by hand, a pause), each
    with who and when; a kind nobody did is said as such, in both languages."""
    en = ask("Has anyone cancelled or paused anything lately?")
    assert tools_of(en) == ["recent_activity"]
    assert f"ana: cancelled run #{controlled['cancelled']}" in en["answer"]
    assert "boris: paused test.sleepy" in en["answer"] and "started run" not in en["answer"]
    ru = ask("кто что делал на этой неделе?")
    assert f"запустил(а) запуск #{controlled['noisy']} задачи test.noisy" in ru["answer"]
    assert "отменил(а)" in ru["answer"] and "поставил(а) на паузу test.sleepy" in ru["answer"]
    erased = ask("did anybody erase any data recently?")
    assert erased["answer"] == "Over the last 7 days: nobody erased any data."
