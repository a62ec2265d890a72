"""Demo property-check sources, each shaped like its real kind.

- enforcement: an asynchronous API after the former FSSP one (create a search task → poll status → result);
- court: an HTML results page the connector parses, searched by address or, as the arbitration courts' card index
  (kad.arbitr.ru) is, by a participant's INN on any side;
- listings and developer reviews: paginated JSON (`page`/`pages` and `next` respectively).
"""

from __future__ import annotations

import html
import re
import threading
import uuid
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from pipeline.demo import property_data
from pipeline.demo.server import MOSCOW, App, DemoCalendar, DemoRequest, DemoResponse

PAGE_SIZE = 2
# FSSP status codes: 0 done, 1 queued, 2 running, 3 error.
DONE, QUEUED, RUNNING, ERROR = 0, 1, 2, 3


class CourtApp(App):
    """Court cases search: an HTML page with one table row per case."""

    name = "court"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self.route("GET", "/search", self.search)
        self.route("GET", "/search/party", self.party)

    def search(self, request: DemoRequest) -> DemoResponse:
        try:
            found = property_data.find(request.query.get("address", ""), self.calendar.today())
        except property_data.Unreadable as exc:
            return _court_error(str(exc))
        return _cases_page(found["court"] if found else [])

    def party(self, request: DemoRequest) -> DemoResponse:
        """The cases a participant takes part in, by its INN (10 or 12 digits); `side`: plaintiff, defendant or
        any."""
        inn, side = request.query.get("inn", ""), request.query.get("side", "any")
        if not re.fullmatch(r"\d{10}|\d{12}", inn):
            return _court_error("ИНН участника: 10 или 12 цифр")
        if side not in ("any", "plaintiff", "defendant"):
            return _court_error("сторона: plaintiff, defendant или any")
        cases = property_data.party_cases(inn, self.calendar.today())
        sides = ("plaintiff", "defendant") if side == "any" else (side,)
        return _cases_page([c for c in cases if any(c.get(f"{x}_inn") == inn for x in sides)])


def _court_error(message: str) -> DemoResponse:
    page = f'<!doctype html><html><body><p class="error">{html.escape(message)}</p></body></html>'
    return DemoResponse(400, page, content_type="text/html; charset=utf-8")


def _cases_page(cases: list[dict[str, Any]]) -> DemoResponse:
    """The results page: one table row per case."""
    rows = "".join(_case_row(c) for c in cases)
    empty = "" if cases else '<p class="empty">Дела не найдены</p>'
    page = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Поиск дел</title></head><body>'
        f'<h1>Результаты поиска</h1><table class="cases" data-total="{len(cases)}"><thead><tr>'
        "<th>Номер дела</th><th>Суд</th><th>Дата</th><th>Истец</th><th>Ответчик</th><th>Категория</th>"
        f"<th>Статус</th></tr></thead><tbody>{rows}</tbody></table>{empty}</body></html>"
    )
    return DemoResponse(body=page, content_type="text/html; charset=utf-8")


def _case_row(case: dict[str, Any]) -> str:
    def cell(cls: str, value: str, extra: str = "") -> str:
        return f'<td class="{cls}"{extra}>{html.escape(value)}</td>'

    inn = f' data-inn="{case["defendant_inn"]}"' if case.get("defendant_inn") else ""
    plaintiff_inn = f' data-inn="{case["plaintiff_inn"]}"' if case.get("plaintiff_inn") else ""
    return (
        '<tr class="case">'
        + cell("number", case["number"])
        + cell("court", case["court"])
        + cell("date", case["date"])
        + cell("plaintiff", case["plaintiff"], plaintiff_inn)
        + cell("defendant", case["defendant"], inn)
        + cell("category", case["category"])
        + cell("status", case["status"])
        + "</tr>"
    )


class EnforcementApp(App):
    """Enforcement proceedings: create a search task, poll its status, then fetch the result."""

    name = "enforcement"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self._tasks: dict[str, dict[str, Any]] = {}
        self._data_lock = threading.Lock()
        self.route("GET", "/search/address", self.create)
        self.route("GET", "/search/physical", self.create_physical)
        self.route("GET", "/status", self.status)
        self.route("GET", "/result", self.result)

    def reset_data(self) -> None:
        with self._data_lock:
            self._tasks.clear()

    def create(self, request: DemoRequest) -> DemoResponse:
        if not request.query.get("address") or not request.query.get("region"):
            return _fssp_error(400, "address and region are required")
        try:
            property_data.read_request(request.query["address"])
        except property_data.Unreadable as exc:
            return _fssp_error(400, str(exc))
        task = str(uuid.uuid4())
        with self._data_lock:
            self._tasks[task] = {"query": dict(request.query), "polls": 0, "started": datetime.now(MOSCOW)}
        return DemoResponse(
            body={"status": "success", "code": 0, "exception": "", "response": {"task": task}}
        )

    def create_physical(self, request: DemoRequest) -> DemoResponse:
        """FSSP's search by person: lastname, firstname (required), secondname, birthdate (dd.mm.yyyy)."""
        query = request.query
        if not query.get("lastname") or not query.get("firstname"):
            return _fssp_error(400, "lastname and firstname are required")
        born = query.get("birthdate") or ""
        if born and not re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", born):
            return _fssp_error(400, "birthdate must be dd.mm.yyyy")
        task = str(uuid.uuid4())
        with self._data_lock:
            self._tasks[task] = {"query": dict(query), "polls": 0, "started": datetime.now(MOSCOW)}
        return DemoResponse(
            body={"status": "success", "code": 0, "exception": "", "response": {"task": task}}
        )

    def status(self, request: DemoRequest) -> DemoResponse:
        with self._data_lock:
            task = self._tasks.get(request.query.get("task", ""))
            if task is None:
                return _fssp_error(404, "task not found")
            task["polls"] += 1
            code = RUNNING if task["polls"] < 2 else DONE
        progress = "0 of 1" if code else "1 of 1"
        return DemoResponse(
            body={
                "status": "success",
                "code": 0,
                "exception": "",
                "response": {"status": code, "progress": progress},
            }
        )

    def result(self, request: DemoRequest) -> DemoResponse:
        with self._data_lock:
            task = self._tasks.get(request.query.get("task", ""))
        if task is None:
            return _fssp_error(404, "task not found")
        if task["polls"] < 2:
            return DemoResponse(
                body={"status": "success", "code": 0, "response": {"status": RUNNING, "result": []}}
            )
        owner = _found(task["query"], self.calendar.today())
        rows = [_proceeding(owner[0], p) for p in owner[1]] if owner else []
        return DemoResponse(
            body={
                "status": "success",
                "code": 0,
                "exception": "",
                "response": {
                    "status": DONE,
                    "task_start": f"{task['started']:%Y-%m-%d %H:%M:%S}",
                    "task_end": f"{task['started'] + timedelta(seconds=1):%Y-%m-%d %H:%M:%S}",
                    "result": [{"status": 0, "query": {"type": 3, "params": task["query"]}, "result": rows}],
                },
            }
        )


def _found(query: dict[str, str], today: Any) -> tuple[str, list[dict[str, Any]]] | None:
    """The owner and proceedings a search finds: by the flat's address, or by the person named."""
    if "address" in query:
        return property_data.owner_of(query["address"], today)
    name = " ".join(query.get(k, "") for k in ("lastname", "firstname", "secondname"))
    born = query.get("birthdate") or ""
    iso = "-".join(reversed(born.split("."))) if born else None
    return property_data.person(name, iso, today)


def _proceeding(owner: str, p: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": owner.upper(),
        "exe_production": f"{p['number']} от {p['date']}",
        "details": f"Предмет исполнения: {p['subject']}",
        "subject": p["subject"],
        "amount": p["amount"],
        "department": p["department"],
        "bailiff": "Судебный пристав-исполнитель",
        "ip_end": p["end_reason"],
    }


def _fssp_error(code: int, message: str) -> DemoResponse:
    return DemoResponse(code, {"status": "error", "code": code, "exception": message, "response": None})


class ListingsApp(App):
    """Listings for a building: JSON pages with `page` and `pages`, the district market price and the developer."""

    name = "listings"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self.route("GET", "/search", self.search)

    def search(self, request: DemoRequest) -> DemoResponse:
        try:
            found = property_data.find(request.query.get("address", ""), self.calendar.today())
        except property_data.Unreadable as exc:
            return DemoResponse(400, {"error": str(exc)})
        items = found["listings"] if found else []
        page, pages = int(request.query.get("page", "1") or 1), max(1, -(-len(items) // PAGE_SIZE))
        body: dict[str, Any] = {
            "items": items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
            "page": page,
            "pages": pages,
            "total": len(items),
        }
        if found:
            developer = property_data.DEVELOPERS[found["developer"]]
            body["building"] = {
                "cadastral": found["cadastral"],
                "address": found["address"],
                "developer": {"name": developer["name"], "inn": developer["inn"]},
            }
            body["market"] = {"district": found["district"], "median_price_per_m2": found["market_per_m2"]}
        return DemoResponse(body=body)


class ReviewsApp(App):
    """Developer reviews for a building: JSON pages linked by `next`."""

    name = "reviews"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self.route("GET", "/developer", self.developer)

    def developer(self, request: DemoRequest) -> DemoResponse:
        if request.query.get("inn"):
            return self.by_inn(request)
        address = request.query.get("address", "")
        try:
            found = property_data.find(address, self.calendar.today())
        except property_data.Unreadable as exc:
            return DemoResponse(400, {"error": str(exc)})
        if not found:
            return DemoResponse(body={"developer": None, "items": [], "next": None})
        page = int(request.query.get("page", "1") or 1)
        items = found["reviews"]
        more = page * PAGE_SIZE < len(items)
        return DemoResponse(
            body={
                "developer": property_data.DEVELOPERS[found["developer"]],
                "items": items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
                "next": f"/developer?{urlencode({'address': address, 'page': page + 1})}" if more else None,
            }
        )

    def by_inn(self, request: DemoRequest) -> DemoResponse:
        """The developer with this INN and its reviews over all its buildings, `next`-linked pages."""
        inn = request.query["inn"]
        developer = property_data.DEVELOPERS.get(inn)
        if developer is None:
            return DemoResponse(body={"developer": None, "items": [], "next": None})
        page = int(request.query.get("page", "1") or 1)
        items = property_data.developer_reviews(inn, self.calendar.today())
        more = page * PAGE_SIZE < len(items)
        return DemoResponse(
            body={
                "developer": developer,
                "items": items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
                "next": f"/developer?{urlencode({'inn': inn, 'page': page + 1})}" if more else None,
            }
        )


def apps(calendar: DemoCalendar | None = None) -> dict[str, App]:
    """The four demo sources keyed by their mount prefix."""
    return {
        "/sources/court": CourtApp(calendar),
        "/sources/enforcement": EnforcementApp(calendar),
        "/sources/listings": ListingsApp(calendar),
        "/sources/reviews": ReviewsApp(calendar),
    }
