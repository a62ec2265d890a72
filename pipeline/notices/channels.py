"""Sending one notice to one channel: a signed JSON webhook, or an e-mail over SMTP.

Both carry the delivery's idempotency key (the same on every retry), so a receiver can drop a repeat.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import smtplib
from email.message import EmailMessage
from typing import Any

import httpx

from pipeline.config import get_settings
from pipeline.engine.exceptions import MiranoError


class DeliveryFailed(MiranoError):
    """A send that did not go through, with a reason a person can read."""


def body_of(notice: dict[str, Any]) -> bytes:
    """The exact bytes the webhook posts and signs."""
    return json.dumps(notice, sort_keys=True, ensure_ascii=False).encode()


def signature(body: bytes, secret: str) -> str:
    """HMAC-SHA256 over the body with the shared secret, as sent in X-Mirano-Signature."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def send_webhook(notice: dict[str, Any], key: str, attempt: int) -> str:
    settings = get_settings()
    body = body_of(notice)
    headers = {
        "Content-Type": "application/json",
        "X-Mirano-Signature": signature(body, settings.notice_webhook_secret),
        "Idempotency-Key": key,
        "X-Mirano-Attempt": str(attempt),
    }
    try:
        response = httpx.post(
            settings.notice_webhook_url or "",
            content=body,
            headers=headers,
            timeout=settings.notice_timeout_seconds,
        )
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"webhook unreachable: {type(exc).__name__}: {exc}") from None
    if response.status_code >= 300:
        raise DeliveryFailed(f"webhook answered HTTP {response.status_code}")
    return f"webhook answered HTTP {response.status_code}"


def email_of(notice: dict[str, Any], key: str) -> EmailMessage:
    settings = get_settings()
    message = EmailMessage()
    message["Subject"] = f"Mirano: {notice['title']}"
    message["From"] = settings.notice_email_from
    message["To"] = settings.notice_email_to
    message["Message-ID"] = f"<{key}@mirano>"
    diff = notice["diff"]
    lines = [notice["title"], ""]
    for label in ("added", "changed", "removed"):
        for item in diff.get(label, []):
            lines.append(f"{label}: {item.get('identity') or item.get('text')}")
    lines += ["", "The diff and its evidence, as JSON:", json.dumps(notice, ensure_ascii=False, indent=1)]
    message.set_content("\n".join(lines))
    return message


def send_email(notice: dict[str, Any], key: str, attempt: int) -> str:
    settings = get_settings()
    try:
        with smtplib.SMTP(
            settings.notice_smtp_host or "",
            settings.notice_smtp_port,
            timeout=settings.notice_timeout_seconds,
        ) as smtp:
            refused = smtp.send_message(email_of(notice, key))
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryFailed(f"SMTP failed: {type(exc).__name__}: {exc}") from None
    if refused:
        raise DeliveryFailed(f"SMTP refused recipients: {', '.join(refused)}")
    return f"accepted by {settings.notice_smtp_host}:{settings.notice_smtp_port}"


SENDERS = {"webhook": send_webhook, "email": send_email}
