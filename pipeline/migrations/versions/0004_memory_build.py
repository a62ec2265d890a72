"""memory build: chunk keywords indexed in bulk, failed chunks tried again

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 15:00:00

The memory build inserts chunks in one executemany; an AFTER INSERT trigger fed FTS5 one row at a time, which
took ~30 ms per 1,000 chunks against ~4 ms for one INSERT … SELECT (pipeline.memory.search.index_keywords).
The delete and update triggers stay: rows leave or change one at a time.
A chunk that failed to embed is tried again by later builds: memory_chunks.embed_attempts counts the tries.
On PostgreSQL, keyword search uses full-text search over a GIN index (it was a sequential ILIKE).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pipeline import dialect

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PG_INDEX = "ix_memory_chunks_text_tsv"  # serves pipeline.memory.search.keyword_hits on PostgreSQL


def _sqlite() -> bool:
    return dialect.on_sqlite(op.get_bind())


def upgrade() -> None:
    with op.batch_alter_table("memory_chunks") as batch_op:
        batch_op.add_column(sa.Column("embed_attempts", sa.Integer(), server_default="0", nullable=False))
    if _sqlite():
        op.execute("DROP TRIGGER IF EXISTS memory_chunks_fts_ai")
    else:
        op.execute(f"CREATE INDEX {PG_INDEX} ON memory_chunks USING gin (to_tsvector('simple', text))")


def downgrade() -> None:
    if _sqlite():
        op.execute(
            "CREATE TRIGGER memory_chunks_fts_ai AFTER INSERT ON memory_chunks BEGIN "
            "INSERT INTO memory_chunks_fts(rowid, text) VALUES (new.id, new.text); END"
        )
    else:
        op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
    # plain ALTER (SQLite >= 3.35): a batch table copy would drop the FTS triggers on memory_chunks
    op.execute("ALTER TABLE memory_chunks DROP COLUMN embed_attempts")
