"""Read and command layer over the engine: what the dashboard, the assistant and the CLI use."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from pipeline import dialect
from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock, control, costs, states
from pipeline.engine.exceptions import BadInput, MiranoError
from pipeline.engine.registry import jobs
from pipeline.engine.runs import (
    RunRequest,
    cadence_seconds,
    effective_limit,
    lease_name,
    reap_expired_leases,
    request_run,
)
from pipeline.engine.scheduler import LEADER_LEASE, live_lease
from pipeline.models import CostEntry, JobControl, JobState, Lease, Run
from pipeline.people.directory import require
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers
from pipeline.service.runs import (  # noqa: F401 — the run reads, re-exported where callers have always found them
    PROGRESS_WORDS,
    _iso,
    eta_seconds,
    first_run_at,
    get_run,
    list_runs,
    lost_reason,
    progress,
    run_after,
    run_dict,
    run_people,
    running_run,
)


def list_jobs() -> list[dict[str, Any]]:
    """Every registered job with its state, last run, cost today and next run."""
    specs = jobs()
    since = costs.start_of_today()
    with session_scope() as s:
        reap_expired_leases(s)
        states = {(st.job, st.scope): st for st in s.scalars(select(JobState))}
        leases = {lease.name: lease for lease in s.scalars(select(Lease))}
        spent = select(Run.job, func.sum(Run.cost_usd)).where(Run.started_at >= since).group_by(Run.job)
        today = {job: cost for job, cost in s.execute(spent)}
        paused = {(c.job, c.scope): c for c in s.scalars(select(JobControl))}
        rows = []
        for name, spec in specs.items():
            state = states.get((name, "global"))
            last = s.get(Run, state.last_run_id) if state and state.last_run_id else None
            lease = leases.get(f"job:{name}:global")
            running = s.get(Run, lease.run_id) if lease and lease.run_id else None
            if (
                running is None and lease is not None
            ):  # claimed, its run row written before the lease names it
                running = s.scalar(
                    select(Run)
                    .where(Run.job == name, Run.scope == "global", Run.status.in_(("running", "cancelling")))
                    .order_by(Run.id.desc())
                    .limit(1)
                )
            row = _job_row(spec, state, last, running, float(today.get(name) or 0.0))
            rows.append({**row, **_control_fields(spec, paused.get((name, "global")))})
        return rows


def _control_fields(spec: Any, row: JobControl | None) -> dict[str, Any]:
    """Who paused the job and since when, and its runtime overrides beside the defaults."""
    held = row is not None and row.paused_at is not None
    return {
        "paused": held,
        "paused_by": row.paused_by if held and row else None,
        "paused_since": _iso(row.paused_at) if held and row else None,
        "pause_reason": control.pause_reason(row) if held and row else None,
        "cadence_default_s": spec.cadence_seconds,
        "cadence_override_s": row.cadence_seconds if row else None,
        "limit_default": spec.limit,
        "limit_override": row.limit if row else None,
    }


def _job_row(
    spec: Any, state: JobState | None, last: Run | None, running: Run | None, cost_today: float
) -> dict:
    status = "running" if running else (state.status if state else "idle")
    if running is not None:
        status = states.shown(running.status, running.cancel_requested_at is not None)
    if running is None and state is not None and state.queued_trigger:
        status = "queued"
    return {
        "name": spec.name,
        "class": spec.job_class,
        "scope": spec.scope,
        "description": spec.description,
        "status": status,
        "running_run_id": running.id if running else None,
        "running_since": _iso(running.started_at) if running else None,
        "progress": {"processed": running.processed, "limit": running.limit} | progress(running)
        if running
        else None,
        "queued": bool(state and state.queued_trigger),
        "last_run_id": last.id if last else None,
        "last_status": last.status if last else None,
        "last_started_by": last.started_by if last else None,
        "last_success_at": _iso(state.last_success_at) if state else None,
        "processed": last.processed if last else 0,
        "reason": (state.backoff_reason or state.last_reason) if state else None,
        "backoff": state.backoff_reason if state else None,
        "consecutive_failures": state.consecutive_failures if state else 0,
        "next_run_at": _iso(state.next_run_at) if state and state.next_run_at else None,
        "cadence_s": cadence_seconds(spec),
        "limit": spec.limit,
        "effective_limit": effective_limit(spec),  # the economy limit while economy mode is on
        "cost_last_run_usd": round(last.cost_usd, 6) if last else 0.0,
        "cost_last_run": run_dict(last)["cost"] if last else None,
        "cost_today_usd": round(cost_today, 6),
    }


def run_now(
    job: str, scope: str = "global", trigger: str = "button", wait: bool = False, defer: bool = False
) -> dict[str, Any]:
    """Start a run (in the background unless `wait`; or hand it to the scheduler with `defer`), or say why not."""
    require("run")
    answer: RunRequest = request_run(job, scope, trigger, background=not wait, defer=defer)  # type: ignore[arg-type]
    result = answer.as_dict()
    _say_paused(result, job, scope)
    if wait and answer.run_id is not None and answer.outcome == "started":
        result["run"] = get_run(answer.run_id)
    return result


POLL_SECONDS = 0.2


def check_scope(scope: str) -> str:
    """`global` or the slug of an existing project; anything else is bad input (before a run is recorded)."""
    from pipeline.models.memory import Project

    if scope == "global":
        return scope
    with read_scope() as s:
        if s.scalar(select(Project.id).where(Project.slug == scope)) is None:
            raise BadInput("scope", f"no project {scope!r}: use 'global' or a slug from `mirano projects`")
    return scope


def run_and_wait(
    job: str, scope: str = "global", trigger: str = "cli", timeout: float | None = None
) -> dict[str, Any]:
    """Run now in this thread and answer with the finished run. When a run holds the lease, the request is
    queued behind it: wait for the run it became (its holder starts it next), or, when nothing took it up once
    the lease is free (the holder died, no scheduler), run it here. Raises RunWaitTimeout after `timeout` s."""
    require("run")
    deadline = None if timeout is None else time.monotonic() + timeout
    answer = request_run(job, scope, trigger)  # type: ignore[arg-type]
    waited_behind: list[int] = []
    while answer.outcome == "queued":
        ahead = answer.run_id or 0
        waited_behind.append(ahead)
        became = _turn_of_queued(job, scope, ahead, deadline)
        if became is not None:
            _until_ended(became, deadline)
            return {
                "outcome": "ran",
                "job": job,
                "scope": scope,
                "run_id": became,
                "message": f"queued behind run {ahead}; ran as run {became}",
                "run": get_run(became),
            }
        answer = request_run(job, scope, trigger)  # type: ignore[arg-type]  # free, and nobody took it: here
    result = answer.as_dict()
    _say_paused(result, job, scope)
    if waited_behind:
        result["message"] += f" (after waiting for run {waited_behind[-1]})"
    if answer.run_id is not None:
        result["run"] = get_run(answer.run_id)
    return result


def _say_paused(result: dict[str, Any], job: str, scope: str) -> None:
    """Run now works on a paused job; the answer says the job is paused (its schedule does not fire it)."""
    with read_scope() as s:
        held = control.hold(s, job, scope)
        if held is not None:
            result["paused"] = control.pause_reason(held)
            result["message"] += f"; note: the job is {result['paused']} (its schedule does not fire it)"


class RunWaitTimeout(MiranoError):
    """`run_and_wait` gave up waiting (the reason says for which run)."""


def _turn_of_queued(job: str, scope: str, ahead: int, deadline: float | None) -> int | None:
    """The run a request queued behind run `ahead` became, or None once the lease is free and no run took it."""
    while True:
        with session_scope() as s:
            reap_expired_leases(s)  # a dead holder's lease expires into "worker lost" and frees the job
            newer = s.scalar(
                select(Run.id)
                .where(Run.job == job, Run.scope == scope, Run.id > ahead)
                .order_by(Run.id)
                .limit(1)
            )
            free = s.get(Lease, lease_name(job, scope)) is None
        if newer is not None:
            return int(newer)
        if free:
            return None
        _pause(deadline, f"still queued behind run {ahead} of {job} [{scope}]")


def _until_ended(run_id: int, deadline: float | None) -> None:
    while (get_run(run_id) or {}).get("status") in states.ACTIVE:
        _pause(deadline, f"run {run_id} is still running")


def _pause(deadline: float | None, doing: str) -> None:
    if deadline is not None and time.monotonic() >= deadline:
        raise RunWaitTimeout(f"gave up waiting: {doing}")
    time.sleep(POLL_SECONDS)


def check_database() -> None:
    """Raise the database's problem now (unreachable, damaged, not migrated): a long-running process must not
    start and then idle on it."""
    with read_scope() as s:
        s.execute(select(Lease.name).limit(1))


def scheduler_alive() -> bool:
    """True while some process holds a live scheduler lease."""
    with session_scope() as s:
        lease = s.get(Lease, LEADER_LEASE)
        return lease is not None and live_lease(lease, clock.now())  # its holder's term is its own


def economy() -> dict[str, Any]:
    """Economy mode and what it changes."""
    settings = get_settings()
    return {
        "on": costs.economy_on(),
        "limit_factor": settings.economy_limit_factor,
        "cadence_factor": settings.economy_cadence_factor,
        "llm_paused": costs.economy_on() and settings.llm_online,
    }


def set_economy(on: bool) -> dict[str, Any]:
    """Turn economy mode on or off; the next runs already planned move with the cadence it sets."""
    who = require("economy")
    was = costs.economy_on()
    costs.set_economy(on)
    if was != on:
        _audit_setting(who, "economy", {"on": was}, {"on": on})
    if was != on:
        reschedule_for_cadence(
            get_settings().economy_cadence_factor if on else 1.0,
            1.0 if on else get_settings().economy_cadence_factor,
        )
    return economy()


def reschedule_for_cadence(new_factor: float, old_factor: float) -> None:
    """Move each planned next run as if its last run had been settled under the new cadence (backoffs stay)."""
    with session_scope() as s:
        for state in s.scalars(select(JobState).where(JobState.next_run_at.is_not(None))):
            spec = jobs().get(state.job)
            if spec is None or not spec.cadence_seconds or state.consecutive_failures:
                continue
            shift = spec.cadence_seconds * (new_factor - old_factor)
            state.next_run_at = state.next_run_at + timedelta(seconds=shift)


def budgets() -> dict[str, Any]:
    """Daily budgets, today's spend and which budget (if any) stops work now."""
    return {
        "budgets": costs.budgets(),
        "spent_today": costs.spend_today(),
        "reached": costs.budget_reached(),
        "timezone": get_settings().business_timezone,  # whose midnight starts "today"
    }


def set_budget(kind: str, limit: float | None) -> dict[str, Any]:
    """Set (or with None, remove) a daily budget; admins only, audited."""
    who = require("budget")
    before = costs.budgets().get(kind)
    costs.set_budget(kind, limit)
    _audit_setting(who, "budget", {kind: before}, {kind: limit})
    return budgets()


def _audit_setting(who: str, action: str, before: dict[str, Any], after: dict[str, Any]) -> None:
    with session_scope() as s:
        control.audit(s, who, action, before=before, after=after)


def daily_series(days: int = 14) -> list[dict[str, Any]]:
    """Runs and cost per day and job, for charts."""
    since = clock.now() - timedelta(days=days)
    with session_scope() as s:
        rows = s.execute(
            select(Run.job, Run.status, Run.started_at, Run.cost_usd, Run.processed).where(
                Run.started_at >= since
            )
        ).all()
    series: dict[tuple[str, str, str], dict[str, Any]] = {}
    for job, status, started, cost, processed in rows:
        day = started.astimezone().date().isoformat()
        row = series.setdefault(
            (day, job, status),
            {"day": day, "job": job, "status": status, "runs": 0, "cost_usd": 0.0, "processed": 0},
        )
        row["runs"] += 1
        row["cost_usd"] += cost
        row["processed"] += processed
    return sorted(series.values(), key=lambda r: (r["day"], r["job"]))


def cost_series(days: int = 14) -> list[dict[str, Any]]:
    """Spend per time bucket and cost kind (count and money from the price table): hours for a range of two days
    or less, days otherwise, so a chart of one busy day is not one fat bar."""
    since = clock.now() - timedelta(days=days)
    prices = get_settings().prices()
    hourly = days <= 2
    with session_scope() as s:
        rows = s.execute(
            select(Run.started_at, Run.embeddings, Run.llm_calls, Run.tokens, Run.source_calls).where(
                Run.started_at >= since
            )
        ).all()
        rows += s.execute(
            select(
                CostEntry.at,
                CostEntry.embeddings,
                CostEntry.llm_calls,
                CostEntry.tokens,
                CostEntry.source_calls,
            ).where(CostEntry.at >= since)
        ).all()
    series: dict[tuple[str, str], dict[str, Any]] = {}
    for started, *amounts in rows:
        local = started.astimezone()
        bucket = local.strftime("%Y-%m-%dT%H:00") if hourly else local.date().isoformat()
        for kind, amount in zip(costs.KINDS, amounts, strict=True):
            if not amount:
                continue
            row = series.setdefault(
                (bucket, kind), {"bucket": bucket, "kind": kind, "amount": 0, "usd": 0.0, "hourly": hourly}
            )
            row["amount"] += amount
            row["usd"] += prices[kind] * amount
    return sorted(series.values(), key=lambda r: (r["bucket"], r["kind"]))


def cost_entries(days: int | None = 31) -> list[dict[str, Any]]:
    """Spend outside runs (the assistant's answers with an online model), newest first, in the runs' cost shape:
    of the last `days` days, or all of it when None."""
    query = select(CostEntry).order_by(CostEntry.id.desc())
    if days is not None:
        query = query.where(CostEntry.at >= clock.now() - timedelta(days=days))
    with read_scope() as s:
        entries = s.scalars(query).all()
    return [
        {
            "spender": e.spender,
            "at": e.at.isoformat(),
            "cost": {**{k: getattr(e, k) for k in costs.KINDS}, "usd": e.cost_usd},
        }
        for e in entries
    ]


def charge_assistant(llm_calls: int, tokens: int, thread: str | None = None) -> None:
    """The ledger line of one answer of the online model: its calls and the tokens its responses reported."""
    costs.charge(
        "assistant", {"llm_calls": llm_calls, "tokens": tokens}, note=thread and f"thread {thread}"[:200]
    )


def modes() -> dict[str, Any]:
    """Which systems are demo or real, and which model runs: labelled everywhere they show."""
    settings = get_settings()
    vendors = {}
    for vendor, label in (
        ("sources", "Property sources"),
        ("chatwoot", "Chatwoot"),
        ("linear", "Linear"),
        ("attio", "Attio"),
    ):
        demo = settings.is_demo(vendor)
        key = settings.vendor_key(vendor)
        vendors[vendor] = {
            "label": label,
            "mode": "demo" if demo else ("real" if key else "missing key"),
            "url": settings.vendor_url(vendor),
            "note": None if demo or key else f"no API key for {label}: its sync is skipped",
        }
    return {
        "vendors": vendors,
        "llm": "online" if settings.llm_online else "offline",
        "llm_model": settings.llm_model if settings.llm_online else "deterministic offline model",
        "embedder": settings.embedder,
        "database": dialect.backend(),
    }
