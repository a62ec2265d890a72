"""One loopback HTTP server for every demo: property-check sources and the vendor APIs.

Each demo is an `App` mounted under a path prefix. An app answers `DemoRequest`s with `DemoResponse`s; the
server adds the shared parts: fault injection per app (latency, 429, 5xx, timeouts, malformed bodies) switched
through `POST /_demo/faults`, and counters of requests and of the peak number in flight per app, read through
`GET /_demo/stats` (tests count concurrency at the server, not in the client).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")


@dataclass(frozen=True)
class DemoCalendar:
    """The moment every demo date is written from (unix seconds; now when not given).

    Mirano hands in the moment `mirano init --demo` ran, so a listing published "3 days ago" stays three days
    older than the data dir, and the demo reads the same on any later day and after any restart.
    """

    epoch: float = field(default_factory=time.time)

    def minute(self) -> int:
        """The epoch rounded down to a whole minute, as fixture timestamps are."""
        return int(self.epoch) // 60 * 60

    def today(self) -> date:
        """The epoch's day in Moscow, the demo's sources' own time zone."""
        return datetime.fromtimestamp(self.epoch, MOSCOW).date()


@dataclass
class DemoRequest:
    method: str
    path: str  # path below the app's prefix, always starting with "/"
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class DemoResponse:
    status: int = 200
    body: bytes | str | dict | list = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"

    def encoded(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body, ensure_ascii=False).encode()


Handler = Callable[[DemoRequest], DemoResponse]


@dataclass
class Faults:
    """What goes wrong for one app; rates are probabilities in [0, 1], drawn from a seeded RNG."""

    latency_ms: int = 0
    rate_429: float = 0.0
    rate_5xx: float = 0.0
    rate_timeout: float = 0.0
    rate_malformed: float = 0.0
    retry_after: int = 1
    timeout_seconds: float = 30.0
    seed: int = 0


@dataclass
class AppStats:
    requests: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    injected: dict[str, int] = field(default_factory=dict)


class App:
    """A demo mounted under a prefix. Subclasses register routes with `route`."""

    name = "app"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        self.calendar = calendar or DemoCalendar()
        self.routes: list[tuple[str, str, Handler]] = []
        self.faults = Faults()
        self.stats = AppStats()
        self._lock = threading.Lock()
        self._rng = random.Random(0)

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes.append((method.upper(), path, handler))

    def dispatch(self, request: DemoRequest) -> DemoResponse:
        for method, path, handler in self.routes:
            if method == request.method and _path_matches(path, request.path):
                return handler(request)
        return DemoResponse(404, {"error": f"no route {request.method} {request.path}"})

    def set_faults(self, faults: Faults) -> None:
        with self._lock:
            self.faults = faults
            self._rng = random.Random(faults.seed)

    def draw_fault(self) -> str | None:
        with self._lock:
            f, roll = self.faults, self._rng.random()
        for kind, rate in (
            ("429", f.rate_429),
            ("5xx", f.rate_5xx),
            ("timeout", f.rate_timeout),
            ("malformed", f.rate_malformed),
        ):
            if roll < rate:
                return kind
            roll -= rate
        return None

    def enter(self) -> None:
        with self._lock:
            self.stats.requests += 1
            self.stats.in_flight += 1
            self.stats.peak_in_flight = max(self.stats.peak_in_flight, self.stats.in_flight)

    def leave(self, fault: str | None) -> None:
        with self._lock:
            self.stats.in_flight -= 1
            if fault:
                self.stats.injected[fault] = self.stats.injected.get(fault, 0) + 1

    def reset_stats(self) -> None:
        with self._lock:
            self.stats = AppStats()


def _path_matches(pattern: str, path: str) -> bool:
    """`/conversations/{id}/messages` matches `/conversations/7/messages`."""
    want, have = pattern.strip("/").split("/"), path.strip("/").split("/")
    return len(want) == len(have) and all(
        w.startswith("{") or w == h for w, h in zip(want, have, strict=True)
    )


def path_param(pattern: str, path: str, name: str) -> str:
    for w, h in zip(pattern.strip("/").split("/"), path.strip("/").split("/"), strict=False):
        if w == "{" + name + "}":
            return h
    raise KeyError(name)


class DemoServer:
    """Serves mounted apps on 127.0.0.1 in a background thread; `port=0` picks a free port."""

    def __init__(self, apps: dict[str, App], host: str = "127.0.0.1", port: int = 0) -> None:
        self.apps = apps
        self.httpd = ThreadingHTTPServer((host, port), _make_handler(self))
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None
        self._activity = [time.monotonic(), 0]  # last request start or end, requests in flight
        self._activity_lock = threading.Lock()

    def touch(self, delta: int) -> None:
        """Count a request in (+1) or out (-1): `idle_seconds` tells a self-stopping server when to stop."""
        with self._activity_lock:
            self._activity = [time.monotonic(), self._activity[1] + delta]

    def idle_seconds(self) -> float:
        """Seconds since the last request ended, 0 while one is in flight."""
        with self._activity_lock:
            last, in_flight = self._activity
        return 0.0 if in_flight > 0 else time.monotonic() - last

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> DemoServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="demo-server", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def find(self, path: str) -> tuple[App, str] | None:
        for prefix, app in sorted(self.apps.items(), key=lambda kv: -len(kv[0])):
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return app, "/" + path[len(prefix.rstrip("/")) :].lstrip("/")
        return None

    def control(self, request: DemoRequest) -> DemoResponse:
        if request.path == "/_demo/stats":
            return DemoResponse(body={name: _stats_dict(app.stats) for name, app in self.apps.items()})
        if request.path == "/_demo/health":
            return DemoResponse(body={"ok": True, "apps": sorted(self.apps), "pid": os.getpid()})
        if request.path == "/_demo/reset" and request.method == "POST":
            for app in self.apps.values():
                app.reset_stats()
                app.set_faults(Faults())
                getattr(app, "reset_data", lambda: None)()
            return DemoResponse(body={"ok": True})
        if request.path == "/_demo/faults" and request.method == "POST":
            spec = request.json() or {}
            for name, values in spec.items():
                if name not in self.apps:
                    return DemoResponse(400, {"error": f"unknown demo app {name!r}"})
                self.apps[name].set_faults(Faults(**values))
            return DemoResponse(body={"ok": True})
        return DemoResponse(404, {"error": "unknown control path"})


def _stats_dict(stats: AppStats) -> dict[str, Any]:
    return {
        "requests": stats.requests,
        "in_flight": stats.in_flight,
        "peak_in_flight": stats.peak_in_flight,
        "injected": dict(stats.injected),
    }


def _make_handler(server: DemoServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by default
            pass

        def _handle(self) -> None:
            server.touch(+1)
            try:
                self._answer()
            finally:
                server.touch(-1)

        def _answer(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            if parts.path.startswith("/_demo/"):
                self._send(server.control(DemoRequest(self.command, parts.path, query, headers, body)))
                return
            found = server.find(parts.path)
            if not found:
                self._send(DemoResponse(404, {"error": f"no demo app at {parts.path}"}))
                return
            app, sub = found
            app.enter()
            fault = None
            try:
                fault = app.draw_fault()
                if app.faults.latency_ms:
                    time.sleep(app.faults.latency_ms / 1000)
                if fault == "timeout":
                    time.sleep(app.faults.timeout_seconds)
                    response = DemoResponse(504, {"error": "demo timeout"})
                elif fault == "429":
                    response = DemoResponse(
                        429,
                        {"error": "rate limited", "status_code": 429, "code": "rate_limit_exceeded"},
                        headers={"Retry-After": str(app.faults.retry_after)},
                    )
                elif fault == "5xx":
                    response = DemoResponse(503, {"error": "demo upstream unavailable"})
                else:
                    response = app.dispatch(DemoRequest(self.command, sub, query, headers, body))
                    if fault == "malformed" and response.status == 200:
                        response = DemoResponse(
                            200, response.encoded()[: max(1, len(response.encoded()) // 2)]
                        )
            except Exception as exc:  # a demo bug must answer 500, not hang the client
                response = DemoResponse(500, {"error": f"demo server error: {exc}"})
            finally:
                app.leave(fault)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._send(response)

        def _send(self, response: DemoResponse) -> None:
            payload = response.encoded()
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(payload)))
            for k, v in response.headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

    return _Handler
