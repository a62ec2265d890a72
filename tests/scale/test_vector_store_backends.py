"""The vector layer's behaviour on both back ends: FAISS files on SQLite, pgvector rows on PostgreSQL (the bundled
PostgreSQL 18 with pgvector). Build, search, the project filter, deletion, a process killed mid-commit and two
processes building at once give the same answers; on PostgreSQL no FAISS file is written and the rows commit with
their chunks. Then what is PostgreSQL-only: the migration moving stored vectors in, a role that may not create the
extension, and the memory page saying where vectors live.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import get_settings, reset_settings
from pipeline.db import dispose_engines, read_scope, session_scope
from pipeline.memory import pg_vectors, store
from pipeline.memory.build import build_memory
from pipeline.memory.chunking import content_hash
from pipeline.memory.embedders import get_embedder
from pipeline.memory.projects import ensure_project
from pipeline.memory.search import search, semantic_hits
from pipeline.models.memory import Document

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
TEXTS = {
    "alfa": [f"Анна просит обновить смету фасада, заявка {i}" for i in range(30)],
    "beta": ["Олег: поставка окон сдвинута на пятницу", "Мария просит вернуть предоплату за кровлю"],
}


@pytest.fixture(params=["sqlite", "pgvector"])
def backend(request: pytest.FixtureRequest) -> str:
    store.forget_indexes()
    request.getfixturevalue("db" if request.param == "sqlite" else "pg")
    assert pg_vectors.enabled() == (request.param == "pgvector")
    yield request.param
    store.forget_indexes()


def add_documents(texts: dict[str, list[str]]) -> None:
    with session_scope() as s:
        for slug, bodies in texts.items():
            project = ensure_project(s, slug)
            s.add_all(
                Document(
                    project_id=project.id,
                    source="chatwoot",
                    object_type="message",
                    external_id=f"{slug}:{i}",
                    content=body,
                    content_hash=content_hash(body),
                )
                for i, body in enumerate(bodies)
            )


def vector_layer_ids() -> set[int]:
    return store.open_index(get_embedder()).ids()


def faiss_files() -> list[Path]:
    return sorted((get_settings().data_dir / "memory").glob("chunks-*.faiss*"))


def test_build_search_filter_and_delete_on_both_back_ends(backend: str) -> None:
    add_documents(TEXTS)
    assert build_memory(100).chunks == 32
    assert vector_layer_ids() == store.embedded_ids("hash") and len(vector_layer_ids()) == 32
    assert bool(faiss_files()) == (backend == "sqlite")  # pgvector: no file, the rows are the index

    hits = search("поставка окон", k=3)
    assert hits[0]["project"] == "beta" and "поставка окон" in hits[0]["text"]
    # the project filter inside the query: a project of 2 chunks among 32 still gets its own nearest first
    with read_scope() as s:
        beta = ensure_project(s, "beta").id
    own = semantic_hits("смета фасада", beta, 4)
    assert len(own) == 2 and all(h["project"] == "beta" for h in search("смета фасада", project="beta", k=4))

    with session_scope() as s:  # an edited document: its old chunk and vector go, the new one comes
        doc = s.query(Document).filter_by(external_id="beta:0").one()
        doc.content = "Олег: поставка дверей отменена"
        doc.content_hash = content_hash(doc.content)
    build_memory(100)
    assert vector_layer_ids() == store.embedded_ids("hash") and len(vector_layer_ids()) == 32
    assert "дверей" in search("поставка дверей", project="beta", k=1)[0]["text"]
    assert not any("окон" in h["text"] for h in search("поставка окон", project="beta", k=4))


CRASHER = """
import os
from pipeline.memory import build
real = build.store.note_change
def crash_after_vectors(s, name):  # the vectors are written (FAISS file saved / rows inserted), not committed
    real(s, name)
    s.flush()
    os._exit(3)
build.store.note_change = crash_after_vectors
build.build_memory(100)
"""


def python(code: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE
    )


def test_a_process_killed_mid_commit_loses_and_duplicates_nothing(backend: str) -> None:
    add_documents(TEXTS)
    crashed = python(CRASHER)
    assert crashed.wait(60) == 3
    assert store.embedded_ids("hash") == set()  # the commit never happened
    if backend == "pgvector":
        with read_scope() as s:
            assert pg_vectors.count(s, "hash") == (0, 0)  # its rows went with it
    result = build_memory(100)
    assert result.chunks == 32 and vector_layer_ids() == store.embedded_ids("hash")
    assert search("вернуть предоплату", k=1)[0]["project"] == "beta"


WRITER = """
import json, sys
from pipeline.memory.build import build_memory
print("ready", flush=True)
sys.stdin.readline()
chunks = 0
while True:
    done = build_memory(5).chunks
    chunks += done
    if not done:
        break
print(json.dumps(chunks))
"""


def test_two_processes_building_at_once_embed_each_text_once(backend: str) -> None:
    add_documents(TEXTS)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    try:
        for w in writers:
            assert w.stdout is not None and w.stdout.readline().strip() == "ready"
        for w in writers:
            assert w.stdin is not None
            w.stdin.write("go\n")
            w.stdin.flush()
        done = [json.loads(w.communicate(timeout=120)[0]) for w in writers]
    finally:
        for w in writers:
            if w.poll() is None:
                w.kill()
    assert sum(done) == 32
    assert vector_layer_ids() == store.embedded_ids("hash") and len(vector_layer_ids()) == 32


def test_migration_moves_stored_vectors_into_postgres(pg, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database built with FAISS files (before pgvector): upgrading moves every stored vector into the table."""
    from pipeline.migrate import upgrade

    store.forget_indexes()
    from alembic import command

    from pipeline.migrate import alembic_config

    # built by today's code with FAISS (the schema it reads), then taken back to the revision before pgvector
    monkeypatch.setenv("MIRANO_MEMORY_VECTOR_STORE", "faiss")
    reset_settings()
    store.forget_indexes()
    add_documents(TEXTS)
    assert build_memory(100).chunks == 32 and faiss_files()  # FAISS while the table is not used
    before = search("поставка окон", k=3)
    command.downgrade(alembic_config(), "0016")  # the revision before pgvector: no vector table
    monkeypatch.delenv("MIRANO_MEMORY_VECTOR_STORE")
    reset_settings()
    store.forget_indexes()
    assert not pg_vectors.enabled()
    upgrade()
    store.forget_indexes()
    assert pg_vectors.enabled() and vector_layer_ids() == store.embedded_ids("hash")
    after = search("поставка окон", k=3)
    assert after[0]["chunk_id"] == before[0]["chunk_id"]  # the rest tie (заявка 6, заявка 8): equal scores
    assert [round(h["semantic"], 4) for h in after] == [round(h["semantic"], 4) for h in before]


def test_a_role_that_may_not_create_the_extension_keeps_faiss_and_is_told_what_to_run(pg_server) -> None:
    """`mirano init` as a role without the right: FAISS files, one line naming the statement; the memory page
    says vectors stay in FAISS."""
    import psycopg

    from pipeline.service.memory import memory_status
    from pipeline.setup import init

    with psycopg.connect(
        f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres", autocommit=True
    ) as c:
        c.execute("CREATE ROLE plain LOGIN")
        c.execute("CREATE DATABASE plain_db OWNER plain")
    os.environ["MIRANO_DATABASE_URL"] = f"postgresql+psycopg://plain@127.0.0.1:{pg_server.port}/plain_db"
    try:
        dispose_engines()
        reset_settings()
        store.forget_indexes()
        result = init()
        assert (result["vector_store"], result["vector_store_note"]) == ("faiss", "refused")
        index = memory_status()["index"]
        assert (index["store"], index["store_note"]) == ("faiss", "no_pgvector")
        from typer.testing import CliRunner

        from pipeline.cli import app

        out = CliRunner().invoke(app, ["init"], env={"MIRANO_LANG": "en"}).output
        assert "an administrator must run: CREATE EXTENSION vector;" in out
    finally:
        os.environ.pop("MIRANO_DATABASE_URL", None)
        dispose_engines()
        reset_settings()
        store.forget_indexes()
