"""Typed SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from pipeline.models.base import Base, UTCDateTime, utcnow
from pipeline.models.engine import JobState, Lease, RateSlot, Run, Setting, Task

__all__ = ["Base", "JobState", "Lease", "RateSlot", "Run", "Setting", "Task", "UTCDateTime", "utcnow"]

# Domain models register themselves on the same metadata.
from pipeline.models import checks as _checks  # noqa: E402,F401
from pipeline.models import memory as _memory  # noqa: E402,F401
from pipeline.models import notices as _notices  # noqa: E402,F401
