"""The entities a question names, with the jobs it names by what they do when it names none by name."""

from __future__ import annotations

from agent.offline.understanding.entities import Entities, entities_of, vocabulary
from agent.offline.understanding.named import LAST_WRITTEN
from agent.offline.understanding.subjects import jobs_named


def found_in(question: str) -> Entities:
    """The entities a question names, with jobs named by what they do (lemmas and synonyms) when none by name."""
    found = entities_of(question, vocabulary())
    found.literal_jobs = [j for j in found.jobs if j in question.lower()]
    if found.check_id is not None and found.jobs == ["checks.recheck"] and not found.literal_jobs:
        found.jobs = []  # "check 3 … including its re-check": that check's re-check, not the re-check job
    if not found.jobs and not found.job_class:
        found.soft_jobs = jobs_named(question)
    if found.order == "latest" and LAST_WRITTEN.search(question):
        found.order = None  # «кто там последним писал?»: "last" is the writer's, not a run or a check named
    return found
