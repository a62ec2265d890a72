"""Memory build and search: embed each text once, survive a crash between FAISS and commit, skip a bad chunk."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select, text

from pipeline.config import reset_settings
from pipeline.db import read_scope
from pipeline.memory import store
from pipeline.memory.build import build_memory
from pipeline.memory.embedders import get_embedder
from pipeline.memory.search import keyword_hits
from pipeline.memory.vector_index import VectorIndex, bytes_to_vector
from pipeline.models.memory import Chunk, MemoryVector
from pipeline.service import memory as service
from tests.memory.helpers import count, documents, edit, run, sync_all

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_build_over_unchanged_data_embeds_nothing(seeded) -> None:
    sync_all()
    first = run("memory.build")
    assert first.status == "ok" and first.embeddings > 0 and first.processed == count(Chunk)
    assert count(MemoryVector) == first.embeddings <= count(Chunk)
    second = run("memory.build")
    assert (second.status, second.reason, second.embeddings) == ("skipped", "nothing new", 0)
    assert build_memory(1000).embedded == 0


def test_the_same_text_is_never_embedded_twice_across_runs(seeded) -> None:
    sync_all()
    run("memory.build")
    message = next(
        d for d in documents(source="chatwoot") if d.content == "I will send the invoice tomorrow."
    )
    message_id = int(message.external_id.split(":")[1])
    edit(seeded, "chatwoot", {"message_id": message_id, "content": "I will send the invoice on Friday."})
    run("ingest.chatwoot")
    changed = build_memory(1000)
    assert (changed.documents, changed.embedded, changed.removed) == (1, 1, 1)
    edit(seeded, "chatwoot", {"message_id": message_id, "content": "I will send the invoice tomorrow."})
    run("ingest.chatwoot")
    back = build_memory(1000)
    assert (back.documents, back.embedded, back.reused) == (
        1,
        0,
        1,
    )  # the old vector is reused, not re-embedded
    hits = service.search("invoice tomorrow", project="northwind", k=3)
    assert hits[0]["text"] == "I will send the invoice tomorrow."
    assert hits[0]["keyword"] is not None
    with read_scope() as s:  # the keyword index holds exactly the chunks: no edited text left, none missing
        s.execute(
            text("INSERT INTO memory_chunks_fts(memory_chunks_fts, rank) VALUES ('integrity-check', 1)")
        )
        indexed = set(
            s.scalars(text("SELECT rowid FROM memory_chunks_fts WHERE memory_chunks_fts MATCH 'friday'"))
        )
        holding = {c.id for c in s.scalars(select(Chunk)) if re.search(r"\bfriday\b", c.text, re.IGNORECASE)}
    assert indexed == holding


CRASH_SCRIPT = """
import os
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from pipeline.models.memory import Chunk
from pipeline.memory.build import build_memory

@event.listens_for(Session, "before_commit")
def _power_cut(session):
    # the FAISS file is already saved with the new ids; die before the database commits them
    if session.scalar(select(func.count(Chunk.id))):
        os._exit(17)

build_memory(10_000)
"""


def test_a_crash_between_faiss_write_and_commit_leaves_a_consistent_index(seeded) -> None:
    sync_all()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    crashed = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT], env=env, cwd=ROOT, capture_output=True, timeout=120
    )
    assert crashed.returncode == 17, crashed.stderr.decode()[-2000:]
    embedder = get_embedder()
    on_disk = VectorIndex.open(store.index_path(embedder.name), embedder.dim)
    assert len(on_disk) > 0 and count(Chunk) == 0  # FAISS holds ids the database never committed

    store.forget_indexes()  # a restarted process
    assert store.open_index(embedder).ids() == set() == store.embedded_ids(embedder.name)

    rebuilt = run("memory.build")
    assert rebuilt.status == "ok"
    index = store.open_index(embedder)
    assert index.ids() == store.embedded_ids(embedder.name) and len(index) == count(Chunk)
    with read_scope() as s:
        query = select(Chunk.id, MemoryVector.vector).join(MemoryVector, MemoryVector.id == Chunk.vector_id)
        stored = dict(s.execute(query).all())
    for chunk_id in sorted(stored)[
        :30
    ]:  # every id carries its own chunk's vector (no stale vector under a reused id)
        [(found, score)] = index.search(bytes_to_vector(stored[chunk_id], embedder.dim), 1)
        assert score == pytest.approx(1.0, abs=1e-4) and stored[found] == stored[chunk_id]
    assert service.rebuild_index()["vectors"] == len(index)


class _Embeddings(BaseHTTPRequestHandler):
    """An OpenAI-compatible /v1/embeddings that rejects any input containing FAILME, and everything while `down`."""

    down = False

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        if self.down or any("FAILME" in text for text in inputs):
            status, answer = 400, {"error": {"message": "input rejected", "type": "invalid_request_error"}}
        else:
            vectors = [get_embedder("hash").embed([text])[0][:32].tolist() for text in inputs]
            status, answer = (
                200,
                {
                    "object": "list",
                    "model": body["model"],
                    "usage": {"prompt_tokens": 1, "total_tokens": 1},
                    "data": [
                        {"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)
                    ],
                },
            )
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def embeddings_server(monkeypatch):  # type: ignore[no-untyped-def]
    """The `_Embeddings` server on loopback, configured as the OpenAI embedder."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Embeddings)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("MIRANO_EMBEDDER", "openai")
    monkeypatch.setenv("MIRANO_EMBEDDING_MODEL", "fake-embed")
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    reset_settings()
    yield _Embeddings
    _Embeddings.down = False
    server.shutdown()


def test_one_failing_chunk_is_recorded_and_skipped(seeded, embeddings_server) -> None:
    edit(seeded, "chatwoot", {"conversation_id": 201, "content": "FAILME: this text cannot be embedded."})
    sync_all()
    result = run("memory.build")
    assert result.status == "ok" and "1 chunk(s) failed to embed and were skipped" in result.reason
    with read_scope() as s:
        failed = list(s.scalars(select(Chunk).where(Chunk.embed_status == "failed")))
    assert [c.text for c in failed] == ["FAILME: this text cannot be embedded."]
    assert "input rejected" in failed[0].embed_error
    assert count(Chunk, Chunk.embed_status == "embedded") == count(Chunk) - 1


def test_failed_chunks_are_tried_again_by_later_builds_then_given_up(seeded, embeddings_server) -> None:
    edit(seeded, "chatwoot", {"conversation_id": 201, "content": "FAILME: this text cannot be embedded."})
    sync_all()
    assert get_embedder().dim == 32  # learnt from one call while up (a known model's size is in a table)
    embeddings_server.down = True
    outage = build_memory(1000)
    total = count(Chunk)
    assert outage.failed == total and outage.embedded == total + 3  # one batch call, then 3 single tries
    with read_scope() as s:
        reasons = list(s.scalars(select(Chunk.embed_error)))
    assert sum(r.startswith("not tried: the first 3 texts failed too") for r in reasons) == total - 3

    embeddings_server.down = False
    back = build_memory(1000)
    assert (back.chunks, back.retried, back.recovered) == (0, total, total - 1)
    assert count(Chunk, Chunk.embed_status == "embedded") == total - 1
    assert len(store.open_index(get_embedder())) == total - 1
    with read_scope() as s:  # the one that still fails is found by its words
        failing = s.scalars(select(Chunk.id).where(Chunk.embed_status == "failed")).one()
        assert [chunk_id for chunk_id, _ in keyword_hits(s, "FAILME", None, 5)] == [failing]

    third = run("memory.build")
    assert "1 earlier failure(s) tried again, 0 now embedded" in third.reason
    with read_scope() as s:
        given_up = s.scalars(select(Chunk).where(Chunk.embed_status == "failed")).one()
    assert given_up.embed_attempts == 3 and given_up.embed_error.startswith("gave up after 3 tries: ")
    assert (run("memory.build").status, build_memory(1000).retried) == ("skipped", 0)


def test_search_merges_semantic_and_keyword_and_filters_by_project(seeded) -> None:
    sync_all()
    run("memory.build")
    hits = service.search("смета до пятницы", project="alfa-stroy", k=5)
    assert hits and all(h["project"] == "alfa-stroy" for h in hits)
    top = hits[0]
    assert "смет" in top["text"] and top["semantic"] is not None and top["keyword"] is not None
    assert {"source", "object_type", "author", "time", "external_id", "url", "chunk_id", "demo"} <= set(top)
    english = service.search("login bug fix", k=5)
    assert english[0]["project"] == "northwind" and "login" in english[0]["text"].lower()
    assert not any(
        h["project"] == "northwind" for h in service.search("login bug", project="alfa-stroy", k=5)
    )


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """`mirano …` in a fresh process (no index cached), as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "pipeline.cli.main", *args]
    return subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def _damage(part: str) -> None:
    """`truncate -s 0` the base file, or cut the log's last record short."""
    path = store.index_path(get_embedder().name)
    if part == "base":
        os.truncate(path, 0)
    else:
        log = path.with_name(path.name + ".log")
        os.truncate(log, log.stat().st_size - 10)


@pytest.mark.parametrize("part", ["base", "log"])
def test_an_unreadable_index_file_is_rebuilt_from_the_stored_vectors_and_says_so(seeded, part) -> None:
    sync_all()
    run("memory.build")
    message = next(
        d for d in documents(source="chatwoot") if d.content == "I will send the invoice tomorrow."
    )
    edit(
        seeded,
        "chatwoot",
        {"message_id": int(message.external_id.split(":")[1]), "content": "Invoice on Friday."},
    )
    run("ingest.chatwoot")
    assert run("memory.build").status == "ok"  # a second commit: appended to the log
    embedded = store.embedded_ids(get_embedder().name)

    _damage(part)
    found = _cli("search", "invoice", "--json")
    assert found.returncode == 0, found.stdout + found.stderr
    assert json.loads(found.stdout) and "Error" not in found.stderr
    healed = service.memory_status()["index"]
    assert healed["consistent"] and healed["healed"]["note"].startswith("the vector index could not be read")

    _damage("base")  # the heal wrote a new base and an empty log
    store.forget_indexes()  # a worker process starting the next build
    build = run("memory.build")
    assert build.status == "skipped" and "warning: the vector index could not be read" in build.reason
    assert store.open_index(get_embedder()).ids() == embedded

    _damage("base")
    store.forget_indexes()
    assert service.rebuild_index()["vectors"] == len(embedded)  # never reads the damaged file
    assert service.memory_status()["index"]["healed"] is None  # an explicit rebuild clears the warning
