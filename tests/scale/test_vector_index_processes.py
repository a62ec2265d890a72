"""The FAISS index with several processes on one PostgreSQL database.

Two writer processes build memory at once and a reader process searches meanwhile: one writer at a time (no save
drops another's vectors), the reader reloads when a writer saved, the file ends up holding exactly what the
database says is embedded, and it can be rebuilt from the database alone with the same search results.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline.config import reset_settings
from pipeline.db import read_scope, session_scope
from pipeline.memory import store
from pipeline.memory.chunking import content_hash
from pipeline.memory.embedders import get_embedder
from pipeline.memory.projects import ensure_project
from pipeline.memory.vector_index import VectorIndex, bytes_to_vector
from pipeline.models.memory import Chunk, Document, MemoryVector

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import json, sys
from pipeline.memory.build import build_memory
per_build, once = int(sys.argv[1]), sys.argv[2] == "once"
totals = {"chunks": 0, "embedded": 0, "builds": 0}
print("ready", flush=True)
sys.stdin.readline()  # every writer starts at the same moment
while True:
    result = build_memory(per_build)
    totals["chunks"] += result.chunks
    totals["embedded"] += result.embedded
    totals["builds"] += 1
    if once or not result.chunks:
        break
print(json.dumps(totals))
"""

READER = """
import json, sys
from pipeline.memory import store
from pipeline.memory.embedders import get_embedder
embedder = get_embedder()
for _ in sys.stdin:
    print(json.dumps(sorted(store.open_index(embedder).ids())), flush=True)
"""

NAMES = ("Анна", "Олег", "Мария", "Пётр", "Елена", "Игорь", "Дмитрий", "Ольга", "Сергей", "Наталья", "Павел")
ASKS = (
    "прислать счёт",
    "перенести созвон",
    "обновить смету",
    "согласовать макет",
    "проверить договор",
    "ускорить поставку",
    "вернуть предоплату",
    "поменять подрядчика",
    "добавить этаж",
    "сдвинуть сроки",
)


def python(code: str, *args: str, data_dir: Path | None = None, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if data_dir is not None:  # another machine: same database, its own FAISS file
        env["MIRANO_DATA_DIR"] = str(data_dir)
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env, text=True, **kwargs)


class Reader:
    """A process that only searches: on every request it opens the index (reloading it if a writer saved) and
    answers with the chunk ids it holds."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.proc = python(READER, data_dir=data_dir, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def ids(self) -> set[int]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("ids\n")
        self.proc.stdin.flush()
        return set(json.loads(self.proc.stdout.readline()))

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(30)


def build(started: list[subprocess.Popen], *writers: tuple[int, str]) -> list[subprocess.Popen]:
    """Start writer processes ((chunks per build, "once" or "all") each) at the same moment; added to `started`."""
    procs = [
        python(WRITER, str(n), mode, stdin=subprocess.PIPE, stdout=subprocess.PIPE) for n, mode in writers
    ]
    started += procs
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    return procs


def test_faiss_two_writers_and_a_reader_stay_consistent_and_the_index_rebuilds_from_the_database(
    pg, tmp_path, monkeypatch
):
    monkeypatch.setenv(
        "MIRANO_MEMORY_VECTOR_STORE", "faiss"
    )  # the server has pgvector: keep FAISS files here
    reset_settings()
    store.forget_indexes()
    texts = [f"{NAMES[i % 11]} просит {ASKS[i % 10]} к {i % 28 + 1} числу, заявка {i}" for i in range(400)]
    with session_scope() as s:
        project = ensure_project(s, "load", "Нагрузка", True)
        s.add_all(
            Document(
                project_id=project.id,
                source="chatwoot",
                object_type="message",
                external_id=f"m:{i}",
                content=text,
                content_hash=content_hash(text),
            )
            for i, text in enumerate(texts)
        )
    embedder = get_embedder()
    reader, started = Reader(), []
    try:
        assert reader.ids() == set()

        # One writer commits a first part: the reader, which loaded the empty index, now sees exactly those vectors.
        [first] = build(started, (100, "once"))
        assert json.loads(first.communicate(timeout=60)[0])["embedded"] == 100
        part = store.embedded_ids(embedder.name)
        assert len(part) == 100 and reader.ids() == part

        writers = build(
            started, (10, "all"), (10, "all")
        )  # two writers at once, 10 chunks per lock hold, until done
        seen = []
        while any(w.poll() is None for w in writers):
            seen.append(reader.ids())
        done = [json.loads(w.communicate(timeout=60)[0]) for w in writers]
        assert all(d["embedded"] > 0 for d in done), done  # both wrote, taking turns
        assert sum(d["embedded"] for d in done) == 300  # each text embedded once, by one of them
        # No save ever dropped another writer's vectors: each version the reader saw holds all of the one before.
        assert all(earlier <= later for earlier, later in zip(seen, seen[1:], strict=False))
        print(f"writers {done}; the reader saw {len({len(ids) for ids in seen})} versions while they worked")

        embedded = store.embedded_ids(embedder.name)
        with read_scope() as s:
            assert s.scalar(select(func.count()).select_from(Chunk)) == len(embedded) == 400
            assert s.scalar(select(func.count()).select_from(MemoryVector)) == 400
            vectors = select(Chunk.id, MemoryVector.vector).join(
                MemoryVector, MemoryVector.id == Chunk.vector_id
            )
            stored = dict(s.execute(vectors).all())
        path = store.index_path(embedder.name)
        on_disk = VectorIndex.open(path, embedder.dim)  # the file as the writers left it, not reconciled
        assert on_disk.ids() == embedded == reader.ids()
        for chunk_id in sorted(stored)[::20]:
            [(found, score)] = on_disk.search(bytes_to_vector(stored[chunk_id], embedder.dim), 1)
            assert found == chunk_id and score == pytest.approx(1.0, abs=1e-4)

        queries = embedder.embed(["прислать счёт", "Ольга сдвинуть сроки", "заявка 123", "договор"])
        before = [on_disk.search(q, 5) for q in queries]
        path.unlink()
        on_disk.meta_path.unlink()
        store.forget_indexes()
        assert store.rebuild(embedder) == 400  # from the vectors stored in the database, without embedding
        rebuilt = VectorIndex.open(path, embedder.dim)
        after = [rebuilt.search(q, 5) for q in queries]
        assert [[(i, round(x, 5)) for i, x in hits] for hits in after] == [
            [(i, round(x, 5)) for i, x in hits] for hits in before
        ]
        assert reader.ids() == embedded  # the reader picked up the rebuilt file

        # Another machine (its own data dir, no FAISS file yet) searching the same database: its index is filled
        # from the vectors stored in the database, and follows new builds without building anything itself.
        elsewhere = Reader(data_dir=tmp_path / "machine-b")
        started.append(elsewhere.proc)
        assert elsewhere.ids() == embedded
        with session_scope() as s:
            s.add(
                Document(
                    project_id=project.id,
                    source="chatwoot",
                    object_type="message",
                    external_id="m:late",
                    content="Анна просит прислать акт",
                    content_hash=content_hash("Анна просит прислать акт"),
                )
            )
        [late] = build(started, (10, "once"))
        assert json.loads(late.communicate(timeout=60)[0])["embedded"] == 1
        assert elsewhere.ids() == store.embedded_ids(embedder.name) and len(elsewhere.ids()) == 401
        elsewhere.close()
    finally:
        for proc in started:
            if proc.poll() is None:
                proc.kill()
        reader.close()
        store.forget_indexes()
