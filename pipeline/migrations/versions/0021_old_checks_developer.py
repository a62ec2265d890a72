"""old checks see their developer's facts as the developer's: search_jobs.parties set where the developer is known

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 05:30:00

A check from before parties (revision 0013) has no `parties` (NULL), which reads as "every source asked about the
property": its developer reviews show at the building level, although their facts were always stored on the
developer subject. Where the check's property (or its building) is linked to a developer, the check gets empty
parties (nothing declared), so its reviews read as the developer's, reused from and for every building of that
developer. No fact, subject or link is written or moved: nothing can be duplicated. Checks whose developer is not
known keep NULL (their reviews found no developer: a building-level "no records").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

jobs = sa.table("search_jobs", sa.column("id", sa.Integer), sa.column("property_id", sa.Integer))
jobs_parties = sa.table("search_jobs", sa.column("id", sa.Integer), sa.column("parties", sa.JSON))
links = sa.table(
    "check_subject_links",
    sa.column("property_id", sa.Integer),
    sa.column("subject_id", sa.Integer),
    sa.column("relation", sa.String),
)
subjects = sa.table("check_subjects", sa.column("id", sa.Integer), sa.column("level", sa.String))


def _with_developer(conn: sa.Connection) -> list[int]:
    """The old checks (parties NULL) whose property, or its building, is linked to a developer."""
    developer_of = (
        sa.select(links.c.property_id)
        .join(subjects, subjects.c.id == links.c.subject_id)
        .where(subjects.c.level == "developer")
    )
    building_with_developer = sa.select(links.c.property_id).where(
        links.c.relation == "building", links.c.subject_id.in_(developer_of)
    )
    query = sa.select(jobs.c.id).where(
        sa.text("(search_jobs.parties IS NULL OR CAST(search_jobs.parties AS TEXT) = 'null')"),
        sa.or_(jobs.c.property_id.in_(developer_of), jobs.c.property_id.in_(building_with_developer)),
    )
    return list(conn.scalars(query))


def upgrade() -> None:
    conn = op.get_bind()
    ids = _with_developer(conn)
    if ids:
        conn.execute(jobs_parties.update().where(jobs_parties.c.id.in_(ids)).values(parties={}))


def downgrade() -> None:
    pass  # empty parties read as NULL did before for every source but the developer's reviews; nothing to undo
