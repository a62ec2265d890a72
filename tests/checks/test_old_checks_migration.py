"""Migration 0021 on checks from before parties (parties NULL): where the developer is known, their reviews read as
the developer's (badge level, reuse by another building), nothing is written twice; elsewhere nothing changes."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from pipeline.db import read_scope, session_scope
from pipeline.migrate import upgrade
from pipeline.models.base import utcnow
from pipeline.models.checks import Evidence, Fact, JobSource, SearchJob, SearchTask, Subject, SubjectLink
from pipeline.service import checks as service
from tests.checks.helpers import facts
from tests.checks.test_subject_reuse import DEVELOPER, MYASNITSKAYA_8, source_of


def _old_check(s, building: Subject, now) -> int:  # type: ignore[no-untyped-def]
    """A full check of `building` as stored before parties: its reviews fetched (by address), parties NULL."""
    job = SearchJob(
        address=building.name, property_id=building.id, profile="full", sources=["reviews"], status="COMPLETED",
        trigger="cli", parties={}, created_at=now, updated_at=now,
    )  # fmt: skip
    s.add(job)
    s.flush()
    s.execute(text("UPDATE search_jobs SET parties = NULL WHERE id = :id"), {"id": job.id})
    task = SearchTask(
        job_id=job.id, source="reviews", params={}, params_hash=f"old{job.id}", idempotency_key=f"k{job.id}"
    )
    s.add(task)
    s.flush()
    s.add(
        JobSource(
            job_id=job.id, source="reviews", mode="fetched", status="completed", params_hash=f"old{job.id}",
            task_ids=[task.id], fetched_at=now - timedelta(hours=1), expires_at=now + timedelta(days=20),
        )
    )  # fmt: skip
    return job.id


def _old_data() -> dict[str, int]:
    upgrade("0019")
    now = utcnow()
    with session_scope() as s:
        tverskaya = Subject(
            level="building", key="old-tverskaya", name="г. Москва, ул. Тверская, д. 1", attrs={}
        )
        unknown = Subject(
            level="building", key="old-unknown", name="г. Москва, ул. Неизвестная, д. 3", attrs={}
        )
        developer = Subject(level="developer", key=DEVELOPER, name="ООО «СтройИнвест Центр»", attrs={})
        s.add_all([tverskaya, unknown, developer])
        s.flush()
        s.add(SubjectLink(property_id=tverskaya.id, subject_id=developer.id, relation="developer"))
        old, other = _old_check(s, tverskaya, now), _old_check(s, unknown, now)
        evidence = Evidence(
            source="reviews", params_hash=f"old{old}", request="GET /developer?address=…", response_hash="x",
            fetched_at=now - timedelta(hours=1), expires_at=now + timedelta(days=20),
            task_id=s.scalar(select(SearchTask.id).where(SearchTask.job_id == old)), job_id=old,
        )  # fmt: skip
        s.add(evidence)
        s.flush()
        for kind, key, value in (
            ("developer_status", "status", {"status": "действующая"}),
            ("review", "1", {"rating": 5}),
        ):
            s.add(
                Fact(
                    subject_id=developer.id, source="reviews", fact_type=kind, fact_key=key, value=value,
                    value_hash=key, params_hash=f"old{old}", evidence_id=evidence.id,
                    fetched_at=evidence.fetched_at, changed_at=evidence.fetched_at,
                )
            )  # fmt: skip
        return {"old": old, "other": other}


def test_old_checks_read_their_developer_facts_at_the_developer_level(unmigrated_sources) -> None:
    ids = _old_data()
    before = facts()
    upgrade()
    with read_scope() as s:
        parties = {i: s.get(SearchJob, i).parties for i in ids.values()}
    assert parties == {ids["old"]: {}, ids["other"]: None}  # only where the developer is known
    assert source_of(service.get_check(ids["old"]), "reviews")["level"] == "developer"
    assert source_of(service.get_check(ids["other"]), "reviews")["level"] == "building"
    assert facts() == before  # nothing written, moved or duplicated

    upgrade()  # again: a no-op
    check = service.start_check(MYASNITSKAYA_8, "full", developer=DEVELOPER)  # the developer's other building
    reviews = source_of(check, "reviews")
    assert reviews["mode"] == "reused" and reviews["reused_from_job_id"] == ids["old"]
    assert reviews["level"] == "developer" and reviews["reuse_label"].startswith(
        f"developer facts reused from check #{ids['old']} of г. Москва, ул. Тверская, д. 1"
    )
    assert unmigrated_sources.stats()["reviews"]["requests"] == 0
    assert facts(Fact.source == "reviews") == 2
