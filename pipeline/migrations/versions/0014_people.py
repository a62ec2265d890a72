"""people: who started a run or a check, who queued a run, roles, per-person watches and read notices

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 02:30:00

A run and a check record the person who asked (or "scheduler"); a queued request keeps who queued it until it
starts. `people` holds each person's role. A watch row stays one per watched object (its baseline and notices are
shared facts); `notice_watchers` says which people watch it and since when, and `notice_reads` which of them read
which notice, so one person's reading does not mark a notice read for everyone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

UTC = pipeline.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("started_by", sa.String(length=120), nullable=True))
    with op.batch_alter_table("job_state") as batch:
        batch.add_column(sa.Column("queued_by", sa.String(length=120), nullable=True))
    with op.batch_alter_table("search_jobs") as batch:
        batch.add_column(sa.Column("started_by", sa.String(length=120), nullable=True))
    op.create_index("ix_runs_started_by", "runs", ["started_by", "id"])
    op.create_table(
        "people",
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("added_by", sa.String(length=120), nullable=False),
        sa.Column("added_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("email", name=op.f("pk_people")),
    )
    op.create_table(
        "notice_watchers",
        sa.Column("watch_id", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=120), nullable=False),
        sa.Column("since", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["watch_id"], ["notice_watches.id"], name=op.f("fk_notice_watchers_watch_id_notice_watches")
        ),
        sa.PrimaryKeyConstraint("watch_id", "person", name=op.f("pk_notice_watchers")),
    )
    op.create_table(
        "notice_reads",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("person", sa.String(length=120), nullable=False),
        sa.Column("read_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"], ["notices.id"], name=op.f("fk_notice_reads_notice_id_notices")
        ),
        sa.PrimaryKeyConstraint("notice_id", "person", name=op.f("pk_notice_reads")),
    )


def downgrade() -> None:
    op.drop_table("notice_reads")
    op.drop_table("notice_watchers")
    op.drop_table("people")
    op.drop_index("ix_runs_started_by", table_name="runs")
    with op.batch_alter_table("search_jobs") as batch:
        batch.drop_column("started_by")
    with op.batch_alter_table("job_state") as batch:
        batch.drop_column("queued_by")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("started_by")
