"""The report of a check as facts arrive, frozen snapshots of it, and the diff of two snapshots."""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.checks.facts import is_fresh, job_facts
from pipeline.checks.risk import fact_level
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.models.checks import Evidence, Fact, FactSnapshot, RiskFactor, SearchJob, Subject


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def fact_view(
    job: SearchJob, fact: Fact, subject: Subject, evidence: Evidence, now: datetime
) -> dict[str, Any]:
    """One fact with its subject, value, evidence and provenance (fetched by this job, or reused from which)."""
    reused = evidence.job_id != job.id
    return {
        "id": fact.id,
        "subject": {"level": subject.level, "key": subject.key, "name": subject.name},
        "level": fact_level(subject),  # whose fact: the developer's, a person's, or the building's / flat's
        "source": fact.source,
        "type": fact.fact_type,
        "key": fact.fact_key,
        "value": fact.value,
        "fetched_at": iso(evidence.fetched_at),
        "expires_at": iso(evidence.expires_at),
        "fresh": is_fresh(evidence, now),
        "reused": reused,
        "reused_from_job_id": evidence.job_id if reused else None,
        "evidence": {
            "id": evidence.id,
            "task_id": evidence.task_id,
            "job_id": evidence.job_id,
            "request": evidence.request,
            "response_hash": evidence.response_hash,
        },
    }


def facts_of(s: Session, job: SearchJob) -> list[dict[str, Any]]:
    now = clock.now()
    return [fact_view(job, f, subj, ev, now) for f, subj, ev in job_facts(s, job)]


def risk_of(s: Session, job: SearchJob) -> dict[str, Any]:
    """The score and its named factors, each with the facts (and their evidence) behind it."""
    rows = list(
        s.scalars(select(RiskFactor).where(RiskFactor.job_id == job.id).order_by(RiskFactor.score.desc()))
    )
    fact_ids = sorted({f for row in rows for f in row.fact_ids})
    evidence = {
        fact_id: {
            "fact_id": fact_id,
            "evidence_id": e,
            "source": src,
            "fetched_at": iso(at),
            "level": fact_level(SimpleNamespace(level=level)),
        }
        for fact_id, e, src, at, level in (
            s.execute(
                select(Fact.id, Evidence.id, Evidence.source, Evidence.fetched_at, Subject.level)
                .join(Evidence, Evidence.id == Fact.evidence_id)
                .join(Subject, Subject.id == Fact.subject_id)
                .where(Fact.id.in_(fact_ids))
            )
            if fact_ids
            else ()
        )
    }
    factors = [
        {
            "factor": row.factor,
            "score": row.score,
            "explanation": row.explanation,
            "fact_ids": list(row.fact_ids),
            "updated_at": iso(row.updated_at),
            "evidence": [evidence[f] for f in row.fact_ids if f in evidence],
        }
        for row in rows
    ]
    return {"score": job.risk_score, "factors": factors}


def frozen_fact(fact: Fact, subject: Subject, evidence: Evidence) -> dict[str, Any]:
    """One fact as a snapshot keeps it: what it says, about whom, and the evidence it was read from."""
    frozen = {
        "fact_id": fact.id,
        "subject": {"level": subject.level, "key": subject.key, "name": subject.name},
        "source": fact.source,
        "type": fact.fact_type,
        "key": fact.fact_key,
        "value": fact.value,
        "fetched_at": iso(evidence.fetched_at),
        "response_hash": evidence.response_hash,
    }
    return {"identity": identity(frozen), **frozen}


def freeze(s: Session, job: SearchJob) -> FactSnapshot:
    """A FactSnapshot of exactly the facts and values the report uses now."""
    facts = [frozen_fact(*row) for row in job_facts(s, job)]
    snapshot = FactSnapshot(
        job_id=job.id,
        property_id=job.property_id,
        created_at=clock.now(),
        facts=facts,
        risk=risk_of(s, job),
        risk_score=job.risk_score,
    )
    s.add(snapshot)
    s.flush()
    return snapshot


def identity(view: dict[str, Any]) -> str:
    subject = view["subject"]
    return f"{subject['level']}:{subject['key']}|{view['source']}|{view['type']}|{view['key']}"


def diff(a: FactSnapshot, b: FactSnapshot) -> dict[str, Any]:
    """Facts added, removed and changed from snapshot `a` to snapshot `b` of one property."""
    if a.property_id != b.property_id:
        raise BadInput("snapshot", f"snapshots {a.id} and {b.id} are of different properties")
    return {
        "snapshot_a": a.id,
        "snapshot_b": b.id,
        "property_id": a.property_id,
        **diff_facts(a.facts, b.facts),
        "risk_score": {"before": a.risk_score, "after": b.risk_score},
    }


def diff_facts(facts_a: list[dict[str, Any]], facts_b: list[dict[str, Any]]) -> dict[str, Any]:
    """Frozen facts added, removed and changed from `facts_a` to `facts_b` (matched by identity)."""
    before = {f["identity"]: f for f in facts_a}
    after = {f["identity"]: f for f in facts_b}
    changed = [
        {
            "identity": k,
            "source": after[k]["source"],
            "type": after[k]["type"],
            "key": after[k]["key"],
            "before": before[k]["value"],
            "after": after[k]["value"],
        }
        for k in sorted(before.keys() & after.keys())
        if before[k]["value"] != after[k]["value"]
    ]
    return {
        "added": [after[k] for k in sorted(after.keys() - before.keys())],
        "removed": [before[k] for k in sorted(before.keys() - after.keys())],
        "changed": changed,
    }
