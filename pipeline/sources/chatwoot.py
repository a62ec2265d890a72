"""Chatwoot Application API: conversations of a bound inbox or contact and their messages, incrementally.

The cursor of a binding is the (last_activity_at, conversation id) of the last conversation committed.
Conversations come newest activity first, so listing stops at the cursor; the changed ones are then imported
oldest first, one conversation per batch, so a run cut short by its limit resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.config import get_settings
from pipeline.sources.vendor import Batch, Shape, VendorClient, VendorDoc, from_unix

SOURCE = "chatwoot"
KINDS = ("inbox", "contact")
PAGE_SIZE = 25  # Chatwoot's fixed page size for conversations
MAX_MESSAGE_PAGES = 200


def client() -> VendorClient:
    """A client for the configured Chatwoot account (or the demo server)."""
    settings = get_settings()
    return VendorClient(
        SOURCE, settings.vendor_url(SOURCE), {"api_access_token": settings.vendor_key(SOURCE) or ""}
    )


class ChatwootConnector:
    """Reads one account's conversations and messages."""

    source = SOURCE

    def __init__(self, http: VendorClient) -> None:
        self.http = http
        self.account = f"/api/v1/accounts/{get_settings().chatwoot_account_id}"

    def batches(self, kind: str, external_id: str, cursor: Any) -> Iterator[Batch]:
        """One batch per changed conversation, oldest activity first."""
        since = tuple(cursor) if cursor else (0, 0)
        if kind == "inbox":
            changed = self._changed_in_inbox(external_id, since)
        else:
            changed = [c for c in self._contact_conversations(external_id) if _position(c) > since]
        for conversation in sorted(changed, key=_position):
            docs = list(self._messages(conversation))
            yield Batch(cursor=list(_position(conversation)), docs=docs)

    def _changed_in_inbox(self, inbox_id: str, since: tuple[int, int]) -> list[dict[str, Any]]:
        changed: list[dict[str, Any]] = []
        for page in range(1, 10_000):
            path = f"{self.account}/conversations"
            body = self.http.request(
                "GET", path, params={"status": "all", "inbox_id": inbox_id, "page": page}
            )
            shape = Shape(self.http, f"GET {path}?page={page}")
            data = shape.get(body, "data", dict, "body")
            conversations = [
                _conversation(shape, where, c) for where, c in shape.items(data, "payload", "data")
            ]
            fresh = [c for c in conversations if _position(c) > since]
            changed.extend(c for c in fresh if str(c["inbox_id"]) == str(inbox_id))
            if len(conversations) < PAGE_SIZE or len(fresh) < len(conversations):
                return changed  # the rest is older than the cursor (newest activity first)
        return changed

    def _contact_conversations(self, contact_id: str) -> list[dict[str, Any]]:
        path = f"{self.account}/contacts/{contact_id}/conversations"
        body = self.http.request("GET", path)
        shape = Shape(self.http, f"GET {path}")
        return [_conversation(shape, where, c) for where, c in shape.items(body, "payload", "body")]

    def _messages(self, conversation: dict[str, Any]) -> Iterator[VendorDoc]:
        """Every message of a conversation, walking back from the latest page with `before`."""
        path = f"{self.account}/conversations/{conversation['id']}/messages"
        before: int | None = None
        for _ in range(MAX_MESSAGE_PAGES):
            body = self.http.request("GET", path, params={"before": before} if before else None)
            shape = Shape(self.http, f"GET {path}" + (f"?before={before}" if before else ""))
            page = [(where, m) for where, m in shape.items(body, "payload", "body")]
            if not page:
                return
            for where, message in page:
                doc = self._doc(shape, where, message, conversation)
                if doc is not None:
                    yield doc
            before = min(shape.get(m, "id", int, where) for where, m in page)

    def _doc(self, shape: Shape, where: str, m: Any, conversation: dict[str, Any]) -> VendorDoc | None:
        message_id = shape.get(m, "id", int, where)
        message_type = shape.get(m, "message_type", int, where)
        content = shape.get(m, "content", str, where, optional=True)
        created = shape.get(m, "created_at", int, where)
        if message_type == 2 or not (content or "").strip():
            return None  # activity lines ("assigned to …") and attachment-only messages carry no text
        sender = shape.get(m, "sender", dict, where, optional=True) or {}
        updated = m.get("updated_at")
        return VendorDoc(
            source=SOURCE,
            object_type="message",
            external_id=f"message:{message_id}",
            parent_id=f"conversation:{conversation['id']}",
            title=f"Conversation #{conversation['id']}"
            + (f" with {conversation['contact']}" if conversation["contact"] else ""),
            content=content or "",
            author=sender.get("name") or m.get("sender_type"),
            url=f"{self.http.base_url}/app/accounts/{get_settings().chatwoot_account_id}/conversations/{conversation['id']}",
            private=bool(m.get("private")),
            created_at=from_unix(created),
            updated_at=from_unix(updated if isinstance(updated, int | float) else created),
            meta={
                "inbox_id": conversation["inbox_id"],
                "conversation_id": conversation["id"],
                "message_type": message_type,
                "sender_type": m.get("sender_type"),
            },
        )


def _conversation(shape: Shape, where: str, c: Any) -> dict[str, Any]:
    """The fields of a conversation the sync needs, checked."""
    activity = shape.get(c, "last_activity_at", int, where, optional=True)
    if activity is None:
        activity = shape.get(c, "timestamp", int, where)
    meta = shape.get(c, "meta", dict, where, optional=True) or {}
    sender = meta.get("sender") or {}
    return {
        "id": shape.get(c, "id", int, where),
        "inbox_id": shape.get(c, "inbox_id", int, where),
        "last_activity_at": activity,
        "contact": sender.get("name") if isinstance(sender, dict) else None,
    }


def _position(conversation: dict[str, Any]) -> tuple[int, int]:
    return (int(conversation["last_activity_at"]), int(conversation["id"]))
