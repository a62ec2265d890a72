"""Address normalization and the connectors' handling of real-shaped answers, good and bad."""

from __future__ import annotations

import pytest

from pipeline.checks.address import parse_address
from pipeline.checks.reuse import query_params
from pipeline.sources import base_url, connector
from pipeline.sources.court import parse_cases
from pipeline.sources.http import SourceCall, SourceMalformed, SourceRateLimited, SourceUnavailable

EQUIVALENT = [
    ("г. Москва, ул. Тверская, д. 1", "Москва, Тверская улица, 1"),
    ("г. Москва, ул. Тверская, д. 1", "МОСКВА тверская д.1"),
    ("г. Санкт-Петербург, Невский проспект, д. 100", "СПб, Невский пр-т, дом 100"),
    ("г. Москва, Ленинский проспект, д. 90, корп. 2", "Москва, Ленинский просп., 90 к2"),
    ("г. Москва, ул. Садовая-Черногрязская, д. 8", "Москва, Садовая-Черногрязская улица, дом 8"),
]
DIFFERENT = [
    ("Москва, Тверская улица, 1", "Москва, Тверской бульвар, 1"),
    ("Москва, Тверская улица, 1", "Москва, Тверская улица, 11"),
    ("Москва, Ленинский проспект, 90", "Москва, Ленинский проспект, 90 к2"),
]


@pytest.mark.parametrize(("a", "b"), EQUIVALENT)
def test_equivalent_spellings_are_one_property(a: str, b: str) -> None:
    assert parse_address(a).key == parse_address(b).key
    assert parse_address(parse_address(a).canonical).key == parse_address(a).key


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_addresses_stay_different(a: str, b: str) -> None:
    assert parse_address(a).key != parse_address(b).key


def test_region_codes() -> None:
    assert parse_address("СПб, Невский пр-т, 100").region_code == "78"
    assert parse_address("Москва, Тверская, 1").region_code == "77"


def test_changed_court_markup_is_a_parse_error_not_an_empty_result() -> None:
    with pytest.raises(ValueError, match="no results table"):
        parse_cases("<html><body><div class='results'>Дела не найдены</div></body></html>")
    truncated = (
        '<table class="cases" data-total="1"><tbody><tr class="case"><td class="number">А40-1/2025</td>'
    )
    with pytest.raises(ValueError, match="not closed"):
        parse_cases(truncated)
    renamed = (
        '<table class="cases" data-total="1"><tbody><tr class="case"><td class="num">А40-1/2025</td>'
        "</tr></tbody></table>"
    )
    with pytest.raises(ValueError, match="lacks number"):
        parse_cases(renamed)


def _search(source: str, address: str) -> tuple[list, SourceCall]:
    with SourceCall(source, base_url(source)) as call:
        return connector(source)(call, query_params(source, parse_address(address))), call


def test_enforcement_creates_polls_and_fetches_like_fssp(sources) -> None:
    records, call = _search("enforcement", "СПб, Невский пр-т, 100")
    assert [r.split("?")[0].rsplit("/", 1)[-1] for r in call.requests] == [
        "address",
        "status",
        "status",
        "result",
    ]
    active = [r for r in records if r.value["active"]]
    assert len(records) == 3 and len(active) == 2
    assert {r.subject.name for r in records} == {"Иванов Пётр Сергеевич"}
    assert all(r.subject.level == "person" for r in records)


def test_listings_and_reviews_follow_pagination(sources) -> None:
    listings, call = _search("listings", "Москва, Тверская, 1")
    assert call.calls == 2  # three listings, two per page
    assert sorted(r.fact_key for r in listings if r.fact_type == "listing") == ["L-101", "L-102", "L-103"]
    reviews, call = _search("reviews", "Москва, Тверская, 1")
    assert call.calls == 2 and sum(r.fact_type == "review" for r in reviews) == 3


def test_unknown_address_gives_no_records_facts(sources) -> None:
    for source in ("court", "enforcement", "listings", "reviews"):
        records, _ = _search(source, "Москва, ул. Несуществующая, 999")
        assert [(r.fact_type, r.subject.level) for r in records] == [("no_records", "property")]


def test_source_errors_carry_the_request_and_a_readable_reason(sources, monkeypatch) -> None:
    sources.faults(court={"rate_429": 1.0, "retry_after": 7})
    with pytest.raises(SourceRateLimited) as limited:
        _search("court", "Москва, Тверская, 1")
    assert limited.value.retry_after == 7 and "HTTP 429" in limited.value.reason
    assert limited.value.request.startswith("GET http://127.0.0.1")
    sources.faults(listings={"rate_5xx": 1.0}, reviews={"rate_malformed": 1.0})
    with pytest.raises(SourceUnavailable, match="HTTP 503"):
        _search("listings", "Москва, Тверская, 1")
    with pytest.raises(SourceMalformed, match="malformed JSON"):
        _search("reviews", "Москва, Тверская, 1")


def test_a_hanging_source_times_out_with_a_reason(sources, monkeypatch) -> None:
    from pipeline.config import reset_settings

    monkeypatch.setenv("MIRANO_SOURCE_TIMEOUT_SECONDS", "0.2")
    reset_settings()
    sources.faults(court={"rate_timeout": 1.0, "timeout_seconds": 0.6})
    with pytest.raises(SourceUnavailable, match="no answer within 0.2 s"):
        _search("court", "Москва, Тверская, 1")


def test_proxy_pool_rotates_and_rests_failing_proxies() -> None:
    from pipeline.sources.http import DIRECT, ProxyPool

    pool = ProxyPool(["http://p1:3128", "http://p2:3128"])
    assert [pool.acquire("court") for _ in range(4)] == ["http://p1:3128", "http://p2:3128"] * 2
    pool.rest("http://p1:3128", 60)
    assert {pool.acquire("court") for _ in range(4)} == {"http://p2:3128"}
    pool.rest("http://p2:3128", 30)
    with pytest.raises(SourceRateLimited, match="every proxy is cooling down") as resting:
        pool.acquire("court")
    assert 0 < resting.value.retry_after <= 30
    direct = ProxyPool([DIRECT])
    direct.rest(DIRECT)
    assert direct.acquire("court") == DIRECT  # going direct is never taken out


def test_retry_after_reads_delay_seconds_and_http_dates_one_way_for_sources_and_vendors() -> None:
    from datetime import UTC, datetime

    from pipeline.sources.retry_after import retry_after_seconds

    now = datetime(2026, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now=now) == 120.0
    assert retry_after_seconds("Wed, 21 Oct 2026 07:30:00 GMT", now=now) == 120.0  # RFC 9110 IMF-fixdate
    assert retry_after_seconds("Wednesday, 21-Oct-26 07:29:00 GMT", now=now) == 60.0  # obsolete RFC 850 form
    assert retry_after_seconds("Wed, 21 Oct 2026 07:00:00 GMT", now=now) == 0.0  # a date gone by: now
    assert [retry_after_seconds(v, now=now) for v in (None, "", "soon", "inf")] == [1.0, 1.0, 1.0, 1.0]


def test_tasks_share_connections_but_no_cookies(db) -> None:
    """Sources share one client per proxy (kept-alive connections); a cookie one task was sent never reaches the
    next task's calls."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 — the http.server API
            seen.append(self.headers.get("Cookie"))
            self.send_response(200)
            self.send_header("Set-Cookie", "session=abc; Path=/")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        for _ in range(2):
            with SourceCall("court", url) as call:
                assert call.json("/") == {} and call.json("/") == {}
                shared = call.client
        with SourceCall("court", url) as call:
            assert call.client is shared  # one client, so its connections stay open between tasks
    finally:
        server.shutdown()
    assert seen == [None, None, None, None]
