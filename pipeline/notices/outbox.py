"""The delivery outbox: one row per (notice, channel), claimed with a lease, sent, then marked — each attempt kept.

A row is claimed (attempts + 1, a lease, an attempt row "started") and committed before anything is sent, so a
process that dies mid-delivery leaves a row whose lease expires and is claimed again; the attempt it was making
is then marked "in doubt". Because the send and the mark cannot be one transaction with a remote system, the
guarantee is: every notice reaches every channel at least once, and every send of one (notice, channel) carries
the same idempotency key (webhook header `Idempotency-Key`, e-mail `Message-ID`), so a receiver that dedupes by
it sees each notice exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine.backoff import backoff_seconds
from pipeline.models.notices import DeliveryAttempt, Notice, NoticeDelivery


def configured_channels() -> list[str]:
    """The channels a new notice goes to: those with their settings filled in."""
    settings = get_settings()
    channels = []
    if settings.notice_webhook_url:
        channels.append("webhook")
    if settings.notice_smtp_host and settings.notice_email_to:
        channels.append("email")
    return channels


def idempotency_key(notice_id: int, channel: str) -> str:
    return f"mirano-notice-{notice_id}-{channel}"


def add_deliveries(s: Session, notice: Notice) -> int:
    """One outbox row per configured channel, in the notice's own transaction; returns how many."""
    channels = configured_channels()
    for channel in channels:
        s.add(
            NoticeDelivery(
                notice_id=notice.id,
                channel=channel,
                idempotency_key=idempotency_key(notice.id, channel),
                status="queued",
                attempts=0,
                next_at=notice.created_at,
            )
        )
    s.flush()
    return len(channels)


@dataclass(frozen=True)
class Claimed:
    delivery_id: int
    notice_id: int
    channel: str
    key: str
    attempt: int
    attempt_id: int


def _claimable(now):  # noqa: ANN001,ANN202 - a where clause
    return or_(
        (NoticeDelivery.status == "queued") & (NoticeDelivery.next_at <= now),
        (NoticeDelivery.status == "sending") & (NoticeDelivery.lease_expires_at <= now),
    )


def claim(holder: str, limit: int = 20) -> list[Claimed]:
    """Lease due deliveries (queued and due, or sending with an expired lease) for this holder."""
    settings = get_settings()
    claimed: list[Claimed] = []
    with session_scope() as s:
        now = clock.now()
        ids = list(
            s.scalars(
                select(NoticeDelivery.id).where(_claimable(now)).order_by(NoticeDelivery.id).limit(limit)
            )
        )
        for delivery_id in ids:
            taken = s.execute(  # conditional: a concurrent claimer that got here first wins
                update(NoticeDelivery)
                .where(NoticeDelivery.id == delivery_id, _claimable(now))
                .values(
                    status="sending",
                    holder=holder,
                    attempts=NoticeDelivery.attempts + 1,
                    lease_expires_at=now + timedelta(seconds=settings.notice_lease_seconds),
                )
            ).rowcount
            if not taken:
                continue
            row = s.get(NoticeDelivery, delivery_id)
            s.refresh(row)
            s.execute(
                update(DeliveryAttempt)
                .where(DeliveryAttempt.delivery_id == delivery_id, DeliveryAttempt.outcome == "started")
                .values(outcome="in_doubt", detail="the process died during this attempt", finished_at=now)
            )
            attempt = DeliveryAttempt(
                delivery_id=delivery_id,
                attempt=row.attempts,
                holder=holder,
                started_at=now,
                outcome="started",
            )
            s.add(attempt)
            s.flush()
            claimed.append(
                Claimed(
                    delivery_id, row.notice_id, row.channel, row.idempotency_key, row.attempts, attempt.id
                )
            )
    return claimed


def mark_sent(item: Claimed, holder: str, detail: str) -> bool:
    """Record a successful send; False if the lease was lost meanwhile (another holder resends, same key)."""
    with session_scope() as s:
        now = clock.now()
        done = s.execute(
            update(NoticeDelivery)
            .where(
                NoticeDelivery.id == item.delivery_id,
                NoticeDelivery.holder == holder,
                NoticeDelivery.status == "sending",
            )
            .values(status="sent", sent_at=now, lease_expires_at=None, last_error=None)
        ).rowcount
        _finish_attempt(s, item, "sent", detail)
        return bool(done)


def mark_failed(item: Claimed, holder: str, reason: str) -> str:
    """Record a failed send: queued again after a capped, jittered backoff, or dead after the last attempt."""
    settings = get_settings()
    with session_scope() as s:
        row = s.get(NoticeDelivery, item.delivery_id)
        _finish_attempt(s, item, "failed", reason)
        if row is None or row.holder != holder or row.status != "sending":
            return "lost"
        row.last_error, row.lease_expires_at = reason, None
        if row.attempts >= settings.notice_max_attempts:
            row.status = "dead"
        else:
            delay = backoff_seconds(
                row.attempts, settings.notice_backoff_base_seconds, settings.notice_backoff_cap_seconds
            )
            row.status, row.next_at = "queued", clock.now() + timedelta(seconds=delay)
        return row.status


def _finish_attempt(s: Session, item: Claimed, outcome: str, detail: str) -> None:
    attempt = s.get(DeliveryAttempt, item.attempt_id)
    if attempt is not None:
        attempt.outcome, attempt.detail, attempt.finished_at = outcome, detail, clock.now()
