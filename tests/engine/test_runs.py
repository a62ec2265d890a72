"""Runs: one per (job, scope), coalesced run-now, limits, skips, backoff, economy and budgets."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from pipeline.engine import clock, costs
from pipeline.engine.runs import request_run
from pipeline.models.base import utcnow
from pipeline.service import engine as service
from tests.engine import jobs_for_tests


def test_concurrent_run_now_from_threads_gives_one_run_and_one_queued(db):
    jobs_for_tests.release.clear()
    first = request_run("test.blocking", trigger="schedule", background=True)
    answers: list = []
    threads = [
        threading.Thread(target=lambda: answers.append(request_run("test.blocking", trigger="button")))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert first.outcome == "started"
    assert sorted(a.outcome for a in answers) == ["queued", "queued"]
    messages = " | ".join(a.message for a in answers)
    assert "already running since" in messages and "started by schedule" in messages
    assert "queued to run next" in messages and "already queued" in messages

    jobs_for_tests.release.set()
    first.wait(10)
    runs = service.list_runs("test.blocking")
    assert [r["status"] for r in runs] == ["ok", "ok"]
    assert [r["trigger"] for r in runs] == ["button", "schedule"]  # the queued one ran once, after the first
    assert runs[0]["started_at"] >= runs[1]["ended_at"]


def test_a_run_never_processes_more_than_its_limit(db):
    answer = request_run("test.counting", trigger="cli")
    run = service.get_run(answer.run_id)
    assert run["status"] == "ok" and run["processed"] == 7 and run["limit"] == 7
    assert run["cost"]["source_calls"] == 21 and run["cost"]["usd"] > 0


def test_skip_reason_is_kept_and_shown(db):
    request_run("test.nothing", trigger="cli")
    row = next(j for j in service.list_jobs() if j["name"] == "test.nothing")
    assert row["status"] == "skipped" and row["reason"] == "nothing new"
    assert row["next_run_at"] is not None


def test_failures_back_off_exponentially_and_cap(db, monkeypatch):
    monkeypatch.setenv("MIRANO_BACKOFF_BASE_SECONDS", "60")
    monkeypatch.setenv("MIRANO_BACKOFF_CAP_SECONDS", "900")
    from pipeline.config import reset_settings

    reset_settings()
    start = utcnow()
    delays = []
    for n in range(1, 9):
        moment = start + timedelta(hours=n)
        clock.set_clock(lambda m=moment: m)
        request_run("test.failing", trigger="schedule")
        row = next(j for j in service.list_jobs() if j["name"] == "test.failing")
        from datetime import datetime

        delays.append((datetime.fromisoformat(row["next_run_at"]) - moment).total_seconds())
        assert row["consecutive_failures"] == n
        assert "source answered 503" in row["backoff"] and "next attempt at" in row["backoff"]
    for n, delay in enumerate(delays, start=1):
        ceiling = min(900, 60 * 2 ** (n - 1))
        assert ceiling / 2 - 1 <= delay <= ceiling + 1
    assert max(delays) <= 901 and delays[-1] >= 450  # capped, still jittered within [cap/2, cap]


def test_success_resets_backoff(db):
    request_run("test.failing", trigger="cli")
    from pipeline.engine.registry import JobSpec, register_job

    register_job(JobSpec("test.failing", "ingestion", 600, 10, jobs_for_tests.counting))
    try:
        request_run("test.failing", trigger="cli")
        row = next(j for j in service.list_jobs() if j["name"] == "test.failing")
        assert row["consecutive_failures"] == 0 and row["backoff"] is None and row["status"] == "ok"
    finally:
        jobs_for_tests.register()


def test_economy_mode_shrinks_batches_lengthens_cadence_and_pauses_llm(db, monkeypatch):
    normal = next(j for j in service.list_jobs() if j["name"] == "test.counting")["cadence_s"]
    service.set_economy(True)
    answer = request_run("test.counting", trigger="cli")
    run = service.get_run(answer.run_id)
    assert run["economy"] and run["limit"] == 1 and run["processed"] == 1
    assert next(j for j in service.list_jobs() if j["name"] == "test.counting")["cadence_s"] == normal * 3

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    from pipeline.config import reset_settings

    reset_settings()
    skipped = request_run("test.llm", trigger="cli")
    assert skipped.outcome == "skipped" and skipped.message == "economy mode: LLM work paused"
    service.set_economy(False)
    assert request_run("test.llm", trigger="cli").outcome == "started"


def test_economy_mode_moves_the_next_run_times_already_planned(db):
    from datetime import datetime

    request_run("test.counting", trigger="cli")  # ran and settled: its next run is one cadence later

    def next_run() -> datetime:
        job = next(j for j in service.list_jobs() if j["name"] == "test.counting")
        return datetime.fromisoformat(job["next_run_at"])

    normal, cadence = (
        next_run(),
        next(j for j in service.list_jobs() if j["name"] == "test.counting")["cadence_s"],
    )
    service.set_economy(True)
    assert (next_run() - normal).total_seconds() == cadence * 2  # economy triples the cadence
    service.set_economy(True)  # already on: nothing moves again
    assert (next_run() - normal).total_seconds() == cadence * 2
    service.set_economy(False)
    assert next_run() == normal


def test_daily_budget_stops_a_run_then_skips_the_next(db):
    costs.set_budget("source_calls", 9)
    answer = request_run("test.counting", trigger="cli")
    run = service.get_run(answer.run_id)
    assert run["status"] == "ok" and run["processed"] == 3
    assert run["reason"] == "daily budget reached: source_calls 9 of 9"
    nxt = request_run("test.counting", trigger="cli")
    assert nxt.outcome == "skipped" and nxt.message.startswith("daily budget reached: source_calls")
    # a job of a class that does not spend source calls is not stopped by that budget
    assert request_run("test.nothing", trigger="cli").outcome == "started"


def test_unknown_job_is_a_clear_error(db):
    from pipeline.engine.registry import UnknownJob

    with pytest.raises(UnknownJob, match="unknown job 'nope'"):
        request_run("nope")


def test_a_deferred_run_now_of_a_job_that_skips_is_answered_once(db):
    from pipeline.engine.scheduler import due_jobs

    service.run_now("test.disabled", defer=True)
    assert ("test.disabled", "global", "button") in due_jobs()
    assert request_run("test.disabled", trigger="button").outcome == "skipped"
    assert ("test.disabled", "global", "button") not in due_jobs()  # answered, not fired again on every tick
    [run] = service.list_runs("test.disabled")
    assert (run["status"], run["reason"]) == ("skipped", "no API key for Test")
