"""own-write echoes: documents that were Mirano's own writes coming back are marked, their entities retired

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 03:00:00

Before syncs left out what Mirano itself wrote into a vendor, an applied Attio note (or a Linear issue Mirano
created) came back on the next import as a document, and extraction made a new risk or commitment from it: a loop
that invented evidence. This mends the stored data: a document whose vendor id is one an applied action produced,
or whose text carries Mirano's marker "[mirano:", gets `meta.own_write = true`; an entity whose every supporting
chunk comes from such documents is dismissed with `status_by = "own write"`, unless a person decided on it (a
`status_by` other than the gate's), which is kept as it is. Nothing is deleted, so the downgrade only clears the
mark and brings the retired entities back to the gate's decision.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

MARKER = "[mirano:"
RETIRED_BY = "own write"

documents = sa.table(
    "memory_documents",
    sa.column("id", sa.Integer),
    sa.column("source", sa.String),
    sa.column("external_id", sa.String),
    sa.column("content", sa.Text),
    sa.column("meta", sa.JSON),
)
actions = sa.table(
    "memory_actions",
    sa.column("kind", sa.String),
    sa.column("status", sa.String),
    sa.column("payload", sa.JSON),
    sa.column("result", sa.JSON),
)
chunks = sa.table("memory_chunks", sa.column("id", sa.Integer), sa.column("document_id", sa.Integer))
links = sa.table(
    "memory_entity_chunks", sa.column("entity_id", sa.Integer), sa.column("chunk_id", sa.Integer)
)
entities = sa.table(
    "memory_entities",
    sa.column("id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("status_by", sa.String),
)


def own_ids(conn: Any) -> set[tuple[str, str]]:
    """(source, external id) of everything an applied action wrote, as the syncs store them."""
    found = set()
    rows = conn.execute(
        sa.select(actions.c.kind, actions.c.payload, actions.c.result).where(actions.c.status != "suggested")
    )
    for kind, payload, result in rows:
        if kind == "linear_issue":
            issue = ((payload or {}).get("variables") or {}).get("input") or {}
            if issue.get("id"):
                found.add(("linear", f"issue:{issue['id']}"))
        elif kind == "attio_note" and (note := ((result or {}).get("note") or {}).get("note_id")):
            found.add(("attio", f"note:{note}"))
    return found


def upgrade() -> None:
    conn = op.get_bind()
    own = own_ids(conn)
    echoes = []
    for doc_id, source, external_id, content, meta in conn.execute(
        sa.select(
            documents.c.id, documents.c.source, documents.c.external_id, documents.c.content, documents.c.meta
        )
    ):
        if (source, external_id) in own or MARKER in (content or ""):
            echoes.append(doc_id)
            conn.execute(
                documents.update()
                .where(documents.c.id == doc_id)
                .values(meta={**(meta or {}), "own_write": True})
            )
    if not echoes:
        return
    echo_chunks = sa.select(chunks.c.id).where(chunks.c.document_id.in_(echoes))
    other_chunks = sa.select(chunks.c.id).where(chunks.c.document_id.not_in(echoes))
    from_echoes = sa.select(links.c.entity_id).where(links.c.chunk_id.in_(echo_chunks))
    elsewhere = sa.select(links.c.entity_id).where(links.c.chunk_id.in_(other_chunks))
    conn.execute(
        entities.update()
        .where(
            entities.c.id.in_(from_echoes),
            entities.c.id.not_in(elsewhere),  # also seen in a person's own words: real evidence, kept
            entities.c.status_by == "gate",  # a person's promote or dismiss stands
        )
        .values(status="dismissed", status_by=RETIRED_BY)
    )


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(
        entities.update()
        .where(entities.c.status_by == RETIRED_BY)
        .values(status="proposed", status_by="gate")
    )
    for doc_id, meta in conn.execute(sa.select(documents.c.id, documents.c.meta)):
        if (meta or {}).get("own_write"):
            rest = {k: v for k, v in meta.items() if k != "own_write"}
            conn.execute(documents.update().where(documents.c.id == doc_id).values(meta=rest))
