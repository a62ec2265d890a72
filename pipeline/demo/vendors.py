"""Demo Chatwoot, Linear and Attio APIs on 127.0.0.1, speaking the vendors' real paths and shapes.

Each accepts the key `demo`. `POST {prefix}/_demo/edit` changes data the way a person would upstream (edit a
message, an issue or a record value; add a message or a note), and `reset_data()` restores the fixtures.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any

from pipeline.demo import vendor_data as fx
from pipeline.demo.server import App, DemoRequest, DemoResponse, path_param

ACCOUNT = "/api/v1/accounts/{account_id}"
CONVERSATION_PAGE = 25
MESSAGE_PAGE = 20


class Clock:
    """Unix seconds that never repeat, so every edit is strictly newer than what came before."""

    def __init__(self) -> None:
        self.last = 0
        self._lock = threading.Lock()

    def tick(self) -> int:
        with self._lock:
            self.last = max(int(time.time()), self.last + 1)
            return self.last


def iso(ts: int) -> str:
    """Attio/Linear-style timestamp text."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class ChatwootDemo(App):
    """Chatwoot Application API: inboxes, conversations (25 a page), messages walked back with `before`."""

    name = "chatwoot"

    def __init__(self) -> None:
        super().__init__()
        self.clock = Clock()
        self.reset_data()
        self.route("GET", f"{ACCOUNT}/inboxes", self.inboxes)
        self.route("GET", f"{ACCOUNT}/conversations", self.conversations)
        self.route("GET", f"{ACCOUNT}/contacts/{{id}}/conversations", self.contact_conversations)
        self.route("GET", f"{ACCOUNT}/conversations/{{conversation_id}}/messages", self.messages)
        self.route("POST", "/_demo/edit", self.edit)

    def reset_data(self) -> None:
        """Restore the fixtures."""
        now = int(time.time()) // 60 * 60
        self.conversations_by_id: dict[int, dict[str, Any]] = {}
        self.messages_by_id: dict[int, dict[str, Any]] = {}
        self._next_message = 1001
        plan = [*fx.CONVERSATIONS, (fx.MEETING_CONVERSATION, 1, 11, 90, fx.meeting_lines())]
        plan += [(n, 2, 12, 200 + n, fx.filler_lines(n)) for n in fx.FILLER_CONVERSATIONS]
        for conv_id, inbox, contact, hours, lines in plan:
            self.conversations_by_id[conv_id] = {
                "id": conv_id,
                "inbox_id": inbox,
                "contact_id": contact,
                "status": "open",
                "created_at": now - hours * 3600,
                "last_activity_at": now - hours * 3600,
            }
            for i, (sender, text, private) in enumerate(lines):
                self._add_message(conv_id, sender, text, private, now - hours * 3600 + i * 600)

    def _add_message(self, conv_id: int, sender: Any, text: str, private: bool, at: int) -> dict[str, Any]:
        conv = self.conversations_by_id[conv_id]
        contact = fx.CONTACTS[conv["contact_id"]]
        if sender == "c":
            who = {
                "sender_type": "Contact",
                "sender_id": contact["id"],
                "sender": {"id": contact["id"], "name": contact["name"], "type": "contact"},
            }
            message_type = 0
        elif sender == "a":
            who, message_type = {"sender_type": None, "sender_id": None, "sender": None}, 2
        else:
            who = {
                "sender_type": "User",
                "sender_id": sender,
                "sender": {"id": sender, "name": fx.AGENTS[sender], "type": "user"},
            }
            message_type = 1
        message = {
            "id": self._next_message,
            "content": text,
            "account_id": fx.ACCOUNT_ID,
            "inbox_id": conv["inbox_id"],
            "conversation_id": conv_id,
            "message_type": message_type,
            "created_at": at,
            "updated_at": at,
            "private": private,
            "status": "sent",
            "content_type": "text",
            "content_attributes": {},
            **who,
        }
        self.messages_by_id[message["id"]] = message
        self._next_message += 1
        conv["last_activity_at"] = max(conv["last_activity_at"], at)
        return message

    def _authorized(self, request: DemoRequest) -> DemoResponse | None:
        if request.headers.get("api_access_token") != "demo":
            return DemoResponse(401, {"error": "You need to sign in or sign up before continuing."})
        return None

    def _conversation_json(self, conv: dict[str, Any]) -> dict[str, Any]:
        contact = fx.CONTACTS[conv["contact_id"]]
        last = max(
            (m for m in self.messages_by_id.values() if m["conversation_id"] == conv["id"]),
            key=lambda m: m["id"],
        )
        return {
            "id": conv["id"],
            "account_id": fx.ACCOUNT_ID,
            "inbox_id": conv["inbox_id"],
            "status": conv["status"],
            "messages": [last],
            "meta": {
                "sender": {"id": contact["id"], "name": contact["name"], "email": contact["email"]},
                "assignee": None,
                "channel": "demo",
            },
            "created_at": conv["created_at"],
            "timestamp": conv["last_activity_at"],
            "last_activity_at": conv["last_activity_at"],
            "unread_count": 0,
            "labels": [],
        }

    def inboxes(self, request: DemoRequest) -> DemoResponse:
        return self._authorized(request) or DemoResponse(body={"payload": fx.INBOXES})

    def conversations(self, request: DemoRequest) -> DemoResponse:
        if denied := self._authorized(request):
            return denied
        found = [
            c
            for c in self.conversations_by_id.values()
            if not request.query.get("inbox_id") or str(c["inbox_id"]) == request.query["inbox_id"]
        ]
        found.sort(key=lambda c: (c["last_activity_at"], c["id"]), reverse=True)
        page = max(1, int(request.query.get("page") or 1))
        chunk = found[(page - 1) * CONVERSATION_PAGE : page * CONVERSATION_PAGE]
        meta = {"mine_count": 0, "unassigned_count": len(found), "assigned_count": 0, "all_count": len(found)}
        return DemoResponse(
            body={"data": {"meta": meta, "payload": [self._conversation_json(c) for c in chunk]}}
        )

    def contact_conversations(self, request: DemoRequest) -> DemoResponse:
        if denied := self._authorized(request):
            return denied
        contact = int(path_param(f"{ACCOUNT}/contacts/{{id}}/conversations", request.path, "id"))
        found = [
            self._conversation_json(c)
            for c in self.conversations_by_id.values()
            if c["contact_id"] == contact
        ]
        return DemoResponse(body={"payload": found})

    def messages(self, request: DemoRequest) -> DemoResponse:
        if denied := self._authorized(request):
            return denied
        conv_id = int(
            path_param(
                f"{ACCOUNT}/conversations/{{conversation_id}}/messages", request.path, "conversation_id"
            )
        )
        if conv_id not in self.conversations_by_id:
            return DemoResponse(404, {"error": "Resource could not be found"})
        before = int(request.query["before"]) if request.query.get("before") else None
        found = sorted(
            (
                m
                for m in self.messages_by_id.values()
                if m["conversation_id"] == conv_id and (before is None or m["id"] < before)
            ),
            key=lambda m: m["id"],
        )
        conv = self._conversation_json(self.conversations_by_id[conv_id])
        return DemoResponse(
            body={
                "meta": {"labels": [], "contact": conv["meta"]["sender"], "assignee": None},
                "payload": found[-MESSAGE_PAGE:],
            }
        )

    def edit(self, request: DemoRequest) -> DemoResponse:
        """{"message_id", "content"} edits a message; {"conversation_id", "content"} adds one from the contact."""
        spec = request.json() or {}
        now = self.clock.tick()
        if "message_id" in spec:
            message = self.messages_by_id[int(spec["message_id"])]
            message["content"], message["updated_at"] = spec["content"], now
            conv = self.conversations_by_id[message["conversation_id"]]
            conv["last_activity_at"] = max(now, conv["last_activity_at"] + 1)
            return DemoResponse(body={"ok": True, "message": message})
        message = self._add_message(
            int(spec["conversation_id"]),
            spec.get("sender", "c"),
            spec["content"],
            bool(spec.get("private")),
            now,
        )
        return DemoResponse(body={"ok": True, "message": message})

    def find_message(self, text: str) -> dict[str, Any]:
        """The first message containing text (for tests)."""
        return next(m for m in self.messages_by_id.values() if text in (m["content"] or ""))


def apps() -> dict[str, App]:
    """Vendor demo apps keyed by mount prefix."""
    from pipeline.demo.attio_demo import AttioDemo
    from pipeline.demo.linear_demo import LinearDemo

    return {"/chatwoot": ChatwootDemo(), "/linear": LinearDemo(), "/attio": AttioDemo()}
