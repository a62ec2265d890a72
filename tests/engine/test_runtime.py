"""The runtime's demo server: started once, reused when already served, a clear error when the port is taken."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from pipeline.config import reset_settings
from pipeline.engine.exceptions import MiranoError
from pipeline.runtime import ensure_demo_server, start_runtime


class NotDemo(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 — http.server's name
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def point_at(port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRANO_DEMO_URL", f"http://127.0.0.1:{port}")
    reset_settings()


def test_starts_on_a_free_port_then_reuses_the_running_one(monkeypatch: pytest.MonkeyPatch) -> None:
    point_at(free_port(), monkeypatch)
    first = ensure_demo_server()
    try:
        assert first is not None
        assert ensure_demo_server() is None  # already served: not started twice
    finally:
        first.stop()


def test_port_taken_by_something_else_is_a_clear_error_and_the_runtime_notes_it(
    db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = HTTPServer(("127.0.0.1", 0), NotDemo)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        point_at(other.server_port, monkeypatch)
        with pytest.raises(MiranoError, match=f"port {other.server_port} is taken .* set MIRANO_DEMO_URL"):
            ensure_demo_server()
        runtime = start_runtime(scheduler=False, workers=0)
        assert runtime.demo is None
        assert runtime.notes and "MIRANO_DEMO_URL" in runtime.notes[0]
    finally:
        other.shutdown()


def test_ten_concurrent_runs_without_a_demo_server_share_one_that_outlives_them(
    _isolated_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten `mirano run` at once, nothing on the demo port: none fails to bind, and the server one of them
    started keeps serving the runs after the process that started it has answered "queued" and exited."""
    import json
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    from pipeline.service import engine as service

    port = free_port()
    point_at(port, monkeypatch)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "MIRANO_DEMO_IDLE_SECONDS": "30"}
    command = [sys.executable, "-m", "pipeline.cli.main"]
    assert subprocess.run([*command, "init", "--demo"], cwd=root, env=env, timeout=120).returncode == 0
    runs = [
        subprocess.Popen(
            [*command, "run", "ingest.chatwoot", "--json"],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(10)
    ]
    pid = None
    try:
        answers = [(p.wait(180), p.stdout.read()) for p in runs]  # type: ignore[union-attr]
        assert all(code == 0 for code, _ in answers), answers
        # Started or queued behind the running one; on a loaded machine a late process may find the first run
        # already over and start the next itself, so what holds is one run at a time, not one "started".
        outcomes = sorted(json.loads(out)["outcome"] for _, out in answers)
        started = outcomes.count("started")
        assert started >= 1 and outcomes.count("queued") == 10 - started, outcomes
        health = httpx.get(f"http://127.0.0.1:{port}/_demo/health", timeout=5).json()
        pid = health["pid"]  # still up after every command exited: a process of its own
        assert pid not in {p.pid for p in runs}
        done = sorted(service.list_runs("ingest.chatwoot"), key=lambda r: r["id"])
        assert all(r["status"] == "ok" for r in done), done
        assert started <= len(done) <= 2 * started, (
            done
        )  # each started run and at most one coalesced behind it
        assert all(b["started_at"] >= a["ended_at"] for a, b in zip(done, done[1:], strict=False)), done
    finally:
        if pid is not None:
            os.kill(pid, signal.SIGTERM)
