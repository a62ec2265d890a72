"""keyword search on PostgreSQL reads a stored tsvector: memory_chunks.terms_tsv and its GIN index

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 08:40:00

PostgreSQL's keyword search recomputed `to_tsvector('simple', terms)` for every row it filtered and ranked: at a
million chunks a common word cost seconds per search. The tsvector is now a stored generated column (PostgreSQL
keeps it with `terms`, so no writer changes), the GIN index is over it, and `pipeline.memory.search` ranks only the
newest matches (`MIRANO_MEMORY_KEYWORD_WINDOW`). SQLite's FTS5 table is unchanged.
"""

from __future__ import annotations

from alembic import op

from pipeline import dialect

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

PG_INDEX = "ix_memory_chunks_terms_tsv"  # the name migration 0022 gave the expression index it replaces


def upgrade() -> None:
    if dialect.on_sqlite(op.get_bind()):
        return
    op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
    op.execute(
        "ALTER TABLE memory_chunks ADD COLUMN terms_tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED"
    )
    op.execute(f"CREATE INDEX {PG_INDEX} ON memory_chunks USING gin (terms_tsv)")


def downgrade() -> None:
    if dialect.on_sqlite(op.get_bind()):
        return
    op.execute(f"DROP INDEX IF EXISTS {PG_INDEX}")
    op.execute("ALTER TABLE memory_chunks DROP COLUMN terms_tsv")
    op.execute(f"CREATE INDEX {PG_INDEX} ON memory_chunks USING gin (to_tsvector('simple', terms))")
