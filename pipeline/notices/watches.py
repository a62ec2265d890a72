"""Watching a property or a project, and recording a notice when what a watcher would see has changed.

A property's baseline is a FactSnapshot; after a fetch touched its facts, a new snapshot is frozen and diffed with
the baseline (pipeline.checks.report.diff), and a non-empty diff becomes a notice in the fetch's own transaction,
so a fetch that commits has its notice and a crash before the commit leaves neither. A property no check of its own
has looked at (a building whose flats were checked) has no snapshot: its baseline is the building-level facts stored
about it, frozen in the watch, and later fetches are diffed with that until its own check takes over. A project's baseline is the
set of its active risks and overdue commitments already told.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from pipeline.checks import report as reports
from pipeline.checks import risk
from pipeline.checks.facts import property_facts
from pipeline.checks.levels import SOURCE_LEVELS
from pipeline.engine import clock
from pipeline.engine.runs import queue_run
from pipeline.models.checks import FactSnapshot, SearchJob, Subject, SubjectLink
from pipeline.models.memory import Entity, Project
from pipeline.models.notices import Notice, Watch
from pipeline.notices.outbox import add_deliveries
from pipeline.sources import SOURCES

# What a property shows before a check of its own: the facts its building shares with every flat (listings,
# court cases, the developer's reviews), which any flat's check or a prefetch stores. Enforcement is asked per flat.
SHARED_SOURCES = tuple(x for x in SOURCES if SOURCE_LEVELS.get(x) == "building")


def watch_for(s: Session, kind: str, target_id: int, *, ended_too: bool = False) -> Watch | None:
    """The object's watch; one whose last watcher left (`ended_at`) only with `ended_too`."""
    query = select(Watch).where(Watch.kind == kind, Watch.target_id == target_id)
    return s.scalar(query if ended_too else query.where(Watch.ended_at.is_(None)))


def watched_viewers(s: Session, subject_id: int, also: Iterable[int] = ()) -> list[int]:
    """The watched properties whose reports show facts stored on this subject: the subject itself, and, for a
    building, every flat in it (a flat's report shows its building's listings, court cases and reviews); and
    those of the properties `also` that are watched."""
    return sorted(s.scalars(_VIEWERS, {"subject": subject_id, "ids": sorted({subject_id, *also})}))


# Asked by every fetch that changed facts, so built once.
_VIEWERS = select(Watch.target_id).where(
    Watch.kind == "property",
    Watch.ended_at.is_(None),
    or_(
        Watch.target_id.in_(bindparam("ids", expanding=True)),
        Watch.target_id.in_(
            select(SubjectLink.property_id).where(
                SubjectLink.subject_id == bindparam("subject"), SubjectLink.relation == "building"
            )
        ),
    ),
)


def latest_job(s: Session, property_id: int) -> SearchJob | None:
    return s.scalar(
        select(SearchJob).where(SearchJob.property_id == property_id).order_by(SearchJob.id.desc()).limit(1)
    )


def watch_property(s: Session, property_id: int) -> tuple[Watch, bool]:
    """Watch a checked property from what its latest check shows now; returns (watch, whether it is new). A watch
    that ended is taken up again from what shows now (its old notices stay with it)."""
    existing = watch_for(s, "property", property_id, ended_too=True)
    if existing is not None and existing.ended_at is None:
        return existing, False
    subject = s.get(Subject, property_id)
    job = latest_job(s, property_id)
    baseline = reports.freeze(s, job) if job is not None else None
    label = (subject.attrs or {}).get("canonical") or (subject.name if subject else f"property {property_id}")
    watch = existing or Watch(kind="property", target_id=property_id)
    watch.label, watch.ended_at, watch.created_at = label, None, clock.now()
    watch.baseline_snapshot_id = baseline.id if baseline else None
    watch.baseline = {} if baseline else stored_view(s, property_id)
    s.add(watch)
    s.flush()
    return watch, True


def watch_project(s: Session, project: Project) -> tuple[Watch, bool]:
    """Watch a project: the active risks and overdue commitments it has now are the baseline (a watch that ended
    is taken up again from them)."""
    existing = watch_for(s, "project", project.id, ended_too=True)
    if existing is not None and existing.ended_at is None:
        return existing, False
    watch = existing or Watch(kind="project", target_id=project.id)
    watch.label, watch.ended_at, watch.created_at = project.name, None, clock.now()
    watch.baseline = {"entities": sorted(e.id for e in project_alarms(s, project.id))}
    s.add(watch)
    s.flush()
    return watch, True


def stored_view(s: Session, property_id: int) -> dict[str, Any]:
    """The shared facts stored about this property now, as a report would show them, and their score."""
    facts = [reports.frozen_fact(*row) for row in property_facts(s, property_id, SHARED_SOURCES)]
    return {"facts": facts, "risk_score": risk.score_of(facts)}


def fact_evidence(diff: dict[str, Any], facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where each added or changed fact came from: the fact, its source, when, and the response hash it was read from."""
    wanted = {item["identity"] for item in (*diff["added"], *diff["changed"])}
    return [
        {k: fact.get(k) for k in ("identity", "fact_id", "source", "fetched_at", "response_hash")}
        for fact in facts
        if fact["identity"] in wanted
    ]


def is_empty(diff: dict[str, Any]) -> bool:
    risk_score = diff["risk_score"]
    return not (diff["added"] or diff["changed"] or diff["removed"]) and (
        risk_score["before"] == risk_score["after"]
    )


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
    if baseline is None and "facts" not in watch.baseline:
        watch.baseline_snapshot_id = snapshot.id
        return None
    if baseline is not None:
        diff = reports.diff(baseline, snapshot)
    else:  # its first own check: diffed with the stored shared facts, over the sources both show
        shown = set(job.sources) & set(SHARED_SOURCES)
        before = [f for f in watch.baseline["facts"] if f["source"] in shown]
        after = [f for f in snapshot.facts if f["source"] in shown]
        diff = {
            **stored_diff(job.property_id, before, after, risk.score_of(after)),
            "snapshot_b": snapshot.id,
        }
    if is_empty(diff) and baseline is not None:
        s.delete(snapshot)
        return None
    watch.baseline_snapshot_id, watch.baseline = snapshot.id, {}  # the snapshot is the baseline from now on
    if is_empty(diff):
        return None
    return record_notice(
        s, watch, title_of(watch.label, diff), trigger, diff, fact_evidence(diff, snapshot.facts)
    )


def note_stored_change(s: Session, property_id: int, trigger: str) -> Notice | None:
    """A watched property no check of its own has looked at: diff the facts stored about it with its baseline."""
    watch = watch_for(s, "property", property_id)
    if watch is None:
        return None
    now = stored_view(s, property_id)
    if "facts" not in watch.baseline:  # a watch from before stored baselines: what is stored now is one
        watch.baseline = now
        return None
    diff = stored_diff(property_id, watch.baseline["facts"], now["facts"], now["risk_score"])
    if is_empty(diff):
        return None
    watch.baseline = now
    return record_notice(
        s, watch, title_of(watch.label, diff), trigger, diff, fact_evidence(diff, now["facts"])
    )


def stored_diff(
    property_id: int, before: list[dict[str, Any]], after: list[dict[str, Any]], risk_after: float
) -> dict[str, Any]:
    """The diff of a stored-facts baseline (no snapshot) with what is shown now."""
    return {
        "snapshot_a": None,
        "snapshot_b": None,
        "property_id": property_id,
        **reports.diff_facts(before, after),
        "risk_score": {"before": risk.score_of(before), "after": risk_after},
    }


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
    for watch in s.scalars(select(Watch).where(Watch.kind == "project", Watch.ended_at.is_(None))):
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
