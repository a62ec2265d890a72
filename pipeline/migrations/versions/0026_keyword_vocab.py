"""SQLite: memory_chunks_vocab, FTS5's own per-term row counts of the keyword index (an fts5vocab table)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05 14:30:00

`pipeline.memory.keyword_rank` needs, for bm25's idf, how many chunks hold each query word; it counted them with
`count(*) … MATCH`, which steps through every matching row (12.5 ms for a word in a third of a million chunks).
An fts5vocab table reads the same count from the index in C (9.4 ms). It stores nothing: it is a view of the FTS5
table's own doclists, so every writer keeps it right. PostgreSQL ranks in SQL and needs none.
"""

from __future__ import annotations

from alembic import op

from pipeline import dialect

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if dialect.on_sqlite(op.get_bind()):
        op.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS memory_chunks_vocab USING fts5vocab(memory_chunks_fts, row)"
        )


def downgrade() -> None:
    if dialect.on_sqlite(op.get_bind()):
        op.execute("DROP TABLE IF EXISTS memory_chunks_vocab")
