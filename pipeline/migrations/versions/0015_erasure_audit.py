"""erasure audit: one row per `forget` (who, when, what kind, counts; never the erased content)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 02:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

UTC = pipeline.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "erasure_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("target", sa.String(length=120), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_audit")),
    )


def downgrade() -> None:
    op.drop_table("erasure_audit")
