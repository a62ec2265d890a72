"""a queued retry keeps its link: job_state.queued_retry_of

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 02:40:00

A retry asked for while the job runs is queued behind the run like any request; the failed or cancelled run it
retries is kept beside the queued trigger, so the run that answers it (or the cancelled record of a dropped
request) still says which run it retries.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job_state") as batch:
        batch.add_column(sa.Column("queued_retry_of", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("job_state") as batch:
        batch.drop_column("queued_retry_of")
