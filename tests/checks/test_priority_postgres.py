"""Priority by value on PostgreSQL, across processes: two worker processes claiming one source's queue at once take
the paid checks' tasks before a prefetch backlog, and never more than the source's limit between them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.checks.reuse import queue_name
from pipeline.service import checks as service
from pipeline.sources import concurrency
from tests.checks.helpers import LENINSKY, NEVSKY, TVERSKAYA
from tests.checks.test_priority import _prefetch_backlog
from tests.scale.conftest import pg, pg_server  # noqa: F401 - the PostgreSQL fixtures

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
CLAIM = """
import json, sys
from pipeline.engine import queue as q
print(json.dumps([t.payload["job_id"] for t in q.claim(sys.argv[1], sys.argv[2], limit=10, concurrency=int(sys.argv[3]))]))
"""


@pytest.mark.usefixtures("pg")
def test_two_processes_on_postgres_claim_paid_work_first_within_the_limit() -> None:
    base = service.start_check(TVERSKAYA, "basic")  # its court task: a person waits on it
    _prefetch_backlog(base["id"], 200)
    paid = [service.start_check(a, "basic", paid=True)["id"] for a in (LENINSKY, NEVSKY)]
    limit = concurrency("court")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CLAIM, queue_name("court"), f"w{i}", str(limit)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    claimed = [job for c in children for job in json.loads(c.communicate(timeout=60)[0])]
    assert sorted(claimed) == sorted(
        paid
    )  # both paid checks, nothing of the backlog, limit 2 held across both
