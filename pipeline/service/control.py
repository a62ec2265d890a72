"""Control commands over runs and jobs, for the CLI, the dashboard and the assistant: cancel, pause, resume,
runtime overrides, retry, and a run's timeline. Each says who did it; the engine checks every move."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock, control, events, states
from pipeline.engine.exceptions import BadInput, MiranoError
from pipeline.engine.registry import JobSpec, get_job
from pipeline.engine.runs import base_cadence, cadence_seconds, effective_limit, request_run
from pipeline.models import ControlAudit, JobControl, Lease, Run
from pipeline.people import identity
from pipeline.people.directory import require
from pipeline.service import engine as engine_service

DASHBOARD_USER = "dashboard"
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def cli_user() -> str:
    """Who a CLI command acts as: MIRANO_USER, else the OS user."""
    return identity.cli_user()


class NothingToCancel(MiranoError):
    """A cancel found no running or queued run (the reason says which)."""


def _run_or_bad(s: Any, run_id: int) -> Run:
    run = s.get(Run, run_id)
    if run is None:
        raise BadInput("run", f"no run {run_id}")
    return run


# --- a run's timeline --------------------------------------------------------------------------------------


def show_run(run_id: int) -> dict[str, Any]:
    """A run with its timeline of events, what it retried and what retried it."""
    with read_scope() as s:
        run = _run_or_bad(s, run_id)
        lease = s.get(Lease, f"job:{run.job}:{run.scope}")
        row = engine_service.run_dict(run, engine_service.lost_reason(run, lease, clock.now()))
        row["events"] = events.timeline(s, run_id)
        row["retried_by"] = list(s.scalars(select(Run.id).where(Run.retry_of == run_id).order_by(Run.id)))
    return row


# --- cancel ------------------------------------------------------------------------------------------------


def cancel_run(run_id: int, who: str) -> dict[str, Any]:
    """Cancel a running run (it stops between items) or the queued request of its job; says what happened."""
    who = require("cancel", who)
    with session_scope() as s:
        run = _run_or_bad(s, run_id)
        message = control.request_cancel(s, run, who)
        answer = {"run_id": run.id, "job": run.job, "scope": run.scope, "message": message}
    return {**answer, "run": engine_service.get_run(run_id)}


def cancel_job(job: str, scope: str, who: str) -> dict[str, Any]:
    """Cancel what (job, scope) has going: its running run and its queued request."""
    get_job(job)
    who = require("cancel", who)
    done: dict[str, Any] = {"job": job, "scope": scope, "cancelled": [], "dropped": None, "messages": []}
    with session_scope() as s:
        lease = s.get(Lease, f"job:{job}:{scope}")
        running = s.get(Run, lease.run_id) if lease and lease.run_id else None
        if running is not None and running.status == "running":
            done["messages"].append(control.request_cancel(s, running, who))
            done["cancelled"].append(running.id)
        dropped = control.drop_queued(s, job, scope, who)
        if dropped is not None:
            done["dropped"] = dropped.id
            done["messages"].append(f"queued request dropped (recorded as run {dropped.id})")
    if not done["messages"]:
        raise NothingToCancel(f"{job} [{scope}] has no running or queued run to cancel")
    done["message"] = "; ".join(done["messages"])
    return done


def cancel_check(check_id: int, who: str) -> dict[str, Any]:
    from pipeline.checks.cancel import cancel_check as cancel

    who = require("cancel", who)
    with session_scope() as s:
        result = cancel(s, check_id, who)
    if not result.sources:
        raise NothingToCancel(f"check #{check_id} has nothing pending to cancel (it is {result.status})")
    return {
        "check_id": result.check_id,
        "status": result.status,
        "reason": result.reason,
        "sources": result.sources,
        "tasks_cancelled": result.tasks_cancelled,
        "tasks_kept": result.tasks_kept,
    }


# --- pause -------------------------------------------------------------------------------------------------


def pause_job(job: str, scope: str, who: str, paused: bool = True) -> dict[str, Any]:
    """Pause (or resume) the schedule of (job, scope); Run now still works on a paused job."""
    get_job(job)
    who = require("pause", who)
    with session_scope() as s:
        control.set_paused(s, job, scope, who, paused)
    return job_control(job, scope)


def job_control(job: str, scope: str = "global") -> dict[str, Any]:
    """A job's pause and its effective, default and overridden cadence and limit."""
    spec = get_job(job)
    with read_scope() as s:
        held = control.hold(s, job, scope)
        cadence, limit = control.overrides(s, job, scope)
        row = s.get(JobControl, (job, scope))
        return {
            "job": job,
            "scope": scope,
            "paused": bool(held),
            "paused_by": held.paused_by if held else None,
            "paused_since": held.paused_at.isoformat(timespec="seconds") if held and held.paused_at else None,
            "pause_reason": control.pause_reason(held) if held else None,
            "cadence_default_s": spec.cadence_seconds,
            "cadence_override_s": cadence,
            "cadence_effective_s": cadence_seconds(spec, scope),
            "limit_default": spec.limit,
            "limit_override": limit,
            "limit_effective": effective_limit(spec, scope),
            "economy": engine_service.costs.economy_on(s),
            "updated_by": row.updated_by if row else None,
        }


def paused_jobs() -> dict[tuple[str, str], dict[str, Any]]:
    """(job, scope) → who paused it and since when, for every paused job."""
    with read_scope() as s:
        rows = s.scalars(select(JobControl).where(JobControl.paused_at.is_not(None)))
        return {
            (r.job, r.scope): {
                "by": r.paused_by,
                "since": r.paused_at.isoformat(timespec="seconds") if r.paused_at else None,
                "reason": control.pause_reason(r),
            }
            for r in rows
        }


# --- runtime overrides -------------------------------------------------------------------------------------


def parse_cadence(text: str) -> float:
    """ "30m", "2h", "90s", "1d" (or plain seconds) → seconds, within the configured bounds; BadInput names it."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not match:
        raise BadInput("cadence", f"{text!r} is not a duration: use a number with s, m, h or d (e.g. 30m)")
    seconds = float(match.group(1)) * UNITS[match.group(2) or "s"]
    settings = get_settings()
    low, high = settings.cadence_min_seconds, settings.cadence_max_seconds
    if not low <= seconds <= high:
        raise BadInput("cadence", f"{text} is out of bounds: between {_span(low)} and {_span(high)}")
    return seconds


def check_limit(limit: int) -> int:
    high = get_settings().limit_max
    if not 1 <= limit <= high:
        raise BadInput("limit", f"{limit} is out of bounds: between 1 and {high}")
    return limit


def _span(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def set_job(
    job: str,
    scope: str,
    who: str,
    *,
    cadence: str | None = None,
    limit: int | None = None,
    reset: bool = False,
) -> dict[str, Any]:
    """Validate every value first (nothing changes on bad input), then store, audit and reschedule."""
    spec = get_job(job)
    seconds = parse_cadence(cadence) if cadence is not None else None
    checked = check_limit(limit) if limit is not None else None
    if seconds is None and checked is None and not reset:
        raise BadInput("cadence", "give --cadence, --limit or --reset")
    who = require("settings", who)
    before = base_cadence(spec, scope)
    with session_scope() as s:
        control.set_overrides(s, job, scope, who, cadence=seconds, limit=checked, reset=reset)
    _reschedule(spec, scope, before)
    return job_control(job, scope)


def _reschedule(spec: JobSpec, scope: str, before: float) -> None:
    """Move the planned next run by the change of cadence (a job in backoff keeps its backoff)."""
    from datetime import timedelta

    from pipeline.models import JobState

    after = base_cadence(spec, scope)
    if after == before:
        return
    factor = get_settings().economy_cadence_factor if engine_service.costs.economy_on() else 1.0
    with session_scope() as s:
        state = s.get(JobState, (spec.name, scope))
        if state is None or state.next_run_at is None or state.consecutive_failures:
            return
        state.next_run_at = state.next_run_at + timedelta(seconds=(after - before) * factor)


def audit_log(job: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Recent control changes, newest first."""
    with read_scope() as s:
        query = select(ControlAudit).order_by(ControlAudit.id.desc()).limit(limit)
        if job:
            query = query.where(ControlAudit.job == job)
        return [
            {
                "at": r.at.isoformat(timespec="seconds"),
                "who": r.who,
                "action": r.action,
                "job": r.job,
                "scope": r.scope,
                "target": r.target,
                "before": r.before,
                "after": r.after,
            }
            for r in s.scalars(query)
        ]


# --- retry -------------------------------------------------------------------------------------------------


def retry_run(run_id: int, who: str, wait: bool = False) -> dict[str, Any]:
    """A new run of a failed or cancelled run's job and scope, linked to it (`retry_of`)."""
    who = require("retry", who)
    with session_scope() as s:
        run = _run_or_bad(s, run_id)
        lease = s.get(Lease, f"job:{run.job}:{run.scope}")
        shown = "failed" if engine_service.lost_reason(run, lease, clock.now()) else run.status
        if not states.can_retry(shown):
            raise states.InvalidTransition(
                f"run {run_id} is {shown}: only a failed or cancelled run can be retried"
            )
        job, scope = run.job, run.scope
        control.audit(s, who, "retry", job=job, scope=scope, target=f"run {run_id}")
    with identity.acting_as(identity.Actor(who, local=identity.current().local)):
        answer = request_run(job, scope, "retry", background=not wait, retry_of=run_id)
    result = {**answer.as_dict(), "retry_of": run_id}
    if answer.run_id is not None and answer.outcome != "queued":
        result["run"] = engine_service.get_run(answer.run_id)
    return result
