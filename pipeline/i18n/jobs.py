"""A job as people call it ('Weekly digest', «Еженедельный дайджест»), for every surface: the dashboard's cards and
the assistant's answers name a job by its title beside its code."""

from __future__ import annotations

from pipeline.i18n import tr

JOB_TITLES = {
    "ingest.chatwoot": "Chatwoot sync",
    "ingest.linear": "Linear sync",
    "ingest.attio": "Attio sync",
    "memory.build": "Memory index",
    "memory.extract": "Commitments and risks",
    "memory.digest": "Weekly digest",
    "memory.suggest": "Suggested actions",
    "checks.recheck": "Re-checks",
    "checks.prefetch": "Prefetch before expiry",
    "notices.deliver": "Notice delivery",
    "notices.health": "Job health alerts",
    "notices.projects": "Project alerts",
}


def job_title(name: str, lang: str, description: str = "") -> str:
    """A job's title in a language; a job without one is named by its description, else by its code."""
    if name in JOB_TITLES:
        return tr(lang, JOB_TITLES[name])
    return tr(lang, description) if description else name


def job_said(name: str, lang: str) -> str:
    """A job in a sentence: its code, then its title («memory.digest (еженедельный дайджест)», "ingest.linear
    (Linear sync)": a Russian title starts with a common noun, lower case mid-sentence; an English one may not)."""
    if name not in JOB_TITLES:
        return name
    title = job_title(name, lang)
    return f"{name} ({title[:1].lower() + title[1:] if lang == 'ru' else title})"
