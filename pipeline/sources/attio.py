"""Attio REST v2: a bound company's or deal's record and its notes, incrementally; notes for applied actions.

A record's values are histories; the active value has `active_until: null`. The cursor of a binding is
{"record": latest active_from seen, "notes": latest note created_at committed}; notes are imported oldest
first in small batches, the record whenever one of its active values is newer than the cursor.
Notes are listed 50 a page (Attio's maximum). An actor is only {type, id}: authors are named through
`GET /v2/workspace_members`, read once per sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.config import get_settings
from pipeline.sources.vendor import (
    Batch,
    Shape,
    VendorClient,
    VendorDoc,
    VendorRefused,
    as_sentence,
    from_iso,
)

SOURCE = "attio"
KINDS = ("company", "deal")
OBJECTS = {"company": "companies", "deal": "deals"}
NOTES_PER_BATCH = 20
NOTES_PAGE_MAX = 50  # GET /v2/notes: "the maximum is 50"
ACTOR_LABELS = {"api-token": "API token", "system": "Attio", "app": "an Attio app"}


def client() -> VendorClient:
    """A client for the configured Attio workspace (or the demo server)."""
    settings = get_settings()
    return VendorClient(
        SOURCE,
        settings.vendor_url(SOURCE) + "/v2",
        {"Authorization": f"Bearer {settings.vendor_key(SOURCE) or ''}"},
    )


def render_values(values: dict[str, Any]) -> tuple[list[str], str | None]:
    """Lines "slug: value" of the active values, and the newest active_from among them."""
    lines: list[str] = []
    newest: str | None = None
    for slug, history in values.items():
        active = [v for v in history if isinstance(v, dict) and v.get("active_until") is None]
        shown = [text for text in (_value_text(v) for v in active) if text]
        if shown:
            lines.append(f"{slug}: {', '.join(shown)}")
        for v in active:
            started = v.get("active_from")
            if isinstance(started, str) and (newest is None or from_iso(started) > from_iso(newest)):  # type: ignore[operator]
                newest = started
    return lines, newest


def _value_text(v: dict[str, Any]) -> str | None:
    for key in ("value", "domain", "full_name", "email_address", "target_record_id"):
        if v.get(key) not in (None, ""):
            return str(v[key])
    for key in ("status", "option"):
        if isinstance(v.get(key), dict) and v[key].get("title"):
            return str(v[key]["title"])
    if v.get("currency_value") is not None:
        return f"{v['currency_value']} {v.get('currency_code') or ''}".strip()
    return None


class AttioConnector:
    """Reads records and notes; writes notes for applied actions."""

    source = SOURCE

    def __init__(self, http: VendorClient) -> None:
        self.http = http
        self._members: dict[str, str] | None = None  # workspace member id -> "First Last", once per sync

    def members(self) -> dict[str, str]:
        """Workspace member names by id; empty (authors shown by actor type) when the key may not read them."""
        if self._members is None:
            try:
                body = self.http.request("GET", "/workspace_members")
            except VendorRefused:  # the key lacks user_management:read: notes still sync, unnamed
                self._members = {}
                return self._members
            shape = Shape(self.http, "GET /workspace_members")
            names: dict[str, str] = {}
            for where, member in shape.items(body, "data", "body"):
                ids = shape.get(member, "id", dict, where)
                member_id = shape.get(ids, "workspace_member_id", str, f"{where}.id")
                first = shape.get(member, "first_name", str, where, optional=True) or ""
                last = shape.get(member, "last_name", str, where, optional=True) or ""
                names[member_id] = f"{first} {last}".strip() or member_id
            self._members = names
        return self._members

    def author(self, actor: Any) -> str | None:
        """A person's name for a workspace-member actor, else what kind of actor it was."""
        if not isinstance(actor, dict) or not actor.get("type"):
            return None
        if actor["type"] == "workspace-member":
            return self.members().get(str(actor.get("id")), "a workspace member")
        return ACTOR_LABELS.get(actor["type"], actor["type"])

    def batches(self, kind: str, external_id: str, cursor: Any) -> Iterator[Batch]:
        """The record when it changed, then its new notes oldest first."""
        position = dict(cursor or {})
        obj = OBJECTS[kind]
        record_doc, changed_at = self._record(obj, external_id)
        if (
            record_doc is not None
            and changed_at
            and (not position.get("record") or _later(changed_at, position["record"]))
        ):
            position["record"] = changed_at
            yield Batch(cursor=dict(position), docs=[record_doc])
        notes = [
            n
            for n in self._notes(obj, external_id)
            if not position.get("notes") or _later(n[0], position["notes"])
        ]
        notes.sort(key=lambda n: (from_iso(n[0]), n[1].external_id))
        for start in range(0, len(notes), NOTES_PER_BATCH):
            group = notes[start : start + NOTES_PER_BATCH]
            position["notes"] = group[-1][0]
            yield Batch(cursor=dict(position), docs=[doc for _, doc in group])

    def _record(self, obj: str, record_id: str) -> tuple[VendorDoc | None, str | None]:
        path = f"/objects/{obj}/records/query"
        query = {
            "filter": {"record_id": {"$in": [record_id]}},
            "sorts": [{"attribute": "created_at", "direction": "asc"}],
            "limit": 1,
            "offset": 0,
        }
        body = self.http.request("POST", path, json=query)
        shape = Shape(self.http, f"POST {path}")
        for where, record in shape.items(body, "data", "body"):
            ids = shape.get(record, "id", dict, where)
            found_id = shape.get(ids, "record_id", str, f"{where}.id")
            values = shape.get(record, "values", dict, where)
            lines, changed_at = render_values(values)
            name = next((line.split(": ", 1)[1] for line in lines if line.startswith("name: ")), found_id)
            doc = VendorDoc(
                SOURCE,
                "record",
                f"record:{found_id}",
                "\n".join(as_sentence(line) for line in lines),
                title=f"{obj[:-1]} {name}",
                url=record.get("web_url"),
                created_at=from_iso(shape.get(record, "created_at", str, where)),
                updated_at=from_iso(changed_at),
                meta={"object": obj, "record_id": found_id},
            )
            return doc, changed_at
        return None, None

    def _notes(self, obj: str, record_id: str) -> list[tuple[str, VendorDoc]]:
        found: list[tuple[str, VendorDoc]] = []
        limit = max(1, min(get_settings().attio_notes_page, NOTES_PAGE_MAX))
        for offset in range(0, 100_000, limit):
            params = {"parent_object": obj, "parent_record_id": record_id, "limit": limit, "offset": offset}
            body = self.http.request("GET", "/notes", params=params)
            shape = Shape(self.http, f"GET /notes?offset={offset}")
            page = list(shape.items(body, "data", "body"))
            for where, note in page:
                found.append(self._note(shape, where, note, obj, record_id))
            if len(page) < limit:
                break
        return found

    def _note(self, shape: Shape, where: str, note: Any, obj: str, record_id: str) -> tuple[str, VendorDoc]:
        note_id = shape.get(shape.get(note, "id", dict, where), "note_id", str, f"{where}.id")
        created = shape.get(note, "created_at", str, where)
        title = shape.get(note, "title", str, where, optional=True) or ""
        content = shape.get(note, "content_plaintext", str, where)
        actor = shape.get(note, "created_by_actor", dict, where, optional=True)
        doc = VendorDoc(
            SOURCE,
            "note",
            f"note:{note_id}",
            f"{as_sentence(title)}\n\n{content}".strip(),
            parent_id=f"record:{record_id}",
            title=title or None,
            author=self.author(actor),
            created_at=from_iso(created),
            updated_at=from_iso(created),
            meta={"object": obj, "record_id": record_id},
        )
        return created, doc

    def find_note(self, obj: str, record_id: str, marker: str) -> dict[str, Any] | None:
        """A note on the record whose text carries `marker` (makes a retried note idempotent)."""
        for _, doc in self._notes(obj, record_id):
            if marker in doc.content:
                return {"note_id": doc.external_id.split(":", 1)[1], "title": doc.title}
        return None

    def create_note(self, data: dict[str, Any]) -> dict[str, Any]:
        """POST /v2/notes with {"data": data}; returns the created note's data."""
        body = self.http.request("POST", "/notes", json={"data": data})
        return Shape(self.http, "POST /notes").get(body, "data", dict, "body")


def _later(a: str, b: str) -> bool:
    return from_iso(a) > from_iso(b)  # type: ignore[operator]
