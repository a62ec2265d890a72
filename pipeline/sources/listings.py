"""Listings: paginated JSON (`page`/`pages`) with the building, its developer and the district market price."""

from __future__ import annotations

from typing import Any

from pipeline.sources import FactRecord, SubjectRef, no_records, property_ref
from pipeline.sources.http import SourceCall

MAX_PAGES = 50


def _pages(call: SourceCall, address: str) -> list[dict[str, Any]]:
    pages, page, total = [], 1, 1
    while page <= min(total, MAX_PAGES):
        body = call.json("/search", {"address": address, "page": page})
        if not isinstance(body, dict) or not isinstance(body.get("items"), list) or "pages" not in body:
            raise call.malformed("listings page lacks `items` or `pages`")
        pages.append(body)
        total, page = int(body["pages"]), page + 1
    return pages


def search(call: SourceCall, params: dict[str, Any]) -> list[FactRecord]:
    """Every listing of the building, the district's market price and the building's developer."""
    pages = _pages(call, params["address"])
    prop = property_ref(params)
    items = [item for page in pages for item in page["items"]]
    if not items:
        return [no_records("listings", prop, "объявления не найдены")]
    facts = []
    for item in items:
        if not item.get("id") or not item.get("price") or not item.get("area"):
            raise call.malformed("a listing lacks id, price or area")
        value = {k: item.get(k) for k in ("price", "area", "date", "url", "title", "district")}
        value["price_per_m2"] = round(item["price"] / item["area"])
        facts.append(FactRecord(prop, "listing", str(item["id"]), value))
    first = pages[0]
    if first.get("market"):
        market = first["market"]
        facts.append(FactRecord(prop, "market_price", market["district"], dict(market)))
    building = first.get("building") or {}
    if building.get("cadastral"):
        facts.append(FactRecord(prop, "cadastral_number", "cadastral", {"number": building["cadastral"]}))
    developer = building.get("developer")
    if developer and developer.get("inn"):
        ref = SubjectRef(
            "developer", developer["inn"], developer["name"], dict(developer), relation="developer"
        )
        facts.append(
            FactRecord(ref, "builds", params["address"], {"name": developer["name"], "inn": developer["inn"]})
        )
    return facts
