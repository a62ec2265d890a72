"""Keyword search on lemmas: the forms of a word find the same chunks, a word that only shares a prefix does not,
and migration 0022 moves stored chunks and dedupe keys over without losing or duplicating anything."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from pipeline.db import get_engine, read_scope, session_scope
from pipeline.memory.build import build_memory
from pipeline.memory.extract import extract_memory
from pipeline.memory.projects import ensure_project
from pipeline.memory.search import fts_expression, keyword_hits
from pipeline.migrate import upgrade
from pipeline.models.memory import Document, Entity
from pipeline.service import memory as service
from pipeline.text.lemmas import term

TEXTS = {
    "estimate": "Ирина, смета по фасаду будет готова завтра.",
    "sour_cream": "Купите сметану к обеду, пожалуйста.",
    "delay_noun": "Задержка поставки окон на две недели.",
    "delay_verb": "Поставщик задержал окна, монтаж сдвигается.",
    "delay_en": "The windows were delayed again by the supplier.",
    "invoice": "Invoice 42 is overdue.",
}


def _hits(query: str) -> set[str]:
    with read_scope() as s:
        ids = {chunk_id for chunk_id, _ in keyword_hits(s, query, None, 20)}
        rows = s.execute(
            text(
                "SELECT c.id, d.external_id FROM memory_chunks c JOIN memory_documents d "
                "ON d.id = c.document_id"
            )
        ).all()
    return {external.split(":")[1] for chunk_id, external in rows if chunk_id in ids}


def test_forms_of_a_word_find_the_same_chunks_and_a_shared_prefix_does_not(db) -> None:
    now = datetime.now(UTC)
    with session_scope() as s:
        project = ensure_project(s, "p").id
        for name, body in TEXTS.items():
            s.add(
                Document(
                    project_id=project,
                    source="chatwoot",
                    object_type="message",
                    external_id=f"message:{name}",
                    content=body,
                    content_hash=name,
                    source_created_at=now,
                )
            )
    assert build_memory(100).chunks == len(TEXTS)
    for query in ("смета", "смету", "сметы", "сметой"):
        assert _hits(query) == {"estimate"}, query  # «сметана» shares the prefix «смет», not the word
    assert _hits("сметана") == {"sour_cream"}
    assert _hits("задержка") == _hits("задержали") == _hits("задерживают") == {"delay_noun", "delay_verb"}
    assert _hits("delay") == _hits("delays") == _hits("delayed") == _hits("delaying") == {"delay_en"}
    assert _hits("invoices") == {"invoice"} and _hits("42") == {"invoice"}
    assert fts_expression("смету по фасаду") == '"смет" OR "по" OR "фасад"'
    found = service.relevant_search("сметы", project="p")
    assert found["hits"][0]["matched"] == ["смета"]  # what the page puts in bold


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("смета", "смету", "сметами"), True),
        (("смета", "сметана"), False),
        (("задержка", "задержали", "задерживать"), True),
        (("оплата", "оплатим"), True),
        (("delay", "delays", "delayed", "delaying"), True),
        (("stop", "stopped", "stops"), True),
        (("estimate", "estimates", "estimated"), True),
        (("address", "status"), False),  # not plurals: kept whole, and not one word
    ],
)
def test_one_term_for_the_forms_of_a_word(words: tuple[str, ...], same: bool) -> None:
    assert (len({term(w) for w in words}) == 1) is same
    assert term("address") == "address" and term("status") == "status"


def _insert(conn, sql: str, **values) -> None:  # type: ignore[no-untyped-def]
    conn.execute(text(sql), values)


OLD = [  # entity id, old dedupe key (6-letter stems of before 0022), quote, chunk
    (1, "commitment:send:догово фасад", "Пришлём договор по фасаду до пятницы.", 1),
    (2, "commitment:pay:оплат счет", "Оплата счёта до пятницы.", 2),
    (3, "commitment:pay:оплати счет", "Оплатим счёт до пятницы.", 3),
]


def test_migration_0022_indexes_lemmas_and_rekeys_entities_without_duplicates(_isolated_env: None) -> None:
    upgrade("0019")
    with get_engine().begin() as conn:
        _insert(
            conn,
            "INSERT INTO memory_projects (id, slug, name, active, created_at) "
            "VALUES (1, 'p', 'P', 1, '2026-12-01')",
        )
        for entity_id, key, quote, chunk in OLD:
            _insert(
                conn,
                "INSERT INTO memory_documents (id, project_id, source, object_type, external_id, content, "
                "content_hash, private, meta, imported_at, updated_at, version) VALUES (:id, 1, 'chatwoot', "
                "'message', :ext, :text, :hash, 0, '{}', '2026-12-01', '2026-12-01', 1)",
                id=chunk,
                ext=f"message:{chunk}",
                text=quote,
                hash=f"h{chunk}",
            )
            _insert(
                conn,
                "INSERT INTO memory_chunks (id, document_id, project_id, position, text, content_hash, "
                "embed_status, embed_attempts, created_at, extracted_at) VALUES (:id, :id, 1, 0, :text, :hash, "
                "'embedded', 0, '2026-12-01', '2026-12-01')",
                id=chunk,
                text=quote,
                hash=f"h{chunk}",
            )
            _insert(
                conn,
                "INSERT INTO memory_entities (id, project_id, kind, subtype, key, text, confidence, status, "
                "status_by, seen_count, extractor, first_seen_at, last_seen_at) VALUES (:id, 1, 'commitment', "
                ":subtype, :key, :text, 0.85, 'active', 'gate', 1, 'offline', '2026-12-01', '2026-12-01')",
                id=entity_id,
                subtype=key.split(":")[1],
                key=key,
                text=quote,
            )
            _insert(
                conn,
                "INSERT INTO memory_entity_chunks (entity_id, chunk_id, quote, created_at) "
                "VALUES (:e, :c, :q, '2026-12-01')",
                e=entity_id,
                c=chunk,
                q=quote,
            )
        # the same promise again in a chunk not read yet: after the upgrade it must join entity 1
        _insert(
            conn,
            "INSERT INTO memory_chunks (id, document_id, project_id, position, text, content_hash, embed_status, "
            "embed_attempts, created_at) VALUES (4, 1, 1, 1, 'Пришлём договоры по фасаду до пятницы.', 'h4', "
            "'embedded', 0, '2026-12-01')",
        )
    upgrade()
    with get_engine().begin() as conn:
        match = "SELECT rowid FROM memory_chunks_fts WHERE memory_chunks_fts MATCH :q ORDER BY rowid"
        assert conn.execute(text(match), {"q": '"договор"'}).scalars().all() == [
            1,
            4,
        ]  # rebuilt from the chunks
        assert conn.execute(text(match), {"q": '"оплат"'}).scalars().all() == [2, 3]
    with read_scope() as s:
        keys = dict(s.execute(select(Entity.id, Entity.key)).all())
    # the two wordings of one payment were two entities under the old stems; now one, with both chunks
    assert keys == {1: "commitment:send:договор фасад", 2: "commitment:pay:оплат счет"}
    result = extract_memory(10)
    assert (result.chunks, result.created) == (1, 0)  # chunk 4 found entity 1 under its new key
    with read_scope() as s:
        assert s.scalar(select(Entity.seen_count).where(Entity.id == 1)) == 2
        assert len(s.scalars(select(Entity)).all()) == 2
