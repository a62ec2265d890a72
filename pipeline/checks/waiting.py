"""Dependent sources: developer reviews wait until the building's listings name its developer.

When a listings fetch is stored, every check of that building whose reviews wait is decided again: the developer's
fresh facts are reused (from whichever check fetched them) or one task per developer is scheduled and shared. When
the listings fail for good, the waiting reviews fail with the reason.
"""

from __future__ import annotations

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from pipeline.checks import progress, risk
from pipeline.checks.identity import address_of
from pipeline.engine import clock
from pipeline.models.checks import JobSource, SearchJob, SubjectLink

DEPENDENT = "reviews"
# The waiting reviews of the checks of one building or of its flats, in one statement (run per listings fetch).
_WAITING = (
    select(SearchJob, JobSource)
    .join(JobSource, JobSource.job_id == SearchJob.id)
    .where(
        JobSource.source == DEPENDENT,
        JobSource.mode == "waiting",
        JobSource.status == "pending",
        or_(
            SearchJob.property_id == bindparam("building"),
            SearchJob.property_id.in_(
                select(SubjectLink.property_id).where(
                    SubjectLink.subject_id == bindparam("building"), SubjectLink.relation == "building"
                )
            ),
        ),
    )
    .order_by(SearchJob.id)
)


def waiting_on(s: Session, building_id: int) -> list[tuple[SearchJob, JobSource]]:
    """The checks of this building (or its flats) whose reviews wait for the listings."""
    return [(job, row) for job, row in s.execute(_WAITING, {"building": building_id}).tuples()]


def release(s: Session, building_id: int) -> list[int]:
    """Decide the waiting reviews of this building's checks now that its listings are stored; returns their job ids."""
    from pipeline.checks.reuse import reuse_or_schedule

    released = []
    for job, _row in waiting_on(s, building_id):
        address = address_of(s, job.property_id)
        if address is None:
            continue
        decided = reuse_or_schedule(s, job, DEPENDENT, address, trigger="check")
        if decided.status == "completed":
            risk.recompute(s, job)  # reused or skipped: the report's facts changed without a fetch of its own
        progress.settle(s, job)
        released.append(job.id)
    return released


def fail_waiting(s: Session, building_id: int, reason: str) -> None:
    """The listings failed for good: the reviews that waited on them fail too, saying why."""
    for job, row in waiting_on(s, building_id):
        row.status, row.mode = "failed", "fetched"
        row.reason, row.updated_at = (
            f"the listings failed, so the developer is unknown: {reason}",
            clock.now(),
        )
        progress.settle(s, job)
