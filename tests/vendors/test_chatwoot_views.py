"""The demo Chatwoot renders conversations and messages with the keys of Chatwoot's own views, so the
connector, which syncs from it, can rely on nothing a real Chatwoot does not send."""

from __future__ import annotations

import httpx

from tests.vendors.specs import jbuilder_keys

ACCOUNT = "/chatwoot/api/v1/accounts/1"
HEADERS = {"api_access_token": "demo"}


def test_messages_have_the_keys_of_the_message_view(seeded) -> None:
    always, conditional = jbuilder_keys("message_partial.jbuilder")
    messages = httpx.get(f"{seeded}{ACCOUNT}/conversations/101/messages", headers=HEADERS).json()["payload"]
    assert messages
    for message in messages:
        assert always <= set(message) <= always | conditional, set(message) ^ always
    assert "updated_at" not in always  # an edit cannot be seen from a timestamp: the re-scan compares text


def test_conversations_have_the_keys_of_the_conversation_view(seeded) -> None:
    always, conditional = jbuilder_keys("conversation_partial.jbuilder")
    listed = httpx.get(f"{seeded}{ACCOUNT}/conversations", params={"inbox_id": 1}, headers=HEADERS).json()
    for conversation in listed["data"]["payload"]:
        assert always <= set(conversation) <= always | conditional, set(conversation) ^ always
    assert set(listed["data"]["meta"]) == {"mine_count", "unassigned_count", "assigned_count", "all_count"}
