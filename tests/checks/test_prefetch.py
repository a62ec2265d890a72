"""Prefetch of popular objects: refreshed before TTL, the next check is all reuse; budget and economy stop it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.engine import clock, costs
from pipeline.engine.runs import request_run
from pipeline.models import Run
from pipeline.models.base import utcnow
from pipeline.models.checks import SearchTask
from pipeline.service import checks as service
from tests.checks.helpers import LENINSKY, NEVSKY, TVERSKAYA, tasks


def _at(moment: datetime) -> None:
    clock.set_clock(lambda: moment)


def _last_prefetch() -> Run:
    with read_scope() as s:
        return s.scalars(select(Run).where(Run.job == "checks.prefetch").order_by(Run.id.desc())).first()


def _popular(address: str, times: int = 3) -> dict:
    first = service.wait_for(service.start_check(address, "basic")["id"], timeout=60)
    for _ in range(times - 1):
        service.start_check(address, "basic")
    return first


def test_a_popular_object_is_refreshed_before_ttl_and_the_next_check_is_all_reuse(sources) -> None:
    t0 = utcnow()
    _at(t0)
    _popular(LENINSKY)
    service.wait_for(service.start_check(TVERSKAYA, "basic")["id"], timeout=60)  # checked once: not popular
    _at(t0 + timedelta(days=2) - timedelta(hours=2))  # listings (2-day TTL, 2.4 h lead) expire in 2 h

    request_run("checks.prefetch", trigger="test")

    run = _last_prefetch()
    assert run.status == "ok", run.reason
    assert "prefetch: 3 checks in 7 days, listings expire in 2 h" in run.reason
    new = tasks(SearchTask.trigger == "prefetch")
    assert [(t.source, t.status) for t in new] == [("listings", "completed")]  # not Tverskaya's, not court
    assert run.processed == 1 and run.source_calls == new[0].source_calls >= 1
    _at(t0 + timedelta(days=2, hours=1))  # past the old listings' TTL
    calls = sources.requests()

    nxt = service.start_check(LENINSKY, "basic")

    assert sources.requests() == calls and nxt["cost"]["source_calls"] == 0 and nxt["tasks"] == []
    assert nxt["status"] == "COMPLETED" and nxt["reuse"] == "reused"
    listings = next(v for v in nxt["sources"] if v["source"] == "listings")
    assert listings["fresh"] and listings["provenance"] == "prefetch"
    assert any("by a prefetch" in note for note in nxt["notes"])
    assert next(v for v in nxt["sources"] if v["source"] == "court")["provenance"] == "check"


def test_the_daily_budget_stops_prefetch_with_a_reason(sources, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_PREFETCH_DAILY_BUDGET", "1")
    reset_settings()
    t0 = utcnow().replace(hour=1, minute=0)
    _at(t0)
    _popular(LENINSKY)
    _popular(NEVSKY)
    _at(t0 + timedelta(days=2) - timedelta(hours=2))

    request_run("checks.prefetch", trigger="test")
    first = _last_prefetch()
    request_run("checks.prefetch", trigger="test")
    second = _last_prefetch()

    assert first.status == "ok" and first.processed == 1
    assert "daily prefetch budget reached: 1 today; 1 due sources wait for 00:00 UTC" in first.reason
    assert len(tasks(SearchTask.trigger == "prefetch")) == 1
    assert second.status == "skipped" and "daily prefetch budget reached: 1 of 1 today" in second.reason


def test_economy_mode_pauses_prefetch(sources) -> None:
    t0 = utcnow()
    _at(t0)
    _popular(LENINSKY)
    _at(t0 + timedelta(days=2) - timedelta(hours=2))
    costs.set_economy(True)

    request_run("checks.prefetch", trigger="test")

    assert _last_prefetch().status == "skipped" and _last_prefetch().reason == "economy mode: prefetch paused"
    assert tasks(SearchTask.trigger == "prefetch") == []


def test_asked_why_a_check_was_fast_the_assistant_names_the_prefetch_and_claims_no_re_check(sources) -> None:
    import agent
    from agent.honesty import has_claim

    t0 = utcnow()
    _at(t0)
    _popular(LENINSKY)
    _at(t0 + timedelta(days=2) - timedelta(hours=2))
    request_run("checks.prefetch", trigger="test")
    _at(t0 + timedelta(days=2, hours=1))
    nxt = service.start_check(LENINSKY, "basic")

    en = agent.ask(f"Why was check {nxt['id']} so fast?")["answer"]
    ru = agent.ask(f"Почему проверка {nxt['id']} прошла так быстро?")["answer"]

    assert "made no source calls" in en and "listings from check" in en and "by a prefetch" in en, en
    assert "court cases from check #" in en
    assert "(fetched by a prefetch" not in en.split("court cases from check")[1][:30]
    assert "предзагрузк" in ru and "не перепроверялись" in ru, ru
    assert not has_claim(en) and not has_claim(ru)
