"""Assistant page: the LangGraph assistant's chat, with the model it runs on and the ids it cites."""

from __future__ import annotations

import uuid
from typing import Any

import streamlit as st

import agent
from ui.components import attempt, readable, shown_errors
from ui.lang import reason, t

SUGGESTIONS = (
    "What is the status of ingest.chatwoot?",
    "Which jobs failed or were skipped today, and why?",
    "How much did we spend this week?",
    "Which facts of the latest property check were reused?",
)


def thread_id() -> str:
    """One conversation per browser session; the assistant keeps its history under this id."""
    if "assistant_thread" not in st.session_state:
        st.session_state["assistant_thread"] = f"ui-{uuid.uuid4().hex[:12]}"
    return st.session_state["assistant_thread"]


def history() -> list[dict[str, Any]]:
    return st.session_state.setdefault("assistant_history", [])


def mode_line() -> None:
    mode = attempt("read the assistant's model", agent.active_mode)
    if not mode:
        return
    if mode["mode"] == "offline":
        st.markdown(
            f":gray-badge[{t('offline model')}] "
            + t(
                "a deterministic model inside the same graph — no LLM calls; set OPENAI_API_KEY for an online one"
            )
        )
    else:
        st.markdown(f":blue-badge[{t('online model')}] {mode['model']}")
    st.caption(
        t(
            "Answers come from the same data as the dashboard, through read-only tools, with the run, task and "
            "evidence ids they rest on. The assistant cannot apply actions: applying is your click."
        )
    )


def citations(reply: dict[str, Any]) -> None:
    labels = [c.get("label") or str(c) for c in reply.get("cited", [])]
    if labels:
        st.caption(t("Based on {labels}", labels=", ".join(labels)))
    if reply.get("reused"):
        st.caption(t("Includes facts reused from earlier checks — they were not re-checked now."))
    if reply.get("fallback"):  # the online model did not answer: said with the answer, not hidden in a log
        st.caption(reason(reply["fallback"]))


def lookups_label(reply: dict[str, Any]) -> str:
    count = len(reply.get("tool_calls", []))
    if count == 1:
        return t("Answered from {count} read-only lookup", count=count)
    return t("Answered from {count} read-only lookups", count=count)


def show(turn: dict[str, Any]) -> None:
    with st.chat_message(turn["role"]):
        if turn.get("error"):
            st.error(turn["error"])
            return
        reply = turn.get("reply") or {}
        if reply.get("tool_calls"):
            with st.expander(lookups_label(reply), icon=":material/manage_search:"):
                for call in reply["tool_calls"]:
                    st.markdown(step_line(call))
        st.markdown(turn["text"].replace("\n", "  \n"))
        citations(reply)


def step_line(step: dict[str, Any]) -> str:
    """'Looking up `check_status` (check_id=3)': a read-only tool the assistant used (live, then in the history)."""
    args = ", ".join(f"{key}={value}" for key, value in step["args"].items() if value not in (None, ""))
    return t("Looking up `{tool}`", tool=step["name"]) + (f" ({args})" if args else "")


def answer(question: str) -> dict[str, Any]:
    """Run the turn: tool steps appear live in a status box, then the checked answer streams in."""
    status = st.status(t("Looking it up…"), expanded=False)
    reply: dict[str, Any] = {}
    for step in agent.steps(question, thread_id=thread_id()):
        if step["step"] == "tool":
            status.write(step_line(step))
        else:
            reply = step["reply"]
    status.update(label=lookups_label(reply), state="complete")
    st.write_stream(agent.words(reply["answer"].replace("\n", "  \n")))
    citations(reply)
    return reply


def ask(question: str) -> None:
    """Ask, keep the question in the history whatever happens, and show the answer or why there is none."""
    history().append({"role": "user", "text": question})
    show(history()[-1])
    with st.chat_message("assistant"):
        try:
            reply = answer(question)
            turn = {"role": "assistant", "text": reply["answer"], "reply": reply}
        except Exception as exc:  # noqa: BLE001 — a sentence, and the question stays for Ask again
            st.session_state["assistant_retry"] = question
            turn = {"role": "assistant", "error": t("No answer: {why}", why=reason(readable(exc)))}
    history().append(turn)
    st.rerun()  # the page redraws from the history: suggestions go, Ask again appears after an error


def suggestions() -> str | None:
    st.caption(t("Try one of these:"))
    columns = st.columns(2)
    for index, text in enumerate(SUGGESTIONS):
        if columns[index % 2].button(t(text), key=f"suggest:{index}", width="stretch"):
            return t(text)
    return None


def follow_ups() -> str | None:
    """Questions that fit the last answer (or the choices of "Which did you mean?"), as buttons under it."""
    last = history()[-1] if history() else {}
    offered = (last.get("reply") or {}).get("suggestions") or []
    if not offered:
        return None
    columns = st.columns(len(offered))
    for index, text in enumerate(offered):
        if columns[index].button(text, key=f"follow:{len(history())}:{index}", width="stretch"):
            return text
    return None


def render() -> None:
    st.title(t("Assistant"))
    mode_line()
    for turn in history():
        show(turn)
    chosen = suggestions() if not history() else follow_ups()
    retry = st.session_state.pop("assistant_retry", None)
    if retry and st.button(t("Ask again"), key="assistant_retry_button", icon=":material/refresh:"):
        chosen = retry
    elif retry:
        st.session_state["assistant_retry"] = retry
    # The box holds a short placeholder (a phone's 390 px cut the long one); what to ask wraps in the hint above.
    st.caption(t("Ask about jobs, checks, costs or project memory."))
    typed = st.chat_input(t("Ask a question…"), key="assistant_input")
    question = typed or chosen
    if question:
        ask(question)


with shown_errors("show this page"):
    render()
