"""the assistant's spend in the cost ledger: cost_entries

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 02:40:00

Runs carry their own costs; the assistant's model calls happen outside any run, so each online answer writes one
row here, which the budgets, the spend chart and the cost questions add to the runs' costs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

UTC = pipeline.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cost_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("spender", sa.String(length=40), nullable=False),
        sa.Column("embeddings", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("llm_calls", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("tokens", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("source_calls", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("cost_usd", sa.Float(), nullable=False, server_default="0"),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cost_entries_at", "cost_entries", ["at"])


def downgrade() -> None:
    op.drop_index("ix_cost_entries_at", table_name="cost_entries")
    op.drop_table("cost_entries")
