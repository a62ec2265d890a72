"""Search project memory: FAISS cosine and keyword search (SQLite FTS5 bm25 or PostgreSQL full-text), merged by
reciprocal-rank fusion."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pipeline import dialect
from pipeline.config import get_settings
from pipeline.db import read_scope
from pipeline.memory import keyword_rank, store
from pipeline.memory.embedders import get_embedder
from pipeline.memory.sql_index import SqlVectorIndex
from pipeline.models.memory import Chunk, Document, Project
from pipeline.text.lemmas import search_terms

RRF_K = 60  # the usual reciprocal-rank-fusion constant: rank 1 scores 1/61
WINDOW_SPAN = 8  # PostgreSQL: chunks looked through first, per match of the keyword window
_pool: tuple[int, ThreadPoolExecutor] | None = None  # (the process it belongs to, its threads)
_pool_lock = threading.Lock()


def fts_expression(query: str) -> str | None:
    """The SQLite FTS5 MATCH expression a query becomes: its words as lemmas (`pipeline.text.lemmas`), the same
    form `memory_chunks.terms` indexes, so «смету» finds «смета» and «сметана» does not."""
    terms = search_terms(query)
    return dialect.keyword_search_sql(dialect.SQLITE, terms, by_project=False)[1] or None


def index_keywords(s: Session, first_id: int, last_id: int) -> None:
    """Add chunks first_id..last_id (just inserted) to the FTS5 index in one statement (SQLite only)."""
    sql = dialect.keyword_index_sql(s)
    if sql is not None:
        s.execute(text(sql), {"first": first_id, "last": last_id})


def keyword_hits(s: Session, query: str, project_id: int | None, limit: int) -> list[tuple[int, float]]:
    """(chunk id, score) best first: bm25 as SQLite FTS5 scores it (`keyword_rank`), or PostgreSQL full-text
    search, over the query's lemmas.
    Only the newest `MIRANO_MEMORY_KEYWORD_WINDOW` matches are ranked (see `_newest_matches` on PostgreSQL)."""
    terms = search_terms(query)
    if not terms:
        return []
    sql, expression = dialect.keyword_search_sql(s, terms, by_project=bool(project_id))
    window = get_settings().memory_keyword_window
    params = {"q": expression, "p": project_id, "n": limit, "window": window}
    if dialect.on_sqlite(s):
        window = s.execute(text(sql), params).all()
        stats = keyword_rank.corpus(s, get_settings().resolved_database_url, terms)
        rows = keyword_rank.rank(window, terms, stats, limit)
    else:
        rows = _newest_matches(s, text(sql), params)
    return [(int(r[0]), float(r[1])) for r in rows]


def _newest_matches(s: Session, statement: Any, params: dict[str, Any]) -> list[Any]:
    """PostgreSQL: look for matches among the newest WINDOW_SPAN × window chunks first, and further back (8× as far
    each time) only while fewer than the :n asked for were found. A common word is ranked over its newest `window`
    matches after reading a few thousand rows by primary key; a rare one reaches back through the GIN index.
    Ranking every match of a word in a third of a million chunks took seconds (issue 32)."""
    s.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))  # each span planned for its own bounds
    newest = s.scalar(text("SELECT max(id) FROM memory_chunks")) or 0
    span = params["window"] * WINDOW_SPAN
    while True:
        lo = newest - span
        rows = s.execute(statement, {**params, "lo": lo}).all()
        if lo <= 0 or (rows and rows[0].found >= params["n"]):
            return rows
        span *= 8


def semantic_hits(query: str, project_id: int | None, k: int) -> list[tuple[int, float]]:
    """(chunk id, cosine) best first from pgvector (project filter in the query) or FAISS, up to 3k of them.

    With a project filter the search widens (8x, then 8x as far again…) until enough of the hits belong to the
    project or the whole index was searched, so its cost follows the share of the project, not the corpus size.
    """
    embedder = get_embedder()
    index = store.open_index(embedder)
    wanted = k * 3
    if isinstance(index, SqlVectorIndex):  # pgvector: the project filter is inside the query
        return index.search(embedder.embed([query])[0], wanted, project_id)
    if not len(index):
        return []
    vector = embedder.embed([query])[0]
    # A project's share: one round as a rule. FAISS scans the same lists whatever it returns (14-15 ms at 1M for 24
    # to 768 hits), so asking 8x costs only the id look-up; at 4x, 3 of 90 bench searches scanned twice (issue 32).
    fetch = wanted if project_id is None else wanted * 8
    while True:
        hits = index.search(vector, min(len(index), fetch))
        if project_id is None:
            return hits
        with read_scope() as s:
            ids = [i for i, _ in hits]
            # filtered here: with the project in the WHERE clause SQLite walks the project's index instead
            rows = s.execute(select(Chunk.id, Chunk.project_id).where(Chunk.id.in_(ids)))
            allowed = {chunk_id for chunk_id, owner in rows if owner == project_id}
        mine = [(i, score) for i, score in hits if i in allowed]
        if len(mine) >= wanted or fetch >= len(index):
            return mine[:wanted]
        fetch *= 8


def fuse(*rankings: list[tuple[int, float]]) -> dict[int, float]:
    """Reciprocal-rank fusion of ranked id lists."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (chunk_id, _) in enumerate(ranking, start=1):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
    return fused


def _vector_halves() -> ThreadPoolExecutor:
    """This process's threads for vector halves (made again after a fork: a forked child has none of them)."""
    global _pool
    with _pool_lock:
        if _pool is None or _pool[0] != os.getpid():
            _pool = (os.getpid(), ThreadPoolExecutor(max_workers=4, thread_name_prefix="memory-vectors"))
        return _pool[1]


def search(query: str, project: str | None = None, k: int = 8) -> list[dict[str, Any]]:
    """The k best chunks for a query with fused, semantic and keyword scores and their metadata.

    The vector half runs on another thread while this one runs the keyword half: FAISS, SQLite and a PostgreSQL
    socket all release the GIL, so on two cores a search costs about its longer half, not both (issue 32: at a
    million chunks the vector half is ~17 ms and the keyword half ~5, ~25 when it counts a word's rows)."""
    with read_scope() as s:
        project_id = None
        if project:
            from pipeline.memory.projects import get_project

            project_id = get_project(s, project).id
        vectors = _vector_halves().submit(semantic_hits, query, project_id, k)
        keyword = keyword_hits(s, query, project_id, k * 3)
    semantic = vectors.result()
    fused = fuse(semantic, keyword)
    cos, bm = dict(semantic), dict(keyword)
    ranked = sorted(fused, key=lambda i: (-fused[i], i))
    rows = _chunk_rows(ranked, k)
    out = []
    for chunk_id in ranked:
        if chunk_id in rows:  # an id FAISS still holds but the database does not is ignored
            out.append(
                {
                    **rows[chunk_id],
                    "score": round(fused[chunk_id], 6),
                    "semantic": cos.get(chunk_id),
                    "keyword": bm.get(chunk_id),
                }
            )
        if len(out) >= k:
            break
    return out


_ROW_COLUMNS = (
    Chunk.id,
    Chunk.text,
    Project.slug,
    Document.source,
    Document.object_type,
    Document.external_id,
    Document.title,
    Document.author,
    Document.url,
    Document.private,
    Document.id.label("document_id"),
    Document.source_updated_at,
    Document.source_created_at,
)


def _chunk_rows(ids: list[int], k: int) -> dict[int, dict[str, Any]]:
    """Rows of the best `k` ids (more only when some of them are gone from the database), plain columns."""
    settings = get_settings()
    found: dict[int, dict[str, Any]] = {}
    start, size = 0, k
    while start < len(ids) and len(found) < k:
        query = (
            select(*_ROW_COLUMNS)
            .join(Document, Document.id == Chunk.document_id)
            .join(Project, Project.id == Chunk.project_id)
            .where(Chunk.id.in_(ids[start : start + size]))
        )
        with read_scope() as s:
            rows = s.execute(query).all()
        for row in rows:
            when = row.source_updated_at or row.source_created_at
            found[row.id] = {
                "chunk_id": row.id,
                "text": row.text,
                "project": row.slug,
                "source": row.source,
                "object_type": row.object_type,
                "external_id": row.external_id,
                "title": row.title,
                "author": row.author,
                "url": row.url,
                "private": row.private,
                "document_id": row.document_id,
                "time": when.isoformat() if when else None,
                "demo": settings.is_demo(row.source),
            }
        start, size = start + size, len(ids)
    return found
