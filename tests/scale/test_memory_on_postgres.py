"""Project memory on PostgreSQL: keyword search by full-text search over the GIN index, word forms included, and\nonly the newest matches ranked."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pipeline.config import reset_settings
from pipeline.db import read_scope, session_scope
from pipeline.memory import store
from pipeline.memory.build import build_memory
from pipeline.memory.chunking import content_hash
from pipeline.memory.projects import ensure_project
from pipeline.memory.search import keyword_hits
from pipeline.models.memory import Chunk, Document
from pipeline.text.lemmas import index_text

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
                    "WHERE c.terms_tsv @@ q"
                )
            ).scalars()
        )
    assert "ix_memory_chunks_terms_tsv" in plan


def _chunks(s, project_id: int, texts: list[str]) -> list[int]:  # type: ignore[no-untyped-def]
    """Chunks as a build stores them (terms included), in this order: later ones are newer."""
    ids = []
    for body in texts:
        document = Document(
            project_id=project_id,
            source="chatwoot",
            object_type="message",
            external_id=f"m:{content_hash(body)}",
            content=body,
            content_hash=content_hash(body),
        )
        s.add(document)
        s.flush()
        chunk = Chunk(
            document_id=document.id,
            project_id=project_id,
            position=0,
            text=body,
            terms=index_text(body),
            content_hash=content_hash(body),
        )
        s.add(chunk)
        s.flush()
        ids.append(chunk.id)
    return ids


def test_postgres_ranks_only_the_newest_matches_and_reaches_back_for_rare_words(pg, monkeypatch) -> None:
    """The keyword window on PostgreSQL: a common word is ranked over its newest MIRANO_MEMORY_KEYWORD_WINDOW
    matches only (an older, better match is not ranked), a word only old chunks hold is still found, and a
    project's matches are counted in its own window."""
    with session_scope() as s:
        alfa, beta = ensure_project(s, "alfa").id, ensure_project(s, "beta").id
        best_old = _chunks(s, alfa, ["смета смета смета крыша"])[0]
        beta_old = _chunks(s, beta, ["смета для беты"])[0]
        newer = _chunks(s, alfa, [f"смета номер {i} и другие слова" for i in range(60)])
    with read_scope() as s:
        everything = keyword_hits(s, "смета", None, 3)
    assert everything[0][0] == best_old  # every match ranked: the chunk saying it three times is first
    monkeypatch.setenv("MIRANO_MEMORY_KEYWORD_WINDOW", "4")
    reset_settings()
    with read_scope() as s:
        assert {i for i, _ in keyword_hits(s, "смета", None, 3)} <= set(newer[-4:])  # the newest four ranked
        assert [i for i, _ in keyword_hits(s, "крыши", None, 3)] == [best_old]  # older than the first span
        assert [i for i, _ in keyword_hits(s, "смета", beta, 3)] == [beta_old]  # beta's own newest match
