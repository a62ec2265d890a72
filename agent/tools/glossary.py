"""What Mirano's words mean: a concept ("what is a snapshot?", «что такое дайджест») or a job ("what is memory.build
for?") explained in one or two sentences, with the figures that make it concrete read from the configuration (each
source's freshness, a job's cadence). Read-only, like every tool."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.envelope import Envelope, envelope, unknown
from agent.tools.resolve import resolve_job
from pipeline.config import get_settings
from pipeline.engine.exceptions import MiranoError


@dataclass(frozen=True)
class Term:
    key: str
    words: str  # a regular expression of how people name it, in both languages
    text: str  # the explanation (English; the catalogs hold its Russian)


TERMS: tuple[Term, ...] = (
    Term(
        "check",
        r"\bchecks?\b|проверк",
        "A check is one look at a property by its address: Mirano splits it into a task per source (court cases, "
        "enforcement proceedings, listings, developer reviews), reuses the facts that are still fresh, fetches the "
        "rest and scores the risk as they arrive; its report changes until it is finalized.",
    ),
    Term(
        "snapshot",
        r"snapshot|снимк|снимок|finali[sz]|зафиксир",
        "A snapshot is a check's report frozen at one moment (Finalize): it never changes afterwards, and two "
        "snapshots of one property can be compared to see which facts and risk changed.",
    ),
    Term(
        "digest",
        r"digest|дайджест|сводк",
        "The digest is a weekly summary per project: what came in from each source, the commitments, the risks "
        "and what waits for a decision. memory.digest writes it once a week from stored facts, without a model.",
    ),
    Term(
        "economy",
        r"econom|эконом",
        "Economy mode makes every job cheaper: longer cadences and smaller per-run limits, and work that calls an "
        "LLM pauses until it is off. Run now still works.",
    ),
    Term(
        "budget",
        r"budget|бюджет",
        "A daily budget caps one kind of cost (dollars, embeddings, LLM calls, tokens or source calls) per day; "
        "once it is spent, today's work of that kind stops and goes on tomorrow.",
    ),
    Term(
        "freshness",
        r"\bttl\b|fresh|stale|свеж|устар|срок (?:жизни|годности|свежести)",
        "Each source's facts stay fresh for a set time (court cases {court} days, enforcement proceedings "
        "{enforcement}, listings {listings}, developer reviews {reviews}); a later check reuses fresh facts instead "
        "of asking the source again, and fetches only what is missing or stale.",
    ),
    Term(
        "reuse",
        r"reus|переиспольз",
        "Reuse: a check takes the facts earlier checks fetched about the same building, developer or person while "
        "they are fresh, and says where each came from and when it was fetched; nothing is fetched twice.",
    ),
    Term(
        "backoff",
        r"back-?off|backing off|бэк-?офф",
        "Backoff: after a failure a job waits longer before its next run, each time with the reason stated, "
        "until a run succeeds again.",
    ),
    Term(
        "watch",
        r"\bwatch|notice|notif|слеж|следит|уведомлен",
        "A watch follows a property or a project for a person; when a re-check or a sync finds a change, a notice "
        "is made for its watchers (the Notices page, and delivery to their channel).",
    ),
    Term(
        "gate",
        r"confidence|gate|proposed|порог|уверенност|предложенн",
        "Commitments and risks are extracted from project text with a confidence; below the gate they are "
        "proposed and wait for a person's review, above it they are active.",
    ),
    Term(
        "commitment",
        r"commitment|promise|обязательств|обещан",
        "A commitment is a promise found in a project's conversations, issues or notes (who promised what, by "
        "when); a risk is a warning sign found the same way (a delay, an unpaid invoice, an unhappy client).",
    ),
    Term(
        "action",
        r"\bactions?\b|действи",
        "A suggested action is a Linear issue or an Attio note Mirano drafts from commitments and risks; a person "
        "previews it and presses Apply, and every apply is audited.",
    ),
    Term(
        "run",
        r"\bjobs?\b|\bruns?\b|задани|запуск",
        "A job is one kind of background work with a schedule (its cadence) and a per-run limit; a run is one "
        "execution of it, bounded by that limit. One run per job at a time: a second request waits or is refused "
        "with the reason.",
    ),
)
TERMS += (
    Term(
        "openai_key",
        r"openai[\s_-]*(?:api[\s_-]*)?key|ключ\w*\s+(?:от\s+|к\s+)?openai|openai\w*\s+ключ",
        "OPENAI_API_KEY, when set, switches the assistant and the extraction of commitments and risks to an online "
        "model (OPENAI_MODEL; OPENAI_BASE_URL for a compatible server), and their LLM calls and tokens are charged "
        "in the cost ledger. Without it both work offline with no LLM calls. Mirano never shows a key's value.",
    ),
)
BY_KEY = {t.key: t for t in TERMS}


def terms_in(text: str) -> list[str]:
    """The glossary's terms a text names, in the order it names them."""
    lowered = text.lower()
    found = [(m.start(), t.key) for t in TERMS if (m := re.search(t.words, lowered))]
    return [key for _, key in sorted(found)]


def _values() -> dict[str, Any]:
    settings = get_settings()
    return {
        "court": f"{settings.ttl_court_days:g}",
        "enforcement": f"{settings.ttl_enforcement_days:g}",
        "listings": f"{settings.ttl_listings_days:g}",
        "reviews": f"{settings.ttl_reviews_developer_days:g}",
    }


def explain(term: str) -> Envelope:
    """What one of Mirano's words means, or what a job is for: "snapshot", "check", "digest", "economy", "budget",
    "freshness" (TTL), "reuse", "backoff", "watch", "gate" (confidence), "commitment", "action", "run",
    "openai_key" (what OPENAI_API_KEY does, never its value); or a job's
    name or what it does ("memory.build", "the Chatwoot import").

    Args:
        term: the word or the job to explain.
    """
    key = term.strip().lower()
    if key in BY_KEY:
        return envelope({"term": key, "text": BY_KEY[key].text, "values": _values()})
    try:
        job = resolve_job(term)
    except MiranoError as exc:
        named = terms_in(term)
        if named:
            return explain(named[0])
        return unknown(exc.reason)
    if job is None:
        return unknown("nothing to explain")
    from pipeline.service import engine as engine_service

    row = next(r for r in engine_service.list_jobs() if r["name"] == job)
    view = {k: row.get(k) for k in ("name", "description", "cadence_s", "limit", "next_run_at")}
    return envelope({"term": "job", "job": view})


GLOSSARY_TOOLS = [explain]
