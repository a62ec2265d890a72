"""Extraction (gate, no duplicates, links), digests by version, and actions: preview, audited idempotent apply."""

from __future__ import annotations

import json

import httpx
from sqlalchemy import select, update
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.db import read_scope, session_scope
from pipeline.models.memory import Action, ActionAudit, Chunk, Entity, EntityChunk
from pipeline.service import memory as service
from tests.memory.helpers import count, documents, edit, faults, run, sync_all

runner = CliRunner()


def _memory_ready() -> None:
    sync_all()
    run("memory.build")
    run("memory.extract")


def _linear_issue_count(base: str) -> int:
    query = {"query": "query { issues(first: 250) { nodes { id } } }"}
    body = httpx.post(f"{base}/linear/graphql", json=query, headers={"Authorization": "demo"}).json()
    return len(body["data"]["issues"]["nodes"])


def test_extraction_gates_links_and_never_duplicates(seeded) -> None:
    _memory_ready()
    found = service.entities("alfa-stroy")
    promise = next(e for e in found if e["kind"] == "commitment" and "смету до пятницы" in e["text"])
    assert promise["status"] == "active" and promise["confidence"] >= promise["threshold"]
    assert promise["chunks"] and all(c["source"] in {"chatwoot", "linear"} for c in promise["chunks"])
    proposed = [e for e in service.entities(status="proposed")]
    assert proposed and all(e["confidence"] < e["threshold"] for e in proposed)
    total = count(Entity)
    assert run("memory.extract").reason == "nothing new"

    # the same promise again, reworded a little, in a new message: the entity is updated, not duplicated
    edit(
        seeded,
        "chatwoot",
        {"conversation_id": 101, "sender": 1, "content": "Напоминаю: мы пришлем СМЕТУ до пятницы!!"},
    )
    run("ingest.chatwoot")
    run("memory.build")
    again = run("memory.extract")
    assert again.status == "ok" and again.processed == 1
    assert count(Entity) == total
    updated = next(e for e in service.entities("alfa-stroy") if e["id"] == promise["id"])
    assert (
        updated["seen_count"] == promise["seen_count"] + 1
        and len(updated["chunks"]) == len(promise["chunks"]) + 1
    )


def test_people_decide_over_the_gate(seeded) -> None:
    _memory_ready()
    proposed = service.entities(status="proposed")[0]
    assert service.promote(proposed["id"], actor="kate")["status"] == "active"
    active = service.entities("northwind", kind="risk", status="active")[0]
    dismissed = service.dismiss(active["id"], actor="kate")
    assert (dismissed["status"], dismissed["status_by"]) == ("dismissed", "kate")
    with session_scope() as s:  # extraction reads every chunk again and sees it again: it stays dismissed
        s.execute(update(Chunk).values(extracted_at=None))
    run("memory.extract")
    assert next(e for e in service.entities() if e["id"] == active["id"])["status"] == "dismissed"


def test_digests_are_versioned_per_period(seeded) -> None:
    from sqlalchemy import func

    from pipeline.engine import clock
    from pipeline.models.memory import Document

    _memory_ready()
    with read_scope() as s:  # the newest message's moment: its week holds activity whatever the time of day
        newest = s.scalar(
            select(func.max(func.coalesce(Document.source_updated_at, Document.source_created_at)))
        )
    # (at Monday 00:30 UTC the demo's messages of the last hours are all in the week before)
    clock.set_clock(lambda: newest)
    try:
        assert run("memory.digest").processed == 2  # one per active bound project
        again = service.generate_digest("northwind")
        versions = service.digests("northwind")
    finally:
        clock.set_clock(None)
    assert [d["version"] for d in versions] == [2, 1] and again["version"] == 2
    assert versions[0]["period_start"] == versions[1]["period_start"]
    assert "## Commitments" in again["content"] and "ship the fix by Monday" in again["content"]
    assert again["stats"]["activity"]


def test_preview_is_side_effect_free_and_apply_is_audited_and_idempotent(seeded) -> None:
    _memory_ready()
    assert run("memory.suggest").processed > 0
    issue = next(a for a in service.actions("northwind") if a["kind"] == "linear_issue")
    issues_before = _linear_issue_count(seeded)

    preview = service.preview_action(issue["id"])
    again = service.preview_action(issue["id"])
    assert preview == again and preview["would_send"] and preview["demo"]
    assert preview["request"]["body"]["operationName"] == "IssueCreate"
    assert "issueCreate(input: $input)" in preview["request"]["body"]["query"]
    assert preview["request"]["headers"]["Authorization"] == "•••"
    assert _linear_issue_count(seeded) == issues_before and count(ActionAudit) == 0

    applied = service.apply_action(issue["id"], actor="kate")
    assert applied["outcome"] == "applied" and applied["result"]["issue"]["identifier"].startswith("NW-")
    retried = service.apply_action(issue["id"], actor="kate")
    assert retried["outcome"] == "already_applied" and retried["result"] == applied["result"]
    assert _linear_issue_count(seeded) == issues_before + 1

    # the first apply's answer was lost (the row still says suggested): the retry finds the issue it made
    with session_scope() as s:
        s.execute(update(Action).values(status="suggested", result=None).where(Action.id == issue["id"]))
    lost = service.apply_action(issue["id"], actor="kate")
    assert lost["outcome"] == "applied" and lost["result"]["found_existing"] is True
    assert _linear_issue_count(seeded) == issues_before + 1

    audit = service.audit_log("northwind")
    assert [a["outcome"] for a in audit] == ["applied", "already_applied", "applied"]
    assert all(
        a["actor"] == "kate" and a["at"] and a["request"]["body"] == preview["request"]["body"] for a in audit
    )
    assert audit[-1]["response"]["issue"]["id"] == preview["request"]["body"]["variables"]["input"]["id"]


def test_a_failed_apply_is_audited_and_can_be_retried(seeded) -> None:
    _memory_ready()
    run("memory.suggest")
    note = next(a for a in service.actions("alfa-stroy") if a["kind"] == "attio_note")
    faults(seeded, {"/attio": {"rate_5xx": 1.0}})
    failed = service.apply_action(note["id"], actor="kate")
    assert not failed["ok"] and "Attio: unavailable (HTTP 503)" in failed["error"]
    assert service.actions("alfa-stroy", status="failed")[0]["id"] == note["id"]
    faults(seeded, {"/attio": {}})
    done = service.apply_action(note["id"], actor="kate")
    assert done["outcome"] == "applied" and done["result"]["note"]["note_id"]
    assert [a["outcome"] for a in service.audit_log(action_id=note["id"])] == ["applied", "failed"]
    # the note is on the record in Attio, and the next sync leaves it there: Mirano's own words are not evidence
    notes = httpx.get(
        f"{seeded}/attio/v2/notes", params={"limit": 50}, headers={"Authorization": "Bearer demo"}
    )
    assert any(n["id"]["note_id"] == done["result"]["note"]["note_id"] for n in notes.json()["data"])
    run("ingest.attio")
    assert not any("Flagged by Mirano" in d.content for d in documents(source="attio"))


def test_suggestions_are_only_suggestions(seeded) -> None:
    _memory_ready()
    run("memory.suggest")
    assert run("memory.suggest").reason == "nothing new"
    with read_scope() as s:
        assert set(s.scalars(select(Action.status))) == {"suggested"}
        assert s.scalar(select(EntityChunk.entity_id).limit(1)) is not None
        targets_and_titles = list(s.execute(select(Action.target, Action.title)))
    assert len(set(targets_and_titles)) == len(
        targets_and_titles
    )  # two risks of one kind: two readable titles
    assert count(ActionAudit) == 0


def _cli(args: list[str]) -> tuple[int, object]:
    result = runner.invoke(app, [*args, "--json"])
    return result.exit_code, json.loads(result.stdout)


def test_cli_projects_bind_search_actions(seeded) -> None:
    _memory_ready()
    run("memory.suggest")
    code, projects = _cli(["projects"])
    assert code == 0 and {p["slug"] for p in projects} == {"alfa-stroy", "northwind", "globex-archive"}
    code, bound = _cli(["bind", "new-client", "chatwoot", "contact:12"])
    assert code == 0 and bound["created"] is True
    code, bad = _cli(["bind", "new-client", "chatwoot", "team:1"])
    assert code == 2 and bad["field"] == "target"
    code, missing = _cli(["bind", "new-client", "chatwoot", "inbox:99"])  # asked of the vendor before saving
    assert code == 2 and missing["field"] == "target" and "Chatwoot has no inbox '99'" in missing["error"]
    code, found = _cli(["bind", "new-client", "chatwoot", "inbox:3"])
    assert code == 0 and found["checked"] is True and "Telegram" in found["message"]
    code, hits = _cli(["search", "оплата задерживается", "--project", "alfa-stroy", "--k", "3"])
    assert code == 0 and len(hits) == 3 and hits[0]["project"] == "alfa-stroy"
    code, actions = _cli(["actions", "--project", "northwind"])
    assert code == 0 and actions
    code, preview = _cli(["actions", "preview", str(actions[0]["id"])])
    assert code == 0 and preview["would_send"] is True
    code, applied = _cli(["actions", "apply", str(actions[0]["id"]), "--actor", "cli-test"])
    assert code == 0 and applied["outcome"] == "applied"
    assert service.audit_log(action_id=actions[0]["id"])[0]["actor"] == "cli-test"
    code, missing = _cli(["actions", "apply"])
    assert code == 2 and missing["field"] == "id"
    human = runner.invoke(app, ["actions", "preview", str(actions[0]["id"])])
    assert human.exit_code == 0 and "POST " in human.stdout and "preview sends nothing" in human.stdout
