"""Read and command layer over watches and change notices (dashboard inbox, CLI, assistant). Plain dicts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, func, select

from pipeline.checks.identity import property_subject
from pipeline.checks.lifecycle import read_address
from pipeline.checks.report import iso
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.models.memory import Project
from pipeline.models.notices import DeliveryAttempt, Notice, NoticeDelivery, Watch
from pipeline.models.people import NoticeRead, NoticeWatcher
from pipeline.notices.deliver import deliver_due
from pipeline.notices.watches import watch_project, watch_property
from pipeline.people import identity
from pipeline.people.directory import require
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers


def _watch_view(watch: Watch) -> dict[str, Any]:
    return {
        "id": watch.id,
        "kind": watch.kind,
        "target_id": watch.target_id,
        "label": watch.label,
        "baseline_snapshot_id": watch.baseline_snapshot_id,
        "created_at": iso(watch.created_at),
    }


def _me() -> str:
    return identity.current_name()


def watch(target: str) -> dict[str, Any]:
    """Watch a project (by slug) or a property (by address) as the person acting; the answer says whether they
    already watched it. The watch row (its baseline, its notices) is shared by everyone who watches the object."""
    who = require("watch")
    with session_scope() as s:
        project = s.scalar(select(Project).where(Project.slug == target.strip()))
        if project is not None:
            row, _ = watch_project(s, project)
        else:
            address = read_address(s, target)  # an address that names no single property is refused here
            property_id, _ = property_subject(s, address, target.strip())
            row, _ = watch_property(s, property_id)
        new = s.get(NoticeWatcher, (row.id, who)) is None
        if new:
            s.add(NoticeWatcher(watch_id=row.id, person=who, since=clock.now()))
        return {**_watch_view(row), "new": new, "person": who}


def _shared_watch() -> Any:
    """A watch nobody watches in person (a job's failures, a watch from before people): everyone's; not one whose
    last watcher left (it ended)."""
    return ~exists().where(NoticeWatcher.watch_id == Watch.id) & Watch.ended_at.is_(None)


def list_watches() -> list[dict[str, Any]]:
    """The acting person's watches, and the shared ones (a job's failure alerts)."""
    mine = exists().where(NoticeWatcher.watch_id == Watch.id, NoticeWatcher.person == _me())
    with read_scope() as s:
        return [
            _watch_view(w) for w in s.scalars(select(Watch).where(mine | _shared_watch()).order_by(Watch.id))
        ]


def watchers() -> list[dict[str, Any]]:
    """Every live watch with the people who watch it (and since when): who is told about what."""
    with read_scope() as s:
        rows = s.scalars(select(Watch).where(Watch.ended_at.is_(None)).order_by(Watch.id)).all()
        people = s.execute(select(NoticeWatcher).order_by(NoticeWatcher.since)).scalars().all()
        by_watch: dict[int, list[dict[str, Any]]] = {}
        for p in people:
            by_watch.setdefault(p.watch_id, []).append({"person": p.person, "since": iso(p.since)})
        return [_watch_view(w) | {"people": by_watch.get(w.id, [])} for w in rows]


def _visible(person: str) -> Any:
    """Notices this person sees: those of their watches since they watch, and those of the shared watches."""
    theirs = exists().where(
        NoticeWatcher.watch_id == Notice.watch_id,
        NoticeWatcher.person == person,
        NoticeWatcher.since <= Notice.created_at,
    )
    nobodys = ~exists().where(NoticeWatcher.watch_id == Notice.watch_id) & ~exists().where(
        Watch.id == Notice.watch_id, Watch.ended_at.is_not(None)
    )
    return theirs | nobodys


def _unread(person: str) -> Any:
    """Not read by this person (a notice read before there were people counts as read by everyone)."""
    read = exists().where(NoticeRead.notice_id == Notice.id, NoticeRead.person == person)
    return ~read & Notice.read_at.is_(None)


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


def _notice_view(s: Any, notice: Notice, watch_row: Watch | None, read: bool) -> dict[str, Any]:
    deliveries = s.scalars(
        select(NoticeDelivery).where(NoticeDelivery.notice_id == notice.id).order_by(NoticeDelivery.id)
    )
    return {
        "id": notice.id,
        "title": notice.title,
        "trigger": notice.trigger,
        "created_at": iso(notice.created_at),
        "read": read or notice.read_at is not None,
        "watch": _watch_view(watch_row) if watch_row else None,
        "diff": notice.diff,
        "evidence": notice.evidence,
        "deliveries": [_delivery_view(s, d) for d in deliveries],
    }


def list_notices(unread: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    """The newest notices first, with their diff, evidence and per-channel delivery state."""
    me = _me()
    with read_scope() as s:
        query = select(Notice).where(_visible(me)).order_by(Notice.id.desc()).limit(limit)
        if unread:
            query = query.where(_unread(me))
        read = set(s.scalars(select(NoticeRead.notice_id).where(NoticeRead.person == me)))
        return [_notice_view(s, n, s.get(Watch, n.watch_id), n.id in read) for n in s.scalars(query)]


def since_last_look(limit: int = 20) -> dict[str, Any]:
    """What is new since the reader last looked: the notices not read yet (newest first), and when notices were
    last read (None when never). Reading this marks nothing read."""
    with read_scope() as s:
        last_read = s.scalar(select(func.max(NoticeRead.read_at)).where(NoticeRead.person == _me()))
    return {
        "unread": list_notices(unread=True, limit=limit),
        "unread_count": unread_count(),
        "last_read_at": iso(last_read),
        "watches": list_watches(),
    }


def unread_count() -> int:
    """How many notices the acting person sees and has not read."""
    me = _me()
    with read_scope() as s:
        query = select(func.count()).select_from(Notice).where(_visible(me), _unread(me))
        return int(s.scalar(query) or 0)


def mark_read(notice_ids: list[int] | None = None) -> int:
    """Mark these notices (every unread one when None) read for the acting person only; returns how many changed."""
    me = _me()
    with session_scope() as s:
        query = select(Notice.id).where(_visible(me), _unread(me))
        if notice_ids is not None:
            query = query.where(Notice.id.in_(notice_ids))
        ids = list(s.scalars(query))
        now = clock.now()
        s.add_all(NoticeRead(notice_id=i, person=me, read_at=now) for i in ids)
        return len(ids)


def deliver_now() -> dict[str, int]:
    """Send the due deliveries in this process now (the `notices.deliver` job does it on its cadence)."""
    return deliver_due()
