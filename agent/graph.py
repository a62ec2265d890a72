"""The assistant graph: the model calls read-only tools until it can answer; every answer passes the honesty rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from langchain_core.messages import AIMessage, SystemMessage
from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import ToolNode
from langgraph.runtime import Runtime

from agent.context import Context
from agent.envelope import Grounds
from agent.fallback import invoke_model
from agent.honesty import enforce
from agent.language import question_language
from agent.messages import split_turn, text_of, turn_meta
from agent.prompts import LANGUAGE_NAMES, OUT_OF_STEPS, SYSTEM_PROMPT
from agent.state import InputState, State
from agent.tools import structured_tools


def call_model(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
    """Ask the model (offline or online) for tool calls or the answer."""
    context = runtime.context or Context()
    _, question, turn = split_turn(state.messages)
    meta = turn_meta(turn)
    # The offline model decides the language itself (and reads no prompt): look it up only for the online one.
    lang = question_language(question, meta) if context.mode == "online" or meta else "en"
    system = SYSTEM_PROMPT.format(
        now=datetime.now().astimezone().isoformat(timespec="minutes"), language=LANGUAGE_NAMES[lang]
    )
    response = invoke_model(context, [SystemMessage(system), *state.messages], turn, list(structured_tools()))
    if state.is_last_step and isinstance(response, AIMessage) and response.tool_calls:
        lang = question_language(question, meta)
        stopped = AIMessage(
            id=response.id, content=OUT_OF_STEPS[lang], usage_metadata=response.usage_metadata
        )
        return {"messages": [stopped]}
    return {"messages": [response]}


def route_model_output(state: State) -> Literal["tools", "finalize"]:
    last = state.messages[-1]
    return "tools" if isinstance(last, AIMessage) and last.tool_calls else "finalize"


def finalize(state: State) -> dict[str, Any]:
    """Apply the honesty rules to the answer, in place (same message id), so the thread keeps the checked text."""
    _, question, turn = split_turn(state.messages)
    last = state.messages[-1]
    lang = question_language(question, turn_meta(turn) or last.additional_kwargs)
    answer = enforce(text_of(last), Grounds.from_messages(turn), lang)
    return {
        "messages": [
            AIMessage(
                id=last.id,
                content=answer,
                response_metadata=last.response_metadata,
                additional_kwargs=last.additional_kwargs,
                usage_metadata=getattr(last, "usage_metadata", None),  # what the call cost stays with it
            )
        ]
    }


builder = StateGraph(State, input_schema=InputState, context_schema=Context)
builder.add_node("call_model", call_model)
builder.add_node("tools", ToolNode(list(structured_tools()), handle_tool_errors=True))
builder.add_node("finalize", finalize)
builder.add_edge(START, "call_model")
builder.add_conditional_edges("call_model", route_model_output)
builder.add_edge("tools", "call_model")
builder.add_edge("finalize", END)

graph = builder.compile(name="Mirano assistant")
