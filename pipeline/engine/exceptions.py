"""A short, flat hierarchy that callers catch by meaning. Every message is a reason meant for a person."""

from __future__ import annotations


class MiranoError(Exception):
    """Base of every error Mirano raises on purpose."""

    @property
    def reason(self) -> str:
        return str(self)


def failure_reason(exc: BaseException) -> str:
    """A failure in words: a deliberate error's own reason; anything else with its type, which is all it says."""
    return exc.reason if isinstance(exc, MiranoError) else f"{type(exc).__name__}: {exc}"


class RunSkipped(MiranoError):
    """Raised by a job (or the engine) to end a run as `skipped` with a reason ("nothing new")."""


class RunStopped(MiranoError):
    """Raised to end a run early but successfully with a reason ("daily budget reached")."""


class RetryTask(MiranoError):
    """A task failed in a way worth retrying; `retry_after` (seconds) overrides the backoff when given."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class TaskFailed(MiranoError):
    """A task failed for good (bad input, malformed answer that a retry will not fix)."""


class BadInput(MiranoError, ValueError):
    """Input a user gave is wrong; `field` names what to fix (CLI exit code 2)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
