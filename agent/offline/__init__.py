"""The deterministic offline model: a chat model inside the same graph that understands a Russian or English
question by meaning (`understanding`), calls the read-only tools, and composes a grounded answer from their
results with catalog templates (`composing`). No LLM, no network, no invention."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from agent.envelope import parse
from agent.language import language
from agent.messages import previous_calls, previous_intent, split_turn
from agent.offline.composing import compose, help_text, not_understood, refusal
from agent.offline.understanding import understand


def _tool_call(call: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": call["name"],
        "args": call["args"],
        "id": f"call_{uuid.uuid4().hex[:16]}",
        "type": "tool_call",
    }


class OfflineChatModel(BaseChatModel):
    """Emits tool calls for a new question, then the templated answer once the tool results are in."""

    @property
    def _llm_type(self) -> str:
        return "mirano-offline"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> OfflineChatModel:  # type: ignore[override]
        return self  # it plans calls by the tools themselves; the same graph binds them for the online model

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
        results = [(m.name or "", parse(m)) for m in turn if isinstance(m, ToolMessage)]
        if results:
            planned = next((m for m in turn if isinstance(m, AIMessage) and m.tool_calls), None)
            meta = planned.additional_kwargs if planned else {}
            lang = meta.get("mirano_language") or language(question)
            answer = compose(meta.get("mirano_intent"), results, lang)
            if meta.get("mirano_refusal"):
                answer = refusal(meta["mirano_refusal"], lang) + "\n\n" + answer
            return AIMessage(content=answer)
        understood = understand(question, previous_calls(history), previous_intent(history))
        lang = language(question, understood.names)
        meta = {
            "mirano_intent": understood.intent,
            "mirano_language": lang,
            "mirano_refusal": understood.refusal,
            "mirano_confidence": round(understood.confidence, 3),
        }
        if understood.calls:
            return AIMessage(
                content="", tool_calls=[_tool_call(c) for c in understood.calls], additional_kwargs=meta
            )
        if understood.refusal:
            return AIMessage(content=refusal(understood.refusal, lang), additional_kwargs=meta)
        if understood.intent == "help":
            return AIMessage(content=help_text(lang), additional_kwargs=meta)
        return AIMessage(content=not_understood(understood.closest, lang), additional_kwargs=meta)
