"""Re-checks add tasks to the same job; risk is incremental; snapshots freeze facts and diff exactly."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from pipeline.db import read_scope
from pipeline.demo import property_data
from pipeline.engine import clock
from pipeline.engine.runs import request_run
from pipeline.models import Run
from pipeline.models.base import utcnow
from pipeline.models.checks import RiskFactor
from pipeline.service import checks as service
from tests.checks.helpers import LENINSKY, NEVSKY, PROFSOYUZNAYA, TVERSKAYA, jobs, tasks


def _shift(days: float) -> None:
    clock.set_clock(lambda: utcnow() + timedelta(days=days))


@pytest.mark.parametrize(
    ("address", "factors"),
    [
        (TVERSKAYA, set()),
        (LENINSKY, {"developer_bankrupt", "court_cases_as_defendant", "bad_reviews"}),
        (NEVSKY, {"active_enforcement"}),
        (PROFSOYUZNAYA, {"price_below_market"}),
    ],
)
def test_demo_properties_carry_their_risks_with_facts_behind_them(
    sources, address: str, factors: set[str]
) -> None:
    check = service.wait_for(service.start_check(address, "full")["id"], timeout=60)
    assert {f["factor"] for f in check["risk"]["factors"]} == factors
    fact_ids = {f["id"] for f in check["facts"]}
    for factor in check["risk"]["factors"]:
        assert factor["fact_ids"] and set(factor["fact_ids"]) <= fact_ids
        assert {e["fact_id"] for e in factor["evidence"]} == set(factor["fact_ids"])
    assert check["risk"]["score"] == sum(f["score"] for f in check["risk"]["factors"])


def _last_recheck() -> Run:
    with read_scope() as s:
        return s.scalars(select(Run).where(Run.job == "checks.recheck").order_by(Run.id.desc())).first()


def test_scheduled_recheck_adds_tasks_to_the_same_job(sources) -> None:
    check = service.wait_for(service.start_check(LENINSKY, "full", key_object=True)["id"], timeout=60)
    request_run("checks.recheck", trigger="test")
    assert _last_recheck().status == "skipped" and "fresh" in _last_recheck().reason
    jobs_before, tasks_before = jobs(), len(tasks())
    _shift(3)  # only listings went stale

    request_run("checks.recheck", trigger="test")

    assert jobs() == jobs_before
    new = tasks()[tasks_before:]
    assert [(t.source, t.job_id, t.trigger, t.status) for t in new] == [
        ("listings", check["id"], "recheck", "completed")
    ]
    run = _last_recheck()
    assert run.status == "ok" and run.processed == 1 and run.source_calls == new[0].source_calls == 1
    after = service.get_check(check["id"])
    assert after["status"] == "COMPLETED" and after["last_recheck_at"]
    listing = next(s for s in after["sources"] if s["source"] == "listings")
    assert listing["fresh"] and listing["task_ids"][-1] == new[0].id


def test_forced_recheck_updates_facts_and_only_touched_risk_factors(sources, monkeypatch) -> None:
    check = service.wait_for(service.start_check(LENINSKY, "full")["id"], timeout=60)
    with read_scope() as s:
        before = {
            r.factor: r.updated_at
            for r in s.scalars(select(RiskFactor).where(RiskFactor.job_id == check["id"]))
        }
    key = property_data.read_request(LENINSKY)[0]
    cheap = {**property_data.BY_KEY[key]["listings"][0], "price": 9_000_000}
    monkeypatch.setitem(property_data.BY_KEY, key, {**property_data.BY_KEY[key], "listings": [cheap]})
    _shift(0.5)

    result = service.recheck_now(check["id"])
    assert len(result["new_task_ids"]) == 5 and result["check"]["status"] == "PARTIAL"
    after = service.wait_for(check["id"], timeout=60)

    assert jobs() == 1
    with read_scope() as s:
        now = {
            r.factor: r.updated_at
            for r in s.scalars(select(RiskFactor).where(RiskFactor.job_id == check["id"]))
        }
    assert set(now) == set(before) | {"price_below_market"}
    for factor in before:  # court, reviews refetched with the same facts: their factors were not recomputed
        assert now[factor] == before[factor], factor
    assert after["risk"]["score"] == check["risk"]["score"] + 20


def test_snapshot_diff_lists_exactly_what_changed(sources, monkeypatch) -> None:
    check = service.wait_for(service.start_check(TVERSKAYA, "full")["id"], timeout=60)
    first = service.finalize(check["id"])
    key = property_data.read_request(TVERSKAYA)[0]
    old = property_data.BY_KEY[key]["listings"]
    listings = [
        {**old[0], "price": 45_000_000},
        old[1],
        {**old[1], "id": "L-104", "url": "https://listings.example/flat/104"},
    ]
    monkeypatch.setitem(property_data.BY_KEY, key, {**property_data.BY_KEY[key], "listings": listings})
    service.recheck_now(check["id"])
    service.wait_for(check["id"], timeout=60)
    second = service.finalize(check["id"])

    diff = service.diff(first["id"], second["id"])

    assert [(f["type"], f["key"]) for f in diff["added"]] == [("listing", "L-104")]
    assert [(f["type"], f["key"]) for f in diff["removed"]] == [("listing", "L-103")]
    assert [(c["key"], c["before"]["price"], c["after"]["price"]) for c in diff["changed"]] == [
        ("L-101", 48_000_000, 45_000_000)
    ]
    frozen = service.get_snapshot(first["id"])
    assert len(frozen["facts"]) == first["facts"] and any(f["key"] == "L-103" for f in frozen["facts"])
    assert service.diff(first["id"], first["id"])["changed"] == []


def test_diff_of_two_properties_is_bad_input(sources) -> None:
    from pipeline.engine.exceptions import BadInput

    a = service.finalize(service.wait_for(service.start_check(TVERSKAYA, "basic")["id"], timeout=60)["id"])
    b = service.finalize(service.wait_for(service.start_check(NEVSKY, "basic")["id"], timeout=60)["id"])
    with pytest.raises(BadInput, match="different properties"):
        service.diff(a["id"], b["id"])
