"""Rules applied to every final answer, in both modes: no "just checked" claims, no secrets, cite the ids,
name what is pending, call reused data reused and stale data stale. Applied in code, whatever the model wrote."""

from __future__ import annotations

import os
import re
from datetime import datetime
from typing import Any

from agent.envelope import Grounds
from agent.offline.composing.common import source
from pipeline.config import get_settings
from pipeline.i18n import tr

SECRET_ENV = ("OPENAI_API_KEY", "LINEAR_API_KEY", "ATTIO_API_KEY", "CHATWOOT_API_TOKEN")
SECRET_PATTERNS = (
    re.compile(r"\bsk-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"\blin_(?:api|oauth)_[A-Za-z0-9]{8,}"),
    re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._\-]{12,}"),
)
REDACTED = "[redacted]"

# Claims of a fresh re-check. Reuse is not a re-check, and dates say how fresh data is, so the claim never stands.
FORBIDDEN_CLAIMS = (
    re.compile(r"(?i)\bjust\s+(?:been\s+)?(?:re-?)?(?:checked|verified|fetched|updated|refreshed)\b"),
    re.compile(r"(?i)\b(?:freshly|newly)\s+(?:re-?)?(?:checked|verified)\b"),
    re.compile(
        r"(?i)\b(?:re-?)?(?:checked|verified)\s+(?:just\s+now|right\s+now|moments?\s+ago|a\s+moment\s+ago)\b"
    ),
    re.compile(r"(?i)только\s+что\s+(?:был[аоиы]?\s+)?(?:пере)?(?:провер|обнов)\w*"),
    re.compile(r"(?i)(?:пере)?провер\w*\s+(?:только\s+что|прямо\s+сейчас|сейчас\s+же)"),
    re.compile(r"(?i)свеже\s*провер\w*"),
)
CLAIM_REPLACEMENT = {
    "en": "[no re-check claim: see the fetched_at dates]",
    "ru": "[без утверждения о перепроверке: см. даты получения]",
}

MARKERS = {
    "reused": re.compile(
        r"(?i)reuse|re-used|переиспольз|повторно\s+использ|взят\w*\s+из\s+(?:прежн|проверк)"
    ),
    "stale": re.compile(r"(?i)stale|out\s+of\s+date|outdated|устар"),
}
KIND_LABELS = {
    "run": "run",
    "check": "check",
    "task": "task",
    "fact": "fact",
    "evidence": "evidence",
    "digest": "digest",
    "entity": "item",
    "document": "document",
    "chunk": "excerpt",
    "snapshot": "snapshot",
    "action": "action",
    "notice": "change notice",
}


def secret_values() -> list[str]:
    """Configured credentials (long enough to be unmistakable)."""
    settings = get_settings()
    values = [
        settings.openai_api_key,
        settings.linear_api_key,
        settings.attio_api_key,
        settings.chatwoot_api_token,
    ]
    values += [os.environ.get(name) for name in SECRET_ENV]
    return sorted({v for v in values if v and len(v) >= 6}, key=len, reverse=True)


def redact(text: str) -> str:
    """Remove configured credentials and anything shaped like an API key."""
    for value in secret_values():
        text = text.replace(value, REDACTED)
    for pattern in SECRET_PATTERNS:
        text = pattern.sub(REDACTED, text)
    return text


def strip_claims(text: str, lang: str) -> str:
    for pattern in FORBIDDEN_CLAIMS:
        text = pattern.sub(CLAIM_REPLACEMENT[lang], text)
    return text


def has_claim(text: str) -> bool:
    """True when the text claims a fresh re-check (used by tests and by the UI's own checks)."""
    return any(p.search(text) for p in FORBIDDEN_CLAIMS)


def cite_label(item: dict[str, Any], lang: str) -> str:
    """ "run #7", "запуск #7", "evidence ab12cd34ef56": how a cited id is named in an answer."""
    kind = str(item.get("kind", ""))
    ident = str(item.get("id", ""))
    label = tr(lang, KIND_LABELS.get(kind, kind)) if kind in KIND_LABELS else kind
    return f"{label} {ident[:12]}" if kind == "evidence" else f"{label} #{ident}"


def _mentions(text: str, item: dict[str, Any]) -> bool:
    ident = str(item.get("id", ""))
    if item.get("kind") == "evidence":
        return ident[:8] in text
    return re.search(rf"(?<![\w.]){re.escape(ident)}(?![\w])", text) is not None


def short_date(iso: str | None) -> str:
    """A stored timestamp as local "YYYY-MM-DD HH:MM"."""
    if not iso:
        return "?"
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _required_notes(text: str, grounds: Grounds, lang: str) -> list[str]:
    notes = []
    missing = [cite_label(c, lang) for c in grounds.cite if not _mentions(text, c)]
    if missing:
        notes.append(tr(lang, "Sources: {items}.", items=", ".join(missing[:12])))
    pending = [
        source(str(p.get("source") or p.get("label")), lang)
        for p in grounds.pending
        if str(p.get("source", "")).lower() not in text.lower()
        and str(p.get("label", "")) not in text
        and tr(lang, str(p.get("source", ""))).lower() not in text.lower()  # named in the answer's language
    ]
    if pending:
        notes.append(tr(lang, "Still pending: {items} — the result is partial.", items=", ".join(pending)))
    if grounds.reused and not MARKERS["reused"].search(text):
        items = [f"{_reused_label(r, lang)} ({short_date(r.get('fetched_at'))})" for r in grounds.reused]
        notes.append(tr(lang, "Reused, not re-checked: {items}.", items="; ".join(items[:8])))
    if grounds.stale and not MARKERS["stale"].search(text):
        items = [
            f"{source(str(s.get('source') or s.get('label')), lang)} ({short_date(s.get('fetched_at'))})"
            for s in grounds.stale
        ]
        notes.append(tr(lang, "Stale: {items}.", items="; ".join(items[:8])))
    return notes


def _reused_label(reused: dict[str, Any], lang: str) -> str:
    """ "listings from check #3" in the answer's language (the tools give the source and the check, not words)."""
    said = source(str(reused.get("source", "")), lang)
    if reused.get("from_check") is None:
        return said
    return f"{said} " + tr(lang, "from check #{check}", check=reused["from_check"])


def enforce(answer: str, grounds: Grounds, lang: str) -> str:
    """The final answer as it may be shown: claims stripped, secrets redacted, obligations appended."""
    text = strip_claims(answer.strip(), lang)
    notes = _required_notes(text, grounds, lang)
    if notes:
        text = (text + "\n\n" + "\n".join(notes)).strip()
    return redact(text)
