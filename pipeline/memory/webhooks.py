"""The webhook endpoint: Chatwoot's account webhooks tell Mirano which conversation changed.

`POST /webhooks/chatwoot` with message_created, message_updated or conversation_updated, signed as Chatwoot signs
it (pipeline/memory/webhook_auth.py), stores a hint naming the conversation; a burst of them within
MIRANO_WEBHOOK_COALESCE_SECONDS starts one ingest.chatwoot run (coalesced with one already running), which
re-reads only the hinted conversations from the API. The payload itself is never imported: it is a hint, the
API is the truth. Headers are checked before the body is read; the body has a size limit and a read timeout;
answers never carry internal error text. uvicorn serves it (one event loop, no thread per connection, so slow
senders hold nothing but a socket).
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from sqlalchemy import select
from starlette.datastructures import Headers

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
BACKLOG = 512  # pending connections the kernel queues, so a burst of deliveries waits instead of being reset
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


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


class WebhookServer:
    """Serves the webhook endpoint with uvicorn (the ASGI server the dashboard's Streamlit runs on) in a background
    thread, on a loopback (or, with a secret, any configured) address.

    Raises BadInput naming MIRANO_WEBHOOK_SECRET when asked to listen off loopback without one, and OSError when
    the port is taken (the socket is bound here, before the thread starts).
    """

    def __init__(self, host: str, port: int) -> None:
        check_listener(host)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((host, port))
            self._socket.listen(BACKLOG)
        except OSError:
            self._socket.close()
            raise
        config = uvicorn.Config(
            WebhookApp(Gate()),
            lifespan="off",
            log_config=None,  # the process keeps its own logging set-up
            log_level="warning",
            access_log=False,
            backlog=BACKLOG,
            timeout_keep_alive=5,
            h11_max_incomplete_event_size=16
            * 1024,  # the request line and headers: a flood of them is refused
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="webhooks", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}{PATH}"

    def start(self) -> WebhookServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving (or only free the port, when it never started) and start the sync a burst waits for."""
        if self._thread.is_alive():
            self._server.should_exit = True
            self._thread.join(10)
        self._socket.close()
        join_syncs()


class WebhookApp:
    """The ASGI app: headers are checked before the body is read, the body is read with a size limit and a read
    timeout, the signature is checked on the raw body, and the database work runs in a worker thread."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path, method = scope["path"], scope["method"]
        if path == "/webhooks/health" and method in ("GET", "HEAD"):
            return await _answer(send, 200, {"ok": True, "mirano": "webhooks"})
        if path != PATH or method != "POST":
            return await _answer(send, 404, {"error": "unknown path"}, close=True)
        headers = Headers(scope=scope)
        length, refused = _length(headers)
        if refused is None:
            token = (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token") or [""])[-1]
            refused = self.gate.before_body(headers, token)
        if refused is not None:  # the body is never read: the connection closes with the answer
            return await _refuse(send, refused, close=True)
        body = await _read_body(receive, length)
        if body is None:  # the sender went quiet or left: cut off, so it holds nothing
            return await _answer(send, 408, {"error": "the body did not arrive in time"}, close=True)
        if len(body) < length:
            return await _answer(send, 400, {"error": "the body is shorter than Content-Length"}, close=True)
        refused = self.gate.after_body(headers, body)
        if refused is not None:
            return await _refuse(send, refused)
        try:
            status, answer = await asyncio.to_thread(handle_chatwoot, body)
        except Exception:  # noqa: BLE001 - a 500 makes Chatwoot log the failure; the detail stays in our log
            log.exception("webhook handling failed")
            status, answer = 500, {"error": "internal error"}
        await _answer(send, status, answer)


async def _read_body(receive: Receive, length: int) -> bytes | None:
    """Up to `length` bytes of the body, each part within the read timeout; None when it stops coming."""
    timeout = get_settings().webhook_read_timeout_seconds
    body = bytearray()
    while len(body) < length:
        try:
            message = await asyncio.wait_for(receive(), timeout)
        except TimeoutError:
            return None
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        if not message.get("more_body", False):
            break
    return bytes(body[:length])


def _length(headers: Headers) -> tuple[int, Refusal | None]:
    """The announced body length, refused when absent, malformed, negative or above the limit (the HTTP parser
    already answers 400 to a Content-Length that is not a number)."""
    if headers.get("transfer-encoding"):
        return 0, Refusal(411, "a Content-Length is required (no chunked bodies)")
    raw = headers.get("content-length")
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


async def _refuse(send: Send, refused: Refusal, close: bool = False) -> None:
    if refused.status == 200:  # a replay: acknowledged, so the sender does not retry, and otherwise ignored
        return await _answer(send, 200, {"ok": True, "ignored": True, "reason": refused.reason}, close=close)
    await _answer(send, refused.status, {"error": refused.reason}, close=close)


async def _answer(send: Send, status: int, body: dict[str, Any], close: bool = False) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
