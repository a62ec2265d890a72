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
from agent.graph import builder
from agent.honesty import cite_label, grounds_from, language
from agent.offline import split_turn, text_of

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
    return question


def _summary(messages: list[BaseMessage], context: Context, thread_id: str) -> dict[str, Any]:
    _, question, turn = split_turn(messages)
    answer = text_of(messages[-1]) if messages else ""
    grounds = grounds_from(turn)
    calls = [{"name": c["name"], "args": c["args"]} for m in turn if isinstance(m, AIMessage) for c in m.tool_calls]
    lang = language(question)
    return {
        "answer": answer,
        "mode": context.mode,
        "model": context.model,
        "thread_id": thread_id,
        "language": lang,
        "cited": [{**c, "label": cite_label(c, lang)} for c in grounds.cite],
        "pending": grounds.pending,
        "reused": grounds.reused,
        "stale": grounds.stale,
        "tool_calls": calls,
    }


def ask(question: str, thread_id: str = "default") -> dict[str, Any]:
    """Answer one question on a thread. Returns the answer text, the mode, the cited ids and the tool calls made."""
    question = _validated(question)
    context = load_context()
    config = {"configurable": {"thread_id": thread_id}, "recursion_limit": RECURSION_LIMIT}
    state = compiled_graph().invoke({"messages": [HumanMessage(question)]}, config, context=context)
    return _summary(list(state["messages"]), context, thread_id)


def stream(question: str, thread_id: str = "default") -> Iterator[str]:
    """The answer as text chunks (for `st.write_stream`), released only after the honesty rules ran on it."""
    answer = ask(question, thread_id)["answer"]
    for index, line in enumerate(answer.split("\n")):
        words = line.split(" ")
        for position, word in enumerate(words):
            yield ("\n" if index and position == 0 else "") + word + (" " if position < len(words) - 1 else "")
