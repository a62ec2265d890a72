"""Dependent sources: the developer's reviews and court cases wait until a source's facts name the developer.

A check that does not declare its developer asks about it once its building's listings or court cases (a defendant
organisation with its INN) name it, whichever comes first. When such a fetch is stored (or fails for good), every
check of that building whose developer-level sources wait is decided again: the developer's fresh facts are reused
(from whichever check fetched them) or one task per developer is scheduled and shared; a check whose naming sources
all finished without naming it skips them, and one whose naming source failed fails them with the reason.
"""

from __future__ import annotations

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from pipeline.checks import progress, risk
from pipeline.checks.identity import address_of
from pipeline.checks.levels import DEVELOPER_PARTS
from pipeline.models.checks import JobSource, SearchJob, SubjectLink

# The waiting developer-level sources of the checks of one building or of its flats, in one statement (run per
# stored fetch of a naming source).
_WAITING = (
    select(SearchJob, JobSource)
    .join(JobSource, JobSource.job_id == SearchJob.id)
    .where(
        JobSource.source.in_(DEVELOPER_PARTS),
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
    .order_by(SearchJob.id, JobSource.source)
)


def waiting_on(s: Session, building_id: int) -> list[tuple[SearchJob, JobSource]]:
    """The checks of this building (or its flats) whose developer-level sources wait for it to be named."""
    return [(job, row) for job, row in s.execute(_WAITING, {"building": building_id}).tuples()]


def release(s: Session, building_id: int) -> list[int]:
    """Decide the waiting developer-level sources of this building's checks again, now that a source that can name
    the developer was stored or failed; returns the ids of the checks decided."""
    from pipeline.checks.reuse import reuse_or_schedule

    s.flush()  # a namer's own row, failed or completed in this session, is what the decision reads
    released = []
    for job, row in waiting_on(s, building_id):
        address = address_of(s, job.property_id)
        if address is None:
            continue
        decided = reuse_or_schedule(s, job, row.source, address, trigger="check")
        if decided.status == "completed":
            risk.recompute(s, job)  # reused or skipped: the report's facts changed without a fetch of its own
        progress.settle(s, job)
        if job.id not in released:
            released.append(job.id)
    return released
