"""Demo set-up for property checks: two demo properties flagged for scheduled re-checks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.checks.address import parse_address
from pipeline.checks.lifecycle import open_check
from pipeline.models.checks import SearchJob, Subject

DEMO_CHECKS = (
    ("г. Москва, ул. Тверская, д. 1", {"key_object": True}),
    ("г. Москва, Ленинский проспект, д. 90", {"popular": True, "paid": True}),
)


def seed_demo(session: Session) -> None:
    """Open the demo checks (once); the workers fetch their sources when the app runs."""
    for address, flags in DEMO_CHECKS:
        exists = session.scalar(
            select(SearchJob.id)
            .join(Subject, Subject.id == SearchJob.property_id)
            .where(Subject.key == parse_address(address).key)
        )
        if exists is None:
            open_check(session, address, "full", trigger="demo", **flags)
