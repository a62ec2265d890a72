"""Memory search at scale: p50/p95 of `mirano search` (FAISS + keyword, fused) at 10k and 100k chunks, and the
recall@10 of the FAISS part against exact search over the same vectors.

The chunks are built by the real memory.build from documents ingested through ingestion's front door, with the
hash embedder set to 512 dimensions (the size of the packaged model's vectors). Queries are the words people
search for, with and without a project filter (three projects), after one warm-up query. Writes
bench/results/search.json with a `goals` list (see bench/goals.py).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
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


def _build(n: int) -> None:
    os.environ["MIRANO_DATA_DIR"] = tempfile.mkdtemp(prefix=f"mirano-bench-search-{n}-")
    os.environ["MIRANO_EMBEDDER"] = "hash"
    from pipeline.config import get_settings, reset_settings
    from pipeline.db import dispose_engines, session_scope
    from pipeline.memory import store
    from pipeline.memory.build import build_memory
    from pipeline.memory.ingest import SyncResult, commit_batch
    from pipeline.memory.projects import ensure_project
    from pipeline.migrate import upgrade
    from pipeline.sources.vendor import Batch, VendorDoc

    dispose_engines()
    reset_settings()
    store.forget_indexes()
    upgrade()
    texts = _texts(n)
    page = 500
    for p, slug in enumerate(PROJECTS):
        with session_scope() as s:
            project_id = ensure_project(s, slug).id
        mine = [(i, t) for i, t in enumerate(texts) if i % len(PROJECTS) == p]
        for start in range(0, len(mine), page):
            docs = [
                VendorDoc("chatwoot", "message", f"message:{i}", t) for i, t in mine[start : start + page]
            ]
            commit_batch(project_id, "chatwoot", "inbox:1", Batch(start, docs), SyncResult("chatwoot"))
    while build_memory(20_000).chunks:
        pass
    assert get_settings().embedder == "hash"


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
        results[str(n)] = {"build_s": round(built, 1), "p50_ms": p50, "p95_ms": p95, "recall_at_10": recall}
        print(
            f"memory search at {n:,} chunks (built in {built:.0f} s): p50 {p50:.1f} ms, p95 {p95:.1f} ms over "
            f"{len(times)} searches; FAISS recall@10 vs exact {recall:.3f}"
        )
        goal = GOALS_MS.get(n)
        if goal:
            results["goals"].append(
                {
                    "figure": f"memory search p95 at {n // 1000}k chunks (recall@10 {recall:.2f})",
                    "value": f"{p95:.1f} ms",
                    "goal": f"<= {goal:.0f} ms, recall >= 0.95",
                    "met": p95 <= goal and recall >= 0.95,
                }
            )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "search.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
