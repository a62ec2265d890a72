"""Read-only tools over the job engine: jobs, what runs now and next, runs and their reasons, costs, modes."""

from __future__ import annotations

import re
import statistics
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from agent.envelope import Envelope, as_data, envelope, unknown
from agent.tools.resolve import jobs_of_class, resolve_job
from pipeline.config import get_settings
from pipeline.engine import clock
from pipeline.engine.exceptions import MiranoError
from pipeline.service import engine as engine_service

Period = str  # today, yesterday, week, month, all, "3d" (the last 3 days), "2026-11" (a month) or "2026-12-05" (a day)
CostKind = Literal["llm", "embeddings", "source_calls"]
KIND_UNITS = {
    "llm": ("llm_calls", "tokens"),
    "embeddings": ("embeddings",),
    "source_calls": ("source_calls",),
}
RunStatus = Literal["ok", "failed", "skipped", "running"]
ALL_TIME = "all"  # the period of everything the ledger holds
PERIOD_DAYS = {"today": 1, "yesterday": 2, "week": 7, "month": 30}
# "the assistant", "you", "ассистент", "помощник", "чат": the spender of the answers' model calls, not a job.
ASSISTANT_WORDS = re.compile(r"assistant|\bchat\b|ассистент|помощник|\bчат", re.IGNORECASE)


def _guarded(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A copy with free-text fields (reasons can carry a vendor's error text) wrapped as data."""
    return {**row, **{k: as_data(row[k]) for k in keys if row.get(k)}}


def local_day(iso: str | None) -> str | None:
    return datetime.fromisoformat(iso).astimezone().date().isoformat() if iso else None


def period_days(period: str | None) -> list[str]:
    """The local calendar days a period covers, newest first: a named one, the last N days ("3d"), a calendar
    month ("2026-11", up to today) or all of them since the first run ("all")."""
    today = clock.now().astimezone().date()
    if period == ALL_TIME:
        first = local_day(engine_service.first_run_at())
        start = min(today, date.fromisoformat(first)) if first else today
        return [(today - timedelta(days=i)).isoformat() for i in range((today - start).days + 1)]
    if period == "yesterday":
        return [(today - timedelta(days=1)).isoformat()]
    last = re.fullmatch(r"(\d{1,3})d", period or "")
    if last:
        return [(today - timedelta(days=i)).isoformat() for i in range(max(1, int(last.group(1))))]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period or ""):  # one day ("two days ago")
        return [str(period)]
    month = re.fullmatch(r"(\d{4})-(\d{2})", period or "")
    if month:
        first = date(int(month.group(1)), int(month.group(2)), 1)
        end = min(today, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1))
        return [(end - timedelta(days=i)).isoformat() for i in range((end - first).days + 1)]
    return [(today - timedelta(days=i)).isoformat() for i in range(PERIOD_DAYS.get(period or "week", 7))]


def job_status(job: str | None = None) -> Envelope:
    """Status of the background jobs: idle/queued/running/ok/failed/skipped, last run, last success, items
    processed, the reason of the last skip or failure, backoff and next run.

    Args:
        job: one job's name, part of it or what it does ("ingest.linear", "chatwoot", "memory build");
            omit for every job.
    """
    try:
        name = resolve_job(job)
    except MiranoError as exc:
        return unknown(exc.reason)
    rows = [_guarded(r, "reason", "backoff") for r in engine_service.list_jobs() if name in (None, r["name"])]
    cite = [("run", r["running_run_id"]) for r in rows] + [("run", r["last_run_id"]) for r in rows]
    if name is not None and rows and rows[0]["last_run_id"]:
        # "when did it last actually do some work?": the newest run that processed anything, when the last did not
        from pipeline.service import runs as runs_service

        runs = runs_service.list_runs(name, 200)
        worked = next((r for r in runs if r["processed"]), None)
        if worked and worked["id"] != rows[0]["last_run_id"]:
            rows[0] = {**rows[0], "last_worked": {k: worked[k] for k in ("id", "started_at", "processed")}}
            cite.append(("run", worked["id"]))
        last = next((r for r in runs if r["id"] == rows[0]["last_run_id"]), None)
        if last and (
            last["cost"]["usd"] or last["cost"]["source_calls"]
        ):  # "what was its last run?": its money too
            rows[0] = {**rows[0], "last_cost": last["cost"]}
    return envelope(rows, cite=cite)


def _upcoming(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    later = [r for r in rows if r["next_run_at"] and r["status"] not in ("running", "queued")]
    return sorted(later, key=lambda r: r["next_run_at"])


def running_now() -> Envelope:
    """Whether the scheduler is running, what is running, queued or backing off right now (run id, since when,
    progress; a backoff's reason and retry time), and which job runs next and when."""
    rows = engine_service.list_jobs()
    running = [
        {
            "job": r["name"],
            "run_id": r["running_run_id"],
            "since": r["running_since"],
            "progress": r["progress"],
        }
        for r in rows
        if r["status"] == "running"
    ]
    queued = [r["name"] for r in rows if r["status"] == "queued"]
    upcoming = [{"job": r["name"], "at": r["next_run_at"]} for r in _upcoming(rows)[:4]]
    backing_off = [
        {"job": r["name"], "reason": as_data(r["backoff"]), "until": r["next_run_at"]}
        for r in rows
        if r["backoff"]
    ]
    data = {
        "scheduler": engine_service.scheduler_alive(),
        "running": running,
        "queued": queued,
        "backing_off": backing_off,
        "next": upcoming,
        "now": _now_iso(),
    }
    return envelope(data, cite=[("run", r["run_id"]) for r in running])


def _now_iso() -> str:
    """Now as the service writes its times (UTC, to the second), so that the answer compares ISO strings as times:
    a clock in another zone (+03:00) would otherwise sort after a later UTC time."""
    return clock.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def next_run(job: str | None = None) -> Envelope:
    """When a job runs next (and its cadence); without `job`, the next runs of every job, soonest first.

    Args:
        job: a job's name or what it does ("memory.build", "сборка памяти", "the Linear import").
    """
    try:
        name = resolve_job(job)
    except MiranoError as exc:
        return unknown(exc.reason)
    rows = [r for r in engine_service.list_jobs() if name in (None, r["name"])]
    view = [
        {
            "job": r["name"],
            "next_run_at": r["next_run_at"],
            "cadence_s": r["cadence_s"],
            "status": r["status"],
            "backoff": as_data(r["backoff"]),
            "last_run_id": r["last_run_id"],
        }
        for r in sorted(rows, key=lambda r: r["next_run_at"] or "9999")
    ]
    return envelope({"job": name, "jobs": view, "now": _now_iso()})


def _timing(run: dict[str, Any]) -> dict[str, Any]:
    earlier = [
        r["duration_s"]
        for r in engine_service.list_runs(run["job"], 50)
        if r["id"] != run["id"] and r["duration_s"] is not None and r["status"] == "ok"
    ]
    return {
        "duration_s": run["duration_s"],
        "median_earlier_s": round(statistics.median(earlier), 3) if earlier else None,
        "hit_limit": bool(run["limit"]) and run["processed"] >= run["limit"],
        "economy": run["economy"],
        "skipped_before_work": run["status"] == "skipped",
    }


def _find_run(
    run_id: int | None,
    job: str | None,
    job_class: str | None,
    status: str | None,
    first: bool = False,
    nth: int | None = None,
) -> dict | None:
    if run_id is not None:
        return engine_service.get_run(int(run_id))
    if nth is not None and job:  # "the second run of the extraction": counted from its first
        runs = sorted(engine_service.list_runs(resolve_job(job), 10_000), key=lambda r: r["id"])
        if len(runs) < nth:
            raise MiranoError(
                f"{resolve_job(job)} has run {len(runs)} time(s): there is no run number {nth} of it"
            )
        return runs[nth - 1]
    names = [resolve_job(job)] if job else (jobs_of_class(job_class) if job_class else [None])
    candidates = [r for n in names for r in engine_service.list_runs(n, 10_000 if first else 100)]
    candidates = [r for r in candidates if status in (None, r["status"])]
    if not candidates:
        return None
    return (min if first else max)(candidates, key=lambda r: r["id"])


def run_details(
    run_id: int | None = None,
    job: str | None = None,
    status: RunStatus | None = None,
    first: bool = False,
    nth: int | None = None,
) -> Envelope:
    """One run and why it went as it did: status, the reason it skipped, stopped or failed (quoted), duration
    against the median of earlier runs, processed against its limit (and what it read in its own unit), economy
    mode, and its cost.

    Args:
        run_id: the run's id; or omit it and give `job` for that job's latest run.
        job: a job's name or what it does; its latest run (with `status`, if given) is shown.
        status: with `job`, the latest run with this status (ok, failed, skipped).
        first: with `job`, its first run instead of its latest ("the first Chatwoot sync").
        nth: with `job`, its run by count from the first ("the second Chatwoot sync" is 2).
    """
    try:
        run = _find_run(run_id, job, None, status, first, nth)
        missing = run is None and status is not None and run_id is None
        run = _find_run(run_id, job, None, None, first) if missing else run
    except MiranoError as exc:
        return unknown(exc.reason)
    if run is None and run_id is None and job:
        return envelope({"never_ran": _never_ran(resolve_job(job))})  # the premise is false: it has not run
    if run is None and run_id is not None and job:  # «запуск 42 у memory.extract»: the runs it does have
        name = resolve_job(job)
        runs = ", ".join(f"#{r['id']}" for r in engine_service.list_runs(name, 3)) or "—"
        return unknown(f"no run #{run_id}; the newest runs of {name}: {runs}")
    if run is None:
        return unknown(f"no run #{run_id}" if run_id is not None else "no matching run yet")
    data = {
        "run": _guarded(run, "reason"),
        "timing": _timing(run),
        "no_run_with_status": status if missing else None,
    }
    return envelope(data, cite=[("run", run["id"])])


def _never_ran(name: str | None) -> dict[str, Any]:
    """A job that has no run yet: when it is planned, its cadence, and why it would skip now (if it would)."""
    from pipeline.engine.registry import jobs

    row = next((r for r in engine_service.list_jobs() if r["name"] == name), None)
    spec = jobs().get(name or "")
    would_skip = None
    if spec is not None and spec.enabled_when is not None:
        try:
            would_skip = spec.enabled_when()
        except Exception:  # noqa: BLE001 — a rule that cannot be read now only leaves the reason out
            would_skip = None
    return {
        "job": name,
        "next_run_at": row["next_run_at"] if row else None,
        "cadence_s": row["cadence_s"] if row else None,
        "would_skip": as_data(would_skip) if would_skip else None,
        "now": _now_iso(),
    }


def recent_runs(
    job: str | None = None, status: RunStatus | None = None, period: Period | None = None, limit: int = 10
) -> Envelope:
    """Recent runs, newest first, with status, trigger, duration, processed/limit, cost and reason.

    Args:
        job: a job's name or what it does; omit for every job.
        status: only runs with this status (ok, failed, skipped, running).
        period: only runs started today, yesterday, this week, this month, in the last N days ("3d"), in a
            calendar month ("2026-11") or on one day ("2026-12-05").
        limit: how many runs at most (1-50).
    """
    try:
        name = resolve_job(job)
    except MiranoError as exc:
        return unknown(exc.reason)
    every = engine_service.list_runs(name, limit=300)
    days = set(period_days(period)) if period else None
    rows = [
        r
        for r in every
        if status in (None, r["status"]) and (days is None or local_day(r["started_at"]) in days)
    ]
    matched = len(rows)
    rows = [_guarded(r, "reason") for r in rows[: max(1, min(int(limit), 50))]]
    data = {"job": name, "status": status, "period": period, "runs": rows}
    if status:  # "what share of runs skipped?": of how many runs in the same period and job
        data["matched"] = matched
        data["of"] = sum(1 for r in every if days is None or local_day(r["started_at"]) in days)
    if (
        name and status and not rows and every
    ):  # "why did attio fail today?": it did not; its last run is what is true
        data["latest"] = _guarded(every[0], "reason")
    if name and not every:  # «почему упала перепроверка?»: it has never run at all
        data["never_ran"] = _never_ran(name)
    today = clock.now().astimezone().date().isoformat()
    data["ahead"] = (
        bool(days) and min(days or [today]) > today
    )  # "what ran on 2031-05-01?": nothing yet can have
    return envelope(data, cite=[("run", r["id"]) for r in rows])


def run_cost(
    run_id: int | None = None,
    job: str | None = None,
    job_class: str | None = None,
    first: bool = False,
    status: RunStatus | None = None,
    nth: int | None = None,
) -> Envelope:
    """What one run cost, in its units (embeddings, LLM calls, tokens, source calls) and in approximate USD.

    Args:
        run_id: the run's id; or omit it for the latest run of `job` or of `job_class`.
        job: a job's name or what it does ("memory.build", "the Chatwoot sync").
        job_class: a class of jobs: ingestion, memory, extraction, reporting, actions, checks
            ("the last ingestion" is the latest run of any ingestion job).
        first: the first run of `job` instead of its latest ("the first Attio import").
        status: the latest run with this status (ok: "the last successful build").
        nth: with `job`, its run by count from the first ("the second build" is 2).
    """
    try:
        run = _find_run(run_id, job, job_class, status, first, nth)
    except MiranoError as exc:
        return unknown(exc.reason)
    if run is None:
        return unknown(f"no run #{run_id}" if run_id is not None else "no matching run yet")
    return envelope({"run": _guarded(run, "reason"), "job_class": job_class}, cite=[("run", run["id"])])


def spent_by_job(period: Period = "week") -> dict[str, float]:
    """Each job's dollars over a period, from the ledger (what "the most expensive job" is read from)."""
    data = costs(period=period).get("data") or {}
    return {name: float(row.get("usd", 0.0)) for name, row in (data.get("by_job") or {}).items()}


def costs(period: Period = "week", job: str | None = None, kind: CostKind | None = None) -> Envelope:
    """Costs over a period by day and by job (embeddings, LLM calls, tokens, source calls, approximate USD),
    today's spend against the daily budgets, and the most expensive runs; with `kind`, that part of the cost
    first, with its money from the price table.

    Args:
        period: today, yesterday, week (the last 7 days), month (the last 30 days), all (everything the ledger
            holds), "3d" (the last 3 days), a calendar month as "2026-11" or one day as "2026-12-05".
        job: one job's name or what it does, or "assistant" for the answers' own model calls; omit for all
            spend (the runs and the assistant).
        kind: the part of the cost asked about: llm (LLM calls and tokens), embeddings or source_calls.
    """
    assistant = bool(job) and ASSISTANT_WORDS.search(job or "") is not None
    try:
        name = None if assistant else resolve_job(job)
    except MiranoError as exc:
        return unknown(exc.reason)
    days = set(period_days(period))
    everything = period == ALL_TIME  # "how much have we spent in total?": no run is left out
    runs = [] if assistant else engine_service.list_runs(name, None if everything else 1000)
    runs = [r for r in runs if local_day(r["started_at"]) in days]
    answers = [] if name else engine_service.cost_entries(days=None if everything else len(days) + 1)
    answers = [a for a in answers if everything or local_day(a["at"]) in days]
    units = ("embeddings", "llm_calls", "tokens", "source_calls", "usd")
    total = {u: round(sum(r["cost"][u] for r in [*runs, *answers]), 6) for u in units}
    by_day: dict[str, float] = {}
    by_job: dict[str, dict[str, Any]] = {}
    for r in runs:
        _add_spend(by_day, by_job, r["job"], local_day(r["started_at"]), r["cost"]["usd"])
    for a in answers:  # the assistant's answers are not runs: each is a line of the ledger
        _add_spend(by_day, by_job, a["spender"], local_day(a["at"]), a["cost"]["usd"])
    top = sorted((r for r in runs if r["cost"]["usd"] > 0), key=lambda r: r["cost"]["usd"], reverse=True)[:3]
    data = {
        "period": period,
        "job": "assistant" if assistant else name,
        "runs": len(runs),
        "answers": len(answers),
        "total": total,
        "by_day": by_day,
        "by_job": by_job,
        "today": engine_service.budgets(),
        "top_runs": [_guarded(r, "reason") for r in top],
        "kind": kind,
        # one job's runs that spent nothing because they skipped or failed: why its cost is $0
        "unspent": [
            _guarded({k: r[k] for k in ("id", "status", "reason")}, "reason")
            for r in runs
            if name and r["cost"]["usd"] == 0 and r["status"] in ("skipped", "failed")
        ][:3],
    }
    if name and not runs and not engine_service.list_runs(name, 1):  # "why did prefetch burn the budget?"
        data["never_ran"] = _never_ran(name)
    if kind in KIND_UNITS:
        prices = get_settings().prices()
        asked = {u: total[u] for u in KIND_UNITS[kind]}
        data["kind_cost"] = asked | {"usd": round(sum(asked[u] * prices.get(u, 0.0) for u in asked), 6)}
    return envelope(data, cite=[("run", r["id"]) for r in top])


def _add_spend(
    by_day: dict[str, float], by_job: dict[str, dict[str, Any]], who: str, day: str | None, usd: float
) -> None:
    by_day[day or "?"] = round(by_day.get(day or "?", 0.0) + usd, 6)
    slot = by_job.setdefault(who, {"runs": 0, "usd": 0.0})
    slot["runs"] += 1
    slot["usd"] = round(slot["usd"] + usd, 6)


def economy_and_budgets(limit: int = 5) -> Envelope:
    """Economy mode (on/off and what it changes: smaller per-run limits, longer cadences, LLM work paused),
    the daily budgets with today's spend, and the recent runs that economy mode or a budget changed.

    Args:
        limit: how many of the runs it changed to list at most (1-50).
    """
    affected = [
        r
        for r in engine_service.list_runs(None, 300)
        if r["economy"] or re.search(r"economy|budget", r["reason"] or "", re.I)
    ][: max(1, min(int(limit), 50))]
    data = {
        "economy": engine_service.economy(),
        "budgets": engine_service.budgets(),
        "affected_runs": [_guarded(r, "reason") for r in affected],
    }
    return envelope(data, cite=[("run", r["id"]) for r in affected])


def what_if(
    economy: bool | None = None,
    budget_kind: Literal["embeddings", "llm_calls", "tokens", "source_calls", "usd"] | None = None,
    budget_limit: float | None = None,
    job: str | None = None,
    cadence_minutes: float | None = None,
) -> Envelope:
    """What would change under a hypothetical, from the jobs' own rules, without changing anything: economy mode
    on or off (each job's cadence and next run before and after, its per-run limit, whether its work would pause),
    a daily budget (today's spend of that kind against it: would work stop now, and how much is left), or one
    job's cadence set to another (its next run and runs a day before and after).

    Args:
        economy: true for "if economy mode were on", false for "if it were off"; omit for a budget question.
        budget_kind: the cost kind of a hypothetical daily budget.
        budget_limit: the hypothetical daily limit of that kind.
        job: one job's name or what it does; omit for every scheduled job.
        cadence_minutes: the job's hypothetical cadence, in minutes ("if the build ran every 30 min").
    """
    try:
        name = resolve_job(job)
    except MiranoError as exc:
        return unknown(exc.reason)
    data: dict[str, Any] = {"job": name}
    if cadence_minutes and name:
        data["cadence"] = _cadence_effect(name, float(cadence_minutes))
    if economy is not None:
        data["economy"] = _economy_effect(bool(economy), name)
    if budget_kind and budget_limit is not None:
        from pipeline.engine import costs
        from pipeline.engine.registry import jobs as registered

        spent = engine_service.budgets()["spent_today"].get(budget_kind, 0.0)
        data["budget"] = {
            # the jobs such a budget stops once reached: those whose class spends that kind (costs.kinds_for)
            "jobs": sorted(n for n, spec in registered().items() if budget_kind in costs.kinds_for(spec)),
            "kind": budget_kind,
            "limit": budget_limit,
            "spent_today": spent,
            "would_stop": spent >= budget_limit,
            "left": max(0.0, budget_limit - spent),
        }
    return envelope(data)


def _cadence_effect(name: str, minutes: float) -> dict[str, Any]:
    """One job's cadence set to `minutes`: its next run counted from the same last start, and runs a day."""
    row = next(r for r in engine_service.list_jobs() if r["name"] == name)
    now_s, then_s = float(row["cadence_s"] or 0), minutes * 60
    next_now = row["next_run_at"]
    next_then = None
    if next_now and now_s:
        started = datetime.fromisoformat(next_now) - timedelta(seconds=now_s)
        next_then = max(started + timedelta(seconds=then_s), clock.now()).isoformat()
    return {
        "job": name,
        "cadence_s_now": int(now_s),
        "cadence_s_then": int(then_s),
        "next_run_at_now": next_now,
        "next_run_at_then": next_then,
        "runs_a_day_now": round(86400 / now_s, 1) if now_s else None,
        "runs_a_day_then": round(86400 / then_s, 1),
        "paused": row["paused"],
    }


def _economy_effect(on: bool, name: str | None) -> dict[str, Any]:
    from pipeline.engine.registry import jobs

    settings = get_settings()
    now_on = engine_service.economy()["on"]
    factor_now = settings.economy_cadence_factor if now_on else 1.0
    factor_then = settings.economy_cadence_factor if on else 1.0
    specs = jobs()
    rows = []
    for r in engine_service.list_jobs():
        spec = specs.get(r["name"])
        if spec is None or not spec.cadence_seconds or name not in (None, r["name"]):
            continue
        shift = timedelta(seconds=spec.cadence_seconds * (factor_then - factor_now))
        moved = None
        if r["next_run_at"] and not r["consecutive_failures"]:
            moved = (datetime.fromisoformat(r["next_run_at"]) + shift).isoformat()
        limit_then = max(1, int(spec.limit * settings.economy_limit_factor)) if on else spec.limit
        rows.append(
            {
                "job": r["name"],
                "cadence_s_now": int(spec.cadence_seconds * factor_now),
                "cadence_s_then": int(spec.cadence_seconds * factor_then),
                "next_run_at_now": r["next_run_at"],
                "next_run_at_then": moved if r["next_run_at"] else None,
                "limit_now": r["effective_limit"],
                "limit_then": limit_then,
                "paused": spec.economy_reason(settings.openai_api_key) if on else None,  # why, in words
            }
        )
    return {
        "on": on,
        "job": name,  # the job the question named, answered first
        "already": on == now_on,
        "limit_factor": settings.economy_limit_factor,
        "cadence_factor": settings.economy_cadence_factor,
        # work that calls an online LLM pauses too, but with no online model configured none does
        "llm_idle": not settings.openai_api_key and any(s.uses_llm for s in specs.values()),
        "jobs": rows,
    }


def assistant_modes() -> Envelope:
    """Which systems are demo or real, and whether the assistant and extraction use an online LLM."""
    return envelope(engine_service.modes())


ENGINE_TOOLS = [
    job_status,
    running_now,
    next_run,
    run_details,
    recent_runs,
    run_cost,
    costs,
    economy_and_budgets,
    what_if,
    assistant_modes,
]
