"""Typed SQLAlchemy models: the engine's here; each domain's in its module (`pipeline.models.checks`, `.memory`,
`.notices`), imported by the code that uses it, so a command that reads only the engine (`mirano jobs`) does not
build every domain's mappings. Alembic's environment imports them all."""

from pipeline.models.base import Base, UTCDateTime, utcnow
from pipeline.models.engine import (
    ControlAudit,
    CostEntry,
    JobControl,
    JobState,
    Lease,
    RateSlot,
    Run,
    RunEvent,
    Setting,
    Task,
)

__all__ = [
    "Base",
    "ControlAudit",
    "CostEntry",
    "JobControl",
    "JobState",
    "Lease",
    "RateSlot",
    "Run",
    "RunEvent",
    "Setting",
    "Task",
    "UTCDateTime",
    "utcnow",
]
