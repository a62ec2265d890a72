"""Every command, every input: one line naming the field, exit 2 for bad input and 1 for failures, and under
--json the error as one JSON document on stdout (usage errors too). Each case runs `mirano` as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HUGE = "99999999999999999999"  # beyond SQLite's 64-bit integers


def mirano(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pipeline.cli.main", *args]
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(command, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout)


def assert_one_line(
    result: subprocess.CompletedProcess[str], code: int, field: str | None, as_json: bool
) -> str:
    """The contract's error: exit code, one line (or one JSON document) naming the field; returns the message."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "╭" not in result.stderr + result.stdout
    if as_json:
        document = json.loads(result.stdout)
        if field is not None:
            assert document.get("field") == field or document["error"].startswith(f"{field}:"), document
        return document["error"]
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and (field is None or field in line), line
    return line


CASES = [
    (("runs", "--limit", "0"), "--limit"),
    (("run",), "job"),
    (("runs", "--nope"), "--nope"),
    (("actions", "preview", HUGE), "action-id"),
    (("report", HUGE), "job-id"),
    (("budget", "embeddings", "nan"), "limit"),
    (("budget", "usd", "inf"), "limit"),
    (("run", "memory.build", "--scope", "no-such-project"), "scope"),
    (("run", "memory.build", "--wait", "--timeout", "-5"), "--timeout"),
    (("check", "ул. Тверская, 1", "--wait", "--timeout", "-5"), "--timeout"),
    (("search", os.fsdecode(b"\xff\xfe")), "query"),  # bytes the shell passed that are not UTF-8
    (("bind", os.fsdecode(b"caf\xe9"), "chatwoot", "inbox:1"), "project"),
]


@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
@pytest.mark.parametrize(("args", "field"), CASES, ids=[" ".join(c[0])[:40] for c in CASES])
def test_bad_input_is_one_line_naming_the_field_with_exit_2(db, args, field, as_json) -> None:
    result = mirano(*args, *(["--json"] if as_json else []))
    assert_one_line(result, 2, field, as_json)


def test_refused_budgets_are_not_stored(db) -> None:
    assert mirano("budget", "embeddings", "nan").returncode == 2
    assert mirano("budget", "usd", "inf").returncode == 2
    shown = mirano("budget", "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["budgets"] == {}  # valid JSON, nothing stored
    assert mirano("budget", "usd", "2.5", "--json").returncode == 0


@pytest.mark.parametrize("state", ["uninitialised", "damaged", "unreachable"])
@pytest.mark.parametrize("as_json", [False, True], ids=["human", "json"])
def test_projects_on_a_database_it_cannot_use_says_why_in_one_line(
    _isolated_env, tmp_path, state, as_json
) -> None:
    env = {}
    if state == "damaged":
        (tmp_path / "data").mkdir(exist_ok=True)
        (tmp_path / "data" / "mirano.db").write_bytes(b"this is not a database" * 100)
    elif state == "unreachable":
        env["MIRANO_DATABASE_URL"] = "postgresql+psycopg://mirano:secret@127.0.0.1:1/mirano"
    message = assert_one_line(mirano("projects", *(["--json"] if as_json else []), env=env), 1, None, as_json)
    assert {"uninitialised": "mirano init", "damaged": "not a database", "unreachable": "127.0.0.1"}[
        state
    ] in message
    assert "secret" not in message


def test_an_unsupported_database_url_is_bad_input_naming_the_variable(_isolated_env) -> None:
    env = {"MIRANO_DATABASE_URL": "mysql://mirano:secret@db.example/mirano"}
    for command in (("jobs",), ("projects", "--json"), ("init",)):
        message = assert_one_line(mirano(*command, env=env), 2, "MIRANO_DATABASE_URL", "--json" in command)
        assert "secret" not in message


@pytest.mark.parametrize("command", ["worker", "scheduler"])
def test_a_long_running_process_on_an_unreachable_database_fails_instead_of_idling(
    _isolated_env, command
) -> None:
    env = {"MIRANO_DATABASE_URL": "postgresql+psycopg://mirano@127.0.0.1:1/mirano"}
    try:
        result = mirano(command, env=env, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`mirano {command}` idled on an unreachable database")
    assert_one_line(result, 1, None, False)
