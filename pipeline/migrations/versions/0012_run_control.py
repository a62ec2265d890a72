"""run control: a run's cancel request and retry link, its typed events, job pauses and overrides, their audit

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 23:30:00

A run's timeline is its own table (bounded per run by the engine, summarised past the cap). A pause and the
runtime overrides of a job's cadence and per-run limit are rows of `job_controls`, so every process and the
scheduler leader read the same hold; every change to them is a row of `control_audit`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

UTC = pipeline.models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("cancel_requested_at", UTC, nullable=True))
        batch.add_column(sa.Column("cancel_requested_by", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("retry_of", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("total", sa.Integer(), nullable=True))
    op.create_table(
        "run_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run_events")),
    )
    op.create_index("ix_run_events_run", "run_events", ["run_id", "id"])
    op.create_table(
        "job_controls",
        sa.Column("job", sa.String(length=80), nullable=False),
        sa.Column("scope", sa.String(length=120), nullable=False),
        sa.Column("paused_by", sa.String(length=120), nullable=True),
        sa.Column("paused_at", UTC, nullable=True),
        sa.Column("cadence_seconds", sa.Float(), nullable=True),
        sa.Column("limit", sa.Integer(), nullable=True),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("updated_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("job", "scope", name=op.f("pk_job_controls")),
    )
    op.create_table(
        "control_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("who", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("job", sa.String(length=80), nullable=True),
        sa.Column("scope", sa.String(length=120), nullable=True),
        sa.Column("target", sa.String(length=80), nullable=True),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_control_audit")),
    )


def downgrade() -> None:
    op.drop_table("control_audit")
    op.drop_table("job_controls")
    op.drop_index("ix_run_events_run", table_name="run_events")
    op.drop_table("run_events")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("total")
        batch.drop_column("retry_of")
        batch.drop_column("cancel_requested_by")
        batch.drop_column("cancel_requested_at")
