"""Read and command layer over watches and change notices (dashboard inbox, CLI, assistant). Plain dicts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from pipeline.checks.identity import property_subject
from pipeline.checks.lifecycle import read_address
from pipeline.checks.report import iso
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.models.memory import Project
from pipeline.models.notices import DeliveryAttempt, Notice, NoticeDelivery, Watch
from pipeline.notices.deliver import deliver_due
from pipeline.notices.watches import watch_project, watch_property


def _watch_view(watch: Watch) -> dict[str, Any]:
    return {
        "id": watch.id,
        "kind": watch.kind,
        "target_id": watch.target_id,
        "label": watch.label,
        "baseline_snapshot_id": watch.baseline_snapshot_id,
        "created_at": iso(watch.created_at),
    }


def watch(target: str) -> dict[str, Any]:
    """Watch a project (by slug) or a property (by address); the answer says whether it was already watched."""
    with session_scope() as s:
        project = s.scalar(select(Project).where(Project.slug == target.strip()))
        if project is not None:
            row, new = watch_project(s, project)
        else:
            address = read_address(s, target)  # an address that names no single property is refused here
            property_id, _ = property_subject(s, address, target.strip())
            row, new = watch_property(s, property_id)
        return {**_watch_view(row), "new": new}


def list_watches() -> list[dict[str, Any]]:
    with read_scope() as s:
        return [_watch_view(w) for w in s.scalars(select(Watch).order_by(Watch.id))]


def _delivery_view(s: Any, row: NoticeDelivery) -> dict[str, Any]:
    attempts = s.scalars(
        select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == row.id).order_by(DeliveryAttempt.id)
    )
    return {
        "channel": row.channel,
        "status": row.status,
        "attempts": row.attempts,
        "idempotency_key": row.idempotency_key,
        "next_at": iso(row.next_at) if row.status == "queued" else None,
        "sent_at": iso(row.sent_at),
        "last_error": row.last_error,
        "history": [
            {"attempt": a.attempt, "outcome": a.outcome, "detail": a.detail, "at": iso(a.started_at)}
            for a in attempts
        ],
    }


def _notice_view(s: Any, notice: Notice, watch_row: Watch | None) -> dict[str, Any]:
    deliveries = s.scalars(
        select(NoticeDelivery).where(NoticeDelivery.notice_id == notice.id).order_by(NoticeDelivery.id)
    )
    return {
        "id": notice.id,
        "title": notice.title,
        "trigger": notice.trigger,
        "created_at": iso(notice.created_at),
        "read": notice.read_at is not None,
        "watch": _watch_view(watch_row) if watch_row else None,
        "diff": notice.diff,
        "evidence": notice.evidence,
        "deliveries": [_delivery_view(s, d) for d in deliveries],
    }


def list_notices(unread: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """The newest notices first, with their diff, evidence and per-channel delivery state."""
    with read_scope() as s:
        query = select(Notice).order_by(Notice.id.desc()).limit(limit)
        if unread:
            query = query.where(Notice.read_at.is_(None))
        return [_notice_view(s, n, s.get(Watch, n.watch_id)) for n in s.scalars(query)]


def since_last_look(limit: int = 20) -> dict[str, Any]:
    """What is new since the reader last looked: the notices not read yet (newest first), and when notices were
    last read (None when never). Reading this marks nothing read."""
    with read_scope() as s:
        last_read = s.scalar(select(func.max(Notice.read_at)))
    return {
        "unread": list_notices(unread=True, limit=limit),
        "unread_count": unread_count(),
        "last_read_at": iso(last_read),
        "watches": list_watches(),
    }


def unread_count() -> int:
    with read_scope() as s:
        return int(s.scalar(select(func.count()).where(Notice.read_at.is_(None))) or 0)


def mark_read(notice_ids: list[int] | None = None) -> int:
    """Mark these notices (every unread one when None) as read; returns how many changed."""
    with session_scope() as s:
        query = update(Notice).where(Notice.read_at.is_(None)).values(read_at=clock.now())
        if notice_ids is not None:
            query = query.where(Notice.id.in_(notice_ids))
        return int(s.execute(query).rowcount)


def deliver_now() -> dict[str, int]:
    """Send the due deliveries in this process now (the `notices.deliver` job does it on its cadence)."""
    return deliver_due()
