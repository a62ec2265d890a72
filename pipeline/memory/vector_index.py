"""The FAISS index of memory chunks: cosine search (exact, approximate past a size), incremental crash-safe saves,
one writer across processes."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import struct
import tempfile
import time
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from pipeline.config import get_settings
from pipeline.engine.exceptions import MiranoError
from pipeline.memory.coarse_search import CoarseSearch

FORMAT = "mirano-faiss-2"  # base file + append-only log (a "mirano-faiss-1" sidecar reads as generation 0)
LOG_MAGIC = b"MIRLOG01"
_HEADER = struct.Struct("<8sQ")  # magic, generation of the base file this log extends
_RECORD = struct.Struct("<cII")  # op, count, CRC-32 of the payload
# The log is folded into a new base file once it is larger than half the base (and at least this many bytes).
COMPACT_MIN_BYTES = 4 << 20
COMPACT_RATIO = 0.5
# A temp file this old was left by a writer that crashed mid-save; it is safe to delete.
STALE_TEMP_SECONDS = 3600.0
# One query is too small to share between threads: OpenMP's hand-over cost more than the scan (157 vs 48 ms at
# 100k vectors on a busy 2-core machine). Clustering (coarse_search) raises it while it runs.
faiss.omp_set_num_threads(1)


class VectorIndexError(MiranoError, ValueError):
    """The index file cannot be used as asked (wrong size of vectors, unreadable file): a failure, not bad input."""


class IndexLocked(MiranoError, TimeoutError):
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
    """Chunk id → unit vector, searched by inner product (cosine).

    On disk: a base file (the whole FAISS index), an append-only log of the adds and removes saved since, and a
    JSON sidecar naming the base's generation and how many log bytes are committed. A save appends one record
    per change (a commit of 500 chunks writes ~1 MB, not the whole index); when the log outgrows half the base,
    the next save writes a new base and starts a new log. Readers replay only the records they have not seen.
    """

    def __init__(self, path: Path, dim: int) -> None:
        self.path = Path(path)
        self.dim = dim
        self.version = 0
        self.generation = 0
        self._index = _empty(dim)
        settings = get_settings()
        self._coarse = CoarseSearch(dim, settings.memory_ann_min_chunks, settings.memory_ann_probe_share)
        self._pending: list[tuple[bytes, np.ndarray, np.ndarray | None]] = []  # changes since the last save
        self._full = False  # rebuilt in memory: the next save writes a new base
        self._log_offset = 0  # log bytes this index reflects
        self._seen: tuple[int, int, tuple[int, int, int] | None] = (0, 0, None)

    # -- files ---------------------------------------------------------------------------------------------
    @property
    def meta_path(self) -> Path:
        """The JSON sidecar next to the index: dim, count, version, the base's generation and the log's length."""
        return self.path.with_name(self.path.name + ".json")

    @property
    def log_path(self) -> Path:
        """The append-only log of changes saved since the base file was written."""
        return self.path.with_name(self.path.name + ".log")

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

    def _meta(self) -> dict[str, Any]:
        try:
            meta = json.loads(self.meta_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return meta if isinstance(meta, dict) else {}

    def _load(self) -> None:
        """Replace the in-memory index with the base file plus the committed part of its log."""
        meta, stamp = self._meta(), self._file_stamp()
        try:
            loaded = faiss.deserialize_index(np.fromfile(self.path, dtype=np.uint8))
        except Exception as exc:  # faiss raises RuntimeError with a long C++ message: say what it means
            what = "the file is empty" if not self.path.stat().st_size else "not a FAISS index, or cut short"
            raise VectorIndexError(f"cannot read vector index {self.path}: {what}") from exc
        if loaded.d != self.dim:
            raise VectorIndexError(
                f"vector index {self.path} holds {loaded.d}-dim vectors but the embedder makes {self.dim}-dim ones; "
                "the embedder changed (MIRANO_EMBEDDER): delete the file and rebuild the index"
            )
        if not isinstance(loaded, faiss.IndexIDMap2):
            raise VectorIndexError(f"vector index {self.path} is not an id-mapped index")
        self._index, self._pending, self._full = loaded, [], False
        self._coarse.reset()
        self.generation, self._log_offset = int(meta.get("generation", 0)), 0
        self._replay(int(meta.get("log_bytes", 0)))
        self.version = int(meta.get("version", 0))
        self._seen = (self.version, self.generation, stamp)

    def _replay(self, end: int) -> None:
        """Apply the log's records from what this index reflects up to `end` (the committed length)."""
        if end <= self._log_offset:
            return
        try:
            with open(self.log_path, "rb") as handle:
                magic, generation = _HEADER.unpack(handle.read(_HEADER.size))
                if magic != LOG_MAGIC or generation != self.generation:
                    return  # a log for another base (a new base was written, its sidecar not yet): the base has it
                handle.seek(max(self._log_offset, _HEADER.size))
                data = handle.read(end - handle.tell())
        except (FileNotFoundError, struct.error):
            return
        view, at = memoryview(data), 0
        while at < len(data):
            op, n, crc = _RECORD.unpack_from(view, at) if at + _RECORD.size <= len(data) else (b"?", 0, 0)
            at += _RECORD.size
            size = n * 8 + (n * self.dim * 4 if op == b"A" else 0)
            payload = view[at : at + size]
            if op not in (b"A", b"R") or len(payload) != size or zlib.crc32(payload) != crc:
                raise VectorIndexError(
                    f"vector index log {self.log_path} is damaged: delete it and rebuild the index"
                )
            ids = np.frombuffer(payload[: n * 8], dtype="<i8")
            if op == b"A":
                self._apply_add(ids, np.frombuffer(payload[n * 8 :], dtype="<f4").reshape(n, self.dim))
            else:
                self._apply_remove(ids)
            at += size
        self._log_offset = end

    def save(self, s: object = None) -> None:
        """Commit the changes since the last save: appended to the log, or folded into a new base file when the
        log has grown past half the base. The sidecar (written atomically, last) says what is committed. (`s`, the
        build's transaction, is for the pgvector index's save; a file is not written in one.)"""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_stale_temps()
        disk = self._meta()
        records = [_record(op, ids, vectors) for op, ids, vectors in self._pending]
        grown = self._log_offset + sum(map(len, records))
        base = self.path.stat().st_size if self.path.exists() else 0
        if self._full or not base or grown > max(COMPACT_MIN_BYTES, base * COMPACT_RATIO):
            generation = max(self.generation, int(disk.get("generation", 0))) + 1
            _atomic_write(self.path, faiss.serialize_index(self._index).tobytes())
            _atomic_write(self.log_path, _HEADER.pack(LOG_MAGIC, generation))
            end = _HEADER.size
        else:
            generation, end = self.generation, self._append(records)
        version = max(self.version, int(disk.get("version", 0))) + 1
        meta = {
            "format": FORMAT,
            "dim": self.dim,
            "count": len(self),
            "version": version,
            "generation": generation,
            "log_bytes": end,
            "saved_at": time.time(),
        }
        _atomic_write(self.meta_path, json.dumps(meta).encode("utf-8"))
        self.version, self.generation, self._log_offset = version, generation, end
        self._pending, self._full = [], False
        self._seen = (version, generation, self._file_stamp())

    def _append(self, records: list[bytes]) -> int:
        """Write records after the committed part of the log (dropping a crashed writer's tail); its new end."""
        start = self._log_offset
        if start < _HEADER.size or not self._log_is_ours():
            # No log for this base yet (or one left by an older base): the base holds everything so far.
            _atomic_write(self.log_path, _HEADER.pack(LOG_MAGIC, self.generation))
            start = _HEADER.size
        with open(self.log_path, "r+b") as handle:
            handle.truncate(start)
            handle.seek(start)
            for record in records:
                handle.write(record)
            handle.flush()
            os.fsync(handle.fileno())
            return handle.tell()

    def _log_is_ours(self) -> bool:
        try:
            with open(self.log_path, "rb") as handle:
                return _HEADER.unpack(handle.read(_HEADER.size)) == (LOG_MAGIC, self.generation)
        except (OSError, struct.error):
            return False

    def _remove_stale_temps(self) -> None:
        """Delete temp files that a crashed writer left behind (only old ones: a live writer may own a new one)."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.path.parent.glob(f".{self.path.name}*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()

    def reload_if_changed(self) -> bool:
        """Catch up with what another process saved since we last loaded or saved; True if anything changed.
        Only the new log records are applied while the base file stays the same."""
        stamp = self._file_stamp()
        if stamp is None:
            return False
        meta = self._meta()
        seen = (int(meta.get("version", 0)), int(meta.get("generation", 0)), stamp)
        if seen == self._seen:
            return False
        if seen[1:] == (self.generation, self._seen[2]) and not self._pending and not self._full:
            self._replay(int(meta.get("log_bytes", 0)))
            self.version, self._seen = seen[0], seen
        else:
            self._load()
        return True

    @contextlib.contextmanager
    def writer_lock(self, timeout: float | None = None, *, reload: bool = True) -> Iterator[VectorIndex]:
        """Hold an exclusive lock on `<path>.lock` so one process writes at a time; reloads first if changed
        (`reload=False` when the files on disk are about to be replaced whole, as by a rebuild)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a+b") as handle:
            _acquire(handle.fileno(), timeout, self.lock_path)
            try:
                if reload:
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
        if len(ids):
            keys, matrix = self._keyed(ids, vectors)
            self._apply_add(keys, matrix)
            self._pending.append((b"A", keys, matrix))

    def _keyed(self, ids: list[int], vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(ids, unit vectors) checked for size; a repeated id keeps its last vector."""
        matrix = _as_matrix(vectors, self.dim)
        if len(ids) != len(matrix):
            raise VectorIndexError(f"{len(ids)} ids for {len(matrix)} vectors")
        last = {int(chunk_id): row for row, chunk_id in enumerate(ids)}
        keys = np.fromiter(last.keys(), dtype=np.int64, count=len(last))
        return keys, np.ascontiguousarray(matrix[list(last.values())])

    def remove(self, ids: list[int]) -> None:
        """Remove chunk ids; unknown ids are ignored."""
        if len(ids):
            keys = np.asarray(list(ids), dtype=np.int64)
            self._apply_remove(keys)
            self._pending.append((b"R", keys, None))

    def _apply_add(self, keys: np.ndarray, matrix: np.ndarray) -> None:
        if len(self):  # replace what is there; removing is a scan of the whole index, so only when needed
            present = keys[np.isin(keys, faiss.vector_to_array(self._index.id_map))]
            if len(present):
                self._index.remove_ids(present)
        matrix, keys = np.ascontiguousarray(matrix, dtype=np.float32), np.ascontiguousarray(keys)
        self._index.add_with_ids(matrix, keys)
        self._coarse.add(keys, matrix)

    def _apply_remove(self, keys: np.ndarray) -> None:
        if len(keys) and len(self):
            keys = np.ascontiguousarray(keys, dtype=np.int64)
            self._index.remove_ids(keys)
            self._coarse.remove(keys)

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """The k nearest chunk ids with cosine scores, best first (approximate past MIRANO_MEMORY_ANN_MIN_CHUNKS)."""
        if not len(self) or k <= 0:
            return []
        query = _as_matrix(vector, self.dim)[:1]
        scores, found = self._coarse.search(self._index, query, min(k, len(self)))
        return [(int(i), float(s)) for i, s in zip(found[0], scores[0], strict=True) if i != -1]

    def rebuild(self, items: Iterable[tuple[int, np.ndarray]], batch: int = 1024) -> None:
        """Replace the contents with exactly these (id, vector) pairs (in memory; save() writes a new base)."""
        self._index, self._pending, self._full = _empty(self.dim), [], True
        self._coarse.reset()
        ids: list[int] = []
        vectors: list[np.ndarray] = []
        for chunk_id, vector in items:
            ids.append(int(chunk_id))
            vectors.append(np.asarray(vector, dtype=np.float32).reshape(-1))
            if len(ids) >= batch:
                self._apply_add(*self._keyed(ids, np.vstack(vectors)))
                ids, vectors = [], []
        if ids:
            self._apply_add(*self._keyed(ids, np.vstack(vectors)))

    def reconcile(self, expected: dict[int, bytes]) -> tuple[int, int]:
        """Make the index hold exactly the expected chunk ids (id → stored vector bytes); returns (added, removed)."""
        present = self.ids()
        missing = sorted(set(expected) - present)
        extra = sorted(present - set(expected))
        self.remove(extra)
        if missing:
            self.add(missing, np.vstack([bytes_to_vector(expected[i], self.dim) for i in missing]))
        return len(missing), len(extra)


def _record(op: bytes, ids: np.ndarray, vectors: np.ndarray | None) -> bytes:
    """One log record: op (A add, R remove), count, CRC-32 of the payload, then ids (and vectors for A)."""
    payload = np.asarray(ids, dtype="<i8").tobytes()
    if vectors is not None:
        payload += np.asarray(vectors, dtype="<f4").tobytes()
    return _RECORD.pack(op, len(ids), zlib.crc32(payload)) + payload


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
