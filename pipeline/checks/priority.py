"""Priority by value: why a task exists decides when it runs, and waiting raises its standing (no starvation).

Five reasons, highest first: a paid report, a check a person is waiting on, a scheduled re-check of a key object,
a popular object, a background prefetch; their weights live in configuration.

Aging is encoded in the rank stored in `tasks.priority` when the task is enqueued, so the queue's claim
(`ORDER BY priority DESC, id`) needs no change and behaves the same on SQLite and PostgreSQL, across processes:

    rank = weight x aging_minutes + (minutes from enqueue time to 2100-01-01)

Each minute a task waits is worth 1/aging_minutes of a weight point against newer work, so a task of weight w
enqueued at t is ahead of every task of weight w' enqueued after t + (w' - w) x aging_minutes. That is the bound:
with the defaults a prefetch (10) is overtaken by newly arriving paid work (50) for at most 40 x 6 min = 4 h.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.models import Task
from pipeline.models.checks import SearchJob

KINDS = ("paid", "waiting", "key_recheck", "popular", "prefetch")
LABELS = {
    "paid": "a paid report",
    "waiting": "a check a person is waiting on",
    "key_recheck": "a scheduled re-check of a key object",
    "popular": "a re-check of a popular object",
    "prefetch": "a background prefetch",
}
_HORIZON = datetime(2100, 1, 1, tzinfo=UTC)
SOURCE_NAMES = {
    "court": "court cases",
    "court.developer": "court cases",  # the developer's cases wait in the court's queue
    "enforcement": "enforcement proceedings",
    "listings": "listings",
    "reviews": "developer reviews",
}


def weight(kind: str) -> int:
    """The configured weight of a reason (MIRANO_PRIORITY_<KIND>)."""
    return int(getattr(get_settings(), f"priority_{kind}"))


def kind_for(job: SearchJob, trigger: str) -> str:
    """Why a SearchTask of this job exists: the most valuable reason that applies."""
    if trigger == "prefetch":
        return "prefetch"
    if job.paid:
        return "paid"
    if trigger == "check":
        return "waiting"
    if job.key_object:
        return "key_recheck"
    if job.popular:
        return "popular"
    return "waiting"  # a re-check someone asked for by hand


def rank(kind: str, enqueued_at: datetime) -> int:
    """The value stored in `tasks.priority`: the weight plus the head start of having waited (see module doc)."""
    minutes_left = int((_HORIZON - enqueued_at).total_seconds() // 60)
    return round(weight(kind) * get_settings().priority_aging_minutes) + minutes_left


def starvation_bound_minutes(kind: str) -> float:
    """How long newly arriving work of the top weight can stay ahead of a task of this kind."""
    settings = get_settings()
    top = max(weight(k) for k in KINDS)
    return max(0, top - weight(kind)) * settings.priority_aging_minutes


@dataclass(frozen=True)
class QueuePlace:
    """Where one queued task stands in its source's queue."""

    position: int  # 1 = next to be claimed; 0 = running or finished
    queued: int  # tasks waiting in that queue


def places_in_queue(s: Session, tasks: list[Any]) -> dict[int, QueuePlace]:
    """Each task's place among the queued tasks of its queue, in claim order (rank desc, then id), by task id:
    one count per queue, one more per queued task."""
    queues = sorted({t.queue for t in tasks})
    if not queues:
        return {}
    conn = s.connection()
    counts = dict(conn.execute(_QUEUED_BY_QUEUE, {"queues": queues}).all())
    places = {}
    for task in tasks:
        queued = int(counts.get(task.queue, 0))
        if task.status != "queued":
            places[task.id] = QueuePlace(0, queued)
            continue
        ahead = conn.execute(
            _AHEAD, {"queue": task.queue, "priority": task.priority, "id": task.id}
        ).scalar_one()
        places[task.id] = QueuePlace(int(ahead) + 1, queued)
    return places


_QUEUED_BY_QUEUE = (
    select(Task.queue, func.count())
    .where(Task.queue.in_(bindparam("queues", expanding=True)), Task.status == "queued")
    .group_by(Task.queue)
)
_AHEAD = select(func.count()).where(
    Task.queue == bindparam("queue"),
    Task.status == "queued",
    (Task.priority > bindparam("priority"))
    | ((Task.priority == bindparam("priority")) & (Task.id < bindparam("id"))),
)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def place_words(source: str, place: QueuePlace) -> str:
    """ "3rd in line for court cases" (or why it is not in line)."""
    if place.position == 0:
        return f"not waiting in the {SOURCE_NAMES.get(source, source)} queue"
    return f"{ordinal(place.position)} in line for {SOURCE_NAMES.get(source, source)}"


def raise_rank(s: Session, queue_task_id: int, kind: str) -> None:
    """Lift a queued task to what a more valuable waiter would have got (never lowers it; keeps its age credit)."""
    task = s.get(Task, queue_task_id)
    if task is None or task.status != "queued":
        return
    payload = task.payload or {}
    old = payload.get("priority_kind") if payload.get("priority_kind") in KINDS else "prefetch"
    if weight(kind) <= weight(old):
        return
    task.priority = task.priority + round(
        (weight(kind) - weight(old)) * get_settings().priority_aging_minutes
    )
    task.payload = {**payload, "priority_kind": kind}
