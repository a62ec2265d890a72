"""Read-only tools of the assistant: plain typed functions over the service layer the dashboard uses.

Every tool returns an envelope: `data` (what was found), `cite` (the run, check, fact and evidence ids the answer
must cite), and, where they apply, `pending`, `reused` and `stale` (what the answer must say honestly).
Text that came from outside (messages, issues, records, source pages) is wrapped as <<<DATA ... DATA>>>.
No tool starts, applies or changes anything.
"""

from __future__ import annotations

import json
import re
import statistics
from collections.abc import Callable, Iterable
from typing import Any

from pipeline.engine.registry import jobs as registered_jobs
from pipeline.service import engine as engine_service

DATA_OPEN, DATA_CLOSE = "<<<DATA", "DATA>>>"


def as_data(text: Any) -> str | None:
    """Wrap outside text so the model reads it as data; delimiters inside it are defused."""
    if text is None:
        return None
    body = str(text).replace("<<<", "‹‹‹").replace(">>>", "›››")
    return f"{DATA_OPEN} {body} {DATA_CLOSE}"


def envelope(
    data: Any,
    *,
    cite: Iterable[tuple[str, Any]] = (),
    pending: Iterable[dict] = (),
    reused: Iterable[dict] = (),
    stale: Iterable[dict] = (),
    note: str | None = None,
) -> dict[str, Any]:
    """A JSON-safe tool result with the honesty obligations it creates."""
    result: dict[str, Any] = {
        "data": data,
        "cite": [{"kind": k, "id": i} for k, i in dict.fromkeys(cite) if i],
    }
    for key, items in (("pending", pending), ("reused", reused), ("stale", stale)):
        items = list(items)
        if items:
            result[key] = items
    if note:
        result["note"] = note
    return json.loads(json.dumps(result, ensure_ascii=False, default=str))


def resolve_job(name: str | None) -> str | None:
    """A registered job name from a full name or a unique part of one ("chatwoot" → "ingest.chatwoot")."""
    if not name:
        return None
    names = list(registered_jobs())
    if name in names:
        return name
    matches = [n for n in names if name.lower() in n.lower()]
    if len(matches) == 1:
        return matches[0]
    raise ValueError(f"unknown job {name!r}; known jobs: {', '.join(names)}")


def _guarded(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A copy with free-text fields (reasons can carry a vendor's error text) wrapped as data."""
    return {**row, **{k: as_data(row[k]) for k in keys if row.get(k)}}


def _unknown(exc: ValueError) -> dict[str, Any]:
    return envelope(None, note=str(exc))


def job_status(job: str | None = None) -> dict[str, Any]:
    """Status of the background jobs: idle/queued/running/ok/failed/skipped, last success, items processed,
    the reason of the last skip or failure, backoff, next run and cost today.
    `job`: one job's name or part of it (e.g. "chatwoot", "memory.build"); omit for every job."""
    try:
        name = resolve_job(job)
    except ValueError as exc:
        return _unknown(exc)
    rows = [
        _guarded(r, "reason", "backoff")
        for r in engine_service.list_jobs()
        if name is None or r["name"] == name
    ]
    cite = [("run", r["running_run_id"]) for r in rows] + [("run", r["last_run_id"]) for r in rows]
    return envelope(rows, cite=cite)


def recent_runs(job: str | None = None, status: str | None = None, limit: int = 10) -> dict[str, Any]:
    """Recent runs, newest first, with status, trigger, duration, processed/limit, cost and the reason
    (why a run skipped, stopped early or failed). Filter by `job` (name or part) and `status`
    (ok, failed, skipped, running)."""
    try:
        name = resolve_job(job)
    except ValueError as exc:
        return _unknown(exc)
    rows = engine_service.list_runs(name, limit=200 if status else max(1, min(limit, 50)))
    if status:
        rows = [r for r in rows if r["status"] == status][: max(1, min(limit, 50))]
    rows = [_guarded(r, "reason") for r in rows]
    return envelope(rows, cite=[("run", r["id"]) for r in rows])


def run_details(run_id: int) -> dict[str, Any]:
    """One run and why it was fast or slow: duration, processed against its limit, economy mode, reason,
    and the median duration of earlier runs of the same job."""
    run = engine_service.get_run(int(run_id))
    if run is None:
        return envelope(None, note=f"no run #{run_id}")
    earlier = [
        r["duration_s"]
        for r in engine_service.list_runs(run["job"], 50)
        if r["id"] != run["id"] and r["duration_s"] is not None
    ]
    timing = {
        "duration_s": run["duration_s"],
        "median_earlier_s": round(statistics.median(earlier), 3) if earlier else None,
        "hit_limit": bool(run["limit"]) and run["processed"] >= run["limit"],
        "economy": run["economy"],
        "skipped_before_work": run["status"] == "skipped",
    }
    return envelope({"run": _guarded(run, "reason"), "timing": timing}, cite=[("run", run["id"])])


def costs(days: int = 7, job: str | None = None) -> dict[str, Any]:
    """Costs by day and by job over the last `days` days (embeddings, LLM calls, tokens, source calls,
    approximate USD), today's spend against the daily budgets, and the most expensive runs."""
    try:
        name = resolve_job(job)
    except ValueError as exc:
        return _unknown(exc)
    days = max(1, min(int(days), 90))
    series = [r for r in engine_service.daily_series(days) if name is None or r["job"] == name]
    by_day: dict[str, float] = {}
    by_job: dict[str, dict[str, float]] = {}
    for row in series:
        by_day[row["day"]] = round(by_day.get(row["day"], 0.0) + row["cost_usd"], 6)
        slot = by_job.setdefault(row["job"], {"runs": 0, "cost_usd": 0.0})
        slot["runs"] += row["runs"]
        slot["cost_usd"] = round(slot["cost_usd"] + row["cost_usd"], 6)
    runs = [r for r in engine_service.list_runs(name, 500) if r["cost"]["usd"] > 0]
    top = [_guarded(r, "reason") for r in sorted(runs, key=lambda r: r["cost"]["usd"], reverse=True)[:5]]
    data = {
        "days": days,
        "by_day": by_day,
        "by_job": by_job,
        "total_usd": round(sum(by_day.values()), 6),
        "today": engine_service.budgets(),
        "top_runs": top,
    }
    return envelope(data, cite=[("run", r["id"]) for r in top])


def economy_and_budgets(limit: int = 10) -> dict[str, Any]:
    """Economy mode (on/off and what it changes: smaller per-run limits, longer cadences, LLM work paused),
    the daily budgets with today's spend, and the recent runs that economy mode or a budget changed."""
    affected = [
        r
        for r in engine_service.list_runs(None, 300)
        if r["economy"] or re.search(r"economy|budget", r["reason"] or "", re.I)
    ][: max(1, min(limit, 50))]
    data = {
        "economy": engine_service.economy(),
        "budgets": engine_service.budgets(),
        "affected_runs": [_guarded(r, "reason") for r in affected],
    }
    return envelope(data, cite=[("run", r["id"]) for r in affected])


def assistant_modes() -> dict[str, Any]:
    """Which systems are demo or real, and whether the assistant and extraction use an online LLM."""
    return envelope(engine_service.modes())


ENGINE_TOOLS: list[Callable[..., dict[str, Any]]] = [
    job_status,
    recent_runs,
    run_details,
    costs,
    economy_and_budgets,
    assistant_modes,
]


def known_jobs() -> list[str]:
    """Registered job names (the offline model's vocabulary)."""
    return sorted(registered_jobs(), key=len, reverse=True)


def known_projects() -> list[str]:
    """Project slugs (the offline model's vocabulary)."""
    from pipeline.service import memory as memory_service

    return sorted((p["slug"] for p in memory_service.list_projects()), key=len, reverse=True)


from agent.tools_domains import CHECK_TOOLS, MEMORY_TOOLS  # noqa: E402  (they use the helpers above)

TOOLS: list[Callable[..., dict[str, Any]]] = [*ENGINE_TOOLS, *CHECK_TOOLS, *MEMORY_TOOLS]
TOOL_NAMES = frozenset(t.__name__ for t in TOOLS)
