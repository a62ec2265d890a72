"""A real HTTP receiver and a real SMTP server (aiosmtpd) on 127.0.0.1 for notice deliveries, plus the demo sources."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from pipeline.config import reset_settings
from tests.checks.conftest import sources, unmigrated_sources  # noqa: F401 - the demo sources fixtures

SECRET = "test-shared-secret"


class Receiver:
    """Records every POST (headers and raw body); answers `statuses` in turn, then 200; can hold a request."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        self.hold = threading.Event()
        self.hold.set()
        self.arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                receiver.arrived.set()
                receiver.hold.wait(30)
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/mirano"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def keys(self) -> list[str]:
        return [r["headers"]["Idempotency-Key"] for r in self.requests]


class Mailbox:
    """Messages the SMTP server accepted."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Receiver]:
    r = Receiver()
    monkeypatch.setenv("MIRANO_NOTICE_WEBHOOK_URL", r.url)
    monkeypatch.setenv("MIRANO_NOTICE_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("MIRANO_NOTICE_BACKOFF_BASE_SECONDS", "5")
    reset_settings()
    yield r
    r.hold.set()
    r.server.shutdown()


@pytest.fixture
def mailbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mailbox]:
    box = Mailbox()
    with socket.socket() as probe:  # aiosmtpd's start-up check connects to the port, so it cannot be 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("MIRANO_NOTICE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("MIRANO_NOTICE_SMTP_PORT", str(port))
    monkeypatch.setenv("MIRANO_NOTICE_EMAIL_TO", "watcher@example.test")
    reset_settings()
    yield box
    controller.stop()
