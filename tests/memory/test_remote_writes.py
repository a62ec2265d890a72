"""Remote writes: audited before and after the call, reconciled after a crash, sent where the vendor is now."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
from sqlalchemy import select
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.demo import start_demo_server
from pipeline.models.memory import Action, Chunk, Document, Entity, EntityChunk
from pipeline.service import memory as service
from tests.memory.helpers import run, sync_all

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

# A process that applies an action and dies right after the remote call, before the audit row is completed.
CRASHING_APPLY = """
import os, sys
from pipeline.memory import apply
def die(*args, **kwargs):
    os._exit(17)
apply._complete = die
apply.apply(int(sys.argv[1]), "kate")
"""


def _ready() -> None:
    sync_all()
    run("memory.build")
    run("memory.extract")
    run("memory.suggest")


def _issues(base: str) -> list[dict]:
    query = {"query": "query { issues(first: 250) { nodes { id identifier title } } }"}
    body = httpx.post(f"{base}/linear/graphql", json=query, headers={"Authorization": "demo"}).json()
    return body["data"]["issues"]["nodes"]


def _notes(base: str) -> list[dict]:
    found, offset = [], 0
    while True:
        page = httpx.get(
            f"{base}/attio/v2/notes",
            params={"limit": 50, "offset": offset},
            headers={"Authorization": "Bearer demo"},
        ).json()["data"]
        found += page
        if len(page) < 50:
            return found
        offset += 50


def _crash_while_applying(action_id: int) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", CRASHING_APPLY, str(action_id)],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_crash_between_the_call_and_the_audit_leaves_a_row_in_doubt_that_the_next_apply_settles(
    seeded,
) -> None:
    _ready()
    action = next(a for a in service.actions("northwind") if a["kind"] == "linear_issue")
    before = len(_issues(seeded))

    crashed = _crash_while_applying(action["id"])
    assert crashed.returncode == 17, crashed.stderr
    assert len(_issues(seeded)) == before + 1  # the vendor has the issue …
    [row] = service.audit_log(action_id=action["id"])  # … and the audit says the write may have happened
    assert row["outcome"] == "in_doubt" and row["actor"] == "kate"
    assert row["request"]["url"] == f"{seeded}/linear/graphql"
    assert row["request"]["body"]["variables"]["input"]["title"]
    listed = runner.invoke(app, ["actions", "--project", "northwind", "--json"])
    assert {a["id"]: a["status"] for a in json.loads(listed.stdout)}[action["id"]] == "in_doubt"
    human = runner.invoke(app, ["actions", "--project", "northwind"])
    assert "IN DOUBT" in human.stdout

    settled = service.apply_action(action["id"], actor="kate")
    assert settled["outcome"] == "applied" and settled["result"]["found_existing"] is True
    assert len(_issues(seeded)) == before + 1  # no second remote write
    latest, earlier = service.audit_log(action_id=action["id"])
    assert latest["outcome"] == "applied" and earlier["outcome"] == "reconciled"
    assert (
        earlier["response"]["made_by_this_attempt"] is True and "nothing was sent twice" in earlier["error"]
    )
    assert service.actions("northwind", status="applied")[0]["id"] == action["id"]


def test_a_crash_while_adding_an_attio_note_is_settled_without_a_second_note(seeded) -> None:
    _ready()
    action = next(a for a in service.actions("alfa-stroy") if a["kind"] == "attio_note")
    before = len(_notes(seeded))
    assert _crash_while_applying(action["id"]).returncode == 17
    assert len(_notes(seeded)) == before + 1
    assert service.audit_log(action_id=action["id"])[0]["outcome"] == "in_doubt"
    assert service.apply_action(action["id"], actor="kate")["result"]["found_existing"] is True
    assert len(_notes(seeded)) == before + 1


def test_the_audit_names_the_server_actually_called_and_the_body_actually_sent(seeded, monkeypatch) -> None:
    _ready()
    action = next(a for a in service.actions("northwind") if a["kind"] == "linear_issue")
    elsewhere = start_demo_server(0)  # "switch from demo to live": the Linear endpoint moves after suggesting
    try:
        monkeypatch.setenv("LINEAR_API_URL", f"{elsewhere.url}/linear/graphql")
        monkeypatch.setenv("LINEAR_API_KEY", "demo")
        reset_settings()
        preview = service.preview_action(action["id"])
        assert preview["request"]["url"] == f"{elsewhere.url}/linear/graphql" and not preview["demo"]
        before_here, before_there = len(_issues(seeded)), len(_issues(elsewhere.url))
        done = service.apply_action(action["id"], actor="kate")
        assert done["outcome"] == "applied", done
        assert len(_issues(elsewhere.url)) == before_there + 1 and len(_issues(seeded)) == before_here
        [row] = service.audit_log(action_id=action["id"])
        assert row["request"]["url"] == f"{elsewhere.url}/linear/graphql"
        assert row["request"]["body"] == preview["request"]["body"]
        assert row["request"]["headers"]["Authorization"] == "•••"
    finally:
        elsewhere.stop()


def test_the_issue_id_is_a_uuid4_drawn_once_and_kept_for_every_retry(seeded) -> None:
    _ready()
    action = next(a for a in service.actions("northwind") if a["kind"] == "linear_issue")
    first = service.preview_action(action["id"])["request"]["body"]["variables"]["input"]["id"]
    assert uuid.UUID(first).version == 4
    assert service.preview_action(action["id"])["request"]["body"]["variables"]["input"]["id"] == first
    done = service.apply_action(action["id"], actor="kate")
    assert done["result"]["issue"]["id"] == first


def test_nothing_is_suggested_back_to_the_system_it_was_seen_in(seeded) -> None:
    _ready()
    with read_scope() as s:
        seen_in = {
            (entity_id, source)
            for entity_id, source in s.execute(
                select(EntityChunk.entity_id, Document.source)
                .join(Chunk, Chunk.id == EntityChunk.chunk_id)
                .join(Document, Document.id == Chunk.document_id)
            )
        }
        actions = list(s.scalars(select(Action)))
        both = [
            e.id
            for e in s.scalars(select(Entity).where(Entity.kind == "commitment", Entity.status == "active"))
            if (e.id, "linear") in seen_in and any((e.id, v) in seen_in for v in ("chatwoot", "attio"))
        ]
    assert both, "the demo data has a commitment seen both in Linear and elsewhere ('ship the fix by Monday')"
    for a in actions:
        vendor = "linear" if a.kind == "linear_issue" else "attio"
        assert (a.entity_id, vendor) not in seen_in, (
            f"action #{a.id} writes back to where {a.entity_id} came from"
        )
    assert not any(a.entity_id in both for a in actions if a.kind == "linear_issue")
    assert any(a.kind == "linear_issue" for a in actions) and any(a.kind == "attio_note" for a in actions)


def _active_entities() -> list[tuple[str, str]]:
    with read_scope() as s:
        return sorted(
            (e.kind, e.text)
            for e in s.scalars(select(Entity).where(Entity.status.in_(("active", "proposed"))))
        )


def test_what_mirano_wrote_into_a_vendor_never_comes_back_as_evidence(seeded) -> None:
    """Apply a note and an issue, sync both vendors again (the demo serves them back, Attio's authored by the API
    token, as Attio does), then build and extract: no document, no chunk and no new risk or commitment from them."""
    _ready()
    entities = _active_entities()
    note = next(a for a in service.actions("alfa-stroy") if a["kind"] == "attio_note")
    issue = next(a for a in service.actions("northwind") if a["kind"] == "linear_issue")
    note_id = service.apply_action(note["id"], actor="kate")["result"]["note"]["note_id"]
    issue_id = service.apply_action(issue["id"], actor="kate")["result"]["issue"]["id"]
    assert any(n["id"]["note_id"] == note_id for n in _notes(seeded))  # the vendor has them and serves them
    assert any(i["id"] == issue_id for i in _issues(seeded))
    # A note whose apply lost its answer (in doubt, no note id recorded) is known by the marker it carries.
    httpx.post(
        f"{seeded}/attio/_demo/edit",
        json={
            "note": {"record": "alfa", "title": "Risk: delay", "text": "Срыв сроков. [mirano:lost-answer]"}
        },
    ).raise_for_status()
    sync_all()
    run("memory.build")
    run("memory.extract")
    with read_scope() as s:
        ids = set(s.scalars(select(Document.external_id)))
        texts = list(s.scalars(select(Document.content)))
    assert f"note:{note_id}" not in ids and f"issue:{issue_id}" not in ids
    assert not any("[mirano:" in t or "Flagged by Mirano" in t or "Suggested by Mirano" in t for t in texts)
    assert _active_entities() == entities
