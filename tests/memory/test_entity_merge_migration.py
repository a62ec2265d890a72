"""Migration 0009 on entities stored by the old extraction: one sentence's two risks become one risk with both
tags, a commitment seen in two sources one commitment with two sources; the person's decision and actions kept."""

from __future__ import annotations

from sqlalchemy import text

from pipeline.db import get_engine
from pipeline.migrate import upgrade
from pipeline.service import memory as service

SENTENCE = "Поставщик задерживает поставку, клиент недоволен сроками."
OLD_ROWS = [  # id, kind, subtype, key, text, confidence, status, status_by, chunk
    (1, "risk", "deadline_slip", "risk:deadline_slip:поставк поставщик", SENTENCE, 0.8, "active", "gate", 1),
    (
        2,
        "risk",
        "unhappy_client",
        "risk:unhappy_client:клиент недовол срок",
        SENTENCE,
        0.75,
        "active",
        "kate",
        1,
    ),
    (
        3,
        "commitment",
        "send",
        "commitment:send:смет этап",
        "Пришлём смету по этапу до пятницы.",
        0.85,
        "active",
        "gate",
        1,
    ),
    (
        4,
        "commitment",
        "send",
        "commitment:send:перв смет этап",
        "Прислать смету по первому этапу",
        0.7,
        "proposed",
        "gate",
        2,
    ),
    (5, "commitment", "send", "commitment:send:договор", "Пришлём договор.", 0.85, "active", "gate", 2),
]


def test_duplicates_merge_into_one_entity_each(_isolated_env: None) -> None:
    upgrade("0008")
    with get_engine().begin() as conn:
        run = conn.execute
        run(
            text(
                "INSERT INTO memory_projects (id, slug, name, active, created_at) VALUES (1, 'p', 'P', 1, '2026-12-01')"
            )
        )
        for doc, source in ((1, "chatwoot"), (2, "linear")):
            run(
                text(
                    "INSERT INTO memory_documents (id, project_id, source, object_type, external_id, content, "
                    "content_hash, private, meta, imported_at, updated_at, version) VALUES "
                    "(:id, 1, :source, 'message', :ext, 'x', :hash, 0, '{}', '2026-12-01', '2026-12-01', 1)"
                ),
                {"id": doc, "source": source, "ext": f"message:{doc}", "hash": f"h{doc}"},
            )
            run(
                text(
                    "INSERT INTO memory_chunks (id, document_id, project_id, position, text, content_hash, "
                    "embed_status, embed_attempts, created_at) VALUES (:id, :id, 1, 0, 'x', :hash, 'embedded', 0, "
                    "'2026-12-01')"
                ),
                {"id": doc, "hash": f"h{doc}"},
            )
        for id_, kind, subtype, key, quote, confidence, status, by, chunk in OLD_ROWS:
            run(
                text(
                    "INSERT INTO memory_entities (id, project_id, kind, subtype, key, text, confidence, status, "
                    "status_by, seen_count, extractor, first_seen_at, last_seen_at) VALUES (:id, 1, :kind, "
                    ":subtype, :key, :text, :confidence, :status, :by, 1, 'offline', '2026-12-01', '2026-12-01')"
                ),
                {
                    "id": id_,
                    "kind": kind,
                    "subtype": subtype,
                    "key": key,
                    "text": quote,
                    "confidence": confidence,
                    "status": status,
                    "by": by,
                },
            )
            run(
                text(
                    "INSERT INTO memory_entity_chunks (entity_id, chunk_id, quote, created_at) VALUES (:e, :c, :q, '2026-12-01')"
                ),
                {"e": id_, "c": chunk, "q": quote},
            )
    upgrade()
    found = {e["id"]: e for e in service.entities("p")}
    assert sorted(found) == [2, 3, 5]  # the risk kate decided on is kept; the reworded commitment joined #3
    assert found[2]["tags"] == ["unhappy_client", "deadline_slip"] and found[2]["seen_count"] == 2
    assert sorted(c["source"] for c in found[3]["chunks"]) == [
        "chatwoot",
        "linear",
    ]  # one commitment, two sources
    assert found[5]["tags"] == ["send"]  # a different commitment stays apart
