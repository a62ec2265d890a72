"""Engine tables: per-job state, runs, leases, the task queue and stored settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from pipeline.models.base import Base, ScrubbedText, utcnow


class JobState(Base):
    """What the scheduler and the dashboard know about one (job, scope)."""

    __tablename__ = "job_state"

    job: Mapped[str] = mapped_column(String(80), primary_key=True)
    scope: Mapped[str] = mapped_column(String(120), primary_key=True, default="global")
    status: Mapped[str] = mapped_column(String(16), default="idle")
    last_run_id: Mapped[int | None]
    last_success_at: Mapped[datetime | None]
    last_reason: Mapped[str | None] = mapped_column(ScrubbedText)
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    next_run_at: Mapped[datetime | None]
    backoff_reason: Mapped[str | None] = mapped_column(ScrubbedText)
    queued_trigger: Mapped[str | None] = mapped_column(String(16))
    queued_by: Mapped[str | None] = mapped_column(String(120))  # who asked for the queued run
    queued_at: Mapped[datetime | None]
    queued_retry_of: Mapped[int | None]  # the queued request is a retry of this failed or cancelled run
    state: Mapped[dict[str, Any]] = mapped_column(default=dict)

    def forget_queued(self) -> None:
        """The queued request has been answered: started, skipped or dropped."""
        self.queued_trigger = self.queued_at = self.queued_by = self.queued_retry_of = None


class Run(Base):
    """One bounded execution of a job."""

    __tablename__ = "runs"
    __table_args__ = (
        Index("ix_runs_job_started", "job", "scope", "started_at"),
        Index("ix_runs_started_by", "started_by", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(80))
    scope: Mapped[str] = mapped_column(String(120), default="global")
    status: Mapped[str] = mapped_column(String(16), default="running")
    trigger: Mapped[str] = mapped_column(String(16))
    started_by: Mapped[str | None] = mapped_column(
        String(120)
    )  # the person, or "scheduler" (pipeline.people)
    holder: Mapped[str | None] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    heartbeat_at: Mapped[datetime | None]
    limit: Mapped[int] = mapped_column(default=0)
    processed: Mapped[int] = mapped_column(default=0)
    reason: Mapped[str | None] = mapped_column(ScrubbedText)
    embeddings: Mapped[int] = mapped_column(default=0)
    llm_calls: Mapped[int] = mapped_column(default=0)
    tokens: Mapped[int] = mapped_column(default=0)
    source_calls: Mapped[int] = mapped_column(default=0)
    cost_usd: Mapped[float] = mapped_column(default=0.0)
    economy: Mapped[bool] = mapped_column(default=False)
    cancel_requested_at: Mapped[datetime | None]
    cancel_requested_by: Mapped[str | None] = mapped_column(String(120))
    retry_of: Mapped[int | None]  # the failed or cancelled run this one retries
    total: Mapped[int | None]  # the work known to be left when the run started (chunks, pages), for progress
    progress_unit: Mapped[str | None] = mapped_column(String(24))  # what total counts; None: processed items
    progress_done: Mapped[int | None]  # the work done of `total`, in its unit


class CostEntry(Base):
    """Spend outside any run: the assistant's model calls, one row per answer, counted with the runs' costs by the
    budgets, the spend chart and the cost questions."""

    __tablename__ = "cost_entries"
    __table_args__ = (Index("ix_cost_entries_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    spender: Mapped[str] = mapped_column(String(40))  # "assistant"
    embeddings: Mapped[int] = mapped_column(default=0)
    llm_calls: Mapped[int] = mapped_column(default=0)
    tokens: Mapped[int] = mapped_column(default=0)
    source_calls: Mapped[int] = mapped_column(default=0)
    cost_usd: Mapped[float] = mapped_column(default=0.0)
    note: Mapped[str | None] = mapped_column(String(200))  # what it was for (a thread), never the question


class RunEvent(Base):
    """One typed event of a run's timeline (started, batch, wait, retry, warning, error, cancel, finished)."""

    __tablename__ = "run_events"
    __table_args__ = (Index("ix_run_events_run", "run_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int]
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(24))
    message: Mapped[str | None] = mapped_column(ScrubbedText)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)


class JobControl(Base):
    """An operator's hold on one (job, scope): paused (by whom, since when) and runtime overrides."""

    __tablename__ = "job_controls"

    job: Mapped[str] = mapped_column(String(80), primary_key=True)
    scope: Mapped[str] = mapped_column(String(120), primary_key=True, default="global")
    paused_by: Mapped[str | None] = mapped_column(String(120))
    paused_at: Mapped[datetime | None]
    cadence_seconds: Mapped[float | None]
    limit: Mapped[int | None]
    updated_by: Mapped[str | None] = mapped_column(String(120))
    updated_at: Mapped[datetime | None]


class ControlAudit(Base):
    """Who changed a job's controls, when, and from what to what (pause, resume, set, reset, cancel, retry)."""

    __tablename__ = "control_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    who: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(24))
    job: Mapped[str | None] = mapped_column(String(80))
    scope: Mapped[str | None] = mapped_column(String(120))
    target: Mapped[str | None] = mapped_column(String(80))  # "run 12", "check 4"
    before: Mapped[dict[str, Any]] = mapped_column(default=dict)
    after: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Lease(Base):
    """A named lock with a heartbeat: `job:<name>:<scope>` for runs, `scheduler` for the leader."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    run_id: Mapped[int | None]
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class Task(Base):
    """A durable work item. `key` is the idempotency key: one task per (queue, key), ever."""

    __tablename__ = "tasks"
    __table_args__ = (
        UniqueConstraint("queue", "key", name="uq_tasks_queue_key"),
        # In the claim's order (most urgent first, then oldest), so a claim never sorts the backlog.
        Index("ix_tasks_claim", "queue", "status", text("priority DESC"), "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    queue: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(400))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(12), default="queued")  # queued | running | done | dead
    priority: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=5)
    available_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_expires_at: Mapped[datetime | None]
    holder: Mapped[str | None] = mapped_column(String(120))
    last_error: Mapped[str | None] = mapped_column(ScrubbedText)
    result: Mapped[dict[str, Any] | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RateSlot(Base):
    """The next free call slot of a rate-limited resource (a source), shared by every worker process."""

    __tablename__ = "rate_slots"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    next_at: Mapped[datetime]


class Setting(Base):
    """A stored switch: economy mode, daily budgets."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
