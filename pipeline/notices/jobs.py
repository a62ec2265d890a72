"""Jobs of the notices domain: deliver the outbox, and look at watched projects for new risks and overdue work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.config import get_settings
from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import job
from pipeline.engine.runs import settle_listeners

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pipeline.engine.runs import RunContext
    from pipeline.models import JobState, Run


@job(
    "notices.deliver",
    job_class="actions",
    cadence_seconds=get_settings().notice_deliver_minutes * 60,
    limit=200,
    description="Deliver change notices to their channels",
)
def deliver_notices(ctx: RunContext) -> str:
    """Send due notices to their channels until none is due or the run's limit is used."""
    from pipeline.notices.deliver import deliver_due

    sent = failed = 0
    while not ctx.should_stop():
        round_ = deliver_due(ctx.holder, limit=min(20, ctx.remaining))
        if not round_["sent"] and not round_["failed"]:
            break
        sent, failed = sent + round_["sent"], failed + round_["failed"]
        ctx.processed(round_["sent"] + round_["failed"])
    if not sent and not failed:
        raise RunSkipped("no notice to deliver")
    return f"delivered {sent}" + (f", {failed} failed and will be retried" if failed else "")


@job(
    "notices.health",
    job_class="actions",
    cadence_seconds=15 * 60,
    limit=100,
    description="Alert on jobs whose last success is too old",
)
def scan_job_health(ctx: RunContext) -> None:
    """A job whose last success is older than MIRANO_ALERT_STALE_CADENCES of its cadences raises one notice."""
    from pipeline.db import session_scope
    from pipeline.notices.job_alerts import note_stale_jobs

    with session_scope() as s:
        found = note_stale_jobs(s)
    if not found:
        raise RunSkipped("every job succeeded recently enough")
    ctx.processed(len(found))


@job(
    "notices.projects",
    job_class="extraction",
    cadence_seconds=15 * 60,
    limit=100,
    description="Notice new active risks and overdue commitments in watched projects",
    after=("memory.extract",),
)
def scan_watched_projects(ctx: RunContext) -> None:
    """New active risks and overdue commitments of watched projects become notices."""
    from pipeline.db import session_scope
    from pipeline.notices.watches import note_project_changes

    with session_scope() as s:
        found = note_project_changes(s)
    if not found:
        raise RunSkipped("nothing new in watched projects")
    ctx.processed(len(found))


def alert_on_settle(s: Session, state: JobState, run: Run) -> None:
    """Failure and recovery alerts (pipeline.notices.job_alerts), loaded on the first run that could raise one."""
    if run.status not in ("failed", "ok"):
        return
    from pipeline.notices.job_alerts import note_run_settled

    note_run_settled(s, state, run)


settle_listeners.append(alert_on_settle)
