"""The one permission table: which role each command needs. viewer reads everything and asks the assistant;
operator also runs, checks, cancels, retries, applies and watches; admin also binds, sets cadences, limits,
budgets and economy mode, pauses schedules and manages people."""

from __future__ import annotations

from pipeline.engine.exceptions import MiranoError

ROLES = ("viewer", "operator", "admin")

# command → (the least role that may do it, what it is in words for the refusal)
PERMISSIONS: dict[str, tuple[str, str]] = {
    "run": ("operator", "starting a run"),
    "retry": ("operator", "retrying a run"),
    "cancel": ("operator", "cancelling"),
    "check": ("operator", "starting a check"),
    "flag": ("operator", "flagging a check"),
    "finalize": ("operator", "finalizing a report"),
    "apply": ("operator", "applying an action"),
    "curate": ("operator", "promoting or dismissing"),
    "digest": ("operator", "generating a digest"),
    "watch": ("operator", "watching"),
    "index": ("operator", "rebuilding the index"),
    "pause": ("admin", "pausing or resuming a schedule"),
    "settings": ("admin", "changing a job's cadence or limit"),
    "economy": ("admin", "switching economy mode"),
    "budget": ("admin", "changing a budget"),
    "bind": ("admin", "changing bindings or projects"),
    "people": ("admin", "managing people and roles"),
    "forget": ("admin", "erasing data"),
}


class Forbidden(MiranoError):
    """The person's role does not allow the command; nothing was changed (the reason says who, what and why)."""

    def __init__(self, who: str, role: str, command: str) -> None:
        needed, what = PERMISSIONS[command]
        super().__init__(f"{who} is a {role}: {what} needs the {needed} role")
        self.who, self.role, self.command, self.needed = who, role, command, needed


def allows(role: str, command: str) -> bool:
    """True when `role` may do `command` (every role may read and ask the assistant)."""
    needed, _ = PERMISSIONS[command]
    return ROLES.index(role) >= ROLES.index(needed)
