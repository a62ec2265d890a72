"""Follow-up questions that fit the last answer (shown as buttons on the Assistant page), and the choices of a
clarifying question ("Which did you mean?") as questions of their own. Templates are catalog messages."""

from __future__ import annotations

import re
from typing import Any

from agent.tools.resolve import FLAT
from pipeline.i18n import tr

# Per intent: questions worth asking next; {job} and {project} come from the answer's own lookups.
BY_INTENT: dict[str, tuple[str, ...]] = {
    "running": ("When does memory.build run next?", "How much did we spend today?"),
    "status": (
        "When does {job} run next?",
        "What did the last run of {job} cost?",
        "Show the recent runs of {job}",
    ),
    "next_run": ("What is the status of {job}?", "With economy on, when would {job} run?"),
    "why_run": ("When does {job} run next?", "Show the recent runs of {job}"),
    "runs": ("Which runs failed this week?", "How much did we spend this week?"),
    "cost_run": ("Which job costs the most this week?", "Is economy mode on?"),
    "cost_period": ("Which job costs the most this week?", "What would economy mode change?"),
    "economy": ("What would economy mode change?", "How much did we spend today?"),
    "what_if": ("Is economy mode on?", "How much did we spend today?"),
    "check_status": ("Where did the facts of the latest check come from?", "Why was the latest check fast?"),
    "pending": ("Where did the facts of the latest check come from?",),
    "provenance": ("What is still pending in the latest check?", "What changed since the last check?"),
    "timing": ("Where did the facts of the latest check come from?",),
    "commitments": ("What are the risks in {project}?", "Show the digest of {project}"),
    "risks": ("What did we promise in {project}?", "What actions are suggested for {project}?"),
    "digest": ("What are the risks in {project}?", "What did we promise in {project}?"),
    "actions": ("What are the risks in {project}?",),
    # "is invoice 17 paid?": what else stands in that project, and what was suggested about it
    "item_status": ("What actions are suggested for {project}?", "Show the digest of {project}"),
    "whoami": ("Who did what this week?", "Which runs failed this week?"),
    "role_needed": ("What is my role?", "Who did what this week?"),
    "notices": ("What changed since the last check?",),
    "activity": ("Which runs failed this week?", "What is running right now?"),
    "explain": ("What is running right now?", "What changed since the last check?"),
    "memory_contents": ("When does memory.build run next?", "What are the risks in {project}?"),
    "latest": ("What did we promise in {project}?", "What are the risks in {project}?"),
    "authors": ("Who wrote last in {project}?", "What did we promise in {project}?"),
}
GENERAL = ("What is running right now?", "How much did we spend this week?", "Which jobs failed today?")
# A choice of "Which did you mean?" as a question, by what was asked about the job
CHOICE_BY_INTENT = {
    "next_run": "When does {job} run next?",
    "why_run": "Why did the last run of {job} go as it did?",
    "runs": "Show the recent runs of {job}",
    "cost_run": "What did the last run of {job} cost?",
    "cost_period": "How much did {job} cost this week?",  # "how much did the sync cost?": which sync's spend
    "timing": "How long did the last run of {job} take?",
    "explain": "What does {job} do?",
}
CHOICE_DEFAULT = "What is the status of {job}?"
CHECK_WORD = re.compile(r"\bcheck\b|проверк\w*", re.I)
MAX = 3


def _project_said(phrase: str, project: str) -> str:
    """ "the client" → "northwind", «по клиенту» → «по northwind»: the preposition kept."""
    first = phrase.split()[0].lower()
    return f"{first} {project}" if first in ("по", "у") else project


def _named(calls: list[dict[str, Any]], key: str) -> str | None:
    return next((str(c["args"][key]) for c in calls if c.get("args", {}).get(key)), None)


def follow_ups(meta: dict[str, Any], calls: list[dict[str, Any]], lang: str) -> list[str]:
    """Up to three questions that fit the answer just given (the choices, when it asked which was meant)."""
    if meta.get("mirano_choices"):
        intent = meta.get("mirano_choice_intent") or ""
        if meta.get("mirano_choice_kind") == "address":  # the question asked again, its flat said in full
            asked = str(meta.get("mirano_question") or "")
            return [FLAT.sub(lambda _, a=a: a, asked, count=1) for a in meta["mirano_choices"]][:MAX]
        if meta.get("mirano_choice_kind") == "unit":  # "a cap of 10" asked again with its unit said
            from agent.offline.composing.what_if import BUDGET_KIND_LABELS

            asked = str(meta.get("mirano_question") or "").rstrip(" ?")
            return [f"{asked} ({tr(lang, BUDGET_KIND_LABELS[u])})?" for u in meta["mirano_choices"]][:MAX]
        if meta.get("mirano_choice_kind") == "project":  # "the client" said as the project chosen
            from agent.offline.understanding.subjects import THE_PROJECT

            asked = str(meta.get("mirano_question") or "")
            if not THE_PROJECT.search(asked):  # "show me the digest": the project said after the question
                return [f"{asked.rstrip(' ?!.')} — {p}?" for p in meta["mirano_choices"]][:MAX]
            return [
                THE_PROJECT.sub(lambda m, p=p: _project_said(m.group(0), p), asked, count=1)
                for p in meta["mirano_choices"]
            ][:MAX]
        if meta.get("mirano_choice_kind") == "check":  # "the check" said with its number
            asked = str(meta.get("mirano_question") or "")
            if not CHECK_WORD.search(asked):  # «как там наша квартира?»: the check named after the question
                asked = f"{asked.rstrip(' ?!.')} — {tr(lang, 'check')}?"
            return [
                CHECK_WORD.sub(lambda m, c=c: f"{m.group(0)} #{c}", asked, count=1)
                for c in meta["mirano_choices"]
            ][:MAX]
        if meta.get("mirano_choice_kind") == "run":  # the run said after the question, by its number
            asked = str(meta.get("mirano_question") or "").rstrip(" ?!.")
            said = "запуск #" if lang == "ru" else "#"  # "— run #8" would read as a request to run it
            return [f"{asked} — {said}{r}?" for r in meta["mirano_choices"]][:MAX]
        if (
            meta.get("mirano_choice_kind") == "snapshot"
        ):  # the snapshot said after the question, by its number
            asked = str(meta.get("mirano_question") or "").rstrip(" ?!.")
            said = "снимок #" if lang == "ru" else "snapshot #"
            return [f"{asked} — {said}{x}?" for x in meta["mirano_choices"]][:MAX]
        if meta.get("mirano_choice_kind") == "notice":  # the notice said after the question, by its number
            asked = str(meta.get("mirano_question") or "").split("?")[0].rstrip(" ?!.")
            said = "уведомление #" if lang == "ru" else "notice #"
            return [f"{asked} — {said}{x}?" for x in meta["mirano_choices"]][:MAX]
        if meta.get("mirano_choice_kind") == "case":  # the case said after the question, by its number
            asked = str(meta.get("mirano_question") or "").split("?")[0].rstrip(" ?!.")
            return [f"{asked} — {x}?" for x in meta["mirano_choices"]][:MAX]
        if meta.get("mirano_choice_kind") == "question":  # each choice is a question, asked as it is
            return [tr(lang, q) for q in meta["mirano_choices"]][:MAX]
        if meta.get("mirano_choice_kind") == "property":  # the property said after the question
            asked = str(meta.get("mirano_question") or "").rstrip(" ?!.")
            word = "по" if lang == "ru" else "for"
            return [f"{asked} {word} {a}?" for a in meta["mirano_choices"]][:MAX]
        template = CHOICE_BY_INTENT.get(intent, CHOICE_DEFAULT)
        return [tr(lang, template, job=job) for job in meta["mirano_choices"]][:MAX]
    values = {"job": _named(calls, "job"), "project": _named(calls, "project")}
    out: list[str] = []
    for template in BY_INTENT.get(meta.get("mirano_intent") or "", GENERAL):
        needed = [k for k in values if "{" + k + "}" in template]
        if any(values[k] is None for k in needed):
            continue
        out.append(tr(lang, template, **{k: values[k] for k in needed}))
    return (out or [tr(lang, q) for q in GENERAL])[:MAX]
