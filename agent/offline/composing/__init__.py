"""Composing the offline model's answer from the tool results of one turn, in the question's language.

Nothing here invents a fact: every sentence fills a catalog message with values a tool returned, and outside
text is quoted as data, never followed. The first sentence answers the question; only the lookups the question
asked for are rendered.
"""

from __future__ import annotations

import re
from typing import Any

from agent.offline.composing import (  # noqa: F401  (register the templates)
    activity,
    checks,
    engine,
    glossary,
    memory,
    notices,
    what_if,
)
from agent.offline.composing import control as control_templates  # noqa: F401  (its templates; `control` is a word)
from agent.offline.composing.common import RENDERERS, money, status, when
from agent.offline.composing.controls import (
    RUN_CONTROL_REFUSALS,
    cancel_lines,
    control_lines,
    note_text,
    retry_line,
)
from agent.offline.understanding.intents import Intent
from pipeline.i18n import tr

HELP_EXAMPLES = (
    "What is running right now?",
    "Why did ingest.linear not import anything?",
    "What did the last ingestion cost?",
    "Why was the second check so fast?",
    "What did we promise the client Alfa?",
)


# «каждые 7 дн.» at a sentence's end: the abbreviation's dot is the full stop (an ellipsis stays)
ABBREVIATION_STOP = re.compile(r"(?<=[^\W\d_])\.\.(?!\.)")


def compose(intent: str | None, results: list[tuple[str, dict[str, Any]]], lang: str) -> str:
    """The answer from (tool name, envelope) results."""
    blocks = []
    for name, result in results:
        render = RENDERERS.get(name)
        lines = render(result.get("data"), lang, intent) if render and result.get("data") is not None else []
        if result.get("note"):
            lines.append(note_text(result["note"], lang))
        block = ABBREVIATION_STOP.sub(".", "\n".join(once(lines, blocks)))
        if block and block not in blocks:  # the same lookup twice reads once
            blocks.append(block)
    total = _across_projects(results, lang)
    return "\n\n".join([*total, *blocks]) or tr(lang, "I found nothing to answer that with.")


def _across_projects(results: list[tuple[str, dict[str, Any]]], lang: str) -> list[str]:
    """ "How many suggested actions are there?" over two projects: the total first, each project's count after
    (then each project's list)."""
    counts: dict[str, int] = {}
    for name, result in results:
        data = result.get("data")
        if name != "project_overview" or not isinstance(data, dict) or "actions" not in data:
            continue
        counts[data["project"]] = sum(1 for a in data["actions"] if a["status"] == "suggested")
    if len(counts) < 2:
        return []
    each = ", ".join(f"{project} {n}" for project, n in counts.items())
    return [
        tr(
            lang,
            "{n} suggested action(s) in all, across {projects} projects ({each}).",
            n=sum(counts.values()),
            projects=len(counts),
            each=each,
        )
    ]


def once(lines: list[str], blocks: list[str]) -> list[str]:
    """The lines not already said in this answer: nothing is printed twice (short labels may repeat)."""
    said = {line for block in blocks for line in block.split("\n") if len(line) >= 12}
    out: list[str] = []
    for line in lines:
        if len(line) >= 12 and (line in said or line in out):
            continue
        out.append(line)
    return out


def not_understood(closest: list[Intent], lang: str) -> str:
    """One line: not understood, and the closest things that can be answered (never the whole help)."""
    offers = "; ".join(tr(lang, i.label) for i in closest[:3])
    if not offers:  # nothing close either: what the assistant answers about, without an empty list
        return tr(
            lang,
            "I did not understand the question. I only answer about Mirano: its jobs and runs, costs, property checks "
            "and project memory.",
        )
    return tr(
        lang,
        "I did not understand the question. I only answer about Mirano: its jobs and runs, costs, property checks and "
        "project memory. Closest things I can answer: {offers}.",
        offers=offers,
    )


def help_text(lang: str) -> str:
    examples = " ".join(f"«{tr(lang, e)}»" for e in HELP_EXAMPLES[:3])
    return tr(
        lang,
        "I explain what Mirano is doing: jobs and runs with their reasons, costs, property checks and where their "
        "facts came from, and project memory. For example: {examples}",
        examples=examples,
    )


JOB_COMMANDS = ("pause", "resume", "set")  # run controls whose command takes a job


def refusal(kind: str, lang: str, control: dict[str, Any] | None = None) -> str:
    """The refusal, then the exact control a person uses for what was asked (the button and the command); with
    several orders in one message, each further order's command on a line of its own."""
    text = _refusal(kind, lang, control)
    for more in (control or {}).get("more", []):  # the general "I only read and explain" is said once
        said = _refusal(more["refusal"], lang, more, general=False)
        text += f"\n{said}" if said and said not in text else ""
    return text


def _refusal(kind: str, lang: str, control: dict[str, Any] | None = None, general: bool = True) -> str:
    if kind.startswith("action:") and kind.split(":", 1)[1] in RUN_CONTROL_REFUSALS:
        command = kind.split(":", 1)[1]
        text = tr(lang, RUN_CONTROL_REFUSALS[command])
        jobs = (control or {}).get("values", {}).get("jobs") or []
        if command in JOB_COMMANDS:  # «пауза на импорт из attio», «все синки»: the command for each job
            text += "".join(
                " " + tr(lang, "For {job}: `mirano {command} {job}`.", job=j, command=command) for j in jobs
            )
        if command == "cancel" and jobs:  # "ok kill it" after a job: its run, or that nothing runs
            text = " ".join([text, *cancel_lines({"jobs": jobs}, lang)])
        run = (control or {}).get("values", {}).get("run_id")
        if command == "retry" and run is not None:
            text += " " + retry_line(int(run), lang)
        if command == "cancel" and run is not None:
            text += " " + tr(lang, "For run #{id}: `mirano cancel {id}`.", id=run)
        check = (control or {}).get("values", {}).get("check_id")
        if command in ("cancel", "cancel_check") and check is not None:  # «отмени проверку по Ленинскому»
            text += " " + tr(lang, "For check #{id}: `mirano cancel --check {id}`.", id=check)
        return text
    if kind == "secret":
        return tr(
            lang,
            "I cannot show API keys, tokens, passwords or environment variables, nor my instructions or other people's "
            "conversations.",
        )
    text = tr(
        lang,
        "I only read and explain; I cannot start runs, apply actions or change settings. Use the dashboard for "
        "that: Run now on the Jobs page, Apply on the Memory page, the economy switch — or the `mirano` command.",
    )
    lines = control_lines(control or {}, lang)
    return "\n".join([text, *lines] if general else lines)  # a further order with no control of its own: said


def out_of_scope(lang: str) -> str:
    """One plain line: not something Mirano does, and what it does."""
    return tr(
        lang,
        "I cannot help with that: it is not something Mirano does. Mirano runs and explains background work — "
        "jobs and their runs, costs, property checks and project memory.",
    )


def _developers_of(ids: list[str]) -> dict[str, str]:
    """Each check's developer by the facts it holds, when the checks name more than one developer (else {})."""
    from agent.envelope import unwrap
    from agent.tools.checks import developer_of
    from pipeline.service import checks as checks_service

    found = {}
    for choice in ids:
        developer = developer_of(checks_service.get_check(int(choice)))
        if developer:
            found[choice] = unwrap(developer["name"])
    return found if len(set(found.values())) > 1 else {}


def clarify(choices: list[str], lang: str, kind: str = "job") -> str:
    """One short question with the candidates (a numbered list, so the CLI and the page can offer them): jobs
    with what each does, projects with their names, or checked addresses as they are written."""
    from agent.tools.resolve import job_description

    def option(choice: str) -> str:
        if kind == "unit":  # a budget's unit: "10 dollars", "10 source calls"
            from agent.offline.composing.what_if import BUDGET_KIND_LABELS

            return tr(lang, BUDGET_KIND_LABELS[choice])
        if kind == "project":
            from agent.tools.resolve import project_names

            name = next((p["name"] for p in project_names() if p["slug"] == choice), "")
            return f"{choice} — {name}" if name else choice
        if kind == "check":  # "#4 — г. Москва, Ленинский пр-кт, д. 90 (partial)"
            from pipeline.service import checks as checks_service

            row = checks_service.get_check(int(choice))
            line = f"#{choice} — {row['address']} ({status(row['status'], lang)})"
            builder = developer_of.get(choice)
            return f"{line}, {tr(lang, 'developer')} {builder}" if builder else line
        if kind == "run":  # "#8 — ingest.chatwoot, 12:00: ok, $0.013"
            from pipeline.service import engine as engine_service

            run = engine_service.get_run(int(choice))
            return (
                f"#{choice} — {run['job']}, {when(run['started_at'], lang)}: {status(run['status'], lang)}, "
                f"{money(run['cost']['usd'], places=4)}"
            )
        if kind == "snapshot":  # "#4 — г. Москва, Ленинский пр-кт, д. 90, frozen 12:00 from check #4"
            from pipeline.service import checks as checks_service

            frozen = checks_service.get_snapshot(int(choice))
            row = checks_service.get_check(int(frozen["job_id"]))
            return tr(
                lang,
                "#{id} — {address}, frozen {at} from check #{check}",
                id=choice,
                address=row["address"],
                at=when(frozen["created_at"], lang),
                check=frozen["job_id"],
            )
        if kind == "case":  # "А40-98765/2026 — Иванова Мария Петровна v. ООО «ГрадСтрой Девелопмент»"
            from agent.tools.resolve import court_case

            case = court_case(choice) or {}
            return tr(
                lang,
                "{number} — {plaintiff} v. {defendant}",
                number=choice,
                plaintiff=case.get("plaintiff", "?"),
                defendant=case.get("defendant", "?"),
            )
        if kind == "notice":  # "#2 — г. Москва, Тверская ул., д. 1, 12:00 (unread)"
            from pipeline.service import notices as notices_service

            shown = next((n for n in notices_service.list_notices() if str(n["id"]) == choice), None)
            if shown is None:
                return f"#{choice}"
            watched = (shown.get("watch") or {}).get("label") or shown["title"]
            state = tr(lang, "you have read it" if shown["read"] else "you have not read it yet")
            return f"#{choice} — {watched}, {when(shown['created_at'], lang)} ({state})"
        if kind in ("address", "property"):
            return choice
        if kind == "question":  # each choice a question of its own
            return tr(lang, choice)
        return f"{choice} — {tr(lang, job_description(choice))}"

    # checks of buildings by different developers («а застройщик этот банкрот?»): each with its developer
    developer_of = _developers_of(choices) if kind == "check" else {}
    options = [f"{i}. {option(choice)}" for i, choice in enumerate(choices, start=1)]
    return "\n".join([tr(lang, "Which did you mean?"), *options])
