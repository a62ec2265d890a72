"""Daily budgets count one business day (MIRANO_BUSINESS_TIMEZONE) in every process, whatever its machine's zone."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from pipeline.engine import clock, costs
from pipeline.models.base import utcnow
from pipeline.service import engine as service

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_in_different_time_zones_agree_on_today(db) -> None:
    instant = utcnow()
    clock.set_clock(lambda: instant)
    here = costs.start_of_today()
    script = (
        "from datetime import datetime\n"
        "from pipeline.engine import clock, costs\n"
        f"at = datetime.fromisoformat({instant.isoformat()!r})\n"
        "clock.set_clock(lambda: at)\n"
        "print(costs.start_of_today().isoformat())\n"
    )
    for zone in ("Pacific/Kiritimati", "America/Los_Angeles"):  # UTC+14 and UTC-8 machines
        done = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, "TZ": zone},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert datetime.fromisoformat(done.stdout.strip()) == here
    moscow = here.astimezone(ZoneInfo("Europe/Moscow"))
    assert moscow.time() == time(0) and moscow.date() == instant.astimezone(ZoneInfo("Europe/Moscow")).date()
    assert here <= instant.astimezone(UTC)
    assert service.budgets()["timezone"] == "Europe/Moscow"  # the page shows whose midnight it is
