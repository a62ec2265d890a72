"""Chatwoot Application API: conversations of a bound inbox or contact and their messages, incrementally.

The cursor of a binding is the (last_activity_at, conversation id) of the last conversation committed.
Conversations come newest activity first, so listing stops at the cursor; the changed ones are then imported
oldest first, one conversation per batch, so a run cut short by its limit resumes where it stopped.

Chatwoot moves `last_activity_at` only when a message is created, so an edit is invisible to the cursor. Each
sync therefore also re-reads the conversations active within MIRANO_CHATWOOT_RESCAN_HOURS (at most
MIRANO_CHATWOOT_RESCAN_LIMIT per binding) and any a webhook named; unchanged messages merge as "unchanged".
Paging follows the list's own counts (meta.all_count), not a page size: the page size is a server setting.
A contact's conversations are read from the conversation list (filtered by the contact), because
/contacts/{id}/conversations returns only the newest 20.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.config import get_settings
from pipeline.sources.vendor import Batch, Shape, VendorClient, VendorDoc, VendorRefused, from_unix

SOURCE = "chatwoot"
KINDS = ("inbox", "contact")
MAX_MESSAGE_PAGES = 200
MAX_LIST_PAGES = 10_000


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
        self.hinted: set[int] = set()  # conversation ids a webhook said changed: re-read whatever their age
        # A run started by webhooks re-reads only the conversations they named (no listing, no re-scan): a burst
        # of events, forged or not, costs a few calls per named conversation, never a full sync each.
        self.hinted_only = False
        self._looked_up: dict[int, dict[str, Any] | None] = {}
        # Told how many conversations a binding's listing says are to be read (each is one batch), so a sync's
        # progress reads "12 of 40 conversations"; a conversation found later (a webhook's) adds one.
        self.planned: Callable[[int], None] = lambda n: None

    def batches(self, kind: str, external_id: str, cursor: Any) -> Iterator[Batch]:
        """One batch per changed conversation, oldest activity first; then re-read ones with the cursor kept."""
        since = tuple(cursor) if cursor else (0, 0)
        if self.hinted_only:
            yield from self._hinted_batches(kind, external_id, since)
            return
        settings = get_settings()
        horizon = (int(time.time() - settings.chatwoot_rescan_hours * 3600), 0)
        belongs = _in_inbox(external_id) if kind == "inbox" else _with_contact(external_id)
        listed = self._listed(belongs, since, horizon, inbox=external_id if kind == "inbox" else None)
        changed = [c for c in listed if _position(c) > since]
        recent = [c for c in listed if _position(c) <= since][: settings.chatwoot_rescan_limit]
        self.planned(len(changed) + len(recent))
        position = since
        for conversation in sorted(changed, key=_position):
            position = _position(conversation)
            yield Batch(cursor=list(position), docs=list(self._messages(conversation)))
        seen = {c["id"] for c in changed}
        for conversation in recent:
            seen.add(conversation["id"])
            yield Batch(cursor=list(position), docs=list(self._messages(conversation)))
        for conversation_id in sorted(self.hinted - seen):
            conversation = self._conversation(conversation_id)
            if conversation is not None and belongs(conversation) and _position(conversation) <= position:
                self.planned(1)
                yield Batch(cursor=list(position), docs=list(self._messages(conversation)))

    def _hinted_batches(self, kind: str, external_id: str, since: tuple[int, ...]) -> Iterator[Batch]:
        """The named conversations of this binding, each looked up once per run; the cursor does not move."""
        belongs = _in_inbox(external_id) if kind == "inbox" else _with_contact(external_id)
        for conversation_id in sorted(self.hinted):
            if conversation_id not in self._looked_up:
                self._looked_up[conversation_id] = self._conversation(conversation_id)
            conversation = self._looked_up[conversation_id]
            if conversation is not None and belongs(conversation):
                self.planned(1)
                yield Batch(cursor=list(since), docs=list(self._messages(conversation)))

    def _listed(
        self, belongs: Any, since: tuple[int, int], horizon: tuple[int, int], inbox: str | None
    ) -> list[dict[str, Any]]:
        """The binding's conversations after the cursor, then (for the re-scan) older ones back to the horizon
        but no more than the re-scan limit; newest activity first.

        Pages are read until the list's all_count is reached or a page reaches back past what is needed.
        """
        stop_at = min(since, horizon)
        limit = get_settings().chatwoot_rescan_limit
        found: list[dict[str, Any]] = []
        read = 0
        path = f"{self.account}/conversations"
        for page in range(1, MAX_LIST_PAGES):
            params = {"status": "all", "page": page, **({"inbox_id": inbox} if inbox else {})}
            body = self.http.request("GET", path, params=params)
            shape = Shape(self.http, f"GET {path}?page={page}")
            data = shape.get(body, "data", dict, "body")
            meta = shape.get(data, "meta", dict, "data")
            total = shape.get(meta, "all_count", int, "data.meta")
            conversations = [
                _conversation(shape, where, c) for where, c in shape.items(data, "payload", "data")
            ]
            read += len(conversations)
            fresh = [c for c in conversations if _position(c) > stop_at]
            found.extend(c for c in fresh if belongs(c))
            if not conversations or read >= total or len(fresh) < len(conversations):
                return found  # all read, or the rest is older than what we need (newest activity first)
            if sum(1 for c in found if _position(c) <= since) >= limit:
                return found  # enough to re-scan
        return found

    def _conversation(self, conversation_id: int) -> dict[str, Any] | None:
        path = f"{self.account}/conversations/{conversation_id}"
        try:
            body = self.http.request("GET", path)
        except VendorRefused:
            return None  # deleted since the webhook, or not in this account
        return _conversation(Shape(self.http, f"GET {path}"), "body", body)

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
        account = get_settings().chatwoot_account_id
        return VendorDoc(
            source=SOURCE,
            object_type="message",
            external_id=f"message:{message_id}",
            parent_id=f"conversation:{conversation['id']}",
            title=f"Conversation #{conversation['id']}"
            + (f" with {conversation['contact']}" if conversation["contact"] else ""),
            content=content or "",
            author=sender.get("name") or sender.get("type"),
            url=f"{self.http.base_url}/app/accounts/{account}/conversations/{conversation['id']}",
            private=bool(m.get("private")),
            created_at=from_unix(created),
            updated_at=from_unix(created),  # the message view has no updated_at: an edit shows in the text
            meta={
                "inbox_id": conversation["inbox_id"],
                "conversation_id": conversation["id"],
                "message_type": message_type,
                "sender_type": sender.get("type"),
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
        "contact_id": sender.get("id") if isinstance(sender, dict) else None,
    }


def _in_inbox(inbox_id: str) -> Any:
    return lambda c: str(c["inbox_id"]) == str(inbox_id)


def _with_contact(contact_id: str) -> Any:
    return lambda c: str(c["contact_id"]) == str(contact_id)


def _position(conversation: dict[str, Any]) -> tuple[int, int]:
    return (int(conversation["last_activity_at"]), int(conversation["id"]))
