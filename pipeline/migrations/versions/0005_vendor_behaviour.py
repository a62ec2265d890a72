"""remote writes audited before and after the call; vendor hints (Chatwoot webhooks) for the next sync

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 23:40:00

memory_action_audit rows are written before the remote call (outcome "in_doubt": the intent, with what is
about to be sent) and completed after it; `completed_at` says when. A row still in doubt was left by a crash
between the call and its completion; the next apply reconciles it.
memory_vendor_hints holds objects a vendor told us changed (a Chatwoot webhook names a conversation); the
next sync re-reads them from the API and removes the hint in the same transaction as the documents.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("memory_action_audit") as batch_op:
        batch_op.add_column(
            sa.Column("completed_at", pipeline.models.base.UTCDateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "memory_vendor_hints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("object_type", sa.String(length=16), nullable=False),
        sa.Column("object_id", sa.String(length=100), nullable=False),
        sa.Column("event", sa.String(length=40), nullable=False),
        sa.Column("received_at", pipeline.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memory_vendor_hints")),
        sa.UniqueConstraint("source", "object_type", "object_id", name="uq_memory_vendor_hints_object"),
    )


def downgrade() -> None:
    op.drop_table("memory_vendor_hints")
    with op.batch_alter_table("memory_action_audit") as batch_op:
        batch_op.drop_column("completed_at")
