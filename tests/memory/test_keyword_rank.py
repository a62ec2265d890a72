"""SQLite keyword ranking in Python gives FTS5's own bm25 scores and order, and sees the corpus change."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import event, text

from pipeline.config import get_settings
from pipeline.db import get_engine, read_scope, session_scope
from pipeline.memory.build import build_memory
from pipeline.memory.projects import ensure_project
from pipeline.memory.search import fts_expression, keyword_hits
from pipeline.models.memory import Document
from pipeline.text.lemmas import index_text

TEXTS = [
    "Смета по фасаду готова, смета по кровле завтра.",
    "Смета по фасаду.",
    "Фасад красим в мае, кровлю в июне, окна в июле, и ещё смета на двери и фасад двора.",
    "Ёлка у фасада; café и cafe — одно слово для поиска.",
    "Cafe menu invoice 42 overdue, invoice 43 too.",
    "Окна поставят в июле.",
]
BM25 = (
    "SELECT f.rowid, bm25(memory_chunks_fts) FROM memory_chunks_fts f WHERE memory_chunks_fts MATCH :q "
    "ORDER BY 2, 1 LIMIT :n"
)


def _add(texts: list[str], project: str = "p") -> None:
    now = datetime.now(UTC)
    with session_scope() as s:
        owner = ensure_project(s, project).id
        start = s.scalar(text("SELECT count(*) FROM memory_documents")) or 0
        for n, body in enumerate(texts, start):
            s.add(
                Document(
                    project_id=owner,
                    source="chatwoot",
                    object_type="message",
                    external_id=f"message:{n}",
                    content=body,
                    content_hash=str(n),
                    source_created_at=now,
                )
            )
    assert build_memory(100).chunks == len(texts)


def _both(query: str) -> tuple[list, list]:
    with read_scope() as s:
        ours = keyword_hits(s, query, None, 10)
        theirs = s.execute(text(BM25), {"q": fts_expression(query), "n": 10}).all()
    return ours, [(int(i), float(score)) for i, score in theirs]


def test_scores_and_order_are_fts5_bm25s_and_follow_new_chunks(db) -> None:
    _add(TEXTS)
    for query in ("смета фасад", "смету", "кафе cafe", "café", "елка", "invoice окна июль", "нет такого"):
        ours, theirs = _both(query)
        assert [i for i, _ in ours] == [i for i, _ in theirs], query
        for (_, mine), (_, fts) in zip(ours, theirs, strict=True):
            assert abs(mine - fts) <= 1e-9 * max(1.0, abs(fts)), query
    before = dict(_both("смета")[0])
    _add(["Смета, смета и ещё раз смета."] * 3)  # the word gets commoner: every older chunk scores lower
    ours, theirs = _both("смета")
    assert [i for i, _ in ours] == [i for i, _ in theirs]
    assert all(abs(a - b) <= 1e-9 for (_, a), (_, b) in zip(ours, theirs, strict=True))
    after = dict(ours)
    assert all(after[i] > before[i] for i in before)  # bm25 is negative: higher is a weaker match


def test_counts_follow_an_edit_that_keeps_the_index_totals(db) -> None:
    """An edited chunk replaced by one of as many words leaves FTS5's totals (its averages record) as they were;
    the counts kept between searches must still see that one row no longer holds «смета» and one more holds «окно»."""
    _add(TEXTS)
    _both("смета окна")  # both words' row counts are kept now
    with session_scope() as s:
        doc = s.query(Document).filter(Document.content == "Смета по фасаду.").one()
        doc.content, doc.content_hash = "Окна по фасаду.", "edited"
    assert build_memory(100).chunks == 1
    for query in ("смета", "окна", "смета окна"):
        ours, theirs = _both(query)
        assert [i for i, _ in ours] == [i for i, _ in theirs], query
        assert all(abs(a - b) <= 1e-9 for (_, a), (_, b) in zip(ours, theirs, strict=True)), query


def test_a_build_that_only_adds_chunks_keeps_the_counts_without_counting_a_word_again(db) -> None:
    """After a build that only adds chunks, a word searched before is not counted over the whole index again
    (only the new chunks holding it are), and the scores stay bm25()'s; after a deletion it is counted again."""
    _add(TEXTS)
    _both("смета фасад")
    _add(["Смета на окна.", "Фасад и смета."])
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = get_engine(get_settings().resolved_database_url)
    event.listen(engine, "before_cursor_execute", seen)
    try:
        ours, theirs = _both("смета фасад")
        whole = [q for q in statements if "memory_chunks_vocab" in q or ("MATCH" in q and "count(*)" in q)]
        assert whole and all("rowid > " in q for q in whole), whole  # only the new chunks were looked through
        assert [i for i, _ in ours] == [i for i, _ in theirs]
        assert all(abs(a - b) <= 1e-9 for (_, a), (_, b) in zip(ours, theirs, strict=True))
        with session_scope() as s:
            s.execute(text("DELETE FROM memory_chunks WHERE text = 'Фасад и смета.'"))
        statements.clear()
        ours, theirs = _both("смета фасад")
        assert any("memory_chunks_vocab" in q for q in statements)  # counted whole again
        assert [i for i, _ in ours] == [i for i, _ in theirs]
        assert all(abs(a - b) <= 1e-9 for (_, a), (_, b) in zip(ours, theirs, strict=True))
        _both("кровля")  # a rarer word, counted now
        with (
            session_scope() as s
        ):  # rewritten in place: as many rows, no new id, one more chunk holds «кровля»
            rewrite = text("UPDATE memory_chunks SET terms = :t WHERE text = 'Окна поставят в июле.'")
            assert s.execute(rewrite, {"t": index_text("кровля")}).rowcount == 1
        ours, theirs = _both("кровля")
        assert [i for i, _ in ours] == [i for i, _ in theirs]
        assert all(abs(a - b) <= 1e-9 for (_, a), (_, b) in zip(ours, theirs, strict=True))
    finally:
        event.remove(engine, "before_cursor_execute", seen)
