"""Reading a conversation: the current question, the messages of its turn, the earlier tool calls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage


def text_of(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return " ".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)


def split_turn(messages: Sequence[BaseMessage]) -> tuple[list[BaseMessage], str, list[BaseMessage]]:
    """(earlier messages, the current question, the messages of the current turn after it)."""
    for index in range(len(messages) - 1, -1, -1):
        if isinstance(messages[index], HumanMessage):
            return list(messages[:index]), text_of(messages[index]), list(messages[index + 1 :])
    return list(messages), "", []


def previous_calls(history: Sequence[BaseMessage]) -> list[dict[str, Any]]:
    """The tool calls of the last turn that made any, for follow-up questions."""
    for message in reversed(history):
        if isinstance(message, AIMessage) and message.tool_calls:
            return [{"name": c["name"], "args": dict(c["args"])} for c in message.tool_calls]
    return []


def previous_intent(history: Sequence[BaseMessage]) -> str | None:
    """The intent the offline model recorded on its last tool-calling message."""
    for message in reversed(history):
        if isinstance(message, AIMessage) and message.tool_calls:
            return message.additional_kwargs.get("mirano_intent")
    return None


def turn_meta(turn: Sequence[BaseMessage]) -> dict[str, Any]:
    """What the offline model recorded about the current question (intent, language, confidence), if anything."""
    for message in turn:
        if isinstance(message, AIMessage) and message.additional_kwargs.get("mirano_language"):
            return dict(message.additional_kwargs)
    return {}
