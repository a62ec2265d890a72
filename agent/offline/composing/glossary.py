"""Answers about what Mirano's words mean and what a job is for, in the answer's language."""

from __future__ import annotations

from typing import Any

from agent.offline.composing.common import cadence, renders, when
from agent.tools import glossary as tools
from pipeline.i18n import tr


@renders(tools.explain)
def _explain(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    if data["term"] != "job":
        return [tr(lang, data["text"], **data.get("values", {}))]
    job = data["job"]
    lead = tr(
        lang,
        "{job}: {what}. It runs every {every}, up to {limit} items a run.",
        job=job["name"],
        what=tr(lang, job["description"]),
        every=cadence(job["cadence_s"], lang),
        limit=job["limit"],
    )
    if job.get("next_run_at"):
        lead += " " + tr(lang, "Next run: {at}.", at=when(job["next_run_at"], lang))
    return [lead]
