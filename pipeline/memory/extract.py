"""Extraction: commitments and risks from chunks not read yet, through the confidence gate, never duplicated.

An entity is unique per (project, kind, dedupe key): seeing it again (in another message, after an edit, in a
later run) raises its confidence and links the new chunk instead of adding a row. The gate makes it
`active` at or above the threshold, `proposed` below; a person's promote or dismiss is never overridden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.memory.extractors import Extracted, ExtractInput, get_extractor
from pipeline.memory.projects import project_priority
from pipeline.models.memory import Chunk, Entity, EntityChunk, Project

CHUNKS_PER_CALL = 40


@dataclass
class ExtractResult:
    """What one extraction run did."""

    chunks: int = 0
    created: int = 0
    updated: int = 0
    llm_calls: int = 0
    tokens: int = 0
    errors: list[str] = field(default_factory=list)
    fallback: str | None = None  # the online model did not answer; the offline rules read those chunks


def gate(confidence: float) -> str:
    """`active` at or above the configured threshold, else `proposed`."""
    return "active" if confidence >= get_settings().memory_confidence_threshold else "proposed"


def extract_memory(
    limit: int,
    *,
    scope: str = "global",
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int, int], None] = lambda chunks, calls, tokens: None,
) -> ExtractResult:
    """Read up to `limit` new chunks; `on_progress(chunks, llm_calls, tokens)` after each committed batch."""
    extractor = get_extractor()
    name = "llm" if extractor.online else "offline"
    result = ExtractResult()
    while result.chunks < limit:
        with read_scope() as s:  # read, release, then the model call with no transaction open
            chunks = [
                (c.id, c.text, c.source_time, c.project_id)
                for c in pending_chunks(s, min(CHUNKS_PER_CALL, limit - result.chunks), scope)
            ]
        if not chunks:
            break
        out = extractor.extract([ExtractInput(i, text, when) for i, text, when, _ in chunks])
        with session_scope() as s:
            unread = set(
                s.scalars(
                    select(Chunk.id).where(Chunk.id.in_([c[0] for c in chunks]), Chunk.extracted_at.is_(None))
                )
            )  # another run may have read some meanwhile: what it found is not counted twice
            projects = {i: project for i, _, _, project in chunks if i in unread}
            for found in out.entities:
                if found.chunk_id in projects:  # a model may invent a chunk id; ignore what we did not send
                    by = "offline" if found.chunk_id in out.offline_chunks else name
                    created = upsert_entity(s, projects[found.chunk_id], found, by)
                    result.created += created
                    result.updated += not created
            if unread:
                s.execute(update(Chunk).where(Chunk.id.in_(unread)).values(extracted_at=clock.now()))
        result.chunks += len(chunks)
        result.llm_calls += out.llm_calls
        result.tokens += out.tokens
        result.errors += list(getattr(out, "errors", []) or [])
        result.fallback = getattr(out, "fallback", None) or result.fallback
        on_progress(len(chunks), out.llm_calls, out.tokens)
        if should_stop():
            break
    return result


def unread_chunk_count(limit: int, scope: str = "global") -> int:
    """How many chunks an extraction of up to `limit` has before it (for progress)."""
    with read_scope() as s:
        return len(pending_chunks(s, limit, scope))


def pending_chunks(s: Session, limit: int, scope: str = "global") -> list[Chunk]:
    """Chunks never read by the extractor: active and new projects first, newest first."""
    picked: list[Chunk] = []
    for project_id in project_priority(s):
        if scope != "global" and s.get(Project, project_id).slug != scope:  # type: ignore[union-attr]
            continue
        query = (
            select(Chunk)
            .where(Chunk.project_id == project_id, Chunk.extracted_at.is_(None))
            .order_by(Chunk.source_time.desc().nulls_last(), Chunk.id.desc())
            .limit(limit - len(picked))
        )
        picked += list(s.scalars(query))
        if len(picked) >= limit:
            break
    return picked


def upsert_entity(s: Session, project_id: int, found: Extracted, extractor: str) -> bool:
    """Create the entity or update the one with the same key; link the chunk. True when created."""
    confidence = max(0.0, min(1.0, float(found.confidence)))
    row = s.scalar(
        select(Entity).where(
            Entity.project_id == project_id, Entity.kind == found.kind, Entity.key == found.key
        )
    )
    if row is None:
        row = same_statement(s, project_id, found)
    created = row is None
    if row is None:
        row = Entity(
            project_id=project_id,
            kind=found.kind,
            subtype=found.subtype,
            tags=list(found.tags or (found.subtype,)),
            key=found.key,
            text=found.text,
            due=found.due,
            confidence=confidence,
            status=gate(confidence),
            extractor=extractor,
        )
        s.add(row)
        s.flush()
    else:
        linked = s.get(EntityChunk, (row.id, found.chunk_id)) is not None
        row.seen_count += 0 if linked else 1
        row.last_seen_at = clock.now()
        if confidence > row.confidence:
            row.confidence, row.text = confidence, found.text
        row.due = row.due or found.due
        row.tags = list(dict.fromkeys([*(row.tags or [row.subtype]), *(found.tags or (found.subtype,))]))
        if row.status_by == "gate" and row.status == "proposed":
            row.status = gate(row.confidence)
    if s.get(EntityChunk, (row.id, found.chunk_id)) is None:
        s.add(EntityChunk(entity_id=row.id, chunk_id=found.chunk_id, quote=found.text))
    return created


SAME_STATEMENT = 0.6  # share of content terms two wordings of one commitment or risk have in common


def key_stems(key: str) -> set[str]:
    """The content terms a dedupe key ends with ("commitment:send:смет пятниц" → {"смет", "пятниц"})."""
    return set(key.split(":", 2)[-1].split())


def similar(a: set[str], b: set[str]) -> bool:
    """Two statements share most of their content words (Jaccard ≥ SAME_STATEMENT), or one's words hold the other's."""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SAME_STATEMENT or (len(a & b) >= 2 and (a <= b or b <= a))


def same_statement(s: Session, project_id: int, found: Extracted) -> Entity | None:
    """An existing entity that says the same thing in other words (seen in another source, say): the found one
    joins it rather than listing it twice. Same project, kind and subtype; most of the content words shared."""
    wanted = key_stems(found.key)
    candidates = s.scalars(
        select(Entity).where(
            Entity.project_id == project_id, Entity.kind == found.kind, Entity.subtype == found.subtype
        )
    )
    return next((e for e in candidates if similar(wanted, key_stems(e.key))), None)


def set_status(s: Session, entity_id: int, status: str, actor: str) -> Entity:
    """A person promotes (active) or dismisses an entity; the gate never changes it back."""
    from pipeline.engine.exceptions import BadInput

    row = s.get(Entity, entity_id)
    if row is None:
        raise BadInput("entity", f"no entity #{entity_id}")
    row.status, row.status_by = status, actor
    return row
