"""Source tasks: idempotent re-execution, malformed bodies, and injected faults under per-source limits."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from pipeline.checks.jobs import SOURCE_QUEUES
from pipeline.checks.tasks import run_source_task
from pipeline.config import reset_settings
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine import queue as task_queue
from pipeline.engine.worker import run_until_idle
from pipeline.models import Task
from pipeline.models.base import utcnow
from pipeline.models.checks import Evidence, Fact
from pipeline.service import checks as service
from pipeline.sources import concurrency
from tests.checks.helpers import LENINSKY, count, evidence, facts, tasks


def test_task_executed_twice_leaves_no_duplicate_facts(sources) -> None:
    check = service.start_check(LENINSKY, "full", developer="7702000002")  # reviews asked by INN at once
    [claimed] = task_queue.claim("source.reviews", "worker-that-dies", lease_seconds=1)
    with pytest.raises(RuntimeError), session_scope() as s:  # crash after the source call, before commit
        run_source_task(claimed, s)
        raise RuntimeError("worker killed")
    assert facts(Fact.source == "reviews") == 0 and sources.stats()["reviews"]["requests"] == 2

    clock.set_clock(lambda: utcnow() + timedelta(minutes=5))  # the dead worker's lease expires
    run_until_idle(SOURCE_QUEUES, timeout=60)
    once = facts(Fact.source == "reviews")
    assert once == 4  # the developer's status and three reviews
    with session_scope() as s:  # the same task runs once more to the end (e.g. a lost lease raced the commit)
        run_source_task(replace(claimed, attempts=3), s)

    assert facts(Fact.source == "reviews") == once
    assert (
        evidence(Evidence.source == "reviews") == 2
    )  # each fetch keeps its evidence; facts point to the newest
    assert sources.stats()["reviews"]["requests"] == 6
    final = service.get_check(check["id"])
    assert final["status"] == "COMPLETED"
    newest = max(f["evidence"]["id"] for f in final["facts"] if f["source"] == "reviews")
    assert {f["evidence"]["id"] for f in final["facts"] if f["source"] == "reviews"} == {newest}


@pytest.mark.parametrize(
    ("source", "reason"), [("reviews", "malformed JSON"), ("court", "could not be parsed")]
)
def test_malformed_body_fails_the_task_clearly_and_commits_nothing(sources, source: str, reason: str) -> None:
    sources.faults(**{source: {"rate_malformed": 1.0}})
    check = service.wait_for(service.start_check(LENINSKY, "full")["id"], timeout=60)

    [task] = [t for t in check["tasks"] if t["source"] == source]
    assert task["status"] == "failed" and task["attempts"] == 1  # a retry would not fix it
    assert (
        reason in task["reason"]
        and reason in task["last_error"]
        and "GET http://127.0.0.1" in task["last_error"]
    )
    assert facts(Fact.source == source) == 0 and evidence(Evidence.source == source) == 0
    assert check["status"] == "PARTIAL" and f"failed: {source}" in check["status_reason"]
    # the court's queue also carries the developer's cases (asked by INN), malformed the same way
    dead = count(Task, Task.queue == f"source.{source}", Task.status == "dead")
    assert dead == (2 if source == "court" else 1)


def test_all_required_sources_failing_makes_the_job_failed_with_reasons(sources, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_TASK_MAX_ATTEMPTS", "2")
    reset_settings()
    sources.faults(**{s: {"rate_5xx": 1.0} for s in ("court", "enforcement", "listings")})
    check = service.wait_for(service.start_check(LENINSKY, "basic")["id"], timeout=60)
    assert check["status"] == "FAILED"
    assert check["status_reason"].startswith("every source failed")
    for source in ("court", "enforcement", "listings"):
        assert (
            f"{source}: gave up after 2 attempts: {source}: source unavailable (HTTP 503)"
            in check["status_reason"]
        )


def test_injected_faults_every_task_ends_with_a_reason_and_limits_hold(sources, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_TASK_MAX_ATTEMPTS", "4")
    reset_settings()
    faults = {
        "rate_429": 0.07,
        "rate_5xx": 0.07,
        "rate_timeout": 0.06,
        "timeout_seconds": 0.02,
        "retry_after": 0,
        "latency_ms": 2,
    }
    sources.faults(
        **{s: {**faults, "seed": i} for i, s in enumerate(("court", "enforcement", "listings", "reviews"))}
    )
    ids = [  # a developer of its own each (unknown to the registry), so every check asks all four sources
        service.start_check(f"Москва, ул. Испытательная, д. {n}", "full", developer=f"77{n:08d}")["id"]
        for n in range(1, 76)
    ]

    run_until_idle(SOURCE_QUEUES, timeout=240, concurrency=12)

    all_tasks = tasks()
    assert len(all_tasks) == 375  # five each: the court asked about the building and about the developer
    assert {t.status for t in all_tasks} <= {"completed", "failed"}
    assert all(t.reason for t in all_tasks)
    failed = [t for t in all_tasks if t.status == "failed"]
    assert all(t.last_error and "gave up after 4 attempts" in t.reason for t in failed)
    stats = sources.stats()
    assert sum(sum(v["injected"].values()) for v in stats.values()) > 30
    for source, seen in stats.items():
        assert seen["peak_in_flight"] <= concurrency(source), source
    for job in (service.get_check(i) for i in ids):
        assert job["status"] in ("COMPLETED", "PARTIAL", "FAILED") and job["pending"] == []
