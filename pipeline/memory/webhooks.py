"""The webhook endpoint: Chatwoot's account webhooks tell Mirano which conversation changed.

`POST /webhooks/chatwoot[?token=…]` with message_created, message_updated or conversation_updated stores a
hint naming the conversation and starts an ingest.chatwoot run (coalesced with one already running), which
re-reads that conversation from the API. The payload itself is never imported: it is a hint, the API is the
truth, so a forged or stale webhook costs one re-read and nothing else.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.models.memory import VendorHint

log = logging.getLogger(__name__)
CHATWOOT_EVENTS = (
    "message_created",
    "message_updated",
    "conversation_updated",
    "conversation_status_changed",
)
PATH = "/webhooks/chatwoot"
_started: list[threading.Thread] = []


def conversation_of(event: dict[str, Any]) -> int | None:
    """The conversation (display id) a Chatwoot event is about, or None."""
    if event.get("event", "").startswith("message_"):
        conversation = event.get("conversation")
        value = conversation.get("id") if isinstance(conversation, dict) else None
    else:
        value = event.get("id")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def remember(source: str, object_id: str, event: str) -> None:
    """Store (or refresh) the hint that an object changed."""
    with session_scope() as s:
        row = s.scalar(
            select(VendorHint).where(
                VendorHint.source == source,
                VendorHint.object_type == "conversation",
                VendorHint.object_id == object_id,
            )
        )
        if row is None:
            s.add(VendorHint(source=source, object_type="conversation", object_id=object_id, event=event))
        else:
            row.event, row.received_at = event, clock.now()


def sync_soon() -> None:
    """Start an ingest.chatwoot run in the background; a running one absorbs it as its queued follow-up."""
    from pipeline.engine.runs import request_run

    def go() -> None:
        try:
            request_run("ingest.chatwoot", "global", trigger="webhook")  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - the hint stays; the scheduled sync picks it up
            log.exception("webhook-triggered Chatwoot sync failed to start")

    thread = threading.Thread(target=go, name="webhook-sync", daemon=True)
    _started.append(thread)
    thread.start()


def join_syncs(timeout: float = 60.0) -> None:
    """Wait for the syncs webhooks started (a stopping process, and tests, wait for them)."""
    while _started:
        _started.pop().join(timeout)


def handle_chatwoot(body: bytes, query: str) -> tuple[int, dict[str, Any]]:
    """(status, answer) for one delivery; 200 for events we do not need, so Chatwoot does not retry them."""
    token = get_settings().webhook_token
    given = (parse_qs(query).get("token") or [""])[-1]
    if token and not secrets.compare_digest(given, token):
        return 401, {"error": "wrong or missing token"}
    try:
        event = json.loads(body or b"null")
    except ValueError:
        return 400, {"error": "the body is not JSON"}
    if not isinstance(event, dict) or event.get("event") not in CHATWOOT_EVENTS:
        return 200, {"ok": True, "ignored": True}
    conversation = conversation_of(event)
    if conversation is None:
        return 400, {"error": f"{event['event']} without a conversation id"}
    remember("chatwoot", str(conversation), event["event"])
    sync_soon()
    return 202, {"ok": True, "conversation": conversation}


class WebhookServer:
    """Serves the webhook endpoint on a loopback (or configured) address in a background thread."""

    def __init__(self, host: str, port: int) -> None:
        self.httpd = ThreadingHTTPServer((host, port), _Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="webhooks", daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{PATH}"

    def start(self) -> WebhookServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        join_syncs()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        if urlsplit(self.path).path == "/webhooks/health":
            return self._answer(200, {"ok": True, "mirano": "webhooks"})
        self._answer(404, {"error": "unknown path"})

    def do_POST(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        if parts.path != PATH:
            return self._answer(404, {"error": "unknown path"})
        try:
            status, answer = handle_chatwoot(body, parts.query)
        except Exception as exc:  # noqa: BLE001 - a 500 makes Chatwoot log the failure
            log.exception("webhook handling failed")
            status, answer = 500, {"error": str(exc)}
        self._answer(status, answer)

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
