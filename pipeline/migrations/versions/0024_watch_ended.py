"""a watch whose last watcher left ends instead of going with its notices: notice_watches.ended_at

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05 06:40:00

When the last person watching an object stops, the watch makes no new notices and is nobody's to see, but its
notices and their deliveries stay: they are the record of what was told, and to whom.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pipeline.models.base

UTC = pipeline.models.base.UTCDateTime(timezone=True)

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notice_watches") as batch:
        batch.add_column(sa.Column("ended_at", UTC, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notice_watches") as batch:
        batch.drop_column("ended_at")
