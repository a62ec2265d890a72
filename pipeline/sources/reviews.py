"""Developer reviews: paginated JSON linked by `next`, plus the developer's status."""

from __future__ import annotations

from typing import Any

import httpx

from pipeline.sources import FactRecord, SubjectRef, no_records, property_ref
from pipeline.sources.http import SourceCall

MAX_PAGES = 50


def _pages(call: SourceCall, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Asked about the developer by INN (or, for a check that names none, about the building by address)."""
    pages: list[dict[str, Any]] = []
    path = "/developer"
    query = {"inn": params["inn"]} if params.get("inn") else {"address": params["address"]}
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
    """The developer's status and every review of it."""
    pages = _pages(call, params)
    developer = pages[0].get("developer")
    if not developer:
        asked = SubjectRef("developer", params["inn"], f"ИНН {params['inn']}") if params.get("inn") else None
        return [no_records("reviews", asked or property_ref(params), "застройщик и отзывы не найдены")]
    if not developer.get("inn"):
        raise call.malformed("developer without INN")
    if params.get("inn") and developer["inn"] != params["inn"]:
        raise call.malformed(f"asked about INN {params['inn']}, answered about {developer['inn']}")
    # asked by INN, the facts are about the subject asked for ("self"); asked by address, about the building's one
    relation = "self" if params.get("inn") else "developer"
    ref = SubjectRef(
        "developer", developer["inn"], developer["name"], {"inn": developer["inn"]}, relation=relation
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
