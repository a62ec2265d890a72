"""The durable task queue: idempotency keys, leases, retries with backoff, dead tasks, concurrency limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.engine import queue as q
from pipeline.engine.exceptions import RetryTask, TaskFailed
from pipeline.engine.registry import TaskHandler, register_handler
from pipeline.engine.worker import run_until_idle
from pipeline.models import Task
from pipeline.models.base import utcnow


def test_enqueue_is_idempotent_by_key(db):
    with session_scope() as s:
        first = q.enqueue(s, "demo", "court:abc:2026-11-22", {"a": 1})
        again = q.enqueue(s, "demo", "court:abc:2026-11-22", {"a": 2})
        other = q.enqueue(s, "demo", "court:abc:2026-11-23", {"a": 3})
    assert first == again != other
    assert q.counts("demo") == {"queued": 2}


def test_submit_is_idempotent_by_key(db):
    first = q.submit("demo", "k1", {"a": 1})
    other = q.submit("demo", "k2")
    again = q.submit("demo", "k1", {"a": 2})  # after another insert: the existing task's id, not the newest
    assert first == again != other
    assert q.counts("demo") == {"queued": 2}


def test_claim_leases_and_an_expired_lease_is_claimed_again(db):
    with session_scope() as s:
        q.enqueue(s, "demo", "k1")
    [task] = q.claim("demo", "worker-a", lease_seconds=30)
    assert q.claim("demo", "worker-b") == []  # leased
    later = utcnow() + timedelta(seconds=31)
    clock.set_clock(lambda: later)
    [again] = q.claim("demo", "worker-b")
    assert again.id == task.id and again.attempts == 2
    assert q.complete(task.id, "worker-a") is False  # the dead holder cannot complete any more
    assert q.complete(again.id, "worker-b", {"ok": True}) is True


def test_failures_retry_with_backoff_then_die_with_the_last_error(db):
    with session_scope() as s:
        q.enqueue(s, "demo", "k", max_attempts=3)
    now = utcnow()
    for attempt in range(1, 4):
        clock.set_clock(lambda m=now + timedelta(hours=attempt): m)
        [task] = q.claim("demo", "w")
        status = q.fail(task.id, "w", f"HTTP 503 from court (attempt {attempt})")
        assert status == ("dead" if attempt == 3 else "queued")
    with session_scope() as s:
        task = s.query(Task).one()
        assert (
            task.status == "dead"
            and task.last_error == "HTTP 503 from court (attempt 3)"
            and task.attempts == 3
        )


def test_retry_after_is_honoured(db):
    with session_scope() as s:
        q.enqueue(s, "demo", "k")
    [task] = q.claim("demo", "w")
    q.fail(task.id, "w", "429 rate limited", retry_after=120)
    with session_scope() as s:
        row = s.get(Task, task.id)
        assert 119 <= (row.available_at - utcnow()).total_seconds() <= 121
    assert q.claim("demo", "w") == []


def test_concurrency_limit_per_queue(db):
    with session_scope() as s:
        q.enqueue_many(s, "demo", [(f"k{i}", {}) for i in range(10)])
    assert len(q.claim("demo", "a", limit=10, concurrency=3)) == 3
    assert q.claim("demo", "b", limit=10, concurrency=3) == []


def test_worker_executes_handlers_and_keeps_reasons(db):
    def handle(task, session):
        kind = task.payload["kind"]
        if kind == "retry" and task.attempts < 2:
            raise RetryTask("429 from listings", retry_after=0)
        if kind == "bad":
            raise TaskFailed("malformed body from reviews: missing 'items'")
        return {"done": kind}

    register_handler(TaskHandler(queue="test.q", func=handle, concurrency=2))
    with session_scope() as s:
        for kind in ("ok", "retry", "bad"):
            q.enqueue(s, "test.q", kind, {"kind": kind})
    run_until_idle(["test.q"], timeout=30)
    with session_scope() as s:
        rows = {t.key: t for t in s.query(Task).filter(Task.queue == "test.q")}
        assert rows["ok"].status == "done" and rows["ok"].result == {"done": "ok"}
        assert rows["retry"].status == "done" and rows["retry"].attempts == 2
        assert rows["bad"].status == "dead" and "missing 'items'" in rows["bad"].last_error


def test_a_deep_backlog_of_an_unlimited_queue_is_claimed_in_batches_each_task_its_own_transaction(db):
    from pipeline.engine.worker import PREFETCH, WorkerPool

    seen: list[tuple[int, int]] = []  # (task id, attempts)

    def handle(task, session):
        seen.append((task.id, task.attempts))
        session.add(
            Task(
                queue="test.side",
                key=f"side-{task.key}",
                payload={},
                status="done",
                attempts=0,
                max_attempts=1,
                available_at=utcnow(),
                created_at=utcnow(),
                updated_at=utcnow(),
            )
        )
        if task.key == "t-7":
            raise TaskFailed("bad record")  # only this task's writes roll back
        return None

    register_handler(TaskHandler(queue="test.batch", func=handle, concurrency=None))
    with session_scope() as s:
        q.enqueue_many(s, "test.batch", [(f"t-{i}", {}) for i in range(3 * PREFETCH)])
    pool = WorkerPool(1, ["test.batch"])
    assert pool.work_once()  # one claim: a batch of PREFETCH tasks, each executed and completed on its own
    assert len(seen) == PREFETCH
    counts = q.counts("test.batch")
    assert counts == {"done": PREFETCH - 1, "dead": 1, "queued": 2 * PREFETCH}
    with session_scope() as s:
        sides = {t.key for t in s.query(Task).filter(Task.queue == "test.side")}
    assert len(sides) == PREFETCH - 1 and "side-t-7" not in sides


def test_a_limited_queue_is_claimed_one_task_at_a_time(db):
    from pipeline.engine.worker import WorkerPool

    register_handler(TaskHandler(queue="test.one", func=lambda task, session: None, concurrency=3))
    with session_scope() as s:
        q.enqueue_many(s, "test.one", [(f"t-{i}", {}) for i in range(50)])
    pool = WorkerPool(1, ["test.one"])
    assert pool.work_once()
    assert q.counts("test.one") == {"done": 1, "queued": 49}


def test_a_handler_that_writes_nothing_is_acknowledged_with_its_batch_at_least_once(db):
    from pipeline.engine.worker import PREFETCH, WorkerPool, execute

    register_handler(
        TaskHandler(queue="test.ack", func=lambda task, session: {"seen": task.key}, concurrency=None)
    )
    with session_scope() as s:
        q.enqueue_many(s, "test.ack", [(f"t-{i}", {}) for i in range(2 * PREFETCH)])
    assert WorkerPool(1, ["test.ack"]).work_once()
    with session_scope() as s:
        done = {
            t.key: t.result for t in s.query(Task).filter(Task.queue == "test.ack", Task.status == "done")
        }
    assert len(done) == PREFETCH and all(result == {"seen": key} for key, result in done.items())

    # A worker that dies after running its batch but before acknowledging it: the tasks run again (at least once).
    claimed = q.claim("test.ack", "doomed", limit=PREFETCH, lease_seconds=30)
    acks: list = []
    assert all(
        execute(task, TaskHandler(queue="test.ack", func=lambda t, s: None, concurrency=None), acks) == "done"
        for task in claimed
    )
    assert len(acks) == PREFETCH and q.counts("test.ack") == {"done": PREFETCH, "running": PREFETCH}
    clock.set_clock(lambda: utcnow() + timedelta(seconds=31))
    again = q.claim("test.ack", "heir", limit=PREFETCH)
    assert {t.id for t in again} == {t.id for t in claimed} and all(t.attempts == 2 for t in again)
    assert (
        q.complete_many([(t.id, None) for t in claimed], "doomed") == 0
    )  # the dead holder's acks count for nothing


POISON = """
import os, signal, sys
from pipeline.engine.registry import TaskHandler, register_handler
from pipeline.engine.worker import run_until_idle

def kill_my_worker(task, session):
    print("claimed", task.attempts, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the task crashes whatever runs it

register_handler(TaskHandler(queue="poison", func=kill_my_worker, concurrency=None))
run_until_idle(["poison"], timeout=float(sys.argv[1]))
print("idle", flush=True)
"""


def test_a_task_that_kills_its_worker_every_time_ends_dead_after_max_attempts(db, monkeypatch):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from pipeline.config import reset_settings

    monkeypatch.setenv("MIRANO_LEASE_SECONDS", "0.5")  # a dead holder's lease expires quickly
    reset_settings()
    with session_scope() as s:
        q.enqueue(s, "poison", "k", max_attempts=3)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    killed = 0
    for _ in range(8):  # more workers than attempts: the ones after the third find nothing to run
        worker = subprocess.run(
            [sys.executable, "-c", POISON, "5"], cwd=root, env=env, capture_output=True, text=True, timeout=60
        )
        if worker.returncode == -signal.SIGKILL:
            killed += 1
        else:
            assert worker.returncode == 0 and "claimed" not in worker.stdout, worker.stderr
            break
    with session_scope() as s:
        task = s.query(Task).one()
        assert (task.status, task.attempts, killed) == ("dead", 3, 3)
        assert task.last_error == "worker died 3 times while running it"


def test_a_submitted_task_is_stored_exactly_as_the_orm_stores_one(db):
    moment = datetime(
        2026, 3, 1, 9, 30, tzinfo=UTC
    )  # no microseconds: the case a plain isoformat renders apart
    clock.set_clock(lambda: moment)
    try:
        q.submit("demo", "plain", {"n": 1})
        with session_scope() as s:
            s.add(Task(queue="demo", key="orm", payload={"n": 1}, available_at=moment, created_at=moment))
    finally:
        clock.set_clock(None)
    with session_scope() as s:
        rows = dict(s.execute(text("SELECT key, available_at || ' ' || payload FROM tasks")).all())
    assert rows["plain"] == rows["orm"]
    [task] = q.claim("demo", "w", limit=1)  # and claims compare them as the ORM wrote them: oldest first
    assert task.key == "plain" and task.payload == {"n": 1}


def test_a_thread_that_frees_a_place_in_a_limited_queue_takes_that_queue_again_first(db):
    """A rate-limited source's place is refilled by the thread that freed it, not after another queue's turn."""
    from pipeline.engine.worker import WorkerPool

    for name in ("test.a", "test.b"):
        register_handler(TaskHandler(queue=name, func=lambda task, session: None, concurrency=1))
        with session_scope() as s:
            q.enqueue_many(s, name, [(f"{name}-{i}", {}) for i in range(3)])
    pool = WorkerPool(1, ["test.a", "test.b"])
    for _ in range(3):
        assert pool.work_once()
    done = {name: q.counts(name).get("done", 0) for name in ("test.a", "test.b")}
    assert sorted(done.values()) == [0, 3]  # one queue three times in a row, not the two queues in turn
