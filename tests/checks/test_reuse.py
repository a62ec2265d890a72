"""Reuse before fetch: a second check within TTL calls nothing; an expired TTL refetches only that source."""

from __future__ import annotations

from datetime import timedelta

from pipeline.checks.levels import DEVELOPER_PARTS
from pipeline.engine import clock
from pipeline.models.base import utcnow
from pipeline.models.checks import SearchTask
from pipeline.people.identity import acting_as
from pipeline.service import checks as service
from pipeline.service.people import add_person
from tests.checks.helpers import LENINSKY, facts, tasks


def _shift(days: float) -> None:
    clock.set_clock(lambda: utcnow() + timedelta(days=days))


def test_second_check_within_ttl_makes_no_source_calls_and_marks_every_fact_reused(sources) -> None:
    add_person("anna@example.com", "operator")
    add_person("bob@example.com", "operator")
    add_person("vic@example.com", "viewer")
    with acting_as("anna@example.com"):
        first = service.wait_for(service.start_check(LENINSKY, "full")["id"], timeout=60)
    assert first["status"] == "COMPLETED" and not any(f["reused"] for f in first["facts"])
    calls_before, facts_before = sources.requests(), facts()

    with acting_as("bob@example.com"):  # a colleague: the facts Anna's check fetched are shared
        second = service.start_check(
            "Москва, Ленинский пр-т, дом 90", "full"
        )  # another spelling, same property

    assert sources.requests() == calls_before
    assert second["status"] == "COMPLETED" and second["pending"] == [] and second["reuse"] == "reused"
    assert second["property"]["id"] == first["property"]["id"]
    assert len(second["facts"]) == len(first["facts"]) == facts_before
    for fact in second["facts"]:
        assert fact["reused"] and fact["reused_from_job_id"] == first["id"]
        assert fact["fetched_at"] and fact["expires_at"] and fact["fresh"]
    for source in second["sources"]:
        assert source["mode"] == "reused" and source["reused_from_job_id"] == first["id"]
        assert source["reused_from_checked_at"] == first["created_at"]
    assert second["cost"]["source_calls"] == 0 and len(second["tasks"]) == 0
    assert second["risk"]["score"] == first["risk"]["score"]
    assert any("not re-checked now" in note for note in second["notes"])
    assert first["started_by"] == "anna@example.com" and second["started_by"] == "bob@example.com"
    assert all(
        v["reused_from_colleague"] and v["reused_from_by"] == "anna@example.com" for v in second["sources"]
    )
    with acting_as("vic@example.com"):  # a viewer is told it was a colleague's check, not whose
        seen = service.get_check(second["id"])["sources"]
    assert all(v["reused_from_colleague"] and v["reused_from_by"] is None for v in seen)


def test_expired_listings_ttl_gives_partial_with_exactly_one_new_task_then_completed(sources) -> None:
    first = service.wait_for(service.start_check(LENINSKY, "full")["id"], timeout=60)
    tasks_before = len(tasks())
    stats_before = sources.stats()
    _shift(3)  # listings live 2 days; court 14, enforcement 7, reviews 21

    third = service.start_check(LENINSKY, "full")

    assert third["status"] == "PARTIAL" and third["pending"] == ["listings"]
    assert third["reuse"] == "combined"
    new = tasks(SearchTask.id > 0)[tasks_before:]
    assert [(t.source, t.job_id) for t in new] == [("listings", third["id"])]
    stale = [f for f in third["facts"] if f["source"] == "listings"]
    assert stale and not any(f["fresh"] for f in stale)  # the old listings are shown, marked stale
    assert any("listings: still updating" in note for note in third["notes"])

    done = service.wait_for(third["id"], timeout=60)

    assert done["status"] == "COMPLETED" and done["pending"] == []
    for fact in done["facts"]:
        if fact["source"] == "listings":
            assert not fact["reused"] and fact["fresh"]
        else:
            assert fact["reused"] and fact["reused_from_job_id"] == first["id"]
    stats = sources.stats()
    assert stats["listings"]["requests"] == stats_before["listings"]["requests"] + 1
    for source in ("court", "enforcement", "reviews"):
        assert stats[source]["requests"] == stats_before[source]["requests"]


def test_two_checks_in_flight_share_one_task_per_source(sources) -> None:
    a = service.start_check(LENINSKY, "basic")
    b = service.start_check(LENINSKY, "full")
    assert (
        len(tasks()) == 3
    )  # court, enforcement, listings shared; the developer's reviews and court cases wait for it to be named
    assert {s["source"]: s["status"] for s in b["sources"]}["reviews"] == "waiting"
    assert {s["source"]: s["status"] for s in b["sources"]}["court.developer"] == "waiting"
    joined = {s["source"]: s["reason"] for s in b["sources"] if s["source"] not in DEVELOPER_PARTS}
    assert all(reason.endswith(f"joined the fetch check #{a['id']} started") for reason in joined.values())
    done_b = service.wait_for(b["id"], timeout=60)
    done_a = service.get_check(a["id"])
    assert done_a["status"] == done_b["status"] == "COMPLETED"
    assert {s["source"]: s["task_ids"] for s in done_a["sources"]} == {
        s["source"]: s["task_ids"] for s in done_b["sources"] if s["source"] not in DEVELOPER_PARTS
    }
    # b called none of the shared sources itself: they show as check a's fetch, reviews as b's own
    modes = {s["source"]: (s["mode"], s["reused_from_job_id"]) for s in done_b["sources"]}
    assert modes == {
        "court": ("reused", a["id"]),
        "enforcement": ("reused", a["id"]),
        "listings": ("reused", a["id"]),
        "reviews": ("fetched", None),
        "court.developer": ("fetched", None),
    }
    assert all(s["mode"] == "fetched" for s in done_a["sources"])


def test_unknown_address_completes_with_no_records(sources) -> None:
    check = service.wait_for(service.start_check("Москва, ул. Несуществующая, 999", "full")["id"], timeout=60)
    assert check["status"] == "COMPLETED" and check["risk"]["score"] == 0
    assert sorted((f["type"], f["source"]) for f in check["facts"]) == [
        ("no_records", s) for s in ("court", "enforcement", "listings")
    ]
    # no developer named by the listings or the court: the developer's reviews and cases are not asked, and the
    # check says so
    for part in DEVELOPER_PARTS:
        skipped = next(v for v in check["sources"] if v["source"] == part)
        assert (skipped["mode"], skipped["status"]) == ("skipped", "completed")
    assert (
        "not asked: court.developer: neither the listings nor the court cases named" in check["status_reason"]
    )
