"""Suggested actions: a Linear issue for an active commitment, an Attio note for an active risk.

Suggesting only writes rows. `payload` holds exactly the body apply would send (the URL is the vendor's as
configured when it is sent), so preview shows it without any side effect. Apply happens only on a person's
command: it is idempotent (the Linear issue id, a random UUID v4 as Linear's schema asks, is drawn once here and
stored with the action; the Attio note carries the action's marker, so a retried apply finds what the first one
made) and it always writes an audit row (who, when, what was sent, what came back), also when it fails.
Nothing is suggested back to the system it came from: a commitment seen in a Linear issue is tracked there.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.memory.projects import LABELS
from pipeline.models.memory import Action, Binding, Chunk, Document, Entity, EntityChunk, Project
from pipeline.sources.linear import ISSUE_CREATE

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def idempotency_key(kind: str, project_id: int, entity_id: int) -> str:
    """One action of a kind per entity: re-suggesting or re-applying finds the same row."""
    return f"{kind}:{project_id}:{entity_id}"


MARKER_PREFIX = "[mirano:"
KIND_SOURCE = {"linear_issue": "linear", "attio_note": "attio"}


def marker(key: str) -> str:
    """The tag an Attio note carries so a retried apply can find the note the first one created."""
    return f"{MARKER_PREFIX}{key}]"


def own_writes(s: Session, source: str) -> set[str]:
    """The external ids of what Mirano itself wrote into a vendor (a Linear issue's id is drawn when it is
    suggested, an Attio note's comes back when it is applied): a sync must never take them back as evidence."""
    kinds = [kind for kind, vendor in KIND_SOURCE.items() if vendor == source]
    ids = set()
    for kind, payload, result in s.execute(
        select(Action.kind, Action.payload, Action.result).where(
            Action.kind.in_(kinds), Action.status != "suggested"
        )
    ):
        if kind == "linear_issue":
            ids.add(f"issue:{payload['variables']['input']['id']}")
        elif note_id := ((result or {}).get("note") or {}).get("note_id"):
            ids.add(f"note:{note_id}")
    return ids


def written_by_mirano(doc_content: str, external_id: str, own: set[str]) -> bool:
    """Mirano's own write, known by its id or, for a write whose answer was lost, by the marker it carries."""
    return external_id in own or MARKER_PREFIX in doc_content


def suggest_actions(s: Session, limit: int, scope: str = "global") -> list[Action]:
    """New suggestions for active entities that have none yet (only where the project has a target bound)."""
    query = (
        select(Entity, Project)
        .join(Project, Project.id == Entity.project_id)
        .where(Entity.status == "active", Project.active.is_(True))
    )
    if scope != "global":
        query = query.where(Project.slug == scope)
    made: list[Action] = []
    for entity, project in s.execute(query.order_by(Entity.last_seen_at.desc())).all():
        if len(made) >= limit:
            break
        kind = "linear_issue" if entity.kind == "commitment" else "attio_note"
        key = idempotency_key(kind, project.id, entity.id)
        if s.scalar(select(Action.id).where(Action.idempotency_key == key)) is not None:
            continue
        if ("linear" if kind == "linear_issue" else "attio") in _sources(s, entity):
            continue  # seen in the very system we would write to: already tracked there
        built = (
            _linear_issue(s, project, entity, key)
            if kind == "linear_issue"
            else _attio_note(s, project, entity, key)
        )
        if built is not None:
            s.add(built)
            made.append(built)
    s.flush()
    return made


def _sources(s: Session, entity: Entity) -> set[str]:
    """The vendors of the documents an entity was seen in."""
    query = (
        select(Document.source)
        .join(Chunk, Chunk.document_id == Document.id)
        .join(EntityChunk, EntityChunk.chunk_id == Chunk.id)
        .where(EntityChunk.entity_id == entity.id)
    )
    return set(s.scalars(query))


def _evidence(s: Session, entity: Entity) -> str:
    """Where the entity came from, for the issue or note body."""
    row = s.execute(
        select(Document)
        .join(Chunk, Chunk.document_id == Document.id)
        .join(EntityChunk, EntityChunk.chunk_id == Chunk.id)
        .where(EntityChunk.entity_id == entity.id)
        .limit(1)
    ).scalar()
    if row is None:
        return ""
    when = row.source_updated_at or row.source_created_at
    return (
        f"Source: {LABELS.get(row.source, row.source)} {row.object_type} by {row.author or 'unknown'}"
        + (f", {when:%Y-%m-%d %H:%M} UTC" if when else "")
        + (f" — {row.url}" if row.url else "")
    )


def _linear_team(s: Session, project: Project) -> tuple[str, str | None] | None:
    """(teamId, projectId) for a Linear issue in this project, or None when nothing Linear is bound."""
    bindings = list(
        s.scalars(select(Binding).where(Binding.project_id == project.id, Binding.source == "linear"))
    )
    team = next((b.external_id for b in bindings if b.kind == "team"), None)
    linear_project = next((b.external_id for b in bindings if b.kind == "project"), None)
    if (
        team is None and linear_project is not None
    ):  # a project binding: its team, learned from imported issues
        docs = s.scalars(
            select(Document.meta).where(Document.project_id == project.id, Document.source == "linear")
        )
        team = next((m.get("team_id") for m in docs if m and m.get("team_id")), None)
    return (team, linear_project) if team else None


def _linear_issue(s: Session, project: Project, entity: Entity, key: str) -> Action | None:
    target = _linear_team(s, project)
    if target is None:
        return None
    team_id, linear_project = target
    due = f"Due: {entity.due}\n" if entity.due else ""
    issue_input: dict[str, Any] = {
        "id": str(uuid.uuid4()),  # drawn once, stored: a retried issueCreate cannot make a second issue
        "teamId": team_id,
        "title": _title(entity.text),
        "description": f"{entity.text}\n\n{due}{_evidence(s, entity)}\n\nSuggested by Mirano from commitment #{entity.id}.",
    }
    if entity.due and _ISO_DATE.match(entity.due):
        issue_input["dueDate"] = entity.due
    if linear_project:
        issue_input["projectId"] = linear_project
    payload = {
        "vendor": "linear",
        "method": "POST",
        "operationName": "IssueCreate",
        "query": ISSUE_CREATE,
        "variables": {"input": issue_input},
    }
    return Action(
        project_id=project.id,
        entity_id=entity.id,
        kind="linear_issue",
        target=f"linear team:{team_id}",
        title=f"Create Linear issue: {issue_input['title']}",
        payload=payload,
        idempotency_key=key,
    )


def _attio_note(s: Session, project: Project, entity: Entity, key: str) -> Action | None:
    binding = s.scalar(
        select(Binding)
        .where(Binding.project_id == project.id, Binding.source == "attio")
        .order_by(Binding.kind)
    )  # company before deal
    if binding is None:
        return None
    obj = "companies" if binding.kind == "company" else "deals"
    note = {
        "parent_object": obj,
        "parent_record_id": binding.external_id,
        "title": _title(f"Risk: {entity.subtype.replace('_', ' ')} — {entity.text}"),  # two risks, two titles
        "format": "plaintext",
        "content": f"{entity.text}\n\n{_evidence(s, entity)}\n\nFlagged by Mirano (risk #{entity.id}). {marker(key)}",
    }
    payload = {
        "vendor": "attio",
        "method": "POST",
        "json": {"data": note},
    }
    return Action(
        project_id=project.id,
        entity_id=entity.id,
        kind="attio_note",
        target=f"attio {obj}:{binding.external_id}",
        title=f"Add Attio note: {note['title']}",
        payload=payload,
        idempotency_key=key,
    )


def _title(text: str) -> str:
    first = " ".join(text.split())
    return first if len(first) <= 80 else first[:77].rstrip() + "…"
