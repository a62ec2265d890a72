"""How idle workers learn that tasks arrived: a condition in this process, LISTEN/NOTIFY across processes on PostgreSQL.

A transaction that enqueues tasks wakes this process's idle workers when it commits. On PostgreSQL it also sends
a NOTIFY (delivered at commit, once per transaction), and each worker process keeps one listening connection that
wakes its workers in turn. A retry scheduled in this process wakes them when it comes due (`due_in`). Their poll
interval stays as the fallback probe: a lost listener connection, other processes' retries and expired leases are
found by it.
"""

from __future__ import annotations

import heapq
import threading
import time
from typing import Any

from sqlalchemy import event, make_url
from sqlalchemy.orm import Session

from pipeline import dialect

CHANNEL = "mirano_tasks"
NOTIFY = f"SELECT pg_notify('{CHANNEL}', '')"
LISTEN_CHECK_SECONDS = 5.0  # how often a listener checks that its database is still this process's
_arrivals = threading.Condition()
_listeners: dict[str, threading.Thread] = {}
_listeners_lock = threading.Lock()
_due: list[float] = []  # when tasks delayed in this process come due (time.monotonic(), a heap)
_wakes = 0  # counts wake-ups, so a worker that probed before one came does not then sleep through it


@event.listens_for(Session, "after_commit")
def _announce_arrivals(session: Session) -> None:
    count = session.info.pop("mirano_enqueued", 0)
    if count:
        wake_workers(count)


def mark_enqueued(session: Session, cursor: Any, dialect_name: str, count: int = 1) -> None:
    """Record that this session's transaction enqueues `count` tasks: its commit wakes as many idle workers (and
    on PostgreSQL sends one NOTIFY)."""
    before = session.info.get("mirano_enqueued", 0)
    session.info["mirano_enqueued"] = before + count
    if not before and dialect_name == dialect.POSTGRESQL:
        cursor.execute(NOTIFY)


def wake_workers(count: int | None = None) -> None:
    """Wake `count` of this process's idle workers now (all when None): one per task that arrived, so a check's
    three tasks do not send every idle thread of the pool probing the queues."""
    global _wakes
    with _arrivals:
        _wakes += 1
        if count is None:
            _arrivals.notify_all()
        else:
            _arrivals.notify(count)


def due_in(seconds: float) -> None:
    """A task of this process comes due in `seconds` (a retry after its delay): the pool's poller wakes for it then
    (see `until_due`), not a poll interval later."""
    global _wakes
    with _arrivals:
        heapq.heappush(_due, time.monotonic() + seconds)
        # A wake-up, so that a poller about to wait longer than that looks again and takes the new time into account.
        _wakes += 1
        _arrivals.notify_all()


def until_due(longest: float, probed_at: float) -> float:
    """Seconds until the next task delayed in this process comes due, at most `longest`; 0 when one came due after
    `probed_at` (the time.monotonic() of the caller's last look at the queues)."""
    with _arrivals:
        while _due and _due[0] <= probed_at:  # due before that look: it was seen
            heapq.heappop(_due)
        if not _due:
            return longest
        return max(0.0, min(longest, _due[0] - time.monotonic()))


def wakes() -> int:
    """How many wake-ups this process has had: read it before probing the queues, pass it to `wait_for_tasks`."""
    return _wakes


def wait_for_tasks(timeout: float, since: int | None = None) -> None:
    """Block until tasks are enqueued (in this process, or on PostgreSQL in any), `wake_workers()` is called or
    `timeout` passes; at once if a wake-up came after `since` (one that came between a probe and this wait)."""
    with _arrivals:
        if since is None or since == _wakes:
            _arrivals.wait(timeout)


def listen(url: str, ready_seconds: float = 5.0) -> bool:
    """On PostgreSQL, start this process's listener for enqueues by other processes (once) and wait up to
    `ready_seconds` until it listens, so workers started next hear every later enqueue; False on SQLite."""
    if not dialect.on_postgresql(url):
        return False
    with _listeners_lock:
        if url not in _listeners or not _listeners[url].is_alive():
            listening = threading.Event()
            thread = threading.Thread(
                target=_listen, args=(url, listening), name="task-arrivals", daemon=True
            )
            thread.start()
            _listeners[url] = thread
            listening.wait(ready_seconds)  # not listening by then (server down): the poll interval covers it
    return True


def _listen(url: str, listening: threading.Event) -> None:
    import psycopg

    from pipeline.config import get_settings

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    # Ends when the process moves to another database (tests do), so no idle connection is left behind.
    while get_settings().resolved_database_url == url:
        try:
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                listening.set()
                wake_workers()  # anything enqueued while we were not listening
                while get_settings().resolved_database_url == url:
                    for _ in conn.notifies(timeout=LISTEN_CHECK_SECONDS):
                        # One idle thread per transaction that enqueued: it wakes the next when it finds more
                        # ready than it claims (WorkerPool.work_once), so a stream of single enqueues does not
                        # send every idle thread of every process probing the queues for one task.
                        wake_workers(1)
        except Exception:  # the server restarted or dropped us: the poll interval covers the gap
            time.sleep(1.0)
