"""Ingestion over real HTTP against the demo Chatwoot, Linear and Attio: idempotent, incremental, bounded."""

from __future__ import annotations

import httpx

from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.demo import vendor_data as fx
from pipeline.memory.demo import UNBOUND_INBOX
from pipeline.memory.ingest import sync_source
from pipeline.models import Run
from pipeline.models.memory import Document, SyncCursor
from tests.memory.helpers import count, documents, edit, faults, run, stats, sync_all


def test_two_syncs_in_a_row_import_nothing_the_second_time(seeded) -> None:
    first = sync_all()
    assert [r.status for r in first] == ["ok", "ok", "ok"]
    assert all(r.processed > 0 and r.source_calls > 0 for r in first)
    total = count(Document)
    assert {d.source for d in documents()} == {"chatwoot", "linear", "attio"}

    second = sync_all()
    assert [r.status for r in second] == ["ok", "ok", "ok"]
    assert [r.processed for r in second] == [0, 0, 0]
    assert all(r.reason.startswith("nothing new") for r in second)
    assert count(Document) == total
    with read_scope() as s:
        cursors = {(c.project_id, c.source): c.position for c in s.query(SyncCursor)}
    assert len(cursors) == 6  # alfa-stroy and northwind, three vendors each


def test_an_edit_upstream_updates_in_place(seeded) -> None:
    sync_all()
    total = count(Document)
    promise = next(d for d in documents(source="chatwoot") if "пришлём смету до пятницы" in d.content)
    message_id = promise.external_id.split(":")[1]
    edit(seeded, "chatwoot", {"message_id": int(message_id), "content": "Мы пришлём смету до понедельника."})
    edit(
        seeded,
        "linear",
        {"identifier": "NW-2", "description": "We will deliver the reporting module by 12 March."},
    )
    edit(
        seeded,
        "attio",
        {"record": "alfa", "values": {"description": "Заказчик реконструкции офиса и склада."}},
    )

    runs = sync_all()
    assert [r.processed for r in runs] == [1, 1, 1]
    assert count(Document) == total
    edited = documents(external_id=promise.external_id)[0]
    assert (
        edited.id == promise.id
        and edited.version == 2
        and edited.content == "Мы пришлём смету до понедельника."
    )
    issue = next(d for d in documents(source="linear") if d.title == "NW-2 Reporting module")
    assert "12 March" in issue.content and issue.version == 2
    record = documents(external_id=f"record:{fx.record_id('alfa')}")[0]
    assert "склада" in record.content and "реконструкции офиса." not in record.content


def test_new_messages_and_notes_arrive_on_the_next_sync(seeded) -> None:
    sync_all()
    before = count(Document)
    edit(seeded, "chatwoot", {"conversation_id": 201, "content": "Any update on the invoice?"})
    edit(
        seeded,
        "attio",
        {"note": {"record": "northwind", "title": "Call", "text": "Tom is happy with the demo."}},
    )
    edit(seeded, "linear", {"identifier": "ALF-2", "comment": "Образцы отправлены заказчику."})
    assert [r.processed for r in sync_all()] == [
        1,
        1,
        1,
    ]  # the issue comes again, unchanged; its comment is new
    assert count(Document) == before + 3


def test_unbound_objects_are_never_imported(seeded) -> None:
    sync_all()
    sync_all()
    docs = documents()
    assert all(d.meta.get("inbox_id") != UNBOUND_INBOX for d in docs if d.source == "chatwoot")
    assert not any("подарок" in d.content for d in docs)  # the only message of the unbound inbox
    assert not any("Продлить домен" in d.content for d in docs)  # Linear team OPS is not bound
    assert not any("Globex" in d.content for d in docs)  # bound, but to an inactive project
    assert {d.meta["inbox_id"] for d in docs if d.source == "chatwoot"} == {1, 2}


def test_nothing_bound_or_no_key_skips_with_the_reason(db, demo, monkeypatch) -> None:
    skipped = run("ingest.chatwoot")
    assert (skipped.status, skipped.reason) == ("skipped", "no active projects with bindings")
    monkeypatch.setenv("LINEAR_API_URL", "https://api.linear.app/graphql")
    reset_settings()
    no_key = run("ingest.linear")
    assert (no_key.status, no_key.reason) == ("skipped", "no API key for Linear")


def test_a_short_retry_after_is_waited_out_and_the_sync_completes(seeded) -> None:
    faults(seeded, {"/attio": {"rate_429": 0.5, "retry_after": 1, "seed": 3}})
    result = run("ingest.attio")
    assert result.status == "ok", result.reason
    assert stats(seeded)["/attio"]["injected"].get("429", 0) >= 1
    faults(seeded, {"/attio": {}})
    again = run("ingest.attio")
    assert again.processed == 0 and count(Document, Document.source == "attio") == result.processed


def test_a_long_retry_after_fails_the_run_and_the_next_one_waits(seeded) -> None:
    faults(seeded, {"/attio": {"rate_429": 1.0, "retry_after": 900}})
    failed = run("ingest.attio")
    assert failed.status == "failed" and "rate limited by Attio until" in failed.reason
    assert count(Document, Document.source == "attio") == 0
    assert count(SyncCursor, SyncCursor.source == "attio") == 0
    requests_before = stats(seeded)["/attio"]["requests"]
    waiting = run("ingest.attio")
    assert waiting.status == "skipped" and waiting.reason.startswith("rate limited by Attio until")
    assert stats(seeded)["/attio"]["requests"] == requests_before  # honoured: not even one call


def test_malformed_json_fails_with_a_clear_error_and_commits_nothing(seeded) -> None:
    faults(seeded, {"/chatwoot": {"rate_malformed": 1.0}})
    failed = run("ingest.chatwoot")
    assert failed.status == "failed"
    assert "Chatwoot: malformed response to GET" in failed.reason and "not valid JSON" in failed.reason
    assert count(Document) == 0 and count(SyncCursor) == 0


def test_a_payload_with_a_wrong_field_names_it_and_commits_nothing_of_that_batch(seeded) -> None:
    run("ingest.chatwoot")
    promise = next(d for d in documents(source="chatwoot") if "пришлём смету" in d.content)
    with read_scope() as s:
        cursor_before = s.get(SyncCursor, (promise.project_id, "chatwoot")).position
    edit(seeded, "chatwoot", {"message_id": int(promise.external_id.split(":")[1]), "content": 12345})
    edit(seeded, "chatwoot", {"conversation_id": 101, "content": "Это сообщение не должно попасть в базу."})
    failed = run("ingest.chatwoot")
    assert failed.status == "failed"
    assert "Chatwoot: malformed response to GET" in failed.reason
    assert "content is int, expected a string" in failed.reason
    assert documents(external_id=promise.external_id)[0].content == promise.content
    assert not any("не должно попасть" in d.content for d in documents())
    with read_scope() as s:
        assert s.get(SyncCursor, (promise.project_id, "chatwoot")).position == cursor_before


def test_a_run_cut_short_resumes_from_the_committed_cursor(seeded) -> None:
    batches = []
    first = sync_source(
        "linear", should_stop=lambda: len(batches) >= 3, on_batch=lambda c, n: batches.append(c)
    )
    assert first.stopped == "limit reached" and first.batches == 3
    partial = count(Document, Document.source == "linear")
    rest = sync_source("linear")
    assert rest.imported > 0 and rest.updated == 0
    assert count(Document, Document.source == "linear") == partial + rest.imported
    assert sync_source("linear").changed == 0


def test_the_demo_linear_executes_real_graphql_and_rejects_unknown_fields(seeded) -> None:
    url = f"{seeded}/linear/graphql"
    bad = httpx.post(
        url,
        headers={"Authorization": "demo"},
        json={"query": "query { issues(first: 2) { nodes { id secretField } } }"},
    )
    assert bad.status_code == 400  # as at Linear: an invalid document is refused before it runs
    error = bad.json()["errors"][0]
    assert "Cannot query field 'secretField' on type 'Issue'" in error["message"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    ok = httpx.post(
        url,
        headers={"Authorization": "demo"},
        json={"query": "query Teams { teams { nodes { key } } }", "operationName": "Teams"},
    ).json()
    assert [t["key"] for t in ok["data"]["teams"]["nodes"]] == ["ALF", "NW", "OPS"]
    denied = httpx.post(url, json={"query": "{ teams { nodes { id } } }"})
    assert denied.json()["errors"][0]["extensions"]["code"] == "AUTHENTICATION_ERROR"


def test_a_vendor_call_is_in_the_runs_ledger_before_it_is_sent(seeded) -> None:
    """While a slow Chatwoot holds a request, the run's row already counts it (written in its own commit before
    the call), so a process killed then leaves the ledger agreeing with the vendor's own count."""
    import time

    from pipeline.engine.runs import request_run

    faults(seeded, {"/chatwoot": {"latency_ms": 1500}})
    answer = request_run("ingest.chatwoot", trigger="test", background=True)
    deadline = time.monotonic() + 60
    while stats(seeded)["/chatwoot"]["requests"] < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    received = stats(seeded)["/chatwoot"]["requests"]
    with read_scope() as s:
        counted = s.get(Run, answer.run_id).source_calls
    assert counted >= received >= 2, (counted, received)  # the call in flight is counted already
    faults(seeded, {"/chatwoot": {}})
    answer.thread.join(120)
    with read_scope() as s:
        finished = s.get(Run, answer.run_id)
        assert finished.status == "ok" and finished.source_calls == stats(seeded)["/chatwoot"]["requests"]
