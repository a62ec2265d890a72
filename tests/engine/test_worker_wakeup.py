"""Idle workers: woken by an enqueue in their process instead of sleeping out their poll interval, and probing the
backlog with a bounded count."""

from __future__ import annotations

import time

from pipeline.db import session_scope
from pipeline.engine import queue as q
from pipeline.engine.registry import TaskHandler, register_handler
from pipeline.engine.worker import PROBE_LIMIT, WorkerPool, ready_queues


def test_an_idle_worker_runs_a_task_enqueued_in_its_process_without_waiting_out_its_poll(db):
    ran: list[str] = []
    register_handler(TaskHandler(queue="wakeup", func=lambda task, s: ran.append(task.key), concurrency=None))
    pool = WorkerPool(
        1, ["wakeup"], poll_seconds=120
    ).start()  # a poll alone would not come round in this test
    try:
        time.sleep(0.3)  # the worker has found nothing and is waiting
        with session_scope() as s:
            q.enqueue(s, "wakeup", "k1")
        deadline = time.monotonic() + 20
        while not ran and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        pool.stop()
    assert ran == ["k1"]


def test_the_ready_probe_counts_a_deep_backlog_only_up_to_its_bound(db):
    with session_scope() as s:
        q.enqueue_many(s, "deep", [(f"k{i}", {}) for i in range(PROBE_LIMIT + 50)])
        q.enqueue_many(s, "shallow", [(f"k{i}", {}) for i in range(3)])
    assert ready_queues(["deep", "shallow", "empty"]) == {"deep": PROBE_LIMIT, "shallow": 3}


def test_the_ready_probe_counts_a_limited_queue_only_up_to_its_free_slots(db):
    """A full queue reads as empty, so idle workers do not open write transactions to claim from it."""
    with session_scope() as s:
        q.enqueue_many(s, "limited", [(f"k{i}", {}) for i in range(5)])
    assert ready_queues(["limited"], {"limited": 2}) == {"limited": 2}
    assert q.claim("limited", "w1", limit=1, concurrency=2)
    assert ready_queues(["limited"], {"limited": 2}) == {"limited": 1}
    assert q.claim("limited", "w2", limit=1, concurrency=2)
    assert ready_queues(["limited"], {"limited": 2}) == {}
    assert ready_queues(["limited"], {"limited": None}) == {"limited": 3}  # no limit: every queued task
