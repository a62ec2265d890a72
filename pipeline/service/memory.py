"""Project memory for the UI, the assistant and the CLI: projects and bindings, search, entities, digests, actions.

Reads return plain dicts (JSON-ready). Nothing here applies an action except `apply_action`, which needs the
name of the person who asked for it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import control
from pipeline.engine.exceptions import BadInput
from pipeline.memory import apply as applying
from pipeline.memory import projects as proj
from pipeline.memory import store
from pipeline.memory.build import MAX_EMBED_ATTEMPTS
from pipeline.memory.digest import generate_digest as _generate_digest
from pipeline.memory.embedders import get_embedder
from pipeline.memory.extract import set_status
from pipeline.memory.search import search as _search
from pipeline.models.memory import (
    Action,
    ActionAudit,
    Binding,
    Chunk,
    Digest,
    Document,
    Entity,
    EntityChunk,
    Project,
    SyncCursor,
)
from pipeline.people.directory import require
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers
from pipeline.text.lemmas import matched_words, search_terms

ENTITY_KINDS = ("commitment", "risk")
ENTITY_STATUSES = ("proposed", "active", "dismissed")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _project_id(s: Session, slug: str | None) -> int | None:
    return proj.get_project(s, slug).id if slug else None


# -- projects and bindings ------------------------------------------------------------------------------------
def list_projects() -> list[dict[str, Any]]:
    """Every project with its bindings, cursors and counts: [{slug, name, active, bindings, cursors, counts}]."""
    with read_scope() as s:
        return [
            _project_dict(s, p)
            for p in s.scalars(select(Project).order_by(Project.active.desc(), Project.slug))
        ]


def contents(project: str | None = None) -> dict[str, Any]:
    """What project memory holds: documents by source and kind, chunks and how many are embedded."""
    with read_scope() as s:
        pid = _project_id(s, project) if project else None
        where = [Document.project_id == pid] if pid is not None else []
        rows = s.execute(
            select(Document.source, Document.object_type, func.count(Document.id))
            .where(*where)
            .group_by(Document.source, Document.object_type)
            .order_by(Document.source, Document.object_type)
        ).all()
        chunk_where = [Chunk.project_id == pid] if pid is not None else []
        return {
            "project": project,
            "documents": [{"source": src, "kind": kind, "count": n} for src, kind, n in rows],
            "chunks": _count(s, Chunk.id, *chunk_where),
            "embedded": _count(s, Chunk.id, *chunk_where, Chunk.embed_status == "embedded"),
        }


def _count(s: Session, column: Any, *where: Any) -> int:
    return int(s.scalar(select(func.count(column)).where(*where)) or 0)


def _project_dict(s: Session, p: Project) -> dict[str, Any]:
    settings = get_settings()
    bindings = s.scalars(
        select(Binding).where(Binding.project_id == p.id).order_by(Binding.source, Binding.id)
    )
    return {
        "slug": p.slug,
        "name": p.name,
        "active": p.active,
        "created_at": _iso(p.created_at),
        "bindings": [
            {
                "source": b.source,
                "kind": b.kind,
                "external_id": b.external_id,
                "target": f"{b.kind}:{b.external_id}",
                "name": b.name,
                "demo": settings.is_demo(b.source),
            }
            for b in bindings
        ],
        "cursors": _cursor_rows(s, p.id),
        "counts": {
            "documents": _count(s, Document.id, Document.project_id == p.id),
            "chunks": _count(s, Chunk.id, Chunk.project_id == p.id),
            "embedded": _count(s, Chunk.id, Chunk.project_id == p.id, Chunk.embed_status == "embedded"),
            "failed_chunks": _count(s, Chunk.id, Chunk.project_id == p.id, Chunk.embed_status == "failed"),
            "commitments": _count(
                s,
                Entity.id,
                Entity.project_id == p.id,
                Entity.kind == "commitment",
                Entity.status != "dismissed",
            ),
            "risks": _count(
                s, Entity.id, Entity.project_id == p.id, Entity.kind == "risk", Entity.status != "dismissed"
            ),
            "suggested_actions": _count(
                s, Action.id, Action.project_id == p.id, Action.status == "suggested"
            ),
        },
    }


def create_project(slug: str, name: str | None = None, active: bool = True) -> dict[str, Any]:
    """Create a project (or return the existing one with this slug)."""
    require("bind")
    with session_scope() as s:
        return _project_dict(s, proj.ensure_project(s, slug, name, active))


def set_project_active(slug: str, active: bool) -> dict[str, Any]:
    """Pause or resume a project; inactive projects are never imported."""
    require("bind")
    with session_scope() as s:
        project = proj.get_project(s, slug)
        project.active = active
        return _project_dict(s, project)


def bind(project: str, source: str, kind_id: str) -> dict[str, Any]:
    """Bind a project (created if new) to "inbox:1", "team:<id>", "company:<record id>"…: {…, created, message}."""
    from pipeline.memory.binding_check import LABELS, check_target

    kind, external_id = proj.parse_target(source, kind_id)  # a malformed target is refused before any call
    who = require("bind")
    checked = check_target(source, kind, external_id)
    if checked.found is False:
        raise BadInput("target", f"{LABELS[source]} has no {kind} {external_id!r}: nothing was bound")
    with session_scope() as s:
        binding, created = proj.bind(s, project, source, kind_id)
        if checked.found and checked.name:
            binding.name = checked.name[:200]  # the vendor's name now, also for a binding made before
        target = f"{binding.kind}:{binding.external_id}"
        if created:
            control.audit(s, who, "bind", scope=project, target=f"{source} {target}"[:80])
    message = (
        f"bound {project} to {source} {target}"
        if created
        else f"{project} was already bound to {source} {target}"
    )
    if created and checked.found:
        message += (
            f" ({checked.name}, found in {LABELS[source]})"
            if checked.name
            else f" (found in {LABELS[source]})"
        )
    elif created:
        message += f" (not checked against {LABELS[source]}: {checked.reason})"
    return {
        "project": project,
        "source": source,
        "kind": binding.kind,
        "external_id": binding.external_id,
        "created": created,
        "demo": get_settings().is_demo(source),
        "checked": checked.found,
        "name": checked.name if checked.found else None,
        "message": message,
    }


def binding_kinds() -> dict[str, list[str]]:
    """What each source can be bound by: {"chatwoot": ["inbox", "contact"], "linear": ["team", "project"], …}."""
    return {source: list(kinds) for source, kinds in proj.BINDING_KINDS.items()}


def unbind(project: str, source: str, kind_id: str) -> dict[str, Any]:
    """Remove a binding; imported documents stay: {project, source, target, removed}."""
    who = require("bind")
    with session_scope() as s:
        removed = proj.unbind(s, project, source, kind_id)
        if removed:
            control.audit(s, who, "unbind", scope=project, target=f"{source} {kind_id}"[:80])
    return {"project": project, "source": source, "target": kind_id, "removed": removed}


def _cursor_rows(s: Session, project_id: int) -> list[dict[str, Any]]:
    rows = s.scalars(
        select(SyncCursor).where(SyncCursor.project_id == project_id).order_by(SyncCursor.source)
    )
    return [
        {
            "source": c.source,
            "position": c.position,
            "imported": c.imported,
            "updated": c.updated,
            "synced_at": _iso(c.synced_at),
        }
        for c in rows
    ]


def cursors(project: str) -> list[dict[str, Any]]:
    """The sync cursors of a project: [{source, position (per binding), imported, updated, synced_at}]."""
    with read_scope() as s:
        return _cursor_rows(s, proj.get_project(s, project).id)


# -- search ---------------------------------------------------------------------------------------------------
def search(query: str, project: str | None = None, k: int = 8) -> list[dict[str, Any]]:
    """Semantic + keyword search: [{chunk_id, score, semantic, keyword, text, project, source, object_type, …}]."""
    if not query or not query.strip():
        raise BadInput("query", "give some words to search for")
    if not 1 <= int(k) <= 100:
        raise BadInput("k", "between 1 and 100")
    return _search(query.strip(), project=project, k=int(k))


def relevant_search(query: str, project: str | None = None, k: int = 8) -> dict[str, Any]:
    """`search`, without the hits that are neither a word match nor close in meaning (MIRANO_MEMORY_SEARCH_FLOOR):
    {hits, stems (the query's search terms), floor}; each hit's `matched` lists the words of its text that are
    forms of the query's words (for highlighting). An empty `hits` means "no matches"."""
    floor = get_settings().memory_search_floor
    terms = search_terms(query)
    hits = [
        {**hit, "matched": matched_words(hit["text"], terms)}
        for hit in search(query, project=project, k=k)
        if hit["keyword"] is not None or (hit["semantic"] or 0.0) >= floor
    ]
    return {"hits": hits, "stems": terms, "floor": floor}


def memory_status() -> dict[str, Any]:
    """Documents, chunks, vectors and the FAISS index: {documents, chunks, embedded, failed, failed_to_retry (the
    next build tries them again), last_embed_error, pending_documents, vectors, embedder, index}.

    `index.consistent` is whether the FAISS file holds exactly the chunks the database says are embedded
    (`missing` and `extra` count the difference); `rebuild_index` repairs it. `index.healed` ({at, note}) says
    when the file last could not be read and was rebuilt from the stored vectors by itself.
    """
    embedder = get_embedder()
    index = store.open_index(embedder, follow=False)
    wanted, present = store.embedded_ids(embedder.name), index.ids()
    with read_scope() as s:
        from pipeline.models.memory import MemoryVector

        return {
            "documents": _count(s, Document.id),
            "chunks": _count(s, Chunk.id),
            "embedded": _count(s, Chunk.id, Chunk.embed_status == "embedded"),
            "failed": _count(s, Chunk.id, Chunk.embed_status == "failed"),
            "failed_to_retry": _count(
                s, Chunk.id, Chunk.embed_status == "failed", Chunk.embed_attempts < MAX_EMBED_ATTEMPTS
            ),
            "last_embed_error": s.scalar(
                select(Chunk.embed_error)
                .where(Chunk.embed_status == "failed")
                .order_by(Chunk.id.desc())
                .limit(1)
            ),
            "pending_documents": _count(
                s,
                Document.id,
                (Document.chunked_hash.is_(None)) | (Document.chunked_hash != Document.content_hash),
            ),
            "vectors": _count(s, MemoryVector.id, MemoryVector.embedder == embedder.name),
            "embedder": embedder.name,
            "index": {
                "path": str(index.path),
                "size": len(present),
                "missing": len(wanted - present),
                "extra": len(present - wanted),
                "consistent": wanted == present,
                "healed": store.last_heal(embedder.name),
                **vector_store_state(),
            },
        }


def vector_store_state() -> dict[str, Any]:
    """{store: "pgvector" | "faiss", store_note: None, or "no_pgvector" when PostgreSQL keeps FAISS files because
    the extension is not in this database (`mirano init` says what an administrator must run)}."""
    from pipeline import dialect
    from pipeline.memory import pg_vectors

    if pg_vectors.enabled():
        return {"store": "pgvector", "store_note": None}
    chosen = get_settings().memory_vector_store == "faiss"
    on_pg = dialect.on_postgresql()
    return {"store": "faiss", "store_note": "no_pgvector" if on_pg and not chosen else None}


def rebuild_index() -> dict[str, Any]:
    """Rebuild the FAISS file from the vectors stored in the database (no embedding): {embedder, vectors}."""
    require("index")
    embedder = get_embedder()
    return {"embedder": embedder.name, "vectors": store.rebuild(embedder)}


# -- entities -------------------------------------------------------------------------------------------------
def _entity_dict(s: Session, e: Entity, slug: str) -> dict[str, Any]:
    links = s.execute(
        select(
            EntityChunk.chunk_id,
            EntityChunk.quote,
            Document.source,
            Document.external_id,
            Document.url,
            Document.author,
            Document.title,
        )
        .join(Chunk, Chunk.id == EntityChunk.chunk_id)
        .join(Document, Document.id == Chunk.document_id)
        .where(EntityChunk.entity_id == e.id)
        .order_by(EntityChunk.created_at)
    ).all()
    return {
        "id": e.id,
        "project": slug,
        "kind": e.kind,
        "subtype": e.subtype,
        "tags": list(e.tags or [e.subtype]),
        "text": e.text,
        "due": e.due,
        "confidence": e.confidence,
        "status": e.status,
        "status_by": e.status_by,
        "seen_count": e.seen_count,
        "extractor": e.extractor,
        "first_seen_at": _iso(e.first_seen_at),
        "last_seen_at": _iso(e.last_seen_at),
        "threshold": get_settings().memory_confidence_threshold,
        "chunks": [
            {
                "chunk_id": c,
                "quote": q,
                "source": src,
                "external_id": ext,
                "url": url,
                "author": author,
                "title": title,
            }
            for c, q, src, ext, url, author, title in links
        ],
    }


def entities(
    project: str | None = None, kind: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """Commitments and risks, most confident first: [{id, kind, subtype, text, due, confidence, status, chunks…}]."""
    if kind and kind not in ENTITY_KINDS:
        raise BadInput("kind", f"one of {', '.join(ENTITY_KINDS)}")
    if status and status not in ENTITY_STATUSES:
        raise BadInput("status", f"one of {', '.join(ENTITY_STATUSES)}")
    with read_scope() as s:
        query = select(Entity, Project.slug).join(Project, Project.id == Entity.project_id)
        if project:
            query = query.where(Entity.project_id == _project_id(s, project))
        if kind:
            query = query.where(Entity.kind == kind)
        if status:
            query = query.where(Entity.status == status)
        rows = s.execute(query.order_by(Entity.confidence.desc(), Entity.last_seen_at.desc())).all()
        return [_entity_dict(s, e, slug) for e, slug in rows]


def _set_entity(entity_id: int, status: str, actor: str) -> dict[str, Any]:
    actor = require("curate", None if actor == "user" else actor)
    with session_scope() as s:
        e = set_status(s, entity_id, status, actor)
        return _entity_dict(s, e, s.get(Project, e.project_id).slug)  # type: ignore[union-attr]


def promote(entity_id: int, actor: str = "user") -> dict[str, Any]:
    """A person confirms a proposed entity: it becomes active (and eligible for suggested actions)."""
    return _set_entity(entity_id, "active", actor)


def dismiss(entity_id: int, actor: str = "user") -> dict[str, Any]:
    """A person dismisses an entity; seeing it again never revives it."""
    return _set_entity(entity_id, "dismissed", actor)


def undo_dismiss(entity_id: int, status: str, status_by: str) -> dict[str, Any]:
    """Undo a Dismiss: the entity gets back the status it had and who set it (the gate may decide again)."""
    if status not in ("proposed", "active"):
        raise BadInput("status", "an entity comes back as proposed or active")
    return _set_entity(entity_id, status, status_by)


# -- digests --------------------------------------------------------------------------------------------------
def _digest_dict(d: Digest, slug: str) -> dict[str, Any]:
    return {
        "id": d.id,
        "project": slug,
        "period_start": _iso(d.period_start),
        "period_end": _iso(d.period_end),
        "version": d.version,
        "content": d.content,
        "stats": d.stats,
        "trigger": d.trigger,
        "created_at": _iso(d.created_at),
    }


def digests(project: str) -> list[dict[str, Any]]:
    """A project's digests, newest period and version first: [{id, period_start, version, content, stats…}]."""
    with read_scope() as s:
        pid = _project_id(s, project)
        rows = s.scalars(
            select(Digest)
            .where(Digest.project_id == pid)
            .order_by(Digest.period_start.desc(), Digest.version.desc())
        )
        return [_digest_dict(d, project) for d in rows]


def generate_digest(project: str, trigger: str = "button") -> dict[str, Any]:
    """ "Generate now": a new version of this week's digest."""
    require("digest")
    with session_scope() as s:
        return _digest_dict(_generate_digest(s, proj.get_project(s, project), trigger=trigger), project)


# -- actions --------------------------------------------------------------------------------------------------
def _action_dict(a: Action, slug: str) -> dict[str, Any]:
    return {
        "id": a.id,
        "project": slug,
        "kind": a.kind,
        "target": a.target,
        "title": a.title,
        "status": a.status,
        "entity_id": a.entity_id,
        "idempotency_key": a.idempotency_key,
        "created_at": _iso(a.created_at),
        "applied_at": _iso(a.applied_at),
        "applied_by": a.applied_by,
        "result": a.result,
        "error": a.error,
        "demo": get_settings().is_demo(a.payload.get("vendor", "")),
    }


def actions(project: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
    """Suggested, applied and failed actions, newest first: [{id, kind, target, title, status, result…}]."""
    with read_scope() as s:
        query = select(Action, Project.slug).join(Project, Project.id == Action.project_id)
        if project:
            query = query.where(Action.project_id == _project_id(s, project))
        if status:
            query = query.where(Action.status == status)
        return [_action_dict(a, slug) for a, slug in s.execute(query.order_by(Action.id.desc())).all()]


def preview_action(action_id: int) -> dict[str, Any]:
    """Exactly what apply would send ({request: {method, url, headers, body}, would_send, demo}); no side effects."""
    return applying.preview(int(action_id))


def apply_action(action_id: int, actor: str) -> dict[str, Any]:
    """Send the action (only on a person's command); idempotent, always audited: {id, outcome, ok, result|error}."""
    return applying.apply(int(action_id), require("apply", actor))


def audit_log(project: str | None = None, action_id: int | None = None) -> list[dict[str, Any]]:
    """Every apply attempt, newest first: [{id, action_id, project, actor, outcome, request, response, error, at}]."""
    with read_scope() as s:
        query = select(ActionAudit, Project.slug).join(Project, Project.id == ActionAudit.project_id)
        if project:
            query = query.where(ActionAudit.project_id == _project_id(s, project))
        if action_id is not None:
            query = query.where(ActionAudit.action_id == action_id)
        return [
            {
                "id": a.id,
                "action_id": a.action_id,
                "project": slug,
                "actor": a.actor,
                "outcome": a.outcome,
                "request": a.request,
                "response": a.response,
                "error": a.error,
                "at": _iso(a.at),
            }
            for a, slug in s.execute(query.order_by(ActionAudit.id.desc())).all()
        ]


# -- people ---------------------------------------------------------------------------------------------------
def authors() -> list[dict[str, Any]]:
    """Who wrote the imported documents: [{author, project, source, documents, first_at, last_at}], most first."""
    with read_scope() as s:
        rows = s.execute(
            select(
                Document.author,
                Project.slug,
                Document.source,
                func.count(Document.id),
                func.min(Document.source_created_at),
                func.max(Document.source_created_at),
            )
            .join(Project, Project.id == Document.project_id)
            .where(Document.author.is_not(None))
            .group_by(Document.author, Project.slug, Document.source)
            .order_by(func.count(Document.id).desc())
        ).all()
    return [
        {
            "author": author,
            "project": slug,
            "source": source,
            "documents": int(count),
            "first_at": _iso(first),
            "last_at": _iso(last),
        }
        for author, slug, source, count, first, last in rows
    ]


def _document_dict(d: Document, slug: str) -> dict[str, Any]:
    return {
        "id": d.id,
        "project": slug,
        "source": d.source,
        "object_type": d.object_type,
        "author": d.author,
        "title": d.title,
        "text": d.content,
        "private": d.private,
        "time": _iso(d.source_created_at),
        "url": d.url,
    }


def documents_by(author: str, limit: int = 20) -> list[dict[str, Any]]:
    """The documents one author wrote, newest first: [{id, project, source, object_type, author, title, text, time,
    url}]."""
    with read_scope() as s:
        rows = s.execute(
            select(Document, Project.slug)
            .join(Project, Project.id == Document.project_id)
            .where(Document.author == author)
            .order_by(Document.source_created_at.desc(), Document.id.desc())
            .limit(max(1, min(int(limit), 100)))
        ).all()
        return [_document_dict(d, slug) for d, slug in rows]


def latest_documents(
    project: str | None = None, source: str | None = None, limit: int = 5
) -> list[dict[str, Any]]:
    """The newest imported documents, newest first (of one project or vendor): who wrote each, when and where:
    [{id, project, source, object_type, author, title, text, private, time, url}]."""
    with read_scope() as s:
        query = select(Document, Project.slug).join(Project, Project.id == Document.project_id)
        if project:
            query = query.where(Project.slug == project)
        if source:
            query = query.where(Document.source == source)
        rows = s.execute(
            query.order_by(Document.source_created_at.desc(), Document.id.desc()).limit(
                max(1, min(int(limit), 50))
            )
        ).all()
        return [_document_dict(d, slug) for d, slug in rows]


def project_names() -> list[dict[str, Any]]:
    """Every project's slug, name and whether it is active, without counts (cheap: for name lookups)."""
    with read_scope() as s:
        rows = s.execute(select(Project.slug, Project.name, Project.active).order_by(Project.slug)).all()
    return [{"slug": slug, "name": name, "active": active} for slug, name, active in rows]
