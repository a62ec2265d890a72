"""Demo Chatwoot, Linear and Attio APIs on 127.0.0.1, speaking the vendors' real paths and shapes.

Each accepts the key `demo`. `POST {prefix}/_demo/edit` changes data the way a person would upstream (edit a
message, an issue or a record value; add a message or a note), and `reset_data()` restores the fixtures.

The demo Chatwoot behaves as Chatwoot does where it matters to a sync: a conversation's `last_activity_at`
moves only when a message is created (Message#set_conversation_activity runs on create, not on edit);
`/contacts/{id}/conversations` returns only the newest 20; the conversation list's page size is a server
setting (25 unless `POST /chatwoot/_demo/config {"page_size": N}`); and with `{"webhook_url": URL}` it posts
message_created, message_updated and conversation_updated events there, as an account webhook does.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

from pipeline.config import get_settings
from pipeline.demo import vendor_data as fx
from pipeline.demo.server import App, DemoCalendar, DemoRequest, DemoResponse, path_param

ACCOUNT = "/api/v1/accounts/{account_id}"
CONVERSATION_PAGE = 25  # Chatwoot's default; a server setting
CONTACT_CONVERSATIONS = 20  # /contacts/{id}/conversations: the newest 20 only
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


def chatwoot_signature(secret: str, body: bytes) -> dict[str, str]:
    """The headers Chatwoot signs a webhook delivery with: HMAC-SHA256 of "{timestamp}.{body}" under the webhook's
    secret. Written here from Chatwoot's description, apart from the product's check of it."""
    timestamp = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {
        "X-Chatwoot-Signature": f"sha256={digest}",
        "X-Chatwoot-Timestamp": timestamp,
        "X-Chatwoot-Delivery": str(uuid.uuid4()),
    }


def iso(ts: int) -> str:
    """Attio/Linear-style timestamp text."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class ChatwootDemo(App):
    """Chatwoot Application API: inboxes, conversations (25 a page), messages walked back with `before`."""

    name = "chatwoot"

    def __init__(self, calendar: DemoCalendar | None = None) -> None:
        super().__init__(calendar)
        self.clock = Clock()
        self.page_size = CONVERSATION_PAGE
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None  # unset: MIRANO_WEBHOOK_SECRET, as the receiving side has it
        self.webhooks_sent = 0
        self.reset_data()
        self.route("GET", f"{ACCOUNT}/inboxes", self.inboxes)
        self.route("GET", f"{ACCOUNT}/conversations", self.conversations)
        self.route("GET", f"{ACCOUNT}/conversations/{{conversation_id}}", self.conversation)
        self.route("POST", "/_demo/config", self.configure)
        self.route("POST", "/_demo/contact_conversations", self.add_contact_conversations)
        self.route("GET", f"{ACCOUNT}/contacts/{{id}}/conversations", self.contact_conversations)
        self.route("GET", f"{ACCOUNT}/conversations/{{conversation_id}}/messages", self.messages)
        self.route("POST", "/_demo/edit", self.edit)

    def reset_data(self) -> None:
        """Restore the fixtures (and the default settings: 25 a page, no webhook)."""
        now = self.calendar.minute()
        self.page_size, self.webhook_url, self.webhook_secret = CONVERSATION_PAGE, None, None
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
            who = {"sender": {"id": contact["id"], "name": contact["name"], "type": "contact"}}
            message_type = 0
        elif sender == "a":
            who, message_type = {}, 2  # activity lines have no sender: the view leaves the key out
        else:
            who = {"sender": {"id": sender, "name": fx.AGENTS[sender], "type": "user"}}
            message_type = 1
        message = {  # the keys of app/views/api/v1/models/_message.json.jbuilder
            "id": self._next_message,
            "content": text,
            "inbox_id": conv["inbox_id"],
            "conversation_id": conv_id,
            "message_type": message_type,
            "content_type": "text",
            "status": "sent",
            "content_attributes": {},
            "created_at": at,
            "private": private,
            "source_id": None,
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
        own = [m for m in self.messages_by_id.values() if m["conversation_id"] == conv["id"]]
        last = max(own, key=lambda m: m["id"])
        last_real = max((m for m in own if m["message_type"] != 2), key=lambda m: m["id"], default=None)
        return {  # the keys of app/views/api/v1/conversations/partials/_conversation.json.jbuilder
            "meta": {
                "sender": {
                    "id": contact["id"],
                    "name": contact["name"],
                    "email": contact["email"],
                    "type": "contact",
                },
                "assignee": None,
                "channel": "Channel::WebWidget",
                "hmac_verified": False,
            },
            "id": conv["id"],
            "messages": [last],
            "account_id": fx.ACCOUNT_ID,
            "uuid": fx.demo_uuid(f"conversation:{conv['id']}"),
            "additional_attributes": {},
            "agent_last_seen_at": 0,
            "assignee_last_seen_at": 0,
            "can_reply": True,
            "contact_last_seen_at": 0,
            "custom_attributes": {},
            "inbox_id": conv["inbox_id"],
            "labels": [],
            "muted": False,
            "snoozed_until": None,
            "status": conv["status"],
            "created_at": conv["created_at"],
            "timestamp": conv["last_activity_at"],
            "first_reply_created_at": 0,
            "unread_count": 0,
            "last_non_activity_message": last_real,
            "last_activity_at": conv["last_activity_at"],
            "priority": None,
            "waiting_since": 0,
            "sla_policy_id": None,
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
        chunk = found[(page - 1) * self.page_size : page * self.page_size]
        meta = {"mine_count": 0, "unassigned_count": len(found), "assigned_count": 0, "all_count": len(found)}
        return DemoResponse(
            body={"data": {"meta": meta, "payload": [self._conversation_json(c) for c in chunk]}}
        )

    def contact_conversations(self, request: DemoRequest) -> DemoResponse:
        if denied := self._authorized(request):
            return denied
        contact = int(path_param(f"{ACCOUNT}/contacts/{{id}}/conversations", request.path, "id"))
        found = [c for c in self.conversations_by_id.values() if c["contact_id"] == contact]
        found.sort(key=lambda c: (c["last_activity_at"], c["id"]), reverse=True)
        newest = found[:CONTACT_CONVERSATIONS]  # as Chatwoot: the newest 20, no paging
        return DemoResponse(body={"payload": [self._conversation_json(c) for c in newest]})

    def conversation(self, request: DemoRequest) -> DemoResponse:
        if denied := self._authorized(request):
            return denied
        conv_id = int(
            path_param(f"{ACCOUNT}/conversations/{{conversation_id}}", request.path, "conversation_id")
        )
        if conv_id not in self.conversations_by_id:
            return DemoResponse(404, {"error": "Resource could not be found"})
        return DemoResponse(body=self._conversation_json(self.conversations_by_id[conv_id]))

    def configure(self, request: DemoRequest) -> DemoResponse:
        """{"page_size": N} (the installation's page size), {"webhook_url": URL or null}, {"webhook_secret": S}."""
        spec = request.json() or {}
        if "page_size" in spec:
            self.page_size = max(1, int(spec["page_size"]))
        if "webhook_url" in spec:
            self.webhook_url = spec["webhook_url"] or None
        if (
            "webhook_secret" in spec
        ):  # the account webhook's secret (Chatwoot shows it once the webhook is made)
            self.webhook_secret = spec["webhook_secret"] or None
        return DemoResponse(body={"ok": True, "page_size": self.page_size, "webhook_url": self.webhook_url})

    def add_contact_conversations(self, request: DemoRequest) -> DemoResponse:
        """{"contact_id", "inbox_id", "count"}: that many short conversations of a contact, an hour apart."""
        spec = request.json() or {}
        contact, inbox, n = int(spec["contact_id"]), int(spec["inbox_id"]), int(spec["count"])
        start = self.clock.tick() - n * 3600
        made = []
        for i in range(n):
            conv_id = max(self.conversations_by_id) + 1
            at = start + i * 3600
            self.conversations_by_id[conv_id] = {
                "id": conv_id,
                "inbox_id": inbox,
                "contact_id": contact,
                "status": "open",
                "created_at": at,
                "last_activity_at": at,
            }
            self._add_message(
                conv_id, "c", f"Question #{i + 1} from the contact, conversation {conv_id}.", False, at
            )
            made.append(conv_id)
        return DemoResponse(body={"ok": True, "conversations": made})

    def _notify(self, event: str, body: dict[str, Any]) -> None:
        """Post an account-webhook event to the configured URL, in the background as Chatwoot's job queue does."""
        if not self.webhook_url:
            return
        url = self.webhook_url
        self.webhooks_sent += 1

        payload = json.dumps({"event": event, **body}, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json"}
        secret = self.webhook_secret or get_settings().webhook_secret
        if secret:
            headers |= chatwoot_signature(secret, payload)

        def deliver() -> None:
            with contextlib.suppress(httpx.HTTPError):  # Chatwoot does not retry a failed delivery either
                httpx.post(url, content=payload, headers=headers, timeout=5)

        threading.Thread(target=deliver, name=f"chatwoot-webhook-{event}", daemon=True).start()

    def _message_event(self, event: str, message: dict[str, Any]) -> None:
        conv = self.conversations_by_id[message["conversation_id"]]
        self._notify(
            event,
            {
                **{k: v for k, v in message.items() if k != "sender"},
                "message_type": {0: "incoming", 1: "outgoing", 2: "activity"}[message["message_type"]],
                "sender": message.get("sender"),
                "conversation": {
                    "id": conv["id"],
                    "inbox_id": conv["inbox_id"],
                    "status": conv["status"],
                    "contact_inbox": {"contact_id": conv["contact_id"]},
                },
                "account": {"id": fx.ACCOUNT_ID, "name": "Demo account"},
                "inbox": {
                    "id": conv["inbox_id"],
                    "name": next(i["name"] for i in fx.INBOXES if i["id"] == conv["inbox_id"]),
                },
            },
        )

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
        if "message_id" in spec:  # an edit: the conversation's last_activity_at stays where it was
            message = self.messages_by_id[int(spec["message_id"])]
            message["content"] = spec["content"]
            self._message_event("message_updated", message)
            return DemoResponse(body={"ok": True, "message": message})
        if "status" in spec:  # resolve, reopen, snooze: conversation_updated
            conv = self.conversations_by_id[int(spec["conversation_id"])]
            conv["status"] = spec["status"]
            self._notify(
                "conversation_updated",
                {
                    **self._conversation_json(conv),
                    "changed_attributes": [{"status": {"current_value": spec["status"]}}],
                },
            )
            return DemoResponse(body={"ok": True})
        message = self._add_message(
            int(spec["conversation_id"]),
            spec.get("sender", "c"),
            spec["content"],
            bool(spec.get("private")),
            now,
        )
        self._message_event("message_created", message)
        return DemoResponse(body={"ok": True, "message": message})

    def find_message(self, text: str) -> dict[str, Any]:
        """The first message containing text (for tests)."""
        return next(m for m in self.messages_by_id.values() if text in (m["content"] or ""))


def apps(calendar: DemoCalendar | None = None) -> dict[str, App]:
    """Vendor demo apps keyed by mount prefix."""
    from pipeline.demo.attio_demo import AttioDemo
    from pipeline.demo.linear_demo import LinearDemo

    return {
        "/chatwoot": ChatwootDemo(calendar),
        "/linear": LinearDemo(calendar),
        "/attio": AttioDemo(calendar),
    }
