"""How idle workers learn that tasks arrived: a condition in this process, LISTEN/NOTIFY across processes on PostgreSQL.

A transaction that enqueues tasks wakes this process's idle workers when it commits. On PostgreSQL it also sends
a NOTIFY (delivered at commit, once per transaction), and each worker process keeps one listening connection that
wakes its workers in turn. A retry scheduled in this process wakes them when it comes due (`due_in`). Their poll
interval stays as the fallback probe: a lost listener connection, other processes' retries and expired leases are
found by it.

A single enqueue's NOTIFY goes to one worker process: each listener also listens on a channel of its own
(`mirano_tasks_<its backend pid>`), and the enqueue picks one of the listening connections it sees in
pg_stat_activity by the task's id. A NOTIFY on the shared channel reached every process, and every process sent a
thread racing for the one row: on a small machine the deliveries alone slowed each enqueue by a third, and the
races doubled the database's work per task. A process that exits leaves pg_stat_activity with its connection, so
no enqueue addresses it after. A transaction that enqueued several tasks still notifies the shared channel: every
process wakes, and each takes its share (the ready backlog over the number of processes) before it stops waking
more of its threads.
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
LISTEN_CHECK_SECONDS = 5.0  # how often a listener checks its database and counts the other listeners
LISTENER_NAME = "mirano-arrivals"  # the listening connections' application_name, by which enqueues find them
# The payload a new listener sends on the shared channel: every listener counts them again
JOINED = "listeners"
_LISTENERS = (
    "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND datname = current_database()"
)
# A task's NOTIFY, the end of its enqueue after `WITH ins AS (INSERT … RETURNING id)`: to the channel of the
# listening connection its id picks, or to the shared channel when no listener is there.
NOTIFY_ONE = (
    f", listeners AS (SELECT pid, row_number() OVER (ORDER BY pid) - 1 AS place, count(*) OVER () AS n"
    f" FROM pg_stat_activity WHERE application_name = '{LISTENER_NAME}' AND datname = current_database())"
    f" SELECT id, pg_notify(coalesce((SELECT '{CHANNEL}_' || pid FROM listeners WHERE place = ins.id %% n),"
    f" '{CHANNEL}'), '') FROM ins"
)
_arrivals = threading.Condition()
_listeners: dict[str, threading.Thread] = {}
_listeners_lock = threading.Lock()
_due: list[float] = []  # when tasks delayed in this process come due (time.monotonic(), a heap)
# Tasks announced to this process and not yet claimed (an enqueue here, or a NOTIFY addressed here): a thread that
# goes idle takes one and looks at once, so an announcement made while every thread was busy is not lost and one
# thread, not two, answers it. A claim of a batch leaves the others' announcements in place: taking them too could
# take one of a task that came after, which would then wait for the poll; one left over costs one look.
_announced = 0
# At most this many are kept: a process that enqueues with no pool of its own (the dashboard) does not pile them
# up for a pool started later; a deeper backlog is found by the poll and shared out by the chain.
MAX_ANNOUNCED = 256
# Wake-ups for one thread to look without an announcement: a shared NOTIFY, a backlog to share out
_probes = 0
# Wake-ups of every thread, counted, so a worker that probed before one came does not sleep through it
_broadcasts = 0
# The worker processes listening on this database, as this process's listener last counted them
_processes = 1


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
    """Announce `count` tasks to this process's idle workers (one thread wakes per task, so a check's three tasks
    do not send every idle thread of the pool probing the queues); wake them all when None."""
    global _announced, _broadcasts
    with _arrivals:
        if count is None:
            _broadcasts += 1
            _arrivals.notify_all()
        else:
            _announced = min(MAX_ANNOUNCED, _announced + count)
            _arrivals.notify(count)


def wake_prober() -> None:
    """Wake one idle thread to look at the queues for work nobody announced to this process: a backlog the poll
    found, tasks another process enqueued together (their NOTIFY is not addressed)."""
    global _probes
    with _arrivals:
        _probes += 1
        _arrivals.notify()


def due_in(seconds: float) -> None:
    """A task of this process comes due in `seconds` (a retry after its delay): the pool's poller wakes for it then
    (see `until_due`), not a poll interval later."""
    global _broadcasts
    with _arrivals:
        heapq.heappush(_due, time.monotonic() + seconds)
        # A wake-up, so that a poller about to wait longer than that looks again and takes the new time into account.
        _broadcasts += 1
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


def announced() -> int:
    """Announced tasks not yet taken by a thread of this process."""
    return _announced


def processes() -> int:
    """How many worker processes share the queues (their listeners counted on PostgreSQL; 1 on SQLite): a
    process's fair share of a backlog is the backlog over this."""
    return _processes


def wakes() -> int:
    """How many wake-ups of every thread this process has had: read it before probing the queues, pass it to
    `wait_for_tasks`."""
    return _broadcasts


def wait_for_tasks(timeout: float, since: int | None = None) -> bool:
    """Block until an announced task or a probe is there to take, every thread is woken (`wake_workers()`) or
    `timeout` passes; at once if a wake-up of every thread came after `since` (between a probe and this wait).
    True when it took an announced task: the caller looks for that task, and leaves other ready tasks to theirs."""
    global _announced, _probes
    deadline = time.monotonic() + timeout
    with _arrivals:
        if since is None:
            since = _broadcasts
        while not (_announced or _probes) and since == _broadcasts:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            _arrivals.wait(left)
        if _announced:
            _announced -= 1
            return True
        if _probes:
            _probes -= 1
        return False


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
            with psycopg.connect(dsn, autocommit=True, application_name=LISTENER_NAME) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                conn.execute(f"LISTEN {CHANNEL}_{conn.info.backend_pid}")
                conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, JOINED))
                listening.set()
                wake_workers()  # anything enqueued while we were not listening
                counted, recount = 0.0, True
                while get_settings().resolved_database_url == url:
                    if recount or time.monotonic() - counted > LISTEN_CHECK_SECONDS:
                        global _processes
                        _processes = max(1, conn.execute(_LISTENERS, (LISTENER_NAME,)).fetchone()[0])
                        counted, recount = time.monotonic(), False
                    # stop_after: back here after each packet, whole (leaving the loop midway would drop the rest of
                    # the packet), to count the listeners when one joined.
                    for note in conn.notifies(timeout=LISTEN_CHECK_SECONDS, stop_after=1):
                        if note.payload == JOINED:
                            recount = True
                        elif note.channel == CHANNEL:  # another process enqueued several tasks together
                            wake_prober()  # one thread looks, and wakes more while more than a share is ready
                        else:  # a task for this process
                            wake_workers(1)
        except Exception:  # the server restarted or dropped us: the poll interval covers the gap
            time.sleep(1.0)
