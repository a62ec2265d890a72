"""The rows of a check's view: each source (status, level, reuse and its origin) and each task (with its place
in its source's queue). Plain dicts, JSON-ready; `pipeline.service.checks` assembles them."""

from __future__ import annotations

from typing import Any

from pipeline.checks import priority as value
from pipeline.checks.queries import level_of
from pipeline.checks.report import iso
from pipeline.engine import clock
from pipeline.models import Task
from pipeline.models.checks import JobSource, SearchTask


def priority_view(
    task: SearchTask, queue_task: Task | None, places: dict[int, value.QueuePlace]
) -> dict[str, Any]:
    """Why the task exists, its weight, and its place in its source's queue ("3rd in line for court cases")."""
    payload = (queue_task.payload or {}) if queue_task is not None else {}
    kind = payload.get("priority_kind")
    if kind not in value.KINDS:
        return {"priority": None, "priority_kind": None, "queue_place": None, "queue_place_words": None}
    place = places.get(queue_task.id) if queue_task is not None else None
    return {
        "priority": value.weight(kind),
        "priority_kind": kind,
        "priority_label": value.LABELS[kind],
        "priority_note": payload.get("note"),
        "queue_place": place.position if place else None,
        "queue_length": place.queued if place else None,
        "queue_place_words": value.place_words(task.source, place) if place else None,
    }


def task_view(
    task: SearchTask, queue_task: Task | None, places: dict[int, value.QueuePlace]
) -> dict[str, Any]:
    status = task.status
    if status in ("queued", "retrying") and queue_task is not None and queue_task.status == "running":
        status = "running"
    return {
        **priority_view(task, queue_task, places),
        "id": task.id,
        "source": task.source,
        "status": status,
        "trigger": task.trigger,
        "attempts": task.attempts,
        "last_error": task.last_error,
        "reason": task.reason,
        "proxy": task.proxy,
        "source_calls": task.source_calls,
        "idempotency_key": task.idempotency_key,
        "params": task.params,
        "job_id": task.job_id,
        "created_at": iso(task.created_at),
        "finished_at": iso(task.finished_at),
    }


def source_view(
    row: JobSource,
    tasks: dict[int, dict[str, Any]],
    origins: dict[int, Any],
    address_level: str,
    parties: dict[str, Any] | None,
) -> dict[str, Any]:
    latest = tasks.get(row.task_ids[-1]) if row.task_ids else None
    status = latest["status"] if row.status == "pending" and latest else row.status
    if row.mode == "waiting" and row.status == "pending":
        status = "waiting"  # a dependent source: its own state until the listings name the developer
    level = level_of(row.source, parties, address_level)
    origin = origins.get(row.reused_from_job_id) if row.reused_from_job_id else None
    return {
        "source": row.source,
        "status": status,
        "mode": row.mode,
        "level": level,
        "reused": row.mode == "reused",
        "reuse_label": reuse_label(level, row.reused_from_job_id, origin, row.fetched_at)
        if row.mode == "reused"
        else None,
        "reused_from_job_id": row.reused_from_job_id,
        "reused_from_checked_at": iso(origin.created_at) if origin else None,
        "reused_from_address": origin.address if origin else None,
        "fetched_at": iso(row.fetched_at),
        "expires_at": iso(row.expires_at),
        "fresh": bool(row.expires_at and row.expires_at > clock.now()),
        "task_ids": list(row.task_ids),
        "reason": row.reason,
    }


def reuse_label(level: str, job_id: int | None, origin: Any, fetched_at: Any) -> str:
    """ "developer facts reused from check #3 of г. Москва, ул. Тверская, д. 1, fetched 2026-12-02"."""
    text = f"{level} facts reused from check #{job_id}"
    if level not in ("developer", "person"):  # the same property's facts: the check number says enough
        return text
    if origin is not None:
        text += f" of {origin.address}"
    return text + (f", fetched {fetched_at.date().isoformat()}" if fetched_at else "")
