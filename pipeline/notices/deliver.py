"""Delivering due outbox rows: claim, send with the row's idempotency key, mark sent or failed."""

from __future__ import annotations

import os
import socket
from typing import Any

from pipeline.db import read_scope
from pipeline.models.notices import Notice, Watch
from pipeline.notices import outbox
from pipeline.notices.channels import SENDERS, DeliveryFailed


def holder_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def notice_document(notice: Notice, watch: Watch | None) -> dict[str, Any]:
    """What a channel receives: the notice, what it is about, the diff and the evidence."""
    return {
        "id": notice.id,
        "title": notice.title,
        "trigger": notice.trigger,
        "created_at": notice.created_at.isoformat(timespec="seconds"),
        "watch": {"kind": watch.kind, "target_id": watch.target_id, "label": watch.label} if watch else None,
        "diff": notice.diff,
        "evidence": notice.evidence,
    }


def load_document(notice_id: int) -> dict[str, Any]:
    with read_scope() as s:
        notice = s.get(Notice, notice_id)
        assert notice is not None
        return notice_document(notice, s.get(Watch, notice.watch_id))


def deliver_due(holder: str | None = None, limit: int = 20) -> dict[str, int]:
    """Send every due delivery once; returns how many were sent and how many failed this round."""
    holder = holder or holder_name()
    counts = {"sent": 0, "failed": 0}
    for item in outbox.claim(holder, limit):
        document = {**load_document(item.notice_id), "idempotency_key": item.key}
        try:
            detail = SENDERS[item.channel](document, item.key, item.attempt)
        except DeliveryFailed as exc:
            outbox.mark_failed(item, holder, exc.reason)
            counts["failed"] += 1
            continue
        outbox.mark_sent(item, holder, detail)
        counts["sent"] += 1
    return counts
