"""Database engine and sessions: SQLite (WAL, busy timeout, BEGIN IMMEDIATE) or PostgreSQL, same models."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from pipeline import dialect
from pipeline.config import get_settings
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput, MiranoError
from pipeline.models.base import utcnow
from pipeline.write_turns import WriteTurn

log = logging.getLogger(__name__)
_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_sessionmakers: dict[str, sessionmaker[Session]] = {}
_readers: dict[str, sessionmaker[Session]] = {}
_active = threading.local()  # the writing session this thread is inside, per URL (see joined_scope)


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL per process."""
    url = url or get_settings().resolved_database_url
    with _lock:
        created = url not in _engines
        if created:
            _engines[url] = _create(url)
            _sessionmakers[url] = sessionmaker(_engines[url], expire_on_commit=False)
            _readers[url] = sessionmaker(
                _engines[url].execution_options(mirano_read=True), expire_on_commit=False
            )
        engine = _engines[url]
    if created:
        clock.use_database_clock(_database_clock(engine))
    return engine


def _database_clock(engine: Engine) -> Callable[[], datetime | None]:
    """How to read the database's clock: PostgreSQL's `clock_timestamp()`; SQLite's is this host's."""
    if engine.dialect.name != dialect.POSTGRESQL:
        return utcnow

    def measure() -> datetime | None:
        try:
            with engine.connect() as conn:
                value = conn.exec_driver_sql("SELECT clock_timestamp()").scalar_one()
        except Exception as exc:  # unreachable now: the last measurement stands, the next sync tries again
            log.debug("could not read the database's clock: %s", exc)  # the caller's own query says why
            return None
        return value.astimezone(UTC)

    return measure


def _create(url: str) -> Engine:
    if dialect.backend(url) not in dialect.SUPPORTED:
        shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
        raise BadInput(
            "MIRANO_DATABASE_URL",
            f"{shown!r} is not a SQLite or PostgreSQL URL (sqlite:///path or postgresql+psycopg://…)",
        )
    if not dialect.on_sqlite(url):
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    path = dialect.sqlite_path(url)
    if path:
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except (
            OSError
        ) as exc:  # a file in the way, no permission, a read-only disk: one line, not a traceback
            raise BadInput(
                "MIRANO_DATA_DIR", f"cannot use {Path(path).parent} for the database: {exc.strerror or exc}"
            ) from None
    pragmas = dialect.sqlite_pragmas(get_settings().sqlite_synchronous)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy own transactions so every one can start with BEGIN IMMEDIATE (below).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        for pragma in pragmas:
            cur.execute(pragma)
        cur.close()
        record.info["write_turn"] = WriteTurn(path)

    @event.listens_for(engine, "close")
    def _on_close(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        turn = record.info.pop("write_turn", None)
        if turn is not None:
            turn.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        reading = bool(conn.get_execution_options().get("mirano_read"))
        turn = None if reading else conn.connection.info.get("write_turn")
        if turn is not None:
            turn.take()  # in the order writers arrive (pipeline/write_turns.py)
            conn.info["mirano_write_turn"] = turn
        try:
            conn.exec_driver_sql(dialect.begin_statement(reading))
        except BaseException:
            _give_turn(conn)
            raise
        if not reading:
            conn.info["mirano_write_began"] = time.monotonic()

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _on_end(conn) -> None:  # type: ignore[no-untyped-def]
        # Fired just before the COMMIT runs: the next writer's BEGIN IMMEDIATE waits those few ms in SQLite.
        _give_turn(conn)
        began = conn.info.pop("mirano_write_began", None)
        if began is not None:
            report_slow_write(time.monotonic() - began)

    return engine


def _give_turn(conn: Connection) -> None:
    turn = conn.info.pop("mirano_write_turn", None)
    if turn is not None:
        turn.give()


def report_slow_write(held: float) -> None:
    """Log a write transaction that held SQLite's one write lock longer than MIRANO_SLOW_WRITE_SECONDS, with the
    code that held it: every other writer (and every heartbeat) waited that long."""
    if held < get_settings().slow_write_seconds:
        return
    frames = [
        f for f in traceback.extract_stack()[:-3] if "/pipeline/" in f.filename and "/db.py" not in f.filename
    ]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-4:]))
    log.warning("slow write transaction: held the write lock %.2f s (%s)", held, where or "?")


class NestedTransaction(MiranoError):
    """A transaction opened while this thread already has one open on the same database."""


def _refuse_nested(url: str, opening: str) -> None:
    if getattr(_active, url, None) is not None:
        raise NestedTransaction(
            f"{opening} opened inside an open transaction of this thread: pass its session, or use "
            "joined_scope() / joined_read_scope() where joining it is meant"
        )


@contextmanager
def session_scope(url: str | None = None, *, reuse: Session | None = None) -> Iterator[Session]:
    """A new writing transaction that commits on success and rolls back on error; its boundary is this block.

    The transaction begins when the code inside first uses the session, so afterwards `session.in_transaction()`
    tells whether anything did (a worker acknowledges tasks whose handler wrote nothing in batches). Opening one
    while this thread has one open raises NestedTransaction (on SQLite it would wait for its own write lock):
    pass the open session instead, or use `joined_scope()` in a helper meant to run inside or outside one.
    `reuse` (from `new_session`) runs the scope on a session kept across scopes: a worker's batch of tasks pays
    for one session, not one each.
    """
    url = url or get_settings().resolved_database_url
    _refuse_nested(url, "session_scope()")
    if reuse is not None:
        yield from _scoped(url, reuse, reused=True)
        return
    with new_session(url) as session:  # closing rolls back whatever was not committed
        yield from _scoped(url, session)


def current_session(url: str | None = None) -> Session | None:
    """The session whose scope this thread is inside, if any."""
    return getattr(_active, url or get_settings().resolved_database_url, None)


def new_session(url: str | None = None) -> Session:
    """A session to pass to `session_scope(reuse=...)`; close it when done."""
    url = url or get_settings().resolved_database_url
    get_engine(url)
    return _sessionmakers[url]()


def _scoped(url: str, session: Session, reused: bool = False) -> Iterator[Session]:
    """The body of a writing scope: this thread's open session while it runs, committed when the block ends."""
    setattr(_active, url, session)
    try:
        yield session
        if session.in_transaction():
            session.commit()
    finally:
        setattr(_active, url, None)
        if reused and (session.in_transaction() or session.identity_map):
            session.close()  # rolls back what was not committed and forgets every object; it stays usable


@contextmanager
def joined_scope(url: str | None = None) -> Iterator[Session]:
    """The writing transaction this thread has open, joined (its opener commits it), or else a new one."""
    url = url or get_settings().resolved_database_url
    outer = getattr(_active, url, None)
    if outer is not None:
        yield outer
        return
    with session_scope(url) as session:
        yield session


@contextmanager
def read_scope(url: str | None = None) -> Iterator[Session]:
    """A new read-only transaction (never waits for writers on SQLite WAL).

    Inside an open writing transaction of this thread it raises NestedTransaction (a separate reader would not
    see that transaction's writes): pass its session, or use `joined_read_scope()`.
    """
    url = url or get_settings().resolved_database_url
    _refuse_nested(url, "read_scope()")
    get_engine(url)
    with _readers[url]() as session:  # closing the session ends (rolls back) its read transaction
        yield session


@contextmanager
def joined_read_scope(url: str | None = None) -> Iterator[Session]:
    """For reads that may run inside a writing transaction: that transaction (seeing its writes), else a read-only
    one. Helpers such as `costs.economy_on()` are asked both from inside a run's reservation and from outside."""
    url = url or get_settings().resolved_database_url
    outer = getattr(_active, url, None)
    if outer is not None:
        yield outer
        return
    with read_scope(url) as session:
        yield session


@contextmanager
def plain_transaction(url: str | None = None) -> Iterator[tuple[Any, Dialect]]:
    """A DBAPI cursor inside a writing transaction (BEGIN IMMEDIATE on SQLite), committed on success.

    For the queue's hot path only (enqueue, claim, completion): plain statements skip the ~50 µs that building and
    running a Core statement costs per call, which is most of a no-op task's price. The connection is the calling
    thread's own (see `_ThreadConnection`).
    """
    engine = get_engine(url)
    if dialect.on_sqlite(engine):
        held = _thread_connection(engine)
        raw = held.dbapi
        held.turn.take()
        try:
            cursor = raw.cursor()
            cursor.execute("BEGIN IMMEDIATE")
            began = time.monotonic()
            try:
                yield cursor, engine.dialect
                raw.commit()
            except BaseException:
                raw.rollback()  # the connection is reused: never leave it inside a transaction
                raise
        finally:
            held.turn.give()
        report_slow_write(time.monotonic() - began)
        return
    with _pg_connection(engine) as raw, raw.transaction():
        yield raw.cursor(), engine.dialect


@contextmanager
def _pg_connection(engine: Engine) -> Iterator[Any]:
    """This thread's own PostgreSQL connection (autocommit: one statement is one transaction, one round trip), or
    a pooled one when the thread's is already in use further up the stack. A connection the server dropped is
    replaced on the next call: the caller sees this call's error, as with any failed statement."""
    held = _thread_connection(engine)
    if held.busy:
        pooled = engine.raw_connection()
        try:
            pooled.driver_connection.autocommit = True
            yield pooled.driver_connection
        finally:
            pooled.driver_connection.autocommit = False
            pooled.close()
        return
    held.busy = True
    try:
        yield held.dbapi
    finally:
        held.busy = False
        if held.dbapi.closed or held.dbapi.broken:
            _mine.connection = None
            _mine.dropped = True
            held.close()


def again_if_dropped(call: Callable[[], Any]) -> Any:
    """`call()`, and once more when it failed because the server had dropped this thread's PostgreSQL connection
    (restarted, or the backend was ended): for idempotent work only, such as an enqueue by key."""
    _mine.dropped = False
    try:
        return call()
    except Exception:
        if not getattr(_mine, "dropped", False):
            raise
        _mine.dropped = False
        log.info("the database connection was dropped; trying once more on a new one")
        return call()


def plain_single_write(url: str | None = None) -> contextlib.AbstractContextManager[tuple[Any, Dialect]]:
    """A DBAPI cursor for work whose only write is one statement (reads around it are fine).

    That statement is its own transaction (the connection is in autocommit mode): as atomic and as durable as
    BEGIN … COMMIT, without the two extra calls, which are a third of a single enqueue's price.
    """
    engine = get_engine(url)
    if not dialect.on_sqlite(engine):
        return _pg_single(engine)
    held = _thread_connection(engine)
    return _SingleStatement(held.dbapi.cursor(), engine.dialect, held.turn)


class _SingleStatement:
    """Takes the write turn, and on exit closes its cursor, which resets the statement and so ends its implicit
    transaction, then gives the turn back. A class: as a @contextmanager generator this helper cost half as much
    again, once per enqueue."""

    __slots__ = ("cursor", "dialect", "turn")

    def __init__(self, cursor: Any, dialect: Dialect, turn: WriteTurn) -> None:
        self.cursor, self.dialect, self.turn = cursor, dialect, turn

    def __enter__(self) -> tuple[Any, Dialect]:
        self.turn.take()
        return self.cursor, self.dialect

    def __exit__(self, *_exc: object) -> None:
        try:
            self.cursor.close()
        finally:
            self.turn.give()


@contextmanager
def _pg_single(engine: Engine) -> Iterator[tuple[Any, Dialect]]:
    with _pg_connection(engine) as raw:
        yield raw.cursor(), engine.dialect


class _ThreadConnection:
    """One thread's own connection for plain statements, outside the pool: a checkout and return (and, on
    PostgreSQL, the pool's ping) cost more than the few statements an enqueue or a claim runs. On PostgreSQL it is
    in autocommit mode; `plain_transaction` opens its transactions. Closed when its thread ends or the engines are
    disposed."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.fairy = engine.raw_connection()  # made by the pool, so the connect pragmas above apply
        self.fairy.detach()
        self.dbapi = self.fairy.dbapi_connection
        self.busy = False
        self.turn: WriteTurn | None = None
        if dialect.on_sqlite(engine):
            # Its own turn: an flock queues per open file.
            self.turn = WriteTurn(dialect.sqlite_path(engine.url.render_as_string(hide_password=False)))
        else:
            self.dbapi.autocommit = True
        with _lock:
            _thread_connections.add(self)

    def close(self) -> None:
        """Once, whichever threads ask: its owner (replacing it), `dispose_engines`, or the collector."""
        with _closing:
            fairy, self.fairy = self.fairy, None
        if fairy is not None:
            with contextlib.suppress(Exception):  # its database file is gone
                fairy.close()
        if self.turn is not None:
            self.turn.close()

    def __del__(self) -> None:
        self.close()


_thread_connections: weakref.WeakSet[_ThreadConnection] = weakref.WeakSet()
_closing = threading.RLock()
_mine = threading.local()


def _thread_connection(engine: Engine) -> _ThreadConnection:
    held: _ThreadConnection | None = getattr(_mine, "connection", None)
    if held is None or held.engine is not engine:
        if held is not None:
            held.close()
        held = _mine.connection = _ThreadConnection(engine)
    return held


@contextmanager
def plain_read(url: str | None = None) -> Iterator[tuple[Any, Dialect]]:
    """A DBAPI cursor for reads outside any writing transaction (never waits for writers on SQLite WAL)."""
    engine = get_engine(url)
    if not dialect.on_sqlite(engine):  # autocommit: the read is one round trip, no BEGIN, no ROLLBACK
        with _pg_connection(engine) as raw:
            yield raw.cursor(), engine.dialect
        return
    raw = engine.raw_connection()
    try:
        yield raw.cursor(), engine.dialect
    finally:
        raw.close()


def dispose_engines() -> None:
    """Close every pooled connection (tests, and after fork)."""
    with _lock:
        for held in list(_thread_connections):
            held.close()
        _thread_connections.clear()
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _sessionmakers.clear()
        _readers.clear()


def serialize(conn: Session | Connection, name: str) -> None:
    """Serialize transactions on `name` across processes and hosts until this transaction ends.

    PostgreSQL takes a transaction-scoped advisory lock; SQLite needs nothing, since every writing
    transaction there already starts with BEGIN IMMEDIATE (one writer at a time).
    """
    dialect.lock_transaction(conn, name)


@contextmanager
def exclusive(name: str, url: str | None = None) -> Iterator[None]:
    """Hold a named lock across processes (and hosts, on PostgreSQL) with no transaction open.

    For slow work that must not run twice at once but must not block other writers either: a memory build
    embeds for minutes under it. PostgreSQL takes a session-level advisory lock on a connection of its own (idle,
    outside any transaction); SQLite, which is one host, an flock on a file next to the database.
    """
    url = url or get_settings().resolved_database_url
    if dialect.on_sqlite(url):
        path = dialect.sqlite_path(url)
        if path is None:
            yield
            return
        lock_path = Path(path).with_name(f".{Path(path).name}.{name}.lock")
        with open(lock_path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return
    with get_engine(url).connect() as conn:
        conn.execute(text(dialect.advisory_lock_sql()), {"name": name})
        conn.commit()  # the lock is the session's: end the transaction, keep the connection
        try:
            yield
        finally:
            conn.execute(text(dialect.advisory_lock_sql(unlock=True)), {"name": name})
            conn.commit()
