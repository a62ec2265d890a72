"""The webhook endpoint: Chatwoot's account webhooks tell Mirano which conversation changed.

`POST /webhooks/chatwoot` with message_created, message_updated or conversation_updated, signed as Chatwoot signs
it (pipeline/memory/webhook_auth.py), stores a hint naming the conversation; a burst of them within
MIRANO_WEBHOOK_COALESCE_SECONDS starts one ingest.chatwoot run (coalesced with one already running), which
re-reads only the hinted conversations from the API. The payload itself is never imported: it is a hint, the
API is the truth. Headers are checked before the body is read; the body has a size limit and a read timeout;
answers never carry internal error text.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from pipeline.config import get_settings
from pipeline.db import session_scope
from pipeline.engine import clock
from pipeline.memory.webhook_auth import Gate, Refusal, check_listener
from pipeline.models.memory import VendorHint

log = logging.getLogger(__name__)
CHATWOOT_EVENTS = (
    "message_created",
    "message_updated",
    "conversation_updated",
    "conversation_status_changed",
)
PATH = "/webhooks/chatwoot"
BACKLOG = 512  # pending connections the kernel queues (socketserver's default of 5 resets a burst)


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


class Coalescer:
    """Turns a burst of webhooks into one sync: the first event starts a timer, the events within the window only
    add their hints, and one ingest.chatwoot run (which re-reads only the hinted conversations) starts at the end."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self.requested = 0  # runs asked for (tests and the soak read it)

    def poke(self) -> None:
        with self._lock:
            if self._timer is not None:
                return
            window = max(0.0, get_settings().webhook_coalesce_seconds)
            self._timer = threading.Timer(window, self._fire)
            self._timer.daemon = True
            self._timer.name = "webhook-sync"
            self._timer.start()

    def _fire(self) -> None:
        from pipeline.engine.runs import request_run

        with self._lock:
            self._timer = None
            self.requested += 1
        try:
            request_run("ingest.chatwoot", "global", trigger="webhook")  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - the hints stay; the scheduled sync picks them up
            log.exception("webhook-triggered Chatwoot sync failed to start")

    def flush(self, timeout: float = 60.0) -> None:
        """Start a pending sync now and wait for it (a stopping server, and tests)."""
        with self._lock:
            timer = self._timer
        if timer is None:
            return
        timer.cancel()
        timer.join(timeout)
        with self._lock:
            pending = self._timer is timer  # cancelled before it fired
        if pending:
            self._fire()


_coalescer = Coalescer()


def sync_soon() -> None:
    """Ask for an ingest.chatwoot run at the end of the coalescing window (one per burst)."""
    _coalescer.poke()


def join_syncs(timeout: float = 60.0) -> None:
    """Start the sync a burst is waiting for now (a stopping process, and tests, wait for it)."""
    _coalescer.flush(timeout)


def handle_chatwoot(body: bytes) -> tuple[int, dict[str, Any]]:
    """(status, answer) for one delivery that passed the gate; 200 for events we do not need, so Chatwoot does
    not retry them. A body nested too deeply to parse is bad input like any other."""
    try:
        event = json.loads(body or b"null")
    except (ValueError, RecursionError):
        return 400, {"error": "the body is not JSON"}
    if not isinstance(event, dict) or event.get("event") not in CHATWOOT_EVENTS:
        return 200, {"ok": True, "ignored": True}
    conversation = conversation_of(event)
    if conversation is None:
        return 400, {"error": f"{event['event']} without a conversation id"}
    remember("chatwoot", str(conversation), event["event"])
    sync_soon()
    return 202, {"ok": True, "conversation": conversation}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = BACKLOG  # a burst of deliveries waits in the kernel's queue instead of being reset
    gate: Gate


class WebhookServer:
    """Serves the webhook endpoint on a loopback (or, with a secret, any configured) address in a background thread.

    Raises BadInput naming MIRANO_WEBHOOK_SECRET when asked to listen off loopback without one.
    """

    def __init__(self, host: str, port: int) -> None:
        check_listener(host)
        self.httpd = _Server((host, port), _Handler)
        self.httpd.gate = Gate()
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
    server: _Server

    def setup(self) -> None:
        self.timeout = get_settings().webhook_read_timeout_seconds  # a slow or silent sender frees its thread
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802
        if urlsplit(self.path).path == "/webhooks/health":
            return self._answer(200, {"ok": True, "mirano": "webhooks"})
        self._answer(404, {"error": "unknown path"})

    def do_POST(self) -> None:  # noqa: N802
        parts = urlsplit(self.path)
        if parts.path != PATH:
            return self._answer(404, {"error": "unknown path"}, close=True)
        length, refused = self._length()
        if refused is None:
            token = (parse_qs(parts.query).get("token") or [""])[-1]
            refused = self.server.gate.before_body(self.headers, token)
        if refused is not None:  # the body is never read: the connection closes with the answer
            return self._refuse(refused, close=True)
        try:
            body = self.rfile.read(length)
        except OSError:  # the read timed out: the sender is too slow or sent less than it announced
            self.close_connection = True
            return
        if len(body) < length:
            return self._answer(400, {"error": "the body is shorter than Content-Length"}, close=True)
        refused = self.server.gate.after_body(self.headers, body)
        if refused is not None:
            return self._refuse(refused)
        try:
            status, answer = handle_chatwoot(body)
        except Exception:  # noqa: BLE001 - a 500 makes Chatwoot log the failure; the detail stays in our log
            log.exception("webhook handling failed")
            status, answer = 500, {"error": "internal error"}
        self._answer(status, answer)

    def _length(self) -> tuple[int, Refusal | None]:
        """The announced body length, refused when absent, malformed, negative or above the limit."""
        if self.headers.get("Transfer-Encoding"):
            return 0, Refusal(411, "a Content-Length is required (no chunked bodies)")
        raw = self.headers.get("Content-Length")
        if raw is None:
            return 0, Refusal(411, "a Content-Length is required")
        try:
            length = int(raw.strip())
        except ValueError:
            return 0, Refusal(400, "Content-Length is not a number")
        if length < 0:
            return 0, Refusal(400, "Content-Length is negative")
        if length > get_settings().webhook_max_bytes:
            return 0, Refusal(413, "the body is too large")
        return length, None

    def _refuse(self, refused: Refusal, close: bool = False) -> None:
        if (
            refused.status == 200
        ):  # a replay: acknowledged, so the sender does not retry, and otherwise ignored
            return self._answer(200, {"ok": True, "ignored": True, "reason": refused.reason}, close=close)
        self._answer(refused.status, {"error": refused.reason}, close=close)

    def _answer(self, status: int, body: dict[str, Any], close: bool = False) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)
