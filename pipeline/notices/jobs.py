"""Jobs of the notices domain: deliver the outbox, and look at watched projects for new risks and overdue work."""

from __future__ import annotations

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, register_job
from pipeline.engine.runs import RunContext
from pipeline.notices.deliver import deliver_due
from pipeline.notices.watches import note_project_changes


def _deliver(ctx: RunContext) -> None:
    """Send due notices to their channels until none is due or the run's limit is used."""
    sent = failed = 0
    while not ctx.should_stop():
        round_ = deliver_due(ctx.holder, limit=min(20, ctx.remaining))
        if not round_["sent"] and not round_["failed"]:
            break
        sent, failed = sent + round_["sent"], failed + round_["failed"]
        ctx.processed(round_["sent"] + round_["failed"])
    if not sent and not failed:
        raise RunSkipped("no notice to deliver")
    ctx.stop_reason = f"delivered {sent}" + (f", {failed} failed and will be retried" if failed else "")


def _scan_projects(ctx: RunContext) -> None:
    with session_scope() as s:
        found = note_project_changes(s)
    if not found:
        raise RunSkipped("nothing new in watched projects")
    ctx.processed(len(found))


register_job(
    JobSpec(
        "notices.deliver",
        "actions",
        get_settings().notice_deliver_minutes * 60,
        200,
        _deliver,
        "Deliver change notices to their channels",
    )
)
register_job(
    JobSpec(
        "notices.projects",
        "extraction",
        15 * 60,
        100,
        _scan_projects,
        "Notice new active risks and overdue commitments in watched projects",
        after=("memory.extract",),
    )
)
