"""No transaction stays open across slow work: a memory build embeds, and extraction waits on its model, with no
write lock held, so other writers and the run's own heartbeats never wait on them.

The build runs as the real `memory.build` job in another process with the real local model over a few hundred
documents (several seconds of embedding on these machines); this process writes meanwhile and measures each wait.
The lease is short, so a heartbeat stuck behind the build's own transaction would get the live run reaped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from pipeline.config import reset_settings
from pipeline.db import read_scope, session_scope
from pipeline.engine import costs
from pipeline.memory.chunking import content_hash
from pipeline.models import Run
from pipeline.models.memory import Document, Project
from pipeline.service import engine as service

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = 600
PHRASE = (
    "the client asked for the revised estimate before the steering meeting and the contractor promised "
    "to send the updated drawings together with the invoice for the second stage of the works"
)
WORDS = PHRASE.split()

BUILD = """
import pipeline.service.domains  # the composition root registers the jobs, as in every Mirano process
from pipeline.engine.runs import request_run
answer = request_run("memory.build", "global", trigger="test")
print(answer.run_id, flush=True)
"""


def seed_documents(n: int) -> None:
    """n distinct pending documents of one active project (about 100 words each: one chunk apiece)."""
    with session_scope() as s:
        s.add(Project(slug="bulk", name="Bulk", active=True))
        s.flush()
        project_id = s.scalar(select(Project.id).where(Project.slug == "bulk"))
        rows = []
        for i in range(n):
            words = [WORDS[(i * 7 + j) % len(WORDS)] for j in range(100)] + [f"item{i}"]
            content = " ".join(words)
            rows.append(
                {
                    "project_id": project_id,
                    "source": "chatwoot",
                    "object_type": "message",
                    "external_id": f"bulk:{i}",
                    "content": content,
                    "content_hash": content_hash(content),
                }
            )
        s.execute(insert(Document), rows)


def building() -> bool:
    """True while a memory.build run is running (the writes measured before it started do not count)."""
    with read_scope() as s:
        return s.scalar(select(Run.id).where(Run.job == "memory.build", Run.status == "running")) is not None


def write_wait() -> float:
    """Seconds one short write transaction from this process waited for the write lock and committed."""
    started = time.monotonic()
    costs.set_economy(False)
    return time.monotonic() - started


@pytest.mark.slow
def test_writers_and_heartbeats_do_not_wait_while_a_build_embeds_with_the_real_model(db, monkeypatch) -> None:
    seed_documents(DOCUMENTS)
    monkeypatch.setenv("MIRANO_LEASE_SECONDS", "3")  # this process reaps with the same lease length
    reset_settings()
    env = {
        **os.environ,
        "MIRANO_EMBEDDER": "local",
        "MIRANO_LEASE_SECONDS": "3",
        "MIRANO_HEARTBEAT_SECONDS": "0.5",
        "MIRANO_MEMORY_EMBED_BATCH": "32",
    }
    builder = subprocess.Popen(
        [sys.executable, "-c", BUILD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    waits: list[float] = []
    reaped_here: list[str] = []
    try:
        deadline = time.monotonic() + 240
        while builder.poll() is None and time.monotonic() < deadline:
            wait = write_wait()
            if building():
                waits.append(wait)
            for job in service.list_jobs():  # reaps expired leases, as every dashboard refresh does
                if job["name"] == "memory.build" and job["reason"] and "worker lost" in job["reason"]:
                    reaped_here.append(job["reason"])
            time.sleep(0.2)
        out, err = builder.communicate(timeout=60)
    finally:
        if builder.poll() is None:
            builder.kill()
    assert builder.returncode == 0, err
    with read_scope() as s:
        run = s.get(Run, int(out.split()[0]))
        assert run is not None
        status, reason, processed = run.status, run.reason, run.processed
    print(f"{len(waits)} writes during the build, longest wait {max(waits, default=0):.3f} s")
    assert not reaped_here, reaped_here
    assert (status, processed) == ("ok", DOCUMENTS), reason
    assert max(waits, default=0) < 1.5, f"a write waited {max(waits):.1f} s behind the build"
    assert len(waits) >= 10, f"the build took too little time to measure ({len(waits)} writes)"


class _SlowLLM(BaseHTTPRequestHandler):
    """An OpenAI-compatible chat endpoint that takes LLM_SECONDS to answer "no entities"."""

    calls = threading.Event()

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        type(self).calls.set()
        time.sleep(LLM_SECONDS)
        message = {"role": "assistant", "content": json.dumps({"entities": []})}
        payload = json.dumps(
            {
                "id": "c1",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


LLM_SECONDS = 3.0


def test_a_write_does_not_wait_while_extraction_waits_on_a_slow_llm(seeded, monkeypatch) -> None:
    from pipeline.memory.extract import extract_memory
    from tests.memory.helpers import run, sync_all

    sync_all()
    assert run("memory.build").status == "ok"
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowLLM)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    reset_settings()
    try:
        extraction = threading.Thread(target=extract_memory, args=(5,))
        extraction.start()
        assert _SlowLLM.calls.wait(30), "the extractor never called the model"
        wait = write_wait()  # while the model call is in flight
        extraction.join(60)
    finally:
        server.shutdown()
    assert wait < 1.0, f"a write waited {wait:.1f} s behind the extraction's model call"
