"""the vendor's name of a bound object: memory_bindings.name

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 05:20:00

A binding was shown by its vendor id (an Attio record UUID, a Linear team UUID, a Chatwoot inbox number). The name
the vendor gives the object is stored when the binding is checked against the vendor, and looked up later for
bindings made before (or without) a check; empty until then.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("memory_bindings", sa.Column("name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("memory_bindings") as batch:
        batch.drop_column("name")
