"""Jobs the assistant tests run through the real engine (registered once per process)."""

from __future__ import annotations

from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, register_job
from pipeline.engine.runs import RunContext


def syncing(ctx: RunContext) -> None:
    while not ctx.should_stop():
        ctx.add_cost(source_calls=3)
        ctx.processed()


def embedding(ctx: RunContext) -> None:
    for _ in range(min(4, ctx.remaining)):
        ctx.add_cost(embeddings=250)
        ctx.processed()


def failing(ctx: RunContext) -> None:
    raise RuntimeError("source answered 503")


def nothing_new(ctx: RunContext) -> None:
    raise RunSkipped("nothing new")


SPECS = (
    JobSpec(
        name="agenttest.sync",
        job_class="ingestion",
        cadence_seconds=600,
        limit=8,
        func=syncing,
        description="Test sync that spends source calls",
    ),
    JobSpec(
        name="agenttest.embed",
        job_class="memory",
        cadence_seconds=1800,
        limit=10,
        func=embedding,
        description="Test embedding job",
    ),
    JobSpec(
        name="agenttest.broken",
        job_class="ingestion",
        cadence_seconds=600,
        limit=10,
        func=failing,
        description="Test job whose source fails",
    ),
    JobSpec(
        name="agenttest.idle",
        job_class="memory",
        cadence_seconds=1800,
        limit=10,
        func=nothing_new,
        description="Test job with nothing new",
    ),
)
for _spec in SPECS:
    register_job(_spec)


planted = {"text": ""}


def injected(ctx: RunContext) -> None:
    """Fails with whatever text is planted: a vendor error body is outside text too."""
    raise RuntimeError(planted["text"])


register_job(
    JobSpec(
        name="agenttest.vendor",
        job_class="ingestion",
        cadence_seconds=600,
        limit=10,
        func=injected,
        description="Test job failing with a vendor's text",
    )
)
