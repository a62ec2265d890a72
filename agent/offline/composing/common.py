"""Shared pieces of the offline answers: quotes, money, cost units, times, statuses and reasons in the answer's
language (from the shared message catalogs)."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from agent.envelope import unwrap
from pipeline.engine import clock
from pipeline.i18n import reason_text, status_label, tr
from pipeline.i18n.check_words import source_label

Renderer = Callable[[Any, str, str | None], list[str]]
RENDERERS: dict[str, Renderer] = {}
SOURCE_LABELS = ("court", "court.developer", "enforcement", "listings", "reviews")
UNIT_LABELS = (
    ("embeddings", "{n} embeddings"),
    ("llm_calls", "{n} LLM calls"),
    ("tokens", "{n} tokens"),
    ("source_calls", "{n} source calls"),
)


def renders(tool: Callable[..., Any]) -> Callable[[Renderer], Renderer]:
    """Register the template of a tool's results, keyed by the tool itself."""

    def register(func: Renderer) -> Renderer:
        RENDERERS[tool.__name__] = func
        return func

    return register


def quote(value: Any, limit: int = 220) -> str:
    """Outside text shown as a quotation, never as the assistant's own words."""
    text = unwrap(value)
    return f"«{text[:limit]}{'…' if len(text) > limit else ''}»"


def reason(value: Any, lang: str, limit: int = 220) -> str:
    """An engine reason, translated when it is one of the engine's own, quoted either way."""
    return quote(reason_text(unwrap(value), lang), limit)


def money(value: float | None, places: int = 4) -> str:
    """Dollars to a hundredth of a cent (or `places` decimals), as a person writes them: $0.02, $0.013, $0.0021
    (not $0.0200)."""
    whole, cents = f"{(value or 0):.{places}f}".split(".")
    return f"${whole}.{cents.rstrip('0').ljust(2, '0')}"


def status(value: str | None, lang: str) -> str:
    return status_label(value, lang)


def source(name: str, lang: str) -> str:
    """A source as a sentence names it: «суды застройщика», "developer's court cases" (never its key)."""
    if name not in SOURCE_LABELS:
        return name
    return source_label(name, "en").lower() if lang == "en" else tr(lang, name)


def starter(run: dict[str, Any], lang: str) -> str:
    """How a run started, with the person when a person asked: "button (anna@example.com)", "schedule"."""
    how = tr(lang, run["trigger"])
    who = run.get("started_by")
    return f"{how} ({who})" if who and who not in ("scheduler", run["trigger"]) else how


# The time zone the question asked for («по Москве», "Moscow time"); None is the machine's own
ZONE: ContextVar[str | None] = ContextVar("mirano_answer_zone", default=None)


def _zone() -> ZoneInfo | None:
    name = ZONE.get()
    return ZoneInfo(name) if name else None


def when(iso: str | None, lang: str) -> str:
    """A time as people read it: "23:45" today, else "2026-12-01 23:45" (local time, or the zone asked for)."""
    if not iso:
        return tr(lang, "never")
    try:
        moment = datetime.fromisoformat(iso).astimezone(_zone())
    except ValueError:
        return iso
    today = clock.now().astimezone(_zone()).date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")


def day(iso: str | None) -> str:
    if not iso:
        return "?"
    return datetime.fromisoformat(iso).astimezone(_zone()).strftime("%Y-%m-%d")


def units(cost: dict[str, Any], lang: str) -> str:
    """A cost in its units and in money: "2 source calls, 0 embeddings, …, $0.0020"."""
    parts = [tr(lang, label, n=f"{cost.get(key, 0):g}") for key, label in UNIT_LABELS]
    return ", ".join(parts) + f", {money(cost.get('usd'))}"


def duration(seconds: float | None, lang: str) -> str:
    if seconds is None:
        return "?"
    return tr(lang, "{s} s", s=f"{seconds:g}")


def cadence(seconds: int | None, lang: str) -> str:
    if not seconds:
        return "?"
    seconds = int(seconds)
    if seconds % 604800 == 0:  # "every 7 day(s)" reads as what people say: a week
        weeks = seconds // 604800
        said = tr(lang, "(a week)") if weeks == 1 else tr(lang, "({n} week(s))", n=weeks)
        return tr(lang, "{n} day(s)", n=seconds // 86400) + " " + said
    if seconds % 86400 == 0:
        return tr(lang, "{n} day(s)", n=seconds // 86400)
    if seconds % 3600 == 0:
        return tr(lang, "{n} h", n=seconds // 3600)
    return tr(lang, "{n} min", n=seconds // 60)
