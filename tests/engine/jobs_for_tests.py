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


def register() -> None:
    for spec in (
        JobSpec("test.blocking", "checks", 3600, 10, blocking),
        JobSpec("test.sleepy", "checks", 3600, 10, sleepy),
        JobSpec("test.failing", "ingestion", 600, 10, failing),
        JobSpec("test.counting", "checks", 3600, 7, counting),
        JobSpec("test.nothing", "memory", 1800, 10, nothing_new),
        JobSpec("test.items", "ingestion", 3600, 100, items),
        JobSpec("test.llm", "extraction", 3600, 10, counting, uses_llm=True),
        JobSpec("test.disabled", "ingestion", 600, 10, counting, enabled_when=lambda: "no API key for Test"),
        JobSpec("test.after_blocking", "reporting", 3600, 10, nothing_new, after=("test.blocking",)),
    ):
        register_job(spec)


register()
