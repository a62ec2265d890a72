"""A hypothetical about a job or a vendor switched off («если отключить Linear, что перестанет обновляться?",
"if we disconnect Attio, what stops?", «если отвалится аттио»): answered with that job and the jobs that read what
it makes, each with its status from the tools. Which job feeds which is the pipeline's data flow (DESIGN.md,
project memory): rules as data, each with why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.offline.understanding.speech_act import CONDITION, HYPOTHETICAL_SUBJECT

# a pause: the schedule stops starting the job, a person still can (Run now)
PAUSED = re.compile(r"\bpaus\w*|\bsuspend\w*|на\s+паузу|на\s+паузе|(?<!\w)(?:приостанов|запауз)\w*", re.I)
SWITCH_OFF = re.compile(
    r"\b(?:turn(?:ed)?|switch(?:ed)?|shut)\s+(?:\w+\s+){0,3}?off\b|\b(?:disabl|disconnect|unbind|unplug|remov"
    r"|drop|lose|lost|kill)\w*|\bgoes down\b|\bwent down\b"
    r"|(?<!\w)(?:отключ|выключ|отвяз|убра|убер|потеря|выруб|останов|отвал|ляжет)\w*|" + PAUSED.pattern,
    re.I,
)


@dataclass(frozen=True)
class Feeds:
    job: str
    readers: tuple[str, ...]
    why: str


FEEDS: tuple[Feeds, ...] = (
    *(
        Feeds(
            job,
            ("memory.build", "memory.extract", "memory.digest", "memory.suggest"),
            "imported text is chunked and embedded, then commitments and risks are extracted from it, and the "
            "digest and the suggestions are made from those",
        )
        for job in ("ingest.chatwoot", "ingest.linear", "ingest.attio")
    ),
    Feeds(
        "memory.build",
        ("memory.extract", "memory.digest", "memory.suggest"),
        "extraction reads the newly embedded memory; the digest and the suggestions read what it extracted",
    ),
    Feeds(
        "memory.extract",
        ("memory.digest", "memory.suggest"),
        "the digest and the suggestions are made from extracted commitments and risks",
    ),
)
READERS = {row.job: row.readers for row in FEEDS}


def switched_off(question: str, jobs: list[str]) -> str | None:
    """The job a hypothetical switches off ("if Linear were off"), or "paused:<job>" when it pauses it, when the
    question is one; economy mode and budgets are the other hypotheticals' (economy "off" is a mode, not a job)."""
    if not jobs or HYPOTHETICAL_SUBJECT.pattern.search(question):
        return None
    if CONDITION.search(question) and SWITCH_OFF.search(question):
        return f"paused:{jobs[0]}" if PAUSED.search(question) else jobs[0]
    return None


def readers_of(job: str) -> tuple[str, ...]:
    return READERS.get(job, ())
