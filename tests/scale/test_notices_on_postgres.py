"""Change notices on PostgreSQL: the fetch that records notices asks for one delivery run inside its own
transaction (an advisory lock there serializes the request), and that run sends each notice once."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from pipeline.db import read_scope
from pipeline.demo import property_data
from pipeline.engine import clock
from pipeline.engine.runs import request_run
from pipeline.engine.scheduler import due_jobs
from pipeline.models import JobState
from pipeline.models.base import utcnow
from pipeline.service import checks as checks_service
from pipeline.service import notices as service
from tests.checks.conftest import unmigrated_sources  # noqa: F401 - the demo sources fixture
from tests.checks.helpers import LENINSKY
from tests.notices.conftest import receiver  # noqa: F401 - the webhook receiver fixture

pytestmark = pytest.mark.postgres


def _checked_and_watched(address: str) -> dict:
    check = checks_service.wait_for(checks_service.start_check(address, "basic")["id"], timeout=60)
    assert service.watch(address)["new"]
    return check


def test_a_fetch_that_records_notices_on_postgres_queues_one_delivery_run_that_sends_each_once(
    pg,
    unmigrated_sources,  # noqa: F811 - the fixture imported above
    receiver,  # noqa: F811 - the fixture imported above
    monkeypatch,
) -> None:
    building = _checked_and_watched(LENINSKY)
    flat = _checked_and_watched(LENINSKY + ", кв. 5")  # shows the building's listings
    key = property_data.read_request(LENINSKY)[0]
    cheap = {**property_data.BY_KEY[key]["listings"][0], "price": 9_000_000}
    monkeypatch.setitem(property_data.BY_KEY, key, {**property_data.BY_KEY[key], "listings": [cheap]})
    moment = utcnow() + timedelta(
        hours=49
    )  # the building's listings are stale: the next flat's check fetches them
    clock.set_clock(lambda: moment)

    checks_service.wait_for(checks_service.start_check(LENINSKY + ", кв. 7", "basic")["id"], timeout=60)

    notices = service.list_notices()
    assert sorted(n["watch"]["target_id"] for n in notices) == sorted(
        [building["property"]["id"], flat["property"]["id"]]
    )  # one listings fetch, two watchers: two notices in one transaction
    with read_scope() as s:
        [state] = s.scalars(select(JobState).where(JobState.job == "notices.deliver"))
        assert (state.queued_trigger, state.status) == ("notice", "queued")
    assert [d for d in due_jobs() if d[0] == "notices.deliver"] == [("notices.deliver", "global", "notice")]

    request_run("notices.deliver", trigger="notice")

    assert sorted(json.loads(r["body"])["id"] for r in receiver.requests) == sorted(n["id"] for n in notices)
    assert service.deliver_now() == {"sent": 0, "failed": 0}  # each sent once
    assert [d for d in due_jobs() if d[0] == "notices.deliver"] == []  # the request was used, not left behind
