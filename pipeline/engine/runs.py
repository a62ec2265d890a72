"""Runs: one bounded execution of a job, at most one per (job, scope) at a time across threads and processes.

`request_run` takes the (job, scope) lease in one transaction. While a run holds it, further requests are
coalesced into a single queued run that starts as soon as the current one ends. A heartbeat keeps the lease;
a lease whose holder died expires and its run is marked failed "worker lost". Which status may follow which is
`states`; what a run did, step by step, is its timeline (`events`); cancel, pause and overrides are `control`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.config import get_settings
from pipeline.db import joined_read_scope, serialize, session_scope
from pipeline.engine import clock, control, costs, events, states
from pipeline.engine.backoff import backoff_seconds
from pipeline.engine.context import RunContext
from pipeline.engine.exceptions import RunSkipped, failure_reason
from pipeline.engine.heartbeat import Heartbeat, beat, holder_id, lease_name  # noqa: F401 — re-exported
from pipeline.engine.registry import JobSpec, get_job
from pipeline.models import JobState, Lease, Run
from pipeline.people import identity

SYSTEM_TRIGGERS = frozenset({"schedule", "recheck", "queued", "notice"})
Trigger = Literal["schedule", "button", "cli", "recheck", "queued", "notice", "retry", "test"]
Outcome = Literal["started", "queued", "skipped"]
log = logging.getLogger(__name__)
hhmm = control.hhmm

# Called with (session, job state, run) in the transaction that settles a run: domains listen here (the failure
# alerts in pipeline.notices), so the engine names none of them.
SettleListener = Callable[[Session, JobState, Run], None]
settle_listeners: list[SettleListener] = []


def _tell_listeners(s: Session, state: JobState, run: Run) -> None:
    for listener in settle_listeners:
        listener(s, state, run)


@dataclass
class RunRequest:
    """What happened to a request: a run started, was coalesced into the queued one, or was skipped."""

    outcome: Outcome
    job: str
    scope: str
    message: str
    run_id: int | None = None
    thread: threading.Thread | None = field(default=None, repr=False)

    def wait(self, timeout: float | None = None) -> None:
        if self.thread is not None:
            self.thread.join(timeout)

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "job": self.job,
            "scope": self.scope,
            "run_id": self.run_id,
            "message": self.message,
        }


def request_run(
    job: str,
    scope: str = "global",
    trigger: Trigger = "cli",
    *,
    background: bool = False,
    defer: bool = False,
    fired: bool = False,
    retry_of: int | None = None,
) -> RunRequest:
    """Start a run now, or coalesce into the queued one if a run holds the lease.

    Runs in this thread unless `background`; `defer` only queues it for the scheduler's next tick. `fired` marks
    a scheduler's request: it starts only if the job is still due (or still queued) when the lease is taken, so a
    scheduler that lost its leadership between reading and firing never runs a job its successor already ran.
    `retry_of` links the new run to the failed or cancelled run it retries.
    """
    spec = get_job(job)
    holder = holder_id()
    with session_scope() as s:
        reap_expired_leases(s)
        if defer:
            answer = _defer(s, spec, scope, trigger)
        else:
            answer = _reserve(s, spec, scope, trigger, holder, fired, retry_of)
    if answer.outcome != "started":
        return answer
    if background:
        answer.thread = threading.Thread(
            target=_execute_then_drain,
            args=(spec, scope, answer.run_id, trigger),
            name=f"run-{job}",
            daemon=True,
        )
        answer.thread.start()
    else:
        _execute_then_drain(spec, scope, answer.run_id, trigger)
    return answer


def queue_run(s: Session, job: str, trigger: Trigger, scope: str = "global") -> RunRequest:
    """Ask for a run inside the caller's transaction: it is asked for exactly when the caller's work commits (a
    crash before the commit asks for nothing), and the leading scheduler starts it at its next tick."""
    return _defer(s, get_job(job), scope, trigger)


def requested_by(trigger: str) -> str:
    """Who asks for a run: the system for what the schedule, a re-check or a notice fires, else the person acting."""
    if trigger in SYSTEM_TRIGGERS:
        return identity.SCHEDULER
    if trigger == "webhook":
        return "webhook"
    return identity.current_name()


def started_text(trigger: str, who: str | None) -> str:
    """ "started by cli (anna@example.com)"; the person is left out when the system asked ("started by schedule")."""
    return f"started by {trigger}" + (f" ({who})" if who and who not in (identity.SCHEDULER, trigger) else "")


def _queue(state: JobState, trigger: str) -> None:
    state.queued_trigger, state.queued_at, state.queued_by = trigger, clock.now(), requested_by(trigger)


def _queued_by(state: JobState) -> str:
    return state.queued_by or state.queued_trigger or ""


def _defer(s: Session, spec: JobSpec, scope: str, trigger: str) -> RunRequest:
    serialize(s, lease_name(spec.name, scope))
    state = _job_state(s, spec.name, scope)
    if state.queued_trigger and not _widens(state.queued_trigger, trigger):
        return RunRequest("queued", spec.name, scope, f"already queued (by {_queued_by(state)}); runs next")
    _queue(state, trigger)
    state.queued_retry_of = None
    if s.get(Lease, lease_name(spec.name, scope)) is None:
        state.status = "queued"
    return RunRequest(
        "queued", spec.name, scope, "queued for the running scheduler; it starts at its next tick"
    )


def _widens(queued: str, trigger: str) -> bool:
    """A request for a whole run replaces a queued webhook run (which re-reads only what webhooks named)."""
    return queued == "webhook" and trigger != "webhook"


def is_due(state: JobState | None, now: datetime) -> bool:
    """A scheduled run is due: never run, or its next run time has come."""
    return state is None or state.next_run_at is None or state.next_run_at <= now


def _still_wanted(state: JobState, lease: Lease | None, trigger: str) -> bool:
    """A scheduler's request still stands: the request it fired for still waits, or the job is due and idle."""
    if state.queued_trigger:
        return True  # starts now, or stays queued behind the running run
    return trigger == "schedule" and lease is None and is_due(state, clock.now())


def _reserve(
    s: Session,
    spec: JobSpec,
    scope: str,
    trigger: str,
    holder: str,
    fired: bool = False,
    retry_of: int | None = None,
) -> RunRequest:
    """Start a run of (job, scope) now, or queue the request behind the run that holds its lease."""
    serialize(s, lease_name(spec.name, scope))
    state = _job_state(s, spec.name, scope)
    lease = s.get(Lease, lease_name(spec.name, scope))
    if fired and not _still_wanted(state, lease, trigger):
        return RunRequest("skipped", spec.name, scope, "already run: no longer due")
    held = control.hold(s, spec.name, scope) if fired and trigger == "schedule" else None
    if held is not None:  # paused after the scheduler read it: the schedule never fires a paused job
        return RunRequest("skipped", spec.name, scope, control.pause_reason(held))
    if lease is not None:
        return _queue_behind_running(s, state, lease, trigger, retry_of)
    if retry_of is None and state.queued_trigger == trigger:
        retry_of = state.queued_retry_of  # the queued request this run answers was a retry: keep its link
    # This run answers any request that was waiting (a deferred run-now), whether it starts or skips.
    who = state.queued_by if trigger == state.queued_trigger and state.queued_by else requested_by(trigger)
    state.forget_queued()
    skip = preflight_skip_reason(spec)
    run = _open_run(s, spec, scope, trigger, holder, retry_of)
    run.started_by = who
    events.record(
        s, run.id, "started", started_text(trigger, who), {"trigger": trigger, "by": who, "limit": run.limit}
    )
    if skip:
        run.status, run.reason, run.ended_at = "skipped", skip, run.started_at
        events.record(s, run.id, "finished", skip, {"status": "skipped", "processed": 0})
        _settle(state, spec, run, run.started_at)
        return RunRequest("skipped", spec.name, scope, skip, run.id)
    _take_lease(s, state, run)
    return RunRequest("started", spec.name, scope, f"started run {run.id}", run.id)


def _job_state(s: Session, job: str, scope: str) -> JobState:
    state = s.get(JobState, (job, scope)) or JobState(job=job, scope=scope, status="idle", state={})
    s.add(state)
    return state


def _queue_behind_running(
    s: Session, state: JobState, lease: Lease, trigger: str, retry_of: int | None = None
) -> RunRequest:
    """A run holds the lease: coalesce this request into the one queued run (made now if there is none)."""
    running = s.get(Run, lease.run_id) if lease.run_id else None
    since = (
        f"since {hhmm(running.started_at)}, {started_text(running.trigger, running.started_by)}"
        if running
        else ""
    )
    if state.queued_trigger and not _widens(state.queued_trigger, trigger):
        message = f"already running {since}; a run is already queued to run next (by {_queued_by(state)})"
    else:
        _queue(state, trigger)
        state.status, state.queued_retry_of = "queued", retry_of
        message = f"already running {since}; queued to run next"
    return RunRequest("queued", state.job, state.scope, message.replace("  ", " "), lease.run_id)


def _open_run(
    s: Session, spec: JobSpec, scope: str, trigger: str, holder: str, retry_of: int | None = None
) -> Run:
    """The run's row, with the limit and economy flag it runs under (flushed, so it has its id)."""
    now = clock.now()
    run = Run(
        job=spec.name,
        scope=scope,
        trigger=trigger,
        holder=holder,
        started_at=now,
        heartbeat_at=now,
        limit=effective_limit(spec, scope),
        retry_of=retry_of,
    )
    run.economy = costs.economy_on(s)
    s.add(run)
    s.flush()
    return run


def _take_lease(s: Session, state: JobState, run: Run) -> None:
    """Give the (job, scope) lease to the run: from now on further requests queue behind it."""
    s.add(
        Lease(
            name=lease_name(run.job, run.scope),
            holder=run.holder,
            run_id=run.id,
            acquired_at=run.started_at,
            expires_at=run.started_at + timedelta(seconds=get_settings().lease_seconds),
        )
    )
    state.status, state.last_run_id = "running", run.id


def preflight_skip_reason(spec: JobSpec) -> str | None:
    """Why a run of this job should not start now, in words; None when it may start."""
    if spec.enabled_when is not None:
        reason = spec.enabled_when()
        if reason:
            return reason
    paused = spec.economy_reason(get_settings().openai_api_key) if costs.economy_on() else None
    if paused:
        return paused
    return costs.budget_reached(kinds=costs.kinds_for(spec))


def effective_limit(spec: JobSpec, scope: str = "global") -> int:
    """The per-run limit a run starts with: the runtime override (or the default), times economy's factor."""
    with joined_read_scope() as s:
        limit = control.overrides(s, spec.name, scope)[1] or spec.limit
    if costs.economy_on():
        return max(1, int(limit * get_settings().economy_limit_factor))
    return limit


def _execute_then_drain(spec: JobSpec, scope: str, run_id: int | None, trigger: str) -> None:
    """Execute the run, then any run that was queued behind it (coalesced requests), one after another."""
    while run_id is not None:
        _execute(spec, scope, run_id, trigger)
        run_id, trigger = _start_queued(spec, scope)


def _start_queued(spec: JobSpec, scope: str) -> tuple[int | None, str]:
    with session_scope() as s:
        state = s.get(JobState, (spec.name, scope))
        if state is None or not state.queued_trigger:
            return None, ""
        trigger = state.queued_trigger
        answer = _reserve(s, spec, scope, trigger, holder_id())
        state.forget_queued()
        return (answer.run_id if answer.outcome == "started" else None), trigger


def _execute(spec: JobSpec, scope: str, run_id: int, trigger: str) -> None:
    with session_scope() as s:
        run = s.get(Run, run_id)
        state = s.get(JobState, (spec.name, scope))
        assert run is not None and state is not None
        ctx = RunContext(
            run_id,
            spec.name,
            scope,
            trigger,
            run.limit,
            run.economy,
            run.holder or holder_id(),
            dict(state.state or {}),
            events_written=events.count(s, run_id),
        )
    heartbeat = Heartbeat(ctx)
    heartbeat.start()
    status, reason = "ok", None
    try:
        summary = spec.func(ctx)  # the job's own summary of what it did, when it gives one
        reason = summary if summary is not None else ctx.stop_reason
        if ctx.lease_lost:
            status, reason = "failed", "lease lost: another worker took over this run"
    except RunSkipped as exc:
        status, reason = "skipped", exc.reason
    except Exception as exc:  # every failure keeps a reason a person can read
        status, reason = "failed", failure_reason(exc)
    finally:
        heartbeat.stop()
    _finish(ctx, status, reason)


def _finish(ctx: RunContext, status: str, reason: str | None) -> None:
    with session_scope() as s:
        run = s.get(Run, ctx.run_id)
        state = s.get(JobState, (ctx.job, ctx.scope))
        assert run is not None and state is not None
        ctx.flush_events(s, progress=False)  # the pages and batches still in memory, before the last event
        if run.status != "running":  # reaped as "worker lost" meanwhile; keep that verdict
            return
        now = clock.now()
        status = states.ended_status(status, run.cancel_requested_at is not None)
        if status == "cancelled":
            reason = control.cancelled_reason(run, ctx.processed_count, reason)
        states.check_move(states.shown(run.status, run.cancel_requested_at is not None), status, run.id)
        run.status, run.reason, run.ended_at, run.processed = status, reason, now, ctx.processed_count
        run.progress_done = ctx.done
        kind = {"cancelled": "cancelled", "failed": "error"}.get(status, "finished")
        events.record(s, run.id, kind, reason, {"status": status, "processed": ctx.processed_count})
        if kind == "error":
            events.record(s, run.id, "finished", None, {"status": status, "processed": ctx.processed_count})
        costs.apply_to_run(run, ctx.cost)
        state.state = dict(ctx.state)
        _settle(state, get_job(ctx.job), run, now)
        _tell_listeners(s, state, run)
        s.execute(
            delete(Lease).where(Lease.name == lease_name(ctx.job, ctx.scope), Lease.run_id == ctx.run_id)
        )


def _settle(state: JobState, spec: JobSpec, run: Run, now: datetime) -> None:
    """Update job state after a run ended: last success, failure streak, backoff and the next run time."""
    settings = get_settings()
    state.last_run_id, state.last_reason = run.id, run.reason
    state.status = "queued" if state.queued_trigger else run.status
    if run.status == "failed":
        state.consecutive_failures += 1
        delay = backoff_seconds(
            state.consecutive_failures, settings.backoff_base_seconds, settings.backoff_cap_seconds
        )
        state.next_run_at = now + timedelta(seconds=delay)
        state.backoff_reason = (
            f"{state.consecutive_failures} failure(s) in a row, last: {run.reason}; "
            f"next attempt at {hhmm(state.next_run_at)}"
        )
        return
    if run.status == "ok":
        state.last_success_at = now
    state.consecutive_failures, state.backoff_reason = 0, None
    state.next_run_at = now + timedelta(seconds=cadence_seconds(spec, state.scope))


def cadence_seconds(spec: JobSpec, scope: str = "global") -> float:
    """The effective cadence: the runtime override (or the default), times economy's factor."""
    factor = get_settings().economy_cadence_factor if costs.economy_on() else 1.0
    return base_cadence(spec, scope) * factor


def base_cadence(spec: JobSpec, scope: str = "global") -> float:
    """The cadence before economy mode: the runtime override, or the job's default."""
    with joined_read_scope() as s:
        return control.overrides(s, spec.name, scope)[0] or spec.cadence_seconds


def reap_expired_leases(s: Session) -> list[int]:
    """Runs whose holder stopped heartbeating: mark them failed "worker lost" and free their lease."""
    now = clock.now()
    reaped = []
    # A lease taken "in the future" or ending further ahead than one term was written by a clock that ran ahead:
    # it is no longer honoured.
    skew = timedelta(seconds=get_settings().clock_skew_seconds)
    beyond = now + skew + timedelta(seconds=get_settings().lease_seconds)
    ended = (Lease.expires_at <= now) | (Lease.expires_at > beyond) | (Lease.acquired_at > now + skew)
    for lease in s.scalars(select(Lease).where(ended, Lease.name.like("job:%"))).all():
        run = s.get(Run, lease.run_id) if lease.run_id else None
        s.delete(lease)
        if run is None or run.status != "running":
            continue
        run.status, run.ended_at = "failed", now
        run.reason = f"worker lost: no heartbeat since {hhmm(run.heartbeat_at)} (holder {run.holder})"
        events.record(s, run.id, "error", run.reason, {"status": "failed", "processed": run.processed})
        state = s.get(JobState, (run.job, run.scope))
        if state is not None:
            _settle(state, get_job(run.job), run, now)
            _tell_listeners(s, state, run)
        reaped.append(run.id)
    s.flush()
    return reaped
