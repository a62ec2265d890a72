"""a run's progress in its own unit: runs.progress_unit, runs.progress_done

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 05:40:00

A sync's remaining work is known in conversations (the listing says how many it will read), not in the documents
that changed, which are what its per-run limit counts. The run keeps the unit its total counts and how much of it
is done, so progress reads "12 of 40 conversations" instead of a bar of documents against the limit.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("progress_unit", sa.String(24), nullable=True))
        batch.add_column(sa.Column("progress_done", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("progress_done")
        batch.drop_column("progress_unit")
