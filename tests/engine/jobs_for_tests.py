"""Jobs used by the engine tests, importable from child processes too."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from pipeline.db import session_scope
from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, register_job
from pipeline.engine.runs import RunContext

release = threading.Event()
ITEMS = 20


def blocking(ctx: RunContext) -> None:
    release.wait(30)
    ctx.processed()


def sleepy(ctx: RunContext) -> None:
    time.sleep(0.6)
    ctx.processed()


def failing(ctx: RunContext) -> None:
    raise RuntimeError("source answered 503")


def counting(ctx: RunContext) -> None:
    while not ctx.should_stop():
        ctx.add_cost(source_calls=3)
        ctx.processed()


def nothing_new(ctx: RunContext) -> None:
    raise RunSkipped("nothing new")


def items(ctx: RunContext) -> None:
    """Writes items 0..ITEMS-1, each with the cursor in the same transaction (resumable, no duplicates)."""
    with session_scope() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS test_items (id INTEGER PRIMARY KEY)"))
    start = int(ctx.state.get("cursor", 0))
    for i in range(start, ITEMS):
        with session_scope() as s:
            s.execute(text("INSERT INTO test_items (id) VALUES (:i)"), {"i": i})
            ctx.save_state(cursor=i + 1)
        ctx.processed()
        time.sleep(0.05)


STOPPABLE_ITEMS = 400
# Set by tests that fire every registered job and wait for them all (the scheduler's): test.stoppable then writes its
# items without the pause that keeps it running long enough to be cancelled (8 s of each such test otherwise).
hurry = threading.Event()


def stoppable(ctx: RunContext) -> str:
    """Like `items`, but asks `should_stop` between items (a cancel stops it there) and logs a batch per item."""
    with session_scope() as s:
        s.execute(text("CREATE TABLE IF NOT EXISTS test_stoppable (id INTEGER PRIMARY KEY)"))
    start = int(ctx.state.get("cursor", 0))
    ctx.set_total(STOPPABLE_ITEMS - start)
    for i in range(start, STOPPABLE_ITEMS):
        if ctx.should_stop():
            return f"stopped at item {i}"
        with session_scope() as s:
            s.execute(text("INSERT INTO test_stoppable (id) VALUES (:i)"), {"i": i})
            ctx.save_state(cursor=i + 1)
        ctx.processed()
        ctx.event("batch", f"item {i}", item=i)
        if not hurry.is_set():
            time.sleep(0.02)
    return f"{STOPPABLE_ITEMS - start} item(s)"


flaky_fails = threading.Event()  # set: test.flaky fails; clear: it succeeds


def flaky(ctx: RunContext) -> str:
    if flaky_fails.is_set():
        raise RuntimeError("vendor answered 502")
    ctx.processed()
    return "1 item"


def noisy(ctx: RunContext) -> None:
    for i in range(30):
        ctx.event("page", f"page {i}", page=i)
        ctx.processed()
    ctx.event("warning", "one page was empty")


def register(replace: bool = False) -> None:
    for spec in (
        JobSpec(name="test.blocking", job_class="checks", cadence_seconds=3600, limit=10, func=blocking),
        JobSpec(name="test.sleepy", job_class="checks", cadence_seconds=3600, limit=10, func=sleepy),
        JobSpec(name="test.failing", job_class="ingestion", cadence_seconds=600, limit=10, func=failing),
        JobSpec(name="test.counting", job_class="checks", cadence_seconds=3600, limit=7, func=counting),
        JobSpec(name="test.nothing", job_class="memory", cadence_seconds=1800, limit=10, func=nothing_new),
        JobSpec(name="test.items", job_class="ingestion", cadence_seconds=3600, limit=100, func=items),
        JobSpec(
            name="test.stoppable", job_class="memory", cadence_seconds=3600, limit=10_000, func=stoppable
        ),
        JobSpec(name="test.noisy", job_class="ingestion", cadence_seconds=3600, limit=100, func=noisy),
        JobSpec(name="test.flaky", job_class="ingestion", cadence_seconds=3600, limit=10, func=flaky),
        JobSpec(
            name="test.llm",
            job_class="extraction",
            cadence_seconds=3600,
            limit=10,
            func=counting,
            uses_llm=True,
        ),
        JobSpec(
            name="test.disabled",
            job_class="ingestion",
            cadence_seconds=600,
            limit=10,
            func=counting,
            enabled_when=lambda: "no API key for Test",
        ),
        JobSpec(
            name="test.after_blocking",
            job_class="reporting",
            cadence_seconds=3600,
            limit=10,
            func=nothing_new,
            after=("test.blocking",),
        ),
    ):
        register_job(spec, replace=replace)


register()
