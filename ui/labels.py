"""Names people read for the codes the pipeline stores: sources, fact kinds, value fields, subject levels.

One place for them, so a page never shows "court" or "court_case"; every name goes through the message catalogs
(the Russian is in pipeline/i18n/locales/ru/LC_MESSAGES/dashboard.po).
"""

from __future__ import annotations

from typing import Any

from pipeline.checks.risk_levels import SCALE, risk_level  # noqa: F401 — risk_level re-exported for pages
from pipeline.i18n import jobs
from pipeline.i18n.address_words import address_parts as parts_of_address
from pipeline.i18n.check_words import (
    KIND_LABELS,
    SOURCE_LABELS,
    check_state,
    kind_label,
    source_label,
    source_state,
)
from pipeline.i18n.risk_text import explanation
from ui.lang import lang, t, t_in

SOURCES = SOURCE_LABELS  # one list below the surfaces: the CLI and the reports name sources the same way
FACT_KINDS = KIND_LABELS
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
    return source_label(source, lang())


def check_state_word(status: str | None) -> str:
    """A check's state as a word in the reader's language ("partial", «частичная»)."""
    return check_state(status, lang())


def source_state_word(status: str | None) -> str:
    """A source's or task's state as a word in the reader's language ("waiting", «ждёт»)."""
    return source_state(status, lang())


def fact_kind(kind: str) -> str:
    return kind_label(kind, lang())


def level_name(level: str) -> str:
    return t_in("fact", level) if level in LEVELS else level


def field_name(field: str) -> str:
    return t_in("fact", VALUE_FIELDS[field]) if field in VALUE_FIELDS else field.replace("_", " ")


def value_text(value: Any) -> str:
    """A fact value in one line: 'price 48,000,000 ₽ · area 75 m²' (a note alone: 'судебные дела не найдены')."""
    if isinstance(value, dict):
        parts = [str(value["note"])] if value.get("note") else []
        parts += [f"{field_name(k)} {field_value(k, v)}" for k, v in value.items() if k not in HIDDEN_FIELDS]
        return " · ".join(parts)
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    return str(value)


def value_pairs(value: Any) -> list[tuple[str, str]]:
    """A fact value as (field name, value) lines, for a card per fact: the note first, unnamed."""
    if not isinstance(value, dict):
        return [("", value_text(value))]
    pairs = [("", str(value["note"]))] if value.get("note") else []
    return pairs + [(field_name(k), field_value(k, v)) for k, v in value.items() if k not in HIDDEN_FIELDS]


def field_value(field: str, value: Any) -> str:
    """One field's value as the locale writes it: prices in roubles, areas in m², dates as '5 Nov 2026'."""
    from ui.components import local_date, number

    if isinstance(value, bool):
        return flag(value)
    if isinstance(value, int | float) and field in MONEY_FIELDS:
        return t("{amount} ₽", amount=number(value))
    if isinstance(value, int | float) and field == "area":
        return t("{area} m²", area=number(value, 1))
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1000:
        return number(value, 2)
    if isinstance(value, str) and field in DATE_FIELDS:
        return local_date(value)
    return value_text(value)


MONEY_FIELDS = ("price", "price_per_m2", "median_price_per_m2", "amount")
DATE_FIELDS = ("date", "decided", "started", "opened")


def risk_text(score: float | None) -> str:
    """'60 / 100' — the score with its scale ('—' while there is none); the level word is `risk_word`."""
    return "—" if score is None else f"{score:g} / {SCALE}"


def risk_word(score: float | None) -> str:
    """'high' / 'высокий' for 60; '' while there is no score."""
    level = risk_level(score)
    return t_in("risk", level) if level else ""


def address_parts(components: dict[str, Any], canonical: str = "") -> list[tuple[str, str]]:
    """How an address was read, as named parts written the way the canonical address writes them."""
    return parts_of_address(components, canonical, lang())


def flag(value: bool) -> str:
    return t("yes") if value else t("no")


def bilingual(text: str) -> str:
    """Risk explanations are written 'Russian / English': each reader gets the half in their language."""
    return explanation(text, lang())


def job_title(name: str, description: str = "") -> str:
    """A job as people call it ('Синхронизация Chatwoot'); a job without a title is named by its description."""
    return jobs.job_title(name, lang(), description)
