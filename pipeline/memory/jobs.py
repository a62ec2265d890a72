"""Jobs of the project-memory pipeline."""

from __future__ import annotations

from pipeline.engine.exceptions import RunSkipped
from pipeline.engine.registry import JobSpec, register_job
from pipeline.engine.runs import RunContext


def _not_yet(ctx: RunContext) -> None:
    raise RunSkipped("not available yet")


for _spec in (
    JobSpec("ingest.chatwoot", "ingestion", 12 * 60, 500, _not_yet, "Sync Chatwoot conversations and messages"),
    JobSpec("ingest.linear", "ingestion", 12 * 60, 500, _not_yet, "Sync Linear issues and comments"),
    JobSpec("ingest.attio", "ingestion", 12 * 60, 500, _not_yet, "Sync Attio records and notes"),
    JobSpec("memory.build", "memory", 45 * 60, 1000, _not_yet, "Chunk and embed imported text into FAISS"),
    JobSpec("memory.extract", "extraction", 12 * 3600, 300, _not_yet, "Extract commitments and risks", uses_llm=True),
    JobSpec("memory.digest", "reporting", 7 * 24 * 3600, 20, _not_yet, "Weekly digest per project", uses_llm=True),
    JobSpec("memory.suggest", "actions", 12 * 3600, 50, _not_yet, "Suggest Linear issues and Attio updates"),
):
    register_job(_spec)
