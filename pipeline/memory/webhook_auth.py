"""Who may post a webhook: Chatwoot's signature, checked before the payload is trusted, and replays dropped.

Chatwoot signs each delivery with the webhook's secret: `X-Chatwoot-Signature: sha256=<hex>`, the HMAC-SHA256 of
`"{X-Chatwoot-Timestamp}.{raw body}"`; `X-Chatwoot-Delivery` names the delivery. With MIRANO_WEBHOOK_SECRET set,
a delivery needs a valid signature, a timestamp within MIRANO_WEBHOOK_TOLERANCE_SECONDS of the database's clock
and a delivery id not seen within that window. Without a secret the endpoint may listen only on loopback, where a
URL token (MIRANO_WEBHOOK_TOKEN) is the fall-back for a local set-up.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.config import get_settings
from pipeline.engine import clock
from pipeline.engine.exceptions import BadInput

SIGNATURE = "X-Chatwoot-Signature"
TIMESTAMP = "X-Chatwoot-Timestamp"
DELIVERY = "X-Chatwoot-Delivery"
SEEN_LIMIT = 100_000  # delivery ids remembered at most (each for the tolerance window)


@dataclass(frozen=True)
class Refusal:
    """Why a delivery is not accepted: the HTTP status and a short reason (never internal detail)."""

    status: int
    reason: str


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_listener(host: str) -> None:
    """Refuse to listen off loopback without a secret: anyone who can reach the port could post events."""
    settings = get_settings()
    if settings.webhook_secret or is_loopback(host):
        return
    raise BadInput(
        "MIRANO_WEBHOOK_SECRET",
        f"the webhook endpoint would listen on {host} (not loopback) without a secret: set MIRANO_WEBHOOK_SECRET "
        "to the Chatwoot webhook's secret, or MIRANO_WEBHOOK_HOST=127.0.0.1, or MIRANO_WEBHOOK_PORT=0 to turn it off",
    )


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header's value for a delivery (what Chatwoot, and the demo Chatwoot, send)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def signed_headers(secret: str, body: bytes, delivery: str) -> dict[str, str]:
    """Headers of a signed delivery of `body`, stamped with the shared clock."""
    timestamp = str(int(clock.now().timestamp()))
    return {SIGNATURE: sign(secret, timestamp, body), TIMESTAMP: timestamp, DELIVERY: delivery}


def replay_keys(headers: Mapping[str, str]) -> list[str]:
    """What identifies a delivery: its id, and its signature (unique per timestamp and body; the id is not signed,
    so a replay with a new id is still the same signature)."""
    return [f"{name}:{headers[name]}" for name in (DELIVERY, SIGNATURE) if headers.get(name)]


class Gate:
    """Checks deliveries for one endpoint: headers before the body is read, the signature after."""

    def __init__(self) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()  # delivery id → monotonic time it was accepted
        self._lock = threading.Lock()

    def before_body(self, headers: Mapping[str, str], query_token: str) -> Refusal | None:
        """What can be refused without reading the body: missing or stale signature headers, a replayed delivery,
        a wrong URL token (loopback fall-back)."""
        settings = get_settings()
        secret = settings.webhook_secret
        if not secret:
            token = settings.webhook_token
            if token and not secrets.compare_digest(query_token.encode(), token.encode()):
                return Refusal(401, "wrong or missing token")
            return None
        signature, stamp = headers.get(SIGNATURE), headers.get(TIMESTAMP)
        if not signature or not stamp:
            return Refusal(401, f"unsigned: {SIGNATURE} and {TIMESTAMP} are required")
        try:
            sent = int(stamp)
        except ValueError:
            return Refusal(401, f"{TIMESTAMP} is not a unix time")
        if abs(clock.now().timestamp() - sent) > settings.webhook_tolerance_seconds:
            return Refusal(401, "stale or future timestamp")
        if self._was_seen(replay_keys(headers)):
            return Refusal(200, "duplicate delivery")
        return None

    def after_body(self, headers: Mapping[str, str], body: bytes) -> Refusal | None:
        """The signature over timestamp and raw body, compared in constant time; remembers the delivery id."""
        secret = get_settings().webhook_secret
        if not secret:
            return None
        expected = sign(secret, headers.get(TIMESTAMP) or "", body)
        if not hmac.compare_digest(expected.encode(), (headers.get(SIGNATURE) or "").encode()):
            return Refusal(401, "bad signature")
        if not self._remember(replay_keys(headers)):
            return Refusal(200, "duplicate delivery")  # two copies raced past before_body
        return None

    def _was_seen(self, keys: list[str]) -> bool:
        with self._lock:
            self._forget_old()
            return any(key in self._seen for key in keys)

    def _remember(self, keys: list[str]) -> bool:
        """Record a delivery's keys; False if any was already there."""
        with self._lock:
            self._forget_old()
            if any(key in self._seen for key in keys):
                return False
            for key in keys:
                self._seen[key] = time.monotonic()
            while len(self._seen) > SEEN_LIMIT:
                self._seen.popitem(last=False)
            return True

    def _forget_old(self) -> None:
        # Twice the window: a delivery replayed later than that has a stale timestamp anyway.
        horizon = time.monotonic() - 2 * get_settings().webhook_tolerance_seconds
        while self._seen and next(iter(self._seen.values())) < horizon:
            self._seen.popitem(last=False)
