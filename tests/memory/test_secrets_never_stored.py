"""A secret echoed by a vendor or a model is never stored: keys planted in the 401 bodies of all three vendors and
of the model, then the whole data dir, the logs, the CLI's output and the assistant's answer are searched for them."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import agent
from pipeline.cli import app
from pipeline.config import get_settings, reset_settings
from pipeline.redact import MASK, scrub
from tests.memory.helpers import run

SECRETS = {
    "CHATWOOT_API_TOKEN": "cw-planted-SECRET-4d1f9a7c2e",
    "LINEAR_API_KEY": "lin_api_PlantedSecretKey0123456789",
    "ATTIO_API_KEY": "attio-planted-SECRET-88c1e0b7",
    "OPENAI_API_KEY": "sk-planted-SECRET-openai-5b2d9e",
}


class EchoingVendors:
    """Chatwoot, Linear, Attio and an OpenAI-compatible model that refuse every call, repeating the key sent."""

    def __init__(self) -> None:
        class Handler(BaseHTTPRequestHandler):
            def _refuse(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                sent = (
                    self.headers.get("api_access_token")
                    or (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                    or "?"
                )
                if self.path.startswith("/linear"):
                    body = {"errors": [{"message": f"Authentication failed for key {sent}"}]}
                elif self.path.startswith("/attio"):
                    body = {
                        "status_code": 401,
                        "type": "auth",
                        "code": "unauthorized",
                        "message": f"bad {sent}",
                    }
                elif self.path.startswith("/v1"):
                    body = {
                        "error": {"message": f"Incorrect API key provided: {sent}", "code": "invalid_api_key"}
                    }
                else:
                    body = {"error": f"Invalid access token {sent}"}
                data = json.dumps(body).encode()
                self.send_response(401)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = _refuse  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_scrub_cuts_configured_secrets_and_credential_shapes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINEAR_API_KEY", SECRETS["LINEAR_API_KEY"])
    reset_settings()
    assert SECRETS["LINEAR_API_KEY"] not in scrub(f"key {SECRETS['LINEAR_API_KEY']} refused")
    assert scrub("Authorization: Bearer abcdef0123456789") == f"Authorization: Bearer {MASK}"
    assert scrub("GET /hook?token=abc123456&x=1") == f"GET /hook?token={MASK}&x=1"
    assert scrub("3 chunk(s) read, 120 tokens: 0 new") == "3 chunk(s) read, 120 tokens: 0 new"


def test_keys_echoed_by_every_vendor_and_the_model_are_stored_nowhere(
    seeded: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    vendors = EchoingVendors()
    try:
        for name, value in SECRETS.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("CHATWOOT_BASE_URL", f"{vendors.url}/chatwoot")
        monkeypatch.setenv("LINEAR_API_URL", f"{vendors.url}/linear/graphql")
        monkeypatch.setenv("ATTIO_BASE_URL", f"{vendors.url}/attio")
        monkeypatch.setenv("OPENAI_BASE_URL", f"{vendors.url}/v1")
        reset_settings()
        log_file = get_settings().data_dir / "mirano-test.log"
        handler = logging.FileHandler(log_file)
        logging.getLogger().addHandler(handler)
        caplog.set_level(logging.INFO)
        try:
            failed = [run(f"ingest.{vendor}") for vendor in ("chatwoot", "linear", "attio")]
            answer = agent.ask("Why did ingest.linear fail?", thread_id="secrets")
            runs_json = CliRunner().invoke(app, ["runs", "--json"]).stdout
            jobs_human = CliRunner().invoke(app, ["jobs"]).stdout
        finally:
            logging.getLogger().removeHandler(handler)
            handler.close()
    finally:
        vendors.close()

    # The vendor's words are kept, the key cut out.
    assert all(r.status == "failed" and MASK in (r.reason or "") for r in failed), [r.reason for r in failed]
    assert answer["fallback"] and "HTTP 401" in answer["fallback"]
    said = [answer["answer"], json.dumps(answer), runs_json, jobs_human, caplog.text]
    stored = [p for p in Path(get_settings().data_dir).rglob("*") if p.is_file()]
    assert any(p.name == "assistant.db" for p in stored) and log_file in stored
    for name, value in SECRETS.items():
        for text in said:
            assert value not in text, f"{name} in output"
        for path in stored:
            assert value.encode() not in path.read_bytes(), f"{name} stored in {path.name}"
