"""What is left after the rows that held a person's data are gone: their name quoted elsewhere (a run's event, a
task's payload, an audit of an applied action, an assistant's thread), and the bytes SQLite keeps after a delete.

`scrub_mentions` replaces the name in every text and JSON column of every table (the erasure audit aside) with a
marker; `drop_threads` deletes the assistant's conversations that quote it; `compact` makes SQLite forget the
deleted bytes (the keyword index's segments are merged, the database vacuumed, the write-ahead log emptied).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Table, Text, and_, select, text, update
from sqlalchemy.orm import Session

from pipeline.erasure.checks_data import dumped
from pipeline.erasure.names import Person, normalized
from pipeline.models import Base
from pipeline.models import checks as _checks  # noqa: F401 — every table on Base.metadata
from pipeline.models import erasure as _erasure  # noqa: F401
from pipeline.models import memory as _memory  # noqa: F401
from pipeline.models import notices as _notices  # noqa: F401

log = logging.getLogger(__name__)
MARK = "[erased]"
KEPT_TABLES = {"erasure_audit", "alembic_version"}
BATCH = 2000
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _text_columns(table: Table) -> list[Any]:
    return [c for c in table.columns if isinstance(c.type, (String, Text, JSON)) and not c.primary_key]


def replaced(value: Any, person: Person) -> Any:
    """The value with every mention of the person replaced by the marker (strings inside JSON too)."""
    if isinstance(value, str):
        return person.pattern.sub(MARK, value)
    if isinstance(value, list):
        return [replaced(v, person) for v in value]
    if isinstance(value, dict):
        if person.fields_in({k: v for k, v in value.items() if isinstance(v, str)}):  # the name in fields
            parts = {normalized(p) for p in person.parts}
            value = {
                k: MARK if isinstance(v, str) and normalized(v) in parts else v for k, v in value.items()
            }
        return {replaced(k, person): replaced(v, person) for k, v in value.items()}
    return value


def scrub_mentions(s: Session, person: Person, tally: Counter[str]) -> None:
    """Replace the person's name wherever it is still quoted; counts the rows changed as `other_mentions`."""
    for table in Base.metadata.sorted_tables:
        columns = _text_columns(table)
        if table.name in KEPT_TABLES or not columns or not table.primary_key.columns:
            continue
        keys = list(table.primary_key.columns)
        changes = []
        for row in s.execute(select(*keys, *columns)).yield_per(BATCH):
            values = dict(zip([c.name for c in columns], row[len(keys) :], strict=True))
            changed = {
                name: replaced(v, person)
                for name, v in values.items()
                if v is not None
                and (person.found_in(v if isinstance(v, str) else dumped(v)) or person.fields_in(v))
            }
            if changed:  # applied after the read, so the scan never meets its own writes
                changes.append((tuple(row[: len(keys)]), changed))
        for key, changed in changes:
            s.execute(
                update(table).where(and_(*(k == v for k, v in zip(keys, key, strict=True)))).values(**changed)
            )
        tally["other_mentions"] += len(changes)


def optimize_keyword_index(s: Session) -> None:
    """Merge the FTS5 segments, so deleted chunks' words leave the index's pages (SQLite only)."""
    if s.get_bind().dialect.name != "sqlite":
        return
    if s.scalar(text("SELECT name FROM sqlite_master WHERE name = 'memory_chunks_fts'")):
        s.execute(text("INSERT INTO memory_chunks_fts(memory_chunks_fts) VALUES ('optimize')"))


def compact(url: str) -> bool:
    """VACUUM the SQLite database and empty its write-ahead log; False when that could not finish now (a reader
    kept the log open: the next checkpoint empties it). PostgreSQL: nothing to do here (autovacuum)."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return True
    return vacuum_file(Path(parsed.database))


def vacuum_file(path: Path) -> bool:
    """VACUUM one SQLite file on a connection of its own and truncate its WAL; whether both finished."""
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("VACUUM")
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not (busy and busy[0])
    except sqlite3.Error as exc:
        log.warning("erasure: could not compact %s (%s)", path.name, exc)
        return False
    finally:
        db.close()


def secure_delete(s: Session, on: bool) -> None:
    """SQLite overwrites deleted content with zeros while this is on (for this connection)."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text(f"PRAGMA secure_delete={'ON' if on else 'OFF'}"))


def _readable(blob: Any) -> str:
    raw = blob.decode("utf-8", "ignore") if isinstance(blob, bytes) else str(blob or "")
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)


def drop_threads(path: Path, person: Person, tally: Counter[str]) -> None:
    """Delete the assistant's threads (every checkpoint and write of them) that quote the person."""
    if not path.exists():
        return
    threads: set[str] = set()
    db = sqlite3.connect(path, timeout=30)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "checkpoints" not in tables:
            return
        for table, columns in (("checkpoints", "checkpoint, metadata"), ("writes", "value")):
            if table not in tables:
                continue
            for thread_id, *blobs in db.execute(f"SELECT thread_id, {columns} FROM {table}"):  # noqa: S608
                if any(person.found_in(_readable(b)) for b in blobs):
                    threads.add(thread_id)
        for thread_id in sorted(threads):
            for table in ("checkpoints", "writes") if "writes" in tables else ("checkpoints",):
                db.execute(f"DELETE FROM {table} WHERE thread_id = ?", (thread_id,))  # noqa: S608
        db.commit()
        tally["assistant_threads"] += len(threads)
    finally:
        db.close()
    if threads:
        vacuum_file(path)
