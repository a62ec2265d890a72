"""Read and command layer over property checks: what the dashboard, the assistant and the CLI use.

Every function returns plain dicts (JSON-ready). `start_check` is fast: it creates the job, decides reuse and
enqueues; the workers call the sources.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import bindparam, func, select

from pipeline.checks import priority as value
from pipeline.checks import progress
from pipeline.checks import report as reports
from pipeline.checks import waiting as dependents
from pipeline.checks.address import AddressRefused, parse_address
from pipeline.checks.identity import building_of
from pipeline.checks.jobs import SOURCE_QUEUES
from pipeline.checks.levels import NAMERS, base_source
from pipeline.checks.lifecycle import open_check, recheck
from pipeline.checks.parties import Parties
from pipeline.checks.report import iso
from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine.exceptions import BadInput
from pipeline.i18n.message import Message
from pipeline.models import Task
from pipeline.models.checks import Evidence, FactSnapshot, JobSource, SearchJob, SearchTask, Subject
from pipeline.people.directory import require
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers
from pipeline.service import people as people_view
from pipeline.service.check_rows import source_view, task_view

FIRST_BATCH = (
    10  # start_checks: checks opened in the first commit (workers start on them while the rest open)
)


def start_check(
    address: str,
    profile: str = "basic",
    trigger: str = "cli",
    *,
    key_object: bool = False,
    popular: bool = False,
    paid: bool = False,
    owner: str | None = None,
    developer: str | None = None,
) -> dict[str, Any]:
    """Open a check: reuse fresh facts, enqueue tasks for the rest; returns the check as `get_check` shows it.

    `owner` ("Иванов Пётр Сергеевич, 1980-05-12") and `developer` (an INN) are the check's parties, when known: the
    sources about them are asked about them (and their facts reused across properties). Both are read first.
    """
    who = require("check")
    parties = Parties.read(owner, developer)
    with session_scope() as s:
        job = open_check(
            s, address, profile, trigger, key_object=key_object, popular=popular, paid=paid, parties=parties
        )
        job.started_by = who
        job_id = job.id
    return get_check(job_id)


def start_checks(
    addresses: list[str],
    profile: str = "basic",
    trigger: str = "cli",
    *,
    batch: int = 100,
    developers: list[str | None] | None = None,
) -> list[dict[str, Any]]:
    """Open many checks at once (a list of addresses), by the same rules as `start_check`.

    Returns one summary per check, in input order, instead of each check's full view: building that view is a
    third of the cost of opening a check. Commits after FIRST_BATCH checks, then in doubling batches up to `batch`.
    Every address is parsed before any check opens: one that names no single property is refused (naming its
    position), and nothing is created for any of them. `developers`: each address's developer INN, when known.
    """
    who = require("check")
    parties = [Parties.read(None, inn) for inn in developers or [None] * len(addresses)]
    for n, address in enumerate(addresses, 1):
        try:
            parse_address(address)
        except AddressRefused as refused:
            raise AddressRefused(
                Message(
                    "address {n} of {total}: {why}",
                    n=n,
                    total=len(addresses),
                    why=refused.said or str(refused).removeprefix("address: "),
                ),
                missing=refused.missing,
                candidates=refused.candidates,
            ) from None
    opened: list[dict[str, Any]] = []
    for start, end in _batches(len(addresses), batch):
        with session_scope() as s:
            jobs = [
                open_check(s, address, profile, trigger, parties=parties[n])
                for n, address in enumerate(addresses[start:end], start)
            ]
            for opened_job in jobs:
                opened_job.started_by = who
            opened += [
                {"id": j.id, "address": j.address, "status": j.status, "status_reason": j.status_reason}
                for j in jobs
            ]
    return opened


def _batches(total: int, batch: int) -> list[tuple[int, int]]:
    """(start, end) of each commit: FIRST_BATCH checks, then twice as many each time up to `batch`, so workers
    start on the first checks' sources at once and never run out while the rest are opened."""
    out, start, size = [], 0, min(FIRST_BATCH, batch)
    while start < total:
        out.append((start, min(start + size, total)))
        start, size = start + size, min(size * 2, batch)
    return out


def _job(s: Any, job_id: int) -> SearchJob:
    job = s.get(SearchJob, job_id)
    if job is None:
        raise BadInput("job_id", f"no check with id {job_id}")
    return job


def _reconcile(job_id: int) -> None:
    """Fail job sources whose task died outside the source handler (an unexpected error), with its reason."""
    with session_scope() as s:
        job = _job(s, job_id)
        for row in s.scalars(
            select(JobSource).where(JobSource.job_id == job_id, JobSource.status == "pending")
        ):
            task = s.get(SearchTask, row.task_ids[-1]) if row.task_ids else None
            queued = s.get(Task, task.queue_task_id) if task is not None and task.queue_task_id else None
            if queued is not None and queued.status == "dead" and task is not None:
                task.status, task.reason = "failed", f"failed: {queued.last_error}"
                row.status, row.reason = "failed", task.reason
                if row.source in NAMERS:  # the sources waiting for it to name the developer: decided again
                    dependents.release(s, building_of(s, job.property_id))
        progress.settle(s, job)


def get_check(job_id: int) -> dict[str, Any]:
    """The check with per-source status, freshness, reuse provenance, pending sources, facts and risk factors.

    Read-only, unless a source still waits on a task that died outside its handler: that source is failed first
    (`_reconcile`), so the view never shows it pending for ever.
    """
    with read_scope() as s:
        view = _CheckData.load(s, job_id)
        if not view.dead_pending():
            return view.as_dict(s)
    _reconcile(job_id)
    with read_scope() as s:
        return _CheckData.load(s, job_id).as_dict(s)


_jobs, _tasks, _sources, _queue, _subjects = (
    SearchJob.__table__,
    SearchTask.__table__,
    JobSource.__table__,
    Task.__table__,
    Subject.__table__,
)
_ids = bindparam("ids", expanding=True)
# A check's view is read on every look at it (the dashboard, the assistant, `wait_for`): plain rows from statements
# built once, no ORM objects.
_VIEW_JOB = select(_jobs).where(_jobs.c.id == bindparam("id"))
_VIEW_TASKS = select(_tasks).where(_tasks.c.job_id == bindparam("job")).order_by(_tasks.c.id)
_VIEW_LINKED = select(_tasks).where(_tasks.c.id.in_(_ids))
_VIEW_SOURCES = select(_sources).where(_sources.c.job_id == bindparam("job")).order_by(_sources.c.source)
_VIEW_QUEUE = select(_queue).where(_queue.c.id.in_(_ids))
_VIEW_CREATED = select(_jobs.c.id, _jobs.c.created_at, _jobs.c.address, _jobs.c.started_by).where(
    _jobs.c.id.in_(_ids)
)
_VIEW_SUBJECT = select(_subjects).where(_subjects.c.id == bindparam("id"))
_VIEW_SNAPSHOTS = (
    select(FactSnapshot.id, FactSnapshot.created_at)
    .where(FactSnapshot.job_id == bindparam("job"))
    .order_by(FactSnapshot.id)
)


class _CheckData:
    """What one check's view is built from (rows of its job, sources, tasks and queue tasks), read in a handful of
    statements."""

    def __init__(self, job: Any, rows: list[Any], search_tasks: list[Any], queue: dict[int, Any]) -> None:
        self.job, self.rows, self.search_tasks, self.queue = job, rows, search_tasks, queue

    @classmethod
    def load(cls, s: Any, job_id: int) -> _CheckData:
        conn = s.connection()
        job = conn.execute(_VIEW_JOB, {"id": job_id}).first()
        if job is None:
            raise BadInput("job_id", f"no check with id {job_id}")
        search_tasks = list(conn.execute(_VIEW_TASKS, {"job": job_id}))
        rows = list(conn.execute(_VIEW_SOURCES, {"job": job_id}))
        linked = {i for r in rows for i in r.task_ids} - {t.id for t in search_tasks}
        if linked:
            search_tasks += list(conn.execute(_VIEW_LINKED, {"ids": sorted(linked)}))
        queue_ids = [t.queue_task_id for t in search_tasks if t.queue_task_id]
        queue = {t.id: t for t in conn.execute(_VIEW_QUEUE, {"ids": queue_ids})} if queue_ids else {}
        return cls(job, rows, search_tasks, queue)

    def dead_pending(self) -> bool:
        """Whether a pending source's latest task died in the queue (see `_reconcile`)."""
        by_id = {t.id: t for t in self.search_tasks}
        for row in self.rows:
            task = by_id.get(row.task_ids[-1]) if row.status == "pending" and row.task_ids else None
            queued = self.queue.get(task.queue_task_id) if task is not None and task.queue_task_id else None
            if queued is not None and queued.status == "dead":
                return True
        return False

    def as_dict(self, s: Any) -> dict[str, Any]:
        job, rows = self.job, self.rows
        places = value.places_in_queue(s, list(self.queue.values()))
        tasks = {t.id: task_view(t, self.queue.get(t.queue_task_id), places) for t in self.search_tasks}  # type: ignore[arg-type]
        conn = s.connection()
        origins = sorted({r.reused_from_job_id for r in rows if r.reused_from_job_id})
        found = list(conn.execute(_VIEW_CREATED, {"ids": origins})) if origins else []
        created = {j.id: j for j in found}
        colleagues = people_view.colleagues({j.id: j.started_by for j in found})
        prop = conn.execute(_VIEW_SUBJECT, {"id": job.property_id}).one()
        address_level = "flat" if prop.level == "flat" else "building"
        sources = [source_view(r, tasks, created, address_level, job.parties) for r in rows]
        for view in sources:
            view.update(colleagues.get(view["reused_from_job_id"], {}))
        triggers = provenance(s, rows)
        for view, row in zip(sources, rows, strict=True):
            view["provenance"] = triggers.get((row.source, row.params_hash))
        modes = {r.mode for r in rows}
        snapshots = conn.execute(_VIEW_SNAPSHOTS, {"job": job.id})
        settings = get_settings()
        return {
            "id": job.id,
            "address": job.address,
            "profile": job.profile,
            "status": job.status,
            "status_reason": job.status_reason,
            "trigger": job.trigger,
            "started_by": job.started_by,
            "canonical_address": (prop.attrs or {}).get("canonical"),
            "components": (prop.attrs or {}).get("components"),
            "level": prop.level,
            "property": {"id": prop.id, "key": prop.key, "name": prop.name, "level": prop.level},
            "flags": {"key_object": job.key_object, "popular": job.popular, "paid": job.paid},
            "parties": dict(job.parties or {}),
            "created_at": iso(job.created_at),
            "updated_at": iso(job.updated_at),
            "finished_at": iso(job.finished_at),
            "last_recheck_at": iso(job.last_recheck_at),
            "demo": settings.is_demo("sources"),
            "reuse": "combined" if len(modes) > 1 else (modes.pop() if modes else "fetched"),
            "sources": sources,
            "pending": [v["source"] for v in sources if v["status"] not in ("completed", "failed")],
            "tasks": sorted(tasks.values(), key=lambda t: t["id"]),
            "facts": reports.facts_of(s, job),
            "risk": reports.risk_of(s, job),
            "cost": {
                "source_calls": job.source_calls,
                "usd": round(job.source_calls * settings.price_source_call, 6),
            },
            "snapshots": [{"id": sid, "created_at": iso(at)} for sid, at in snapshots],
            "notes": _notes(sources),
        }


def provenance(s: Any, rows: list[Any]) -> dict[tuple[str, str], str | None]:
    """How the facts each source shows were fetched, by (source, params hash): "prefetch" (ahead of expiry, for a
    popular object), "check" or "recheck" (the trigger of the task whose evidence is newest); absent before any
    fetch.

    The assistant uses it to explain a fast check: facts were reused because a prefetch had just refreshed them.
    """
    parts = {
        (base_source(r.source), r.params_hash): r.source for r in rows
    }  # a part's evidence is its source's
    if not parts:
        return {}
    found = s.connection().execute(
        _PROVENANCE, {"hashes": sorted({h for _, h in parts}), "sources": sorted({x for x, _ in parts})}
    )
    return {(parts[(source, h)], h): trigger for source, h, trigger in found if (source, h) in parts}


_newest = (
    select(
        Evidence.source,
        Evidence.params_hash,
        Evidence.task_id,
        func.row_number()
        .over(
            partition_by=(Evidence.source, Evidence.params_hash),
            order_by=(Evidence.fetched_at.desc(), Evidence.id.desc()),
        )
        .label("n"),
    )
    .where(
        Evidence.params_hash.in_(bindparam("hashes", expanding=True)),
        Evidence.source.in_(bindparam("sources", expanding=True)),
    )
    .subquery()
)
_PROVENANCE = (
    select(_newest.c.source, _newest.c.params_hash, SearchTask.trigger)
    .outerjoin(SearchTask, SearchTask.id == _newest.c.task_id)
    .where(_newest.c.n == 1)
)


def _notes(sources: list[dict[str, Any]]) -> list[str]:
    """What a reader must know: reuse is not a re-check, stale data, sources still running or failed."""
    notes = []
    for v in sources:
        if v["reused"]:
            how = " by a prefetch" if v.get("provenance") == "prefetch" else ""
            notes.append(
                f"{v['source']}: {v['reuse_label']} (fetched{how} {v['fetched_at']}); not re-checked now"
            )
        if v["status"] not in ("completed", "failed"):
            notes.append(
                f"{v['source']}: still updating ({v['status']})"
                + ("; showing older facts" if v["fetched_at"] else "")
            )
        elif v["status"] == "completed" and not v["fresh"]:
            notes.append(f"{v['source']}: facts are stale since {v['expires_at']}")
        if v["status"] == "failed":
            notes.append(f"{v['source']}: failed: {v['reason']}")
    return notes


def list_checks(limit: int = 20) -> list[dict[str, Any]]:
    """The newest checks, one summary line each."""
    with read_scope() as s:
        return _summaries(s, list(s.scalars(select(SearchJob).order_by(SearchJob.id.desc()).limit(limit))))


def _summaries(s: Any, jobs: list[SearchJob]) -> list[dict[str, Any]]:
    pending: dict[int, list[str]] = {}
    for row in s.scalars(select(JobSource).where(JobSource.job_id.in_([j.id for j in jobs]))):
        pending.setdefault(row.job_id, []).extend([row.source] if row.status == "pending" else [])
    return [
        {
            "id": j.id,
            "address": j.address,
            "profile": j.profile,
            "status": j.status,
            "status_reason": j.status_reason,
            "risk_score": j.risk_score,
            "source_calls": j.source_calls,
            "created_at": iso(j.created_at),
            "pending": pending.get(j.id, []),
            "flags": {"key_object": j.key_object, "popular": j.popular, "paid": j.paid},
            "property_id": j.property_id,
        }
        for j in jobs
    ]


def wait_for(job_id: int, timeout: float = 60.0, work: bool = True) -> dict[str, Any]:
    """Wait until the check has no pending source (running the source workers here when `work`)."""
    deadline = time.monotonic() + timeout
    while True:
        check = get_check(job_id)
        left = deadline - time.monotonic()
        if not check["pending"] or left <= 0:
            return check
        if work:
            from pipeline.engine.worker import run_until_idle

            run_until_idle(SOURCE_QUEUES, timeout=left)
        else:
            time.sleep(min(0.2, left))


def finalize(job_id: int) -> dict[str, Any]:
    """Freeze the report's facts into a FactSnapshot; returns the snapshot summary."""
    require("finalize")
    with session_scope() as s:
        job = _job(s, job_id)
        snapshot = reports.freeze(s, job)
        pending = progress.pending_sources(s, job)
        return {
            "id": snapshot.id,
            "job_id": job.id,
            "property_id": snapshot.property_id,
            "created_at": iso(snapshot.created_at),
            "facts": len(snapshot.facts),
            "risk_score": snapshot.risk_score,
            "pending_when_frozen": pending,
        }


def get_snapshot(snapshot_id: int) -> dict[str, Any]:
    with read_scope() as s:
        snapshot = s.get(FactSnapshot, snapshot_id)
        if snapshot is None:
            raise BadInput("snapshot", f"no snapshot with id {snapshot_id}")
        return {
            "id": snapshot.id,
            "job_id": snapshot.job_id,
            "property_id": snapshot.property_id,
            "created_at": iso(snapshot.created_at),
            "facts": snapshot.facts,
            "risk": snapshot.risk,
            "risk_score": snapshot.risk_score,
        }


def diff(snapshot_a: int, snapshot_b: int) -> dict[str, Any]:
    """Facts added, removed and changed between two snapshots of one property."""
    with read_scope() as s:
        a, b = s.get(FactSnapshot, snapshot_a), s.get(FactSnapshot, snapshot_b)
        for sid, snap in ((snapshot_a, a), (snapshot_b, b)):
            if snap is None:
                raise BadInput("snapshot", f"no snapshot with id {sid}")
        return reports.diff(a, b)  # type: ignore[arg-type]


def recheck_now(job_id: int, force: bool = True) -> dict[str, Any]:
    """Add SearchTasks to this existing check (all sources when `force`, else only stale ones)."""
    require("check")
    with session_scope() as s:
        new = recheck(s, _job(s, job_id), force=force)
    return {"job_id": job_id, "new_task_ids": new, "check": get_check(job_id)}


def set_flags(
    job_id: int, *, key_object: bool | None = None, popular: bool | None = None, paid: bool | None = None
) -> dict[str, Any]:
    """Mark a check for scheduled re-checks (key object, popular object, paid report)."""
    require("flag")
    with session_scope() as s:
        job = _job(s, job_id)
        for name, value in (("key_object", key_object), ("popular", popular), ("paid", paid)):
            if value is not None:
                setattr(job, name, value)
    return get_check(job_id)


def checks_of_property(job_id: int) -> list[dict[str, Any]]:
    """Every check of the same property as check `job_id`, oldest first (summary rows as `list_checks`)."""
    with read_scope() as s:
        prop = _job(s, job_id).property_id
        return _summaries(
            s, list(s.scalars(select(SearchJob).where(SearchJob.property_id == prop).order_by(SearchJob.id)))
        )


def snapshots_of_property(job_id: int) -> list[dict[str, Any]]:
    """The frozen snapshots of the property of check `job_id`, oldest first: [{id, job_id, created_at}]."""
    with read_scope() as s:
        prop = _job(s, job_id).property_id
        rows = s.scalars(
            select(FactSnapshot).where(FactSnapshot.property_id == prop).order_by(FactSnapshot.id)
        )
        return [{"id": x.id, "job_id": x.job_id, "created_at": iso(x.created_at)} for x in rows]
