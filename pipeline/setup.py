"""Create or migrate the database, and add the demo set-up when asked."""

from __future__ import annotations

import importlib
from typing import Any

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine.registry import jobs
from pipeline.migrate import current_revision, upgrade
from pipeline.models import JobState
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers

# Domain modules with a `seed_demo(session)` that adds demo projects, bindings and flagged objects idempotently.
DEMO_SEEDERS = ("pipeline.checks.demo", "pipeline.memory.demo")


def init(demo: bool = False) -> dict[str, Any]:
    """Upgrade the schema to the newest revision, register job state rows, optionally seed the demo."""
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    before = current_revision()
    upgrade()
    with session_scope() as s:
        for name in jobs():
            if s.get(JobState, (name, "global")) is None:
                s.add(JobState(job=name, scope="global", status="idle", state={}))
    seeded = []
    if demo:
        for module_name in DEMO_SEEDERS:
            module = importlib.import_module(module_name)
            with session_scope() as s:
                module.seed_demo(s)
            seeded.append(module_name.split(".")[1])
    return {
        "database": settings.resolved_database_url,
        "data_dir": str(settings.data_dir.resolve()),
        "revision_before": before,
        "revision": current_revision(),
        "demo_seeded": seeded,
        "jobs": len(jobs()),
    }
