"""Conversation threads in <data_dir>/assistant.db, and `mirano ask`."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from typer.testing import CliRunner

import agent
from agent import assistant
from pipeline.cli import app
from pipeline.config import get_settings
from pipeline.people.identity import acting_as, cli_user


def test_threads_live_in_their_own_file_and_survive_a_restart(engine_runs: dict[str, Any]) -> None:
    agent.ask("What is the status of agenttest.sync?", thread_id="keep")
    path = get_settings().data_dir / "assistant.db"
    assert path.exists()
    main = sqlite3.connect(get_settings().data_dir / "mirano.db")
    assert not main.execute("SELECT name FROM sqlite_master WHERE name LIKE 'checkpoint%'").fetchall()
    assistant._graphs.clear()  # as a new process would: a fresh connection to the same file
    follow = agent.ask("and agenttest.idle?", thread_id="keep")
    assert "nothing new" in follow["answer"]
    threads = sqlite3.connect(path).execute("SELECT DISTINCT thread_id FROM checkpoints").fetchall()
    assert (assistant.person_thread(cli_user(), "keep"),) in threads  # one person's thread "keep"


def test_threads_do_not_share_history(engine_runs: dict[str, Any]) -> None:
    agent.ask("What is the status of agenttest.sync?", thread_id="a")
    assert "did not understand" in agent.ask("and?", thread_id="b")["answer"]
    assert "agenttest.sync" in agent.ask("and?", thread_id="a")["answer"]


def test_two_people_on_one_thread_name_do_not_share_history(engine_runs: dict[str, Any]) -> None:
    """Threads are per person: Bob's "default" is not Anna's, on the dashboard and the CLI alike."""
    with acting_as("anna@example.com"):
        agent.ask("What is the status of agenttest.sync?", thread_id="default")
    with acting_as("bob@example.com"):
        assert "did not understand" in agent.ask("and?", thread_id="default")["answer"]
    with acting_as("anna@example.com"):
        assert "agenttest.sync" in agent.ask("and?", thread_id="default")["answer"]


def test_mirano_ask_json_and_human(engine_runs: dict[str, Any]) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["ask", "Почему упал agenttest.broken?", "--thread", "cli", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["mode"] == "offline" and data["language"] == "ru" and data["thread_id"] == "cli"
    assert {"kind": "run", "id": engine_runs["broken"], "label": f"запуск #{engine_runs['broken']}"} in data[
        "cited"
    ]
    assert "offline" in data["mode_label"]
    human = runner.invoke(app, ["ask", "How much did we spend this week?"])
    assert human.exit_code == 0 and "Over the last 7 days" in human.stdout
    assert "[assistant: offline (deterministic model, no LLM)" in human.stdout
    assert "· intent cost_period (" in human.stdout
    bad = runner.invoke(app, ["ask", "   ", "--json"])
    assert bad.exit_code == 2 and json.loads(bad.stdout)["error"] == "question: empty"
