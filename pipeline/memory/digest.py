"""Weekly digest per project: what happened in the period, open commitments, risks; every generation a new version."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.engine import clock
from pipeline.models.memory import Action, Digest, Document, Entity, Project

SHOWN = 8


def week_bounds(moment: datetime) -> tuple[datetime, datetime]:
    """Monday 00:00 UTC of the moment's week and the next Monday."""
    start = (moment - timedelta(days=moment.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=7)


def generate_digest(
    s: Session, project: Project, trigger: str = "schedule", moment: datetime | None = None
) -> Digest:
    """Write the next version of the project's digest for the week containing `moment` (now by default)."""
    start, end = week_bounds(moment or clock.now())
    stats = _stats(s, project, start, end)
    version = (
        s.scalar(
            select(func.max(Digest.version)).where(
                Digest.project_id == project.id, Digest.period_start == start
            )
        )
        or 0
    ) + 1
    digest = Digest(
        project_id=project.id,
        period_start=start,
        period_end=end,
        version=version,
        content=_render(project, start, version, stats),
        stats=stats,
        trigger=trigger,
    )
    s.add(digest)
    s.flush()
    return digest


def _stats(s: Session, project: Project, start: datetime, end: datetime) -> dict[str, Any]:
    moment = func.coalesce(Document.source_updated_at, Document.source_created_at)
    activity = s.execute(
        select(Document.source, Document.object_type, func.count())
        .where(Document.project_id == project.id, moment >= start, moment < end)
        .group_by(Document.source, Document.object_type)
    ).all()
    entities = list(
        s.scalars(
            select(Entity)
            .where(Entity.project_id == project.id, Entity.status != "dismissed")
            .order_by(Entity.confidence.desc(), Entity.last_seen_at.desc())
        )
    )

    def pick(kind: str, status: str) -> list[dict[str, Any]]:
        return [
            {"id": e.id, "text": e.text, "due": e.due, "subtype": e.subtype, "confidence": e.confidence}
            for e in entities
            if e.kind == kind and e.status == status
        ]

    pending = s.scalar(
        select(func.count(Action.id)).where(Action.project_id == project.id, Action.status == "suggested")
    )
    return {
        "activity": [{"source": src, "object_type": kind, "count": n} for src, kind, n in activity],
        "commitments": pick("commitment", "active"),
        "risks": pick("risk", "active"),
        "proposed": pick("commitment", "proposed") + pick("risk", "proposed"),
        "new_entities": sum(1 for e in entities if start <= e.first_seen_at < end),
        "pending_actions": pending or 0,
    }


def _render(project: Project, start: datetime, version: int, stats: dict[str, Any]) -> str:
    """The digest as Markdown."""
    lines = [f"# {project.name}: week of {start:%d %b %Y} (version {version})", "", "## Activity"]
    lines += [f"- {a['source']}: {a['count']} {a['object_type']}(s)" for a in stats["activity"]] or [
        "- no new activity"
    ]
    for title, key in (
        ("Commitments", "commitments"),
        ("Risks", "risks"),
        ("Awaiting review (proposed)", "proposed"),
    ):
        items = stats[key]
        lines += ["", f"## {title} ({len(items)})"]
        lines += [
            f"- {e['text']}" + (f" — due {e['due']}" if e.get("due") else "") for e in items[:SHOWN]
        ] or ["- none"]
        if len(items) > SHOWN:
            lines.append(f"- … and {len(items) - SHOWN} more")
    lines += [
        "",
        f"{stats['new_entities']} new this week; {stats['pending_actions']} suggested action(s) await a decision.",
    ]
    return "\n".join(lines)
