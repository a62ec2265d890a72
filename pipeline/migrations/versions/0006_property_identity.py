"""property identity: old `property` subjects re-keyed to parsed buildings and flats

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:30:00

Before this revision a property's key was its address's words sorted, so "Ленина, д. 12, кв. 5" and "Ленина,
д. 5, кв. 12" were one subject. Each check now moves to the building or flat its own address parses to, each fact
to the check that fetched it (pipeline.checks.rekey has the rules); subjects merge only when their addresses parse
to one key. Checks whose address does not parse keep their old subject. No table changes.

Downgrade leaves the data as it is: the old keys merged different properties, and rebuilding them would merge
them again. The old code reads the new subjects (they are rows like any other); it just would not reuse them.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from pipeline.checks.rekey import rekey_subjects

    rekey_subjects(op.get_bind())


def downgrade() -> None:
    """Nothing to undo in the schema; see the module docstring for the data."""
