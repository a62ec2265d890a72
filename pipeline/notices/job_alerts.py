"""Alerts on a job's health: N failures in a row (MIRANO_ALERT_FAILURES, default 3), or a last success older than
MIRANO_ALERT_STALE_CADENCES of the job's cadences (the notices.health job looks), raise one notice per incident
through the outbox (inbox, webhook, e-mail), and the first successful run after it raises one recovery notice.

The incident's state lives in the job's watch (`notice_watches`, kind "job"), written in the transaction that
settles the run, so two processes settling runs of one job cannot both open (or close) the same incident.
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import serialize
from pipeline.engine import clock
from pipeline.models import JobState, Run
from pipeline.models.notices import Watch
from pipeline.notices.watches import record_notice, watch_for

KIND = "job"


def job_key(job: str, scope: str) -> int:
    """A stable id for (job, scope) in the watches' integer target column."""
    return zlib.crc32(f"{job}:{scope}".encode()) & 0x7FFFFFFF


def label(job: str, scope: str) -> str:
    return job if scope == "global" else f"{job} [{scope}]"


def note_run_settled(s: Session, state: JobState, run: Run) -> None:
    """Open an incident at the Nth failure in a row; close it with a recovery notice at the next success."""
    if run.status not in ("failed", "ok"):
        return
    threshold = get_settings().alert_failures
    if run.status == "failed" and state.consecutive_failures < threshold:
        return
    serialize(s, f"alert:{run.job}:{run.scope}")
    watch = watch_for(s, KIND, job_key(run.job, run.scope))
    open_incident = bool(watch and watch.baseline.get("incident"))
    if run.status == "failed" and not open_incident:
        watch = watch or _job_watch(s, run)
        _open(s, watch, state, run)
    elif run.status == "ok" and open_incident and watch is not None:
        _close(s, watch, run)


def note_stale_jobs(s: Session) -> list[str]:
    """Open a "stale" incident for every job whose last success is older than its threshold (paused jobs and jobs
    that never succeeded are left alone); the next success closes it with a recovery notice. Returns the jobs."""
    from pipeline.engine import control
    from pipeline.engine.registry import jobs
    from pipeline.engine.runs import cadence_seconds

    now, factor = clock.now(), get_settings().alert_stale_cadences
    paused = control.paused_keys(s)
    opened = []
    for state in s.scalars(select(JobState).where(JobState.last_success_at.is_not(None))):
        spec = jobs().get(state.job)
        if spec is None or control.is_paused(paused, state.job, state.scope) or not spec.cadence_seconds:
            continue
        if now - state.last_success_at <= timedelta(seconds=cadence_seconds(spec, state.scope) * factor):
            continue
        serialize(s, f"alert:{state.job}:{state.scope}")
        watch = watch_for(s, KIND, job_key(state.job, state.scope))
        if watch is not None and watch.baseline.get("incident"):
            continue
        watch = watch or _watch_of(s, state.job, state.scope)
        since = state.last_success_at.isoformat(timespec="seconds")
        diff = {"alert": "stale", "job": state.job, "scope": state.scope, "last_success_at": since}
        title = f"{watch.label}: no success since {since}"
        record_notice(s, watch, title, "job", diff, [{"run_id": state.last_run_id}])
        watch.baseline = {"incident": True, "since_run": state.last_run_id, "stale": True}
        opened.append(state.job)
    return opened


def _job_watch(s: Session, run: Run) -> Watch:
    return _watch_of(s, run.job, run.scope)


def _watch_of(s: Session, job: str, scope: str) -> Watch:
    watch = Watch(kind=KIND, target_id=job_key(job, scope), label=label(job, scope), baseline={})
    watch.created_at = clock.now()
    s.add(watch)
    s.flush()
    return watch


def _open(s: Session, watch: Watch, state: JobState, run: Run) -> None:
    failures = state.consecutive_failures
    diff = {
        "alert": "failing",
        "job": run.job,
        "scope": run.scope,
        "failures": failures,
        "last_reason": run.reason,
        "run_id": run.id,
    }
    title = f"{watch.label}: failed {failures} times in a row, last: {run.reason}"
    record_notice(s, watch, title, "job", diff, [{"run_id": run.id, "reason": run.reason}])
    watch.baseline = {"incident": True, "since_run": run.id, "failures": failures}


def _close(s: Session, watch: Watch, run: Run) -> None:
    since = watch.baseline.get("since_run")
    diff = {"alert": "recovered", "job": run.job, "scope": run.scope, "run_id": run.id, "since_run": since}
    title = f"{watch.label}: recovered, run {run.id} ok"
    record_notice(s, watch, title, "job", diff, [{"run_id": run.id}])
    watch.baseline = {"incident": False, "last_recovered_run": run.id}
