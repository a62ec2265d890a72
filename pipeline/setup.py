"""Create or migrate the database, and add the demo set-up when asked."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from pipeline.config import get_settings
from pipeline.db import joined_read_scope, session_scope
from pipeline.engine import clock
from pipeline.engine.registry import jobs
from pipeline.migrate import current_revision, upgrade
from pipeline.models import JobState, Setting
from pipeline.service import domains  # noqa: F401 — registers every domain's jobs and handlers

# Domain modules with a `seed_demo(session)` that adds demo projects, bindings and flagged objects idempotently.
DEMO_SEEDERS = ("pipeline.checks.demo", "pipeline.memory.demo")
DEMO_EPOCH = "demo_epoch"  # the settings key of the moment the demo was first seeded


def init(demo: bool = False, *, demo_if_new: bool = False) -> dict[str, Any]:
    """Upgrade the schema to the newest revision, register job state rows, optionally seed the demo.

    `demo_if_new` seeds the demo only when this call created the schema: `make run`'s first start, whether or not an
    earlier command (`mirano jobs` before `init`) left an empty database file behind."""
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    before = current_revision()
    demo = demo or (demo_if_new and before is None)
    upgrade()
    vectors = vector_store()
    with session_scope() as s:
        for name in jobs():
            if s.get(JobState, (name, "global")) is None:
                s.add(JobState(job=name, scope="global", status="idle", state={}))
    seeded = []
    if demo:
        with session_scope() as s:
            if s.get(Setting, DEMO_EPOCH) is None:
                s.add(Setting(key=DEMO_EPOCH, value=clock.now().timestamp(), updated_at=clock.now()))
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
        **vectors,
    }


def vector_store() -> dict[str, Any]:
    """Where chunk vectors live: {vector_store: "pgvector" | "faiss", vector_store_note: why not pgvector on
    PostgreSQL ("missing" on the server, "refused" to this role: `pg_vectors.ADMIN_HINT` is what to run), or None}. On PostgreSQL this creates the `vector` extension when the
    role may and copies the stored vectors in (once an administrator created it after the migration ran)."""
    from pipeline import dialect
    from pipeline.memory import pg_vectors

    if not dialect.on_postgresql() or get_settings().memory_vector_store == "faiss":
        return {"vector_store": "faiss", "vector_store_note": None}
    with session_scope() as s:
        note = pg_vectors.create_extension(s)
        if note is None:
            pg_vectors.fill_from_stored(s)
    pg_vectors.forget()
    return {"vector_store": "faiss" if note else "pgvector", "vector_store_note": note}


def demo_epoch() -> float | None:
    """The moment `mirano init --demo` first ran in this database (unix seconds), which the demo servers write
    their dates from; None before that, or when there is no database yet."""
    url = get_settings().resolved_database_url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return None  # asking would create an empty database, which `make run` would then not seed
    try:
        with joined_read_scope() as s:
            row = s.get(Setting, DEMO_EPOCH)
    except SQLAlchemyError:
        return None
    return None if row is None else float(row.value)
