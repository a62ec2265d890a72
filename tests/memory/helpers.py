"""Shared set-up for the memory pipeline tests: the demo projects over the real demo vendor servers."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import func, select

from pipeline.db import read_scope
from pipeline.engine.runs import request_run
from pipeline.models import Run
from pipeline.models.memory import Document


def run(job: str, scope: str = "global") -> Run:
    """Run a job now in this thread and return its finished run row."""
    answer = request_run(job, scope, trigger="test")
    with read_scope() as s:
        row = s.get(Run, answer.run_id)
        assert row is not None, answer.message
        return row


def sync_all() -> list[Run]:
    """One sync of every vendor."""
    return [run(f"ingest.{v}") for v in ("chatwoot", "linear", "attio")]


def edit(base: str, prefix: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Change data upstream through the demo app's edit hook."""
    response = httpx.post(f"{base}/{prefix}/_demo/edit", json=spec, timeout=10)
    response.raise_for_status()
    return response.json()


def faults(base: str, spec: dict[str, dict[str, Any]]) -> None:
    """Switch fault injection on per demo app ({"/attio": {"rate_429": 1.0}})."""
    httpx.post(f"{base}/_demo/faults", json=spec, timeout=10).raise_for_status()


def stats(base: str) -> dict[str, Any]:
    return httpx.get(f"{base}/_demo/stats", timeout=10).json()


def documents(**where: Any) -> list[Document]:
    """Imported documents, optionally filtered by column values."""
    with read_scope() as s:
        query = select(Document).order_by(Document.id)
        for column, value in where.items():
            query = query.where(getattr(Document, column) == value)
        return list(s.scalars(query))


def count(model: Any, *where: Any) -> int:
    with read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)
