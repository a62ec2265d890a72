"""A watched project: a new active risk or an overdue commitment becomes one notice; proposed or not-yet-due do not."""

from __future__ import annotations

from sqlalchemy import select

from pipeline.db import read_scope, session_scope
from pipeline.engine.runs import request_run
from pipeline.memory.projects import ensure_project
from pipeline.models import Run
from pipeline.models.memory import Entity
from pipeline.service import notices as service


def _entity(project_id: int, kind: str, key: str, status: str, due: str | None = None) -> None:
    with session_scope() as s:
        s.add(
            Entity(
                project_id=project_id,
                kind=kind,
                subtype="delivery" if kind == "commitment" else "budget",
                key=key,
                text=f"{kind} {key}",
                due=due,
                confidence=0.9 if status == "active" else 0.4,
                status=status,
            )
        )


def _last_run() -> Run:
    with read_scope() as s:
        return s.scalars(select(Run).where(Run.job == "notices.projects").order_by(Run.id.desc())).first()


def test_new_active_risks_and_overdue_commitments_of_a_watched_project_become_one_notice(db) -> None:
    with session_scope() as s:
        project_id = ensure_project(s, "northwind", "Northwind portal").id
    _entity(project_id, "risk", "known-risk", "active")
    assert service.watch("northwind")["kind"] == "project"  # what is already there is not news
    _entity(project_id, "risk", "scope-creep", "active")
    _entity(project_id, "risk", "maybe", "proposed")
    _entity(project_id, "commitment", "ship-api", "active", due="2020-01-15")
    _entity(project_id, "commitment", "later", "active", due="2999-01-01")

    request_run("notices.projects", trigger="test")

    [notice] = service.list_notices()
    assert notice["trigger"] == "project" and notice["watch"]["label"] == "Northwind portal"
    assert [(a["kind"], a["text"]) for a in notice["diff"]["added"]] == [
        ("risk", "risk scope-creep"),
        ("commitment", "commitment ship-api"),
    ]
    assert "active risk: risk scope-creep" in notice["title"] and "overdue commitment" in notice["title"]
    request_run("notices.projects", trigger="test")
    assert _last_run().status == "skipped" and _last_run().reason == "nothing new in watched projects"
    assert len(service.list_notices()) == 1


def test_the_last_watcher_out_ends_the_watch_and_its_notices_stay_as_history(db, monkeypatch) -> None:
    from pipeline.models.notices import Notice
    from pipeline.service import watching

    monkeypatch.setenv("MIRANO_USER", "ann@example.org")
    with session_scope() as s:
        project_id = ensure_project(s, "northwind", "Northwind portal").id
    service.watch("northwind")
    _entity(project_id, "risk", "scope-creep", "active")
    request_run("notices.projects", trigger="test")
    assert len(service.list_notices()) == 1

    assert watching.unwatch("northwind")["watch_removed"]
    _entity(project_id, "risk", "late-vendor", "active")
    request_run("notices.projects", trigger="test")  # an ended watch makes no notice
    with read_scope() as s:
        assert len(s.scalars(select(Notice)).all()) == 1  # what was told stays, with its deliveries
    assert service.list_notices() == [] and service.list_watches() == []  # and it is nobody's to see
    monkeypatch.setenv("MIRANO_USER", "bob@example.org")
    assert service.list_notices() == [] and service.list_watches() == []

    service.watch("northwind")  # taken up again from what shows now: the risks already there are not news
    request_run("notices.projects", trigger="test")
    assert service.list_notices() == [] and [w["label"] for w in service.list_watches()] == [
        "Northwind portal"
    ]
    _entity(project_id, "risk", "new-one", "active")
    request_run("notices.projects", trigger="test")
    assert [a["text"] for a in service.list_notices()[0]["diff"]["added"]] == ["risk new-one"]
