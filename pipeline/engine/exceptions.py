"""Every error Mirano raises on purpose, rooted in one class, so callers catch by meaning.

Each carries `reason`, a sentence meant for a person, stored with the run or task and shown as is. Classes live
beside the code that raises them; the tree (secondary bases in brackets, kept because callers rely on them):

    MiranoError
    ├── BadInput [ValueError]          input a user gave is wrong; `field` names it (CLI exit code 2)
    │   ├── UnknownJob [LookupError]   pipeline.engine.registry
    │   └── AddressRefused             pipeline.checks.address
    ├── DuplicateName                  pipeline.engine.registry: a job or handler name declared twice
    ├── NestedTransaction              pipeline.db: a transaction opened inside this thread's open one
    ├── RunSkipped                     a job ends its run as `skipped` ("nothing new")
    ├── RetryTask                      a task failed in a way worth retrying (`retry_after`)
    ├── TaskFailed                     a task failed for good
    ├── LeaseLost                      pipeline.engine.worker: another worker took the task over
    ├── RunWaitTimeout                 pipeline.service.engine: gave up waiting for a run
    ├── SourceError                    pipeline.sources.http: a property-check source call
    │   ├── SourceRateLimited
    │   ├── SourceUnavailable
    │   └── SourceMalformed
    ├── VendorError                    pipeline.sources.vendor: a Chatwoot, Linear or Attio call
    │   ├── VendorRateLimited
    │   ├── VendorUnavailable
    │   ├── VendorRefused
    │   └── VendorMalformed
    ├── DeliveryFailed                 pipeline.notices.channels: a webhook or e-mail send
    ├── VectorIndexError [ValueError]  pipeline.memory.vector_index: the index file cannot be used as asked
    ├── IndexLocked [TimeoutError]     pipeline.memory.vector_index: another process holds the writer lock
    └── NoSingleProject [LookupError]  agent.tools.resolve: no project, or several, match a question's name

A job that ends early but successfully does not raise: it returns its summary (or sets `ctx.stop_reason`).
"""

from __future__ import annotations


class MiranoError(Exception):
    """Base of every error Mirano raises on purpose; `reason` is what a person reads."""

    bad_input = False  # True: the user's input was wrong (CLI exit code 2), not the work

    def __init__(self, *args: object) -> None:
        # Vendors echo credentials in their errors: no secret survives into a reason (pipeline/redact.py).
        from pipeline.redact import scrub

        super().__init__(*(scrub(a) if isinstance(a, str) else a for a in args))

    @property
    def reason(self) -> str:
        return str(self)


def failure_reason(exc: BaseException) -> str:
    """A failure in words: a deliberate error's own reason; anything else with its type, which is all it says."""
    from pipeline.redact import scrub

    return exc.reason if isinstance(exc, MiranoError) else scrub(f"{type(exc).__name__}: {exc}")


class RunSkipped(MiranoError):
    """Raised by a job (or the engine) to end a run as `skipped` with a reason ("nothing new")."""


class RetryTask(MiranoError):
    """A task failed in a way worth retrying; `retry_after` (seconds) overrides the backoff when given."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class TaskFailed(MiranoError):
    """A task failed for good (bad input, malformed answer that a retry will not fix)."""


class DuplicateName(MiranoError):
    """A job or task handler declared under a name that is already taken."""


class BadInput(MiranoError, ValueError):
    """Input a user gave is wrong; `field` names what to fix (CLI exit code 2)."""

    bad_input = True

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
