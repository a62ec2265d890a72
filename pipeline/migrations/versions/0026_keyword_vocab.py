"""SQLite: FTS5's own per-term row counts (memory_chunks_vocab) and a count of the keyword index's edits

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05 14:30:00

`pipeline.memory.keyword_rank` needs, for bm25's idf, how many chunks hold each query word. It counted them with
`count(*) … MATCH`, which steps through every matching row (12.5 ms for a word in a third of a million chunks);
an fts5vocab table reads the same count from the index in C (9.4 ms), and stores nothing (a view of the FTS5
table's doclists, kept right by every writer). The counts were also dropped whenever the index changed, so after
every build commit each word's next search counted it again. Builds mostly append: chunk ids only grow, and a
count stays right after appends once the new chunks holding the word are added. What appends cannot tell is a
deleted or rewritten chunk, so the delete and update triggers now also bump `memory_keyword_edits.n`; a count
taken at another `n` is counted again. PostgreSQL ranks in SQL and needs none of this.
"""

from __future__ import annotations

from alembic import op

from pipeline import dialect

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

_DELETE = (
    "INSERT INTO memory_chunks_fts(memory_chunks_fts, rowid, terms) VALUES ('delete', old.id, old.terms);"
)
_INSERT = "INSERT INTO memory_chunks_fts(rowid, terms) VALUES (new.id, new.terms);"
_BUMP = "UPDATE memory_keyword_edits SET n = n + 1 WHERE id = 1;"


def _triggers(extra: str) -> tuple[str, ...]:
    """The keyword index's delete and update triggers of migration 0022, with `extra` run by each."""
    return (
        "DROP TRIGGER IF EXISTS memory_chunks_fts_ad",
        "DROP TRIGGER IF EXISTS memory_chunks_fts_au",
        f"CREATE TRIGGER memory_chunks_fts_ad AFTER DELETE ON memory_chunks BEGIN {_DELETE}{extra} END",
        f"CREATE TRIGGER memory_chunks_fts_au AFTER UPDATE OF terms ON memory_chunks BEGIN {_DELETE} {_INSERT}"
        f"{extra} END",
    )


def upgrade() -> None:
    if not dialect.on_sqlite(op.get_bind()):
        return
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS memory_chunks_vocab USING fts5vocab(memory_chunks_fts, row)"
    )
    op.execute(
        "CREATE TABLE memory_keyword_edits (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)"
    )
    op.execute("INSERT INTO memory_keyword_edits (id, n) VALUES (1, 0)")
    for statement in _triggers(f" {_BUMP}"):
        op.execute(statement)


def downgrade() -> None:
    if not dialect.on_sqlite(op.get_bind()):
        return
    for statement in _triggers(""):
        op.execute(statement)
    op.execute("DROP TABLE IF EXISTS memory_keyword_edits")
    op.execute("DROP TABLE IF EXISTS memory_chunks_vocab")
