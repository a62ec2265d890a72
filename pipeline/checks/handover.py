"""A check's report to hand over: its latest frozen snapshot (or, before any, the live facts, said so), every fact
with the evidence it was read from and its provenance, and the risk factors with the facts behind them.

The same data becomes JSON, CSV and PDF (pipeline.reports); this module only reads.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.checks.report import facts_of, iso, risk_of
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.models.checks import Evidence, FactSnapshot, SearchJob


def _evidence_of_frozen(s: Session, facts: list[dict[str, Any]]) -> dict[tuple[str, str], Evidence]:
    """The evidence row each frozen fact was read from, found by (source, response hash)."""
    hashes = sorted({f.get("response_hash") or "" for f in facts})
    if not hashes:
        return {}
    rows = s.scalars(select(Evidence).where(Evidence.response_hash.in_(hashes)).order_by(Evidence.id))
    return {(e.source, e.response_hash): e for e in rows}


def _provenance(job: SearchJob, evidence_job_id: int | None) -> dict[str, Any]:
    reused = evidence_job_id is not None and evidence_job_id != job.id
    return {"reused": reused, "reused_from_job_id": evidence_job_id if reused else None}


def _frozen_rows(s: Session, job: SearchJob, snapshot: FactSnapshot) -> list[dict[str, Any]]:
    found = _evidence_of_frozen(s, snapshot.facts or [])
    rows = []
    for f in snapshot.facts or []:
        ev = found.get((f.get("source"), f.get("response_hash")))
        rows.append(
            {
                "id": f.get("fact_id"),
                "subject": f.get("subject") or {},
                "source": f.get("source"),
                "type": f.get("type"),
                "key": f.get("key"),
                "value": f.get("value"),
                "fetched_at": f.get("fetched_at"),
                "evidence": {
                    "id": ev.id if ev else None,
                    "task_id": ev.task_id if ev else None,
                    "job_id": ev.job_id if ev else None,
                    "request": ev.request if ev else None,
                    "response_hash": f.get("response_hash"),
                },
                **_provenance(job, ev.job_id if ev else None),
            }
        )
    return rows


def _live_rows(s: Session, job: SearchJob) -> list[dict[str, Any]]:
    keep = ("id", "subject", "source", "type", "key", "value", "fetched_at", "evidence", "reused")
    return [
        {**{k: f[k] for k in keep}, "reused_from_job_id": f["reused_from_job_id"]} for f in facts_of(s, job)
    ]


def handover(s: Session, job_id: int) -> dict[str, Any]:
    """The report of check `job_id` as handed over (see the module doc)."""
    job = s.get(SearchJob, job_id)
    if job is None:
        raise BadInput("check", f"no check with id {job_id}")
    snapshot = s.scalar(
        select(FactSnapshot).where(FactSnapshot.job_id == job.id).order_by(FactSnapshot.id.desc()).limit(1)
    )
    if snapshot is not None:
        facts, risk = _frozen_rows(s, job, snapshot), dict(snapshot.risk or {})
        risk.setdefault("score", snapshot.risk_score)
        frozen = {"id": snapshot.id, "created_at": iso(snapshot.created_at)}
    else:
        facts, risk, frozen = _live_rows(s, job), risk_of(s, job), None
    return {
        "check": {
            "id": job.id,
            "address": job.address,
            "profile": job.profile,
            "status": job.status,
            "sources": list(job.sources or []),
            "created_at": iso(job.created_at),
            "finished_at": iso(job.finished_at),
        },
        "snapshot": frozen,
        "generated_at": iso(clock.now()),
        "facts": facts,
        "risk": {"score": float(risk.get("score") or 0.0), "factors": list(risk.get("factors") or [])},
    }
