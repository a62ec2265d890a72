"""The online model down is a reason, not a crash: the offline model answers that turn and the reason is kept.

An online call that cannot connect, times out or gets a 5xx (pipeline/llm.py says which) is answered by the
offline model inside the same graph; the turn's messages carry the reason (`mirano_fallback`), so the rest of the
turn stays offline and the reply says "the online model did not answer: …; answered offline". What goes to an
online model and what comes back from it is scrubbed of secrets (pipeline/redact.py) before it is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from agent.context import Context, chat_model
from pipeline.llm import fallback_reason
from pipeline.redact import scrub

log = logging.getLogger(__name__)
FALLBACK_KEY = "mirano_fallback"


def turn_fallback(turn: Sequence[BaseMessage]) -> str | None:
    """The reason this turn is answered offline although the online model is configured, if it is."""
    for message in turn:
        if isinstance(message, AIMessage) and message.additional_kwargs.get(FALLBACK_KEY):
            return str(message.additional_kwargs[FALLBACK_KEY])
    return None


def _scrubbed(message: BaseMessage) -> BaseMessage:
    """The message without any secret: what a tool read goes to an online model, and what it says is stored."""
    if isinstance(message.content, str) and message.content:
        clean = scrub(message.content)
        if clean != message.content:
            return message.model_copy(update={"content": clean})
    return message


def invoke_model(
    context: Context, messages: list[BaseMessage], turn: Sequence[BaseMessage], tools: list[Any]
) -> BaseMessage:
    """The model's next message: the configured model, or the offline one with the reason when it is down."""
    reason = turn_fallback(turn) if context.mode == "online" else None
    if reason is None:
        try:
            if context.mode != "online":
                return chat_model(context).bind_tools(tools).invoke(messages)
            return _scrubbed(chat_model(context).bind_tools(tools).invoke([_scrubbed(m) for m in messages]))
        except Exception as exc:
            reason = fallback_reason(exc) if context.mode == "online" else None
            if reason is None:
                raise
            log.info("assistant: %s", reason)  # said with the answer; the log only keeps a trace
    response = chat_model(Context()).bind_tools(tools).invoke(messages)
    if isinstance(response, AIMessage):
        response.additional_kwargs = {**response.additional_kwargs, FALLBACK_KEY: reason}
    return response
