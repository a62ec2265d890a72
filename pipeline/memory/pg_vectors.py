"""Chunk vectors in PostgreSQL with pgvector: one table beside the chunks, an HNSW index per embedder, searched in SQL.

On PostgreSQL with the `vector` extension, a chunk's vector is a row of `memory_chunk_vectors` (chunk id, project,
embedder, `vector`), written in the build commit's own transaction and deleted with its chunk (ON DELETE CASCADE):
there is no file, nothing to reconcile and no per-machine state; any process sees a build the moment it commits.
Each embedder has its own partial HNSW index over `embedding::vector(dim)` (cosine; `halfvec` past 2,000
dimensions, pgvector's limit for `vector` indexes). A search sets `hnsw.ef_search` (MIRANO_MEMORY_HNSW_EF_SEARCH)
and iterative scans, so a project filter inside the query still returns k rows when the project is a small share.

Without the extension (or with MIRANO_MEMORY_VECTOR_STORE=faiss) PostgreSQL keeps the FAISS files, as SQLite does.
"""

from __future__ import annotations

import re
import struct
import threading
from typing import Any

import numpy as np
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from pipeline import dialect
from pipeline.config import get_settings

TABLE = "memory_chunk_vectors"
STAGING = "memory_chunk_vectors_staging"  # a temporary table per connection: a write's rows, COPYed in
VECTOR_INDEX_MAX_DIM = 2000  # pgvector indexes `vector` up to 2,000 dimensions, `halfvec` up to 4,000
HNSW_M, HNSW_EF_CONSTRUCTION = 16, 64  # pgvector's defaults; recall is held at search time by ef_search
ADMIN_HINT = "CREATE EXTENSION vector;"
_enabled: dict[str, bool] = {}
_indexed: set[tuple[str, str]] = set()  # (database URL, index name) known to exist
_lock = threading.Lock()


def extension_state(s: Session | Any) -> str:
    """ "installed" in this database, "available" on the server (not yet created) or "missing"."""
    row = s.execute(
        text("SELECT installed_version FROM pg_available_extensions WHERE name = 'vector'")
    ).first()
    if row is None:
        return "missing"
    return "installed" if row[0] else "available"


def create_extension(s: Session | Any) -> str | None:
    """Create the extension and the vector table when the role may. None when done, else why not: "missing" (not
    on the server) or "refused" (the role may not create it); `ADMIN_HINT` is what an administrator runs. Runs in
    a savepoint, so a refusal leaves the caller's transaction usable."""
    state = extension_state(s)
    if state == "missing":
        return "missing"
    if state == "available":
        try:
            with s.begin_nested():
                s.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
        except DBAPIError:  # InsufficientPrivilege: not this role's to create
            return "refused"
    ensure_table(s)
    return None


def ensure_table(s: Session | Any) -> None:
    """The vector table (the extension must exist); idempotent."""
    s.execute(
        text(
            f"CREATE TABLE IF NOT EXISTS {TABLE} ("
            "chunk_id integer PRIMARY KEY REFERENCES memory_chunks(id) ON DELETE CASCADE, "
            "project_id integer NOT NULL, embedder varchar(80) NOT NULL, embedding vector NOT NULL)"
        )
    )
    s.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_embedder ON {TABLE} (embedder, chunk_id)"))


def enabled(s: Session | None = None) -> bool:
    """Whether chunk vectors live in PostgreSQL here (asked once per database URL per process)."""
    settings = get_settings()
    url = settings.resolved_database_url
    if settings.memory_vector_store == "faiss" or not dialect.on_postgresql(url):
        return False
    with _lock:
        known = _enabled.get(url)
    if known is None:
        from pipeline.db import read_scope

        query = text("SELECT to_regclass(:t) IS NOT NULL")
        if s is not None:
            known = bool(s.scalar(query, {"t": TABLE}))
        else:
            with read_scope() as r:
                known = bool(r.scalar(query, {"t": TABLE}))
        with _lock:
            _enabled[url] = known
    return known


def forget() -> None:
    """Ask again (tests switch databases; `mirano init` may just have created the table)."""
    with _lock:
        _enabled.clear()
        _indexed.clear()


def _cast(dim: int) -> str:
    return f"halfvec({dim})" if dim > VECTOR_INDEX_MAX_DIM else f"vector({dim})"


def index_name(embedder_name: str) -> str:
    return f"ix_{TABLE}_hnsw_" + re.sub(r"[^a-z0-9]+", "_", embedder_name.lower())[:30]


def ensure_index(s: Session | Any, embedder_name: str, dim: int) -> None:
    """The embedder's HNSW index (cosine over unit vectors), built once; later rows join it as they are written."""
    key = (get_settings().resolved_database_url, index_name(embedder_name))
    if key in _indexed:
        return
    ops = "halfvec_cosine_ops" if dim > VECTOR_INDEX_MAX_DIM else "vector_cosine_ops"
    name = embedder_name.replace("'", "''")
    s.execute(
        text(
            f"CREATE INDEX IF NOT EXISTS {index_name(embedder_name)} ON {TABLE} USING hnsw "
            f"((embedding::{_cast(dim)}) {ops}) WITH (m = {HNSW_M}, ef_construction = {HNSW_EF_CONSTRUCTION}) "
            f"WHERE embedder = '{name}'"
        )
    )
    with _lock:
        _indexed.add(key)


def literal(vector: np.ndarray) -> str:
    """pgvector's text form of a vector: [x,y,…] (float32 printed exactly enough to read back the same)."""
    return "[" + ",".join(f"{x:.8g}" for x in np.asarray(vector, dtype=np.float32).reshape(-1)) + "]"


def write(s: Session, embedder_name: str, dim: int, rows: list[tuple[int, int, np.ndarray]]) -> None:
    """Insert or replace (chunk id, project id, unit vector) rows in the caller's transaction: binary COPY into a
    temporary table, then one INSERT … ON CONFLICT (no vector printed as text and parsed back)."""
    if not rows:
        return
    ensure_index(s, embedder_name, dim)
    with _psycopg(s).cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {STAGING} (chunk_id integer, project_id integer, "
            "embedder varchar(80), embedding vector) ON COMMIT DELETE ROWS"
        )
        with cursor.copy(f"COPY {STAGING} FROM STDIN (FORMAT BINARY)") as copy:
            copy.write(copy_rows(embedder_name, rows))
        cursor.execute(
            f"INSERT INTO {TABLE} (chunk_id, project_id, embedder, embedding) SELECT * FROM {STAGING} "
            "ON CONFLICT (chunk_id) DO UPDATE SET project_id = EXCLUDED.project_id, "
            "embedder = EXCLUDED.embedder, embedding = EXCLUDED.embedding"
        )
        cursor.execute(f"DELETE FROM {STAGING}")  # a second write in the same transaction starts empty


def _psycopg(s: Session | Any) -> Any:
    """The psycopg connection under a Session (a build) or a Connection (a migration), for COPY."""
    connection = s.connection() if isinstance(s, Session) else s
    return connection.connection.dbapi_connection


def copy_rows(embedder_name: str, rows: list[tuple[int, int, np.ndarray]]) -> bytes:
    """COPY's binary form of (chunk id, project id, embedder, vector) rows; pgvector's binary vector is its
    dimension and a zero (int16 each), then big-endian float4s."""
    name = embedder_name.encode()
    parts = [b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)]
    for chunk_id, project_id, vector in rows:
        body = np.asarray(vector, dtype=">f4").reshape(-1)
        parts.append(
            struct.pack(">hiiiii", 4, 4, chunk_id, 4, project_id, len(name))
            + name
            + struct.pack(">ihh", 4 + 4 * len(body), len(body), 0)
            + body.tobytes()
        )
    parts.append(struct.pack(">h", -1))
    return b"".join(parts)


def remove(s: Session, chunk_ids: list[int]) -> None:
    """Delete rows of these chunks (a deleted chunk takes its row with it; this is for chunks that stay)."""
    if chunk_ids:
        s.execute(text(f"DELETE FROM {TABLE} WHERE chunk_id = ANY(:ids)"), {"ids": list(chunk_ids)})


def search(
    s: Session, embedder_name: str, vector: np.ndarray, k: int, project_id: int | None, *, exact: bool = False
) -> list[tuple[int, float]]:
    """(chunk id, cosine) of the k nearest, best first, the project filter inside the query. `exact` scans
    every row instead of the HNSW index (what recall is measured against)."""
    settings = get_settings()
    dim = int(np.asarray(vector).reshape(-1).shape[0])
    cast = _cast(dim)
    if exact:
        s.execute(text("SET LOCAL enable_indexscan = off"))
    else:
        ef = max(settings.memory_hnsw_ef_search, k)
        s.execute(text(f"SET LOCAL hnsw.ef_search = {int(ef)}"))
        s.execute(text("SET LOCAL hnsw.iterative_scan = relaxed_order"))
    where = "embedder = :e" + (" AND project_id = :p" if project_id is not None else "")
    distance = f"embedding::{cast} <=> CAST(:q AS {cast})"
    # relaxed_order may return rows slightly out of order: the outer query orders the k found exactly
    sql = (
        f"WITH near AS MATERIALIZED (SELECT chunk_id, {distance} AS d FROM {TABLE} WHERE {where} "
        "ORDER BY d LIMIT :k) SELECT chunk_id, 1 - d FROM near ORDER BY d, chunk_id"
    )
    rows = s.execute(text(sql), {"e": embedder_name, "p": project_id, "q": literal(vector), "k": k}).all()
    return [(int(c), float(score)) for c, score in rows]


def count(s: Session, embedder_name: str) -> tuple[int, int]:
    """(how many, sum of chunk ids) of this embedder's rows: the database fingerprint of the vector layer."""
    n, total = s.execute(
        text(f"SELECT count(*), coalesce(sum(chunk_id), 0) FROM {TABLE} WHERE embedder = :e"),
        {"e": embedder_name},
    ).one()
    return int(n), int(total)


def ids(s: Session, embedder_name: str) -> set[int]:
    return set(s.scalars(text(f"SELECT chunk_id FROM {TABLE} WHERE embedder = :e"), {"e": embedder_name}))


def fill_from_stored(s: Session, batch: int = 2000) -> int:
    """Copy the stored vectors of embedded chunks that have no row yet (the migration, and `mirano init` once an
    administrator created the extension); how many rows were written."""
    from pipeline.memory.vector_index import bytes_to_vector

    query = text(
        "SELECT c.id, c.project_id, c.embedder, v.vector, v.dim FROM memory_chunks c "
        "JOIN memory_vectors v ON v.id = c.vector_id "
        f"WHERE c.embed_status = 'embedded' AND c.id > :after AND NOT EXISTS "
        f"(SELECT 1 FROM {TABLE} t WHERE t.chunk_id = c.id) ORDER BY c.id LIMIT :n"
    )
    written, after = 0, 0
    while True:
        rows = s.execute(query, {"after": after, "n": batch}).all()
        if not rows:
            return written
        by_embedder: dict[tuple[str, int], list[tuple[int, int, np.ndarray]]] = {}
        for chunk_id, project_id, embedder, blob, dim in rows:
            by_embedder.setdefault((embedder, dim), []).append(
                (chunk_id, project_id, bytes_to_vector(blob, dim))
            )
        for (embedder, dim), items in by_embedder.items():
            write(s, embedder, dim, items)
        written, after = written + len(rows), rows[-1][0]
