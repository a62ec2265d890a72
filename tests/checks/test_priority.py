"""Priority by value: a paid check's tasks go before a prefetch backlog, within the source's limit; age wins in time."""

from __future__ import annotations

from datetime import datetime, timedelta

from pipeline.checks import priority as value
from pipeline.checks.facts import params_hash
from pipeline.checks.reuse import queue_name, schedule_task
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine import queue as q
from pipeline.models.base import utcnow
from pipeline.models.checks import SearchJob
from pipeline.service import checks as service
from pipeline.sources import concurrency
from tests.checks.helpers import LENINSKY, NEVSKY, TVERSKAYA

COURT = queue_name("court")


def _at(moment: datetime) -> None:
    clock.set_clock(lambda: moment)


def _prefetch_backlog(job_id: int, n: int) -> list[int]:
    """n queued prefetch tasks for court cases, each for another house (the real scheduling path)."""
    ids = []
    with session_scope() as s:
        job = s.get(SearchJob, job_id)
        for i in range(n):
            params = {"address": f"г. Москва, ул. Тестовая, д. {i + 1}", "region": "77"}
            task = schedule_task(s, job, "court", params, params_hash(params), "prefetch")
            ids.append(task.queue_task_id)
    return ids


def _court_task(check: dict) -> dict:
    return next(t for t in check["tasks"] if t["source"] == "court")


def test_a_paid_check_goes_before_500_queued_prefetch_tasks_within_the_source_limit(sources) -> None:
    t0 = utcnow()
    _at(t0)
    base = service.wait_for(service.start_check(TVERSKAYA, "basic")["id"], timeout=60)
    backlog = _prefetch_backlog(base["id"], 500)
    _at(t0 + timedelta(minutes=1))
    waiting = service.start_check(NEVSKY, "basic")  # a person waits on it, not paid
    paid = service.start_check(LENINSKY, "basic", paid=True)

    court = _court_task(paid)
    assert court["priority_kind"] == "paid" and court["priority"] == 50
    assert court["queue_place"] == 1 and court["queue_place_words"] == "1st in line for court cases"
    assert court["queue_length"] == 502
    assert _court_task(service.get_check(waiting["id"]))["queue_place_words"] == "2nd in line for court cases"

    limit = concurrency("court")
    claimed = q.claim(COURT, "w1", limit=10, concurrency=limit)
    assert len(claimed) == limit == 2  # the source's limit holds
    assert claimed[0].payload["job_id"] == paid["id"]
    assert claimed[1].payload["job_id"] == waiting["id"]
    assert q.claim(COURT, "w2", limit=10, concurrency=limit) == []  # two running: nothing more now
    for task in claimed:
        q.complete(task.id, "w1")
    after = q.claim(COURT, "w1", limit=10, concurrency=limit)
    assert [t.id for t in after] == backlog[:2]  # then the backlog, oldest first


def test_an_old_prefetch_task_is_claimed_within_the_stated_bound(sources) -> None:
    bound = value.starvation_bound_minutes("prefetch")
    assert bound == 240  # (50 - 10) x 6 min with the default weights
    t0 = utcnow()
    _at(t0)
    base = service.wait_for(service.start_check(TVERSKAYA, "basic")["id"], timeout=60)
    [old] = _prefetch_backlog(base["id"], 1)
    _at(t0 + timedelta(minutes=bound - 2))
    before_bound = service.start_check(LENINSKY, "basic", paid=True)
    _at(t0 + timedelta(minutes=bound + 2))
    after_bound = service.start_check(NEVSKY, "basic", paid=True)

    order = q.claim(COURT, "w", limit=10)

    assert len(order) == 3
    assert order[0].payload["job_id"] == before_bound["id"]  # newer paid work inside the bound goes first
    assert order[1].id == old  # past the bound the old prefetch is ahead of newly arriving paid work
    assert order[2].payload["job_id"] == after_bound["id"]


def test_a_paid_check_lifts_the_prefetch_task_it_joins(sources) -> None:
    base = service.wait_for(service.start_check(TVERSKAYA, "basic")["id"], timeout=60)
    _prefetch_backlog(base["id"], 3)
    with session_scope() as s:
        job = s.get(SearchJob, base["id"])
        params = {"address": "г. Москва, ул. Тестовая, д. 3", "region": "77"}
        shared = schedule_task(s, job, "court", params, params_hash(params), "check")  # joins it
        assert shared.trigger == "prefetch"
        shared_id = shared.queue_task_id
    [first] = q.claim(COURT, "w", limit=1)
    assert first.id == shared_id and first.payload["priority_kind"] == "waiting"
