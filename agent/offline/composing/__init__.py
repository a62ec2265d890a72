"""Composing the offline model's answer from the tool results of one turn, in the question's language.

Nothing here invents a fact: every sentence fills a catalog message with values a tool returned, and outside
text is quoted as data, never followed. The first sentence answers the question; only the lookups the question
asked for are rendered.
"""

from __future__ import annotations

from typing import Any

from agent.offline.composing import checks, engine, memory, notices  # noqa: F401  (register the templates)
from agent.offline.composing.common import RENDERERS
from agent.offline.understanding.intents import Intent
from pipeline.i18n import tr

HELP_EXAMPLES = (
    "What is running right now?",
    "Why did ingest.linear not import anything?",
    "What did the last ingestion cost?",
    "Why was the second check so fast?",
    "What did we promise the client Alfa?",
)


def compose(intent: str | None, results: list[tuple[str, dict[str, Any]]], lang: str) -> str:
    """The answer from (tool name, envelope) results."""
    blocks = []
    for name, result in results:
        render = RENDERERS.get(name)
        lines = render(result.get("data"), lang, intent) if render and result.get("data") is not None else []
        if result.get("note"):
            lines.append(tr(lang, "I could not look that up: {reason}", reason=result["note"]))
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks) or tr(lang, "I found nothing to answer that with.")


def not_understood(closest: list[Intent], lang: str) -> str:
    """One line: not understood, and the closest things that can be answered (never the whole help)."""
    offers = "; ".join(tr(lang, i.label) for i in closest[:3])
    return tr(
        lang, "I did not understand the question. Closest things I can answer: {offers}.", offers=offers
    )


def help_text(lang: str) -> str:
    examples = " ".join(f"«{tr(lang, e)}»" for e in HELP_EXAMPLES[:3])
    return tr(
        lang,
        "I explain what Mirano is doing: jobs and runs with their reasons, costs, property checks and where their "
        "facts came from, and project memory. For example: {examples}",
        examples=examples,
    )


def refusal(kind: str, lang: str) -> str:
    if kind == "secret":
        return tr(lang, "I cannot show API keys, tokens, passwords or environment variables.")
    return tr(
        lang,
        "I only read and explain; I cannot start runs, apply actions or change settings. Use the dashboard for "
        "that: Run now on the Jobs page, Apply on the Memory page, the economy switch — or the `mirano` command.",
    )
