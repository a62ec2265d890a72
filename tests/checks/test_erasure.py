"""Erasure: `forget person` leaves no trace anywhere in the data dir (SQLite files, WAL, FAISS files, the assistant's
threads), search and the assistant show nothing, the audit keeps counts only; `forget` refuses while a run or a
check holds the data; `forget check` and `forget project` remove only their own rows."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from agent.assistant import ask
from pipeline.cli import app
from pipeline.config import get_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import clock
from pipeline.erasure.holds import ErasureRefused
from pipeline.erasure.names import normalized
from pipeline.memory import store
from pipeline.memory.embedders import get_embedder
from pipeline.memory.vector_index import VectorIndex
from pipeline.models import Lease
from pipeline.models.checks import Fact, SearchJob, Subject
from pipeline.models.erasure import ErasureAudit
from pipeline.models.memory import Chunk, Document, MemoryVector, Project
from pipeline.service import checks as checks_service
from pipeline.service import erasure, notices
from pipeline.service import memory as memory_service
from tests.checks.helpers import NEVSKY, TVERSKAYA
from tests.memory.helpers import run

OWNER = "Иванов Пётр Сергеевич"  # named on the check too: the registry is asked about him by name
OWNER_WORDS = ("иванов", "сергеевич")  # Иванов Пётр Сергеевич owns the Nevsky building in the demo sources
_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")


def traces_in_data_dir() -> dict[str, list[str]]:
    """Every file under the data dir (databases, their WAL, FAISS files) → the owner's name words it holds, read as
    UTF-8 and as JSON's \\u escapes, in any case, ё as е."""
    found = {}
    for path in sorted(Path(get_settings().data_dir).rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes().decode("utf-8", "ignore")
        text = normalized(_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), raw))
        words = [w for w in OWNER_WORDS if w in text]
        if words:
            found[str(path.relative_to(get_settings().data_dir))] = words
    return found


def add_documents(slug: str, texts: list[str]) -> None:
    """Imported messages of a project (as an ingest would store them), then chunked, embedded and indexed."""
    with session_scope() as s:
        project = Project(slug=slug, name=slug)
        s.add(project)
        s.flush()
        for i, content in enumerate(texts):
            s.add(
                Document(
                    project_id=project.id,
                    source="chatwoot",
                    object_type="message",
                    external_id=f"{slug}-{i}",
                    content=content,
                    content_hash=f"{slug}-{i}-{len(content)}",
                    author="client",
                    meta={},
                )
            )
    assert run("memory.build").status == "ok"


def chunk_texts(hits: list[dict[str, Any]]) -> str:
    return " ".join(normalized(str(h.get("text") or "")) for h in hits)


def test_forget_person_leaves_no_trace(sources: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRANO_USER", "anna@example.org")
    notices.watch(NEVSKY)  # watched before its first check: the check's facts arrive as a notice
    check = checks_service.wait_for(checks_service.start_check(NEVSKY, "full", owner=OWNER)["id"], timeout=30)
    other = checks_service.wait_for(checks_service.start_check(TVERSKAYA, "basic")["id"], timeout=30)
    checks_service.finalize(check["id"])
    assert any("Иванов" in str(n) for n in notices.list_notices())
    add_documents(
        "acme",
        [
            "ИВАНОВ Пётр Сергеевич: пришлю подписанный акт до пятницы.",
            "Смета на отделку согласована с заказчиком.",
        ],
    )
    assert run("memory.extract").status == "ok"
    assert any(
        "иванов" in normalized(e["text"]) for e in memory_service.entities("acme")
    )  # a commitment quotes the name
    answer = ask(f"какой риск у проверки {check['id']}?", thread_id="before")
    assert "Иванов" in answer["answer"]  # the assistant knew the owner: a thread now quotes the name
    assert "иванов" in chunk_texts(memory_service.search("Иванов подписанный акт", k=5))
    before = traces_in_data_dir()
    assert {name.split(".db")[0] for name in before} == {"mirano", "assistant"}, before  # database or its WAL

    result = erasure.forget_person("иванов петр сергеевич")  # case and ё/е as typed by someone else

    assert traces_in_data_dir() == {}  # no database page, WAL frame, FAISS file or thread holds a word of it
    counts = result["counts"]
    assert counts["facts"] >= 3 and counts["subjects"] == 1 and counts["evidence"] >= 1
    assert counts["documents"] == 1 and counts["chunks"] >= 1 and counts["vectors"] >= 1
    assert counts["snapshot_facts"] >= 3 and counts["assistant_threads"] == 1 and counts["entities"] >= 1
    assert counts["notices"] >= 1 and notices.list_notices()  # the notices about other facts stay
    assert all("иванов" not in normalized(str(n)) for n in notices.list_notices())
    assert memory_service.entities("acme") == []
    with read_scope() as s:
        audit = s.scalars(select(ErasureAudit)).one()
        assert (audit.who, audit.kind, audit.target) == ("anna@example.org", "person", "person")
        assert audit.counts == counts
        assert not s.scalar(
            select(Subject.id).where(Subject.level == "person", Subject.name.contains("Иванов"))
        )
        embedded = set(s.scalars(select(Chunk.id).where(Chunk.embed_status == "embedded")))
        assert s.scalar(select(MemoryVector.id))  # the other message's vector stays
    assert "иванов" not in chunk_texts(memory_service.search("Иванов подписанный акт", k=5))
    assert "смета" in chunk_texts(memory_service.search("смета отделка", k=5))  # nothing else went
    memory_service.rebuild_index()
    assert "иванов" not in chunk_texts(memory_service.search("Иванов Пётр", k=5))
    embedder = get_embedder()
    assert VectorIndex.open(store.index_path(embedder.name), embedder.dim).ids() == embedded
    again = ask(f"какой риск у проверки {check['id']}? кто собственник?", thread_id="after")
    assert "иванов" not in normalized(again["answer"])
    report = checks_service.get_check(check["id"])
    assert (
        all("Иванов" not in str(f) for f in report["facts"])
        and report["risk"]["score"] < check["risk"]["score"]
    )
    assert checks_service.get_check(other["id"])["facts"]  # another property's facts are untouched


def test_forget_refuses_while_a_run_or_a_check_holds_the_data(sources: Any) -> None:
    add_documents("acme", ["Петрова Елена Андреевна прислала смету."])
    with session_scope() as s:
        now = clock.now()
        s.add(
            Lease(
                name="job:memory.build:global",
                holder="test",
                run_id=None,
                expires_at=now + timedelta(minutes=5),
            )
        )
    with pytest.raises(ErasureRefused, match=r"a run holds this data now: memory\.build \(global\)"):
        erasure.forget_project("acme")
    runner = CliRunner()
    refused = runner.invoke(app, ["forget", "person", "Петрова Елена Андреевна", "--json"])
    assert refused.exit_code == 1 and "memory.build" in refused.stdout
    with session_scope() as s:
        s.delete(s.get(Lease, "job:memory.build:global"))
    pending = checks_service.start_check(NEVSKY, "basic")  # no worker runs: its tasks stay queued
    refused = runner.invoke(app, ["forget", "check", str(pending["id"])])
    assert refused.exit_code == 1 and "still fetching" in refused.output
    bad = runner.invoke(app, ["forget", "person", "Петрова", "--json"])
    assert bad.exit_code == 2 and '"field": "person"' in bad.stdout
    with read_scope() as s:  # nothing was erased by any refused command
        assert s.scalar(select(ErasureAudit.id)) is None
        assert s.get(SearchJob, pending["id"]) is not None
        assert s.scalar(select(Document.id)) is not None


def test_forget_check_and_project_remove_only_their_own(sources: Any) -> None:
    first = checks_service.wait_for(checks_service.start_check(NEVSKY, "basic")["id"], timeout=30)
    second = checks_service.wait_for(checks_service.start_check(TVERSKAYA, "basic")["id"], timeout=30)
    add_documents("acme", ["Смета на отделку согласована."])
    add_documents("globex", ["Сроки поставки сдвигаются на неделю."])
    result = CliRunner().invoke(app, ["forget", "check", str(first["id"]), "--json"])
    assert result.exit_code == 0, result.output
    with read_scope() as s:
        assert s.get(SearchJob, first["id"]) is None
        kept = s.scalar(select(Fact.id).join(SearchJob, SearchJob.property_id == Fact.subject_id))
    assert kept is not None and checks_service.get_check(second["id"])["facts"]
    gone = erasure.forget_project("acme")
    assert gone["counts"]["documents"] == 1 and gone["counts"]["projects"] == 1
    assert [p["slug"] for p in memory_service.list_projects()] == ["globex"]
    assert not memory_service.search("смета отделка", k=5) or all(
        h["project"] == "globex" for h in memory_service.search("смета отделка", k=5)
    )
    assert [a["target"] for a in erasure.audit()] == ["project acme", f"check {first['id']}"]
