"""Writers on SQLite take turns on the database's turn file (pipeline/write_turns.py): every kind of write holds
it exactly while it writes, reads never take it, and a failed write gives it back."""

from __future__ import annotations

import fcntl
import os

import pytest
from sqlalchemy import text

from pipeline import dialect
from pipeline.db import plain_single_write, plain_transaction, read_scope, session_scope


def turn_is_taken(settings) -> bool:  # noqa: ANN001
    """Whether some writer holds the turn, asked as another process would: a fresh open file, no waiting."""
    fd = os.open(f"{dialect.sqlite_path(settings.resolved_database_url)}.write-turn", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing lets go of a turn this probe took
    return False


def test_every_kind_of_write_holds_the_turn_while_it_writes_and_gives_it_back(db) -> None:
    with session_scope() as s:
        s.execute(text("CREATE TABLE turn_t (id INTEGER PRIMARY KEY)"))
        assert turn_is_taken(db)
    assert not turn_is_taken(db)
    with plain_transaction() as (cursor, _):
        cursor.execute("INSERT INTO turn_t (id) VALUES (1)")
        assert turn_is_taken(db)
    with plain_single_write() as (cursor, _):
        cursor.execute("INSERT INTO turn_t (id) VALUES (2)")
        assert turn_is_taken(db)
    assert not turn_is_taken(db)
    with read_scope() as s:
        assert s.scalar(text("SELECT count(*) FROM turn_t")) == 2
        assert not turn_is_taken(db)  # readers take nothing (WAL)


def test_a_failed_write_gives_the_turn_back(db) -> None:
    with pytest.raises(Exception, match="no such table"), session_scope() as s:
        s.execute(text("INSERT INTO missing_t (id) VALUES (1)"))
    assert not turn_is_taken(db)
    with pytest.raises(Exception, match="no such table"), plain_transaction() as (cursor, _):
        cursor.execute("INSERT INTO missing_t (id) VALUES (1)")
    assert not turn_is_taken(db)
