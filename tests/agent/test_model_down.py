"""The configured online model down (refused, slow, 5xx) is a reason, not a crash: the offline model answers."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import reset_settings

KEY = "sk-test-model-down-0123456789"


class DownModel:
    """An OpenAI-compatible endpoint that answers every call with `status` after `delay` seconds."""

    def __init__(self, status: int, delay: float = 0.0) -> None:
        owner = self
        self.calls = 0

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                owner.calls += 1
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                time.sleep(delay)
                body = json.dumps(
                    {"error": {"message": "upstream unavailable", "type": "server_error"}}
                ).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up waiting
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _online(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("MIRANO_LLM_TIMEOUT_SECONDS", "0.5")
    reset_settings()


def _ask_json(question: str) -> dict[str, Any]:
    out = CliRunner().invoke(app, ["ask", question, "--json"])
    assert out.exit_code == 0, out.output
    assert "Traceback" not in out.output
    return json.loads(out.stdout)


def test_an_unreachable_model_is_answered_offline_with_the_reason(engine_runs, monkeypatch) -> None:
    _online(monkeypatch, f"http://127.0.0.1:{_closed_port()}/v1")

    data = _ask_json("What is the status of agenttest.sync?")

    assert data["fallback"] == "the online model did not answer: connection refused; answered offline"
    assert data["mode"] == "offline" and "agenttest.sync" in data["answer"]
    assert "offline" in data["mode_label"]
    human = CliRunner().invoke(app, ["ask", "What is the status of agenttest.sync?"])
    assert human.exit_code == 0 and "connection refused; answered offline" in human.stdout
    monkeypatch.setenv("MIRANO_LANG", "ru")
    reset_settings()
    russian = CliRunner().invoke(app, ["ask", "Какой статус у agenttest.sync?"])
    assert "онлайн-модель не ответила: соединение отклонено; ответ дан офлайн" in russian.stdout


@pytest.mark.parametrize(
    ("status", "delay", "why"), [(503, 0.0, "HTTP 503"), (200, 3.0, "no answer within 0.5 s")]
)
def test_a_model_answering_5xx_or_too_slowly_is_answered_offline(
    engine_runs, monkeypatch, status, delay, why
) -> None:
    model = DownModel(status, delay)
    try:
        _online(monkeypatch, model.base_url)
        data = _ask_json("What is the status of agenttest.sync?")
    finally:
        model.close()
    assert model.calls >= 1  # it was asked first
    assert data["fallback"] == f"the online model did not answer: {why}; answered offline"
    assert data["mode"] == "offline" and "agenttest.sync" in data["answer"]
