"""The FAISS index of chunks, kept consistent with the database (the truth) across crashes.

Vectors live in the database too, so the index is rebuilt or reconciled without embedding anything: on the
first open in a process and at the start of every build, the index is made to hold exactly the chunk ids the
database says are embedded (ids written by a build that crashed before its commit are dropped). A base file or
log that cannot be read (truncated, overwritten) is derived state: it is rebuilt from the stored vectors, and the
rebuild is noted (on the build's run, and on the dashboard through a setting row) instead of failing every search.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.memory import pg_vectors
from pipeline.memory.embedders import Embedder
from pipeline.memory.sql_index import SqlVectorIndex
from pipeline.memory.vector_index import VectorIndex, VectorIndexError, bytes_to_vector
from pipeline.models import Setting
from pipeline.models.memory import Chunk, MemoryVector

log = logging.getLogger(__name__)
_indexes: dict[str, VectorIndex] = {}
_lock = threading.Lock()
_heal_notes: dict[str, str] = {}  # embedder -> what this process healed, until a build reports it
HEAL_KEY = "memory.index_healed.{embedder}"
CHANGE_KEY = "memory.chunks_changed.{embedder}"  # bumped by every build commit: searches compare, not count
_followed: dict[str, Any] = {}  # index key -> the change mark its last consistency check saw
_UNCHECKED = object()


def index_path(embedder_name: str) -> Path:
    """data/memory/chunks-<embedder>.faiss: one index per embedder, since their vectors differ."""
    return get_settings().data_dir / "memory" / f"chunks-{embedder_name}.faiss"


def embedded_ids(embedder_name: str) -> set[int]:
    """Chunk ids the database holds a vector for (with this embedder)."""
    with read_scope() as s:
        query = select(Chunk.id).where(Chunk.embed_status == "embedded", Chunk.embedder == embedder_name)
        return set(s.scalars(query))


def expected_vectors(embedder_name: str, ids: set[int] | None = None) -> dict[int, bytes]:
    """Chunk id → stored vector bytes for embedded chunks (only `ids` when given)."""
    query = (
        select(Chunk.id, MemoryVector.vector)
        .join(MemoryVector, MemoryVector.id == Chunk.vector_id)
        .where(Chunk.embed_status == "embedded", Chunk.embedder == embedder_name)
    )
    with read_scope() as s:
        rows = s.execute(query).all()
    return {chunk_id: blob for chunk_id, blob in rows if ids is None or chunk_id in ids}


def reconcile(index: VectorIndex | SqlVectorIndex, embedder_name: str) -> tuple[int, int]:
    """Make the index hold exactly the database's embedded chunks; (added, removed). Caller holds the lock."""
    wanted = embedded_ids(embedder_name)
    present = index.ids()
    if wanted == present:
        return 0, 0
    missing = wanted - present
    expected = expected_vectors(embedder_name, missing)
    index.remove(sorted(present - wanted))
    if expected:
        index.add(sorted(expected), _matrix(expected, index.dim))
    index.save()
    return len(expected), len(present - wanted)


def _matrix(expected: dict[int, bytes], dim: int):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.vstack([bytes_to_vector(expected[i], dim) for i in sorted(expected)])


def open_index(embedder: Embedder, *, follow: bool = True) -> VectorIndex | SqlVectorIndex:
    """The process's index for this embedder: its pgvector rows when they live in PostgreSQL (`pg_vectors`), else
    the FAISS file, reconciled with the database on first open, reloaded when another
    process saved it, and (`follow`) reconciled again when the database holds other chunks than it does, as when
    another machine built them. `follow=False` shows the index as it is (the status page's consistency check).
    An index file that cannot be read is rebuilt from the stored vectors (see `heal`)."""
    if pg_vectors.enabled():
        return SqlVectorIndex(embedder.name, embedder.dim)
    path = index_path(embedder.name)
    key = str(path.resolve())
    with _lock:
        index = _indexes.get(key)
        if index is None:
            index = _indexes[key] = VectorIndex(path, embedder.dim)
            _followed[key] = change_mark(embedder.name)  # read before the check, so a later commit is seen
            try:
                with index.writer_lock():  # loads the files on disk, if any
                    reconcile(index, embedder.name)
            except VectorIndexError as exc:
                heal(index, embedder, str(exc))
            return index
    try:
        reloaded = index.reload_if_changed()
    except VectorIndexError as exc:  # damaged since we last read it
        heal(index, embedder, str(exc))
        reloaded = True
    # Chunks built elsewhere (another machine, its own index file) or removed: follow the database. The full
    # check (a count and sum over every chunk) runs only on a change: the file was reloaded or a build committed.
    if follow:
        mark = change_mark(embedder.name)
        if reloaded or _followed.get(key, _UNCHECKED) != mark:
            if index.fingerprint() != database_fingerprint(embedder.name):
                try:
                    with index.writer_lock():
                        reconcile(index, embedder.name)
                except VectorIndexError as exc:
                    heal(index, embedder, str(exc))
            _followed[key] = mark
    return index


def change_mark(embedder_name: str) -> Any:
    """The database's mark of the last build commit with this embedder (None before the first): one key read."""
    with read_scope() as s:
        return s.scalar(select(Setting.value).where(Setting.key == CHANGE_KEY.format(embedder=embedder_name)))


def note_change(s: Session, embedder_name: str) -> None:
    """Bump the change mark in the build commit's own transaction (builds are serialized per database)."""
    key = CHANGE_KEY.format(embedder=embedder_name)
    row = s.get(Setting, key) or Setting(key=key, value={"n": 0})
    row.value, row.updated_at = {"n": int((row.value or {}).get("n", 0)) + 1}, clock.now()
    s.add(row)


def heal(index: VectorIndex, embedder: Embedder, problem: str) -> None:
    """Rebuild an unreadable index from the stored vectors (never reading the old files), and note it."""
    count = _rebuild_in_place(index, embedder)
    note = f"the vector index could not be read ({problem}); rebuilt it from {count} stored vectors"
    log.warning(note)
    _heal_notes[embedder.name] = note
    with session_scope() as s:
        key = HEAL_KEY.format(embedder=embedder.name)
        row = s.get(Setting, key) or Setting(key=key)
        now = clock.now()
        row.value, row.updated_at = {"at": now.isoformat(timespec="seconds"), "note": note}, now
        s.add(row)


def take_heal_note(embedder_name: str) -> str | None:
    """What this process healed since the last call (a build puts it on its run), or None."""
    return _heal_notes.pop(embedder_name, None)


def last_heal(embedder_name: str) -> dict[str, str] | None:
    """The last time any process rebuilt an unreadable index, {at, note}; cleared by an explicit rebuild."""
    with read_scope() as s:
        row = s.get(Setting, HEAL_KEY.format(embedder=embedder_name))
        return dict(row.value) if row is not None and row.value else None


def _rebuild_in_place(index: VectorIndex, embedder: Embedder) -> int:
    """Replace the index's contents and files with the database's vectors; how many it holds."""
    with index.writer_lock(reload=False):
        expected = expected_vectors(embedder.name)
        index.rebuild((i, bytes_to_vector(expected[i], index.dim)) for i in sorted(expected))
        index.save()
    return len(index)


def database_fingerprint(embedder_name: str) -> tuple[int, int]:
    """`VectorIndex.fingerprint` over the database's embedded chunks: one aggregate query, cheap on every search."""
    with read_scope() as s:
        count, total = s.execute(
            select(func.count(Chunk.id), func.coalesce(func.sum(Chunk.id), 0)).where(
                Chunk.embed_status == "embedded", Chunk.embedder == embedder_name
            )
        ).one()
    return int(count), int(total)


def rebuild(embedder: Embedder) -> int:
    """Rebuild the index file from the vectors in the database (the old file is never read); how many it holds.
    With pgvector, the embedder's rows are written again from the stored vectors."""
    if pg_vectors.enabled():
        with session_scope() as s:
            s.execute(text(f"DELETE FROM {pg_vectors.TABLE} WHERE embedder = :e"), {"e": embedder.name})
            pg_vectors.fill_from_stored(s)
            return pg_vectors.count(s, embedder.name)[0]
    path = index_path(embedder.name)
    with _lock:
        index = _indexes.setdefault(str(path.resolve()), VectorIndex(path, embedder.dim))
    count = _rebuild_in_place(index, embedder)
    _heal_notes.pop(embedder.name, None)
    with session_scope() as s:
        row = s.get(Setting, HEAL_KEY.format(embedder=embedder.name))
        if row is not None:
            s.delete(row)
    return count


def forget_indexes() -> None:
    """Drop cached indexes (tests switch data dirs between cases)."""
    with _lock:
        _indexes.clear()
        _followed.clear()
    pg_vectors.forget()
