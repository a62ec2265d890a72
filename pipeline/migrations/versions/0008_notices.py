"""change notices: watches, notices, a delivery outbox per (notice, channel) and every delivery attempt

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-02 01:00:00

Only new tables. Priority by value and prefetch need no schema change: a task's rank is stored in the existing
`tasks.priority`, its reason in the task payload, and popularity is counted from `search_jobs`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

UTC = pipeline.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "notice_watches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("baseline_snapshot_id", sa.Integer(), nullable=True),
        sa.Column("baseline", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_watches")),
        sa.UniqueConstraint("kind", "target_id", name="uq_notice_watches_kind"),
    )
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("diff", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("read_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(
            ["watch_id"], ["notice_watches.id"], name=op.f("fk_notices_watch_id_notice_watches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    op.create_table(
        "notice_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("idempotency_key", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_at", UTC, nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=True),
        sa.Column("lease_expires_at", UTC, nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("sent_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_notice_deliveries_notice_id_notices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_deliveries")),
        sa.UniqueConstraint("notice_id", "channel", name="uq_notice_deliveries_notice_id"),
    )
    op.create_index("ix_notice_deliveries_due", "notice_deliveries", ["status", "next_at"], unique=False)
    op.create_table(
        "notice_delivery_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("started_at", UTC, nullable=False),
        sa.Column("finished_at", UTC, nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["notice_deliveries.id"],
            name=op.f("fk_notice_delivery_attempts_delivery_id_notice_deliveries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_delivery_attempts")),
    )


def downgrade() -> None:
    op.drop_table("notice_delivery_attempts")
    op.drop_index("ix_notice_deliveries_due", table_name="notice_deliveries")
    op.drop_table("notice_deliveries")
    op.drop_table("notices")
    op.drop_table("notice_watches")
