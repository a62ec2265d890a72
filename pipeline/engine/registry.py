"""The registry of jobs (classes of work with a cadence, a per-run limit and a scope) and task handlers."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pipeline.engine.queue import ClaimedTask
    from pipeline.engine.runs import RunContext

JobClass = Literal["ingestion", "memory", "extraction", "reporting", "actions", "checks"]
JOB_CLASSES: tuple[str, ...] = ("ingestion", "memory", "extraction", "reporting", "actions", "checks")

# Domain modules that declare jobs and task handlers; importing them fills the registry.
DOMAIN_MODULES = ("pipeline.checks.jobs", "pipeline.memory.jobs")


@dataclass(frozen=True)
class JobSpec:
    name: str
    job_class: JobClass
    cadence_seconds: float
    limit: int
    func: Callable[[RunContext], None]
    description: str = ""
    scope: str = "global"  # "global", or "project" for jobs run once per bound project
    uses_llm: bool = False  # paused in economy mode when the LLM is the online one
    enabled_when: Callable[[], str | None] | None = None  # returns a skip reason, or None to run
    after: tuple[
        str, ...
    ] = ()  # jobs whose output this one reads: a scheduled run waits while they run or are due


@dataclass(frozen=True)
class TaskHandler:
    """Executes one claimed task inside the session that also completes it (facts and completion commit together)."""

    queue: str
    func: Callable[[ClaimedTask, Session], dict[str, Any] | None]
    concurrency: int | None = 4  # None: unlimited (no cross-worker count needed)


_jobs: dict[str, JobSpec] = {}
_handlers: dict[str, TaskHandler] = {}
_loaded = False


def register_job(spec: JobSpec) -> JobSpec:
    if spec.job_class not in JOB_CLASSES:
        raise ValueError(f"unknown job class {spec.job_class!r}")
    _jobs[spec.name] = spec
    return spec


def register_handler(handler: TaskHandler) -> TaskHandler:
    _handlers[handler.queue] = handler
    return handler


def load_domains() -> None:
    global _loaded
    if not _loaded:
        for module in DOMAIN_MODULES:
            importlib.import_module(module)
        _loaded = True


def jobs() -> dict[str, JobSpec]:
    load_domains()
    return dict(_jobs)


def get_job(name: str) -> JobSpec:
    load_domains()
    try:
        return _jobs[name]
    except KeyError:
        known = ", ".join(sorted(_jobs))
        raise UnknownJob(f"unknown job {name!r}; known jobs: {known}") from None


def handlers() -> dict[str, TaskHandler]:
    load_domains()
    return dict(_handlers)


class UnknownJob(LookupError):
    pass
