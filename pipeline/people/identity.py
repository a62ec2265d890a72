"""Who a request acts as: the signed-in person on the dashboard, MIRANO_USER or the OS user for the CLI, and
"scheduler" for runs the schedule fires.

The service layer reads `current()`. A surface says who acts with `acting_as(...)` (the CLI for a command, the
assistant for one answer); the dashboard installs a resolver that reads Streamlit's signed-in user, because its
button callbacks run before any code of the page could set a context. Whoever is none of these acts as the local
user: someone at this machine, who can open the database file anyway.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

SCHEDULER = "scheduler"


@dataclass(frozen=True)
class Actor:
    """A person acting: `local` when at this machine (the CLI, or the dashboard on loopback without sign-in)."""

    name: str
    local: bool = False


_acting: ContextVar[Actor | None] = ContextVar("mirano_acting", default=None)
_resolver: Callable[[], Actor | None] | None = None


def cli_user() -> str:
    """Who a CLI command acts as: MIRANO_USER, else the OS user."""
    return (os.environ.get("MIRANO_USER") or "").strip() or getpass.getuser()


def local_actor() -> Actor:
    return Actor(cli_user(), local=True)


def use_resolver(resolver: Callable[[], Actor | None] | None) -> None:
    """Install the dashboard's resolver (it answers None outside a page run: then the context or local applies)."""
    global _resolver
    _resolver = resolver


def current() -> Actor:
    """Who acts now: the explicit context, else the dashboard's visitor, else the local user."""
    explicit = _acting.get()
    if explicit is not None:
        return explicit
    if _resolver is not None:
        resolved = _resolver()
        if resolved is not None:
            return resolved
    return local_actor()


def current_name() -> str:
    return current().name


@contextmanager
def acting_as(actor: Actor | str) -> Iterator[Actor]:
    """Act as this person inside the block (threads started inside with a copied context see it too)."""
    who = actor if isinstance(actor, Actor) else Actor(actor)
    token = _acting.set(who)
    try:
        yield who
    finally:
        _acting.reset(token)
