"""How idle workers learn that tasks arrived: a condition in this process, LISTEN/NOTIFY across processes on PostgreSQL.

A transaction that enqueues tasks wakes this process's idle workers when it commits. On PostgreSQL it also sends
a NOTIFY (delivered at commit, once per transaction), and each worker process keeps one listening connection that
wakes its workers in turn. Their poll interval stays as the fallback probe: a lost listener connection, retries
coming due and expired leases are found by it.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import event, make_url
from sqlalchemy.orm import Session

CHANNEL = "mirano_tasks"
NOTIFY = f"SELECT pg_notify('{CHANNEL}', '')"
_arrivals = threading.Condition()
_listeners: dict[str, threading.Thread] = {}
_listeners_lock = threading.Lock()


@event.listens_for(Session, "after_commit")
def _announce_arrivals(session: Session) -> None:
    if session.info.pop("mirano_enqueued", False):
        wake_workers()


def mark_enqueued(session: Session, cursor: Any, dialect_name: str) -> None:
    """Record that this session's transaction enqueued tasks (its commit wakes workers; PostgreSQL: NOTIFY)."""
    if session.info.get("mirano_enqueued"):
        return
    session.info["mirano_enqueued"] = True
    if dialect_name == "postgresql":
        cursor.execute(NOTIFY)


def wake_workers() -> None:
    """Wake this process's idle workers now."""
    with _arrivals:
        _arrivals.notify_all()


def wait_for_tasks(timeout: float) -> None:
    """Block until tasks are enqueued (in this process, or on PostgreSQL in any), `wake_workers()` is called or
    `timeout` passes."""
    with _arrivals:
        _arrivals.wait(timeout)


def listen(url: str) -> bool:
    """On PostgreSQL, start this process's listener for enqueues by other processes (once); False on SQLite."""
    if not url.startswith("postgresql"):
        return False
    with _listeners_lock:
        if url not in _listeners or not _listeners[url].is_alive():
            thread = threading.Thread(target=_listen, args=(url,), name="task-arrivals", daemon=True)
            thread.start()
            _listeners[url] = thread
    return True


def _listen(url: str) -> None:
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    while True:
        try:
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                wake_workers()  # anything enqueued while we were not listening
                for _ in conn.notifies():
                    wake_workers()
        except Exception:  # the server restarted or dropped us: the poll interval covers the gap
            time.sleep(1.0)
