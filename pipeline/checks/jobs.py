"""Jobs and task handlers of the property-check pipeline: one handler per source queue, and `checks.recheck`."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.checks.identity import address_of
from pipeline.checks.lifecycle import flagged_jobs, recheck
from pipeline.checks.prefetch import due_sources, schedule_prefetch, used_today
from pipeline.checks.reuse import queue_name
from pipeline.checks.tasks import run_source_task
from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock, costs
from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, TaskHandler, register_handler, register_job
from pipeline.engine.runs import RunContext
from pipeline.models.checks import SearchTask
from pipeline.sources import SOURCES, concurrency

SOURCE_QUEUES = tuple(queue_name(source) for source in SOURCES)
RECHECK_WAIT_SECONDS = 300.0


def _recheck(ctx: RunContext) -> None:
    """Add SearchTasks for stale sources of flagged checks (on their existing jobs), run them, count the calls."""
    created: list[int] = []
    with session_scope() as s:
        jobs = flagged_jobs(s)
        if not jobs:
            raise RunSkipped("nothing to re-check: no check is flagged as key object, popular or paid")
        for job in jobs:
            if ctx.should_stop():
                break
            if address_of(s, job.property_id) is None:
                continue  # a legacy check whose address never parsed: recheck() would refuse it
            new = recheck(s, job, limit=ctx.remaining)
            ctx.processed(len(new))
            created += new
    if not created:
        raise RunSkipped(f"nothing to re-check: the {len(jobs)} flagged checks are fresh or already updating")
    _run_and_count(ctx, created)


register_job(
    JobSpec(
        "checks.recheck",
        "checks",
        6 * 3600,
        50,
        _recheck,
        "Re-check key, popular and paid objects on their existing checks",
    )
)


def _prefetch(ctx: RunContext) -> None:
    """Re-fetch popular objects' sources shortly before they expire, within the daily prefetch budget."""
    budget = get_settings().prefetch_daily_budget
    if ctx.economy or costs.economy_on():
        raise RunSkipped("economy mode: prefetch paused")
    created: list[int] = []
    reasons: list[str] = []
    with session_scope() as s:
        now = clock.now()
        used, due = used_today(s, now), due_sources(s, now)
        if not due:
            raise RunSkipped("nothing to prefetch: no popular object's facts expire within the lead time")
        if used >= budget:
            raise RunSkipped(
                f"daily prefetch budget reached: {used} of {budget} today; {len(due)} due sources wait for 00:00 UTC"
            )
        for item in due:
            if (
                used + len(created) >= budget
            ):  # before the run's own limit: the budget is the reason people need
                ctx.stop_reason = (
                    f"daily prefetch budget reached: {budget} today; "
                    f"{len(due) - len(reasons)} due sources wait for 00:00 UTC"
                )
                break
            if ctx.should_stop():
                break
            task_id = schedule_prefetch(s, item)
            if task_id is not None:
                created.append(task_id)
                reasons.append(item.reason)
                ctx.processed()
    if created:
        _run_and_count(ctx, created)
    summary = (
        f"prefetched {len(created)} sources: " + "; ".join(reasons[:5]) + ("; …" if len(reasons) > 5 else "")
    )
    ctx.stop_reason = f"{ctx.stop_reason} ({summary})" if ctx.stop_reason else summary


def _run_and_count(ctx: RunContext, created: list[int]) -> None:
    """Run the tasks just created to the end in this run, and charge it their source calls."""
    from pipeline.engine.worker import run_until_idle

    run_until_idle(SOURCE_QUEUES, timeout=RECHECK_WAIT_SECONDS)
    with read_scope() as s:
        calls = s.scalar(
            select(func.coalesce(func.sum(SearchTask.source_calls), 0)).where(SearchTask.id.in_(created))
        )
    ctx.add_cost(source_calls=int(calls or 0))


register_job(
    JobSpec(
        "checks.prefetch",
        "checks",
        get_settings().prefetch_cadence_minutes * 60,
        200,
        _prefetch,
        "Re-fetch popular objects shortly before their facts expire (lowest priority, daily budget)",
    )
)

import pipeline.notices.jobs  # noqa: E402,F401 - the notices domain registers its jobs with the checks domain

for _source in SOURCES:
    register_handler(TaskHandler(queue_name(_source), run_source_task, concurrency=concurrency(_source)))
