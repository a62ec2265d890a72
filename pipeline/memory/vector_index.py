"""The FAISS index of memory chunks: exact cosine search, atomic saves, one writer across processes."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import faiss
import numpy as np

FORMAT = "mirano-faiss-1"
# A temp file this old was left by a writer that crashed mid-save; it is safe to delete.
STALE_TEMP_SECONDS = 3600.0


class VectorIndexError(ValueError):
    """The index file cannot be used as asked (wrong size of vectors, unreadable file)."""


class IndexLocked(TimeoutError):
    """Another process holds the writer lock for longer than the caller wanted to wait."""


def vector_to_bytes(vector: np.ndarray) -> bytes:
    """Float32 little-endian bytes of a vector, as stored in the database."""
    return np.asarray(vector, dtype="<f4").reshape(-1).tobytes()


def bytes_to_vector(data: bytes, dim: int) -> np.ndarray:
    """The float32 vector stored as bytes; a size other than dim is an error."""
    if len(data) != dim * 4:
        raise VectorIndexError(f"stored vector has {len(data) // 4} dims, expected {dim}")
    return np.frombuffer(data, dtype="<f4").astype(np.float32)


def _as_matrix(vectors: np.ndarray, dim: int) -> np.ndarray:
    """A contiguous float32 (n, dim) matrix with unit-length rows."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix.reshape(1, -1)
    if matrix.ndim != 2 or matrix.shape[1] != dim:
        raise VectorIndexError(f"vectors have shape {matrix.shape}, the index holds {dim}-dim vectors")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(matrix / norms, dtype=np.float32)


def _empty(dim: int) -> faiss.IndexIDMap2:
    return faiss.IndexIDMap2(faiss.IndexFlatIP(dim))


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temp file in the same directory, fsync, then rename over path."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class VectorIndex:
    """Chunk id → unit vector, searched by inner product (cosine), stored in one file plus a JSON sidecar."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path = Path(path)
        self.dim = dim
        self.version = 0
        self._index = _empty(dim)
        self._seen: tuple[int, tuple[int, int, int] | None] = (0, None)

    # -- files ---------------------------------------------------------------------------------------------
    @property
    def meta_path(self) -> Path:
        """The JSON sidecar next to the index: dim, count and a version bumped on every save."""
        return self.path.with_name(self.path.name + ".json")

    @property
    def lock_path(self) -> Path:
        """The file that writer_lock() locks."""
        return self.path.with_name(self.path.name + ".lock")

    @classmethod
    def open(cls, path: Path, dim: int) -> VectorIndex:
        """Load the index at path, or start an empty one if there is no file yet."""
        index = cls(Path(path), dim)
        index.path.parent.mkdir(parents=True, exist_ok=True)
        if index.path.exists():
            index._load()
        return index

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return None
        return (stat.st_mtime_ns, stat.st_size, stat.st_ino)

    def _disk_version(self) -> int:
        try:
            return int(json.loads(self.meta_path.read_text("utf-8")).get("version", 0))
        except (OSError, ValueError, AttributeError):
            return 0

    def _load(self) -> None:
        """Replace the in-memory index with the file's contents."""
        stamp, version = self._file_stamp(), self._disk_version()
        try:
            loaded = faiss.deserialize_index(np.fromfile(self.path, dtype=np.uint8))
        except Exception as exc:  # faiss raises RuntimeError with a C++ message
            raise VectorIndexError(f"cannot read vector index {self.path}: {exc}") from exc
        if loaded.d != self.dim:
            raise VectorIndexError(
                f"vector index {self.path} holds {loaded.d}-dim vectors but the embedder makes {self.dim}-dim ones; "
                "the embedder changed (MIRANO_EMBEDDER): delete the file and rebuild the index"
            )
        if not isinstance(loaded, faiss.IndexIDMap2):
            raise VectorIndexError(f"vector index {self.path} is not an id-mapped index")
        self._index = loaded
        self.version = version
        self._seen = (version, stamp)

    def save(self) -> None:
        """Atomically write the index, then the sidecar with dim, count and a bumped version."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_stale_temps()
        _atomic_write(self.path, faiss.serialize_index(self._index).tobytes())
        self.version = max(self.version, self._disk_version()) + 1
        meta = {
            "format": FORMAT,
            "dim": self.dim,
            "count": len(self),
            "version": self.version,
            "saved_at": time.time(),
        }
        _atomic_write(self.meta_path, json.dumps(meta).encode("utf-8"))
        self._seen = (self.version, self._file_stamp())

    def _remove_stale_temps(self) -> None:
        """Delete temp files that a crashed writer left behind (only old ones: a live writer may own a new one)."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.path.parent.glob(f".{self.path.name}*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()

    def reload_if_changed(self) -> bool:
        """Reload when another process saved since we last loaded or saved; True if we reloaded."""
        stamp = self._file_stamp()
        if stamp is None:
            return False
        if (self._disk_version(), stamp) == self._seen:
            return False
        self._load()
        return True

    @contextlib.contextmanager
    def writer_lock(self, timeout: float | None = None) -> Iterator[VectorIndex]:
        """Hold an exclusive lock on `<path>.lock` so one process writes at a time; reloads first if changed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a+b") as handle:
            _acquire(handle.fileno(), timeout, self.lock_path)
            try:
                self.reload_if_changed()
                yield self
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    # -- contents ------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return int(self._index.ntotal)

    def fingerprint(self) -> tuple[int, int]:
        """(how many, sum of ids): equal to the database's when the index holds exactly its embedded chunks."""
        if not len(self):
            return 0, 0
        ids = faiss.vector_to_array(self._index.id_map)
        return int(ids.size), int(ids.sum())

    def ids(self) -> set[int]:
        """The chunk ids in the index."""
        if not len(self):
            return set()
        return {int(i) for i in faiss.vector_to_array(self._index.id_map)}

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        """Add vectors under chunk ids; an id already present is replaced."""
        if not len(ids):
            return
        matrix = _as_matrix(vectors, self.dim)
        if len(ids) != len(matrix):
            raise VectorIndexError(f"{len(ids)} ids for {len(matrix)} vectors")
        last = {int(chunk_id): row for row, chunk_id in enumerate(ids)}  # a repeated id: the last vector wins
        keys = np.fromiter(last.keys(), dtype=np.int64, count=len(last))
        self.remove(keys.tolist())
        self._index.add_with_ids(matrix[list(last.values())], keys)

    def remove(self, ids: list[int]) -> None:
        """Remove chunk ids; unknown ids are ignored."""
        if len(ids) and len(self):
            self._index.remove_ids(np.asarray(list(ids), dtype=np.int64))

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest chunk ids with cosine scores, best first."""
        if not len(self) or k <= 0:
            return []
        query = _as_matrix(vector, self.dim)[:1]
        scores, found = self._index.search(query, min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(found[0], scores[0], strict=True) if i != -1]

    def rebuild(self, items: Iterable[tuple[int, np.ndarray]], batch: int = 1024) -> None:
        """Replace the contents with exactly these (id, vector) pairs (in memory; call save())."""
        self._index = _empty(self.dim)
        ids: list[int] = []
        vectors: list[np.ndarray] = []
        for chunk_id, vector in items:
            ids.append(int(chunk_id))
            vectors.append(np.asarray(vector, dtype=np.float32).reshape(-1))
            if len(ids) >= batch:
                self.add(ids, np.vstack(vectors))
                ids, vectors = [], []
        if ids:
            self.add(ids, np.vstack(vectors))

    def reconcile(self, expected: dict[int, bytes]) -> tuple[int, int]:
        """Make the index hold exactly the expected chunk ids (id → stored vector bytes); returns (added, removed)."""
        present = self.ids()
        missing = sorted(set(expected) - present)
        extra = sorted(present - set(expected))
        self.remove(extra)
        if missing:
            self.add(missing, np.vstack([bytes_to_vector(expected[i], self.dim) for i in missing]))
        return len(missing), len(extra)


def _acquire(fd: int, timeout: float | None, lock_path: Path) -> None:
    """flock(LOCK_EX), waiting forever or polling until timeout seconds have passed."""
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise IndexLocked(f"another process is writing the vector index ({lock_path})") from None
            time.sleep(0.05)
