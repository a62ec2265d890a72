"""The registry of jobs (classes of work with a cadence, a per-run limit and a scope) and task handlers.

The engine names no domain: each domain declares its jobs beside their functions (`@job(...)`, `@handler(...)`)
and they register when its module is imported. The composition root (`pipeline.service.domains`, imported by the
service layer and `pipeline.runtime`) imports every domain. A name declared twice is an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pipeline.engine.exceptions import BadInput, DuplicateName, MiranoError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pipeline.engine.queue import ClaimedTask
    from pipeline.engine.runs import RunContext

JobClass = Literal["ingestion", "memory", "extraction", "reporting", "actions", "checks"]
JOB_CLASSES: tuple[str, ...] = ("ingestion", "memory", "extraction", "reporting", "actions", "checks")

# What a run function returns: its summary (the run's reason, status ok), or None to say nothing.
RunFunc = Callable[["RunContext"], "str | None"]
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, kw_only=True)
class JobSpec:
    name: str
    job_class: JobClass
    cadence_seconds: float
    limit: int
    func: RunFunc
    description: str = ""
    scope: str = "global"  # "global", or "project" for jobs run once per bound project
    uses_llm: bool = False  # paused in economy mode when the LLM is the online one
    economy_pause: str | None = None  # paused whole in economy mode, as this reason says (optional work)
    enabled_when: Callable[[], str | None] | None = None  # returns a skip reason, or None to run
    after: tuple[
        str, ...
    ] = ()  # jobs whose output this one reads: a scheduled run waits while they run or are due

    def economy_reason(self, openai_key: str | None) -> str | None:
        """Why economy mode pauses this job's runs, or None when it only slows them (one rule for the engine's
        preflight and the assistant's what-if)."""
        if self.economy_pause:
            return self.economy_pause
        if self.uses_llm and openai_key:
            return "economy mode: LLM work paused"
        return None


@dataclass(frozen=True, kw_only=True)
class TaskHandler:
    """Executes one claimed task inside the session that also completes it (facts and completion commit together)."""

    queue: str
    func: Callable[[ClaimedTask, Session], dict[str, Any] | None]
    concurrency: int | None = 4  # None: unlimited (no cross-worker count needed)


class UnknownJob(BadInput, LookupError):
    """A job name nobody declared; the reason lists the known ones."""

    def __init__(self, name: str, known: list[str]) -> None:
        # Not BadInput's "field: message": the sentence names the job already.
        MiranoError.__init__(self, f"unknown job {name!r}; known jobs: {', '.join(sorted(known))}")
        self.field = "job"


_jobs: dict[str, JobSpec] = {}
_handlers: dict[str, TaskHandler] = {}


def register_job(spec: JobSpec, *, replace: bool = False) -> JobSpec:
    """Add a job; a name already taken raises DuplicateName unless `replace` (tests swapping a job's function)."""
    if spec.job_class not in JOB_CLASSES:
        raise ValueError(f"unknown job class {spec.job_class!r}")
    if spec.name in _jobs and not replace:
        raise DuplicateName(f"job {spec.name!r} is declared twice")
    _jobs[spec.name] = spec
    return spec


def register_handler(handler: TaskHandler, *, replace: bool = False) -> TaskHandler:
    """Add the handler of a task queue; a queue that has one raises DuplicateName unless `replace`."""
    if handler.queue in _handlers and not replace:
        raise DuplicateName(f"task handler for queue {handler.queue!r} is declared twice")
    _handlers[handler.queue] = handler
    return handler


def job(
    name: str,
    *,
    job_class: JobClass,
    cadence_seconds: float,
    limit: int,
    description: str,
    scope: str = "global",
    uses_llm: bool = False,
    economy_pause: str | None = None,
    enabled_when: Callable[[], str | None] | None = None,
    after: tuple[str, ...] = (),
) -> Callable[[F], F]:
    """Declare the decorated function as the run function of job `name` (registered now)."""

    def declare(func: F) -> F:
        register_job(
            JobSpec(
                name=name,
                job_class=job_class,
                cadence_seconds=cadence_seconds,
                limit=limit,
                func=func,
                description=description,
                scope=scope,
                uses_llm=uses_llm,
                economy_pause=economy_pause,
                enabled_when=enabled_when,
                after=after,
            )
        )
        return func

    return declare


def jobs() -> dict[str, JobSpec]:
    return dict(_jobs)


def get_job(name: str) -> JobSpec:
    try:
        return _jobs[name]
    except KeyError:
        raise UnknownJob(name, list(_jobs)) from None


def handlers() -> dict[str, TaskHandler]:
    return dict(_handlers)
