"""Secrets never stored: every configured secret, and anything shaped like a credential, is cut out of text.

Vendors and models echo what they were sent (a Linear 401 body repeating the key, a URL with `?token=`), and that
text becomes error reasons, run reasons, job state, logs and prompts. It is scrubbed where it crosses into them:
Mirano's errors on creation (pipeline.engine.exceptions), every log record, the database's reason and error columns
(`ScrubbedText`, pipeline.models.base) and what the assistant sends to and keeps from an online model.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any
from urllib.parse import urlsplit

MASK = "[redacted]"
_reading = threading.local()
MIN_SECRET = 6  # shorter values ("demo", the demo servers' key) are not secrets and too common to cut out

# Credential-shaped values whatever the key: "Authorization: Bearer …", "api_access_token: …", "?token=…",
# "api_key=…", and the shapes of OpenAI and Linear keys.
_LABELLED = re.compile(
    r"(?i)\b(authorization|api[_-]?access[_-]?token|api[_-]?key|x-api-key|access[_-]?token|token|secret|password)"
    r"(\"?'?\s*[:=]\s*\"?'?)(bearer\s+|basic\s+)?([^\s\"',;&}\]]+)"
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}")
_KEY_SHAPES = re.compile(r"\b(sk-[A-Za-z0-9_-]{16,}|lin_(?:api|oauth)_[A-Za-z0-9]{16,})")
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")


def configured_secrets() -> list[str]:
    """Every secret in the configuration (keys, tokens, webhook secrets, the database password), longest first."""
    from pipeline.config import get_settings

    if getattr(_reading, "settings", False):  # the settings' own error is being made: it names no secret
        return []
    _reading.settings = True
    try:
        settings = get_settings()
    except Exception:  # noqa: BLE001 — settings that do not load have no secrets to hide yet
        return []
    finally:
        _reading.settings = False
    values = [
        settings.chatwoot_api_token,
        settings.linear_api_key,
        settings.attio_api_key,
        settings.openai_api_key,
        settings.webhook_secret,
        settings.webhook_token,
        settings.notice_webhook_secret,
    ]
    if settings.database_url and "://" in settings.database_url:
        values.append(urlsplit(settings.database_url).password)
    return sorted({v for v in values if v and len(v) >= MIN_SECRET}, key=len, reverse=True)


def scrub(text: str) -> str:
    """`text` without any configured secret or credential-shaped value."""
    if not text:
        return text
    for secret in configured_secrets():
        if secret in text:
            text = text.replace(secret, MASK)
    text = _LABELLED.sub(_keep_label, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _KEY_SHAPES.sub(MASK, text)
    return _URL_PASSWORD.sub(lambda m: f"{m.group(1)}{MASK}{m.group(3)}", text)


def scrub_json(value: Any) -> Any:
    """A JSON value with every string in it scrubbed (a vendor's answer kept in an audit row)."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [scrub_json(v) for v in value]
    if isinstance(value, dict):
        return {k: scrub_json(v) for k, v in value.items()}
    return value


def _credential_like(value: str) -> bool:
    """Long enough and not a plain word: "token: sk_live_9f…" is a credential, "a secret: set it" is prose."""
    if len(value) < 8:
        return False
    return any(c.isdigit() or c.isupper() or c in "-_.+/=" for c in value)


def _keep_label(match: re.Match[str]) -> str:
    label, separator, scheme, value = match.groups()
    if value == MASK or not _credential_like(value):
        return match.group(0)
    return f"{label}{separator}{scheme or ''}{MASK}"


class _ScrubbingRecords:
    """A log record factory that scrubs each record's message and traceback as it is made."""

    def __init__(self, factory: logging.LogRecordFactory) -> None:  # type: ignore[name-defined]
        self.factory = factory

    def __call__(self, *args: object, **kwargs: object) -> logging.LogRecord:
        record = self.factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 — a malformed record is logging's to report
            return record
        record.msg, record.args = scrub(message), None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        return record


def scrub_logs() -> None:
    """Scrub every log record of this process (idempotent)."""
    current = logging.getLogRecordFactory()
    if not isinstance(current, _ScrubbingRecords):
        logging.setLogRecordFactory(_ScrubbingRecords(current))
