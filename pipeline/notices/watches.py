"""Watching a property or a project, and recording a notice when what a watcher would see has changed.

A property's baseline is a FactSnapshot; after a fetch touched its facts, a new snapshot is frozen and diffed with
the baseline (pipeline.checks.report.diff), and a non-empty diff becomes a notice in the fetch's own transaction,
so a fetch that commits has its notice and a crash before the commit leaves neither. A project's baseline is the
set of its active risks and overdue commitments already told.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pipeline.checks import report as reports
from pipeline.engine import clock
from pipeline.engine.runs import queue_run
from pipeline.models.checks import FactSnapshot, SearchJob, Subject, SubjectLink
from pipeline.models.memory import Entity, Project
from pipeline.models.notices import Notice, Watch
from pipeline.notices.outbox import add_deliveries


def watch_for(s: Session, kind: str, target_id: int) -> Watch | None:
    return s.scalar(select(Watch).where(Watch.kind == kind, Watch.target_id == target_id))


def watched_viewers(s: Session, subject_id: int) -> list[int]:
    """The watched properties whose reports show facts stored on this subject: the subject itself, and, for a
    building, every flat in it (a flat's report shows its building's listings, court cases and reviews)."""
    flats = select(SubjectLink.property_id).where(
        SubjectLink.subject_id == subject_id, SubjectLink.relation == "building"
    )
    query = select(Watch.target_id).where(
        Watch.kind == "property", or_(Watch.target_id == subject_id, Watch.target_id.in_(flats))
    )
    return sorted(s.scalars(query))


def latest_job(s: Session, property_id: int) -> SearchJob | None:
    return s.scalar(
        select(SearchJob).where(SearchJob.property_id == property_id).order_by(SearchJob.id.desc()).limit(1)
    )


def watch_property(s: Session, property_id: int) -> tuple[Watch, bool]:
    """Watch a checked property from what its latest check shows now; returns (watch, whether it is new)."""
    existing = watch_for(s, "property", property_id)
    if existing is not None:
        return existing, False
    subject = s.get(Subject, property_id)
    job = latest_job(s, property_id)
    baseline = reports.freeze(s, job) if job is not None else None
    label = (subject.attrs or {}).get("canonical") or (subject.name if subject else f"property {property_id}")
    watch = Watch(
        kind="property",
        target_id=property_id,
        label=label,
        baseline_snapshot_id=baseline.id if baseline else None,
        baseline={},
        created_at=clock.now(),
    )
    s.add(watch)
    s.flush()
    return watch, True


def watch_project(s: Session, project: Project) -> tuple[Watch, bool]:
    """Watch a project: the active risks and overdue commitments it has now are the baseline."""
    existing = watch_for(s, "project", project.id)
    if existing is not None:
        return existing, False
    watch = Watch(
        kind="project",
        target_id=project.id,
        label=project.name,
        baseline={"entities": sorted(e.id for e in project_alarms(s, project.id))},
        created_at=clock.now(),
    )
    s.add(watch)
    s.flush()
    return watch, True


def fact_evidence(diff: dict[str, Any], snapshot: FactSnapshot) -> list[dict[str, Any]]:
    """Where each added or changed fact came from: the fact, its source, when, and the response hash it was read from."""
    wanted = {item["identity"] for item in (*diff["added"], *diff["changed"])}
    return [
        {k: fact.get(k) for k in ("identity", "fact_id", "source", "fetched_at", "response_hash")}
        for fact in snapshot.facts
        if fact["identity"] in wanted
    ]


def title_of(label: str, diff: dict[str, Any]) -> str:
    parts = [
        f"{n} {word}"
        for n, word in (
            (len(diff["added"]), "new"),
            (len(diff["changed"]), "changed"),
            (len(diff["removed"]), "gone"),
        )
        if n
    ]
    risk = diff["risk_score"]
    if risk["before"] != risk["after"]:
        parts.append(f"risk {risk['before']:g} → {risk['after']:g}")
    return f"{label}: " + ", ".join(parts)


def note_property_change(s: Session, job: SearchJob, trigger: str) -> Notice | None:
    """After a fetch touched this job's facts: if its property is watched and the diff is not empty, a notice."""
    watch = watch_for(s, "property", job.property_id)
    if watch is None:
        return None
    snapshot = reports.freeze(s, job)
    baseline = s.get(FactSnapshot, watch.baseline_snapshot_id) if watch.baseline_snapshot_id else None
    if baseline is None:
        watch.baseline_snapshot_id = snapshot.id
        return None
    diff = reports.diff(baseline, snapshot)
    if not (diff["added"] or diff["changed"] or diff["removed"]) and (
        diff["risk_score"]["before"] == diff["risk_score"]["after"]
    ):
        s.delete(snapshot)
        return None
    watch.baseline_snapshot_id = snapshot.id
    return record_notice(s, watch, title_of(watch.label, diff), trigger, diff, fact_evidence(diff, snapshot))


def record_notice(
    s: Session, watch: Watch, title: str, trigger: str, diff: dict[str, Any], evidence: list[Any]
) -> Notice:
    notice = Notice(
        watch_id=watch.id, title=title, trigger=trigger, diff=diff, evidence=evidence, created_at=clock.now()
    )
    s.add(notice)
    s.flush()
    if add_deliveries(s, notice):
        # Delivered soon, not at the deliver job's cadence: the request commits with the notice (the outbox rows'
        # leases still make each send once per channel, whoever runs the job).
        queue_run(s, "notices.deliver", "notice")
    return notice


def overdue(entity: Entity, today: date) -> bool:
    """A commitment whose due date (ISO, as extraction stores dates it can read) has passed."""
    try:
        return date.fromisoformat((entity.due or "")[:10]) < today
    except ValueError:
        return False


def project_alarms(s: Session, project_id: int) -> list[Entity]:
    """The project's active risks and its active commitments that are overdue."""
    today = clock.now().date()
    rows = s.scalars(
        select(Entity).where(Entity.project_id == project_id, Entity.status == "active").order_by(Entity.id)
    )
    return [e for e in rows if e.kind == "risk" or (e.kind == "commitment" and overdue(e, today))]


def note_project_changes(s: Session) -> list[Notice]:
    """For every watched project, a notice for active risks and overdue commitments not told before."""
    notices = []
    for watch in s.scalars(select(Watch).where(Watch.kind == "project")):
        seen = set(watch.baseline.get("entities", []))
        new = [e for e in project_alarms(s, watch.target_id) if e.id not in seen]
        if not new:
            continue
        diff = {
            "added": [
                {"id": e.id, "kind": e.kind, "subtype": e.subtype, "text": e.text, "due": e.due} for e in new
            ]
        }
        words = ", ".join(
            f"{'overdue commitment' if e.kind == 'commitment' else 'active risk'}: {e.text[:60]}" for e in new
        )
        evidence = [{"entity_id": e.id, "first_seen_at": reports.iso(e.first_seen_at)} for e in new]
        notices.append(record_notice(s, watch, f"{watch.label}: {words}", "project", diff, evidence))
        watch.baseline = {"entities": sorted(seen | {e.id for e in new})}
    return notices
