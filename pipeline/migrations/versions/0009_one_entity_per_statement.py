"""one entity per statement: memory_entities.tags, and existing duplicates merged

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 03:00:00

A sentence that was both a deadline slip and an unhappy client used to be two risks (one per subtype), and the
same commitment worded a little differently in two sources two commitments. Now each is one entity: a risk carries
all its subtypes in `tags`, and a statement seen in two sources has two chunk links. This migration adds the column
and merges what earlier extraction stored twice: risks quoting the same sentence of the same chunk, and entities of
one kind and subtype whose content words mostly agree (the rule `pipeline.memory.extract.similar` applies to new
ones). The kept entity is the one a person decided on, else the most confident; it takes the others' chunk links,
tags, sightings and suggested actions.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ENTITIES = sa.table(
    "memory_entities",
    sa.column("id", sa.Integer),
    sa.column("project_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("subtype", sa.String),
    sa.column("tags", sa.JSON),
    sa.column("key", sa.String),
    sa.column("text", sa.Text),
    sa.column("confidence", sa.Float),
    sa.column("status_by", sa.String),
    sa.column("seen_count", sa.Integer),
    sa.column("first_seen_at", sa.DateTime),
    sa.column("last_seen_at", sa.DateTime),
)
LINKS = sa.table(
    "memory_entity_chunks",
    sa.column("entity_id", sa.Integer),
    sa.column("chunk_id", sa.Integer),
    sa.column("quote", sa.Text),
    sa.column("created_at", pipeline.models.base.UTCDateTime(timezone=True)),
)
ACTIONS = sa.table("memory_actions", sa.column("entity_id", sa.Integer))


def upgrade() -> None:
    with op.batch_alter_table("memory_entities") as batch:
        batch.add_column(sa.Column("tags", sa.JSON(), nullable=True))
    bind = op.get_bind()
    rows = [dict(r._mapping) for r in bind.execute(sa.select(ENTITIES).order_by(ENTITIES.c.id))]
    links: dict[int, set[int]] = defaultdict(set)
    for entity_id, chunk_id in bind.execute(sa.select(LINKS.c.entity_id, LINKS.c.chunk_id)):
        links[entity_id].add(chunk_id)
    for row in rows:
        bind.execute(ENTITIES.update().where(ENTITIES.c.id == row["id"]).values(tags=[row["subtype"]]))
        row["tags"] = [row["subtype"]]
    for group in duplicate_groups(rows, links):
        merge(bind, group)


def downgrade() -> None:
    with op.batch_alter_table("memory_entities") as batch:
        batch.drop_column("tags")


def stems(key: str) -> set[str]:
    return set(key.split(":", 2)[-1].split())


def similar(a: set[str], b: set[str]) -> bool:
    """The same rule as pipeline.memory.extract.similar (copied: a migration must not change when the code does)."""
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.6 or (len(a & b) >= 2 and (a <= b or b <= a))


def duplicate_groups(rows: list[dict[str, Any]], links: dict[int, set[int]]) -> list[list[dict[str, Any]]]:
    """Entities that are one statement: same project and kind, and either a risk quoting the same sentence of a
    shared chunk, or the same subtype with mostly the same content words. Groups of two or more."""
    parent = {r["id"]: r["id"] for r in rows}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_id = {r["id"]: r for r in rows}
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if (a["project_id"], a["kind"]) != (b["project_id"], b["kind"]):
                continue
            same_sentence = a["kind"] == "risk" and a["text"] == b["text"] and links[a["id"]] & links[b["id"]]
            same_words = a["subtype"] == b["subtype"] and similar(stems(a["key"]), stems(b["key"]))
            if same_sentence or same_words:
                parent[root(b["id"])] = root(a["id"])
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[root(r["id"])].append(by_id[r["id"]])
    return [g for g in groups.values() if len(g) > 1]


def merge(bind: Any, group: list[dict[str, Any]]) -> None:
    """Keep the entity a person decided on (else the most confident); fold the others into it."""
    keep = max(group, key=lambda r: (r["status_by"] != "gate", r["confidence"], -r["id"]))
    others = [r for r in group if r["id"] != keep["id"]]
    now = datetime.now(UTC)
    tags = list(dict.fromkeys(t for r in [keep, *others] for t in (r["tags"] or [r["subtype"]])))
    kept_chunks = set(bind.scalars(sa.select(LINKS.c.chunk_id).where(LINKS.c.entity_id == keep["id"])).all())
    for other in others:
        for chunk_id, quote in bind.execute(
            sa.select(LINKS.c.chunk_id, LINKS.c.quote).where(LINKS.c.entity_id == other["id"])
        ).all():
            if chunk_id not in kept_chunks:
                bind.execute(
                    LINKS.insert().values(
                        entity_id=keep["id"], chunk_id=chunk_id, quote=quote, created_at=now
                    )
                )
                kept_chunks.add(chunk_id)
        bind.execute(ACTIONS.update().where(ACTIONS.c.entity_id == other["id"]).values(entity_id=keep["id"]))
        bind.execute(LINKS.delete().where(LINKS.c.entity_id == other["id"]))
        bind.execute(ENTITIES.delete().where(ENTITIES.c.id == other["id"]))
    bind.execute(
        ENTITIES.update()
        .where(ENTITIES.c.id == keep["id"])
        .values(
            tags=tags,
            seen_count=sum(r["seen_count"] or 1 for r in group),
            first_seen_at=min(r["first_seen_at"] for r in group),
            last_seen_at=max(r["last_seen_at"] for r in group),
        )
    )
