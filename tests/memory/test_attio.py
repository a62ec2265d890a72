"""Attio as it behaves: authors named through workspace members, notes paged 50 at a time."""

from __future__ import annotations

import httpx

from pipeline.config import reset_settings
from pipeline.demo import vendor_data as fx
from tests.memory.helpers import documents, edit, run, sync_all


def _exchanges(base: str) -> list[dict]:
    return httpx.get(f"{base}/attio/_demo/exchanges").json()["exchanges"]


def test_note_authors_are_named_through_workspace_members_read_once_per_sync(seeded) -> None:
    done = run("ingest.attio")
    assert done.status == "ok", done.reason
    authors = {d.author for d in documents(source="attio", object_type="note")}
    assert authors == {"Kate Wilson", "Алексей Морозов"}  # not "workspace-member"
    member_calls = [e for e in _exchanges(seeded) if e["path"] == "/v2/workspace_members"]
    assert len(member_calls) == 1  # cached for the sync, not one call per note


def test_a_record_with_118_notes_syncs_all_of_them_50_a_page(seeded, monkeypatch) -> None:
    monkeypatch.setenv("MIRANO_ATTIO_NOTES_PAGE", "200")  # asked for more than Attio allows: still 50
    monkeypatch.setenv("MIRANO_VENDOR_PAGE_SIZE", "100")
    reset_settings()
    for n in range(117):  # northwind has 1 note: 118
        edit(
            seeded,
            "attio",
            {"note": {"record": "northwind", "title": f"Call {n}", "text": f"Call number {n}."}},
        )
    done = run("ingest.attio")
    assert done.status == "ok", done.reason
    northwind = f"record:{fx.record_id('northwind')}"
    assert len(documents(parent_id=northwind)) == 118
    limits = {
        int(e["query"]["limit"])
        for e in _exchanges(seeded)
        if e["path"] == "/v2/notes" and e["method"] == "GET"
    }
    assert limits == {50}


def test_a_note_another_integration_wrote_is_shown_as_written_by_an_api_key(seeded) -> None:
    sync_all()
    edit(
        seeded,
        "attio",
        {"note": {"record": "alfa", "title": "Sync", "text": "Счёт выставлен.", "api_token": "crm"}},
    )
    run("ingest.attio")
    synced = next(d for d in documents(source="attio") if "Счёт выставлен" in d.content)
    assert synced.author == "API token"
