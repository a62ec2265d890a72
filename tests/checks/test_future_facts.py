"""Facts whose `fetched_at` lies ahead of the shared clock (a writer whose clock ran ahead) are not reused as fresh."""

from __future__ import annotations

from datetime import timedelta

from pipeline.engine import clock
from pipeline.models.base import utcnow
from pipeline.service import checks as service
from tests.checks.helpers import LENINSKY


def test_facts_fetched_in_the_future_are_fetched_again_with_the_reason(sources) -> None:
    clock.set_clock(lambda: utcnow() + timedelta(days=1))  # the writer's clock ran a day ahead
    first = service.wait_for(service.start_check(LENINSKY, "full")["id"], timeout=60)
    assert first["status"] == "COMPLETED"
    clock.set_clock(None)
    calls_before = sources.requests()

    again = service.start_check(LENINSKY, "full")

    assert again["reuse"] != "reused" and sources.requests() >= calls_before
    assert not any(f["fresh"] for f in again["facts"] if f["fetched_at"] > utcnow().isoformat())
    reasons = " ".join(str(s.get("reason")) for s in again["sources"])
    assert "ahead of the database's clock: not reused as fresh" in reasons, again["sources"]
    done = service.wait_for(again["id"], timeout=60)
    assert done["status"] == "COMPLETED"
