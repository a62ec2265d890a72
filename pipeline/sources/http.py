"""The shared HTTP side of every source: client factory, proxy pool, per-source rate limit, typed errors.

Errors carry the request they belong to and a reason a person can read. A `SourceCall` is one task's
conversation with one source through one proxy: it counts calls and keeps the raw bodies for the evidence hash.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import ssl
import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any, NoReturn

import httpx

from pipeline.config import get_settings
from pipeline.engine.exceptions import MiranoError
from pipeline.engine.ratelimit import reserve_slot
from pipeline.sources.retry_after import retry_after_seconds

DIRECT = "direct"
log = logging.getLogger(__name__)


class SourceError(MiranoError):
    """A source call went wrong; `request` is the call ("GET https://..."), `calls` how many were made."""

    retryable = True

    def __init__(self, reason: str, request: str = "", retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.request = request
        self.retry_after = retry_after
        self.calls = 0
        self.proxy = DIRECT


class SourceRateLimited(SourceError):
    """HTTP 429: the source asks us to wait (`retry_after` seconds)."""


class SourceUnavailable(SourceError):
    """HTTP 5xx, a timeout or a connection error: worth retrying later."""


class SourceMalformed(SourceError):
    """A body we cannot read (bad JSON, changed markup): a retry will not fix it."""

    retryable = False


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs ~20 ms of CPU, too much to pay per task."""
    return httpx.create_ssl_context()


def make_client(proxy: str = DIRECT) -> httpx.Client:
    """The process's httpx client through `proxy` ("direct": none) with the configured timeout, shared by every
    task and thread: connections to a source stay open between calls (half a call's CPU is the connect) and a
    connection the source has closed is replaced on its next use. It keeps no cookies, so tasks share nothing
    else."""
    return _client(proxy, get_settings().source_timeout_seconds)


@functools.cache
def _client(proxy: str, timeout: float) -> httpx.Client:
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        verify=_tls_context(),
        proxy=None if proxy == DIRECT else proxy,
        headers={"User-Agent": "mirano-checks/0.1", "Accept-Language": "ru"},
        cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),
        follow_redirects=True,
    )


class ProxyPool:
    """Hands out proxies round-robin; a failing proxy rests for a cool-down ("direct" is never taken out)."""

    def __init__(self, proxies: list[str]) -> None:
        self.proxies = proxies or [DIRECT]
        self._resting: dict[str, float] = {}
        self._turn = 0
        self._lock = threading.Lock()

    def acquire(self, source: str) -> str:
        """The next proxy that is not resting; raises SourceRateLimited when every proxy rests."""
        with self._lock:
            now = time.monotonic()
            for _ in range(len(self.proxies)):
                proxy = self.proxies[self._turn % len(self.proxies)]
                self._turn += 1
                if self._resting.get(proxy, 0) <= now:
                    return proxy
            wait = min(self._resting.values()) - now
        raise SourceRateLimited(f"{source}: every proxy is cooling down", retry_after=max(wait, 0.1))

    def rest(self, proxy: str, seconds: float | None = None) -> None:
        """Take a proxy out for `seconds` (default: the configured cool-down)."""
        if proxy == DIRECT:
            return
        with self._lock:
            self._resting[proxy] = time.monotonic() + (seconds or get_settings().proxy_cooldown_seconds)

    def resting(self) -> list[str]:
        now = time.monotonic()
        with self._lock:
            return [p for p, until in self._resting.items() if until > now]


_pool: ProxyPool | None = None
_pool_lock = threading.Lock()


def proxy_pool() -> ProxyPool:
    """The process's pool, rebuilt when MIRANO_PROXIES changes."""
    global _pool
    wanted = [p.strip() for p in get_settings().proxies.split(",") if p.strip()] or [DIRECT]
    with _pool_lock:
        if _pool is None or _pool.proxies != wanted:
            _pool = ProxyPool(wanted)
        return _pool


# Statements that record a call's intent (the caller's ledger rows, `?` placeholders), set by whoever owns the
# calls (pipeline.checks.tasks); they commit with the call's rate slot, before the call is sent.
CALL_INTENT: ContextVar[tuple[tuple[str, tuple[Any, ...]], ...]] = ContextVar("call_intent", default=())


def wait_for_turn(source: str, proxy: str) -> None:
    """Honour the per-(source, proxy) rate shared by every worker process, and record the call's intent.

    The slot is reserved in a plain transaction of its own (`reserve_slot`), so it commits at once, not with the
    task's transaction: a call is in the ledger before it is sent, whatever happens to the process after.
    """
    rate = get_settings().source_rate_per_second
    wait = reserve_slot(f"source.{source}@{proxy}", rate, CALL_INTENT.get())
    if wait > 0:
        time.sleep(wait)


@dataclass
class SourceCall:
    """One task's calls to one source through one proxy: counted, rate-limited, raw bodies kept for evidence."""

    source: str
    base_url: str
    proxy: str = DIRECT
    calls: int = 0
    requests: list[str] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    client: httpx.Client | None = None

    def __enter__(self) -> SourceCall:
        self.proxy = proxy_pool().acquire(self.source)
        self.client = make_client(self.proxy)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.client = None  # the client is shared (see make_client): only this call's use of it ends

    def get(self, path: str, params: dict[str, Any] | None = None, method: str = "GET") -> httpx.Response:
        """One call; 429, 5xx, timeouts and connection errors become typed SourceErrors."""
        assert self.client is not None, "use SourceCall as a context manager"
        url = self.base_url.rstrip("/") + path
        request = f"{method} {url}" + (f"?{httpx.QueryParams(params)}" if params else "")
        wait_for_turn(self.source, self.proxy)
        self.calls += 1
        self.requests.append(request)
        try:
            response = self.client.request(method, url, params=params)
        except httpx.TransportError as exc:
            # The reason is a sentence of the catalog, in the reader's language; the library's own words
            # ("[Errno 111] Connection refused") go to the log for whoever runs the workers.
            log.warning("%s: %s failed: %s: %s", self.source, request, type(exc).__name__, exc)
            self._raise(
                SourceUnavailable(
                    f"{self.source}: {transport_failure(exc, self.client.timeout.read or 0)}", request
                ),
                rest=True,
            )
        return self._checked(response, request)

    def _checked(self, response: httpx.Response, request: str) -> httpx.Response:
        if response.status_code == 429:
            after = _retry_after(response)
            self.proxy_rest(after)
            self._raise(
                SourceRateLimited(
                    f"{self.source}: rate limited (HTTP 429), retry after {after:g} s",
                    request,
                    retry_after=after,
                )
            )
        if response.status_code >= 500:
            self._raise(
                SourceUnavailable(f"{self.source}: source unavailable (HTTP {response.status_code})", request)
            )
        if response.status_code >= 400:
            self._raise(
                SourceMalformed(f"{self.source}: request refused (HTTP {response.status_code})", request)
            )
        self.bodies.append(response.content)
        return response

    def json(self, path: str, params: dict[str, Any] | None = None, method: str = "GET") -> Any:
        """Call and decode JSON; a body that is not JSON is a SourceMalformed error."""
        response = self.get(path, params, method)
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            log.warning("%s: %s: the body is not JSON: %s", self.source, self.requests[-1], exc)
            self._raise(SourceMalformed(f"{self.source}: malformed JSON body", self.requests[-1]))

    def malformed(self, reason: str) -> SourceMalformed:
        """A SourceMalformed error for the last request (the body did not have the expected shape)."""
        error = SourceMalformed(f"{self.source}: {reason}", self.requests[-1] if self.requests else "")
        error.calls, error.proxy = self.calls, self.proxy
        return error

    def proxy_rest(self, seconds: float | None = None) -> None:
        proxy_pool().rest(self.proxy, seconds)

    def _raise(self, error: SourceError, rest: bool = False) -> NoReturn:
        if rest:
            self.proxy_rest()
        error.calls, error.proxy = self.calls, self.proxy
        raise error

    def response_hash(self) -> str:
        """SHA-256 over every raw body of this fetch, in order."""
        digest = hashlib.sha256()
        for body in self.bodies:
            digest.update(body)
        return digest.hexdigest()


def transport_failure(exc: httpx.TransportError, timeout: float) -> str:
    """What went wrong on the wire, as one of the catalog's reasons ("could not connect")."""
    if isinstance(exc, httpx.TimeoutException):
        return f"no answer within {timeout:g} s"
    if isinstance(exc, httpx.ProxyError):
        return "the proxy failed"
    if isinstance(exc, httpx.ConnectError):
        return "could not connect"
    return "the connection broke off"


def _retry_after(response: httpx.Response) -> float:
    return retry_after_seconds(response.headers.get("Retry-After"))
