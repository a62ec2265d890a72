"""Erasure waits for work that holds the data: a run of project memory, or a check still fetching.

Erasing under a running import or fetch would be undone by it (the run writes what it read a moment later), so
`forget` refuses with a reason that names what holds the data and how to end it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.engine import clock
from pipeline.engine.exceptions import MiranoError
from pipeline.models import Lease
from pipeline.models.checks import SearchTask

MEMORY_JOBS = ("job:ingest.", "job:memory.")
IN_FLIGHT = ("queued", "retrying", "running")


class ErasureRefused(MiranoError):
    """A run or a check holds the data now; `reason` says which and what to do."""


def memory_runs(s: Session, scopes: set[str] | None = None) -> list[str]:
    """`job (scope)` of every live run of project memory, only those of `scopes` when given."""
    now = clock.now()
    found = []
    for lease in s.scalars(select(Lease).where(Lease.expires_at > now).order_by(Lease.name)):
        if not lease.name.startswith(MEMORY_JOBS):
            continue
        job, _, scope = lease.name.removeprefix("job:").rpartition(":")
        if scopes is None or scope in scopes:
            found.append(f"{job} ({scope})")
    return found


def checks_in_flight(s: Session, job_id: int | None = None) -> list[int]:
    query = select(SearchTask.job_id).where(SearchTask.status.in_(IN_FLIGHT)).distinct()
    if job_id is not None:
        query = query.where(SearchTask.job_id == job_id)
    return sorted(s.scalars(query))


def refuse_if_held(
    s: Session, *, memory_scopes: set[str] | None, check_id: int | None, any_check: bool
) -> None:
    """Raise ErasureRefused when a memory run (of these scopes; every one when None) or a check is at work."""
    runs = memory_runs(s, memory_scopes)
    if runs:
        raise ErasureRefused(
            f"a run holds this data now: {', '.join(runs)}; wait for it to finish or cancel it "
            "(mirano runs, mirano cancel RUN), then erase"
        )
    if any_check or check_id is not None:
        checks = checks_in_flight(s, None if any_check else check_id)
        if checks:
            names = ", ".join(f"#{c}" for c in checks)
            raise ErasureRefused(
                f"check {names} is still fetching and may store this data again; wait for it or cancel it "
                f"(mirano cancel --check {checks[0]}), then erase"  # catalog: "… --check {first} …"
            )
