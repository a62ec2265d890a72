"""One `memory.search` phase by phase, over a corpus already built (bench/search.py's `_build`, kept in a folder).

    BENCH_PHASES_DIR=/tmp/corpus .venv/bin/python bench/search_phases.py   # the folder holding mirano.db

Runs bench/vectors.py's 120 searches (10 queries × no project and each of three, three rounds) in this fresh
process, timing each phase as `pipeline.memory.search.search` runs it, and prints p50/p95/max per phase, and the
whole search's, plus the whole search's p50/p95 (its own timing, not the sum of the phases). `BENCH_PHASES_WHOLE=1`
times only the whole `search()` (the figure bench/vectors.py reports), for comparing builds of the code on one
corpus. `BENCH_PHASES_APPEND=500` measures instead the first search of each query after a build-sized commit
that only adds chunks (its words were searched before it; the chunks are removed again afterwards). Not part of
`make bench`: it needs a corpus built first (a million chunks take minutes).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.search import PROJECTS, QUERIES  # noqa: E402

_times: dict[str, list[float]] = {}


@contextmanager
def _phase(name: str):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        yield
    finally:
        _times.setdefault(name, []).append((time.perf_counter() - started) * 1000)


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def _instrument() -> None:
    """Wrap the functions `search()` calls so each call is timed under its phase's name."""
    from pipeline.memory import keyword_rank, search, store
    from pipeline.memory.vector_index import VectorIndex

    def timed(owner, attribute: str, name: str) -> None:  # type: ignore[no-untyped-def]
        real = getattr(owner, attribute)

        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            with _phase(name):
                return real(*args, **kwargs)

        setattr(owner, attribute, wrapper)

    timed(search, "keyword_hits", "keyword half (all)")
    timed(keyword_rank, "corpus", "  keyword: corpus counts")
    timed(keyword_rank, "rank", "  keyword: bm25 in Python")
    timed(search, "semantic_hits", "vector half (all)")
    timed(store, "open_index", "  vector: open_index (follow)")
    timed(VectorIndex, "search", "  vector: FAISS search")
    timed(search, "fuse", "fusion")
    timed(search, "_chunk_rows", "chunk rows + metadata")
    real_embedder = search.get_embedder

    def embedder():  # type: ignore[no-untyped-def]
        inner = real_embedder()

        class Timed:
            name, dim = inner.name, inner.dim

            def embed(self, texts):  # type: ignore[no-untyped-def]
                with _phase("  vector: embed the query"):
                    return inner.embed(texts)

        return Timed()

    search.get_embedder = embedder


def _append(n: int) -> list[int]:
    """n chunks added in one commit, as a build adds them (rows, then the keyword index), not embedded: the
    vector index is not touched. Their texts are copies of the newest chunks'. Their ids."""
    from sqlalchemy import text

    from pipeline.db import session_scope
    from pipeline.memory.search import index_keywords

    with session_scope() as s:
        newest = int(s.scalar(text("SELECT max(id) FROM memory_chunks")))
        s.execute(
            text(
                "INSERT INTO memory_chunks (id, document_id, project_id, position, text, terms, content_hash, "
                "embed_status, embed_attempts, created_at) SELECT id + :n, document_id, project_id, 1000 + position, "
                "text, terms, content_hash, 'pending', 0, created_at FROM memory_chunks WHERE id > :from"
            ),
            {"n": n, "from": newest - n},
        )
        index_keywords(s, newest + 1, newest + n)
    return list(range(newest + 1, newest + n + 1))


def _after_append(n: int) -> dict:
    """Each query's first search after an append-only commit of n chunks (every query searched before it)."""
    from sqlalchemy import text

    from pipeline.db import session_scope
    from pipeline.memory.search import search

    for query in QUERIES:
        search(query, k=8)
    ids = _append(n)
    times = []
    try:
        for query in QUERIES:
            started = time.perf_counter()
            search(query, k=8)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        with session_scope() as s:
            s.execute(text("DELETE FROM memory_chunks WHERE id >= :first"), {"first": ids[0]})
    return {
        "after_append_p50_ms": round(statistics.median(times), 1),
        "after_append_max_ms": round(max(times), 1),
    }


def main() -> None:
    from pipeline.memory.embedders import HashEmbedder

    HashEmbedder.dim = 512
    os.environ["MIRANO_DATA_DIR"] = os.environ["BENCH_PHASES_DIR"]
    os.environ["MIRANO_EMBEDDER"] = "hash"
    os.environ.pop("MIRANO_DATABASE_URL", None)
    from pipeline.memory.search import search

    appended = int(os.environ.get("BENCH_PHASES_APPEND", "0"))
    if appended:
        search(QUERIES[0])
        print(json.dumps({**_after_append(appended), "load": os.getloadavg()[0]}), flush=True)
        return
    whole_only = os.environ.get("BENCH_PHASES_WHOLE") == "1"
    started = time.perf_counter()
    search(QUERIES[0])  # warm, as bench/vectors.py does: the index loaded and clustered, statements prepared
    warm_s = time.perf_counter() - started
    if not whole_only:
        _instrument()
        _times.clear()
    whole = []
    for _ in range(3):
        for query in QUERIES:
            for project in (None, *PROJECTS):
                started = time.perf_counter()
                search(query, project=project, k=8)
                whole.append((time.perf_counter() - started) * 1000)
    report = {
        "search_p50_ms": round(statistics.median(whole), 1),
        "search_p95_ms": round(_p(whole, 0.95), 1),
        "search_max_ms": round(max(whole), 1),
        "warm_s": round(warm_s, 1),
        "load": os.getloadavg()[0],
    }
    for name, values in _times.items():
        report[name] = (
            f"n {len(values)} p50 {statistics.median(values):.1f} p95 {_p(values, 0.95):.1f} max {max(values):.1f}"
        )
    print(json.dumps(report, ensure_ascii=False, indent=1 if not whole_only else None), flush=True)


if __name__ == "__main__":
    main()
