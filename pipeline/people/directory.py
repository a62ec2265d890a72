"""The people stored with their roles, and the rules that give a role to someone not stored yet.

A person stored in `people` has that role. The local user (the CLI, or the dashboard on loopback without sign-in)
who is not stored is admin: they are at this machine. The first person to sign in to a deployment with nobody
stored becomes its admin; anyone who signs in later is stored as a viewer until an admin gives them more.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.db import read_scope, session_scope
from pipeline.engine import clock, control
from pipeline.engine.exceptions import BadInput
from pipeline.models.people import Person
from pipeline.people import identity
from pipeline.people.roles import ROLES, Forbidden, allows

EMAIL_MAX = 120


def role_of(actor: identity.Actor) -> str:
    """The role this actor acts with now (see the module's rules)."""
    if actor.name == identity.SCHEDULER:
        return "admin"
    with read_scope() as s:
        stored = s.get(Person, actor.name)
    if stored is not None:
        return stored.role
    return "admin" if actor.local else "viewer"


def require(command: str, who: str | None = None) -> str:
    """Refuse (Forbidden, nothing changed) unless the acting person's role allows `command`; returns who acts.

    A caller that names someone else as `who` (the memory page's typed name, `--actor`) needs both roles to allow
    it: naming a person never lends their role, and naming a viewer never acts with more than a viewer's."""
    actor = identity.current()
    people = [actor]
    if who and who != actor.name:
        people.append(identity.Actor(who, local=actor.local))
    for person in people:
        role = role_of(person)
        if not allows(role, command):
            raise Forbidden(person.name, role, command)
    return people[-1].name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise BadInput("role", f"{role!r} is not a role: use viewer, operator or admin")
    return role


def check_email(email: str) -> str:
    cleaned = (email or "").strip()
    if not cleaned or len(cleaned) > EMAIL_MAX or any(c.isspace() for c in cleaned):
        raise BadInput("email", f"{email!r} is not a person's e-mail or user name")
    return cleaned


def set_role(s: Session, email: str, role: str, by: str) -> tuple[Person, str | None]:
    """Store the person with this role (audited); returns the row and the role they had before (None: new)."""
    person = s.get(Person, email)
    before = person.role if person else None
    if person is None:
        person = Person(email=email, role=role, added_by=by)
        s.add(person)
    elif before != role:
        person.role, person.updated_at = role, clock.now()
    if before != role:
        control.audit(s, by, "role", target=email[:80], before={"role": before}, after={"role": role})
    return person, before


def signed_in(email: str) -> str:
    """Record a person who signed in: admin when nobody is stored yet, viewer when new; returns their role."""
    with session_scope() as s:
        person = s.get(Person, email)
        if person is not None:
            return person.role
        nobody = not s.scalar(select(func.count()).select_from(Person))
        person, _ = set_role(s, email, "admin" if nobody else "viewer", "sign-in")
        return person.role
