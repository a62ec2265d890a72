"""The exact control for a refused request — the button on the page and the `mirano` command — and tool notes in
the answer's language (a note is a tool's English sentence for a person; known ones have catalog messages)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.i18n import reason_text, status_label, tr


def _run(values: dict[str, Any], lang: str) -> list[str]:
    return [
        tr(lang, "For {job}: the Run now button beside it on the Jobs page, or `mirano run {job}`.", job=job)
        for job in values.get("jobs") or []
    ]


def cancel_lines(values: dict[str, Any], lang: str) -> list[str]:
    """ "kill it" after a job: its running run's command, or that nothing of it runs now."""
    from pipeline.service import engine as engine_service

    rows = {row["name"]: row for row in engine_service.list_jobs()}
    lines = []
    for job in values.get("jobs") or []:
        running = (rows.get(job) or {}).get("running_run_id")
        if running:
            lines.append(
                tr(lang, "For {job}: run #{id} is running now: `mirano cancel {id}`.", job=job, id=running)
            )
        elif job in rows:
            lines.append(tr(lang, "{job} is not running now: there is nothing to cancel.", job=job))
    return lines


def retry_line(run_id: int, lang: str) -> str:
    """ "retry run 9": its command, or, for a run that neither failed nor was cancelled, that only those retry."""
    from pipeline.engine import states
    from pipeline.service import engine as engine_service

    run = engine_service.get_run(run_id)
    if run is None:
        return tr(lang, "There is no run #{id}.", id=run_id)
    if states.can_retry(run["status"]):
        return tr(lang, "For run #{id}: `mirano retry {id}`.", id=run_id)
    return tr(
        lang,
        "Run #{id} ended {status}: only a failed or cancelled run is retried; to run {job} again: `mirano run {job}`.",
        id=run_id,
        status=status_label(run["status"], lang),
        job=run["job"],
    )


def _economy(values: dict[str, Any], lang: str) -> list[str]:
    return [
        tr(
            lang,
            "For economy mode: the economy switch on the Jobs page, or `mirano economy {state}`.",
            state=values.get("state", "on"),
        )
    ]


def _budget(values: dict[str, Any], lang: str) -> list[str]:
    limit = values.get("limit")
    return [
        tr(
            lang,
            "For a daily budget: Daily budgets on the Jobs page, or `mirano budget {kind} {limit}`.",
            kind=values.get("kind") or "KIND",
            limit=f"{limit:g}" if limit is not None else "LIMIT",
        )
    ]


def _apply(values: dict[str, Any], lang: str) -> list[str]:
    if values.get("action_id") is not None:
        return [
            tr(
                lang,
                "To apply action {id}: Apply beside it under Suggested actions on the Project memory page (after its "
                "preview), or `mirano actions apply {id}`.",
                id=values["action_id"],
            )
        ]
    project = f" --project {values['project']}" if values.get("project") else ""
    return [
        tr(
            lang,
            "To apply a suggested action: Apply under Suggested actions on the Project memory page, or "
            "`mirano actions apply ID` (the ids: `mirano actions{project}`).",
            project=project,
        )
    ]


def _finalize(values: dict[str, Any], lang: str) -> list[str]:
    check = values.get("check_id") or "CHECK_ID"
    return [
        tr(
            lang,
            "To freeze a report: Finalize on the Property checks page, or `mirano report {check} --finalize`.",
            check=check,
        )
    ]


def _report(values: dict[str, Any], lang: str) -> list[str]:
    check = values.get("check_id") or "CHECK_ID"
    return [
        tr(
            lang,
            "For the report of check {check}: Download PDF or CSV on its Property checks page, or "
            "`mirano report {check} --format pdf --output report-{check}.pdf`.",
            check=check,
        )
    ]


def _one_value(message: str, key: str, default: str) -> Callable[[dict[str, Any], str], list[str]]:
    """A control said in one message with one value (an address, a project), or its placeholder when none is known."""

    def render(values: dict[str, Any], lang: str) -> list[str]:
        value = values.get(key) or tr(lang, default)
        if "{" + key + "}`" in message and not re.fullmatch(r"[\w.@-]+", value):
            value = f'"{value}"'  # `mirano watch northwind`, `mirano watch "г. Москва, …"`: quoted only when needed
        return [tr(lang, message, **{key: value})]

    return render


_check = _one_value(
    'To start a check: the form on the Property checks page, or `mirano check "{address}"`.',
    "address",
    "ADDRESS",
)
_watch = _one_value(
    "To watch it: Watch on its check on the Property checks page or on the Notices page, or "
    "`mirano watch {target}`.",
    "target",
    "ADDRESS",
)
_unwatch = _one_value(
    "To stop watching it: Unwatch on its check or on the Notices page, or `mirano unwatch {target}`.",
    "target",
    "ADDRESS",
)
_bind = _one_value("To bind: `mirano bind {project} SOURCE KIND:ID`.", "project", "PROJECT")
_digest_export = _one_value(
    "For the digest: Download PDF or Markdown under it on the Project memory page, or "
    "`mirano digest {project} --format pdf --output digest.pdf`.",
    "project",
    "PROJECT",
)


def _recheck(values: dict[str, Any], lang: str) -> list[str]:
    if values.get("check_id") is not None:  # «чекни ленинский 90 ещё разок»: that check's address
        from pipeline.service import checks as checks_service

        address = checks_service.get_check(int(values["check_id"]))["address"]
        return [
            tr(
                lang,
                "To re-check check {id}: Re-check now on its Property checks page, or a new check with "
                '`mirano check "{address}"`.',
                id=values["check_id"],
                address=address,
            )
        ]
    return [
        tr(
            lang,
            "To re-check: Re-check now on the check on the Property checks page, or a new check with "
            '`mirano check "ADDRESS"`.',
        )
    ]


def _pause(values: dict[str, Any], lang: str) -> list[str]:
    jobs = ", ".join(values.get("jobs") or []) or tr(lang, "a job")
    return [
        tr(
            lang,
            "To pause or stop {jobs}: its controls on the Jobs page; economy mode slows every job "
            "(`mirano economy on`).",
            jobs=jobs,
        )
    ]


# A request to control a run or a job (understanding/requests.py, `run_control`) is refused whole, with its button and command.
RUN_CONTROL_REFUSALS = {
    "cancel": "I cannot cancel runs: I only read and explain. Press Cancel on the job's card on the Jobs page (or in "
    "the run's details), or run `mirano cancel RUN`.",
    "cancel_check": "I cannot cancel checks: I only read and explain. Press Cancel on the check on the Property "
    "checks page, or run `mirano cancel --check CHECK`.",
    "pause": "I cannot pause jobs: I only read and explain. Press Pause on the job's card on the Jobs page, or run "
    "`mirano pause JOB`.",
    "resume": "I cannot resume jobs: I only read and explain. Press Resume on the job's card on the Jobs page, or "
    "run `mirano resume JOB`.",
    "retry": "I cannot retry runs: I only read and explain. Press Retry in the run's details on the Jobs page, or "
    "run `mirano retry RUN`.",
    "set": "I cannot change a job's cadence or limit: I only read and explain. Use Settings on the job's card on "
    "the Jobs page, or run `mirano set JOB --cadence 30m --limit 200`.",
}


def _forget(values: dict[str, Any], lang: str) -> list[str]:
    """An erasure: an admin's, from People (a person) or the check's or project's page, or `mirano forget`."""
    what, target = values.get("what") or "person", values.get("target") or tr(lang, "NAME")
    said = target if re.fullmatch(r"[\w.@-]+", target) else f'"{target}"'
    return [
        tr(
            lang,
            "To erase it: an admin does it on the People page (a person) or on the check's or project's page, or "
            "runs `mirano forget {what} {target}`; the erasure is audited by counts.",
            what=what,
            target=said,
        )
    ]


def _index(values: dict[str, Any], lang: str) -> list[str]:
    return [
        tr(
            lang,
            "To rebuild the index: the Rebuild index button on the Project memory page (an operator's); new text is "
            "embedded by memory.build (`mirano run memory.build`).",
        )
    ]


def _worker(values: dict[str, Any], lang: str) -> list[str]:
    return [
        tr(
            lang,
            "To add a worker: start one more process on a machine with `mirano worker` (each takes queued tasks; "
            "stop it with Ctrl-C).",
        )
    ]


def _role(values: dict[str, Any], lang: str) -> list[str]:
    """A person's role: an admin's, from the People page or `mirano users add EMAIL --role ROLE`."""
    return [
        tr(
            lang,
            "To give a person a role: an admin does it on the People page, or runs `mirano users add {email} --role "
            "{role}` (roles: viewer, operator, admin); the change is audited.",
            email=values.get("email") or "EMAIL",
            role=values.get("role") or "ROLE",
        )
    ]


CONTROLS: dict[str, Callable[[dict[str, Any], str], list[str]]] = {
    "forget": _forget,
    "role": _role,
    "index": _index,
    "worker": _worker,
    "run": _run,
    "pause": _pause,
    "economy": _economy,
    "budget": _budget,
    "apply": _apply,
    "finalize": _finalize,
    "bind": _bind,
    "digest_export": _digest_export,
    "report": _report,
    "recheck": _recheck,
    "check": _check,
    "watch": _watch,
    "unwatch": _unwatch,
}


def control_lines(control: dict[str, Any], lang: str) -> list[str]:
    render = CONTROLS.get(control.get("kind", ""))
    return render(control.get("values") or {}, lang) if render else []


# Tool notes that have a catalog message: the note's pattern and the message (groups fill the placeholders).
NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^no run #(?P<id>\d+)$"), "There is no run #{id}."),
    (
        re.compile(r"^no run #(?P<id>\d+); the newest runs of (?P<job>[\w.]+): (?P<runs>.+)$"),
        "There is no run #{id}; the newest runs of {job}: {runs}.",
    ),
    (
        re.compile(
            r"^(?P<job>[\w.]+) has run (?P<n>\d+) time\(s\): there is no run number (?P<nth>\d+) of it$"
        ),
        "{job} has run {n} time(s): there is no run number {nth} of it.",
    ),
    (re.compile(r"^no matching run yet$"), "There is no such run yet."),
    (re.compile(r"^(?:job_id|check_id): no check with id (?P<id>\d+)$"), "There is no check #{id}."),
    (
        re.compile(r"^no author matches '(?P<name>[^']*)'; authors: (?P<authors>.*)$"),
        "Project memory holds no messages from anyone named {name}; the authors are {authors}.",
    ),
)


def note_text(note: str, lang: str) -> str:
    """A tool's note in the answer's language: a known note as its message, else the reason translated if known."""
    for pattern, message in NOTES:
        match = pattern.match(note)
        if match:
            return tr(lang, message, **match.groupdict())
    return tr(lang, "I could not look that up: {reason}", reason=reason_text(note, lang))
