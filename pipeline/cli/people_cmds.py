"""People and roles: `mirano users add EMAIL --role viewer|operator|admin`, `mirano users list`, `mirano whoami`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli.lazy import lazy_module
from pipeline.cli.output import JsonFlag, emit, reasons, say, table

service = lazy_module("pipeline.service.people")
users_app = typer.Typer(help="People and their roles (viewer, operator, admin).", no_args_is_help=True)


@reasons
def add(
    email: Annotated[str, typer.Argument(help="The person's e-mail (as they sign in) or CLI user name.")],
    role: Annotated[str, typer.Option("--role", help="viewer, operator or admin.")] = "viewer",
    as_json: JsonFlag = False,
) -> None:
    """Add a person with a role, or change their role (admins only)."""
    result = service.add_person(email, role)
    if result["new"]:
        line = say("added {email} as {role}", email=result["email"], role=say(result["role"]))
    elif result["before"] == result["role"]:
        line = say("{email} is already {role}", email=result["email"], role=say(result["role"]))
    else:
        line = say(
            "{email}: {before} → {role}",
            email=result["email"],
            before=say(result["before"]),
            role=say(result["role"]),
        )
    emit(result, as_json, line)


@reasons
def list_(as_json: JsonFlag = False) -> None:
    """Everyone stored with a role, and who added them."""
    rows = service.list_people()
    emit(rows, as_json, lambda: table(rows, ["email", "role", "added_by", "added_at"]))


@reasons
def whoami(as_json: JsonFlag = False) -> None:
    """Who this command acts as, with which role, and what that role may do."""
    me = service.me()
    emit(me, as_json, lambda: say("{who} ({role})", who=me["who"], role=say(me["role"])))


def register(app: typer.Typer) -> None:
    users_app.command("add")(add)
    users_app.command("list")(list_)
    app.add_typer(users_app, name="users")
    app.command()(whoami)
