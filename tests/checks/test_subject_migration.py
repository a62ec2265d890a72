"""Migration 0013 on person facts stored under the old keys: re-keyed, merged, nothing duplicated, and reusable by a
check that names the owner."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from pipeline.db import read_scope, session_scope
from pipeline.migrate import upgrade
from pipeline.models.base import utcnow
from pipeline.models.checks import Evidence, Fact, SearchTask, Subject, SubjectLink
from pipeline.service import checks as service
from tests.checks.helpers import NEVSKY

OWNER = "Иванов Пётр Сергеевич"


def _old_person_facts() -> dict[str, int]:
    """Two person subjects the old code made for one owner (ё and case), a proceeding on both, one only on the
    second; both linked to the flat their check asked about."""
    upgrade("0012")
    now = utcnow()
    with session_scope() as s:
        flat = Subject(level="flat", key="old-flat", name=f"{NEVSKY}, кв. 3", attrs={})
        old = [
            Subject(level="person", key=k, name=OWNER, attrs={})
            for k in (OWNER.lower(), "иванов петр сергеевич")
        ]
        s.add_all([flat, *old])
        s.flush()
        # The check's row as revision 0012 had it (the model has columns added since: parties, started_by).
        job_id = s.execute(
            text(
                'INSERT INTO search_jobs (address, property_id, profile, sources, status, "trigger", key_object,'
                " popular, paid, source_calls, risk_score, created_at, updated_at)"
                " VALUES (:address, :flat, 'basic', '[\"enforcement\"]', 'CREATED', 'cli', 0, 0, 0, 0, 0.0, :now, :now)"
                " RETURNING id"
            ),
            {"address": flat.name, "flat": flat.id, "now": now},
        ).scalar_one()
        task = SearchTask(
            job_id=job_id, source="enforcement", params={}, params_hash="old", idempotency_key="k"
        )
        s.add(task)
        s.flush()
        evidence = Evidence(
            source="enforcement",
            params_hash="old",
            request="GET /search/address",
            response_hash="x",
            fetched_at=now - timedelta(hours=1),
            expires_at=now + timedelta(days=6),
            task_id=task.id,
            job_id=job_id,
        )
        s.add(evidence)
        s.flush()
        for subject, keys in ((old[0], ["1-ИП"]), (old[1], ["1-ИП", "2-ИП"])):
            s.add(SubjectLink(property_id=flat.id, subject_id=subject.id, relation="owner"))
            for key in keys:
                s.add(
                    Fact(
                        subject_id=subject.id,
                        source="enforcement",
                        fact_type="enforcement_proceeding",
                        fact_key=key,
                        value={"active": True, "amount": 10.0},
                        value_hash=key,
                        params_hash="old",
                        evidence_id=evidence.id,
                        fetched_at=evidence.fetched_at,
                        changed_at=evidence.fetched_at,
                    )
                )
        return {"job": job_id, "flat": flat.id}


def test_old_person_facts_are_merged_once_and_reused_by_a_named_owner(unmigrated_sources) -> None:
    ids = _old_person_facts()
    upgrade()
    with read_scope() as s:
        people = list(s.scalars(select(Subject).where(Subject.level == "person")))
        assert [p.key for p in people] == ["иванов петр сергеевич|"]
        facts = sorted(s.scalars(select(Fact.fact_key).where(Fact.subject_id == people[0].id)))
        assert facts == ["1-ИП", "2-ИП"]  # the shared proceeding once, nothing lost
        links = list(s.scalars(select(SubjectLink).where(SubjectLink.property_id == ids["flat"])))
        assert [(link.subject_id, link.relation) for link in links] == [(people[0].id, "owner")]
    check = service.start_check(f"{NEVSKY}, кв. 5", owner=OWNER)  # no birth date: the same person as stored
    enforcement = next(v for v in check["sources"] if v["source"] == "enforcement")
    assert enforcement["mode"] == "reused" and enforcement["reused_from_job_id"] == ids["job"]
    assert enforcement["level"] == "person" and unmigrated_sources.stats()["enforcement"]["requests"] == 0
