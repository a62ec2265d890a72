"""Developer reviews: paginated JSON linked by `next`, plus the developer's status."""

from __future__ import annotations

from typing import Any

import httpx

from pipeline.sources import FactRecord, SubjectRef, no_records, property_ref
from pipeline.sources.http import SourceCall

MAX_PAGES = 50


def _pages(call: SourceCall, address: str) -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = []
    path, query = "/developer", {"address": address}
    while path and len(pages) < MAX_PAGES:
        body = call.json(path, query)
        if not isinstance(body, dict) or not isinstance(body.get("items"), list) or "next" not in body:
            raise call.malformed("reviews page lacks `items` or `next`")
        pages.append(body)
        if not body["next"]:
            break
        url = httpx.URL(body["next"])
        path, query = url.path, dict(url.params)
    return pages


def search(call: SourceCall, params: dict[str, Any]) -> list[FactRecord]:
    """The building developer's status and every review of it."""
    pages = _pages(call, params["address"])
    developer = pages[0].get("developer")
    if not developer:
        return [no_records("reviews", property_ref(params), "застройщик и отзывы не найдены")]
    if not developer.get("inn"):
        raise call.malformed("developer without INN")
    ref = SubjectRef(
        "developer", developer["inn"], developer["name"], {"inn": developer["inn"]}, relation="developer"
    )
    facts = [
        FactRecord(
            ref,
            "developer_status",
            "status",
            {
                "name": developer["name"],
                "status": developer.get("status"),
                "bankrupt": "банкрот" in str(developer.get("status")),
            },
        )
    ]
    for page in pages:
        for item in page["items"]:
            if not item.get("id") or item.get("rating") is None:
                raise call.malformed("a review lacks id or rating")
            value = {k: item.get(k) for k in ("rating", "text", "date", "author")}
            facts.append(FactRecord(ref, "review", str(item["id"]), value))
    return facts
