"""Property-check tables (SearchJob, SearchTask, subjects, facts, evidence, snapshots)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pipeline.models.base import Base, ScrubbedText, utcnow


class Subject(Base):
    """What a fact is about, at one of four levels: property, developer, person, source (a raw result)."""

    __tablename__ = "check_subjects"
    __table_args__ = (UniqueConstraint("level", "key", name="uq_check_subjects_level_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[str] = mapped_column(String(12))  # property | developer | person | source
    key: Mapped[str] = mapped_column(String(300))  # normalized address, INN, normalized name, source:query
    name: Mapped[str] = mapped_column(String(300))
    attrs: Mapped[dict[str, Any]] = mapped_column(default=dict)  # cadastral number, INN, raw address...
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SubjectLink(Base):
    """A subject that belongs to a property's picture (its developer, its owner, a source result)."""

    __tablename__ = "check_subject_links"

    property_id: Mapped[int] = mapped_column(ForeignKey("check_subjects.id"), primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("check_subjects.id"), primary_key=True)
    relation: Mapped[str] = mapped_column(String(20))  # developer | owner | source


class SearchJob(Base):
    """One property check: the input, the sources its profile needs, its status and its report."""

    __tablename__ = "search_jobs"
    __table_args__ = (Index("ix_search_jobs_property", "property_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(Text)
    property_id: Mapped[int] = mapped_column(ForeignKey("check_subjects.id"))
    profile: Mapped[str] = mapped_column(String(8))  # basic | full
    sources: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(12), default="CREATED")
    status_reason: Mapped[str | None] = mapped_column(ScrubbedText)
    trigger: Mapped[str] = mapped_column(String(16), default="cli")
    started_by: Mapped[str | None] = mapped_column(String(120))  # the person who asked for the check
    key_object: Mapped[bool] = mapped_column(default=False)
    popular: Mapped[bool] = mapped_column(default=False)
    paid: Mapped[bool] = mapped_column(default=False)
    # declared parties: {"owner": {name, birthdate, key}, "developer": {inn}} (pipeline.checks.parties)
    parties: Mapped[dict[str, Any] | None] = mapped_column()  # None on checks from before parties
    source_calls: Mapped[int] = mapped_column(default=0)
    risk_score: Mapped[float] = mapped_column(default=0.0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    last_recheck_at: Mapped[datetime | None]


class SearchTask(Base):
    """One call to one source with normalized query parameters; the key makes it run once per freshness window."""

    __tablename__ = "search_tasks"
    __table_args__ = (
        UniqueConstraint("idempotency_key", name="uq_search_tasks_idempotency_key"),
        Index("ix_search_tasks_job", "job_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("search_jobs.id"))
    source: Mapped[str] = mapped_column(String(20))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    params_hash: Mapped[str] = mapped_column(String(16))
    idempotency_key: Mapped[str] = mapped_column(String(200))
    queue_task_id: Mapped[int | None]
    trigger: Mapped[str] = mapped_column(String(16), default="check")  # check | recheck
    status: Mapped[str] = mapped_column(
        String(12), default="queued"
    )  # queued | retrying | completed | failed
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(ScrubbedText)
    reason: Mapped[str | None] = mapped_column(ScrubbedText)
    proxy: Mapped[str | None] = mapped_column(String(200))
    source_calls: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]


class JobSource(Base):
    """The reuse decision for one source of one job: reused (from which job, fetched when) or fetched by tasks."""

    __tablename__ = "job_sources"

    job_id: Mapped[int] = mapped_column(ForeignKey("search_jobs.id"), primary_key=True)
    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    mode: Mapped[str] = mapped_column(String(10))  # reused | fetched | waiting | skipped
    status: Mapped[str] = mapped_column(String(12))  # pending | completed | failed
    params_hash: Mapped[str] = mapped_column(String(16))
    reused_from_job_id: Mapped[int | None]
    fetched_at: Mapped[datetime | None]
    expires_at: Mapped[datetime | None]
    task_ids: Mapped[list[Any]] = mapped_column(default=list)
    reason: Mapped[str | None] = mapped_column(ScrubbedText)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Evidence(Base):
    """One successful fetch: the source, the request, a hash of the raw response, when, and by which task."""

    __tablename__ = "check_evidence"
    __table_args__ = (Index("ix_check_evidence_query", "source", "params_hash", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    params_hash: Mapped[str] = mapped_column(String(16))
    request: Mapped[str] = mapped_column(Text)
    response_hash: Mapped[str] = mapped_column(String(64))
    fetched_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    task_id: Mapped[int] = mapped_column(ForeignKey("search_tasks.id"))
    job_id: Mapped[int] = mapped_column(ForeignKey("search_jobs.id"))
    calls: Mapped[int] = mapped_column(default=1)


class Fact(Base):
    """A typed statement about a subject; unique per (subject, source, type, key), refreshed in place."""

    __tablename__ = "check_facts"
    __table_args__ = (
        UniqueConstraint("subject_id", "source", "fact_type", "fact_key", name="uq_check_facts_identity"),
        Index("ix_check_facts_query", "source", "params_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("check_subjects.id"))
    source: Mapped[str] = mapped_column(String(20))
    fact_type: Mapped[str] = mapped_column(String(40))
    fact_key: Mapped[str] = mapped_column(String(200))
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    value_hash: Mapped[str] = mapped_column(String(64))
    params_hash: Mapped[str] = mapped_column(String(16))
    evidence_id: Mapped[int] = mapped_column(ForeignKey("check_evidence.id"))
    active: Mapped[bool] = mapped_column(default=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    fetched_at: Mapped[datetime]
    changed_at: Mapped[datetime]


class RiskFactor(Base):
    """One named risk factor of a job: its score, an explanation and the facts behind it."""

    __tablename__ = "risk_factors"

    job_id: Mapped[int] = mapped_column(ForeignKey("search_jobs.id"), primary_key=True)
    factor: Mapped[str] = mapped_column(String(40), primary_key=True)
    score: Mapped[float] = mapped_column(default=0.0)
    explanation: Mapped[str] = mapped_column(Text)
    fact_ids: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class FactSnapshot(Base):
    """The exact facts and values a finalized report used, so the report is reproducible and diffable."""

    __tablename__ = "fact_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("search_jobs.id"))
    property_id: Mapped[int] = mapped_column(ForeignKey("check_subjects.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    facts: Mapped[list[Any]] = mapped_column(default=list)
    risk: Mapped[dict[str, Any]] = mapped_column(default=dict)
    risk_score: Mapped[float] = mapped_column(default=0.0)
