"""Erasing property-check data: facts and the evidence they were read from, subjects, risk, snapshots' copies,
watches' baselines and the notices that quote them.

Every function takes the open session and a `Counter` it adds its counts to (rows removed per kind), so one
erasure is one transaction and its audit line says how much went.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote_plus

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from pipeline.checks import risk
from pipeline.erasure.names import Person
from pipeline.models import Task
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
from pipeline.models.notices import DeliveryAttempt, Notice, NoticeDelivery, Watch

# A frozen fact (in a snapshot, a notice's diff or a watch's baseline) that must go: by its id or its text.
FrozenTest = Callable[[dict[str, Any]], bool]


def dumped(value: Any) -> str:
    """JSON as people would read it (no \\u escapes), for matching a name inside stored values."""
    return json.dumps(value, ensure_ascii=False, default=str)


def person_subjects(s: Session, person: Person) -> list[int]:
    """The person-level subjects with this name (and, when both are known, this birth date)."""
    rows = s.execute(select(Subject.id, Subject.name, Subject.attrs).where(Subject.level == "person"))
    return [
        sid
        for sid, name, attrs in rows
        if person.pattern.fullmatch(name.strip()) and person.same_birth(attrs)
    ]


def facts_naming(s: Session, person: Person, subjects: list[int]) -> set[int]:
    """Facts about the person's subjects, and any other fact whose value names them (a court party)."""
    found = set(s.scalars(select(Fact.id).where(Fact.subject_id.in_(subjects)))) if subjects else set()
    for fact_id, value in s.execute(select(Fact.id, Fact.value)).yield_per(2000):
        if fact_id not in found and person.found_in(dumped(value)):
            found.add(fact_id)
    for fact_id, request in s.execute(
        select(Fact.id, Evidence.request).join(Evidence, Evidence.id == Fact.evidence_id)
    ):
        if person.found_in(unquote_plus(request or "")):  # asked about them by name: the answer is theirs
            found.add(fact_id)
    return found


def drop_facts(s: Session, fact_ids: set[int], tally: Counter[str]) -> set[int]:
    """Delete the facts and the evidence left without facts; the jobs whose risk named them are recomputed.

    Returns the deleted fact ids (for the frozen copies)."""
    if not fact_ids:
        return set()
    ids = sorted(fact_ids)
    evidence_ids = set(s.scalars(select(Fact.evidence_id).where(Fact.id.in_(ids))))
    tally["facts"] += s.execute(delete(Fact).where(Fact.id.in_(ids))).rowcount or 0
    still_used = set(s.scalars(select(Fact.evidence_id).where(Fact.evidence_id.in_(evidence_ids))))
    drop_evidence(s, evidence_ids - still_used, tally)
    recompute_risk(s, fact_ids)
    return fact_ids


def drop_evidence(s: Session, evidence_ids: Iterable[int], tally: Counter[str]) -> None:
    """Delete evidence rows and forget the reuse decisions that pointed at their fetch (it is fetched again)."""
    ids = sorted(evidence_ids)
    if not ids:
        return
    rows = s.execute(select(Evidence.source, Evidence.params_hash).where(Evidence.id.in_(ids))).all()
    tally["evidence"] += s.execute(delete(Evidence).where(Evidence.id.in_(ids))).rowcount or 0
    for source, params_hash in set(rows):
        if s.scalar(
            select(Evidence.id).where(Evidence.source == source, Evidence.params_hash == params_hash)
        ):
            continue  # an older fetch of the same query remains: reuse still has something true to say
        s.execute(
            update(JobSource)
            .where(
                JobSource.source == source, JobSource.params_hash == params_hash, JobSource.mode == "reused"
            )
            .values(fetched_at=None, expires_at=None, reused_from_job_id=None)
        )


def recompute_risk(s: Session, fact_ids: set[int]) -> None:
    """Jobs whose risk factors pointed at erased facts get their risk computed again from what is left."""
    for job_id, ids in s.execute(select(RiskFactor.job_id, RiskFactor.fact_ids)).all():
        if fact_ids & set(ids or ()):
            job = s.get(SearchJob, job_id)
            if job is not None:
                risk.recompute(s, job)


def drop_subjects(s: Session, subject_ids: list[int], tally: Counter[str]) -> None:
    if not subject_ids:
        return
    s.execute(
        delete(SubjectLink).where(
            or_(SubjectLink.subject_id.in_(subject_ids), SubjectLink.property_id.in_(subject_ids))
        )
    )
    tally["subjects"] += s.execute(delete(Subject).where(Subject.id.in_(subject_ids))).rowcount or 0


def frozen_test(fact_ids: set[int], person: Person | None) -> FrozenTest:
    """A frozen fact goes when it is one of the erased facts, or (for a person) when it names them."""

    def test(frozen: dict[str, Any]) -> bool:
        fid = frozen.get("fact_id", frozen.get("id"))
        return fid in fact_ids or (person is not None and person.found_in(dumped(frozen)))

    return test


def _without(facts: list[Any], gone: FrozenTest) -> tuple[list[Any], int]:
    kept = [f for f in facts if not (isinstance(f, dict) and gone(f))]
    return kept, len(facts) - len(kept)


def scrub_snapshots(s: Session, gone: FrozenTest, fact_ids: set[int], tally: Counter[str]) -> None:
    """Remove erased facts from every snapshot's copy, with the risk factors that rested on them."""
    for snap in s.scalars(select(FactSnapshot)):
        facts, removed = _without(list(snap.facts or []), gone)
        risk_view = dict(snap.risk or {})
        factors = list(risk_view.get("factors") or [])
        kept = [f for f in factors if not (set(f.get("fact_ids") or ()) & fact_ids or gone(f))]
        if not removed and len(kept) == len(factors):
            continue
        lost = sum(float(f.get("score") or 0) for f in factors if f not in kept)
        snap.facts = facts
        snap.risk = {
            **risk_view,
            "factors": kept,
            "score": max(0.0, float(risk_view.get("score") or 0) - lost),
        }
        snap.risk_score = max(0.0, float(snap.risk_score or 0) - lost)
        tally["snapshot_facts"] += removed
        tally["snapshots_changed"] += 1


def scrub_watches(s: Session, gone: FrozenTest, tally: Counter[str]) -> None:
    """A watch's baseline of stored facts loses the erased ones (the next change is diffed without them)."""
    for watch in s.scalars(select(Watch)):
        baseline = dict(watch.baseline or {})
        facts = baseline.get("facts")
        if not isinstance(facts, list):
            continue
        kept, removed = _without(facts, gone)
        if removed:
            watch.baseline = {**baseline, "facts": kept}
            tally["watch_baseline_facts"] += removed


def drop_notices(s: Session, test: Callable[[Notice], bool], tally: Counter[str]) -> None:
    """Delete the notices that quote erased data, with their delivery rows."""
    ids = [n.id for n in s.scalars(select(Notice)) if test(n)]
    if not ids:
        return
    deliveries = list(s.scalars(select(NoticeDelivery.id).where(NoticeDelivery.notice_id.in_(ids))))
    if deliveries:
        s.execute(delete(DeliveryAttempt).where(DeliveryAttempt.delivery_id.in_(deliveries)))
        s.execute(delete(NoticeDelivery).where(NoticeDelivery.id.in_(deliveries)))
    tally["notices"] += s.execute(delete(Notice).where(Notice.id.in_(ids))).rowcount or 0


def notice_test(
    fact_ids: set[int], evidence_ids: set[int], person: Person | None
) -> Callable[[Notice], bool]:
    gone = frozen_test(fact_ids, person)

    def test(notice: Notice) -> bool:
        diff = notice.diff or {}
        frozen = [f for key in ("added", "removed") for f in diff.get(key) or [] if isinstance(f, dict)]
        quoted = any(gone(f) for f in frozen)
        cited = any(
            isinstance(e, dict) and (e.get("fact_id") in fact_ids or e.get("evidence_id") in evidence_ids)
            for e in notice.evidence or []
        )
        named = person is not None and person.found_in(notice.title + dumped(diff) + dumped(notice.evidence))
        return quoted or cited or named

    return test


def forget_person_facts(s: Session, person: Person, tally: Counter[str]) -> None:
    """Everything the property checks hold about a person."""
    subjects = person_subjects(s, person)
    erased = drop_facts(s, facts_naming(s, person, subjects), tally)
    drop_subjects(s, subjects, tally)
    gone = frozen_test(erased, person)
    scrub_snapshots(s, gone, erased, tally)
    scrub_watches(s, gone, tally)
    drop_notices(s, notice_test(erased, set(), person), tally)


def forget_check_rows(s: Session, job: SearchJob, tally: Counter[str]) -> None:
    """A check and what it fetched: its facts and evidence (other checks that reused them fetch again), its
    tasks, snapshots, risk and the notices that cite its evidence."""
    evidence_ids = set(s.scalars(select(Evidence.id).where(Evidence.job_id == job.id)))
    fact_ids = (
        set(s.scalars(select(Fact.id).where(Fact.evidence_id.in_(evidence_ids)))) if evidence_ids else set()
    )
    drop_facts(s, fact_ids, tally)
    drop_evidence(s, evidence_ids, tally)
    gone = frozen_test(fact_ids, None)
    tally["snapshots"] += s.execute(delete(FactSnapshot).where(FactSnapshot.job_id == job.id)).rowcount or 0
    scrub_snapshots(s, gone, fact_ids, tally)
    scrub_watches(s, gone, tally)
    drop_notices(s, notice_test(fact_ids, evidence_ids, None), tally)
    queue_ids = [
        i for i in s.scalars(select(SearchTask.queue_task_id).where(SearchTask.job_id == job.id)) if i
    ]
    if queue_ids:
        s.execute(delete(Task).where(Task.id.in_(queue_ids)))
    s.execute(delete(RiskFactor).where(RiskFactor.job_id == job.id))
    s.execute(delete(JobSource).where(JobSource.job_id == job.id))
    s.execute(update(JobSource).where(JobSource.reused_from_job_id == job.id).values(reused_from_job_id=None))
    tally["tasks"] += s.execute(delete(SearchTask).where(SearchTask.job_id == job.id)).rowcount or 0
    property_id = job.property_id
    s.delete(job)
    s.flush()
    tally["checks"] += 1
    drop_orphan_subjects(s, property_id, tally)


def drop_orphan_subjects(s: Session, property_id: int, tally: Counter[str]) -> None:
    """Subjects of the erased check's property that nothing refers to any more (its owner, the flat itself)."""
    linked = list(s.scalars(select(SubjectLink.subject_id).where(SubjectLink.property_id == property_id)))
    for sid in [*linked, property_id]:
        in_use = (
            s.scalar(select(Fact.id).where(Fact.subject_id == sid).limit(1))
            or s.scalar(select(SearchJob.id).where(SearchJob.property_id == sid).limit(1))
            or s.scalar(select(FactSnapshot.id).where(FactSnapshot.property_id == sid).limit(1))
            or s.scalar(
                select(SubjectLink.property_id)
                .where(SubjectLink.subject_id == sid, SubjectLink.property_id != property_id)
                .limit(1)
            )
            or s.scalar(select(Watch.id).where(Watch.kind == "property", Watch.target_id == sid).limit(1))
        )
        if not in_use:
            drop_subjects(s, [sid], tally)
