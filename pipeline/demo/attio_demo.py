"""Demo Attio REST v2: records query/get/patch for companies and deals, notes list/create, workspace members.

As Attio: `GET /v2/notes` takes at most 50 a page (a larger limit is a validation error), an actor is only
{type, id} (names come from `GET /v2/workspace_members`), and every value carries the fields its
attribute_type requires in Attio's OpenAPI document. `GET /attio/_demo/exchanges` lists every request with its
answer, for tests that check both against that document.
"""

from __future__ import annotations

from typing import Any

from pipeline.demo import vendor_data as fx
from pipeline.demo.server import App, DemoCalendar, DemoRequest, DemoResponse, path_param
from pipeline.demo.vendors import Clock, iso

OBJECTS = ("companies", "deals")
RECORD = "/v2/objects/{object}/records/{record_id}"
NOTES_MAX = 50
MEMBERS = [
    ("kate", "Kate", "Wilson", "kate@demo.example"),
    ("alexey", "Алексей", "Морозов", "alexey@demo.example"),
]


def member_id(key: str) -> str:
    return fx.demo_uuid(f"member:{key}")


def _error(status: int, code: str, message: str) -> DemoResponse:
    kind = "auth_error" if status == 401 else "invalid_request_error"
    return DemoResponse(status, {"status_code": status, "type": kind, "code": code, "message": message})


class AttioDemo(App):
    """Authorization: Bearer demo."""

    name = "attio"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self.clock = Clock()
        self.reset_data()
        self.route("POST", "/v2/objects/{object}/records/query", self.query)
        self.route("GET", RECORD, self.get_record)
        self.route("PATCH", RECORD, self.patch_record)
        self.route("GET", "/v2/notes", self.list_notes)
        self.route("POST", "/v2/notes", self.create_note)
        self.route("GET", "/v2/workspace_members", self.workspace_members)
        self.route("POST", "/_demo/edit", self.edit)
        self.route("GET", "/_demo/exchanges", self.list_exchanges)
        self.exchanges: list[dict[str, Any]] = []

    def dispatch(self, request: DemoRequest) -> DemoResponse:
        response = super().dispatch(request)
        if not request.path.startswith("/_demo/"):
            try:
                body = request.json()
            except ValueError:
                body = request.body.decode(errors="replace")
            self.exchanges.append(
                {
                    "method": request.method,
                    "path": request.path,
                    "query": request.query,
                    "body": body,
                    "status": response.status,
                    "response": response.body,
                }
            )
        return response

    def list_exchanges(self, request: DemoRequest) -> DemoResponse:
        return DemoResponse(body={"exchanges": self.exchanges})

    def workspace_members(self, request: DemoRequest) -> DemoResponse:
        if denied := self._denied(request):
            return denied
        members = [
            {
                "id": {"workspace_id": fx.WORKSPACE_ID, "workspace_member_id": member_id(key)},
                "first_name": first,
                "last_name": last,
                "avatar_url": None,
                "email_address": email,
                "created_at": "2025-01-06T09:00:00.000000000Z",
                "access_level": "admin" if key == "kate" else "member",
            }
            for key, first, last, email in MEMBERS
        ]
        return DemoResponse(body={"data": members})

    def reset_data(self) -> None:
        """Restore the fixtures."""
        now = self.calendar.minute()
        self.records: dict[str, dict[str, Any]] = {}
        self.notes: list[dict[str, Any]] = []
        self.exchanges = []
        for n, (key, name, domain, description) in enumerate(fx.COMPANIES):
            at = now - (400 - n) * 3600
            self._new_record(
                "companies",
                key,
                at,
                {
                    "name": {"value": name},
                    "domains": {"domain": domain, "root_domain": domain},
                    "description": {"value": description},
                },
            )
        for key, name, stage, value, currency in fx.DEALS:
            self._new_record(
                "deals",
                key,
                now - 300 * 3600,
                {
                    "name": {"value": name},
                    "stage": {"status": _status(stage)},
                    "value": {"currency_value": value, "currency_code": currency},
                },
            )
        for parent_object, key, hours, title, text in fx.NOTES:
            by = "alexey" if any("а" <= ch <= "я" for ch in text.lower()) else "kate"
            author = ("workspace-member", member_id(by))
            self._new_note(parent_object, fx.record_id(key), title, text, now - hours * 3600, author)

    def _value(self, slug: str, content: dict[str, Any], at: int, by: str = "kate") -> dict[str, Any]:
        kinds = {"value": "text", "domain": "domain", "status": "status", "currency_value": "currency"}
        kind = next(kinds[k] for k in content if k in kinds)
        return {
            "active_from": iso(at),
            "active_until": None,
            "created_by_actor": {"type": "workspace-member", "id": member_id(by)},
            "attribute_type": kind,
            **content,
        }

    def _new_record(self, obj: str, key: str, at: int, values: dict[str, dict[str, Any]]) -> None:
        rid = fx.record_id(key)
        self.records[rid] = {
            "object": obj,
            "created_at": at,
            "values": {slug: [self._value(slug, content, at)] for slug, content in values.items()},
        }

    def _new_note(
        self,
        parent_object: str,
        parent_id: str,
        title: str,
        text: str,
        at: int,
        author: tuple[str, str | None] = ("workspace-member", member_id("kate")),
    ) -> dict[str, Any]:
        note = {
            "id": {
                "workspace_id": fx.WORKSPACE_ID,
                "note_id": fx.demo_uuid(f"note:{len(self.notes)}:{title}"),
            },
            "parent_object": parent_object,
            "parent_record_id": parent_id,
            "title": title,
            "content_plaintext": text,
            "content_markdown": text,
            "tags": [],
            "meeting_id": None,
            "created_by_actor": {"type": author[0], "id": author[1]},  # Attio gives no name here
            "created_at": iso(at),
        }
        self.notes.append(note)
        return note

    def _record_json(self, rid: str) -> dict[str, Any]:
        record = self.records[rid]
        return {
            "id": {
                "workspace_id": fx.WORKSPACE_ID,
                "object_id": fx.demo_uuid(f"object:{record['object']}"),
                "record_id": rid,
            },
            "created_at": iso(record["created_at"]),
            "web_url": f"https://app.attio.com/demo/{record['object'][:-1]}/{rid}",
            "values": record["values"],
        }

    def _denied(self, request: DemoRequest) -> DemoResponse | None:
        if request.headers.get("authorization") != "Bearer demo":
            return _error(401, "unauthorized", "Invalid or missing access token.")
        return None

    def query(self, request: DemoRequest) -> DemoResponse:
        if denied := self._denied(request):
            return denied
        obj = path_param("/v2/objects/{object}/records/query", request.path, "object")
        if obj not in OBJECTS:
            return _error(404, "not_found", f'Object with slug/ID "{obj}" not found.')
        body = request.json() or {}
        wanted = _record_filter(body.get("filter") or {})
        if wanted is False:
            return _error(400, "filter_error", "Error in filter.")
        rids = [
            rid for rid, r in self.records.items() if r["object"] == obj and (wanted is None or rid in wanted)
        ]
        reverse = any(s.get("direction") == "desc" for s in body.get("sorts") or [])
        rids.sort(key=lambda rid: self.records[rid]["created_at"], reverse=reverse)
        offset, limit = int(body.get("offset") or 0), min(int(body.get("limit") or 500), 500)
        return DemoResponse(body={"data": [self._record_json(rid) for rid in rids[offset : offset + limit]]})

    def get_record(self, request: DemoRequest) -> DemoResponse:
        if denied := self._denied(request):
            return denied
        rid = path_param(RECORD, request.path, "record_id")
        if rid not in self.records:
            return _error(404, "not_found", f'Record with ID "{rid}" not found.')
        return DemoResponse(body={"data": self._record_json(rid)})

    def patch_record(self, request: DemoRequest) -> DemoResponse:
        if denied := self._denied(request):
            return denied
        rid = path_param(RECORD, request.path, "record_id")
        if rid not in self.records:
            return _error(404, "not_found", f'Record with ID "{rid}" not found.')
        values = ((request.json() or {}).get("data") or {}).get("values") or {}
        self._set_values(
            rid, {slug: {"value": v} if not isinstance(v, dict) else v for slug, v in values.items()}
        )
        return DemoResponse(body={"data": self._record_json(rid)})

    def _set_values(self, rid: str, values: dict[str, dict[str, Any]]) -> None:
        """New active values; the previous ones get active_until (values are histories)."""
        now = self.clock.tick()
        for slug, content in values.items():
            history = self.records[rid]["values"].setdefault(slug, [])
            for old in history:
                if old["active_until"] is None:
                    old["active_until"] = iso(now)
            history.append(self._value(slug, content, now))

    def list_notes(self, request: DemoRequest) -> DemoResponse:
        if denied := self._denied(request):
            return denied
        q = request.query
        found = [
            n
            for n in self.notes
            if (not q.get("parent_object") or n["parent_object"] == q["parent_object"])
            and (not q.get("parent_record_id") or n["parent_record_id"] == q["parent_record_id"])
        ]
        offset, limit = int(q.get("offset") or 0), int(q.get("limit") or 10)
        if not 1 <= limit <= NOTES_MAX:
            return _error(
                400, "validation_type", f"Query validation error: limit must be between 1 and {NOTES_MAX}"
            )
        return DemoResponse(body={"data": found[offset : offset + limit]})

    def create_note(self, request: DemoRequest) -> DemoResponse:
        if denied := self._denied(request):
            return denied
        data = (request.json() or {}).get("data") or {}
        missing = [
            k for k in ("parent_object", "parent_record_id", "title", "format", "content") if k not in data
        ]
        if missing:
            return _error(
                400, "validation_type", f"Body payload validation error: missing {', '.join(missing)}"
            )
        if data["parent_record_id"] not in self.records:
            return _error(404, "not_found", "Parent record not found.")
        note = self._new_note(
            data["parent_object"],
            data["parent_record_id"],
            data["title"],
            data["content"],
            self.clock.tick(),
            author=("api-token", fx.demo_uuid("api-token:mirano")),  # written with an API key
        )
        return DemoResponse(body={"data": note})

    def edit(self, request: DemoRequest) -> DemoResponse:
        """{"record": key, "values": {slug: text}} changes values; {"note": {"record", "title", "text"}} adds a note
        (by a workspace member, or with "api_token": name by another integration's API key)."""
        spec = request.json() or {}
        if "note" in spec:
            n = spec["note"]
            rid = fx.record_id(n["record"])
            by = ("api-token", fx.demo_uuid(f"api-token:{n['api_token']}")) if n.get("api_token") else None
            note = self._new_note(
                self.records[rid]["object"],
                rid,
                n.get("title", ""),
                n["text"],
                self.clock.tick(),
                *([by] if by else []),
            )
            return DemoResponse(body={"ok": True, "note": note})
        rid = fx.record_id(spec["record"])
        self._set_values(rid, {slug: {"value": text} for slug, text in spec["values"].items()})
        return DemoResponse(body={"ok": True, "record": self._record_json(rid)})


def _status(title: str) -> dict[str, Any]:
    """A status value's `status` object, with the fields Attio's schema requires."""
    return {
        "id": {
            "workspace_id": fx.WORKSPACE_ID,
            "object_id": fx.demo_uuid("object:deals"),
            "attribute_id": fx.demo_uuid("attribute:deals.stage"),
            "status_id": fx.demo_uuid(f"status:{title}"),
        },
        "title": title,
        "is_archived": False,
        "celebration_enabled": False,
        "target_time_in_status": None,
    }


def _record_filter(spec: dict[str, Any]) -> set[str] | None | bool:
    """The record ids a filter allows (None: all); False for a filter the demo does not understand."""
    if not spec:
        return None
    if set(spec) != {"record_id"}:
        return False
    cond = spec["record_id"]
    if isinstance(cond, str):
        return {cond}
    if isinstance(cond, dict) and "$in" in cond:
        return set(cond["$in"])
    if isinstance(cond, dict) and "$eq" in cond:
        return {cond["$eq"]}
    return False
