"""A failed run or task keeps its reason in words: a deliberate error's own reason, an unexpected one with its type."""

from __future__ import annotations

import typing

import pytest

from pipeline.db import session_scope
from pipeline.engine import queue as q
from pipeline.engine.exceptions import MiranoError
from pipeline.engine.registry import JobSpec, TaskHandler, register_handler, register_job
from pipeline.engine.runs import Trigger, request_run, started_text
from pipeline.engine.worker import run_until_idle
from pipeline.i18n import reason_text
from pipeline.models import Task
from pipeline.service import engine as service


class VendorSaidNo(MiranoError):
    """Stands for any deliberate error (a vendor's rate limit, a refused call)."""


def _rate_limited(ctx) -> None:  # type: ignore[no-untyped-def]
    raise VendorSaidNo("rate limited by Linear until 14:32")


def _broken(ctx) -> None:  # type: ignore[no-untyped-def]
    raise KeyError("title")


@pytest.mark.parametrize(
    ("func", "reason"),
    [(_rate_limited, "rate limited by Linear until 14:32"), (_broken, "KeyError: 'title'")],
)
def test_a_failed_run_reads_as_its_reason(db, func, reason):
    register_job(
        JobSpec(name="test.reason", job_class="ingestion", cadence_seconds=600, limit=10, func=func),
        replace=True,
    )
    request_run("test.reason", trigger="cli")
    [run] = service.list_runs("test.reason")
    assert run["status"] == "failed" and run["reason"] == reason


def test_a_failed_task_reads_as_its_reason(db):
    def handler(task, session):  # type: ignore[no-untyped-def]
        raise VendorSaidNo("the court site changed its markup")

    register_handler(TaskHandler(queue="reasons", func=handler, concurrency=None), replace=True)
    with session_scope() as s:
        task_id = q.enqueue(s, "reasons", "k", max_attempts=1)
    run_until_idle(["reasons"], timeout=20)
    with session_scope() as s:
        task = s.get(Task, task_id)
        assert (task.status, task.last_error) == ("dead", "the court site changed its markup")


@pytest.mark.parametrize("trigger", typing.get_args(Trigger))
def test_how_a_run_started_reads_in_russian(trigger: str) -> None:
    """A run's start event ("started by retry (anna@example.com)") reads in Russian with no English word left."""
    said = reason_text(started_text(trigger, "anna@example.com"), "ru")
    assert said.startswith("запущен ") and trigger not in said and said.endswith("(anna@example.com)")
