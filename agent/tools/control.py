"""Read-only tools over run control: a run's timeline (who cancelled it, what it did step by step, what it
retried) and a job's pause and runtime settings (who paused it, since when). No tool cancels, pauses or changes."""

from __future__ import annotations

from typing import Any

from agent.envelope import Envelope, as_data, envelope, unknown
from agent.tools.resolve import resolve_job
from pipeline.engine.exceptions import MiranoError
from pipeline.service import control as control_service
from pipeline.service import engine as engine_service

EVENTS_SHOWN = 30
ROUTINE = ("page", "batch")


def run_timeline(run_id: int | None = None, job: str | None = None) -> Envelope:
    """What one run did, step by step: its notable events (started, batches and pages with counts, waits for a rate limit,
    retries, warnings, errors, a cancel request and who made it, finished; pages and batches counted), who cancelled it and when, and which
    run it retried or was retried by.

    Args:
        run_id: the run's id; or omit it and give `job` for that job's latest run.
        job: a job's name or what it does; its latest run is shown.
    """
    try:
        if run_id is None:
            name = resolve_job(job)
            runs = engine_service.list_runs(name, 1)
            if not runs:
                return unknown("no matching run yet")
            run_id = runs[0]["id"]
        run = control_service.show_run(int(run_id))
    except MiranoError as exc:
        return unknown(exc.reason)
    events = run.pop("events")
    notable = [e for e in events if e["kind"] not in ROUTINE]
    routine = {k: sum(1 for e in events if e["kind"] == k) for k in ROUTINE}
    data = {
        "run": {**run, "reason": as_data(run["reason"])},
        "events": [{**e, "message": as_data(e["message"])} for e in notable[:EVENTS_SHOWN]],
        "routine_counts": {k: n for k, n in routine.items() if n},  # batches and pages, counted
        "events_total": len(events),
    }
    cite = [("run", run["id"]), ("run", run["retry_of"]), *[("run", r) for r in run["retried_by"]]]
    return envelope(data, cite=cite)


def job_pause(job: str | None = None) -> Envelope:
    """Whether a job is paused, by whom and since when (its schedule does not fire it; Run now still works), and
    its cadence and per-run limit against the defaults; without `job`, every paused job.

    Args:
        job: a job's name or what it does ("memory.build", "сборка памяти"); omit for every paused job.
    """
    try:
        name = resolve_job(job)
    except MiranoError as exc:
        return unknown(exc.reason)
    if name is None:
        paused = [{"job": j, "scope": s, **info} for (j, s), info in control_service.paused_jobs().items()]
        return envelope({"job": None, "paused": paused})
    row: dict[str, Any] = control_service.job_control(name)
    changes = [
        {k: a[k] for k in ("at", "who", "action", "before", "after")}
        for a in control_service.audit_log(name, 5)
    ]
    return envelope({"job": name, "control": row, "changes": changes})


CONTROL_TOOLS = [run_timeline, job_pause]
