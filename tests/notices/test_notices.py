"""A change in the demo source data gives exactly one notice per channel, delivered signed to a real receiver and
a real SMTP server; failed sends retry with every attempt kept; a SIGKILL mid-delivery loses and duplicates nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
from datetime import timedelta

from pipeline.demo import property_data
from pipeline.engine import clock
from pipeline.models.base import utcnow
from pipeline.service import checks as checks_service
from pipeline.service import notices as service
from tests.checks.helpers import LENINSKY
from tests.notices.conftest import SECRET


def _at(hours: float) -> None:
    moment = utcnow() + timedelta(hours=hours)
    clock.set_clock(lambda: moment)


def _cheaper_listing(monkeypatch) -> None:
    """The demo listings source now reports the flat far below market (a new risk factor)."""
    key = property_data.read_request(LENINSKY)[0]
    cheap = {**property_data.BY_KEY[key]["listings"][0], "price": 9_000_000}
    monkeypatch.setitem(property_data.BY_KEY, key, {**property_data.BY_KEY[key], "listings": [cheap]})


def _assistant_answer() -> str:
    """The offline assistant's answer to "what changed since I last looked?" (its tool and template)."""
    from agent.offline.composing import compose
    from agent.tools.notices import changes_since_last_look

    return compose("notices", [("changes_since_last_look", changes_since_last_look())], "en")


def _watched_check() -> dict:
    check = checks_service.wait_for(checks_service.start_check(LENINSKY, "basic")["id"], timeout=60)
    watch = service.watch(LENINSKY)
    assert watch["new"] and watch["kind"] == "property" and watch["target_id"] == check["property"]["id"]
    return check


def test_a_source_change_gives_one_notice_per_channel_signed_and_delivered(
    sources, receiver, mailbox, monkeypatch
) -> None:
    check = _watched_check()
    checks_service.wait_for(checks_service.recheck_now(check["id"])["job_id"], timeout=60)
    assert service.list_notices() == []  # a re-check that finds the same facts tells nobody
    _cheaper_listing(monkeypatch)

    checks_service.wait_for(checks_service.recheck_now(check["id"])["job_id"], timeout=60)

    [notice] = service.list_notices(unread=True)
    assert service.unread_count() == 1
    assert notice["trigger"] == "recheck" and "1 changed, risk 50 → 70" in notice["title"]
    assert [c["type"] for c in notice["diff"]["changed"]] == ["listing"]
    assert notice["diff"]["changed"][0]["after"]["price"] == 9_000_000
    assert notice["evidence"] and notice["evidence"][0]["response_hash"]
    assert sorted(d["channel"] for d in notice["deliveries"]) == ["email", "webhook"]

    assert service.deliver_now() == {"sent": 2, "failed": 0}
    assert service.deliver_now() == {"sent": 0, "failed": 0}  # sent once per channel

    [request] = receiver.requests
    body = request["body"]
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(request["headers"]["X-Mirano-Signature"], expected)
    sent = json.loads(body)
    assert sent["id"] == notice["id"] and sent["diff"]["changed"][0]["after"]["price"] == 9_000_000
    assert request["headers"]["Idempotency-Key"] == f"mirano-notice-{notice['id']}-webhook"
    [mail] = mailbox.messages
    assert (
        mail["To"] == "watcher@example.test"
        and mail["Message-ID"] == f"<mirano-notice-{notice['id']}-email@mirano>"
    )
    assert "Ленинский" in mail["Subject"]
    after = service.list_notices()[0]
    assert {d["channel"]: d["status"] for d in after["deliveries"]} == {"email": "sent", "webhook": "sent"}
    assert (
        _assistant_answer().startswith("Since you last looked")
        and f"notice #{notice['id']}" in _assistant_answer()
    )
    assert service.mark_read() == 1 and service.unread_count() == 0
    assert _assistant_answer().startswith("Nothing new since you last looked")  # read is what "looked" means


def test_a_failing_webhook_is_retried_with_backoff_and_every_attempt_is_kept(
    sources, receiver, monkeypatch
) -> None:
    check = _watched_check()
    _cheaper_listing(monkeypatch)
    checks_service.wait_for(checks_service.recheck_now(check["id"])["job_id"], timeout=60)
    receiver.statuses = [503]

    assert service.deliver_now() == {"sent": 0, "failed": 1}
    assert service.deliver_now() == {"sent": 0, "failed": 0}  # backing off: not due yet
    _at(1)
    assert service.deliver_now() == {"sent": 1, "failed": 0}

    [delivery] = service.list_notices()[0]["deliveries"]
    assert delivery["status"] == "sent" and delivery["attempts"] == 2
    assert [(a["attempt"], a["outcome"]) for a in delivery["history"]] == [(1, "failed"), (2, "sent")]
    assert delivery["history"][0]["detail"] == "webhook answered HTTP 503"
    assert len(set(receiver.keys())) == 1 and len(receiver.requests) == 2


def test_a_sigkill_during_delivery_neither_loses_nor_duplicates_the_notice(
    sources, receiver, monkeypatch
) -> None:
    check = _watched_check()
    _cheaper_listing(monkeypatch)
    checks_service.wait_for(checks_service.recheck_now(check["id"])["job_id"], timeout=60)
    receiver.hold.clear()  # the receiver takes the request and keeps the sender waiting
    child = subprocess.Popen(
        [sys.executable, "-c", "from pipeline.notices.deliver import deliver_due; deliver_due('doomed')"],
        env={**os.environ},
    )
    try:
        assert receiver.arrived.wait(30), "the child never sent"
        os.kill(child.pid, signal.SIGKILL)  # mid-delivery: sent, not yet marked
        child.wait(10)
    finally:
        receiver.hold.set()
    [delivery] = service.list_notices()[0]["deliveries"]
    assert delivery["status"] == "sending"  # the mark never happened

    assert service.deliver_now() == {"sent": 0, "failed": 0}  # its lease still holds: nobody doubles it
    _at(2)  # past the dead holder's lease
    assert service.deliver_now() == {"sent": 1, "failed": 0}
    assert service.deliver_now() == {"sent": 0, "failed": 0}

    [notice] = service.list_notices()
    [delivery] = notice["deliveries"]
    assert delivery["status"] == "sent"
    assert [(a["attempt"], a["outcome"]) for a in delivery["history"]] == [(1, "in_doubt"), (2, "sent")]
    # Sent twice (the first send's answer never reached the dead process), both with the same key: a receiver
    # that dedupes by Idempotency-Key has the notice exactly once, and nothing was lost.
    assert len(receiver.requests) == 2 and set(receiver.keys()) == {f"mirano-notice-{notice['id']}-webhook"}


def test_a_building_watch_fires_on_another_flats_check_and_its_delivery_is_asked_for_at_once(
    sources, receiver, monkeypatch
) -> None:
    from pipeline.engine.runs import request_run
    from pipeline.engine.scheduler import due_jobs

    building = _watched_check()  # the building itself is watched
    _cheaper_listing(monkeypatch)
    _at(49)  # the building's listings (2 days) are stale; the next check of any flat in it fetches them

    flat = checks_service.wait_for(
        checks_service.start_check(LENINSKY + ", кв. 5", "basic")["id"], timeout=60
    )

    assert flat["property"]["id"] != building["property"]["id"]
    [notice] = service.list_notices()
    assert notice["watch"]["target_id"] == building["property"]["id"] and notice["trigger"] == "check"
    assert [c["type"] for c in notice["diff"]["changed"]] == ["listing"]
    assert checks_service.get_check(building["id"])["risk"]["score"] == 70  # the building's report follows
    # The fetch that recorded the notice asked for a delivery run in its own transaction: the scheduler's next
    # tick starts it, instead of the deliver job's 2-minute cadence.
    assert ("notices.deliver", "global", "notice") in due_jobs()
    request_run("notices.deliver", trigger="notice")
    [request] = receiver.requests
    assert json.loads(request["body"])["id"] == notice["id"]
    assert service.deliver_now() == {"sent": 0, "failed": 0}  # still once per channel


def test_a_watch_on_a_building_never_checked_itself_fires_when_a_flats_check_changes_its_facts(
    sources, receiver, monkeypatch
) -> None:
    first = checks_service.wait_for(
        checks_service.start_check(LENINSKY + ", кв. 5", "basic")["id"], timeout=60
    )
    watch = service.watch(LENINSKY)  # only its flat was checked: the baseline is the building's stored facts
    assert (
        watch["new"]
        and watch["target_id"] != first["property"]["id"]
        and watch["baseline_snapshot_id"] is None
    )
    _cheaper_listing(monkeypatch)
    _at(49)  # the building's listings are stale; the next flat's check fetches them

    checks_service.wait_for(checks_service.start_check(LENINSKY + ", кв. 7", "basic")["id"], timeout=60)

    [notice] = service.list_notices()
    assert notice["watch"]["target_id"] == watch["target_id"] and notice["trigger"] == "check"
    assert [c["type"] for c in notice["diff"]["changed"]] == ["listing"]
    assert notice["diff"]["changed"][0]["after"]["price"] == 9_000_000
    assert notice["title"].endswith("1 changed, risk 50 → 70")  # as the building's own check would score it
    assert notice["evidence"][0]["response_hash"]
    assert service.deliver_now() == {"sent": 1, "failed": 0}
    assert service.deliver_now() == {"sent": 0, "failed": 0}  # once per channel
    # The building's own first check starts its snapshot baseline from what the watch already told: no notice.
    own = checks_service.wait_for(checks_service.start_check(LENINSKY, "basic")["id"], timeout=60)
    assert len(service.list_notices()) == 1 and len(receiver.requests) == 1
    assert own["level"] == "building" and own["components"]["flat"] is None  # first seen in a flat's check
