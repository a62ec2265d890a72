"""Cancelling a memory build with the real local model, in its own process: it stops between embedding batches,
writes no half commit (no chunk, no FAISS entry), keeps the vectors it made, and the next build embeds none of them
again; the run ends cancelled with who and when."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline.db import read_scope
from pipeline.models import Run
from pipeline.models.memory import Chunk, Document, MemoryVector
from pipeline.service import control
from pipeline.service import engine as service
from tests.memory.test_build_concurrency import BUILD, seed_documents

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = 300


def count(model: type, *where: object) -> int:
    with read_scope() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def build_process() -> subprocess.Popen:
    env = {**os.environ, "MIRANO_EMBEDDER": "local", "MIRANO_MEMORY_EMBED_BATCH": "16"}
    return subprocess.Popen(
        [sys.executable, "-c", BUILD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_a_cancelled_build_leaves_index_and_database_consistent_and_the_next_embeds_nothing_twice(db) -> None:
    seed_documents(DOCUMENTS)
    builder = build_process()
    try:
        deadline = time.monotonic() + 120
        running = None
        while running is None and builder.poll() is None:  # cancel once the first texts are embedded
            assert time.monotonic() < deadline, "the build never embedded anything"
            running = service.running_run("memory.build")
            if running and not any(e["kind"] == "batch" for e in control.show_run(running["id"])["events"]):
                running = None
            time.sleep(0.02)
        assert running is not None, builder.communicate()[1][-2000:]
        answer = control.cancel_run(running["id"], "ana")
        assert "cancelling" in answer["message"]
        out, err = builder.communicate(timeout=240)
    finally:
        if builder.poll() is None:
            builder.kill()
    assert builder.returncode == 0, err

    run = service.get_run(running["id"])
    assert run["status"] == "cancelled" and run["reason"].startswith("cancelled by ana at "), run["reason"]
    kept = count(MemoryVector)
    assert 0 < kept < DOCUMENTS  # it stopped between batches, keeping what it had embedded
    assert count(Chunk) == 0  # no half commit: not a chunk written …
    assert count(Document, Document.chunked_hash.is_not(None)) == 0  # … nor a document marked done
    assert run["cost"]["embeddings"] == kept

    again = build_process()
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    with read_scope() as s:
        second = s.get(Run, int(out.split()[0]))
        assert second is not None
        status, reason, embeddings = second.status, second.reason, second.embeddings
    assert status == "ok", reason
    assert f"{DOCUMENTS - kept} embedded, {kept} reused" in reason
    assert embeddings == DOCUMENTS - kept  # every text embedded exactly once across both builds
    assert count(MemoryVector) == DOCUMENTS and count(Chunk) == DOCUMENTS
