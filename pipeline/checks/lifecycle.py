"""Opening a check and re-checking it: both decide reuse per source and enqueue only what is missing or stale."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pipeline.checks import progress, risk
from pipeline.checks.address import Address, AddressRefused, parse_address
from pipeline.checks.facts import is_fresh, params_hash
from pipeline.checks.identity import address_of, property_subject, with_candidates
from pipeline.checks.parties import Parties
from pipeline.checks.queries import plan
from pipeline.checks.reuse import PROFILES, newest_evidence, reuse_or_schedule
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.models.checks import JobSource, SearchJob, SearchTask


def open_check(
    s: Session,
    address: str,
    profile: str = "basic",
    trigger: str = "cli",
    *,
    key_object: bool = False,
    popular: bool = False,
    paid: bool = False,
    parties: Parties | None = None,
) -> SearchJob:
    """Create a SearchJob, reuse fresh facts and enqueue a SearchTask for every missing or stale source.

    The address is parsed first: one that names no single property is refused before anything is written. Declared
    parties (owner, developer) are linked to the property, and the sources about them are asked about them.
    """
    if profile not in PROFILES:
        raise BadInput("profile", f"unknown profile {profile!r}; use basic or full")
    parsed = read_address(s, address)
    property_id, building_id = property_subject(s, parsed, address.strip())
    declared = (parties or Parties()).stored(s, property_id, building_id)
    now = clock.now()
    job = SearchJob(
        address=address.strip(),
        property_id=property_id,
        profile=profile,
        sources=list(PROFILES[profile]),
        status="CREATED",
        trigger=trigger,
        key_object=key_object,
        popular=popular,
        paid=paid,
        parties=declared,
        created_at=now,
        updated_at=now,
    )
    s.add(job)
    s.flush()
    for source in job.sources:
        reuse_or_schedule(s, job, source, parsed, new_job=True)
    s.flush()
    risk.recompute(s, job)
    progress.settle(s, job)
    return job


def read_address(s: Session, address: str) -> Address:
    """The parsed address, or AddressRefused naming what is missing (with known candidates when the city is)."""
    try:
        return parse_address(address)
    except AddressRefused as refused:
        raise with_candidates(s, refused) from None


def stale_sources(s: Session, job: SearchJob) -> list[str]:
    """The job's sources whose newest facts expired and that are not already being fetched."""
    address = address_of(s, job.property_id)
    if address is None:
        return []  # a legacy check whose address never parsed: nothing can be asked for it honestly
    now, stale = clock.now(), []
    for source in job.sources:
        row = s.get(JobSource, (job.id, source))
        if row is not None and row.status == "pending":
            continue
        query = plan(s, job, source, address)
        if query.params is None:
            continue  # waits for the listings: decided when they are stored
        if not is_fresh(newest_evidence(s, source, params_hash(query.params), query.reuse_subject), now):
            stale.append(source)
    return stale


def recheck(s: Session, job: SearchJob, *, force: bool = False, limit: int | None = None) -> list[int]:
    """Add SearchTasks to this same job for its stale sources (every source when `force`); returns new task ids."""
    address = address_of(s, job.property_id)
    if address is None:
        raise BadInput(
            "job_id",
            f"check #{job.id} has an address that does not parse ({job.address!r}): start a new check",
        )
    sources = list(job.sources) if force else stale_sources(s, job)
    before = set(s.scalars(select(SearchTask.id).where(SearchTask.job_id == job.id)))
    for source in sources[: limit if limit is not None else len(sources)]:
        reuse_or_schedule(s, job, source, address, trigger="recheck", force=force)
    s.flush()
    created = sorted(set(s.scalars(select(SearchTask.id).where(SearchTask.job_id == job.id))) - before)
    if created:
        job.last_recheck_at = clock.now()
    progress.settle(s, job)
    return created


def flagged_jobs(s: Session) -> list[SearchJob]:
    """Checks marked as key objects, popular objects or paid reports, the longest un-rechecked first."""
    query = (
        select(SearchJob)
        .where(or_(SearchJob.key_object, SearchJob.popular, SearchJob.paid))
        .order_by(SearchJob.last_recheck_at.is_not(None), SearchJob.last_recheck_at, SearchJob.id)
    )
    return list(s.scalars(query))
