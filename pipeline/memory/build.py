"""Memory build: chunk new or changed documents, embed each distinct text once, add the vectors to FAISS.

Order: active projects first, then the projects with the least memory, newest documents first. Per commit:
read what is pending and which texts already have a stored vector (any project, any run) in a read-only
transaction; embed the rest in batches with no transaction open; then, in one short write transaction, chunk,
insert, write FAISS and commit. No lock is held while embedding, which may take minutes or wait on a remote API.
A crash between the FAISS save and the commit leaves ids the database does
not know; the next open reconciles them away. One chunk that cannot be embedded is marked failed and skipped;
the next builds try it again (MAX_EMBED_ATTEMPTS tries in all), so a passing outage loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import exclusive, read_scope, serialize, session_scope
from pipeline.memory import store
from pipeline.memory.chunking import chunk_text, content_hash
from pipeline.memory.embed_batches import embed_texts
from pipeline.memory.embedders import Embedder, get_embedder
from pipeline.memory.projects import project_priority
from pipeline.memory.search import index_keywords
from pipeline.memory.sql_index import SqlVectorIndex
from pipeline.memory.vector_index import VectorIndex, bytes_to_vector, vector_to_bytes
from pipeline.models.memory import Chunk, Document, MemoryVector, Project
from pipeline.text.lemmas import index_text

CHUNKS_PER_COMMIT = 500
STOPPED_MID_COMMIT = "stopped between embedding batches"
# A chunk that fails is tried again by the next builds (in their first commit, in at most half of it), then
# left failed with its reason.
MAX_EMBED_ATTEMPTS = 3


@dataclass
class BuildResult:
    """What one build did: documents chunked, chunks made, texts embedded, vectors reused, chunks failed."""

    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    reused: int = 0
    failed: int = 0
    retried: int = 0
    recovered: int = 0
    removed: int = 0
    reconciled: tuple[int, int] = (0, 0)
    stopped: str | None = None
    healed: str | None = None  # the index file could not be read and was rebuilt from the stored vectors


def build_memory(
    limit: int,
    *,
    scope: str = "global",
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: Callable[[int, int], None] = lambda chunks, embedded: None,
    embedder: Embedder | None = None,
) -> BuildResult:
    """Chunk and embed up to `limit` chunks of pending documents; `on_progress(chunks, embeddings)` per commit.

    Each commit reads what to do in a read transaction, embeds with no transaction open (the slow part: other
    writers and this run's own heartbeats go on meanwhile), then writes in one short transaction that checks
    nothing changed underneath. The FAISS writer lock is taken only for that write, so searches never wait on
    embedding either; builds wait for each other (`exclusive`), holding no transaction.
    """
    embedder = embedder or get_embedder()
    with exclusive("memory.build-run"):  # one build at a time: two would embed the same texts
        index = store.open_index(embedder, follow=False)  # followed below, under the writer lock
        result = BuildResult(healed=store.take_heal_note(embedder.name))
        with index.writer_lock():  # a crash left ids the database does not know, or another machine built
            if index.fingerprint() != store.database_fingerprint(embedder.name):
                result.reconciled = store.reconcile(index, embedder.name)
        _build_commits(index, embedder, limit, scope, should_stop, on_progress, result)
    return result


def _build_commits(
    index: VectorIndex | SqlVectorIndex,
    embedder: Embedder,
    limit: int,
    scope: str,
    should_stop: Callable[[], bool],
    on_progress: Callable[[int, int], None],
    result: BuildResult,
) -> None:
    """Plan, embed and write commit after commit until `limit` chunks, nothing pending, or `should_stop`."""
    retry = True
    while result.chunks < limit:
        before = (result.chunks,)
        plan = plan_commit(embedder, min(CHUNKS_PER_COMMIT, limit - result.chunks), scope, retry)
        retry = False
        if plan is None:
            break
        # No transaction, no lock; each embedding batch is reported (and costed) as it ends.
        embedded = embed_texts(embedder, plan.todo, should_stop, lambda sent: on_progress(0, sent))
        result.embedded += embedded.sent
        if (
            embedded.stopped
        ):  # cancelled mid-commit: keep the vectors made, write no chunk (nothing half-done)
            keep_vectors(embedder, embedded.vectors)
            result.stopped = STOPPED_MID_COMMIT
            break
        with index.writer_lock():
            write_commit(index, embedder, plan, embedded.vectors, embedded.errors, result)
        on_progress(result.chunks - before[0], 0)
        if not plan.more:
            break
        if should_stop():
            result.stopped = "stopped: limit or budget reached"
            break


@dataclass
class CommitPlan:
    """What one commit will chunk and embed, read in a read-only transaction (nothing held while embedding)."""

    documents: dict[int, tuple[str, str | None]]  # id -> (content_hash, chunked_hash) as read
    retry_ids: list[int]
    todo: dict[str, str]  # content hash -> text, for texts with no stored vector yet
    more: bool
    terms: dict[str, str] = field(default_factory=dict)  # content hash -> its keyword-index terms


def plan_commit(embedder: Embedder, budget: int, scope: str, retry: bool) -> CommitPlan | None:
    """The next commit's documents, the failed chunks to try again and the texts to embed; None when idle."""
    with read_scope() as s:
        retrying = failed_chunks(s, budget // 2, scope) if retry else []
        docs, more = pending_documents(s, budget - len(retrying), scope)
        if not docs and not retrying:
            return None
        existing = existing_chunks(s, [d.id for d in docs if d.chunked_hash is not None])
        texts = {c.content_hash: c.text for c in retrying}
        for doc in docs:
            kept = {p: c.content_hash for p, c in existing.get(doc.id, {}).items()}
            for position, text in enumerate(_chunk_texts(doc.content)):
                digest = content_hash(text)
                if kept.get(position) != digest:
                    texts.setdefault(digest, text)
        stored = _stored_hashes(s, embedder, set(texts))
        plan = CommitPlan(
            {d.id: (d.content_hash, d.chunked_hash) for d in docs},
            [c.id for c in retrying],
            {h: t for h, t in texts.items() if h not in stored},
            more,
        )
    # lemmatised here, with no transaction open: a new word costs pymorphy3 tens of microseconds
    plan.terms = {digest: index_text(text) for digest, text in texts.items()}
    return plan


def write_commit(
    index: VectorIndex | SqlVectorIndex,
    embedder: Embedder,
    plan: CommitPlan,
    fresh: dict[str, np.ndarray],
    errors: dict[str, str],
    result: BuildResult,
) -> None:
    """Write one commit's chunks and vectors in a short transaction, then FAISS (caller holds its writer lock).

    Documents edited since the plan was read are left for the next commit (they are still pending), and
    failed chunks that another build settled meanwhile are left alone: nothing is written from stale reads.
    """
    with session_scope() as s, s.no_autoflush:
        serialize(s, "memory.build")  # one chunk writer per database (the FAISS lock covers one host)
        now = _documents(s, list(plan.documents))
        docs = [d for d in now if plan.documents[d.id] == (d.content_hash, d.chunked_hash)]
        retrying = failed_chunks(s, len(plan.retry_ids), ids=plan.retry_ids) if plan.retry_ids else []
        created: list[NewChunk] = []
        existing = existing_chunks(s, [d.id for d in docs if d.chunked_hash is not None])
        for doc in docs:
            new, removed = rechunk(s, doc, existing.get(doc.id, {}), plan.terms)
            created += new
            index.remove(removed)
            result.removed += len(removed)
        tried = [*created, *retrying]
        stored = stored_vectors(s, embedder, {c.content_hash for c in tried})
        result.reused += sum(1 for c in created if c.content_hash in stored and c.content_hash not in fresh)
        needed = {c.content_hash for c in tried}  # a document edited meanwhile needs none of its old vectors
        stored.update(
            _store_vectors(s, embedder, {h: v for h, v in fresh.items() if h in needed - stored.keys()})
        )
        for chunk in retrying:  # ORM rows: flushed with the commit
            settle(chunk, embedder, stored, errors)
        _insert_chunks(s, embedder, created, stored, errors)
        if docs:
            s.execute(update(Document), [{"id": d.id, "chunked_hash": d.content_hash} for d in docs])
        embedded = [c for c in tried if c.embed_status == "embedded"]
        if embedded:
            index.add([c.id for c in embedded], np.vstack([stored[c.content_hash][1] for c in embedded]))
        store.note_change(s, embedder.name)  # searches elsewhere follow the database on this
        # pgvector: rows in this transaction. FAISS: the file, then the commit at the end of this scope; a crash
        # in between is reconciled on open
        index.save(s)
        result.documents += len(docs)
        result.chunks += len(created)
        result.failed += sum(1 for c in created if c.embed_status == "failed")
        result.retried += len(retrying)
        result.recovered += sum(1 for c in retrying if c.embed_status == "embedded")


def _chunk_texts(content: str) -> list[str]:
    settings = get_settings()
    return chunk_text(
        content, max_words=settings.memory_chunk_words, overlap_words=settings.memory_chunk_overlap
    )


def _documents(s: Session, ids: list[int]) -> list[Any]:
    """The planned documents as they are now (same columns as `pending_documents`)."""
    if not ids:
        return []
    return list(s.execute(select(*_DOCUMENT_COLUMNS).where(Document.id.in_(ids)).order_by(Document.id)))


def _stored_hashes(s: Session, embedder: Embedder, hashes: set[str]) -> set[str]:
    """Which of these texts have a stored vector (without reading the vectors)."""
    if not hashes:
        return set()
    query = select(MemoryVector.content_hash).where(
        MemoryVector.embedder == embedder.name, MemoryVector.content_hash.in_(hashes)
    )
    return set(s.scalars(query))


def failed_chunks(s: Session, limit: int, scope: str = "global", ids: list[int] | None = None) -> list[Chunk]:
    """Chunks an earlier build could not embed and that have tries left, oldest first (only `ids` when given)."""
    query = (
        select(Chunk)
        .where(Chunk.embed_status == "failed", Chunk.embed_attempts < MAX_EMBED_ATTEMPTS)
        .order_by(Chunk.id)
        .limit(limit)
    )
    if ids is not None:
        query = query.where(Chunk.id.in_(ids))
    if scope != "global":
        query = query.join(Project, Project.id == Chunk.project_id).where(Project.slug == scope)
    return list(s.scalars(query))


def settle(
    chunk: NewChunk | Chunk,
    embedder: Embedder,
    stored: dict[str, tuple[int, np.ndarray]],
    errors: dict[str, str],
) -> None:
    """Mark a chunk embedded (with its vector) or failed (with the reason) after one more try."""
    chunk.embedder = embedder.name
    chunk.embed_attempts = (chunk.embed_attempts or 0) + 1
    if chunk.content_hash in stored:
        chunk.vector_id = stored[chunk.content_hash][0]
        chunk.embed_status, chunk.embed_error = "embedded", None
    else:
        reason = errors.get(chunk.content_hash, "not embedded")
        if chunk.embed_attempts >= MAX_EMBED_ATTEMPTS:
            reason = f"gave up after {chunk.embed_attempts} tries: {reason}"
        chunk.vector_id, chunk.embed_status, chunk.embed_error = None, "failed", reason


def _next_ids(s: Session, column: Any, n: int) -> range:
    """`n` ids after the largest in use: the build is the only writer of chunks and vectors (it serializes), so
    rows go in with their ids in one executemany INSERT, without a RETURNING round per row."""
    first = (s.scalar(select(func.max(column))) or 0) + 1
    return range(first, first + n)


def _insert_chunks(
    s: Session,
    embedder: Embedder,
    created: list[NewChunk],
    stored: dict[str, tuple[int, np.ndarray]],
    errors: dict[str, str],
) -> None:
    """Insert the new chunks, embedded or failed, and index their words."""
    if not created:
        return
    ids = _next_ids(s, Chunk.id, len(created))
    for chunk_id, chunk in zip(ids, created, strict=True):
        chunk.id = chunk_id
        settle(chunk, embedder, stored, errors)
    # flat copies of the values (dataclasses.asdict deep-copies each one: half the insert's time)
    s.execute(insert(Chunk), [vars(c).copy() for c in created])
    index_keywords(s, ids[0], ids[-1])


_DOCUMENT_COLUMNS = (
    Document.id,
    Document.project_id,
    Document.content,
    Document.content_hash,
    Document.chunked_hash,
    Document.source_updated_at,
    Document.source_created_at,
)


def pending_documents(s: Session, budget: int, scope: str = "global") -> tuple[list[Any], bool]:
    """Documents never chunked or changed since, in build order, about `budget` chunks' worth; (rows, more?)."""
    picked: list[Any] = []
    words_per_chunk = max(1, get_settings().memory_chunk_words - get_settings().memory_chunk_overlap)
    estimate = 0
    columns = _DOCUMENT_COLUMNS
    for project_id in project_priority(s):
        if scope != "global" and s.get(Project, project_id).slug != scope:  # type: ignore[union-attr]
            continue
        query = (
            select(*columns)
            .where(Document.project_id == project_id)
            .where(or_(Document.chunked_hash.is_(None), Document.chunked_hash != Document.content_hash))
            .order_by(Document.source_updated_at.desc().nulls_last(), Document.id.desc())
            .limit(budget)
        )
        for doc in s.execute(query):
            picked.append(doc)
            estimate += max(1, len(doc.content.split()) // words_per_chunk + 1)
            if estimate >= budget:
                return picked, True
    return picked, False


def pending_chunk_estimate(limit: int, scope: str = "global") -> int:
    """About how many chunks a build of up to `limit` has before it (for progress; the build itself counts exact)."""
    words_per_chunk = max(1, get_settings().memory_chunk_words - get_settings().memory_chunk_overlap)
    with read_scope() as s:
        docs, _ = pending_documents(s, limit, scope)
    return min(limit, sum(max(1, len(d.content.split()) // words_per_chunk + 1) for d in docs))


def existing_chunks(s: Session, document_ids: list[int]) -> dict[int, dict[int, Chunk]]:
    """Document id → position → chunk, in one query (documents never chunked have none)."""
    found: dict[int, dict[int, Chunk]] = {}
    if document_ids:
        for chunk in s.scalars(select(Chunk).where(Chunk.document_id.in_(document_ids))):
            found.setdefault(chunk.document_id, {})[chunk.position] = chunk
    return found


@dataclass
class NewChunk:
    """A chunk about to be inserted (plain values: one executemany INSERT, no ORM bookkeeping)."""

    document_id: int
    project_id: int
    position: int
    text: str
    content_hash: str
    source_time: datetime | None
    terms: str = ""  # the keyword index's words (lemmas), set by `rechunk`
    id: int = 0
    embedder: str | None = None
    vector_id: int | None = None
    embed_status: str = "pending"
    embed_error: str | None = None
    embed_attempts: int = 0


def rechunk(
    s: Session, doc: Any, existing: dict[int, Chunk], terms: dict[str, str] | None = None
) -> tuple[list[NewChunk], list[int]]:
    """Chunk a document again; unchanged chunks stay (with their links), changed ones are replaced."""
    texts = _chunk_texts(doc.content)
    kept: set[int] = set()
    removed: list[int] = []
    for position, old in existing.items():
        if position < len(texts) and old.content_hash == content_hash(texts[position]):
            kept.add(position)
        else:
            removed.append(old.id)
            s.delete(old)
    if removed:
        s.flush()  # deletes first: a new chunk may take a freed (document, position)
    created = []
    for position, text in enumerate(texts):
        if position in kept:
            continue
        digest = content_hash(text)
        created.append(
            NewChunk(
                doc.id,
                doc.project_id,
                position,
                text,
                digest,
                doc.source_updated_at or doc.source_created_at,
                (terms or {}).get(digest) or index_text(text),  # the plan's, else (a caller without one) now
            )
        )
    return created, removed


def stored_vectors(s: Session, embedder: Embedder, hashes: set[str]) -> dict[str, tuple[int, np.ndarray]]:
    """hash → (vector id, vector) for texts embedded before, in any project and any run."""
    if not hashes:
        return {}
    query = select(MemoryVector.id, MemoryVector.content_hash, MemoryVector.vector, MemoryVector.dim).where(
        MemoryVector.embedder == embedder.name, MemoryVector.content_hash.in_(hashes)
    )
    return {h: (i, bytes_to_vector(blob, dim)) for i, h, blob, dim in s.execute(query)}


def keep_vectors(embedder: Embedder, vectors: dict[str, np.ndarray]) -> int:
    """Store vectors embedded by a build that stopped before its commit: no chunk and no FAISS entry changes, so
    the index and the database stay as they were; the next build finds the vectors and embeds none of them again."""
    if not vectors:
        return 0
    with session_scope() as s:
        serialize(s, "memory.build")
        new = {h: v for h, v in vectors.items() if h not in _stored_hashes(s, embedder, set(vectors))}
        _store_vectors(s, embedder, new)
    return len(new)


def _store_vectors(
    s: Session, embedder: Embedder, fresh: dict[str, np.ndarray]
) -> dict[str, tuple[int, np.ndarray]]:
    """Insert the new vectors; hash → (vector id, vector)."""
    ids = dict(zip(fresh, _next_ids(s, MemoryVector.id, len(fresh)), strict=True))
    if fresh:
        s.execute(
            insert(MemoryVector),
            [
                {
                    "id": ids[h],
                    "embedder": embedder.name,
                    "content_hash": h,
                    "dim": int(v.shape[0]),
                    "vector": vector_to_bytes(v),
                }
                for h, v in fresh.items()
            ],
        )
    return {h: (ids[h], v) for h, v in fresh.items()}
