"""Reuse at the developer and person levels: sources asked about their subject, reuse decided per subject, and the
risk score always equal to a from-scratch computation over the check's facts."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import select

from pipeline.checks import risk
from pipeline.checks.parties import Parties, parse_person
from pipeline.db import read_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.engine.worker import run_until_idle
from pipeline.models.base import utcnow
from pipeline.models.checks import SearchJob, SearchTask, Subject
from pipeline.service import checks as service
from tests.checks.helpers import LENINSKY, NEVSKY, TVERSKAYA, add_party_case, tasks

MYASNITSKAYA_8, MYASNITSKAYA_10 = "г. Москва, ул. Мясницкая, д. 8", "г. Москва, ул. Мясницкая, д. 10"
DEVELOPER = "7701000001"  # builds Тверская 1 and Мясницкая 8 and 10 in the demo data
IVANOV = "Иванов Пётр Сергеевич, 1980-05-12"  # the demo registry's Иванов (two active proceedings)


def source_of(check: dict, name: str) -> dict:
    return next(v for v in check["sources"] if v["source"] == name)


def assert_risk_is_from_scratch(when: str = "") -> None:
    """Every check's stored factors and score equal the full recomputation over its facts."""
    with read_scope() as s:
        for job_id in s.scalars(select(SearchJob.id)):
            check = service.get_check(job_id)
            stored = {f["factor"]: (f["score"], sorted(f["fact_ids"])) for f in check["risk"]["factors"]}
            full = {name: (a[0], a[2]) for name, a in risk.assess(s, s.get(SearchJob, job_id)).items()}
            assert stored == full, f"check #{job_id} {when}"
            assert check["risk"]["score"] == min(100.0, sum(score for score, _ in full.values()))


def test_names_are_normalised_and_initials_match_only_when_unambiguous(db) -> None:
    same = {
        parse_person(t).key
        for t in ("Иванов Пётр Сергеевич", "иванов петр сергеевич", "Пётр Сергеевич Иванов")
    }
    assert same == {"иванов петр сергеевич|"}
    assert parse_person("Пётр Иванов").key == parse_person("Иванов Петр").key == "иванов петр|"
    assert parse_person(IVANOV).key != parse_person("Иванов Пётр Сергеевич, 12.05.1979").key
    for bad in ("Ivanov Petr", "Иванов", "Иванов Пётр Сергеевич, 1980-13-40", "Петров Иванов Сидоров"):
        with pytest.raises(BadInput) as refused:
            parse_person(bad)
        assert refused.value.field == "owner"
    with pytest.raises(BadInput, match="no known person"):
        service.start_check(NEVSKY, owner="Иванов П. С.")
    with pytest.raises(BadInput, match="developer"):
        Parties.read(None, "77-01")


def test_portfolio_asks_each_developer_and_person_once(sources) -> None:
    """3 buildings of one developer (two of them name it only through their listings) and 2 flats of one owner,
    plus a namesake born on another day: each developer and person source is asked once."""
    buildings = [
        service.start_check(TVERSKAYA, "full"),
        service.start_check(MYASNITSKAYA_8, "full", developer=DEVELOPER),
        service.start_check(MYASNITSKAYA_10, "full"),
    ]
    assert source_of(buildings[0], "reviews")["status"] == "waiting"
    assert "waiting for listings to name the developer" in buildings[0]["status_reason"]
    flats = [
        service.start_check(f"{TVERSKAYA}, кв. 7", owner=IVANOV),
        service.start_check(f"{NEVSKY}, кв. 3", owner="Пётр Сергеевич Иванов, 12.05.1980"),
        service.start_check(f"{NEVSKY}, кв. 4", owner="Иванов Пётр Сергеевич, 1975-01-01"),
    ]
    done = {c["id"]: service.wait_for(c["id"], timeout=60) for c in buildings + flats}
    assert all(c["status"] == "COMPLETED" for c in done.values()), [c["status_reason"] for c in done.values()]

    reviews = [t for t in tasks(SearchTask.source == "reviews")]
    assert [t.params for t in reviews] == [{"inn": DEVELOPER}]  # one fetch for the three buildings
    assert sources.stats()["reviews"]["requests"] == 2  # its two pages, once
    people = [t.params for t in tasks(SearchTask.source == "enforcement") if "lastname" in t.params]
    assert sorted(p["birthdate"] for p in people) == ["01.01.1975", "12.05.1980"]

    m8, m10 = done[buildings[1]["id"]], done[buildings[2]["id"]]
    badge = source_of(m10, "reviews")
    assert badge["level"] == "developer" and badge["reused_from_job_id"] == m8["id"]
    assert badge["reuse_label"].startswith(
        f"developer facts reused from check #{m8['id']} of {MYASNITSKAYA_8}"
    )
    first, second, namesake = (done[c["id"]] for c in flats)
    owner = source_of(second, "enforcement")
    assert owner["level"] == "person" and owner["reused_from_address"] == first["address"]
    assert owner["reuse_label"].startswith(
        f"person facts reused from check #{first['id']} of {first['address']}"
    )
    assert second["parties"]["owner"]["key"] == "иванов петр сергеевич|1980-05-12"
    scored = {c["id"]: {f["factor"] for f in c["risk"]["factors"]} for c in (first, second, namesake)}
    assert "active_enforcement" in scored[first["id"]] and "active_enforcement" in scored[second["id"]]
    assert "active_enforcement" not in scored[namesake["id"]]  # one name, another birth date: another person
    with read_scope() as s:
        assert (
            s.query(Subject).filter(Subject.level == "person", Subject.key.like("иванов петр%")).count() == 2
        )
    assert_risk_is_from_scratch()

    again = service.start_check(MYASNITSKAYA_10, "full")  # within the TTL: every source reused, no task
    assert again["status"] == "COMPLETED" and len(tasks()) == len(tasks(SearchTask.job_id != again["id"]))
    assert source_of(again, "reviews")["reused"]


def test_stale_developer_facts_are_fetched_once_for_every_waiting_check(sources) -> None:
    first = service.wait_for(
        service.start_check(MYASNITSKAYA_8, "full", developer=DEVELOPER)["id"], timeout=60
    )
    assert source_of(first, "reviews")["mode"] == "fetched"
    clock.set_clock(lambda: utcnow() + timedelta(days=22))  # past the developer reviews' 21 days
    try:
        waiting = [service.start_check(a, "full") for a in (TVERSKAYA, MYASNITSKAYA_10)]
        for check in waiting:
            service.wait_for(check["id"], timeout=60)
        fetched = [t for t in tasks(SearchTask.source == "reviews") if t.job_id != first["id"]]
        assert len(fetched) == 1 and fetched[0].params == {"inn": DEVELOPER}
        views = [service.get_check(c["id"]) for c in waiting]
        assert all(source_of(v, "reviews")["level"] == "developer" for v in views)
        assert all(source_of(v, "reviews")["fresh"] for v in views)
        assert all(v["status"] == "COMPLETED" for v in views)
    finally:
        clock.set_clock(None)


OPS = ("open", "open", "work", "recheck")
ADDRESSES = (
    (f"{TVERSKAYA}, кв. 7", None),
    (f"{TVERSKAYA}, кв. 9", None),  # the owner of кв. 7 again, found by address: the unchanged-fact case
    (TVERSKAYA, None),
    (MYASNITSKAYA_8, DEVELOPER),
    (f"{NEVSKY}, кв. 3", IVANOV),
    (NEVSKY, None),
    (LENINSKY, None),  # its court cases found both by address and by its developer's INN: one fact each
)


@pytest.mark.parametrize("seed", [1, 4])
def test_risk_equals_full_recomputation_after_any_order(sources, monkeypatch, seed: int) -> None:
    """Random orders of fetch (work), reuse (open while facts are fresh) and re-check: after each step every check's
    risk equals the from-scratch computation. The full profile asks the developer's court cases by INN (one of
    Тверская's developer found only that way)."""
    add_party_case(monkeypatch)
    rng = random.Random(seed)
    opened: list[int] = []
    for step in range(7):
        op = rng.choice(OPS) if opened else "open"
        if op == "open":
            address, party = rng.choice(ADDRESSES)
            owner = party if party and not party.isdigit() else None
            developer = party if party and party.isdigit() else None
            opened.append(
                service.start_check(address, rng.choice(("basic", "full")), owner=owner, developer=developer)[
                    "id"
                ]
            )
        elif op == "work":
            run_until_idle(timeout=60)
        else:
            service.recheck_now(rng.choice(opened), force=True)
        assert_risk_is_from_scratch(f"(seed {seed}, step {step}: {op})")
    run_until_idle(timeout=60)
    assert_risk_is_from_scratch()


def test_the_assistant_names_the_level_and_the_origin_in_both_languages() -> None:
    from agent.offline.composing.checks import reuse_phrase

    at = "2026-12-02T10:00:00+00:00"
    en = reuse_phrase(3, at, "en", None, "developer", TVERSKAYA)
    ru = reuse_phrase(3, at, "ru", None, "person", TVERSKAYA)
    assert (
        en.startswith(f"developer facts reused from check #3 of {TVERSKAYA} (fetched ")
        and "not re-checked" in en
    )
    assert ru.startswith(f"факты о собственнике взяты из проверки #3 ({TVERSKAYA}, получены ")
    assert "не перепроверялись" in ru
