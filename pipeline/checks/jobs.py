"""Jobs and task handlers of the property-check pipeline: one handler per source queue, and `checks.recheck`.

Cheap to import (listing jobs imports it): the pipeline's modules load when a run or task needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline.config import get_settings
from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import TaskHandler, job, register_handler
from pipeline.sources import SOURCES, base_source, concurrency

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pipeline.engine.queue import ClaimedTask
    from pipeline.engine.runs import RunContext


def queue_name(source: str) -> str:
    """The task queue of a source (`source.court`); a part of a source ("court.developer") uses its source's."""
    return f"source.{base_source(source)}"


SOURCE_QUEUES = tuple(queue_name(source) for source in SOURCES)
RECHECK_WAIT_SECONDS = 300.0


@job(
    "checks.recheck",
    job_class="checks",
    cadence_seconds=6 * 3600,
    limit=50,
    description="Re-check key, popular and paid objects on their existing checks",
)
def recheck_flagged(ctx: RunContext) -> None:
    """Add SearchTasks for stale sources of flagged checks (on their existing jobs), run them, count the calls."""
    from pipeline.checks.identity import address_of
    from pipeline.checks.lifecycle import flagged_jobs, recheck
    from pipeline.db import session_scope

    created: list[int] = []
    with session_scope() as s:
        jobs = flagged_jobs(s)
        if not jobs:
            raise RunSkipped("nothing to re-check: no check is flagged as key object, popular or paid")
        for check in jobs:
            if ctx.should_stop():
                break
            if address_of(s, check.property_id) is None:
                continue  # a legacy check whose address never parsed: recheck() would refuse it
            new = recheck(s, check, limit=ctx.remaining)
            ctx.processed(len(new))
            created += new
    if not created:
        raise RunSkipped(f"nothing to re-check: the {len(jobs)} flagged checks are fresh or already updating")
    _run_and_count(ctx, created)


@job(
    "checks.prefetch",
    job_class="checks",
    cadence_seconds=get_settings().prefetch_cadence_minutes * 60,
    limit=200,
    description="Re-fetch popular objects shortly before their facts expire (lowest priority, daily budget)",
    economy_pause="economy mode: prefetch paused",  # optional work: a check fetches what it needs anyway
)
def prefetch_popular(ctx: RunContext) -> str:
    """Re-fetch popular objects' sources shortly before they expire, within the daily prefetch budget."""
    from pipeline.checks.prefetch import due_sources, schedule_prefetch, used_today
    from pipeline.db import session_scope
    from pipeline.engine import clock

    budget = get_settings().prefetch_daily_budget
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
    return f"{ctx.stop_reason} ({summary})" if ctx.stop_reason else summary


def _run_and_count(ctx: RunContext, created: list[int]) -> None:
    """Run the tasks just created to the end in this run, and charge it their source calls."""
    from sqlalchemy import func, select

    from pipeline.db import read_scope
    from pipeline.engine.worker import run_until_idle
    from pipeline.models.checks import SearchTask

    run_until_idle(SOURCE_QUEUES, timeout=RECHECK_WAIT_SECONDS)
    with read_scope() as s:
        calls = s.scalar(
            select(func.coalesce(func.sum(SearchTask.source_calls), 0)).where(SearchTask.id.in_(created))
        )
    ctx.add_cost(source_calls=int(calls or 0))


def run_source_task(task: ClaimedTask, s: Session) -> dict[str, Any]:
    """The TaskHandler of every `source.*` queue: fetch, then store facts and evidence (pipeline.checks.tasks)."""
    from pipeline.checks.tasks import run_source_task as run

    return run(task, s)


for _source in SOURCES:
    register_handler(
        TaskHandler(queue=queue_name(_source), func=run_source_task, concurrency=concurrency(_source))
    )
