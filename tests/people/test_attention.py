"""Shared results, personal attention: each person has their own watches and their own unread notices; reading a
notice marks it read for that person only; a job's failure alerts are everyone's; viewers do not add watches."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.models.base import utcnow
from pipeline.models.notices import Watch
from pipeline.notices.watches import record_notice
from pipeline.people.identity import acting_as
from pipeline.people.roles import Forbidden
from pipeline.service import memory
from pipeline.service import notices as service
from pipeline.service.people import add_person
from tests.people.conftest import OPERATOR, VIEWER

BOB = "bob@example.com"


def _at(minutes: int, start: datetime = utcnow()) -> None:
    """The shared clock `minutes` after the module was loaded (steps the test controls; no date pinned)."""
    clock.set_clock(lambda: start + timedelta(minutes=minutes))


def _notice(watch_id: int, title: str) -> None:
    with session_scope() as s:
        record_notice(s, s.get(Watch, watch_id), title, "project", {}, [])  # type: ignore[arg-type]


def _job_alert(title: str) -> None:
    """A watch nobody watches in person (as a job's failure alerts are) and a notice on it."""
    with session_scope() as s:
        watch = Watch(kind="job", target_id=1, label="ingest.linear [global]", baseline={})
        s.add(watch)
        s.flush()
        record_notice(s, watch, title, "job", {}, [])


def _counts() -> tuple[int, int, int]:
    out = []
    for person in (OPERATOR, BOB, VIEWER):
        with acting_as(person):
            out.append(service.unread_count())
    return out[0], out[1], out[2]


def test_two_peoples_watches_and_unread_counts_are_independent(people: dict[str, str], db: Any) -> None:
    add_person(BOB, "operator")
    memory.create_project("acme", "Acme")
    _at(0)
    with acting_as(OPERATOR):
        anna = service.watch("acme")
    _at(1)
    _notice(anna["id"], "Acme: a new risk")  # before Bob watched: Anna's only
    _at(2)
    with acting_as(BOB):
        bob = service.watch("acme")
        again = service.watch("acme")
    assert bob["new"] and not again["new"] and bob["id"] == anna["id"]  # one shared watch row, two watchers
    _at(3)
    _notice(anna["id"], "Acme: a commitment is overdue")
    _job_alert("ingest.linear keeps failing")
    assert _counts() == (3, 2, 1)  # the viewer watches nothing: only the shared job alert

    with acting_as(OPERATOR):
        assert service.mark_read() == 3
        assert service.list_notices(unread=True) == []
        assert all(n["read"] for n in service.list_notices())
    assert _counts() == (0, 2, 1)  # Anna's reading left Bob's and Vic's unread as they were
    with acting_as(BOB):
        titles = [n["title"] for n in service.list_notices(unread=True)]
        assert titles == ["ingest.linear keeps failing", "Acme: a commitment is overdue"]
        assert service.since_last_look()["last_read_at"] is None
        assert [w["label"] for w in service.list_watches()] == ["Acme", "ingest.linear [global]"]
    with acting_as(VIEWER):
        assert [w["kind"] for w in service.list_watches()] == ["job"]
        with pytest.raises(Forbidden, match="watching needs the operator role"):
            service.watch("acme")
