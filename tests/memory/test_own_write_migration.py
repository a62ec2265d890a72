"""Migration 0016 on data imported before own writes were left out: Mirano's echoed notes are marked as its own and
the entities made only from them retired, while what a person decided, or wrote themselves, stays."""

from __future__ import annotations

import json

from sqlalchemy import text

from pipeline.db import get_engine
from pipeline.migrate import upgrade

DOCS = [  # id, source, external id, content: the applied note by its id, an echo by its marker, a person's message
    (1, "attio", "note:n-1", "Риск: срыв сроков — поставщик задерживает поставку"),
    (2, "attio", "note:n-2", "Риск: клиент недоволен [mirano:attio_note:1:9]"),
    (3, "chatwoot", "message:7", "Поставщик задерживает поставку, клиент недоволен."),
]
ENTITIES = [  # id, status, status_by, chunks (= documents) it was seen in
    (1, "active", "gate", (1,)),  # made from the echo alone: retired
    (2, "active", "gate", (2,)),  # from the marked echo alone: retired
    (3, "active", "kate", (1,)),  # kate promoted it: her decision stands
    (4, "active", "gate", (1, 3)),  # also in the client's own words: real evidence, kept
    (5, "proposed", "gate", (3,)),  # nothing to do with echoes
]


def test_echoes_are_marked_and_only_their_own_entities_retired(_isolated_env: None) -> None:
    upgrade("0015")  # the revision before the echoes are marked
    with get_engine().begin() as conn:
        run = conn.execute
        run(
            text(
                "INSERT INTO memory_projects (id, slug, name, active, created_at) VALUES (1, 'p', 'P', 1, '2026-12-01')"
            )
        )
        for doc, source, external, content in DOCS:
            run(
                text(
                    "INSERT INTO memory_documents (id, project_id, source, object_type, external_id, content, "
                    "content_hash, private, meta, imported_at, updated_at, version) VALUES (:id, 1, :source, "
                    "'note', :ext, :content, :hash, 0, '{}', '2026-12-01', '2026-12-01', 1)"
                ),
                {"id": doc, "source": source, "ext": external, "content": content, "hash": f"h{doc}"},
            )
            run(
                text(
                    "INSERT INTO memory_chunks (id, document_id, project_id, position, text, content_hash, "
                    "embed_status, embed_attempts, created_at) VALUES (:id, :id, 1, 0, 'x', :hash, 'embedded', 0, "
                    "'2026-12-01')"
                ),
                {"id": doc, "hash": f"h{doc}"},
            )
        for id_, status, by, chunk_ids in ENTITIES:
            run(
                text(
                    "INSERT INTO memory_entities (id, project_id, kind, subtype, key, text, confidence, status, "
                    "status_by, seen_count, extractor, first_seen_at, last_seen_at) VALUES (:id, 1, 'risk', "
                    "'deadline_slip', :key, 'x', 0.8, :status, :by, 1, 'offline', '2026-12-01', '2026-12-01')"
                ),
                {"id": id_, "key": f"k{id_}", "status": status, "by": by},
            )
            for chunk in chunk_ids:
                run(
                    text(
                        "INSERT INTO memory_entity_chunks (entity_id, chunk_id, quote, created_at) "
                        "VALUES (:e, :c, 'x', '2026-12-01')"
                    ),
                    {"e": id_, "c": chunk},
                )
        run(
            text(
                "INSERT INTO memory_actions (id, project_id, entity_id, kind, target, title, payload, status, "
                "idempotency_key, result, created_at) VALUES (1, 1, 4, 'attio_note', 'attio companies:c', 't', "
                "'{}', 'applied', 'attio_note:1:4', :result, '2026-12-01')"
            ),
            {"result": json.dumps({"note": {"note_id": "n-1"}})},
        )
    upgrade()
    with get_engine().connect() as conn:
        marked = dict(conn.execute(text("SELECT id, meta FROM memory_documents")).all())
        found = {
            i: (s, b) for i, s, b in conn.execute(text("SELECT id, status, status_by FROM memory_entities"))
        }
    own = {doc for doc, meta in marked.items() if json.loads(meta).get("own_write")}
    assert own == {1, 2}  # by the applied action's note id, and by the marker
    assert found == {
        1: ("dismissed", "own write"),
        2: ("dismissed", "own write"),
        3: ("active", "kate"),
        4: ("active", "gate"),
        5: ("proposed", "gate"),
    }
