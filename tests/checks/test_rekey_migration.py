"""Migration 0005 on a database written by the old keys: false merges split, true duplicates merge, nothing lost."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from pipeline.db import read_scope, session_scope
from pipeline.migrate import alembic_config, current_revision, upgrade
from pipeline.models.base import utcnow
from pipeline.models.checks import (
    Evidence,
    Fact,
    FactSnapshot,
    JobSource,
    RiskFactor,
    SearchJob,
    SearchTask,
    Subject,
    SubjectLink,
)
from pipeline.service import checks as service

LENINA_12_5 = "г. Москва, ул. Ленина, д. 12, кв. 5"
LENINA_5_12 = "г. Москва, ул. Ленина, д. 5, кв. 12"
TVERSKAYA = "г. Москва, ул. Тверская, д. 1"
TVERSKAYA_LATIN = "Moscow, Тверская улица, 1"


def _old_check(
    s, subject: Subject, address: str, *, fetched_by: SimpleNamespace | None = None
) -> SimpleNamespace:
    """A check as the old code stored it: the job on the old subject, one listings source fetched or reused."""
    now = utcnow()
    # Core, not the ORM: today's SearchJob has columns (started_by) that the 0004 schema does not have yet.
    row = s.execute(
        SearchJob.__table__.insert().values(
            address=address, property_id=subject.id, profile="basic", sources=["listings"], status="COMPLETED"
        )
    )
    job = SimpleNamespace(id=row.inserted_primary_key[0])
    origin = fetched_by or job
    s.add(
        JobSource(
            job_id=job.id,
            source="listings",
            mode="reused" if fetched_by else "fetched",
            status="completed",
            params_hash="old" + str(subject.id),
            reused_from_job_id=fetched_by.id if fetched_by else None,
            fetched_at=now,
            expires_at=now + timedelta(days=2),
            task_ids=[],
        )
    )
    if fetched_by is None:
        task = SearchTask(
            job_id=job.id,
            source="listings",
            params={"address": subject.key, "region": "77"},
            params_hash="old" + str(subject.id),
            idempotency_key=f"listings:old{subject.id}:{job.id}",
            status="completed",
        )
        s.add(task)
        s.flush()
        evidence = Evidence(
            source="listings",
            params_hash="old" + str(subject.id),
            request="GET /search",
            response_hash="x",
            fetched_at=now - timedelta(minutes=job.id),
            expires_at=now + timedelta(days=2),
            task_id=task.id,
            job_id=origin.id,
        )
        s.add(evidence)
        s.flush()
        fact = Fact(
            subject_id=subject.id,
            source="listings",
            fact_type="listing",
            fact_key="L-1",
            value={"price": 1},
            value_hash="h",
            params_hash=evidence.params_hash,
            evidence_id=evidence.id,
            fetched_at=evidence.fetched_at,
            changed_at=evidence.fetched_at,
        )
        s.add(fact)
        s.flush()
        s.add(RiskFactor(job_id=job.id, factor="price_below_market", explanation="x", fact_ids=[fact.id]))
        s.add(FactSnapshot(job_id=job.id, property_id=subject.id, facts=[], risk={}))
    return job


def _seed_old_database() -> dict[str, int]:
    upgrade("0004")
    with session_scope() as s:
        merged = Subject(level="property", key="12 5 ленина москва", name=LENINA_12_5, attrs={})
        tverskaya = Subject(level="property", key="1 москва тверская", name=TVERSKAYA, attrs={})
        latin = Subject(level="property", key="1 moscow тверская", name=TVERSKAYA_LATIN, attrs={})
        garbage = Subject(level="property", key="asdf", name="asdf", attrs={})
        developer = Subject(level="developer", key="7701000001", name="ООО «Застройщик»", attrs={})
        s.add_all([merged, tverskaya, latin, garbage, developer])
        s.flush()
        s.add(SubjectLink(property_id=merged.id, subject_id=developer.id, relation="developer"))
        first = _old_check(s, merged, LENINA_12_5)
        second = _old_check(s, merged, LENINA_5_12, fetched_by=first)  # the false reuse the issue describes
        t1 = _old_check(s, tverskaya, TVERSKAYA)
        t2 = _old_check(s, latin, TVERSKAYA_LATIN)
        legacy = _old_check(s, garbage, "asdf")
        return {
            "first": first.id,
            "second": second.id,
            "t1": t1.id,
            "t2": t2.id,
            "legacy": legacy.id,
            "developer": developer.id,
        }


def _property(job_id: int) -> Subject:
    with read_scope() as s:
        job = s.get(SearchJob, job_id)
        return s.get(Subject, job.property_id)  # type: ignore[union-attr]


def test_migration_splits_false_merges_merges_true_duplicates_and_keeps_the_rest(unmigrated_sources) -> None:
    ids = _seed_old_database()
    facts_before = _count(Fact)

    upgrade()

    assert current_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    first, second = _property(ids["first"]), _property(ids["second"])
    assert first.level == second.level == "flat" and first.id != second.id
    assert first.name == LENINA_12_5 and second.name == LENINA_5_12
    with read_scope() as s:
        buildings = {
            s.scalar(
                select(SubjectLink.subject_id).where(
                    SubjectLink.property_id == p.id, SubjectLink.relation == "building"
                )
            )
            for p in (first, second)
        }
        assert len(buildings) == 2  # д. 12 and д. 5 are two buildings
        listing = s.scalar(
            select(Fact).where(
                Fact.fact_key == "L-1",
                Fact.evidence_id.in_(select(Evidence.id).where(Evidence.job_id == ids["first"])),
            )
        )
        assert listing.subject_id in buildings  # the first check's listing is now its building's
        developer_links = s.scalars(
            select(SubjectLink.property_id).where(SubjectLink.subject_id == ids["developer"])
        )
        assert set(developer_links) == buildings
        row = s.get(JobSource, (ids["second"], "listings"))
        assert "another address under the old key" in row.reason  # the false reuse is named, not hidden
        evidence = s.scalar(select(Evidence).where(Evidence.job_id == ids["first"]))
        assert evidence.expires_at <= utcnow()  # an answer to an ambiguous key is not reused

    t1, t2 = _property(ids["t1"]), _property(ids["t2"])
    assert t1.id == t2.id and t1.level == "building"  # one building written two ways: merged
    with read_scope() as s:
        assert (
            s.scalar(select(func.count()).select_from(Fact).where(Fact.subject_id == t1.id)) == 1
        )  # newest kept
        kept = s.scalar(select(Fact.id).where(Fact.subject_id == t1.id))
        for job in (ids["t1"], ids["t2"]):
            assert s.get(RiskFactor, (job, "price_below_market")).fact_ids == [kept]
        assert s.scalar(select(func.count()).select_from(Subject).where(Subject.level == "property")) == 1
    assert _property(ids["legacy"]).level == "property"  # "asdf" cannot be re-keyed: kept as it was
    assert _count(Fact) == facts_before - 1  # only the duplicate went

    legacy = service.get_check(ids["legacy"])
    assert legacy["canonical_address"] is None and legacy["address"] == "asdf"
    again = service.start_check("Москва, Тверская, 1", "basic")
    listings = next(v for v in again["sources"] if v["source"] == "listings")
    assert listings["mode"] == "reused"  # the re-keyed, still fresh evidence is reused under the new query
    lenina = service.start_check(LENINA_12_5, "basic")
    assert next(v for v in lenina["sources"] if v["source"] == "listings")["mode"] == "fetched"


def _count(model: type) -> int:
    with read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)
