"""Identity at two levels against the running demo sources: what two checks share, and what they never share."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from pipeline.checks.address import AddressRefused, parse_address
from pipeline.cli import app
from pipeline.db import read_scope
from pipeline.models import Task
from pipeline.models.checks import Evidence, SearchJob, SearchTask, Subject
from pipeline.service import checks as service
from pipeline.sources import base_url, connector
from pipeline.sources.http import SourceCall, SourceMalformed
from tests.checks.helpers import count, tasks

FLAT_7 = "г. Москва, ул. Тверская, д. 1, кв. 7"  # the demo's flat whose owner has a proceeding
FLAT_8 = "Москва, Тверская улица, дом 1, квартира 8"
SWAPPED = "г. Москва, ул. Тверская, д. 7, кв. 1"
ROOT = Path(__file__).resolve().parents[2]


def _done(address: str, profile: str = "full") -> dict:
    return service.wait_for(service.start_check(address, profile)["id"], timeout=60)


def _sources(check: dict) -> dict[str, dict]:
    return {s["source"]: s for s in check["sources"]}


def test_house_and_flat_numbers_swapped_are_two_properties_that_share_nothing(sources) -> None:
    first = _done(FLAT_7)
    assert {f["factor"] for f in first["risk"]["factors"]} == {"active_enforcement"}
    requests = sources.requests()

    swapped = _done(SWAPPED)

    assert swapped["property"]["id"] != first["property"]["id"]
    # nothing reused from the other building; no developer named, so its reviews and court cases are not asked
    assert {s["source"]: s["mode"] for s in swapped["sources"]} == {
        "court": "fetched",
        "court.developer": "skipped",
        "enforcement": "fetched",
        "listings": "fetched",
        "reviews": "skipped",
    }
    assert len(swapped["tasks"]) == 3 and sources.requests() > requests
    assert not any(f["reused"] for f in swapped["facts"])
    assert swapped["risk"]["score"] == 0 and swapped["risk"]["factors"] == []


def test_two_flats_share_the_buildings_facts_and_never_the_flats(sources) -> None:
    seven = _done(FLAT_7)
    before = sources.stats()

    eight = _done(FLAT_8)

    shared = _sources(eight)
    for source in ("court", "listings"):
        assert shared[source]["mode"] == "reused" and shared[source]["level"] == "building"
        assert shared[source]["reuse_label"] == f"building facts reused from check #{seven['id']}"
    assert shared["reviews"]["mode"] == "reused" and shared["reviews"]["level"] == "developer"
    assert shared["reviews"]["reuse_label"].startswith(
        f"developer facts reused from check #{seven['id']} of {seven['address']}, fetched "
    )
    assert shared["enforcement"]["mode"] == "fetched" and shared["enforcement"]["level"] == "flat"
    stats = sources.stats()
    assert stats["enforcement"]["requests"] > before["enforcement"]["requests"]
    for source in ("court", "listings", "reviews"):
        assert stats[source]["requests"] == before[source]["requests"]
    owners = {f["subject"]["name"] for f in eight["facts"] if f["source"] == "enforcement"}
    assert "Волков Артём Денисович" not in owners  # flat 7's owner is not flat 8's
    assert "active_enforcement" not in {f["factor"] for f in eight["risk"]["factors"]}
    assert {f["id"] for f in eight["facts"] if f["source"] == "listings"} == {
        f["id"] for f in seven["facts"] if f["source"] == "listings"
    }
    seven_again = service.get_check(seven["id"])  # flat 8's enforcement fetch did not reach flat 7's report
    assert [f["factor"] for f in seven_again["risk"]["factors"]] == ["active_enforcement"]
    assert not any(f["type"] == "no_records" and f["source"] == "enforcement" for f in seven_again["facts"])


def test_a_building_check_then_a_flat_check_reuses_only_building_sources(sources) -> None:
    house = _done("г. Москва, ул. Тверская, д. 1")
    flat = service.start_check(FLAT_7, "full")
    modes = {s["source"]: (s["mode"], s["reused_from_job_id"]) for s in flat["sources"]}
    assert modes == {
        "court": ("reused", house["id"]),
        "court.developer": ("reused", house["id"]),
        "listings": ("reused", house["id"]),
        "reviews": ("reused", house["id"]),
        "enforcement": ("fetched", None),
    }
    assert flat["pending"] == ["enforcement"] and flat["level"] == "flat"
    with read_scope() as s:
        building = s.scalar(select(Subject).where(Subject.level == "building"))
        assert building is not None and building.name == "г. Москва, Тверская ул., д. 1"
        assert count(Subject, Subject.level == "flat") == 1


def test_sources_receive_the_readable_canonical_address_and_its_region(sources) -> None:
    check = _done(FLAT_7)
    canonical = parse_address(FLAT_7).canonical
    assert check["canonical_address"] == canonical == "г. Москва, Тверская ул., д. 1, кв. 7"
    assert check["components"]["street"] == "Тверская" and check["components"]["flat"] == "7"
    sent = {t.source: t.params for t in tasks()}
    assert sent["enforcement"] == {"address": canonical, "region": "77"}
    for source in ("court", "listings"):
        assert sent[source]["address"] == "г. Москва, Тверская ул., д. 1"
    assert sent["reviews"] == {"inn": "7701000001"}  # asked about the developer the listings named
    with read_scope() as s:
        requests = [e.request for e in s.scalars(select(Evidence))]
    asked = {
        parse_qs(urlsplit(line.split(" ", 1)[1]).query).get("address", [None])[0]
        for request in requests
        for line in request.splitlines()
        if "address=" in line
    }
    assert asked == {canonical, "г. Москва, Тверская ул., д. 1"}  # what reached the sources, not a key


def test_a_source_sent_an_internal_key_refuses_it(sources) -> None:
    key = parse_address(FLAT_7).key
    response = httpx.get(f"{sources.url}/sources/listings/search", params={"address": key})
    assert response.status_code == 400 and "cannot read" in response.json()["error"]
    with SourceCall("court", base_url("court")) as call, pytest.raises(SourceMalformed, match="HTTP 400"):
        connector("court")(call, {"address": "12 5 ленина", "region": "77"})


def test_the_demo_sources_parse_addresses_with_code_of_their_own() -> None:
    for module in ("property_data.py", "property_sources.py"):
        tree = ast.parse((ROOT / "pipeline" / "demo" / module).read_text())
        imported = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
            alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        }
        assert not any(name.startswith("pipeline.checks") for name in imported), module


def _nothing_spent(sources) -> None:
    assert count(SearchJob) == 0 and count(SearchTask) == 0 and count(Subject) == 0
    with read_scope() as s:
        assert s.scalar(select(Task.id).where(Task.queue.like("source.%"))) is None
    assert sources.requests() == 0


@pytest.mark.parametrize("garbage", ["asdf", "Москва", "ул. Ленина, 5", "Москва, Ленина 5 12", "12345", ""])
def test_garbage_is_refused_before_anything_is_created_or_called(sources, garbage: str) -> None:
    with pytest.raises(AddressRefused):
        service.start_check(garbage, "full")
    _nothing_spent(sources)


def test_a_list_with_one_bad_address_opens_none_of_them(sources) -> None:
    with pytest.raises(AddressRefused, match="address 2 of 3"):
        service.start_checks([FLAT_7, "asdf", FLAT_8], "full")
    _nothing_spent(sources)


def test_the_cli_refuses_garbage_with_exit_2_and_names_what_is_missing(sources) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["check", "asdf", "--json"])
    body = json.loads(result.stdout)
    assert result.exit_code == 2 and body["field"] == "address"
    assert body["missing"] == ["settlement", "house"] and "missing the settlement" in body["error"]
    human = runner.invoke(app, ["check", "Москва, Ленина 5 12"])
    assert human.exit_code == 2 and len(human.stderr.strip().splitlines()) == 1
    assert "did you mean: г. Москва, ул. Ленина, д. 5, кв. 12" in human.stderr
    _nothing_spent(sources)


def test_an_address_without_a_city_is_refused_with_the_known_candidates(sources) -> None:
    service.start_check("г. Москва, ул. Тверская, д. 1", "basic")
    service.start_check("г. Тверь, ул. Тверская, д. 1", "basic")
    jobs = count(SearchJob)
    with pytest.raises(AddressRefused) as refused:
        service.start_check("ул. Тверская, д. 1", "basic")
    assert refused.value.missing == ["settlement"]
    assert refused.value.candidates == [
        "г. Москва, Тверская ул., д. 1",
        "Тверская обл., г. Тверь, Тверская ул., д. 1",
    ]
    assert count(SearchJob) == jobs


def test_check_json_shows_the_parse(sources) -> None:
    result = CliRunner().invoke(app, ["check", "СПб, Невский пр-т, 100, кв. 3", "--json"])
    body = json.loads(result.stdout)
    assert result.exit_code == 0
    assert body["canonical_address"] == "г. Санкт-Петербург, Невский пр-кт, д. 100, кв. 3"
    assert body["level"] == "flat" and body["components"]["settlement"] == "Санкт-Петербург"
    assert body["components"]["street_type"] == "проспект" and body["components"]["house"] == "100"


def test_every_canonical_address_of_the_corpus_is_readable_by_the_demo_sources() -> None:
    """The demo sources must understand what the product sends for any address it accepts (else a check fails)."""
    from pipeline.demo import property_data
    from tests.checks.address_corpus import DIFFERENT_BUILDING, DIFFERENT_FLAT, SAME

    pairs = [text for pair in DIFFERENT_BUILDING + DIFFERENT_FLAT for text in pair]
    for group in [*SAME, pairs]:
        for text in group:
            parsed = parse_address(text)
            for level in ("building", "flat"):
                (city, _, street, house), flat = property_data.read_request(parsed.text_at(level))
                assert city and (street or not parsed.street) and parsed.house.lower() in house, text
                assert flat == (parsed.flat.lower() if parsed.flat and level == "flat" else None), text
