"""The CLI acts as MIRANO_USER (or the OS user) and obeys the same roles: `mirano users add/list`, `whoami`, a
viewer's refused run, apply and budget (exit 1, the reason on one line), and `mirano runs --who`."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import reset_settings
from pipeline.people.identity import cli_user
from pipeline.service import engine as service
from pipeline.service import memory
from tests.people.conftest import OPERATOR, VIEWER

RUNNER = CliRunner()


def mirano(*args: str, user: str | None = None) -> Any:
    env = {"MIRANO_USER": user} if user else {"MIRANO_USER": ""}
    return RUNNER.invoke(app, list(args), env=env)


def test_users_add_and_list_then_a_viewer_is_refused(
    db: Any, suggested_action: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "MIRANO_DEMO_URL", "http://127.0.0.1:9"
    )  # were an apply let through, it reaches nobody
    added = mirano("users", "add", VIEWER, "--role", "viewer", "--json")
    assert added.exit_code == 0, added.output
    assert json.loads(added.stdout)["new"] is True
    assert mirano("users", "add", OPERATOR, "--role", "operator").stdout.strip() == (
        f"added {OPERATOR} as operator"
    )
    listed = json.loads(mirano("users", "list", "--json").stdout)
    assert [(p["email"], p["role"], p["added_by"]) for p in listed] == [
        (OPERATOR, "operator", cli_user()),
        (VIEWER, "viewer", cli_user()),
    ]
    assert json.loads(mirano("whoami", "--json", user=VIEWER).stdout)["role"] == "viewer"

    run = mirano("run", "notices.deliver", "--wait", "--json", user=VIEWER)
    assert run.exit_code == 1
    assert json.loads(run.stdout) == {
        "error": f"{VIEWER} is a viewer: starting a run needs the operator role"
    }
    apply = mirano("actions", "apply", str(suggested_action), user=VIEWER)
    assert apply.exit_code == 1 and "applying an action needs the operator role" in apply.output
    lent = mirano("actions", "apply", str(suggested_action), "--actor", "someone-else", user=VIEWER)
    assert lent.exit_code == 1 and f"{VIEWER} is a viewer" in lent.output  # naming another lends no role
    budget = mirano("economy", "on", user=VIEWER)
    assert budget.exit_code == 1 and "switching economy mode needs the admin role" in budget.output
    promote = mirano("users", "add", VIEWER, "--role", "admin", user=VIEWER)
    assert promote.exit_code == 1 and "managing people and roles" in promote.output
    assert service.list_runs() == [] and not service.economy()["on"]
    assert memory.actions()[0]["status"] == "suggested"

    ran = mirano("run", "notices.deliver", "--wait", "--json", user=OPERATOR)
    assert ran.exit_code == 0, ran.output
    mirano("run", "notices.deliver", "--wait")
    mine = json.loads(mirano("runs", "--who", OPERATOR, "--json").stdout)
    assert [r["started_by"] for r in mine] == [OPERATOR]
    table = mirano("runs").stdout
    assert "started_by" in table.splitlines()[0] and OPERATOR in table and cli_user() in table

    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()
    russian = mirano("run", "notices.deliver", user=VIEWER)
    assert russian.output.strip() == (
        f"ошибка: {VIEWER} — наблюдатель: для действия «запуск задания» нужна роль «оператор»"
    )


def test_bad_role_or_email_is_bad_input(db: Any) -> None:
    role = mirano("users", "add", "x@example.com", "--role", "boss", "--json")
    assert role.exit_code == 2 and json.loads(role.stdout)["field"] == "role"
    email = mirano("users", "add", "two words", "--json")
    assert email.exit_code == 2 and json.loads(email.stdout)["field"] == "email"
