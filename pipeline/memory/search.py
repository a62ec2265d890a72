"""Search project memory: FAISS cosine and keyword search (SQLite FTS5 bm25 or PostgreSQL full-text), merged by
reciprocal-rank fusion."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pipeline import dialect
from pipeline.config import get_settings
from pipeline.db import read_scope
from pipeline.memory import store
from pipeline.memory.embedders import get_embedder
from pipeline.models.memory import Chunk, Document, Project

RRF_K = 60  # the usual reciprocal-rank-fusion constant: rank 1 scores 1/61
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # words as FTS5 unicode61 splits them


def keyword_stems(query: str) -> list[str]:
    """The query's words, each cut to a stem that its other forms share (смету/смета, delays/delayed)."""
    stems = []
    for word in dict.fromkeys(w.lower() for w in _WORD.findall(query)):
        if len(word) >= 2:
            stems.append(word[: max(4, len(word) - 2)] if len(word) >= 5 else word)
    return stems


def index_keywords(s: Session, first_id: int, last_id: int) -> None:
    """Add chunks first_id..last_id (just inserted) to the FTS5 index in one statement (SQLite only)."""
    sql = dialect.keyword_index_sql(s)
    if sql is not None:
        s.execute(text(sql), {"first": first_id, "last": last_id})


def keyword_hits(s: Session, query: str, project_id: int | None, limit: int) -> list[tuple[int, float]]:
    """(chunk id, score) best first: SQLite FTS5 bm25, or PostgreSQL full-text search over the same stems."""
    stems = keyword_stems(query)
    if not stems:
        return []
    sql, expression = dialect.keyword_search_sql(s, stems, by_project=bool(project_id))
    rows = s.execute(text(sql), {"q": expression, "p": project_id, "n": limit}).all()
    return [(int(r[0]), float(r[1])) for r in rows]


def semantic_hits(query: str, project_id: int | None, k: int) -> list[tuple[int, float]]:
    """(chunk id, cosine) best first from FAISS, up to 3k of them.

    With a project filter the search widens (4x, then 8x as far again…) until enough of the hits belong to the
    project or the whole index was searched, so its cost follows the share of the project, not the corpus size.
    """
    embedder = get_embedder()
    index = store.open_index(embedder)
    if not len(index):
        return []
    vector = embedder.embed([query])[0]
    wanted, fetch = k * 3, k * 3
    while True:
        hits = index.search(vector, min(len(index), fetch))
        if project_id is None:
            return hits
        with read_scope() as s:
            ids = [i for i, _ in hits]
            allowed = set(
                s.scalars(select(Chunk.id).where(Chunk.id.in_(ids), Chunk.project_id == project_id))
            )
        mine = [(i, score) for i, score in hits if i in allowed]
        if len(mine) >= wanted or fetch >= len(index):
            return mine[:wanted]
        fetch *= 4 if fetch == wanted else 8


def fuse(*rankings: list[tuple[int, float]]) -> dict[int, float]:
    """Reciprocal-rank fusion of ranked id lists."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (chunk_id, _) in enumerate(ranking, start=1):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
    return fused


def search(query: str, project: str | None = None, k: int = 8) -> list[dict[str, Any]]:
    """The k best chunks for a query with fused, semantic and keyword scores and their metadata."""
    with read_scope() as s:
        project_id = None
        if project:
            from pipeline.memory.projects import get_project

            project_id = get_project(s, project).id
        keyword = keyword_hits(s, query, project_id, k * 3)
    semantic = semantic_hits(query, project_id, k)
    fused = fuse(semantic, keyword)
    cos, bm = dict(semantic), dict(keyword)
    ranked = sorted(fused, key=lambda i: (-fused[i], i))
    rows = _chunk_rows(ranked)
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


def _chunk_rows(ids: list[int]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    settings = get_settings()
    query = (
        select(Chunk, Document, Project.slug)
        .join(Document, Document.id == Chunk.document_id)
        .join(Project, Project.id == Chunk.project_id)
        .where(Chunk.id.in_(ids))
    )
    with read_scope() as s:
        rows = s.execute(query).all()
    return {
        chunk.id: {
            "chunk_id": chunk.id,
            "text": chunk.text,
            "project": slug,
            "source": doc.source,
            "object_type": doc.object_type,
            "external_id": doc.external_id,
            "title": doc.title,
            "author": doc.author,
            "url": doc.url,
            "private": doc.private,
            "document_id": doc.id,
            "time": (doc.source_updated_at or doc.source_created_at).isoformat()
            if (doc.source_updated_at or doc.source_created_at)
            else None,
            "demo": settings.is_demo(doc.source),
        }
        for chunk, doc, slug in rows
    }
