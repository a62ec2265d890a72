"""Connectors to the property-check sources: one module per source kind, sharing `http`.

Each connector has `search(call, params) -> list[FactRecord]`: it talks to its source through a `SourceCall`
and turns the answer into typed facts about subjects. A source that finds nothing yields one `no_records` fact,
so "checked, nothing found" is a fact too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from pipeline.config import get_settings

if TYPE_CHECKING:
    from pipeline.sources.http import SourceCall

HTTP_NAMES = ("SourceCall", "SourceError", "SourceMalformed", "SourceRateLimited", "SourceUnavailable")


def __getattr__(name: str) -> Any:
    """The shared HTTP client's names, loaded on first use: listing jobs names the sources without httpx."""
    if name in HTTP_NAMES:
        from pipeline.sources import http

        return getattr(http, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SOURCES = ("court", "enforcement", "listings", "reviews")


@dataclass(frozen=True)
class SubjectRef:
    """Who a fact is about: level property | developer | person | source, and its normalized key."""

    level: str
    key: str
    name: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    relation: str = "self"  # how it belongs to the checked property: self | developer | owner | source


@dataclass(frozen=True)
class FactRecord:
    subject: SubjectRef
    fact_type: str
    fact_key: str
    value: dict[str, Any]


def base_source(name: str) -> str:
    """The source a check's part calls: "court" for "court.developer" (the developer's own court cases)."""
    return name.partition(".")[0]


def ttl(source: str, level: str | None = None) -> timedelta:
    """How long facts of this source stay fresh (MIRANO_TTL_<SOURCE>_DAYS), or asked at this level
    (MIRANO_TTL_<SOURCE>_<LEVEL>_DAYS, e.g. reviews of a developer) when the level has its own TTL. A part
    ("court.developer") is its source asked at its level."""
    settings = get_settings()
    source, _, part_level = source.partition(".")
    level = level or part_level or None
    days = getattr(settings, f"ttl_{source}_{level}_days", None) if level else None
    return timedelta(days=float(days if days is not None else getattr(settings, f"ttl_{source}_days")))


def concurrency(source: str) -> int:
    """How many tasks of this source may run at once, across every worker (MIRANO_CONCURRENCY_<SOURCE>)."""
    return int(getattr(get_settings(), f"concurrency_{base_source(source)}"))


def base_url(source: str) -> str:
    return f"{get_settings().vendor_url('sources')}/{base_source(source)}"


def connector(source: str) -> Callable[[SourceCall, dict[str, Any]], list[FactRecord]]:
    """The `search` function of a source."""
    from pipeline.sources import court, enforcement, listings, reviews

    modules = {"court": court, "enforcement": enforcement, "listings": listings, "reviews": reviews}
    source = base_source(source)
    if source not in modules:
        raise ValueError(f"unknown source {source!r}; one of {', '.join(SOURCES)}")
    return modules[source].search


def no_records(source: str, property_ref: SubjectRef, note: str) -> FactRecord:
    """The fact that a source was asked and found nothing."""
    return FactRecord(property_ref, "no_records", source, {"note": note})


def property_ref(params: dict[str, Any]) -> SubjectRef:
    return SubjectRef("property", params["address"], params["address"])


__all__ = [
    "SOURCES",
    "FactRecord",
    "SourceCall",
    "SourceError",
    "SourceMalformed",
    "SourceRateLimited",
    "SourceUnavailable",
    "SubjectRef",
    "base_source",
    "base_url",
    "concurrency",
    "connector",
    "no_records",
    "property_ref",
    "ttl",
]
