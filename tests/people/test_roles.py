"""Roles are enforced in the service layer: a viewer's Apply, Run now and budget change are refused with the reason
(in both languages) and change nothing; an operator runs and is recorded as who started it; admins manage people."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from pipeline.db import read_scope
from pipeline.engine.runs import request_run
from pipeline.i18n import reason_text
from pipeline.models import ControlAudit, Run
from pipeline.models.memory import Action, ActionAudit
from pipeline.people.identity import Actor, acting_as, cli_user
from pipeline.people.roles import Forbidden
from pipeline.service import control, memory
from pipeline.service import engine as service
from pipeline.service import people as people_service
from tests.people.conftest import OPERATOR, VIEWER

JOB = "notices.deliver"  # a product job that ends at once when there is nothing to deliver


def _count(model: Any) -> int:
    with read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_viewer_is_refused_by_the_service_and_nothing_changes(
    people: dict[str, str], suggested_action: int
) -> None:
    budgets_before, audited = service.budgets()["budgets"], _count(ControlAudit)  # the three people added
    with acting_as(VIEWER):
        with pytest.raises(Forbidden) as run_now:
            service.run_now(JOB, trigger="button", wait=True)
        with pytest.raises(Forbidden) as budget:
            service.set_budget("usd", 1.0)
        with pytest.raises(Forbidden) as apply:
            memory.apply_action(suggested_action, VIEWER)
        with pytest.raises(Forbidden):
            service.set_economy(True)
    assert run_now.value.reason == f"{VIEWER} is a viewer: starting a run needs the operator role"
    assert "changing a budget needs the admin role" in budget.value.reason
    assert "applying an action needs the operator role" in apply.value.reason
    assert reason_text(apply.value.reason, "ru") == (
        f"{VIEWER} — наблюдатель: для действия «применение действия» нужна роль «оператор»"
    )
    assert _count(Run) == 0 and _count(ActionAudit) == 0 and _count(ControlAudit) == audited
    assert service.budgets()["budgets"] == budgets_before and not service.economy()["on"]
    with read_scope() as s:
        assert s.get(Action, suggested_action).status == "suggested"  # type: ignore[union-attr]


def test_the_role_follows_the_person_not_the_name_they_pass(people: dict[str, str]) -> None:
    """A CLI user who names a stored viewer as `who` acts with the viewer's role."""
    with pytest.raises(Forbidden):
        control.pause_job(JOB, "global", VIEWER)
    assert control.job_control(JOB)["paused"] is False


def test_an_operator_runs_and_is_recorded_but_may_not_change_budgets(people: dict[str, str]) -> None:
    with acting_as(OPERATOR):
        answer = service.run_now(JOB, trigger="button", wait=True)
        with pytest.raises(Forbidden, match="needs the admin role"):
            service.set_budget("usd", 1.0)
    assert answer["run"]["started_by"] == OPERATOR
    service.set_budget("usd", 2.0)  # the local user, not stored, is admin at this machine
    service.run_now(JOB, trigger="cli", wait=True)
    assert [r["started_by"] for r in service.list_runs(JOB)] == [cli_user(), OPERATOR]
    assert [r["id"] for r in service.list_runs(JOB, who=OPERATOR)] == [answer["run_id"]]
    audit = control.audit_log()
    assert audit[0]["who"] == cli_user() and audit[0]["action"] == "budget"
    assert audit[0]["after"] == {"usd": 2.0}


def test_a_queued_run_now_keeps_who_asked_when_the_scheduler_starts_it(people: dict[str, str]) -> None:
    with acting_as(OPERATOR):
        service.run_now(JOB, trigger="button", defer=True)
    with acting_as(Actor("scheduler-thread", local=True)):  # the scheduler fires the queued request
        started = request_run(JOB, "global", "button", fired=True)
    run = service.get_run(started.run_id)  # type: ignore[arg-type]
    assert run is not None and run["started_by"] == OPERATOR
    scheduled = service.run_now(JOB, trigger="schedule", wait=True)
    assert scheduled["run"]["started_by"] == "scheduler"


def test_people_and_roles_are_managed_by_admins_only(people: dict[str, str]) -> None:
    with acting_as(OPERATOR), pytest.raises(Forbidden, match="managing people and roles"):
        people_service.add_person(VIEWER, "admin")
    with acting_as(people["admin"]):
        changed = people_service.add_person(VIEWER, "operator")
    assert changed["before"] == "viewer" and changed["role"] == "operator" and not changed["new"]
    assert {p["email"]: p["role"] for p in people_service.list_people()}[VIEWER] == "operator"
    with acting_as(VIEWER):
        assert "run" in people_service.me()["may"] and "budget" not in people_service.me()["may"]


def test_first_sign_in_of_an_empty_deployment_is_admin_later_ones_viewers(db: Any) -> None:
    assert people_service.record_sign_in("first@example.com") == "admin"
    assert people_service.record_sign_in("second@example.com") == "viewer"
    assert people_service.record_sign_in("first@example.com") == "admin"  # signing in again changes nothing
    with acting_as("stranger@example.com"):  # signed in elsewhere, never stored: a viewer
        assert people_service.me()["role"] == "viewer"


def test_reused_facts_name_a_colleague_only_to_those_who_may_check(people: dict[str, str]) -> None:
    """The reuse badge's provenance: a colleague's check, named to operators and admins, not to a viewer."""
    origins = {1: OPERATOR, 2: "scheduler", 3: None}
    with acting_as(VIEWER):
        seen_by_viewer = people_service.colleagues(origins)
    with acting_as(people["admin"]):
        seen_by_admin = people_service.colleagues(origins)
    with acting_as(OPERATOR):
        seen_by_owner = people_service.colleagues(origins)
    assert seen_by_viewer[1] == {"reused_from_colleague": True, "reused_from_by": None}
    assert seen_by_admin[1] == {"reused_from_colleague": True, "reused_from_by": OPERATOR}
    assert not seen_by_owner[1]["reused_from_colleague"]  # their own check
    assert not seen_by_admin[2]["reused_from_colleague"] and not seen_by_admin[3]["reused_from_colleague"]
