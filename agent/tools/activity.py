"""Who did what: the people's moves over a period, from the audits the surfaces write — runs a person started,
cancels, pauses and resumes, settings, retries, bindings and roles (the control audit), suggested actions applied
(the actions' audit) and erasures (the erasure audit). Read-only, like every tool."""

from __future__ import annotations

import re
from typing import Any, Literal

from agent.envelope import Envelope, as_data, envelope
from agent.tools.engine import Period, local_day, period_days
from pipeline.erasure.forget import audit_lines
from pipeline.service import control as control_service
from pipeline.service import engine as engine_service
from pipeline.service import memory as memory_service

Kind = Literal["started", "cancel", "pause", "settings", "retry", "apply", "erase", "bind", "role"]
CONTROL_KINDS = {
    "cancel": "cancel",
    "pause": "pause",
    "resume": "pause",
    "retry": "retry",
    "settings": "settings",
}
PEOPLE_TRIGGERS = ("button", "cli", "retry")


def _started(days: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "at": r["started_at"],
            "who": r["started_by"],
            "kind": "started",
            "run_id": r["id"],
            "job": r["job"],
        }
        for r in engine_service.list_runs(None, limit=300)
        if r["trigger"] in PEOPLE_TRIGGERS and r.get("started_by") and local_day(r["started_at"]) in days
    ]


def _controls(days: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "at": a["at"],
            "who": a["who"],
            "kind": CONTROL_KINDS.get(a["action"], a["action"]),
            "action": a["action"],
            "job": a["job"],
            "target": a["target"],
        }
        for a in control_service.audit_log(None, 300)
        if local_day(a["at"]) in days
    ]


def _applied(days: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "at": a["applied_at"],
            "who": a["applied_by"],
            "kind": "apply",
            "action_id": a["id"],
            "project": a["project"],
        }
        for a in memory_service.actions()
        if a.get("applied_at") and local_day(a["applied_at"]) in days
    ]


def _erased(days: set[str]) -> list[dict[str, Any]]:
    return [
        {"at": e["at"], "who": e["who"], "kind": "erase", "erased": e["kind"], "target": e["target"]}
        for e in audit_lines(300)
        if local_day(e["at"]) in days
    ]


def recent_activity(period: Period | None = None, kinds: list[Kind] | None = None) -> Envelope:
    """What people did over a period, newest first: who started a run by hand, cancelled, paused or resumed,
    changed a job's settings, retried, applied a suggested action, erased data, bound a project or changed a role.
    Nothing done is said as such ("nobody cancelled anything this week").

    Args:
        period: today, yesterday, this week (the default), this month, the last N days ("3d") or a month ("2026-11").
        kinds: only these kinds of move: started, cancel, pause (and resume), settings, retry, apply, erase, bind,
            role; omit for every kind.
    """
    days = set(period_days(period or "week"))
    moves = _started(days) + _controls(days) + _applied(days) + _erased(days)
    if kinds:
        moves = [m for m in moves if m["kind"] in kinds]
    moves.sort(key=lambda m: m["at"] or "", reverse=True)
    shown = [{**m, "who": as_data(m["who"]), "target": as_data(m.get("target"))} for m in moves[:20]]
    cite = [("run", m["run_id"]) for m in shown if m.get("run_id")]
    cite += [("action", m["action_id"]) for m in shown if m.get("action_id")]
    data = {"period": period or "week", "kinds": kinds or [], "moves": shown, "total": len(moves)}
    return envelope(data, cite=cite)


def who_am_i() -> Envelope:
    """Who is asking: the person the dashboard or the command acts as, their role (viewer, operator or admin) and
    what that role may do."""
    from pipeline.people.roles import PERMISSIONS
    from pipeline.service import people as people_service

    me = people_service.me()
    data = {
        "who": as_data(me["who"]),
        "role": me["role"],
        "may": [PERMISSIONS[c][1] for c in me["may"] if c in PERMISSIONS],
        "may_not": [PERMISSIONS[c][1] for c in PERMISSIONS if c not in me["may"]],
    }
    return envelope(data)


def people_and_roles() -> Envelope:
    """Everyone stored with a role (viewer, operator or admin), who added them and when; the people the
    dashboard and the commands know, not the authors of project memory."""
    from pipeline.service import people as people_service

    rows = [
        {
            "email": as_data(p["email"]),
            "role": p["role"],
            "added_by": as_data(p["added_by"]),
            "added_at": p["added_at"],
        }
        for p in people_service.list_people()
    ]
    return envelope({"people": rows, "total": len(rows)})


# What an action is called when asked who may do it: the command it is (pipeline.people.roles.PERMISSIONS)
ACTION_WORDS: tuple[tuple[str, str], ...] = (
    ("forget", r"eras|\bforget|\bdelet|удал|стер|стира|сотр"),
    ("pause", r"\bpaus|\bresum|пауз|приостан|возобнов"),
    ("settings", r"cadence|\blimit|интервал|периодичн|лимит|настройк"),
    ("economy", r"econom|эконом"),
    ("budget", r"budget|бюджет"),
    ("bind", r"\bbind|привяз"),
    (
        "people",
        r"(?:chang|assign|giv|manag|add)\w*\s+(?:\w+\s+)?(?:roles?|people|users?)\b|(?:мен|назнач|измен|добав|управл)\w*\s+(?:\w+\s+)?(?:рол|пользовател|люд)",
    ),
    ("cancel", r"cancel|отмен"),
    ("retry", r"retry|повтор"),
    ("finalize", r"finaliz|фиксир|зафиксир|финализ"),
    ("apply", r"\bappl|примен"),
    ("check", r"\bchecks?\b|проверк"),
    ("watch", r"\bwatch|подпис|следи"),
    ("index", r"\bindex|индекс"),
    ("digest", r"digest|дайджест|сводк"),
    ("run", r"\brun\b|\bstart|запуск|запуст"),
)


def role_needed(action: str | None = None) -> Envelope:
    """Which role may do what: each action with the least role it needs (viewer < operator < admin; every role
    may read and ask); with `action`, that action's ("erasing data", "pause", «удаление»).

    Args:
        action: what is to be done, in words ("erase data", "change the cadence", «включить экономию»); omit for all.
    """
    from pipeline.people.roles import PERMISSIONS, ROLES

    said = next((c for c, p in ACTION_WORDS if re.search(p, action or "", re.I)), None)
    commands = [said] if said else list(PERMISSIONS)  # an action no role governs: what each role may do
    rows = [{"action": PERMISSIONS[c][1], "command": c, "role": PERMISSIONS[c][0]} for c in commands]
    return envelope({"asked": as_data(action) if action else None, "needs": rows, "roles": list(ROLES)})


ACTIVITY_TOOLS = [recent_activity, who_am_i, people_and_roles, role_needed]
