"""The vector index interface the build and search use (`VectorIndex`'s), over pgvector rows in PostgreSQL.

Adds and removes are kept until `save(s)`, which writes them in the build commit's own transaction: the rows commit
with their chunks or not at all, so there is nothing to reconcile after a crash and no lock beyond the build's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import numpy as np
from sqlalchemy import text
from sqlalchemy.orm import Session

from pipeline.db import read_scope, session_scope
from pipeline.memory import pg_vectors
from pipeline.memory.vector_index import VectorIndexError


class SqlVectorIndex:
    """Chunk id → unit vector in `memory_chunk_vectors`, for one embedder."""

    store = "pgvector"

    def __init__(self, embedder_name: str, dim: int) -> None:
        self.embedder, self.dim = embedder_name, dim
        self.path = f"postgresql:{pg_vectors.TABLE}"  # shown where the FAISS file's path would be
        self._adds: dict[int, np.ndarray] = {}
        self._removes: set[int] = set()

    @contextlib.contextmanager
    def writer_lock(self, timeout: float | None = None, *, reload: bool = True) -> Iterator[SqlVectorIndex]:
        """Nothing to lock: writes go in the build's transaction, which `serialize` already orders."""
        yield self

    def reload_if_changed(self) -> bool:
        return False

    def __len__(self) -> int:
        return self.fingerprint()[0]

    def fingerprint(self) -> tuple[int, int]:
        with read_scope() as s:
            return pg_vectors.count(s, self.embedder)

    def ids(self) -> set[int]:
        with read_scope() as s:
            return pg_vectors.ids(s, self.embedder)

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        matrix = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1) if len(ids) else None
        if matrix is not None and matrix.shape[1] != self.dim:
            raise VectorIndexError(
                f"vectors have {matrix.shape[1]} dims, the index holds {self.dim}-dim vectors"
            )
        for row, chunk_id in enumerate(ids):
            self._adds[int(chunk_id)] = matrix[row]  # type: ignore[index]
            self._removes.discard(int(chunk_id))

    def remove(self, ids: list[int]) -> None:
        for chunk_id in ids:
            self._adds.pop(int(chunk_id), None)
            self._removes.add(int(chunk_id))

    def save(self, s: Session | None = None) -> None:
        """Write the kept changes in `s` (the build commit's transaction), or in a transaction of their own."""
        if s is None:
            with session_scope() as own:
                self._write(own)
        else:
            self._write(s)

    def _write(self, s: Session) -> None:
        adds, removes = self._adds, sorted(self._removes)
        self._adds, self._removes = {}, set()
        pg_vectors.remove(s, removes)
        if adds:
            owners = dict(
                s.execute(
                    text("SELECT id, project_id FROM memory_chunks WHERE id = ANY(:ids)"), {"ids": list(adds)}
                ).all()
            )
            rows = [
                (c, owners[c], v) for c, v in adds.items() if c in owners
            ]  # a chunk deleted meanwhile: none
            pg_vectors.write(s, self.embedder, self.dim, rows)

    def search(self, vector: np.ndarray, k: int, project_id: int | None = None) -> list[tuple[int, float]]:
        """The k nearest chunk ids with cosine scores, best first, only the project's when given."""
        unit = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(unit))
        with read_scope() as s:
            return pg_vectors.search(s, self.embedder, unit / norm if norm else unit, k, project_id)
