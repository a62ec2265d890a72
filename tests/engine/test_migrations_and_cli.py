"""Schema upgrades keep a user's rows; the CLI speaks JSON and the contract's exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from pipeline.db import get_engine
from pipeline.migrate import alembic_config, current_revision, upgrade

ROOT = Path(__file__).resolve().parents[2]


def test_upgrade_from_the_first_revision_keeps_existing_rows(_isolated_env):
    upgrade("0001")
    with get_engine().begin() as conn:
        conn.execute(
            text("INSERT INTO settings (key, value, updated_at) VALUES ('economy', 'true', '2026-11-01')")
        )
        conn.execute(
            text(
                'INSERT INTO runs (job, scope, status, trigger, started_at, "limit", processed, embeddings, llm_calls,'
                " tokens, source_calls, cost_usd, economy) VALUES ('memory.build', 'global', 'ok', 'schedule',"
                " '2026-11-01 10:00:00', 10, 7, 7, 0, 0, 0, 0.1, 0)"
            )
        )
    upgrade("head")
    assert current_revision() != "0001"
    with get_engine().begin() as conn:
        assert conn.execute(text("SELECT processed FROM runs WHERE job='memory.build'")).scalar() == 7
        assert conn.execute(text("SELECT count(*) FROM settings")).scalar() == 1


def test_memory_upgrade_keeps_chunks_searchable_and_can_go_back(_isolated_env):
    upgrade("0003")
    with get_engine().begin() as conn:
        conn.execute(text("INSERT INTO memory_projects VALUES (1, 'p', 'P', 1, '2026-11-01')"))
        conn.execute(
            text(
                "INSERT INTO memory_documents (id, project_id, source, object_type, external_id, content, "
                "content_hash, private, meta, imported_at, updated_at, version) VALUES (1, 1, 'chatwoot', "
                "'message', 'message:1', 'смета до пятницы', 'h', 0, '{}', '2026-11-01', '2026-11-01', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO memory_chunks (id, document_id, project_id, position, text, content_hash, "
                "embed_status, embed_error, created_at) VALUES (1, 1, 1, 0, 'смета до пятницы', 'h', 'failed', "
                "'timeout', '2026-11-01')"
            )
        )
    upgrade("head")
    fts = "SELECT rowid FROM memory_chunks_fts WHERE memory_chunks_fts MATCH 'смета'"
    with get_engine().begin() as conn:
        assert conn.execute(text("SELECT embed_attempts FROM memory_chunks")).scalar() == 0  # tries left
        terms = (
            "SELECT rowid FROM memory_chunks_fts WHERE memory_chunks_fts MATCH 'смет'"  # lemmas since 0022
        )
        assert conn.execute(text(terms)).scalars().all() == [1]
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        assert sorted(triggers) == ["memory_chunks_fts_ad", "memory_chunks_fts_au"]  # inserts: in bulk
    command.downgrade(alembic_config(), "0003")
    with get_engine().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO memory_chunks (id, document_id, project_id, position, text, content_hash, "
                "embed_status, created_at) VALUES (2, 1, 1, 1, 'смета готова', 'h2', 'pending', '2026-11-01')"
            )
        )
        assert conn.execute(text(fts)).scalars().all() == [1, 2]  # the 0003 insert trigger is back
    upgrade("head")
    assert current_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def mirano(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_init_jobs_run_runs_economy_with_json(_isolated_env):
    init = mirano("init", "--json")
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["revision"] is not None

    jobs = json.loads(mirano("jobs", "--json").stdout)
    assert {
        "name",
        "class",
        "scope",
        "status",
        "last_success_at",
        "processed",
        "reason",
        "next_run_at",
        "cost_today_usd",
    } <= set(jobs[0])

    eco = mirano("economy", "on", "--json")
    assert eco.returncode == 0 and json.loads(eco.stdout)["on"] is True
    assert json.loads(mirano("runs", "--json").stdout) == []


def test_cli_bad_input_exits_2_with_a_one_line_reason(_isolated_env):
    before_init = mirano("jobs")  # a fresh data dir: a sentence saying what to do, not a traceback
    assert before_init.returncode == 1 and "Traceback" not in before_init.stderr
    assert before_init.stderr.strip().endswith("run `mirano init` first")
    assert mirano("init").returncode == 0
    unknown = mirano("run", "no.such.job", "--json")
    assert unknown.returncode == 2 and "unknown job 'no.such.job'" in json.loads(unknown.stdout)["error"]
    bad = mirano("economy", "maybe")
    assert bad.returncode == 2 and bad.stderr.strip().startswith("error: state:")
    budget = mirano("budget", "gpus", "3", "--json")
    assert budget.returncode == 2 and "unknown budget kind" in json.loads(budget.stdout)["error"]


def test_first_run_seeds_the_demo_even_after_a_command_left_an_empty_database(_isolated_env):
    """`make run` runs `init --demo-if-new`: a `mirano jobs` typed before it (which fails, asking for init) must not
    turn the first start into one without the demo; a later start adds nothing."""
    assert mirano("jobs").returncode == 1
    first = json.loads(mirano("init", "--demo-if-new", "--json").stdout)
    assert first["revision_before"] is None and first["demo_seeded"] == ["checks", "memory"]
    again = json.loads(mirano("init", "--demo-if-new", "--json").stdout)
    assert again["demo_seeded"] == []
