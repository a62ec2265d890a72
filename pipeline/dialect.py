"""Every difference between SQLite and PostgreSQL, in one room; the rest of Mirano asks here, one way.

Ask with whatever is at hand (a URL, an Engine, a Connection, a Session, or nothing for the configured database):
`on_sqlite(x)`, `on_postgresql(x)`. The differences:

- connecting: SQLite gets WAL, a busy timeout, the configured `synchronous` and foreign keys (`SQLITE_PRAGMAS`),
  and every writing transaction starts with BEGIN IMMEDIATE (`begin_statement`); PostgreSQL a pre-pinged pool;
- insert-or-ignore on a unique key (`insert_or_ignore`): the queue's idempotency keys, facts' subjects and links;
- claiming rows other workers may be claiming (`skip_locked`): FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has
  one writer at a time, so the plain query;
- serializing transactions on a name (`lock_transaction`): a transaction-scoped advisory lock on PostgreSQL,
  nothing on SQLite (BEGIN IMMEDIATE already serializes writers);
- keyword search (`keyword_search_sql`, `keyword_index_sql`): SQLite FTS5 with bm25, PostgreSQL full-text search
  over the same terms (a stored tsvector with a GIN index, migration 0025).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine, Select, Table
    from sqlalchemy.dialects.sqlite import Insert
    from sqlalchemy.engine import Dialect
    from sqlalchemy.orm import Session

    Bindable = str | Engine | Connection | Session | Dialect | None

SQLITE, POSTGRESQL = "sqlite", "postgresql"
SUPPORTED = (SQLITE, POSTGRESQL)


def backend(of: Bindable = None) -> str:
    """ "sqlite" or "postgresql" (or whatever else a URL names, for the error that refuses it)."""
    if of is None:
        from pipeline.config import get_settings

        of = get_settings().resolved_database_url
    if isinstance(of, str):
        return of.split(":", 1)[0].split("+", 1)[0]
    bind = of.get_bind() if hasattr(of, "get_bind") else of
    return str(getattr(bind, "dialect", bind).name)  # a SQLAlchemy Dialect is its own


def on_sqlite(of: Bindable = None) -> bool:
    return backend(of) == SQLITE


def on_postgresql(of: Bindable = None) -> bool:
    return backend(of) == POSTGRESQL


def sqlite_path(url: str) -> str | None:
    """The database file of a SQLite URL; None for an in-memory database."""
    path = url.split("///", 1)[-1]
    return path if path and path != ":memory:" else None


def sqlite_pragmas(synchronous: str) -> tuple[str, ...]:
    """What every new SQLite connection runs first."""
    return (
        "PRAGMA journal_mode=WAL",
        "PRAGMA busy_timeout=30000",
        f"PRAGMA synchronous={synchronous}",
        "PRAGMA foreign_keys=ON",
    )


def begin_statement(reading: bool) -> str:
    """How a SQLite transaction begins: a writer takes the write lock up front, so the busy timeout applies across
    threads and processes (a deferred one that later writes fails with SQLITE_BUSY without waiting); a reader
    stays deferred, which in WAL mode never waits for writers."""
    return "BEGIN" if reading else "BEGIN IMMEDIATE"


def insert_or_ignore(table: Table | type, keys: list[str], of: Bindable) -> Insert:
    """An INSERT that does nothing when a row with the same unique `keys` exists (safe against a concurrent one)."""
    if on_postgresql(of):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing(index_elements=keys)  # type: ignore[return-value]


def skip_locked(query: Select[Any], of: Bindable) -> Select[Any]:
    """The query that claims rows other workers may claim at the same time: PostgreSQL skips rows locked by
    another transaction; SQLite, one writer at a time, needs nothing."""
    return query.with_for_update(skip_locked=True) if on_postgresql(of) else query


def lock_transaction(conn: Connection | Session, name: str) -> None:
    """Serialize transactions on `name` until this one ends (PostgreSQL advisory lock; SQLite needs nothing)."""
    if on_postgresql(conn):
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})


def advisory_lock_sql(unlock: bool = False) -> str:
    """PostgreSQL's session-level lock on a name (held with no transaction open), or its release."""
    verb = "pg_advisory_unlock" if unlock else "pg_advisory_lock"
    return f"SELECT {verb}(hashtext(:name))"


def keyword_index_sql(of: Bindable) -> str | None:
    """The statement adding chunks :first..:last to SQLite's FTS5 index; None on PostgreSQL (its GIN index follows
    the table by itself)."""
    if not on_sqlite(of):
        return None
    return (
        "INSERT INTO memory_chunks_fts(rowid, terms) "
        "SELECT id, terms FROM memory_chunks WHERE id BETWEEN :first AND :last"
    )


def keyword_search_sql(of: Bindable, terms: list[str], by_project: bool) -> tuple[str, str]:
    """(SQL, the :q expression) for chunks holding any of these search terms (lemmas, matched whole:
    `memory_chunks.terms` holds the chunk's words as lemmas); with `by_project` the SQL filters on :p; :window
    bounds the matches ranked, the newest kept. On SQLite the rows are (id, terms) of those matches, ranked by
    the caller; on PostgreSQL (id, score), best (lowest) first, :n of them.

    On PostgreSQL the matches are also looked for only among chunks with ids above :lo (the caller widens it:
    `pipeline.memory.search`), and each row carries `found`, how many matches were ranked."""
    project = "AND c.project_id = :p " if by_project else ""
    if on_sqlite(of):  # the newest :window matches (older ones skipped), each with its terms, to rank by bm25
        sql = (  # in Python (`pipeline.memory.keyword_rank`: FTS5's bm25() counts every term's rows per search)
            "SELECT c.id, c.terms FROM memory_chunks_fts f "  # CROSS JOIN: the matches drive (by project, 10 s)
            "CROSS JOIN memory_chunks c ON c.id = f.rowid WHERE memory_chunks_fts MATCH :q AND f.rowid >= coalesce(("
            "SELECT rowid FROM memory_chunks_fts WHERE memory_chunks_fts MATCH :q "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :window), 0) "
        )
        return sql + project.rstrip(), " OR ".join(f'"{term}"' for term in terms)
    # the stored tsvector of migration 0025 (GIN-indexed); newest first by primary key, ranked once bounded
    sql = (
        "SELECT w.id, -ts_rank(w.terms_tsv, q) AS score, count(*) OVER () AS found FROM ("
        "SELECT c.id, c.terms_tsv FROM memory_chunks c WHERE c.terms_tsv @@ to_tsquery('simple', :q) "
        f"AND c.id > :lo {project}ORDER BY c.id DESC LIMIT :window) w, to_tsquery('simple', :q) q "
        "ORDER BY score, w.id DESC LIMIT :n"
    )
    return sql, " | ".join(terms)
