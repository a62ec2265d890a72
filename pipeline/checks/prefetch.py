"""Prefetch of popular objects: re-fetch what many people check shortly before its facts expire.

Popularity is counted from the checks themselves (`search_jobs`), per level: a flat's checks count for the flat's
own sources (enforcement) and, with every other flat of the house, for the building's sources (listings, court
cases, reviews). A source is due when its newest facts expire within the lead time (a share of the source's TTL,
capped). Prefetch tasks go through the same source queues, so the same concurrency and rate limits apply, and
they carry the lowest weight, so they never run ahead of work a person waits for. A daily budget bounds them and
economy mode pauses them; both stop the run with a reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.checks.facts import params_hash
from pipeline.checks.identity import address_of
from pipeline.checks.levels import source_level
from pipeline.checks.priority import SOURCE_NAMES
from pipeline.checks.queries import plan
from pipeline.checks.reuse import newest_evidence, reuse_or_schedule
from pipeline.config import get_settings
from pipeline.models.checks import JobSource, SearchJob, SearchTask, SubjectLink
from pipeline.sources import ttl


@dataclass(frozen=True)
class Due:
    """One source of one popular property to fetch again now, and why."""

    job_id: int
    source: str
    checks: int
    expires_at: datetime
    reason: str


def lead_time(source: str) -> timedelta:
    """How long before expiry a popular source is re-fetched."""
    settings = get_settings()
    return min(ttl(source) * settings.prefetch_lead_share, timedelta(hours=settings.prefetch_lead_max_hours))


def check_counts(s: Session, since: datetime) -> tuple[Counter[int], Counter[int], dict[int, int]]:
    """Checks since `since` per checked subject, per building (its own and its flats'), and each flat's building."""
    own: Counter[int] = Counter(
        dict(
            s.execute(
                select(SearchJob.property_id, func.count())
                .where(SearchJob.created_at >= since)
                .group_by(SearchJob.property_id)
            ).all()
        )
    )
    flats = dict(
        s.execute(
            select(SubjectLink.property_id, SubjectLink.subject_id).where(
                SubjectLink.relation == "building", SubjectLink.property_id.in_(list(own))
            )
        ).all()
    )
    per_building: Counter[int] = Counter()
    for subject, n in own.items():
        per_building[flats.get(subject, subject)] += n
    return own, per_building, flats


def in_words(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours <= 0:
        return f"expired {abs(hours):.0f} h ago" if hours <= -1 else "expired just now"
    return f"expire in {hours:.0f} h" if hours >= 1 else f"expire in {hours * 60:.0f} min"


def due_sources(s: Session, now: datetime) -> list[Due]:
    """Every source of a popular property whose facts expire within its lead time, most checked first.

    Each (source, query) appears once even when several flats of one house are popular; a source already being
    fetched for the property's latest check is left to that fetch.
    """
    settings = get_settings()
    own, per_building, flats = check_counts(s, now - timedelta(days=settings.prefetch_window_days))
    wanted: dict[tuple[str, str], Due] = {}
    for subject in own:
        job = s.scalar(
            select(SearchJob).where(SearchJob.property_id == subject).order_by(SearchJob.id.desc()).limit(1)
        )
        address = address_of(s, subject) if job is not None else None
        if job is None or address is None:
            continue
        for source in job.sources:
            level = source_level(source, address.level)
            checks = own[subject] if level == "flat" else per_building[flats.get(subject, subject)]
            if checks < settings.prefetch_min_checks:
                continue
            query = plan(s, job, source, address)  # a developer's reviews: once for all its buildings
            if query.params is None:
                continue
            query_hash = params_hash(query.params)
            evidence = newest_evidence(s, source, query_hash, query.reuse_subject)
            if evidence is None or evidence.expires_at - now > lead_time(source):
                continue
            row = s.get(JobSource, (job.id, source))
            if (source, query_hash) in wanted or (row is not None and row.status == "pending"):
                continue
            reason = (
                f"prefetch: {checks} checks in {settings.prefetch_window_days:g} days, "
                f"{SOURCE_NAMES.get(source, source)} {in_words(evidence.expires_at - now)}"
            )
            wanted[(source, query_hash)] = Due(job.id, source, checks, evidence.expires_at, reason)
    return sorted(wanted.values(), key=lambda d: (-d.checks, d.expires_at, d.job_id, d.source))


def used_today(s: Session, now: datetime) -> int:
    """Prefetch tasks created since midnight UTC (what the daily budget counts)."""
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    return int(
        s.scalar(
            select(func.count()).where(SearchTask.trigger == "prefetch", SearchTask.created_at >= midnight)
        )
        or 0
    )


def schedule_prefetch(s: Session, due: Due) -> int | None:
    """Add a prefetch SearchTask for one due source to its property's latest check; returns the new task id."""
    job = s.get(SearchJob, due.job_id)
    address = address_of(s, job.property_id) if job is not None else None
    if job is None or address is None:
        return None
    before = set(s.scalars(select(SearchTask.id).where(SearchTask.job_id == job.id)))
    reuse_or_schedule(s, job, due.source, address, trigger="prefetch", force=True, note=due.reason)
    s.flush()
    created = set(s.scalars(select(SearchTask.id).where(SearchTask.job_id == job.id))) - before
    return min(created) if created else None
