"""pgvector: chunk vectors in PostgreSQL (memory_chunk_vectors), moved there from the stored vectors

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 02:30:00

On PostgreSQL, when the role may create the `vector` extension (or it exists), the table of chunk vectors is
created and every embedded chunk's stored vector is copied into it; the FAISS files are no longer read there.
Otherwise nothing changes (FAISS stays) and `mirano init` says what an administrator must run. SQLite: nothing.
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from pipeline.memory import pg_vectors

    if pg_vectors.create_extension(bind) is None:
        pg_vectors.fill_from_stored(bind)
    pg_vectors.forget()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS memory_chunk_vectors")
