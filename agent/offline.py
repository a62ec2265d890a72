"""The deterministic offline model: a chat model that routes a RU/EN question to the read-only tools and then
composes a grounded answer from their results with templates. No LLM, no network, no invention."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from agent.answers import compose, t
from agent.honesty import language
from agent.prompts import HELP, REFUSE_ACTION
from agent.routing import plan
from agent.tools import known_jobs, known_projects

ACTION_REQUEST = re.compile(
    r"^\s*(?:please\s+|pls\s+)?(?:apply|turn|switch|enable|disable|start|run|set|change|delete|send|create)\b"
    r"|\b(?:apply all|run now)\b|примени|включи|выключи|запусти|поменяй|измени|установи|удали|отправь|создай",
    re.I,
)


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


def previous_calls(history: list[BaseMessage]) -> list[dict[str, Any]]:
    """The tool calls of the last turn that made any, for follow-up questions."""
    for message in reversed(history):
        if isinstance(message, AIMessage) and message.tool_calls:
            return [{"name": c["name"], "args": dict(c["args"])} for c in message.tool_calls]
    return []


def tool_results(turn: list[BaseMessage], lang: str) -> list[tuple[str, dict[str, Any]]]:
    results = []
    for message in turn:
        if not isinstance(message, ToolMessage):
            continue
        try:
            envelope = json.loads(text_of(message))
        except json.JSONDecodeError:
            envelope = None
        if not isinstance(envelope, dict):
            envelope = {
                "data": None,
                "note": t(lang, f"{message.name} failed: ", f"{message.name}: ошибка: ")
                + text_of(message)[:300],
            }
        results.append((message.name or "", envelope))
    return results


class OfflineChatModel(BaseChatModel):
    """Emits tool calls for a new question, then the templated answer once the tool results are in."""

    @property
    def _llm_type(self) -> str:
        return "mirano-offline"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> OfflineChatModel:  # type: ignore[override]
        return self  # it knows the tools by name; the same graph binds them for the online model

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self.respond(messages))])

    def respond(self, messages: Sequence[BaseMessage]) -> AIMessage:
        history, question, turn = split_turn(messages)
        lang = language(question)
        refusal = REFUSE_ACTION[lang] if ACTION_REQUEST.search(question) else ""
        if not any(isinstance(m, ToolMessage) for m in turn):
            calls = plan(question, previous_calls(history), known_projects(), known_jobs())
            if calls:
                tool_calls = [
                    {
                        "name": c["name"],
                        "args": c["args"],
                        "id": f"call_{uuid.uuid4().hex[:16]}",
                        "type": "tool_call",
                    }
                    for c in calls
                ]
                return AIMessage(content="", tool_calls=tool_calls)
            return AIMessage(content=refusal or HELP[lang])
        answer = compose(tool_results(turn, lang), lang)
        return AIMessage(content=f"{refusal}\n\n{answer}".strip())
