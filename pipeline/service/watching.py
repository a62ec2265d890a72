"""One person's watch on a check's property: whether they watch it, Watch and Unwatch (the check page, `mirano unwatch`).

A watch row is shared by everyone who watches the object; a person's watch is their `notice_watchers` row. When the
last person stops watching, the watch ends (`ended_at`): it makes no new notices and is nobody's to see (a watch
nobody watches in person would otherwise become everyone's, the rule kept for job alerts and watches from before
people), while its notices and their deliveries stay as the record of what was told. Watching it again takes it
up from what shows then.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pipeline.checks.identity import property_subject
from pipeline.checks.lifecycle import read_address
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput
from pipeline.models.checks import SearchJob
from pipeline.models.memory import Project
from pipeline.models.notices import Watch
from pipeline.models.people import NoticeWatcher
from pipeline.notices.watches import watch_for, watch_property
from pipeline.people import identity
from pipeline.people.directory import require, role_of
from pipeline.people.roles import Forbidden, allows


def _property_of(s: Session, check_id: int) -> int:
    job = s.get(SearchJob, check_id)
    if job is None:
        raise BadInput("job_id", f"no check with id {check_id}")
    return job.property_id


def check_watch_state(check_id: int) -> dict[str, Any]:
    """Whether the acting person watches this check's property, and whether their role lets them change it
    (`refusal`: the reason a press would be refused with, else None)."""
    actor = identity.current()
    role = role_of(actor)
    with read_scope() as s:
        watch = watch_for(s, "property", _property_of(s, check_id))
        mine = watch is not None and s.get(NoticeWatcher, (watch.id, actor.name)) is not None
        others = 0
        if watch is not None:
            count = select(func.count()).where(
                NoticeWatcher.watch_id == watch.id, NoticeWatcher.person != actor.name
            )
            others = int(s.scalar(count) or 0)
    refusal = None if allows(role, "watch") else Forbidden(actor.name, role, "watch")
    return {"watching": mine, "others": others, "who": actor.name, "refusal": refusal}


def watch_check(check_id: int) -> dict[str, Any]:
    """Watch this check's property as the acting person (refused for a viewer); says whether it was new."""
    who = require("watch")
    with session_scope() as s:
        row, _ = watch_property(s, _property_of(s, check_id))
        new = s.get(NoticeWatcher, (row.id, who)) is None
        if new:
            s.add(NoticeWatcher(watch_id=row.id, person=who, since=clock.now()))
        return {"watch_id": row.id, "label": row.label, "new": new, "person": who}


def unwatch_check(check_id: int) -> dict[str, Any]:
    """Stop watching this check's property as the acting person (refused for a viewer)."""
    who = require("watch")
    with session_scope() as s:
        return _unwatch(s, watch_for(s, "property", _property_of(s, check_id)), who)


def unwatch(target: str) -> dict[str, Any]:
    """Stop watching a project (by slug) or a property (by address) as the acting person."""
    who = require("watch")
    with session_scope() as s:
        project = s.scalar(select(Project).where(Project.slug == target.strip()))
        if project is not None:
            return _unwatch(s, watch_for(s, "project", project.id), who)
        address = read_address(s, target)  # an address that names no single property is refused here
        property_id, _ = property_subject(s, address, target.strip())
        return _unwatch(s, watch_for(s, "property", property_id), who)


def _unwatch(s: Session, watch: Watch | None, who: str) -> dict[str, Any]:
    """Remove this person's watcher row; the last one out ends the watch (its notices are kept)."""
    if watch is None or s.get(NoticeWatcher, (watch.id, who)) is None:
        label = watch.label if watch is not None else None
        return {"was_watching": False, "label": label, "person": who, "watch_removed": False}
    s.execute(delete(NoticeWatcher).where(NoticeWatcher.watch_id == watch.id, NoticeWatcher.person == who))
    left = s.scalar(select(func.count()).where(NoticeWatcher.watch_id == watch.id)) or 0
    label, removed = watch.label, False
    if not left:
        watch.ended_at = clock.now()
        removed = True
    return {"was_watching": True, "label": label, "person": who, "watch_removed": removed}


def my_watches() -> list[dict[str, Any]]:
    """The acting person's own watches (not the shared job alerts): [{id, kind, label}]."""
    me = identity.current_name()
    with read_scope() as s:
        rows = s.execute(
            select(Watch.id, Watch.kind, Watch.label)
            .join(NoticeWatcher, NoticeWatcher.watch_id == Watch.id)
            .where(NoticeWatcher.person == me)
            .order_by(Watch.id)
        )
        return [{"id": r.id, "kind": r.kind, "label": r.label} for r in rows]


def unwatch_id(watch_id: int) -> dict[str, Any]:
    """Stop watching the watch with this id as the acting person (the Notices page's list)."""
    who = require("watch")
    with session_scope() as s:
        return _unwatch(s, s.get(Watch, watch_id), who)
