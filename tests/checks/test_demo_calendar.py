"""The demo reads the same on any day: its dates are written from the moment `mirano init --demo` ran.

Every expected date here is computed from that moment (an epoch the test chooses relative to the real clock), never
written as a literal, so the file passes under any clock (`make test` runs it again with the clock moved).
"""

from __future__ import annotations

import re
import socket
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import httpx
import pytest

from pipeline.config import get_settings, reset_settings
from pipeline.demo import build_apps
from pipeline.demo.server import DemoServer
from pipeline.engine import clock

MOSCOW = ZoneInfo("Europe/Moscow")
TVERSKAYA = "г. Москва, ул. Тверская, д. 1"
LENINSKY = "г. Москва, Ленинский проспект, д. 90"
NEVSKY = "г. Санкт-Петербург, Невский проспект, д. 100"
DAY = 86_400.0


def demo_day(epoch: float) -> date:
    return datetime.fromtimestamp(epoch, MOSCOW).date()


class _Cells(HTMLParser):
    """The court page's (number, date) cells, read without the product's parser."""

    def __init__(self) -> None:
        super().__init__()
        self.cls: str | None = None
        self.rows: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append({})
        elif tag == "td":
            self.cls = dict(attrs).get("class")

    def handle_data(self, data: str) -> None:
        if self.cls and data.strip():
            self.rows[-1][self.cls] = data.strip()
            self.cls = None


@pytest.fixture(params=[0, -45, -400], ids=["seeded-now", "seeded-45-days-ago", "seeded-400-days-ago"])
def server(request: pytest.FixtureRequest):
    epoch = clock.now().timestamp() + request.param * DAY
    s = DemoServer(build_apps(epoch)).start()
    s.epoch = epoch  # type: ignore[attr-defined]
    yield s
    s.stop()


def test_listings_and_reviews_keep_their_age_from_the_demo_day(server: DemoServer) -> None:
    day = demo_day(server.epoch)  # type: ignore[attr-defined]
    body = httpx.get(f"{server.url}/sources/listings/search", params={"address": TVERSKAYA, "page": 2}).json()
    newest = max(date.fromisoformat(i["date"]) for i in body["items"])
    assert newest == day - timedelta(
        days=4
    )  # published four days before the demo was seeded, whenever that was
    reviews = httpx.get(f"{server.url}/sources/reviews/developer", params={"address": TVERSKAYA}).json()[
        "items"
    ]
    assert all(date.fromisoformat(r["date"]) < day for r in reviews)


def test_case_and_proceeding_numbers_carry_their_own_dates_year(server: DemoServer) -> None:
    page = httpx.get(f"{server.url}/sources/court/search", params={"address": LENINSKY}).text
    cells = _Cells()
    cells.feed(page)
    cases = [r for r in cells.rows if "number" in r]
    assert len(cases) == 2
    for case in cases:
        assert case["number"].endswith(f"/{date.fromisoformat(case['date']).year}"), case
        assert date.fromisoformat(case["date"]) < demo_day(server.epoch)  # type: ignore[attr-defined]

    task = httpx.get(
        f"{server.url}/sources/enforcement/search/address", params={"address": NEVSKY, "region": "78"}
    ).json()["response"]["task"]
    for _ in range(2):
        httpx.get(f"{server.url}/sources/enforcement/status", params={"task": task})
    rows = httpx.get(f"{server.url}/sources/enforcement/result", params={"task": task}).json()
    proceedings = rows["response"]["result"][0]["result"]
    assert len(proceedings) == 3
    for p in proceedings:
        number, on = re.fullmatch(r"(\S+) от (\S+)", p["exe_production"]).groups()  # type: ignore[union-attr]
        assert number.split("/")[1] == f"{date.fromisoformat(on).year % 100:02d}", p


def test_vendor_fixtures_follow_the_same_epoch_and_restart_identically(server: DemoServer) -> None:
    epoch = server.epoch  # type: ignore[attr-defined]
    again = DemoServer(build_apps(epoch)).start()
    try:
        path = "/chatwoot/api/v1/accounts/1/conversations"
        headers = {"api_access_token": "demo"}
        first = httpx.get(server.url + path, headers=headers).json()
        second = httpx.get(again.url + path, headers=headers).json()
        assert first == second  # a restart on another day serves the same timestamps
        times = [c["last_activity_at"] for c in first["data"]["payload"]]
        assert max(times) <= epoch and min(times) > epoch - 30 * DAY
    finally:
        again.stop()
    due = next(i for i in server.apps["/linear"].issues.values() if i["identifier"] == "NW-2")
    due_day = date.fromisoformat(due["dueDate"])
    assert due_day > demo_day(epoch)  # a promise still ahead on the demo's day
    assert f"by {due_day.day} {due_day:%B}" in due["description"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_init_demo_fixes_the_epoch_once_and_the_served_demo_ages_from_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.db import session_scope
    from pipeline.models import Setting
    from pipeline.runtime import ensure_demo_server
    from pipeline.setup import DEMO_EPOCH, demo_epoch, init

    assert demo_epoch() is None  # no database yet, and asking does not create one
    assert not (get_settings().data_dir / "mirano.db").exists()
    init(demo=True)
    seeded = demo_epoch()
    assert seeded is not None and abs(seeded - clock.now().timestamp()) < 60
    init(demo=True)
    assert demo_epoch() == seeded  # a second init keeps the demo's day

    month_ago = seeded - 30 * DAY  # as if the data dir had been seeded a month ago
    with session_scope() as s:
        s.get(Setting, DEMO_EPOCH).value = month_ago
    monkeypatch.setenv("MIRANO_DEMO_URL", f"http://127.0.0.1:{_free_port()}")
    reset_settings()
    server = ensure_demo_server()
    assert server is not None
    try:
        body = httpx.get(
            f"{server.url}/sources/listings/search", params={"address": TVERSKAYA, "page": 2}
        ).json()
        assert max(date.fromisoformat(i["date"]) for i in body["items"]) == demo_day(month_ago) - timedelta(
            days=4
        )
    finally:
        server.stop()
