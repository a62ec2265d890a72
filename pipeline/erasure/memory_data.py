"""Erasing project-memory data: documents, their chunks (and the keyword index over them), stored vectors,
extracted commitments and risks, digests and suggested actions.

The FAISS files are derived from the database: after the rows go, `rebuild_indexes` writes every index file anew
from the vectors that remain, so no erased vector survives in a base file or its log.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pipeline.erasure.checks_data import drop_notices, dumped
from pipeline.erasure.names import Person
from pipeline.models.memory import (
    Action,
    ActionAudit,
    Binding,
    Chunk,
    Digest,
    Document,
    Entity,
    EntityChunk,
    MemoryVector,
    Project,
    SyncCursor,
)
from pipeline.models.notices import Watch


def documents_naming(s: Session, person: Person) -> list[int]:
    """Documents whose text, title, author or metadata name the person."""
    rows = s.execute(
        select(Document.id, Document.title, Document.content, Document.author, Document.meta)
    ).yield_per(2000)
    return [
        doc_id
        for doc_id, title, content, author, meta in rows
        if person.found_in(content)
        or person.found_in(title)
        or person.found_in(author)
        or person.found_in(dumped(meta))
    ]


def drop_documents(s: Session, document_ids: list[int], tally: Counter[str]) -> None:
    """Delete documents with their chunks (the keyword index follows by trigger), the entities read only from
    them, and the vectors no remaining chunk uses."""
    if not document_ids:
        return
    chunk_ids = list(s.scalars(select(Chunk.id).where(Chunk.document_id.in_(document_ids))))
    hashes = set(s.scalars(select(Chunk.content_hash).where(Chunk.id.in_(chunk_ids)))) if chunk_ids else set()
    entity_ids = (
        set(s.scalars(select(EntityChunk.entity_id).where(EntityChunk.chunk_id.in_(chunk_ids))))
        if chunk_ids
        else set()
    )
    if chunk_ids:
        s.execute(delete(EntityChunk).where(EntityChunk.chunk_id.in_(chunk_ids)))
        tally["chunks"] += s.execute(delete(Chunk).where(Chunk.id.in_(chunk_ids))).rowcount or 0
    tally["documents"] += s.execute(delete(Document).where(Document.id.in_(document_ids))).rowcount or 0
    orphaned = [
        e
        for e in entity_ids
        if not s.scalar(select(EntityChunk.chunk_id).where(EntityChunk.entity_id == e).limit(1))
    ]
    drop_entities(s, orphaned, tally)
    drop_unused_vectors(s, hashes, tally)


def drop_entities(s: Session, entity_ids: list[int], tally: Counter[str]) -> None:
    """Delete commitments and risks with the suggested actions made from them (applied ones keep their audit)."""
    if not entity_ids:
        return
    s.execute(delete(EntityChunk).where(EntityChunk.entity_id.in_(entity_ids)))
    unapplied = select(Action.id).where(Action.entity_id.in_(entity_ids), Action.status == "suggested")
    drop_actions(s, list(s.scalars(unapplied)), tally)
    tally["entities"] += s.execute(delete(Entity).where(Entity.id.in_(entity_ids))).rowcount or 0


def drop_actions(s: Session, action_ids: list[int], tally: Counter[str]) -> None:
    if not action_ids:
        return
    s.execute(delete(ActionAudit).where(ActionAudit.action_id.in_(action_ids)))
    tally["actions"] += s.execute(delete(Action).where(Action.id.in_(action_ids))).rowcount or 0


def drop_unused_vectors(s: Session, hashes: set[str], tally: Counter[str]) -> None:
    """Vectors of these texts that no chunk uses any more."""
    for content_hash in sorted(hashes):
        if s.scalar(select(func.count(Chunk.id)).where(Chunk.content_hash == content_hash)):
            continue
        tally["vectors"] += (
            s.execute(delete(MemoryVector).where(MemoryVector.content_hash == content_hash)).rowcount or 0
        )


def forget_person_memory(s: Session, person: Person, tally: Counter[str]) -> None:
    """Every document, entity, digest and suggested action that names the person."""
    drop_documents(s, documents_naming(s, person), tally)
    named = [e.id for e in s.scalars(select(Entity)) if person.found_in(e.text) or person.found_in(e.key)]
    drop_entities(s, named, tally)
    digests = [
        d.id
        for d in s.scalars(select(Digest))
        if person.found_in(d.content) or person.found_in(dumped(d.stats))
    ]
    if digests:
        tally["digests"] += s.execute(delete(Digest).where(Digest.id.in_(digests))).rowcount or 0
    actions = [
        a.id
        for a in s.scalars(select(Action).where(Action.status == "suggested"))
        if person.found_in(a.title) or person.found_in(dumped(a.payload))
    ]
    drop_actions(s, actions, tally)


def forget_project_rows(s: Session, project: Project, tally: Counter[str]) -> None:
    """A project and everything imported or made for it (its bindings, cursors, audit of applied actions too)."""
    documents = list(s.scalars(select(Document.id).where(Document.project_id == project.id)))
    drop_documents(s, documents, tally)
    entities = list(s.scalars(select(Entity.id).where(Entity.project_id == project.id)))
    drop_entities(s, entities, tally)
    drop_actions(s, list(s.scalars(select(Action.id).where(Action.project_id == project.id))), tally)
    tally["digests"] += s.execute(delete(Digest).where(Digest.project_id == project.id)).rowcount or 0
    tally["bindings"] += s.execute(delete(Binding).where(Binding.project_id == project.id)).rowcount or 0
    s.execute(delete(SyncCursor).where(SyncCursor.project_id == project.id))
    watches = list(s.scalars(select(Watch.id).where(Watch.kind == "project", Watch.target_id == project.id)))
    if watches:
        drop_notices(s, lambda n: n.watch_id in watches, tally)
        s.execute(delete(Watch).where(Watch.id.in_(watches)))
    s.delete(project)
    tally["projects"] += 1


def rebuild_indexes() -> int:
    """Write every FAISS index file anew from the database's vectors; how many files were rewritten."""
    from pipeline.db import read_scope
    from pipeline.memory import store

    folder = store.index_path("x").parent
    if not folder.exists():
        return 0
    with read_scope() as s:
        query = select(MemoryVector.embedder, func.max(MemoryVector.dim)).group_by(MemoryVector.embedder)
        dims = {name: dim for name, dim in s.execute(query).all()}
    rewritten = 0
    for path in sorted(folder.glob("chunks-*.faiss")):
        name = path.name.removeprefix("chunks-").removesuffix(".faiss")
        dim = dims.get(name) or _file_dim(path)
        if dim:
            store.rebuild(SimpleNamespace(name=name, dim=int(dim)))  # type: ignore[arg-type]
            rewritten += 1
    return rewritten


def _file_dim(path: Path) -> int | None:
    """The dimension an index file was written with (its JSON sidecar says), when no vector of it is left."""
    try:
        return int(json.loads(path.with_name(path.name + ".json").read_text())["dim"])
    except (ValueError, KeyError, OSError):
        return None
