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
    JobSpec("agenttest.sync", "ingestion", 600, 8, syncing, "Test sync that spends source calls"),
    JobSpec("agenttest.embed", "memory", 1800, 10, embedding, "Test embedding job"),
    JobSpec("agenttest.broken", "ingestion", 600, 10, failing, "Test job whose source fails"),
    JobSpec("agenttest.idle", "memory", 1800, 10, nothing_new, "Test job with nothing new"),
)
for _spec in SPECS:
    register_job(_spec)


planted = {"text": ""}


def injected(ctx: RunContext) -> None:
    """Fails with whatever text is planted: a vendor error body is outside text too."""
    raise RuntimeError(planted["text"])


register_job(
    JobSpec("agenttest.vendor", "ingestion", 600, 10, injected, "Test job failing with a vendor's text")
)
