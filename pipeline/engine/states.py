"""A run's life as one state machine: every status and every allowed transition, in one place.

    queued ──► running ──► ok | failed | skipped
       │          │
       │          └──► cancelling ──► cancelled   (cooperative: the run stops between items or batches)
       └──► cancelled                             (a queued request dropped before it started)

`cancelling` is a running run with a cancel request recorded (`runs.cancel_requested_at`): the lease, the
heartbeat and the reaper keep treating it as running until it stops at its next item boundary. A run that ends
while a cancel request stands ends `cancelled` (unless it failed). Failed and cancelled runs can be retried.
"""

from __future__ import annotations

from typing import Literal

from pipeline.engine.exceptions import MiranoError

RunStatus = Literal["queued", "running", "cancelling", "cancelled", "ok", "failed", "skipped"]
STATUSES: tuple[str, ...] = ("queued", "running", "cancelling", "cancelled", "ok", "failed", "skipped")
ACTIVE: frozenset[str] = frozenset({"running", "cancelling"})
FINAL: frozenset[str] = frozenset({"ok", "failed", "skipped", "cancelled"})
RETRYABLE: frozenset[str] = frozenset({"failed", "cancelled"})

TRANSITIONS: dict[str, frozenset[str]] = {
    "queued": frozenset({"running", "skipped", "cancelled"}),
    "running": frozenset({"cancelling", "ok", "failed", "skipped"}),
    "cancelling": frozenset({"cancelled", "failed"}),
    "ok": frozenset(),
    "failed": frozenset(),
    "skipped": frozenset(),
    "cancelled": frozenset(),
}


class InvalidTransition(MiranoError):
    """A run cannot go from its status to the one asked for (the reason says both)."""


def can_move(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def check_move(current: str, target: str, run_id: int | None = None) -> None:
    """Raise InvalidTransition, in words, unless `current` → `target` is allowed."""
    if can_move(current, target):
        return
    which = f"run {run_id}" if run_id is not None else "the run"
    if current in FINAL:
        raise InvalidTransition(f"{which} already ended {current}")
    raise InvalidTransition(f"{which} is {current}; it cannot become {target}")


def shown(stored: str, cancel_requested: bool) -> str:
    """The status a person sees: a running run with a cancel request is `cancelling`."""
    return "cancelling" if stored == "running" and cancel_requested else stored


def ended_status(verdict: str, cancel_requested: bool) -> str:
    """How a run that stopped ends: a cancel request turns ok or skipped into cancelled; a failure stays failed."""
    if cancel_requested and verdict in ("ok", "skipped"):
        return "cancelled"
    return verdict


def can_retry(status: str) -> bool:
    return status in RETRYABLE
