"""The FAISS index of chunks, kept consistent with the database (the truth) across crashes.

Vectors live in the database too, so the index is rebuilt or reconciled without embedding anything: on the
first open in a process and at the start of every build, the index is made to hold exactly the chunk ids the
database says are embedded (ids written by a build that crashed before its commit are dropped).
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from pipeline.config import get_settings
from pipeline.db import read_scope
from pipeline.memory.embedders import Embedder
from pipeline.memory.vector_index import VectorIndex, bytes_to_vector
from pipeline.models.memory import Chunk, MemoryVector

_indexes: dict[str, VectorIndex] = {}
_lock = threading.Lock()


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


def reconcile(index: VectorIndex, embedder_name: str) -> tuple[int, int]:
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


def open_index(embedder: Embedder, *, follow: bool = True) -> VectorIndex:
    """The process's index for this embedder: reconciled with the database on first open, reloaded when another
    process saved it, and (`follow`) reconciled again when the database holds other chunks than it does, as when
    another machine built them. `follow=False` shows the index as it is (the status page's consistency check)."""
    path = index_path(embedder.name)
    key = str(path.resolve())
    with _lock:
        index = _indexes.get(key)
        if index is None:
            index = VectorIndex.open(path, embedder.dim)
            with index.writer_lock():
                reconcile(index, embedder.name)
            _indexes[key] = index
            return index
    index.reload_if_changed()
    # Chunks built elsewhere (another machine, its own index file) or removed: follow the database.
    if follow and index.fingerprint() != database_fingerprint(embedder.name):
        with index.writer_lock():
            reconcile(index, embedder.name)
    return index


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
    """Rebuild the index file from the vectors in the database; returns how many it holds."""
    index = open_index(embedder)
    with index.writer_lock():
        expected = expected_vectors(embedder.name)
        index.rebuild((i, bytes_to_vector(expected[i], index.dim)) for i in sorted(expected))
        index.save()
    return len(index)


def forget_indexes() -> None:
    """Drop cached indexes (tests switch data dirs between cases)."""
    with _lock:
        _indexes.clear()
