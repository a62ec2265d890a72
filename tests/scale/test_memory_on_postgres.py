"""Project memory on PostgreSQL: keyword search by full-text search over the GIN index, word forms included."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pipeline.db import read_scope, session_scope
from pipeline.memory import store
from pipeline.memory.build import build_memory
from pipeline.memory.chunking import content_hash
from pipeline.memory.projects import ensure_project
from pipeline.memory.search import keyword_hits
from pipeline.models.memory import Chunk, Document

pytestmark = pytest.mark.postgres

TEXTS = {
    "alfa": [
        "Пришлём смету до пятницы",
        "Смета готова: смету отправили, смете нужна подпись",
        "Созвон перенесли",
    ],
    "beta": ["Обсудили смету фасада", "Send the invoice_draft by Monday"],
}


def test_keyword_search_on_postgres_finds_word_forms_ranks_and_filters(pg) -> None:
    store.forget_indexes()
    with session_scope() as s:
        for slug, texts in TEXTS.items():
            project = ensure_project(s, slug)
            s.add_all(
                Document(
                    project_id=project.id,
                    source="chatwoot",
                    object_type="message",
                    external_id=f"{slug}:{i}",
                    content=body,
                    content_hash=content_hash(body),
                )
                for i, body in enumerate(texts)
            )
    assert build_memory(100).chunks == 5
    with read_scope() as s:
        ids = {c.text: c.id for c in s.query(Chunk)}
        alfa = ensure_project(s, "alfa").id
        hits = keyword_hits(s, "смета", None, 10)
        assert [ids[t] for t in (TEXTS["alfa"][1],)] == [hits[0][0]]  # three forms of the word rank first
        assert {i for i, _ in hits} == {ids[TEXTS["alfa"][0]], ids[TEXTS["alfa"][1]], ids[TEXTS["beta"][0]]}
        assert {i for i, _ in keyword_hits(s, "сметы", alfa, 10)} == {
            ids[TEXTS["alfa"][0]],
            ids[TEXTS["alfa"][1]],
        }
        assert [i for i, _ in keyword_hits(s, "invoice", None, 10)] == [ids[TEXTS["beta"][1]]]
        assert keyword_hits(s, "что-то: & | ! 'x'", None, 10) == []  # query syntax in the words is inert
        s.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: make the planner show the index
        plan = "\n".join(
            s.execute(
                text(
                    "EXPLAIN SELECT c.id FROM memory_chunks c, to_tsquery('simple', 'смет') q "
                    "WHERE to_tsvector('simple', c.terms) @@ q"
                )
            ).scalars()
        )
    assert "ix_memory_chunks_terms_tsv" in plan
