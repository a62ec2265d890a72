"""Names people read for the codes the pipeline stores: sources, fact kinds, value fields, subject levels.

One place for them, so a page never shows "court" or "court_case"; every name goes through the message catalogs
(the Russian is in pipeline/i18n/locales/ru/LC_MESSAGES/dashboard.po).
"""

from __future__ import annotations

from typing import Any

from ui.lang import lang, t, t_in

SOURCES = {
    "court": "Court cases",
    "enforcement": "Enforcement proceedings",
    "listings": "Listings",
    "reviews": "Developer reviews",
}
FACT_KINDS = {
    "court_case": "court case",
    "developer_status": "developer status",
    "enforcement_proceeding": "enforcement proceeding",
    "listing": "listing",
    "market_price": "market price",
    "review": "review",
    "no_records": "nothing found",
    "builds": "developer of the building",
    "cadastral_number": "cadastral number",
}
LEVELS = ("property", "building", "flat", "developer", "person", "source")  # msgctxt "fact"
VALUE_FIELDS = {  # msgctxt "fact"
    "plaintiff": "plaintiff",
    "defendant": "defendant",
    "category": "category",
    "builds": "builds",
    "cadastral": "cadastral number",
    "cadastral_number": "cadastral number",
    "inn": "INN",
    "name": "name",
    "id": "id",
    "address": "address",
    "market": "market",
    "building": "building",
    "developer": "developer",
    "price": "price",
    "price_per_m2": "price per m²",
    "median_price_per_m2": "median price per m²",
    "area": "area",
    "rooms": "rooms",
    "floor": "floor",
    "rating": "rating",
    "amount": "amount",
    "active": "active",
    "status": "status",
    "bankruptcy": "bankruptcy",
    "bankrupt": "bankrupt",
    "role": "role",
    "court": "court",
    "date": "date",
    "number": "number",
    "subject": "subject",
    "text": "text",
    "author": "author",
    "title": "title",
    "district": "district",
    "listings": "listings",
}
HIDDEN_FIELDS = ("url", "note")  # a note is the sentence itself: shown without its field name


def source_name(source: str) -> str:
    """'Court cases' for "court"; an unknown source keeps its key, capitalised."""
    return t(SOURCES[source]) if source in SOURCES else source.capitalize()


def fact_kind(kind: str) -> str:
    return t(FACT_KINDS[kind]) if kind in FACT_KINDS else kind.replace("_", " ")


def level_name(level: str) -> str:
    return t_in("fact", level) if level in LEVELS else level


def field_name(field: str) -> str:
    return t_in("fact", VALUE_FIELDS[field]) if field in VALUE_FIELDS else field.replace("_", " ")


def value_text(value: Any) -> str:
    """A fact value in one line: 'price 48000000 · area 75.0' (a note alone: 'судебные дела не найдены')."""
    if isinstance(value, dict):
        parts = [str(value["note"])] if value.get("note") else []
        parts += [
            f"{field_name(k)} {flag(v) if isinstance(v, bool) else value_text(v)}"
            for k, v in value.items()
            if k not in HIDDEN_FIELDS
        ]
        return " · ".join(parts)
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    return str(value)


def flag(value: bool) -> str:
    return t("yes") if value else t("no")


def bilingual(text: str) -> str:
    """Risk explanations are written 'Russian / English': a Russian reader gets the Russian half, others both."""
    if lang() != "ru" or " / " not in text:
        return text
    return text.rsplit(" / ", 1)[0] or text


JOB_TITLES = {
    "ingest.chatwoot": "Chatwoot sync",
    "ingest.linear": "Linear sync",
    "ingest.attio": "Attio sync",
    "memory.build": "Memory index",
    "memory.extract": "Commitments and risks",
    "memory.digest": "Weekly digest",
    "memory.suggest": "Suggested actions",
    "checks.recheck": "Re-checks",
    "checks.prefetch": "Prefetch before expiry",
    "notices.deliver": "Notice delivery",
    "notices.health": "Job health alerts",
    "notices.projects": "Project alerts",
}


def job_title(name: str, description: str = "") -> str:
    """A job as people call it ('Синхронизация Chatwoot'); a job without a title is named by its description."""
    if name in JOB_TITLES:
        return t(JOB_TITLES[name])
    return t(description) if description else name
