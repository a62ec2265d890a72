"""Rules applied to every final answer, in both modes: no "just checked" claims, no secrets, cite the ids,
name what is pending, call reused data reused and stale data stale. Applied in code, whatever the model wrote."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from langchain_core.messages import BaseMessage, ToolMessage

from pipeline.config import get_settings

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
    "reused": re.compile(r"(?i)reuse|re-used|переиспольз|повторно\s+использ"),
    "stale": re.compile(r"(?i)stale|out\s+of\s+date|outdated|устар"),
}
KIND_LABELS = {
    "en": {
        "run": "run",
        "check": "check",
        "task": "task",
        "fact": "fact",
        "evidence": "evidence",
        "digest": "digest",
        "entity": "item",
        "document": "document",
        "chunk": "excerpt",
    },
    "ru": {
        "run": "запуск",
        "check": "проверка",
        "task": "задача",
        "fact": "факт",
        "evidence": "доказательство",
        "digest": "дайджест",
        "entity": "запись",
        "document": "документ",
        "chunk": "фрагмент",
    },
}
NOTES = {
    "en": {
        "sources": "Sources: {items}.",
        "pending": "Still pending: {items} — the result is partial.",
        "reused": "Reused, not re-checked: {items}.",
        "stale": "Stale: {items}.",
    },
    "ru": {
        "sources": "Источники: {items}.",
        "pending": "Ещё в обработке: {items} — результат частичный.",
        "reused": "Переиспользовано, не перепроверялось: {items}.",
        "stale": "Устарело: {items}.",
    },
}


def language(text: str) -> str:
    """'ru' when the text is mostly Cyrillic, else 'en'."""
    cyrillic = len(re.findall(r"[а-яё]", text, re.I))
    latin = len(re.findall(r"[a-z]", text, re.I))
    return "ru" if cyrillic and cyrillic >= latin / 2 else "en"


@dataclass
class Grounds:
    """What the tool results of one turn oblige the answer to say."""

    cite: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    reused: list[dict[str, Any]] = field(default_factory=list)
    stale: list[dict[str, Any]] = field(default_factory=list)

    def add(self, envelope: dict[str, Any]) -> None:
        for key in ("cite", "pending", "reused", "stale"):
            for item in envelope.get(key) or []:
                if item not in getattr(self, key):
                    getattr(self, key).append(item)


def grounds_from(messages: list[BaseMessage]) -> Grounds:
    """Collect the obligations from the ToolMessages of the current turn."""
    grounds = Grounds()
    for message in messages:
        if isinstance(message, ToolMessage):
            try:
                envelope = json.loads(message.content) if isinstance(message.content, str) else {}
            except json.JSONDecodeError:
                continue
            if isinstance(envelope, dict):
                grounds.add(envelope)
    return grounds


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
    kind = str(item.get("kind", ""))
    ident = str(item.get("id", ""))
    if kind == "evidence":
        ident = ident[:12]
    return (
        f"{KIND_LABELS[lang].get(kind, kind)} #{ident}"
        if kind != "evidence"
        else f"{KIND_LABELS[lang][kind]} {ident}"
    )


def _mentions(text: str, item: dict[str, Any]) -> bool:
    ident = str(item.get("id", ""))
    if item.get("kind") == "evidence":
        return ident[:8] in text
    return re.search(rf"(?<![\w.]){re.escape(ident)}(?![\w])", text) is not None


def short_date(iso: str | None) -> str:
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
        notes.append(NOTES[lang]["sources"].format(items=", ".join(missing[:12])))
    pending = [
        str(p.get("label") or p.get("source"))
        for p in grounds.pending
        if str(p.get("source", "")).lower() not in text.lower() and str(p.get("label", "")) not in text
    ]
    if pending:
        notes.append(NOTES[lang]["pending"].format(items=", ".join(pending)))
    if grounds.reused and not MARKERS["reused"].search(text):
        items = [
            f"{r.get('label') or r.get('source')} ({short_date(r.get('fetched_at'))})" for r in grounds.reused
        ]
        notes.append(NOTES[lang]["reused"].format(items="; ".join(items[:8])))
    if grounds.stale and not MARKERS["stale"].search(text):
        items = [
            f"{s.get('label') or s.get('source')} ({short_date(s.get('fetched_at'))})" for s in grounds.stale
        ]
        notes.append(NOTES[lang]["stale"].format(items="; ".join(items[:8])))
    return notes


def enforce(answer: str, grounds: Grounds, lang: str) -> str:
    """The final answer as it may be shown: claims stripped, secrets redacted, obligations appended."""
    text = strip_claims(answer.strip(), lang)
    notes = _required_notes(text, grounds, lang)
    if notes:
        text = (text + "\n\n" + "\n".join(notes)).strip()
    return redact(text)
