"""A property fact as a sentence in the answer's language: its kind named as people name it, its value read out
(never a code or JSON). Outside text (a review, a court's case category) stays quoted as data."""

from __future__ import annotations

import ast
import json
from typing import Any

from agent.envelope import unwrap
from agent.offline.composing.common import quote
from pipeline.i18n import tr, tr_in

SENTENCES = {
    "court_case": "court case {number} in {court}, {date}: plaintiff {plaintiff}, defendant {defendant}",
    "listing": "a listing at {price} ₽ for {area} m² ({price_per_m2} ₽/m²), {date}",
    "market_price": "the market median in {district}: {median_price_per_m2} ₽/m²",
    "cadastral_number": "cadastral number {number}",
    "builds": "the developer is {name} (INN {inn})",
    "developer_status": "developer {name}: {status}",
    "review": "a review rated {rating} of 5, {date}: {text}",
    "enforcement_proceeding": "enforcement proceeding {number} of {date}: {subject}, {amount} ₽, {department}; {state}",
    "no_records": "no records found",
}
FACTORS = {
    "court_cases_as_defendant": "court cases against the developer or owner",
    "price_below_market": "price below market",
    "developer_bankrupt": "developer bankrupt",
    "bad_reviews": "bad reviews",
    "active_enforcement": "active enforcement proceedings",
}
QUOTED = ("text", "category", "status", "title", "note", "subject", "department")


def _number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return (
        f"{value:,.0f}".replace(",", " ") if float(value).is_integer() else f"{value:,.1f}".replace(",", " ")
    )


def _value(raw: Any) -> Any:
    text = unwrap(raw)
    for read in (json.loads, ast.literal_eval):  # stored as JSON, or a value's repr in a snapshot diff
        try:
            return read(text)
        except (TypeError, ValueError, SyntaxError):
            continue
    return text


def fact_sentence(kind: str, raw: Any, lang: str) -> str:
    """ "court case А40-1/2025 in Арбитражный суд г. Москвы, 2025-11-03: …" from a fact's kind and stored value."""
    value = _value(raw)
    if not isinstance(value, dict):
        return quote(value, 100)
    shown = {k: (quote(v, 100) if k in QUOTED else _number(v)) for k, v in value.items()}
    if kind == "enforcement_proceeding":
        shown["state"] = _proceeding_state(value, lang)
    template = SENTENCES.get(kind)
    if (
        kind == "court_case" and value.get("category") and value.get("status")
    ):  # what the case is about, its stage; each party named with its role («кто истец?»)
        template = "court case {number} in {court}, {date}: plaintiff {plaintiff}, defendant {defendant} ({category}; {status})"
    if template:
        try:
            return tr(lang, template, **shown)
        except (KeyError, IndexError):
            pass
    parts = [
        f"{field_label(k, lang)} {_said(v, lang)}"
        for k, v in shown.items()
        if v is not None and not isinstance(v, dict | list)
    ]
    return tr(lang, KIND_NAMES.get(kind, kind.replace("_", " "))) + ": " + ", ".join(parts)


def _said(value: Any, lang: str) -> Any:
    """A value as read out: yes or no for a flag, never Python's True/False."""
    return tr(lang, "yes" if value else "no") if isinstance(value, bool) else value


def _proceeding_state(value: dict[str, Any], lang: str) -> str:
    """ "active", or "ended: <the bailiffs' reason>" (a registry's own words, quoted)."""
    if value.get("active", not value.get("end_reason")):
        return tr(lang, "active proceeding")
    if value.get("end_reason"):
        return tr(lang, "ended: {reason}", reason=quote(value["end_reason"], 80))
    return tr(lang, "ended")


# Names of a fact's kinds and value fields (the dashboard's catalog messages; fields under msgctxt "fact")
KIND_NAMES = {
    "court_case": "court case",
    "developer_status": "developer status",
    "enforcement_proceeding": "enforcement proceeding",
    "listing": "listing",
    "market_price": "market price",
    "builds": "developer of the building",
}
FIELD_NAMES = {
    "price_per_m2": "price per m²",
    "median_price_per_m2": "median price per m²",
    "cadastral": "cadastral number",
    "inn": "INN",
}
HIDDEN_FIELDS = ("url", "note")


def field_label(name: str, lang: str) -> str:
    return tr_in(lang, "fact", FIELD_NAMES.get(name, name.replace("_", " ")))


def field_values(raw: Any, lang: str) -> str:
    """A part of a fact's value ("price 48 000 000, price per m² 640 000") with its fields named in words."""
    value = _value(raw)
    if not isinstance(value, dict):
        return quote(value, 80)
    parts = [
        f"{field_label(k, lang)} {quote(v, 60) if k in QUOTED else _number(v)}"
        for k, v in value.items()
        if k not in HIDDEN_FIELDS and not isinstance(v, dict | list)
    ]
    return ", ".join(parts) or quote(value, 80)


def factor_name(code: str, lang: str) -> str:
    """A risk factor as people name it ("price below market"), never its code."""
    return tr(lang, FACTORS[code]) if code in FACTORS else code.replace("_", " ")


def review_summary(facts: list[dict[str, Any]], lang: str) -> list[str]:
    """The reviews among a check's facts in one line: how many, and their average rating ("3 reviews, average
    rating 1.3 of 5"); nothing when there are none."""
    ratings = [
        float(v["rating"])
        for f in facts
        if f.get("type") == "review"
        and isinstance(v := _value(f["value"]), dict)
        and isinstance(v.get("rating"), int | float)
    ]
    if not ratings:
        return []
    average = f"{sum(ratings) / len(ratings):.1f}"
    return [tr(lang, "{n} review(s), average rating {average} of 5.", n=len(ratings), average=average)]
