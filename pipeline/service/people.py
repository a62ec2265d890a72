"""Read and command layer over people and roles: who I am, who may do what, and the admin's people list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from pipeline.checks.report import iso
from pipeline.db import read_scope, session_scope
from pipeline.models.people import Person
from pipeline.people import identity
from pipeline.people.directory import check_email, check_role, require, role_of, set_role, signed_in
from pipeline.people.roles import PERMISSIONS, ROLES, allows


def me() -> dict[str, Any]:
    """Who acts now, with which role, and which commands that role allows."""
    actor = identity.current()
    role = role_of(actor)
    return {
        "who": actor.name,
        "local": actor.local,
        "role": role,
        "may": sorted(c for c in PERMISSIONS if allows(role, c)),
    }


def may(command: str) -> bool:
    """True when the person acting now may do `command` (the pages use it to explain a disabled button)."""
    return allows(role_of(identity.current()), command)


def _person_view(p: Person) -> dict[str, Any]:
    return {
        "email": p.email,
        "role": p.role,
        "added_by": p.added_by,
        "added_at": iso(p.added_at),
        "updated_at": iso(p.updated_at),
    }


def list_people() -> list[dict[str, Any]]:
    with read_scope() as s:
        return [_person_view(p) for p in s.scalars(select(Person).order_by(Person.email))]


def add_person(email: str, role: str) -> dict[str, Any]:
    """Store a person with a role (or change their role); admins only. Says whether they were new."""
    address, wanted = check_email(email), check_role(role)
    who = require("people")
    with session_scope() as s:
        person, before = set_role(s, address, wanted, who)
        return {**_person_view(person), "before": before, "new": before is None}


def record_sign_in(email: str) -> str:
    """The dashboard calls it once per session after sign-in: the first person becomes admin, later ones viewers."""
    return signed_in(check_email(email))


def colleagues(started_by: dict[int, str | None]) -> dict[int, dict[str, Any]]:
    """For each origin check of reused facts: whether a colleague (not the reader) started it, and their name,
    which a viewer is not told (they may not see that check's input)."""
    actor = identity.current()
    named = allows(role_of(actor), "check") if started_by else False
    out: dict[int, dict[str, Any]] = {}
    for job_id, by in started_by.items():
        colleague = bool(by) and by != actor.name and by != identity.SCHEDULER
        out[job_id] = {
            "reused_from_colleague": colleague,
            "reused_from_by": by if colleague and named else None,
        }
    return out


__all__ = ["ROLES", "add_person", "colleagues", "list_people", "may", "me", "record_sign_in"]
