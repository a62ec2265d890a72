"""Workers: threads that claim tasks from the queue and execute their registered handlers.

A handler writes its results through the session it is given, and the task is completed in that same
transaction, so results and completion commit together or not at all. Per-queue concurrency is counted in the
database (running tasks with live leases), so it holds across every worker process on the same database.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from pipeline.db import new_session, plain_read, session_scope
from pipeline.engine import arrivals, clock
from pipeline.engine import queue as task_queue
from pipeline.engine.exceptions import MiranoError, RetryTask, TaskFailed, failure_reason
from pipeline.engine.queue import ClaimedTask
from pipeline.engine.queue_sql import statements
from pipeline.engine.registry import TaskHandler, handlers
from pipeline.engine.runs import holder_id

log = logging.getLogger(__name__)
PREFETCH = 64  # most tasks one thread claims at once from a deep backlog of an unlimited queue
IDLE_CHECK_SECONDS = 0.5  # run_until_idle's poll: retries of this process and finished batches wake it sooner


class LeaseLost(MiranoError):
    """Another worker took the task over (our lease expired); our results were rolled back."""


def execute(
    task: ClaimedTask,
    handler: TaskHandler,
    acks: list[tuple[int, Any]] | None = None,
    session: Session | None = None,
) -> str:
    """Run one claimed task and record the outcome; returns the task's new status.

    A handler that writes has its results and the task's completion committed together. One that wrote nothing
    (its session never began a transaction) is appended to `acks` when given, for `task_queue.complete_many`
    after its batch: the same at-least-once contract, one commit per batch instead of one per task. `session`
    (from `new_session`) is reused across a batch; each task still gets its own transaction.
    """
    try:
        with session_scope(reuse=session) as s:
            result = handler.func(task, s)
            if acks is not None and not s.in_transaction():
                acks.append((task.id, result))
                return "done"
            if not task_queue.complete(task.id, task.holder, result, session=s):
                raise LeaseLost(f"task {task.id}: lease lost before commit")
        return "done"
    except LeaseLost:
        return "lost"
    except RetryTask as exc:
        return task_queue.fail(task.id, task.holder, exc.reason, retry_after=exc.retry_after)
    except TaskFailed as exc:
        return task_queue.fail(task.id, task.holder, exc.reason, permanent=True)
    except Exception as exc:  # unexpected errors retry with backoff and keep a readable reason
        return task_queue.fail(task.id, task.holder, failure_reason(exc))


class WorkerPool:
    """`concurrency` threads claiming from the queues they serve (see `work_once` for how many at a time)."""

    def __init__(
        self, concurrency: int = 8, queues: Iterable[str] | None = None, poll_seconds: float = 0.2
    ) -> None:
        self.concurrency = concurrency
        self.queues = list(queues) if queues is not None else None
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._running: dict[int, str] = {}  # task id -> holder, for the heartbeat
        self._lock = threading.Lock()
        self._turn = 0  # rotates the queue order between claims, so no source starves the others
        self._polling = False  # one idle thread probes every `poll_seconds`; the others wait longer
        self.idle_seconds = max(10 * poll_seconds, 0.5)
        self.executed = 0
        self.finished = threading.Event()  # set each time a batch of claimed tasks is done
        self._local = threading.local()

    def _handlers(self) -> list[TaskHandler]:
        all_handlers = handlers()
        names = self.queues if self.queues is not None else sorted(all_handlers)
        return [all_handlers[n] for n in names if n in all_handlers]

    def start(self) -> WorkerPool:
        from pipeline.config import get_settings

        # On PostgreSQL, enqueues committed by other processes wake this pool's idle threads too.
        arrivals.listen(get_settings().resolved_database_url)
        for i in range(self.concurrency):
            thread = threading.Thread(target=self._loop, name=f"worker-{i}", daemon=True)
            thread.start()
            self._threads.append(thread)
        beat = threading.Thread(target=self._heartbeat, name="worker-heartbeat", daemon=True)
        beat.start()
        self._threads.append(beat)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        arrivals.wake_workers()
        for thread in self._threads:
            thread.join(timeout)

    def work_once(self) -> bool:
        """Claim and execute ready tasks from one served queue; False when nothing was ready.

        A queue without a concurrency limit is claimed in batches when its backlog is deep (a share of the backlog
        per thread, at most `PREFETCH`), so the claim's write transaction is paid once per batch; tasks whose
        handler wrote nothing are acknowledged together at the end (see `execute`). A limited queue is claimed one
        task at a time, so a thread never sits on claimed tasks that other threads could run.
        """
        holder = holder_id()
        served = self._handlers()
        # A cheap read first: idle workers, and workers of full queues, take no write lock.
        ready = ready_queues([h.queue for h in served], {h.queue: h.concurrency for h in served})
        with self._lock:
            self._turn += 1
            turn = self._turn
        served = served[turn % len(served) :] + served[: turn % len(served)] if served else []
        freed = getattr(self._local, "freed", None)  # a limited queue this thread just freed a place in
        served.sort(key=lambda h: h.queue != freed)  # looked at first: the place is taken again at once
        self._local.freed = None
        for handler in served:
            backlog = ready.get(handler.queue, 0)
            if not backlog:
                continue
            batch = (
                1 if handler.concurrency is not None else max(1, min(PREFETCH, backlog // self.concurrency))
            )
            claimed = task_queue.claim(handler.queue, holder, limit=batch, concurrency=handler.concurrency)
            if not claimed:
                continue
            # More ready than this process's share holds, less what it claimed and what is announced to its other
            # threads (each wakes one of its own): work nobody announced (found by the poll, or after a shared
            # NOTIFY, or enqueued before the process listened). One more idle thread comes to claim it, and this
            # one looks again when done.
            self._local.more = (
                sum(ready.values()) > (len(claimed) + arrivals.announced()) * arrivals.processes()
            )
            if self._local.more:
                arrivals.wake_prober()
            with self._lock:
                self._running.update((task.id, holder) for task in claimed)
            acks: list[tuple[int, Any]] = []
            session = new_session()
            try:
                for task in claimed:
                    execute(task, handler, acks, session)
            finally:
                session.close()
                task_queue.complete_many(acks, holder)
                with self._lock:
                    for task in claimed:
                        self._running.pop(task.id, None)
                    self.executed += len(claimed)
                self.finished.set()
                if handler.concurrency is not None:
                    self._local.freed = handler.queue
            return True
        return False

    def _loop(self) -> None:
        while not self._stop.is_set():
            seen, probed_at = arrivals.wakes(), time.monotonic()
            self._local.more = False
            try:
                worked = self.work_once()
            except Exception:  # a locked or restarting database: wait and try again
                log.warning("worker loop: claiming or executing failed; trying again", exc_info=True)
                worked = False
            # Unless it is sharing out a backlog, the thread waits for a wake-up: at once if a task was announced
            # while it worked; the tasks announced to other threads and processes are not raced for.
            if not (worked and self._local.more) and not self._stop.is_set():
                self._idle(seen, probed_at)

    def _idle(self, seen: int, probed_at: float) -> None:
        """Wait for a wake-up. The first thread to go idle polls every `poll_seconds` (expired leases and, on
        SQLite, other processes' enqueues), or sooner when a retry of this process comes due; the rest wait
        `idle_seconds`: an idle pool probes the database a few times per poll interval, not once per thread. A
        thread that claims from a backlog deeper than its claim wakes the next one."""
        with self._lock:
            poller, self._polling = not self._polling, True
        try:
            timeout = arrivals.until_due(self.poll_seconds, probed_at) if poller else self.idle_seconds
            arrivals.wait_for_tasks(timeout, since=seen)
        finally:
            if poller:
                with self._lock:
                    self._polling = False

    def _heartbeat(self) -> None:
        from pipeline.config import get_settings

        synced = time.monotonic()
        while not self._stop.wait(get_settings().heartbeat_seconds):
            if time.monotonic() - synced > CLOCK_SYNC_SECONDS:  # a clock can be stepped while a worker runs
                clock.sync()
                synced = time.monotonic()
            with self._lock:
                by_holder: dict[str, list[int]] = {}
                for task_id, holder in self._running.items():
                    by_holder.setdefault(holder, []).append(task_id)
            for holder, ids in by_holder.items():
                try:
                    task_queue.extend(ids, holder)
                except Exception:  # the next beat retries before the leases expire
                    log.warning(
                        "worker heartbeat: extending %d task lease(s) failed", len(ids), exc_info=True
                    )
                    continue


CLOCK_SYNC_SECONDS = 60.0  # how often a worker measures the database's clock again
PROBE_LIMIT = (
    256  # ready tasks a probe counts at most: enough to size a batch, bounded however deep the backlog
)


def ready_queues(queues: list[str], limits: dict[str, int | None] | None = None) -> dict[str, int]:
    """How many tasks of each of these queues can be claimed now (queued and due, or with an expired lease), counted
    up to PROBE_LIMIT: an idle worker's probe costs the same at 30 queued tasks as at 30,000. A queue with a
    concurrency limit in `limits` counts no more than its free slots (running tasks with live leases taken off),
    so a worker does not open a write transaction to claim from a full queue. One statement."""
    if not queues:
        return {}
    limits = limits or {}
    with plain_read() as (cursor, dialect):
        sql = statements(dialect)
        now = sql.time(clock.now())
        parts, params = [], []
        for queue in queues:
            parts += [f"({sql.ready_queued})", f"({sql.ready_expired})"]
            params += [queue, now, PROBE_LIMIT, queue, now, PROBE_LIMIT]
            if limits.get(queue) is not None:
                parts.append(f"({sql.running})")
                params += [queue, now]
        cursor.execute("SELECT " + ", ".join(parts), params)
        counts = iter(cursor.fetchone())
    found = {}
    for queue in queues:
        n = min(PROBE_LIMIT, next(counts) + next(counts))
        limit = limits.get(queue)
        if limit is not None:
            n = min(n, max(0, limit - next(counts)))
        if n:
            found[queue] = n
    return found


def pending(queues: Iterable[str] | None = None) -> int:
    """Tasks still queued or running in the given queues (all when None)."""
    names = list(queues) if queues is not None else None
    if names == []:
        return 0
    with plain_read() as (cursor, dialect):
        sql = statements(dialect)
        if names is None:
            cursor.execute(sql.pending)
        else:
            cursor.execute(sql.pending + " AND queue IN " + sql.ids(len(names)), names)
        return int(cursor.fetchone()[0])


def run_until_idle(queues: Iterable[str] | None = None, timeout: float = 60.0, concurrency: int = 8) -> int:
    """Execute tasks in this process until none is queued or running (or `timeout`); returns how many ran.

    It looks again each time the pool finishes a batch (and every `IDLE_CHECK_SECONDS`, for tasks other processes
    hold).
    """
    names = list(queues) if queues is not None else None
    pool = WorkerPool(concurrency, names, poll_seconds=IDLE_CHECK_SECONDS).start()
    deadline = time.monotonic() + timeout
    try:
        while (left := deadline - time.monotonic()) > 0 and pending(names):
            pool.finished.wait(min(IDLE_CHECK_SECONDS, left))
            pool.finished.clear()
    finally:
        pool.stop()
    return pool.executed
