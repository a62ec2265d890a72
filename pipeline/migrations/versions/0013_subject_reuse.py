"""reuse per subject: a check's declared parties, person keys normalised

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 02:30:00

Facts already stored on developer subjects (keyed by INN) are reusable as they are: reuse looks for a subject's
newest evidence at a source. Person subjects were keyed by their lower-cased name; they are re-keyed the way
pipeline.checks.parties keys a person without a birth date ("иванов петр сергеевич|": ё as е, words as written),
so a named owner finds them. Two old subjects that become one key are merged (facts, links), nothing duplicated:
a fact both hold stays once, on the kept subject.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def person_key(name: str) -> str:
    """Mirrors pipeline.checks.parties.Person.key for a name without a birth date (kept here: migrations are frozen)."""
    return " ".join(w.replace("ё", "е") for w in WORD.findall(name.lower())) + "|"


def upgrade() -> None:
    with op.batch_alter_table("search_jobs") as batch:
        batch.add_column(sa.Column("parties", sa.JSON(), nullable=True))
    conn = op.get_bind()
    people = conn.execute(
        sa.text("SELECT id, key, name FROM check_subjects WHERE level = 'person' ORDER BY id")
    )
    keep: dict[str, int] = {}
    for sid, key, name in list(people):
        new = key if "|" in key else person_key(name or key)
        if new in keep:
            _merge(conn, sid, keep[new])
        else:
            keep[new] = sid
            if new != key:
                conn.execute(
                    sa.text("UPDATE check_subjects SET key = :k WHERE id = :id"), {"k": new, "id": sid}
                )


def _merge(conn: sa.Connection, old: int, into: int) -> None:
    """Move `old`'s facts and links onto `into` (a fact `into` already holds is dropped), then drop `old`."""
    conn.execute(
        sa.text(
            "DELETE FROM check_facts WHERE subject_id = :old AND EXISTS (SELECT 1 FROM check_facts f WHERE "
            "f.subject_id = :into AND f.source = check_facts.source AND f.fact_type = check_facts.fact_type "
            "AND f.fact_key = check_facts.fact_key)"
        ),
        {"old": old, "into": into},
    )
    conn.execute(
        sa.text("UPDATE check_facts SET subject_id = :into WHERE subject_id = :old"),
        {"old": old, "into": into},
    )
    conn.execute(
        sa.text(
            "DELETE FROM check_subject_links WHERE subject_id = :old AND property_id IN "
            "(SELECT property_id FROM check_subject_links WHERE subject_id = :into)"
        ),
        {"old": old, "into": into},
    )
    conn.execute(
        sa.text("UPDATE check_subject_links SET subject_id = :into WHERE subject_id = :old"),
        {"old": old, "into": into},
    )
    conn.execute(sa.text("DELETE FROM check_subjects WHERE id = :old"), {"old": old})


def downgrade() -> None:
    with op.batch_alter_table("search_jobs") as batch:
        batch.drop_column("parties")
