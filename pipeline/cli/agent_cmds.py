"""The assistant from the command line: `mirano ask QUESTION [--thread T] [--json]`."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli.output import JsonFlag, emit, reason, reasons, say

OFFLINE_LABEL = "offline (deterministic model, no LLM)"


@reasons
def ask(
    question: Annotated[str, typer.Argument(help="A question in Russian or English.")],
    thread: Annotated[
        str, typer.Option("--thread", help="Conversation thread; follow-ups use its history.")
    ] = "default",
    as_json: JsonFlag = False,
) -> None:
    """Ask the assistant what the system is doing and why (read-only; offline unless OPENAI_API_KEY is set)."""
    import agent

    result = agent.ask(question, thread_id=thread)
    # Answered offline because the online model did not answer: the label says who answered, the line says why.
    label = OFFLINE_LABEL if result.get("fallback") else agent.active_mode()["label"]

    def human() -> str:
        tools = ", ".join(c["name"] for c in result["tool_calls"]) or say("none")
        understood = (
            " · "
            + say(
                "intent {intent} ({confidence})",
                intent=result["intent"] or say("not understood"),
                confidence=f"{result['confidence']:.2f}",
            )
            if result.get("confidence") is not None
            else ""
        )
        footer = say(
            "assistant: {label} · thread {thread} · tools: {tools}",
            label=mode_line(bool(result.get("fallback"))),
            thread=thread,
            tools=tools,
        )
        why = f"\n{reason(result['fallback'])}" if result.get("fallback") else ""
        return f"{result['answer']}\n\n[{footer}{understood}]{why}"

    emit({**result, "mode_label": label}, as_json, human)


def mode_line(fallback: bool) -> str:
    """Who answered, in the CLI's language (the English label stays in `--json`'s mode_label)."""
    from agent.context import load_context

    context = load_context()
    if fallback or context.mode == "offline":
        return say(OFFLINE_LABEL)
    if context.base_url:
        return say("online ({model} at {url})", model=context.model, url=context.base_url)
    return say("online ({model})", model=context.model)


def register(app: typer.Typer) -> None:
    app.command()(ask)
