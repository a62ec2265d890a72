"""The public entry: ask a question on a thread, or stream the answer; threads persist in `<data_dir>/assistant.db`."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph.state import CompiledStateGraph

from agent.context import Context, load_context, threads_path
from agent.envelope import Grounds
from agent.fallback import turn_fallback
from agent.followups import follow_ups
from agent.graph import builder
from agent.honesty import cite_label
from agent.language import from_translit, question_language
from agent.messages import split_turn, text_of, turn_meta
from pipeline.people import identity

MAX_QUESTION = 4000
RECURSION_LIMIT = 12  # model → tools → model … : at most a few tool rounds per question

_lock = threading.Lock()
_graphs: dict[str, CompiledStateGraph] = {}


def compiled_graph() -> CompiledStateGraph:
    """The graph with a SQLite checkpointer on the data dir's assistant.db (one per data dir per process)."""
    path = str(threads_path())
    with _lock:
        if path not in _graphs:
            connection = sqlite3.connect(path, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            _graphs[path] = builder.compile(checkpointer=SqliteSaver(connection), name="Mirano assistant")
        return _graphs[path]


def active_mode() -> dict[str, str]:
    """Which model answers now: shown by the UI and the CLI."""
    context = load_context()
    return {"mode": context.mode, "model": context.model, "label": context.label}


def _validated(question: str) -> str:
    question = (question or "").strip()
    if not question:
        raise ValueError("question: empty")
    if len(question) > MAX_QUESTION:
        raise ValueError(f"question: longer than {MAX_QUESTION} characters")
    return from_translit(question)  # «gde smeta?»: Russian typed in Latin letters is read in Cyrillic


def _summary(messages: list[BaseMessage], context: Context, thread_id: str) -> dict[str, Any]:
    _, question, turn = split_turn(messages)
    answer = text_of(messages[-1]) if messages else ""
    grounds = Grounds.from_messages(turn)
    calls = [
        {"name": c["name"], "args": c["args"]} for m in turn if isinstance(m, AIMessage) for c in m.tool_calls
    ]
    meta = turn_meta(turn)
    lang = question_language(question, meta)
    fallback = turn_fallback(turn)  # the online model did not answer: the offline one did, and says why
    answered_by = Context() if fallback else context
    return {
        "answer": answer,
        "mode": answered_by.mode,
        "model": answered_by.model,
        "fallback": fallback,
        "thread_id": thread_id,
        "language": lang,
        "cited": [{**c, "label": cite_label(c, lang)} for c in grounds.cite],
        "pending": grounds.pending,
        "reused": grounds.reused,
        "stale": grounds.stale,
        "tool_calls": calls,
        "intent": meta.get("mirano_intent"),
        "suggestions": follow_ups(
            meta, calls, lang
        ),  # follow-up questions, or the choices of "which did you mean?"
        "confidence": meta.get("mirano_confidence"),
    }


def steps(question: str, thread_id: str = "default") -> Iterator[dict[str, Any]]:
    """The turn as it happens: {"step": "tool", "name", "args"} per tool call, then {"step": "answer", "reply"}.

    The answer comes only after the honesty rules ran on it, so no unchecked text is ever shown.
    """
    question = _validated(question)
    context = load_context()
    person = identity.current()  # threads are per person; the tools read that person's notices
    config = {
        "configurable": {"thread_id": person_thread(person.name, thread_id)},
        "recursion_limit": RECURSION_LIMIT,
    }
    graph = compiled_graph()
    with identity.acting_as(person):
        for update in graph.stream(
            {"messages": [HumanMessage(question)]}, config, context=context, stream_mode="updates"
        ):
            for message in (update.get("call_model") or {}).get("messages", []):
                for call in getattr(message, "tool_calls", None) or []:
                    yield {"step": "tool", "name": call["name"], "args": call["args"]}
        messages = list(graph.get_state(config).values["messages"])
        _charge(split_turn(messages)[2], thread_id)
        yield {"step": "answer", "reply": _summary(messages, context, thread_id)}


def person_thread(person: str, thread_id: str) -> str:
    """The stored key of one person's thread: two people asking on "default" never see each other's history."""
    return f"{person}\x1f{thread_id}"


def _charge(turn: list[BaseMessage], thread_id: str) -> None:
    """The online model's calls of this turn and the tokens its responses reported, into the cost ledger (the
    offline model's messages carry no usage and cost nothing)."""
    from pipeline.service import engine as engine_service

    billed = [
        m
        for m in turn
        if isinstance(m, AIMessage) and (m.usage_metadata or m.response_metadata.get("model_name"))
    ]
    tokens = sum((m.usage_metadata or {}).get("total_tokens", 0) for m in billed)
    if billed:
        engine_service.charge_assistant(len(billed), tokens, thread_id)


def ask(question: str, thread_id: str = "default") -> dict[str, Any]:
    """Answer one question on a thread. Returns the answer text, the mode, the cited ids and the tool calls made."""
    *_, last = steps(question, thread_id)
    return last["reply"]


def words(text: str) -> Iterator[str]:
    """Text as word chunks with its line breaks kept (for `st.write_stream`)."""
    for index, line in enumerate(text.split("\n")):
        parts = line.split(" ")
        for position, word in enumerate(parts):
            yield (
                ("\n" if index and position == 0 else "") + word + (" " if position < len(parts) - 1 else "")
            )


def stream(question: str, thread_id: str = "default") -> Iterator[str]:
    """The checked answer as text chunks (for `st.write_stream`)."""
    yield from words(ask(question, thread_id)["answer"])
