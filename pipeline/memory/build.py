"""Memory build: chunk new or changed documents, embed each distinct text once, add the vectors to FAISS.

Order: active projects first, then the projects with the least memory, newest documents first. Per
transaction: chunk, reuse vectors already stored for the same text (any project, any run), embed the rest in
batches, write FAISS, then commit. A crash between the FAISS save and the commit leaves ids the database does
not know; the next open reconciles them away. One chunk that cannot be embedded is marked failed and skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.memory import store
from pipeline.memory.chunking import chunk_text, content_hash
from pipeline.memory.embedders import Embedder, get_embedder
from pipeline.memory.projects import project_priority
from pipeline.memory.vector_index import VectorIndex, bytes_to_vector, vector_to_bytes
from pipeline.models.memory import Chunk, Document, MemoryVector, Project

CHUNKS_PER_COMMIT = 500


@dataclass
class BuildResult:
    """What one build did: documents chunked, chunks made, texts embedded, vectors reused, chunks failed."""

    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    failed: int = 0
    removed: int = 0
    reconciled: tuple[int, int] = (0, 0)
    stopped: str | None = None


def build_memory(
    limit: int,
    *,
    scope: str = "global",
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int], None] = lambda chunks, embedded: None,
    embedder: Embedder | None = None,
) -> BuildResult:
    """Chunk and embed up to `limit` chunks of pending documents; `on_progress(chunks, embeddings)` per commit."""
    embedder = embedder or get_embedder()
    index = store.open_index(embedder)
    result = BuildResult()
    with index.writer_lock():
        result.reconciled = store.reconcile(index, embedder.name)
        while result.chunks < limit:
            before = (result.chunks, result.embedded)
            if not _one_commit(index, embedder, min(CHUNKS_PER_COMMIT, limit - result.chunks), scope, result):
                break
            on_progress(result.chunks - before[0], result.embedded - before[1])
            if should_stop():
                result.stopped = "stopped: limit or budget reached"
                break
    return result


def _one_commit(index: VectorIndex, embedder: Embedder, budget: int, scope: str, result: BuildResult) -> bool:
    """Chunk and embed one transaction's worth of documents; False when nothing is pending."""
    with session_scope() as s:
        docs = pending_documents(s, budget, scope)
        if not docs:
            return False
        created: list[Chunk] = []
        for doc in docs:
            new, removed = rechunk(s, doc)
            created += new
            index.remove(removed)
            result.removed += len(removed)
        s.flush()
        vectors = attach_vectors(s, embedder, created, result)
        if vectors:
            ids = list(vectors)
            index.add(ids, np.vstack([vectors[i] for i in ids]))
        index.save()  # then the commit at the end of this scope; a crash in between is reconciled on open
        result.documents += len(docs)
        result.chunks += len(created)
    return True


def pending_documents(s: Session, budget: int, scope: str = "global") -> list[Document]:
    """Documents never chunked or changed since, in build order, up to about `budget` chunks' worth."""
    picked: list[Document] = []
    words_per_chunk = max(1, get_settings().memory_chunk_words - get_settings().memory_chunk_overlap)
    estimate = 0
    for project_id in project_priority(s):
        if scope != "global" and s.get(Project, project_id).slug != scope:  # type: ignore[union-attr]
            continue
        query = (
            select(Document)
            .where(Document.project_id == project_id)
            .where(or_(Document.chunked_hash.is_(None), Document.chunked_hash != Document.content_hash))
            .order_by(Document.source_updated_at.desc().nulls_last(), Document.id.desc())
            .limit(budget)
        )
        for doc in s.scalars(query):
            picked.append(doc)
            estimate += max(1, len(doc.content.split()) // words_per_chunk + 1)
            if estimate >= budget:
                return picked
    return picked


def rechunk(s: Session, doc: Document) -> tuple[list[Chunk], list[int]]:
    """Chunk a document again; unchanged chunks stay (with their links), changed ones are replaced."""
    settings = get_settings()
    texts = chunk_text(
        doc.content, max_words=settings.memory_chunk_words, overlap_words=settings.memory_chunk_overlap
    )
    existing = {c.position: c for c in s.scalars(select(Chunk).where(Chunk.document_id == doc.id))}
    kept: set[int] = set()
    removed: list[int] = []
    for position, old in existing.items():
        if position < len(texts) and old.content_hash == content_hash(texts[position]):
            kept.add(position)
        else:
            removed.append(old.id)
            s.delete(old)
    s.flush()
    created = []
    for position, text in enumerate(texts):
        if position in kept:
            continue
        chunk = Chunk(
            document_id=doc.id,
            project_id=doc.project_id,
            position=position,
            text=text,
            content_hash=content_hash(text),
            source_time=doc.source_updated_at or doc.source_created_at,
        )
        s.add(chunk)
        created.append(chunk)
    doc.chunked_hash = doc.content_hash
    return created, removed


def attach_vectors(
    s: Session, embedder: Embedder, chunks: list[Chunk], result: BuildResult
) -> dict[int, np.ndarray]:
    """Give every chunk a vector: reuse the stored one for its text, embed the texts never seen before."""
    hashes = {c.content_hash for c in chunks}
    stored = (
        {
            v.content_hash: v
            for v in s.scalars(
                select(MemoryVector).where(
                    MemoryVector.embedder == embedder.name, MemoryVector.content_hash.in_(hashes)
                )
            )
        }
        if hashes
        else {}
    )
    result.reused += sum(1 for c in chunks if c.content_hash in stored)
    todo = {c.content_hash: c.text for c in chunks if c.content_hash not in stored}
    errors = _embed_new(s, embedder, todo, stored, result)
    out: dict[int, np.ndarray] = {}
    for chunk in chunks:
        chunk.embedder = embedder.name
        vector = stored.get(chunk.content_hash)
        if vector is None:
            chunk.embed_status, chunk.embed_error = "failed", errors.get(chunk.content_hash, "not embedded")
            result.failed += 1
            continue
        chunk.vector_id, chunk.embed_status, chunk.embed_error = vector.id, "embedded", None
        out[chunk.id] = bytes_to_vector(vector.vector, vector.dim)
    return out


def _embed_new(
    s: Session, embedder: Embedder, todo: dict[str, str], stored: dict[str, MemoryVector], result: BuildResult
) -> dict[str, str]:
    """Embed texts in batches (one by one when a batch fails); store each vector; returns hash → error."""
    errors: dict[str, str] = {}
    items = list(todo.items())
    size = max(1, get_settings().memory_embed_batch)
    for start in range(0, len(items), size):
        batch = items[start : start + size]
        for digest, vector in _embed_batch(embedder, batch, errors, result):
            row = MemoryVector(
                embedder=embedder.name,
                content_hash=digest,
                dim=int(vector.shape[0]),
                vector=vector_to_bytes(vector),
            )
            s.add(row)
            stored[digest] = row
    s.flush()
    return errors


def _embed_batch(
    embedder: Embedder, batch: list[tuple[str, str]], errors: dict[str, str], result: BuildResult
) -> list[tuple[str, np.ndarray]]:
    try:
        result.embedded += len(batch)
        matrix = _checked(embedder, embedder.embed([text for _, text in batch]), len(batch))
        return [(digest, matrix[i]) for i, (digest, _) in enumerate(batch)]
    except Exception as exc:
        if len(batch) == 1:
            errors[batch[0][0]] = f"{type(exc).__name__}: {exc}"[:500]
            return []
    out = []
    for digest, text in batch:  # find the one that fails; the others still get their vectors
        try:
            result.embedded += 1
            out.append((digest, _checked(embedder, embedder.embed([text]), 1)[0]))
        except Exception as exc:  # one failing chunk is recorded and skipped, never stops the run
            errors[digest] = f"{type(exc).__name__}: {exc}"[:500]
    return out


def _checked(embedder: Embedder, matrix: np.ndarray, n: int) -> np.ndarray:
    """The embedder's answer, refused when its shape is wrong or it holds NaN/inf."""
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.shape != (n, embedder.dim) or not np.isfinite(matrix).all():
        raise ValueError(f"{embedder.name} embedder returned shape {matrix.shape} or non-finite values")
    return matrix
