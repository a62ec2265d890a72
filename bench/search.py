"""Memory search at scale: p50/p95/max of `memory.search` (FAISS + keyword, fused; the product's own entry point)
at 10k and 100k chunks, and the recall@10 of the FAISS part against exact search over the same vectors.

Setup is not what is measured: the documents, vectors, chunks and keyword entries that memory.build would write
are bulk-inserted (hash-embedder vectors at 512 dimensions, the packaged model's size, computed in numpy batches
and checked equal to the embedder's), and the FAISS index is built from them by `store.rebuild`. Past
MIRANO_MEMORY_ANN_MIN_CHUNKS the search scans IVF lists (pipeline/memory/coarse_search.py). Queries are the words
people search for, with and without a project filter (three projects), after one warm-up query. Writes
bench/results/search.json with a `goals` list (see bench/goals.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZES = tuple(int(n) for n in os.environ.get("BENCH_SEARCH_SIZES", "10000,100000").split(","))
GOALS_MS = {10_000: 30.0, 100_000: 40.0}
QUERIES = [
    "смета по фасаду",
    "когда поставка окон",
    "invoice overdue",
    "login fails on the portal",
    "кровля протекает",
    "release date moved",
    "оплата счёта задерживается",
    "reporting dashboard numbers",
    "договор подписан",
    "перенос сроков сдачи",
]
WORDS = [
    "смета",
    "фасад",
    "поставка",
    "окна",
    "кровля",
    "оплата",
    "счёт",
    "договор",
    "сроки",
    "портал",
    "invoice",
    "login",
    "release",
    "report",
    "deadline",
]
PROJECTS = ("alfa", "beta", "gamma")


def _texts(n: int) -> list[str]:
    rng = np.random.default_rng(7)
    picks = rng.integers(0, len(WORDS), size=(n, 6))
    return [
        f"Сообщение {i}: " + " ".join(WORDS[j] for j in row) + f", шаг {i % 97}."
        for i, row in enumerate(picks)
    ]


def _hash_vectors(texts: list[str], dim: int) -> np.ndarray:
    """The hash embedder's vectors for many texts at once: each distinct feature is hashed once (the corpus
    repeats a few words), then the rows are summed in numpy. Equal to `HashEmbedder.embed` (checked on a sample)."""
    from pipeline.memory.embedders import _hash_features, normalize_rows

    buckets: dict[str, tuple[int, float]] = {}
    rows, cols, signs = [], [], []
    for row, text in enumerate(texts):
        for feature in _hash_features(text):
            hit = buckets.get(feature)
            if hit is None:
                digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                hit = buckets[feature] = ((value >> 1) % dim, 1.0 if value & 1 else -1.0)
            rows.append(row)
            cols.append(hit[0])
            signs.append(hit[1])
    out = np.zeros((len(texts), dim), dtype=np.float32)
    np.add.at(out, (np.asarray(rows), np.asarray(cols)), np.asarray(signs, dtype=np.float32))
    return normalize_rows(out)


def _build(n: int) -> None:
    """n embedded chunks (one per document, three projects) bulk-inserted, then the index built from them.

    Setup only: the rows are what memory.build writes (documents, vectors, chunks, FTS entries), inserted with
    executemany instead of through ingestion, so 100k chunks take seconds; the searches below are the product's."""
    os.environ["MIRANO_DATA_DIR"] = tempfile.mkdtemp(prefix=f"mirano-bench-search-{n}-")
    os.environ["MIRANO_EMBEDDER"] = "hash"
    from sqlalchemy import insert

    from pipeline.config import get_settings, reset_settings
    from pipeline.db import dispose_engines, session_scope
    from pipeline.memory import store
    from pipeline.memory.embedders import get_embedder
    from pipeline.memory.projects import ensure_project
    from pipeline.memory.search import index_keywords
    from pipeline.memory.vector_index import vector_to_bytes
    from pipeline.migrate import upgrade
    from pipeline.models.memory import Chunk, Document, MemoryVector
    from pipeline.text.lemmas import index_text

    dispose_engines()
    reset_settings()
    store.forget_indexes()
    upgrade()
    embedder = get_embedder()
    assert get_settings().embedder == "hash" and embedder.dim == 512
    texts = _texts(n)
    vectors = _hash_vectors(texts, embedder.dim)
    sample = [0, n // 2, n - 1]
    assert np.allclose(vectors[sample], embedder.embed([texts[i] for i in sample]), atol=1e-6)
    now = datetime.now(UTC).replace(tzinfo=None)
    hashes = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    with session_scope() as s:
        projects = [ensure_project(s, slug).id for slug in PROJECTS]
    with session_scope() as s:
        ids = list(range(1, n + 1))
        s.execute(
            insert(Document),
            [
                {
                    "id": i,
                    "project_id": projects[i % 3],
                    "source": "chatwoot",
                    "object_type": "message",
                    "external_id": f"message:{i}",
                    "parent_id": "inbox:1",
                    "content": t,
                    "content_hash": h,
                    "chunked_hash": h,
                    "meta": {},
                    "source_created_at": now,
                    "source_updated_at": now,
                    "imported_at": now,
                    "updated_at": now,
                    "version": 1,
                    "private": False,
                }
                for i, t, h in zip(ids, texts, hashes, strict=True)
            ],
        )
        s.execute(
            insert(MemoryVector),
            [
                {
                    "id": i,
                    "embedder": embedder.name,
                    "content_hash": h,
                    "dim": embedder.dim,
                    "vector": vector_to_bytes(v),
                    "created_at": now,
                }
                for i, h, v in zip(ids, hashes, vectors, strict=True)
            ],
        )
        s.execute(
            insert(Chunk),
            [
                {
                    "id": i,
                    "document_id": i,
                    "project_id": projects[i % 3],
                    "position": 0,
                    "text": t,
                    "terms": index_text(t),  # what memory.build stores for the keyword index
                    "content_hash": h,
                    "embedder": embedder.name,
                    "vector_id": i,
                    "embed_status": "embedded",
                    "embed_attempts": 1,
                    "source_time": now,
                    "created_at": now,
                    "extracted_at": now,
                }
                for i, t, h in zip(ids, texts, hashes, strict=True)
            ],
        )
        index_keywords(s, 1, n)
    store.rebuild(embedder)


def _recall(k: int = 10) -> float:
    """recall@k of the index's search against brute force over the stored vectors."""
    from pipeline.memory import store
    from pipeline.memory.embedders import get_embedder
    from pipeline.memory.vector_index import bytes_to_vector

    embedder = get_embedder()
    expected = store.expected_vectors(embedder.name)
    ids = np.fromiter(expected, dtype=np.int64)
    matrix = np.vstack([bytes_to_vector(expected[i], embedder.dim) for i in ids])
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True).clip(1e-12)
    index = store.open_index(embedder)
    found = 0
    for query in QUERIES:
        vector = embedder.embed([query])[0]
        exact = set(ids[np.argsort(-(matrix @ (vector / np.linalg.norm(vector))))[:k]].tolist())
        found += len(exact & {i for i, _ in index.search(vector, k)})
    return found / (k * len(QUERIES))


def _latencies() -> list[float]:
    from pipeline.memory.search import search

    search(QUERIES[0])  # warm: the index loaded, statements prepared
    times = []
    for _ in range(3):
        for query in QUERIES:
            for project in (None, *PROJECTS):
                start = time.perf_counter()
                search(query, project=project, k=8)
                times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    from pipeline.memory.embedders import HashEmbedder

    HashEmbedder.dim = 512  # the packaged model's size; the bench's own setting, never the product's
    results: dict = {"goals": []}
    for n in SIZES:
        started = time.perf_counter()
        _build(n)
        built = time.perf_counter() - started
        times = sorted(_latencies())
        p50, p95 = statistics.median(times), times[int(0.95 * (len(times) - 1))]
        recall = _recall()
        load = os.getloadavg()[0]
        results[str(n)] = {
            "build_s": round(built, 1),
            "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1),
            "max_ms": round(times[-1], 1),
            "recall_at_10": recall,
            "load_average": round(load, 1),
        }
        print(
            f"memory search at {n:,} chunks (set up in {built:.0f} s): p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
            f"max {times[-1]:.1f} ms over {len(times)} searches; FAISS recall@10 vs exact {recall:.3f}; "
            f"load average {load:.1f}"
        )
        goal = GOALS_MS.get(n)
        if goal:
            results["goals"].append(
                {
                    "figure": f"memory search p95 at {n // 1000}k chunks (recall@10 {recall:.2f})",
                    "value": f"p95 {p95:.1f} ms (p50 {p50:.1f}, max {times[-1]:.0f})",
                    "goal": f"<= {goal:.0f} ms, recall >= 0.95",
                    "met": p95 <= goal and recall >= 0.95,
                }
            )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "search.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
