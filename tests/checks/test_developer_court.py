"""The developer's court cases, asked by its INN as a party: once per TTL for all its buildings, waiting until a
source names the developer (listings or the court's own cases by address), and named as the developer's level in
the report and the risk factors."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.demo import property_sources
from pipeline.demo.server import DemoResponse
from pipeline.models.checks import Fact, SearchTask
from pipeline.service import checks as service
from tests.checks.helpers import LENINSKY, TVERSKAYA, add_party_case, facts, tasks
from tests.checks.test_subject_reuse import (
    DEVELOPER,
    MYASNITSKAYA_8,
    MYASNITSKAYA_10,
    assert_risk_is_from_scratch,
    source_of,
)


def _case(check: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    return [f for f in check["facts"] if f["type"] == "court_case" and f["key"].startswith(prefix)]


def test_developer_cases_are_asked_once_by_inn_for_every_building(sources, monkeypatch) -> None:
    add_party_case(monkeypatch)
    started = [
        service.start_check(TVERSKAYA, "full"),  # the developer named only by its listings
        service.start_check(MYASNITSKAYA_8, "full", developer=DEVELOPER),
        service.start_check(MYASNITSKAYA_10, "full"),
    ]
    waiting = source_of(started[0], "court.developer")
    assert (
        waiting["status"] == "waiting" and waiting["reason"] == "waiting for listings to name the developer"
    )
    assert source_of(started[1], "court.developer")["status"] != "waiting"  # declared: asked at once
    done = [service.wait_for(c["id"], timeout=60) for c in started]
    assert all(c["status"] == "COMPLETED" for c in done), [c["status_reason"] for c in done]

    asked = tasks(SearchTask.source == "court.developer")
    assert [t.params for t in asked] == [{"inn": DEVELOPER, "side": "any"}]  # once for the three buildings
    assert facts(Fact.source == "court", Fact.fact_key.like("А40-310001/%")) == 1
    for check in done:
        [case] = _case(check, "А40-310001/")
        assert case["level"] == "developer" and case["subject"]["key"] == DEVELOPER
        assert _case(check, "А40-204518/") == []  # the developer is the plaintiff there: not its risk
        [factor] = [f for f in check["risk"]["factors"] if f["factor"] == "court_cases_as_defendant"]
        assert "(застройщик)" in factor["explanation"] and "(developer)" in factor["explanation"]
        assert [e["level"] for e in factor["evidence"]] == ["developer"]
        assert source_of(check, "court.developer")["level"] == "developer"
    reused = [source_of(c, "court.developer") for c in done if c["id"] != asked[0].job_id]
    assert len(reused) == 2 and all(v["mode"] == "reused" for v in reused)
    assert all(
        v["reuse_label"].startswith(f"developer facts reused from check #{asked[0].job_id} of ")
        for v in reused
    )
    assert_risk_is_from_scratch()


@pytest.fixture
def listings_without_developer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A listings site that does not say who built the house (the court's cases must name the developer)."""
    search = property_sources.ListingsApp.search

    def without(self: Any, request: Any) -> DemoResponse:
        answer = search(self, request)
        if isinstance(answer.body, dict):
            answer.body.pop("building", None)
        return answer

    monkeypatch.setattr(property_sources.ListingsApp, "search", without)


def test_court_cases_by_address_name_the_developer_when_the_listings_do_not(
    listings_without_developer, sources
) -> None:
    named = service.wait_for(service.start_check(LENINSKY, "full")["id"], timeout=60)
    nobody = service.wait_for(service.start_check(TVERSKAYA, "full")["id"], timeout=60)

    assert named["status"] == "COMPLETED", named["status_reason"]
    by_source = {t.source: t.params for t in tasks(SearchTask.job_id == named["id"])}
    assert by_source["court.developer"] == {"inn": "7702000002", "side": "any"}
    assert by_source["reviews"] == {"inn": "7702000002"}  # one mechanism: every waiting part goes ahead
    # the two cases found by the address and again by the INN are one fact each, at the developer's level
    assert facts(Fact.source == "court", Fact.fact_type == "court_case") == 2
    assert {f["level"] for f in named["facts"] if f["type"] == "court_case"} == {"developer"}

    assert nobody["status"] == "COMPLETED"
    for part in ("court.developer", "reviews"):
        view = source_of(nobody, part)
        assert (view["mode"], view["status"]) == ("skipped", "completed")
        assert view["reason"].startswith("neither the listings nor the court cases named the developer")
    assert not tasks(SearchTask.job_id == nobody["id"], SearchTask.source.in_(("court.developer", "reviews")))
    assert_risk_is_from_scratch()


def test_a_failed_naming_source_fails_the_waiting_parts_with_its_reason(
    listings_without_developer, sources
) -> None:
    sources.faults(listings={"rate_malformed": 1.0})
    check = service.wait_for(service.start_check(TVERSKAYA, "full")["id"], timeout=60)
    assert check["status"] == "PARTIAL"
    for part in ("court.developer", "reviews"):
        view = source_of(check, part)
        assert view["status"] == "failed"
        assert view["reason"].startswith("the listings failed, so the developer is unknown: ")


def test_cases_found_by_address_do_not_stand_for_all_the_developers_cases(sources) -> None:
    """The court's facts about a developer also come from address searches: only a search by its INN is reused as
    "the developer's cases"."""
    basic = service.wait_for(
        service.start_check(LENINSKY, "basic")["id"], timeout=60
    )  # cases by address only
    assert {f["level"] for f in basic["facts"] if f["type"] == "court_case"} == {"developer"}
    full = service.wait_for(service.start_check(LENINSKY, "full", developer="7702000002")["id"], timeout=60)
    assert source_of(full, "court")["mode"] == "reused"  # the building's cases: fresh, reused
    assert source_of(full, "court.developer")["mode"] == "fetched"  # the developer's: asked by INN
    assert [t.params for t in tasks(SearchTask.source == "court.developer")] == [
        {"inn": "7702000002", "side": "any"}
    ]
