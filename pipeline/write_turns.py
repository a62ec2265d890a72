"""Writers on one SQLite database take turns in the order the kernel wakes them, not by who naps least.

SQLite lets one writer in at a time; the others wait in its busy handler, which sleeps in growing steps (up to
100 ms) and tries again. A writer that has waited a while naps longest, so it keeps losing to writers that arrive
between its naps: under `make soak` a short write waited 1.16 s while no transaction held the lock over 0.5 s, and
with five busy writers a probe's write can wait for as long as they keep writing. So before BEGIN IMMEDIATE each
writer takes an flock on a file beside the database (`<db>.write-turn`), blocking: the kernel wakes the waiters the
moment the holder lets go, and a process that dies lets go with it. Readers take nothing (WAL). PostgreSQL has
its own lock queue and takes nothing here.
"""

from __future__ import annotations

import fcntl
import os
import threading

_closing = threading.RLock()  # reentrant: the collector may run __del__ inside another close


class WriteTurn:
    """One connection's handle on the database's turn file (an flock belongs to its open file, so each
    connection, in any thread or process, queues on its own)."""

    __slots__ = ("fd", "held")

    def __init__(self, database_path: str | None) -> None:
        """`None` (an in-memory database, one connection's own): turns are no-ops."""
        flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC
        self.fd = os.open(f"{database_path}.write-turn", flags, 0o600) if database_path else -1
        self.held = False

    def take(self) -> None:
        if self.fd >= 0:
            fcntl.flock(self.fd, fcntl.LOCK_EX)
            self.held = True

    def give(self) -> None:
        if self.held:
            self.held = False
            fcntl.flock(self.fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Close the file once, whichever threads ask (the owner, `dispose_engines`, the collector): a second
        os.close of the same number would close whatever the process opened under it since, a socket of another
        thread's HTTP call for one (it then fails with "[Errno 9] Bad file descriptor")."""
        with _closing:
            fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)  # closing also lets go of a turn still held

    def __del__(self) -> None:
        self.close()
