"""The online model down is a reason, not a crash: the offline model answers that turn and the reason is kept.

An online call that cannot connect, times out or gets a 5xx (pipeline/llm.py says which) is answered by the
offline model inside the same graph; the turn's messages carry the reason (`mirano_fallback`), so the rest of the
turn stays offline and the reply says "the online model did not answer: …; answered offline".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage

from agent.context import Context, chat_model
from pipeline.llm import fallback_reason

log = logging.getLogger(__name__)
FALLBACK_KEY = "mirano_fallback"


def turn_fallback(turn: Sequence[BaseMessage]) -> str | None:
    """The reason this turn is answered offline although the online model is configured, if it is."""
    for message in turn:
        if isinstance(message, AIMessage) and message.additional_kwargs.get(FALLBACK_KEY):
            return str(message.additional_kwargs[FALLBACK_KEY])
    return None


def invoke_model(
    context: Context, messages: list[BaseMessage], turn: Sequence[BaseMessage], tools: list[Any]
) -> BaseMessage:
    """The model's next message: the configured model, or the offline one with the reason when it is down."""
    reason = turn_fallback(turn) if context.mode == "online" else None
    if reason is None:
        try:
            return chat_model(context).bind_tools(tools).invoke(messages)
        except Exception as exc:
            reason = fallback_reason(exc) if context.mode == "online" else None
            if reason is None:
                raise
            log.warning("assistant: %s", reason)
    response = chat_model(Context()).bind_tools(tools).invoke(messages)
    if isinstance(response, AIMessage):
        response.additional_kwargs = {**response.additional_kwargs, FALLBACK_KEY: reason}
    return response
