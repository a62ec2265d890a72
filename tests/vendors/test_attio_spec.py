"""Every request Mirano sends to Attio and every answer the demo Attio gives, against Attio's OpenAPI document."""

from __future__ import annotations

import httpx

from pipeline.service import memory as service
from tests.memory.helpers import run, sync_all
from tests.vendors.specs import attio_request_errors, attio_response_errors


def _exchanges(base: str) -> list[dict]:
    return httpx.get(f"{base}/attio/_demo/exchanges").json()["exchanges"]


def test_every_attio_request_and_answer_matches_attios_document(seeded) -> None:
    sync_all()
    run("memory.build")
    run("memory.extract")
    run("memory.suggest")
    note = next(a for a in service.actions("alfa-stroy") if a["kind"] == "attio_note")
    assert service.apply_action(note["id"], actor="kate")["ok"]
    run("ingest.attio")
    exchanges = _exchanges(seeded)
    kinds = {(e["method"], e["path"].split("/")[2]) for e in exchanges}
    assert {("GET", "notes"), ("POST", "notes"), ("POST", "objects"), ("GET", "workspace_members")} <= kinds
    for e in exchanges:
        sent = attio_request_errors(e["method"], e["path"], e["query"], e["body"])
        assert not sent, f"{e['method']} {e['path']}: {sent}"
        answered = attio_response_errors(e["method"], e["path"], e["status"], e["response"])
        assert not answered, f"answer to {e['method']} {e['path']}: {answered}"


def test_the_checks_catch_what_attio_would_refuse(seeded) -> None:
    assert attio_request_errors("GET", "/v2/notes", {"limit": "100"}, None)  # above the documented 50
    bad_note = {"data": {"parent_object": "companies", "title": "t", "format": "html", "content": "c"}}
    assert attio_request_errors("POST", "/v2/notes", {}, bad_note)
    old_actor = {"type": "workspace-member", "id": "not-a-member", "name": "Kate"}
    assert not attio_response_errors(
        "GET", "/v2/workspace_members", 200, {"data": []}
    ) and attio_response_errors("GET", "/v2/workspace_members", 200, {"data": [{"id": old_actor}]})
    listed = httpx.get(
        f"{seeded}/attio/v2/notes", params={"limit": 100}, headers={"Authorization": "Bearer demo"}
    )
    assert listed.status_code == 400  # the demo refuses it as Attio documents
