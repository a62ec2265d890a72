"""Intent routing of the offline model: which read-only tools a Russian or English question needs.

Rules on words, not a model: the same question always gets the same tool calls. A follow-up without an intent
of its own ("and the listings?", "а по linear?") repeats the previous turn's tools with the new subject.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from typing import Any

from agent.tools import TOOLS

INTENTS: tuple[tuple[str, str], ...] = (
    ("timing", r"\bfast|\bslow|quick|so long|take so|быстр|медлен|долго|так скоро"),
    ("economy", r"econom|budget|эконом|бюджет"),
    ("costs", r"\bcost|spen[dt]|money|price|\$|usd|стои|затрат|расход|потрат|деньг|токен|token"),
    (
        "provenance",
        r"provenance|evidence|where did|come from|fetched|\breus|fresh|stale|up to date|when was"
        r"|откуда|доказ|переиспольз|свеж|устар|актуальн|когда (был|получ)|источник факт",
    ),
    (
        "check",
        r"\bcheck|address|partial|pending|listing|court|enforcement|fssp|review|risk factor|property"
        r"|проверк|адрес|частичн|ожида|обработк|объявлен|суд|пристав|исполнительн|отзыв|объект|недвижим",
    ),
    ("memory", r"memory|search|mention|said|say about|talk|памят|найд|найти|упомина|говорил|писал|обсужда"),
    ("project", r"commitment|promise|risk|digest|project|обещ|обязательств|риск|дайджест|проект"),
    ("modes", r"\bmode|offline|online|demo|llm|режим|демо|офлайн|онлайн|модел"),
    (
        "runs",
        r"\bruns?\b|запуск|fail|error|broke|упал|ошибк|сломал|skip|пропущ|пропуст|почему не|why not|why did",
    ),
    (
        "status",
        r"status|state|doing|running|\bjobs?\b|happening|статус|состояни|работ|задач|делает|идёт|идет"
        r"|сейчас|происходит",
    ),
)
LIST_CHECKS = re.compile(
    r"(?:list|all|which|recent)\s+(?:the\s+)?checks|все проверки|список проверок|какие проверки", re.I
)
FOLLOW_UP = re.compile(r"^\s*(?:and|what about|how about|а|и|ну а|а что|а как|а если)\b", re.I)
SOURCES: tuple[tuple[str, str], ...] = (
    ("listings", r"listing|объявлен"),
    ("court", r"court|суд"),
    ("enforcement", r"enforcement|fssp|bailiff|пристав|исполнительн|фссп"),
    ("reviews", r"review|отзыв"),
)
JOB_WORDS: tuple[tuple[str, str], ...] = (
    ("ingest.chatwoot", r"chatwoot|чатвут"),
    ("ingest.linear", r"linear|линеар"),
    ("ingest.attio", r"attio|аттио"),
    ("memory.build", r"embed|index|memory build|эмбед|индекс"),
    ("memory.extract", r"extract|извлеч"),
    ("memory.digest", r"digest job|дайджест.{0,10}задач"),
    ("memory.suggest", r"suggest|предлож"),
    ("checks.recheck", r"re-?check|перепровер"),
)


@dataclass
class Subject:
    """What a question is about, besides its intent."""

    job: str | None = None
    run_id: int | None = None
    check_id: int | None = None
    fact_id: int | None = None
    source: str | None = None
    project: str | None = None
    days: int | None = None
    query: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def args(self) -> dict[str, Any]:
        values = {k: v for k, v in vars(self).items() if v is not None and k != "extra"}
        return {**values, **self.extra}


def intents(text: str) -> list[str]:
    lowered = text.lower()
    return [name for name, pattern in INTENTS if re.search(pattern, lowered)]


def _number(pattern: str, text: str) -> int | None:
    match = re.search(pattern, text, re.I)
    return int(match.group(1)) if match else None


def subject_of(text: str, projects: list[str], job_names: list[str]) -> Subject:
    """The ids, job, source, project and period a question names."""
    lowered = text.lower()
    subject = Subject()
    subject.run_id = _number(r"(?:\brun|запуск\w*)\s*(?:#|№|no\.?\s*)?(\d+)", lowered)
    subject.check_id = _number(r"(?:\bcheck|проверк\w*)\s*(?:#|№|no\.?\s*)?(\d+)", lowered)
    subject.fact_id = _number(r"(?:\bfact|факт\w*)\s*(?:#|№)?\s*(\d+)", lowered)
    subject.job = next((n for n in job_names if n in lowered), None)
    subject.job = subject.job or next((job for job, p in JOB_WORDS if re.search(p, lowered)), None)
    subject.source = next((s for s, p in SOURCES if re.search(p, lowered)), None)
    subject.project = next((p for p in projects if re.search(rf"\b{re.escape(p.lower())}\b", lowered)), None)
    if re.search(r"today|сегодня", lowered):
        subject.days = 1
    elif re.search(r"month|месяц", lowered):
        subject.days = 30
    elif re.search(r"week|недел", lowered):
        subject.days = 7
    subject.days = _number(r"(\d+)\s*(?:days?|дн|день)", lowered) or subject.days
    subject.query = search_terms(text)
    return subject


def search_terms(text: str) -> str:
    """The words to look for in project memory: a quoted phrase, or what follows "about"/"про"."""
    quoted = re.search(r"[\"«“']([^\"»”']{2,})[\"»”']", text)
    if quoted:
        return quoted.group(1).strip()
    about = re.search(
        r"(?:about|regarding|for|on|про|о|об|насчёт|насчет|по поводу)\s+(.{2,})$", text.strip(" ?!."), re.I
    )
    return (about.group(1) if about else text).strip(" ?!.")


def _params(name: str) -> set[str]:
    func = next(t for t in TOOLS if t.__name__ == name)
    return set(inspect.signature(func).parameters)


def call(name: str, subject: Subject, **fixed: Any) -> dict[str, Any] | None:
    """A tool call with the subject's arguments the tool accepts; None when the tool is not available."""
    if name not in {t.__name__ for t in TOOLS}:
        return None
    accepted = _params(name)
    args = {k: v for k, v in {**subject.args(), **fixed}.items() if k in accepted}
    return {"name": name, "args": args}


def _timing_calls(subject: Subject, found: list[str]) -> list[dict[str, Any] | None]:
    if subject.run_id:
        return [call("run_details", subject)]
    if subject.check_id or "check" in found or not subject.job:
        return [call("check_timing", subject) or call("recent_runs", subject)]
    return [call("recent_runs", subject)]


def _run_calls(text: str, subject: Subject) -> list[dict[str, Any] | None]:
    if subject.run_id:
        return [call("run_details", subject)]
    lowered = text.lower()
    status = "failed" if re.search(r"fail|error|broke|упал|ошибк|сломал", lowered) else None
    status = "skipped" if re.search(r"skip|пропущ|пропуст|почему не|why not", lowered) else status
    return [call("recent_runs", subject, **({"status": status} if status else {}))]


def calls_for(text: str, found: list[str], subject: Subject) -> list[dict[str, Any]]:
    """The tool calls for the intents found, in a stable order, without duplicates."""
    planned: list[dict[str, Any] | None] = []
    if "timing" in found:
        planned += _timing_calls(subject, found)
    if "economy" in found:
        planned.append(call("economy_and_budgets", subject))
    if "costs" in found:
        planned.append(call("costs", subject))
    if LIST_CHECKS.search(text):
        planned.append(call("list_checks", subject))
    if "provenance" in found:
        planned.append(call("fact_provenance", subject))
    elif "check" in found and "timing" not in found and not LIST_CHECKS.search(text):
        planned.append(call("check_status", subject))
    if "memory" in found:
        planned.append(call("search_memory", subject))
    if "project" in found and "memory" not in found and not ("check" in found and not subject.project):
        planned.append(call("project_overview", subject))
    if "modes" in found and "economy" not in found:
        planned.append(call("assistant_modes", subject))
    if "runs" in found and not {"timing", "costs", "economy"} & set(found):
        planned += _run_calls(text, subject)
    if "status" in found and not planned:
        planned.append(call("job_status", subject))
    unique: dict[str, dict[str, Any]] = {}
    for item in planned:
        if item is not None:
            unique.setdefault(item["name"], item)
    return list(unique.values())[:3]


def _entity_calls(subject: Subject) -> list[dict[str, Any]]:
    for name, present in (
        ("run_details", subject.run_id),
        ("check_status", subject.check_id or subject.source),
        ("project_overview", subject.project),
        ("job_status", subject.job),
    ):
        item = call(name, subject) if present else None
        if item:
            return [item]
    return []


def follow_up(previous: list[dict[str, Any]], subject: Subject) -> list[dict[str, Any]]:
    """Repeat the previous turn's tools, with whatever the new question names in place of the old subject."""
    named = {k: v for k, v in subject.args().items() if k != "query"}
    repeated = []
    for old in previous:
        accepted = _params(old["name"]) if old["name"] in {t.__name__ for t in TOOLS} else set()
        args = {**old["args"], **{k: v for k, v in named.items() if k in accepted}}
        if "query" in accepted and not named:
            args["query"] = subject.query
        repeated.append({"name": old["name"], "args": args})
    return repeated


def plan(
    text: str, previous: list[dict[str, Any]], projects: list[str], job_names: list[str]
) -> list[dict[str, Any]]:
    """The tool calls for a question, given the previous turn's calls (for follow-ups)."""
    subject = subject_of(text, projects, job_names)
    words = text
    for name in [
        *job_names,
        *projects,
    ]:  # a name is a subject, not an intent ("agenttest.broken" is no failure)
        words = re.sub(re.escape(name), " ", words, flags=re.I)
    found = intents(words)
    planned = calls_for(words, found, subject)
    if planned and FOLLOW_UP.search(text):  # "and the listings?": keep what the previous turn was about
        earlier = {c["name"]: c["args"] for c in previous}
        planned = [{"name": c["name"], "args": {**earlier.get(c["name"], {}), **c["args"]}} for c in planned]
    if planned:
        return planned
    named = {k for k, v in subject.args().items() if k != "query"}
    if previous and (named or FOLLOW_UP.search(text)):
        return follow_up(previous, subject)
    return _entity_calls(subject)
