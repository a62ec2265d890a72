"""Database engine and sessions: SQLite (WAL, busy timeout, BEGIN IMMEDIATE) or PostgreSQL, same models."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from pipeline.config import get_settings

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_sessionmakers: dict[str, sessionmaker[Session]] = {}


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL per process."""
    url = url or get_settings().resolved_database_url
    with _lock:
        if url not in _engines:
            _engines[url] = _create(url)
            _sessionmakers[url] = sessionmaker(_engines[url], expire_on_commit=False)
        return _engines[url]


def _create(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    path = url.split("///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy own transactions so every one can start with BEGIN IMMEDIATE (below).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A deferred transaction that later writes can fail with SQLITE_BUSY without waiting;
        # taking the write lock up front makes the busy timeout apply across threads and processes.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A session whose transaction commits on success and rolls back on error."""
    get_engine(url)
    maker = _sessionmakers[url or get_settings().resolved_database_url]
    with maker() as session, session.begin():
        yield session


def dispose_engines() -> None:
    """Close every pooled connection (tests, and after fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _sessionmakers.clear()
