"""The deterministic offline model: a chat model inside the same graph that understands a Russian or English
question by meaning (`understanding`), calls the read-only tools, and composes a grounded answer from their
results with catalog templates (`composing`). No LLM, no network, no invention."""

from __future__ import annotations

import re
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
from agent.offline.composing import clarify, compose, help_text, not_understood, out_of_scope, refusal
from agent.offline.composing.common import ZONE
from agent.offline.composing.premises import premise_lines
from agent.offline.composing.verdicts import verdict
from agent.offline.composing.what_if import switched_off_line
from agent.offline.understanding import understand
from agent.offline.understanding.polar import yes_no
from agent.offline.understanding.subjects import PROJECT_INTENTS
from pipeline.i18n import tr
from pipeline.service import memory as memory_service


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
            return AIMessage(content=_answer(meta, results, lang))
        understood = understand(question, previous_calls(history), previous_intent(history))
        lang = language(question, understood.names)
        meta = {
            "mirano_intent": understood.intent,
            "mirano_language": lang,
            "mirano_refusal": understood.refusal,
            "mirano_control": understood.control,
            "mirano_confidence": round(understood.confidence, 3),
            "mirano_act": understood.act,
            "mirano_premise": understood.premise,
            "mirano_switched_off": understood.switched_off,
            "mirano_zone": zone_asked(question),
            "mirano_yes_no": yes_no(question),
        }
        if understood.calls:
            meta["mirano_call_intents"] = understood.call_intents
            return AIMessage(
                content="", tool_calls=[_tool_call(c) for c in understood.calls], additional_kwargs=meta
            )
        if understood.refusal:
            text = refusal(understood.refusal, lang, understood.control)
            return AIMessage(content=text, additional_kwargs=meta)
        if understood.intent == "help":
            return AIMessage(content=help_text(lang), additional_kwargs=meta)
        if understood.intent == "out_of_scope":
            return AIMessage(content=out_of_scope(lang), additional_kwargs=meta)
        if understood.choices:
            meta["mirano_choices"] = understood.choices
            meta["mirano_choice_intent"] = understood.choice_intent
            meta["mirano_choice_kind"] = understood.choice_kind
            meta["mirano_question"] = question
            text = clarify(understood.choices, lang, understood.choice_kind)
            return AIMessage(content=text, additional_kwargs=meta)
        if understood.intent in PROJECT_INTENTS and not memory_service.project_names():
            # "what are the risks?" before any project is bound: say so and how to bind one, not "not understood"
            return AIMessage(
                content=compose("projects", [("list_projects", {"data": []})], lang), additional_kwargs=meta
            )
        return AIMessage(content=not_understood(understood.closest, lang), additional_kwargs=meta)


MOSCOW_TIME = re.compile(
    r"по москв\w*|московск\w* времен\w*|\bмск\b|\bmsk\b|moscow time|in moscow time|\bmoscow\b.{0,15}\btime\b",
    re.I,
)


def zone_asked(question: str) -> str | None:
    """The time zone a question asks its times in: Moscow's, or None (the machine's own)."""
    return "Europe/Moscow" if MOSCOW_TIME.search(question) else None


def _answer(meta: dict[str, Any], results: list[tuple[str, dict[str, Any]]], lang: str) -> str:
    """The answer from the tool results; a compound question's parts each with their own intent, in order."""
    intents = meta.get("mirano_call_intents") or [meta.get("mirano_intent")] * len(results)
    if len(intents) != len(results):
        intents = [meta.get("mirano_intent")] * len(results)
    groups: list[tuple[str | None, list[tuple[str, dict[str, Any]]]]] = []
    for intent, result in zip(intents, results, strict=True):
        if groups and groups[-1][0] == intent:
            groups[-1][1].append(result)
        else:
            groups.append((intent, [result]))
    zone = ZONE.set(meta.get("mirano_zone"))  # «во сколько по Москве?»: every time in that zone
    try:
        answer = "\n\n".join(compose(intent, group, lang) for intent, group in groups)
        answer = "\n".join([*premise_lines(meta.get("mirano_premise"), results, lang), answer])
    finally:
        ZONE.reset(zone)
    said = verdict(meta.get("mirano_yes_no"), results, lang)  # a closed question: its yes or no first
    if said:
        answer = f"{said} {answer}"
    if meta.get("mirano_zone"):
        answer += "\n" + tr(lang, "Times are Moscow time.")
    if meta.get("mirano_switched_off"):  # a hypothetical: what would stop, then each job as it is now
        answer = switched_off_line(meta["mirano_switched_off"], lang) + "\n\n" + answer
    if meta.get("mirano_refusal"):
        answer = refusal(meta["mirano_refusal"], lang, meta.get("mirano_control")) + "\n\n" + answer
    return answer
