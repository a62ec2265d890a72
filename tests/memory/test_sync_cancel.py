"""Cancelling a vendor sync between pages: what was imported stays with its cursor, and the next sync continues
from that cursor, importing the rest once (nothing twice, nothing lost)."""

from __future__ import annotations

import time

from pipeline.engine.runs import request_run
from pipeline.models.memory import Document, SyncCursor
from pipeline.service import control
from pipeline.service import engine as service
from tests.memory.helpers import count, faults


def test_a_cancelled_sync_keeps_its_cursor_and_the_next_one_continues(seeded: str) -> None:
    faults(seeded, {"/chatwoot": {"latency_ms": 150}})  # pages slow enough to cancel between them
    answer = request_run("ingest.chatwoot", trigger="test", background=True)
    deadline = time.monotonic() + 60
    while not any(e["kind"] == "page" for e in control.show_run(answer.run_id)["events"]):
        assert time.monotonic() < deadline, "the sync never committed a page"
        time.sleep(0.02)
    control.cancel_run(answer.run_id, "ana")
    answer.wait(60)
    faults(seeded, {"/chatwoot": {}})

    first = service.get_run(answer.run_id)
    assert first["status"] == "cancelled", first["reason"]
    assert "the next run continues from the saved cursor" in first["reason"]
    progress = first["progress"]  # the conversations listed, of which the cancel left some unread
    assert progress["unit"] == "conversations" and 0 < progress["done"] < progress["total"], progress
    kept = count(Document, Document.source == "chatwoot")
    assert 0 < kept == first["processed"]
    assert count(SyncCursor, SyncCursor.source == "chatwoot") >= 1  # the pages it committed moved the cursor

    second = service.get_run(request_run("ingest.chatwoot", trigger="test").run_id)
    assert second["status"] == "ok", second["reason"]
    total = count(Document, Document.source == "chatwoot")
    assert total == kept + second["processed"]  # the rest, once
    assert total == 92  # every message of the demo inboxes, none twice
