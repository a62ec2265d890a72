"""Watches, change notices and their delivery outbox (one row per notice and channel, every attempt kept)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pipeline.models.base import Base, ScrubbedText, utcnow


class Watch(Base):
    """A person watches a property (a building or flat subject) or a project; `baseline` is what was last seen."""

    __tablename__ = "notice_watches"
    __table_args__ = (UniqueConstraint("kind", "target_id", name="uq_notice_watches_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # property | project
    target_id: Mapped[int]
    label: Mapped[str] = mapped_column(Text)
    # property: the FactSnapshot compared against; project: ids of active risks and overdue commitments seen.
    baseline_snapshot_id: Mapped[int | None]
    baseline: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the last person watching it stopped: no new notices, nobody's to see; its notices stay as history.
    ended_at: Mapped[datetime | None]


class Notice(Base):
    """Something changed on a watched object: a title for people, the diff and the evidence behind it."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("notice_watches.id"))
    title: Mapped[str] = mapped_column(Text)
    trigger: Mapped[str] = mapped_column(String(16))  # check | recheck | prefetch | project
    diff: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None]


class NoticeDelivery(Base):
    """The outbox: one row per (notice, channel), claimed with a lease like a task, marked sent once."""

    __tablename__ = "notice_deliveries"
    __table_args__ = (
        UniqueConstraint("notice_id", "channel", name="uq_notice_deliveries_notice_id"),
        Index("ix_notice_deliveries_due", "status", "next_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"))
    channel: Mapped[str] = mapped_column(String(16))  # webhook | email
    idempotency_key: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued | sending | sent | dead
    attempts: Mapped[int] = mapped_column(default=0)
    next_at: Mapped[datetime] = mapped_column(default=utcnow)
    holder: Mapped[str | None] = mapped_column(String(120))
    lease_expires_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(ScrubbedText)
    sent_at: Mapped[datetime | None]


class DeliveryAttempt(Base):
    """One try of one delivery: when, by whom, and what came back (kept for every attempt)."""

    __tablename__ = "notice_delivery_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("notice_deliveries.id"))
    attempt: Mapped[int]
    holder: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(10), default="started")  # started | sent | failed
    detail: Mapped[str | None] = mapped_column(Text)
