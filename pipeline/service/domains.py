"""The composition root: importing this module registers every domain's jobs and task handlers with the engine.

The engine names no domain; the service layer, `pipeline.runtime` (workers, scheduler) and tests import this. Each
domain's job module is cheap to import (its heavy parts load inside the run functions), so listing jobs is fast.
The order is the order jobs are listed in.
"""

from __future__ import annotations

import pipeline.checks.jobs
import pipeline.memory.jobs
import pipeline.notices.jobs

DOMAINS = (pipeline.checks.jobs, pipeline.notices.jobs, pipeline.memory.jobs)
