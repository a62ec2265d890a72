"""Chatwoot as it behaves: edits caught by the re-scan and by webhooks, all of a contact's conversations,
paging by the list's counts. Over the real demo server, whose Chatwoot keeps Chatwoot's rules."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from pipeline.config import get_settings, reset_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine.registry import get_job
from pipeline.memory.jobs import chatwoot_edits_caught
from pipeline.memory.projects import bind
from pipeline.memory.webhooks import WebhookServer
from pipeline.models import Run
from pipeline.models.memory import Document, VendorHint
from pipeline.service import runs as service_runs
from tests.memory.helpers import count, documents, edit, run

ACCOUNT = "/chatwoot/api/v1/accounts/1"
HEADERS = {"api_access_token": "demo"}


def _conversation(base: str, conversation_id: int) -> dict:
    return httpx.get(f"{base}{ACCOUNT}/conversations/{conversation_id}", headers=HEADERS).json()


def _configure(base: str, **settings) -> None:
    httpx.post(f"{base}/chatwoot/_demo/config", json=settings).raise_for_status()


def _promise() -> Document:
    return next(d for d in documents(source="chatwoot") if "пришлём смету до пятницы" in d.content)


def _runs() -> list[Run]:
    with read_scope() as s:
        return list(s.scalars(select(Run).where(Run.job == "ingest.chatwoot")))


def _runs_settled() -> bool:
    return all(r.status not in ("queued", "running") for r in _runs())


def _wait_for(predicate, seconds: float = 30.0) -> bool:
    """Poll until predicate() holds (a generous deadline, not a timing assertion)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def test_an_edit_does_not_move_last_activity_and_the_next_sync_catches_it_by_rescan(seeded) -> None:
    run("ingest.chatwoot")
    promise = _promise()
    conversation = promise.meta["conversation_id"]
    activity = _conversation(seeded, conversation)["last_activity_at"]
    edit(
        seeded,
        "chatwoot",
        {"message_id": int(promise.external_id.split(":")[1]), "content": "Смета будет в среду."},
    )
    assert (
        _conversation(seeded, conversation)["last_activity_at"] == activity
    )  # as Chatwoot: edits do not move it

    caught = run("ingest.chatwoot")  # the next scheduled sync: the stated time is its cadence
    assert caught.status == "ok" and caught.processed == 1
    assert documents(external_id=promise.external_id)[0].content == "Смета будет в среду."
    assert get_job("ingest.chatwoot").cadence_seconds == 12 * 60  # the README and the memory page say 12 min
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "within 12 minutes" in readme and "`MIRANO_CHATWOOT_RESCAN_HOURS` (168 h" in readme
    assert get_settings().chatwoot_rescan_hours == 168
    assert "every 12 min" in chatwoot_edits_caught() and "last 7 days" in chatwoot_edits_caught()


def test_the_rescan_is_bounded_and_webhooks_catch_what_it_does_not_reach_within_seconds(
    seeded, monkeypatch
) -> None:
    run("ingest.chatwoot")
    monkeypatch.setenv(
        "MIRANO_CHATWOOT_RESCAN_HOURS", "1"
    )  # conversation 101 is older than the re-scan window
    reset_settings()
    promise = _promise()
    message = int(promise.external_id.split(":")[1])
    edit(seeded, "chatwoot", {"message_id": message, "content": "Первая правка."})
    assert run("ingest.chatwoot").processed == 0  # webhooks off: outside the window, not re-read
    assert documents(external_id=promise.external_id)[0].content == promise.content

    server = WebhookServer("127.0.0.1", 0).start()
    try:
        _configure(seeded, webhook_url=server.url)
        edit(seeded, "chatwoot", {"message_id": message, "content": "Вторая правка."})
        assert _wait_for(lambda: documents(external_id=promise.external_id)[0].content == "Вторая правка.")
        assert _wait_for(lambda: count(VendorHint) == 0 and _runs_settled())  # settled by the sync it started
        assert any(r.trigger == "webhook" and r.status == "ok" for r in _runs())
    finally:
        server.stop()


def test_a_webhook_is_a_hint_only_its_payload_is_never_imported(seeded) -> None:
    run("ingest.chatwoot")
    promise = _promise()
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        forged = {
            "event": "message_updated",
            "id": int(promise.external_id.split(":")[1]),
            "content": "Forged text",
            "conversation": {"id": promise.meta["conversation_id"]},
        }
        answer = httpx.post(server.url, json=forged)
        assert answer.status_code == 202
        assert httpx.post(server.url, content=b"{not json").status_code == 400
        assert httpx.post(server.url, json={"event": "contact_created", "id": 1}).json()["ignored"] is True
        assert _wait_for(lambda: count(VendorHint) == 0 and _runs_settled())
        assert (
            documents(external_id=promise.external_id)[0].content == promise.content
        )  # re-read from the API
    finally:
        server.stop()


def test_a_webhook_token_is_checked_when_one_is_configured(db, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_WEBHOOK_TOKEN", "s3cret")
    reset_settings()
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        event = {"event": "conversation_updated", "id": 101}
        assert httpx.post(server.url, json=event).status_code == 401
        assert httpx.post(f"{server.url}?token=s3cret", json=event).status_code == 202
    finally:
        server.stop()


def test_a_contact_with_45_conversations_syncs_all_45(seeded) -> None:
    added = httpx.post(
        f"{seeded}/chatwoot/_demo/contact_conversations", json={"contact_id": 13, "inbox_id": 3, "count": 44}
    ).json()["conversations"]
    listed = httpx.get(f"{seeded}{ACCOUNT}/contacts/13/conversations", headers=HEADERS).json()["payload"]
    assert len(listed) == 20  # what Chatwoot's contact endpoint gives: the newest 20
    with session_scope() as s:
        bind(s, "petr", "chatwoot", "contact:13")
    done = run("ingest.chatwoot")
    assert done.status == "ok", done.reason
    conversations = {
        d.meta["conversation_id"] for d in documents(source="chatwoot") if d.meta["inbox_id"] == 3
    }
    assert conversations == {301, *added} and len(conversations) == 45
    # Progress counted what the listings said was to be read, conversation by conversation, not the limit.
    progress = service_runs.progress(done)
    assert progress["unit"] == "conversations" and progress["done"] == progress["total"] >= 45, progress
    assert run("ingest.chatwoot").processed == 0  # and nothing twice


@pytest.mark.parametrize("page_size", [7, 25, 100])
def test_paging_follows_the_lists_counts_whatever_the_servers_page_size(seeded, page_size) -> None:
    _configure(seeded, page_size=page_size)
    assert run("ingest.chatwoot").status == "ok"
    in_inbox_2 = {d.meta["conversation_id"] for d in documents(source="chatwoot") if d.meta["inbox_id"] == 2}
    assert len(in_inbox_2) == 29  # 201, 202 and 27 filler conversations


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_runtime_serves_the_endpoint_once_per_machine_and_says_why_when_it_cannot(
    db, monkeypatch
) -> None:
    import socket

    from pipeline.runtime import start_runtime

    port = _free_port()
    monkeypatch.setenv("MIRANO_WEBHOOK_PORT", str(port))
    reset_settings()
    first = start_runtime(scheduler=False, workers=0, demo=False, webhooks=True)
    try:
        assert first.webhooks is not None and not first.notes
        assert httpx.get(f"http://127.0.0.1:{port}/webhooks/health").json()["ok"] is True
        second = start_runtime(scheduler=False, workers=0, demo=False, webhooks=True)
        assert second.webhooks is None and not second.notes  # another Mirano process receives them already
    finally:
        first.stop()
    with socket.socket() as squatter:  # something else holds the port
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        blocked = start_runtime(scheduler=False, workers=0, demo=False, webhooks=True)
        assert blocked.webhooks is None and "MIRANO_WEBHOOK_PORT" in blocked.notes[0]
    assert start_runtime(scheduler=False, workers=0, demo=False).webhooks is None  # workers never bind it


def test_a_conversation_status_change_webhook_starts_a_sync_of_it(seeded) -> None:
    run("ingest.chatwoot")
    server = WebhookServer("127.0.0.1", 0).start()
    try:
        _configure(seeded, webhook_url=server.url)
        edit(seeded, "chatwoot", {"conversation_id": 101, "status": "resolved"})
        assert _wait_for(lambda: any(r.trigger == "webhook" for r in _runs()) and _runs_settled())
        assert count(VendorHint) == 0
    finally:
        server.stop()
