"""The HTTP side of the vendor connectors (Chatwoot, Linear, Attio): one client, typed errors, shape checks.

Every error names the vendor and what went wrong in words a person can read ("rate limited by Attio until
14:32", "Chatwoot: malformed response to GET …/messages: payload[2].id is missing").
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from pipeline.config import get_settings
from pipeline.engine.exceptions import MiranoError
from pipeline.redact import scrub
from pipeline.sources.http import transport_failure
from pipeline.sources.retry_after import retry_after_seconds

R = TypeVar("R")
log = logging.getLogger(__name__)
RATE_LIMIT_TRIES = 4  # calls of one request while a vendor's short waits are sat out in place

LABELS = {"chatwoot": "Chatwoot", "linear": "Linear", "attio": "Attio"}
# Called before every request is sent, set by whoever owns the calls (an ingest run counts them in its ledger).
BEFORE_CALL: ContextVar[Callable[[], None] | None] = ContextVar("vendor_before_call", default=None)


class VendorError(MiranoError):
    """A vendor call went wrong; `request` is the call ("GET https://…")."""

    def __init__(self, vendor: str, reason: str, request: str = "") -> None:
        super().__init__(reason)
        self.vendor = vendor
        self.request = request


class VendorRateLimited(VendorError):
    """The vendor asked us to wait (HTTP 429 or a RATELIMITED GraphQL error) until `until`."""

    def __init__(self, vendor: str, retry_after: float, request: str = "") -> None:
        self.retry_after = retry_after
        self.until = datetime.now(UTC) + timedelta(seconds=retry_after)
        local = self.until.astimezone().strftime("%H:%M:%S" if retry_after < 120 else "%H:%M")
        super().__init__(vendor, f"rate limited by {LABELS.get(vendor, vendor)} until {local}", request)


class VendorUnavailable(VendorError):
    """5xx, a timeout or a connection error: the engine backs off and tries again later."""


class VendorRefused(VendorError):
    """A 4xx answer (wrong key, unknown object): retrying will not help until something changes."""


class VendorMalformed(VendorError):
    """A body that is not JSON or lacks a field we need: nothing of that batch is committed."""


@dataclass
class VendorDoc:
    """One vendor object as a document: a message, issue, comment, record or note."""

    source: str
    object_type: str
    external_id: str
    content: str
    parent_id: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    private: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Batch:
    """Documents that commit together with the binding's cursor moved to `cursor`."""

    cursor: Any
    docs: list[VendorDoc]


@dataclass(frozen=True)
class RateLimited:
    """What one call of `VendorClient.waiting_out_rate_limits` returns when the vendor asked to wait `seconds`."""

    seconds: float


class VendorClient:
    """An httpx client for one vendor that counts calls and turns failures into VendorErrors."""

    def __init__(self, vendor: str, base_url: str, headers: dict[str, str]) -> None:
        settings = get_settings()
        self.vendor = vendor
        self.label = LABELS.get(vendor, vendor)
        self.base_url = base_url.rstrip("/")
        self.calls = 0
        self.last_headers: httpx.Headers = httpx.Headers()
        self.last_sent: dict[str, Any] = {}  # the last request as sent: method, full URL, JSON body
        self.max_wait = settings.vendor_max_wait_seconds
        self.waited = 0.0  # seconds spent waiting for rate limits in place
        self.waits: list[str] = []
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.vendor_timeout_seconds),
            headers={"User-Agent": "mirano-memory/0.1", "Accept": "application/json", **headers},
        )

    def __enter__(self) -> VendorClient:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def request(
        self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> Any:
        """One call decoded as JSON; a 4xx is VendorRefused (see `call` for 429 and 5xx)."""
        response = self.call(method, path, params=params, json=json)
        return self.decoded(response, f"{method} {path}")

    def call(
        self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> httpx.Response:
        """One call: a short Retry-After is waited out here, a long one raises; 5xx and transport errors raise.

        Other statuses come back as they are, so a vendor that reports errors in the body (Linear's GraphQL
        RATELIMITED arrives as HTTP 400) can be read before anything is called refused.
        """
        url = self.base_url + path
        described = f"{method} {path}"

        def attempt() -> httpx.Response | RateLimited:
            response = self._send(method, url, params, json, described)
            self.last_headers = response.headers
            if response.status_code == 429:
                return RateLimited(retry_after_seconds(response.headers.get("Retry-After")))
            if response.status_code >= 500:
                raise VendorUnavailable(
                    self.vendor,
                    f"{self.label}: unavailable (HTTP {response.status_code}) on {described}",
                    described,
                )
            return response

        return self.waiting_out_rate_limits(attempt, described)

    def waiting_out_rate_limits(self, attempt: Callable[[], R | RateLimited], described: str) -> R:
        """Call `attempt` until it is not rate limited, waiting each short wait the vendor asks for in place
        (`wait_or_raise`); a wait too long to sit out, or RATE_LIMIT_TRIES limited calls, raise VendorRateLimited.

        The one in-process retry of Mirano (everything else retries durably, through the engine's backoff).
        """
        for _ in range(RATE_LIMIT_TRIES):
            outcome = attempt()
            if not isinstance(outcome, RateLimited):
                return outcome
            self.wait_or_raise(outcome.seconds, described)
        raise VendorRateLimited(self.vendor, outcome.seconds, described)

    def wait_or_raise(self, seconds: float, described: str, why: str = "rate limit") -> None:
        """Wait `seconds` in place when that is short (MIRANO_VENDOR_MAX_WAIT_SECONDS), else VendorRateLimited."""
        seconds = max(0.0, seconds)
        if seconds > self.max_wait:
            raise VendorRateLimited(self.vendor, seconds, described)
        if seconds > 0:
            time.sleep(seconds)
            self.waited += seconds
            self.waits.append(f"waited {seconds:.1f} s for {self.label}'s {why}")

    def _send(self, method: str, url: str, params: Any, json: Any, described: str) -> httpx.Response:
        before_call = BEFORE_CALL.get()
        if before_call is not None:
            before_call()  # the run's ledger counts the call before it leaves
        self.calls += 1
        self.last_sent = {
            "method": method,
            "url": str(httpx.URL(url, params=params)) if params else url,
            "body": json,
        }
        try:
            return self._client.request(method, url, params=params, json=json)
        except httpx.TransportError as exc:  # said as the sources say it; the library's words go to the log
            log.warning("%s: %s failed: %s: %s", self.label, described, type(exc).__name__, exc)
            raise VendorUnavailable(
                self.vendor,
                f"{self.label}: {transport_failure(exc, self._client.timeout.read or 0)}",
                described,
            ) from None

    def decoded(self, response: httpx.Response, described: str) -> Any:
        """The JSON body of a 2xx answer; a 4xx is VendorRefused with the vendor's own words."""
        if response.status_code >= 400:
            detail = _error_text(response)
            raise VendorRefused(
                self.vendor,
                f"{self.label}: refused {described} (HTTP {response.status_code}: {detail})",
                described,
            )
        return self.json_of(response, described)

    def json_of(self, response: httpx.Response, described: str) -> Any:
        """The body as JSON, whatever the status; VendorMalformed when it is not JSON."""
        try:
            return response.json()
        except ValueError:
            raise self.malformed(described, "the body is not valid JSON") from None

    def malformed(self, described: str, what: str) -> VendorMalformed:
        """A VendorMalformed error naming this vendor, the call and the field."""
        return VendorMalformed(
            self.vendor, f"{self.label}: malformed response to {described}: {what}", described
        )


def _error_text(response: httpx.Response) -> str:
    """The vendor's own words, scrubbed of secrets before they are cut short (a cut key is still a key)."""
    try:
        body = response.json()
    except ValueError:
        return scrub(response.text)[:200]
    if isinstance(body, dict):
        return scrub(str(body.get("message") or body.get("error") or body.get("errors") or body))[:200]
    return scrub(str(body))[:200]


class Shape:
    """Reads fields out of a vendor body, raising VendorMalformed that names the field when one is wrong."""

    def __init__(self, client: VendorClient, described: str) -> None:
        self.client = client
        self.described = described

    def get(
        self, obj: Any, key: str, kind: type | tuple[type, ...], where: str, optional: bool = False
    ) -> Any:
        """obj[key] checked to be of `kind` (None allowed when optional)."""
        if not isinstance(obj, dict):
            raise self.client.malformed(self.described, f"{where} is not an object")
        if key not in obj or (obj[key] is None and not optional):
            if optional:
                return None
            raise self.client.malformed(self.described, f"{where}.{key} is missing")
        value = obj[key]
        if value is not None and not isinstance(value, kind):
            raise self.client.malformed(
                self.described, f"{where}.{key} is {type(value).__name__}, expected {_kind_name(kind)}"
            )
        return value

    def items(self, obj: Any, key: str, where: str) -> Iterator[tuple[str, Any]]:
        """(path, item) for each element of the list obj[key]."""
        for i, item in enumerate(self.get(obj, key, list, where)):
            yield f"{where}.{key}[{i}]", item


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {"str": "a string", "int": "a number", "float": "a number", "list": "a list", "dict": "an object"}
    return " or ".join(dict.fromkeys(names.get(k.__name__, k.__name__) for k in kinds))


def as_sentence(line: str) -> str:
    """A header line ended with a full stop, so chunking and extraction do not run it into the next sentence."""
    line = line.strip()
    return line if not line or line[-1] in ".!?…:;" else line + "."


def from_unix(value: Any) -> datetime | None:
    """A UTC datetime from unix seconds."""
    return datetime.fromtimestamp(float(value), UTC) if value is not None else None


def from_iso(value: str | None) -> datetime | None:
    """A UTC datetime from an ISO-8601 string (with Z or an offset; Attio's nanoseconds are trimmed)."""
    if not value:
        return None
    text = value.replace("Z", "+00:00")
    if "." in text:  # 2022-11-21T13:22:49.061281000+00:00 → microseconds
        head, _, tail = text.partition(".")
        digits = "".join(ch for ch in tail if ch.isdigit())
        zone = tail[len(digits) :]
        text = f"{head}.{digits[:6].ljust(6, '0')}{zone}"
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
