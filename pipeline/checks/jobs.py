"""Jobs and task handlers of the property-check pipeline."""

from __future__ import annotations

from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, register_job
from pipeline.engine.runs import RunContext


def _recheck(ctx: RunContext) -> None:
    raise RunSkipped("not available yet")


register_job(JobSpec("checks.recheck", "checks", 6 * 3600, 50, _recheck,
                     "Re-check key, popular and paid objects on their existing checks"))
