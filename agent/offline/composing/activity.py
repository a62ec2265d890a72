"""Answers about who did what over a period, in the answer's language."""

from __future__ import annotations

import re
from typing import Any

from agent.envelope import unwrap
from agent.offline.composing.common import renders, when
from agent.offline.composing.engine import period_label
from agent.tools import activity as tools
from pipeline.i18n import tr

MOVES = {
    "started": "started {what}",
    "cancel": "cancelled {what}",
    "pause": "paused {what}",
    "resume": "resumed {what}",
    "settings": "changed the settings of {what}",
    "retry": "retried {what}",
    "apply": "applied {what}",
    "erase": "erased {what}",
    "bind": "bound {what}",
    "unbind": "unbound {what}",
    "role": "changed the role of {what}",
}
NONE = {
    "started": "nobody started a run by hand; the schedule started them all.",
    "cancel": "nobody cancelled anything.",
    "pause": "nobody paused or resumed a job.",
    "settings": "nobody changed a job's settings.",
    "retry": "nobody retried a run.",
    "apply": "nobody applied a suggested action.",
    "erase": "nobody erased any data.",
    "bind": "nobody bound or unbound a project.",
    "role": "nobody changed a role.",
}
EVERY_MOVE = "nobody started, cancelled, paused, changed, retried, applied or erased anything."


def _what(move: dict[str, Any], lang: str) -> str:
    """What a move was done to, in the answer's language: a run, an action, erased data, a job or a person."""
    if move.get("run_id") is not None:
        return tr(lang, "run #{id} of {job}", id=move["run_id"], job=move["job"])
    if move.get("action_id") is not None:
        return tr(lang, "action #{id} of {project}", id=move["action_id"], project=move["project"])
    target = unwrap(move.get("target")) or ""
    run = re.fullmatch(r"run #?(\d+)", target)
    if run:
        return tr(lang, "run #{id}", id=run.group(1)) + (f" ({move['job']})" if move.get("job") else "")
    if move.get("erased"):
        return f"{tr(lang, move['erased'])} {target}".strip()
    return target or move.get("job") or ""


@renders(tools.recent_activity)
def _activity(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    period = period_label(data["period"], lang)
    if not data["moves"]:
        nobody = [tr(lang, NONE[k]) for k in data["kinds"] if k in NONE] or [tr(lang, EVERY_MOVE)]
        return [f"{period}: {'; '.join(n.rstrip('.') for n in nobody)}."]
    lines = [tr(lang, "{period}, newest first ({n} in all):", period=period, n=data["total"])]
    for m in data["moves"]:
        did = tr(
            lang, MOVES.get(m.get("action") or m["kind"], MOVES.get(m["kind"], "{what}")), what=_what(m, lang)
        )
        lines.append(f"- {when(m['at'], lang)} {unwrap(m['who'])}: {did}")
    absent = [k for k in data["kinds"] if k in NONE and not any(m["kind"] == k for m in data["moves"])]
    lines += [
        f"{period}: {tr(lang, NONE[k])}" for k in absent
    ]  # "cancelled or paused": the one nobody did too
    return lines


@renders(tools.who_am_i)
def _me(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    lines = [
        tr(lang, "You are {who}, with the {role} role.", who=unwrap(data["who"]), role=tr(lang, data["role"]))
    ]
    if data["may"]:
        lines.append(tr(lang, "It may: {what}.", what=", ".join(tr(lang, w) for w in data["may"])))
    if data["may_not"]:
        lines.append(tr(lang, "It may not: {what}.", what=", ".join(tr(lang, w) for w in data["may_not"])))
    return lines


@renders(tools.role_needed)
def _needs(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    if (
        len(data["needs"]) == 1
    ):  # "can an operator erase data?": that action, and the roles below that may not
        row = data["needs"][0]
        below = data["roles"][: data["roles"].index(row["role"])]
        lead = tr(
            lang,
            "{action} needs the {role} role.",
            action=tr(lang, row["action"]),
            role=tr(lang, row["role"]),
        )
        lines = [lead[:1].upper() + lead[1:]]
        if below:
            lines.append(
                tr(lang, "A {roles} may not do it.", roles=tr(lang, " or ").join(tr(lang, r) for r in below))
            )
        return lines
    lines = [tr(lang, "Every role may read and ask; each action needs at least:")]
    lines += [f"- {tr(lang, row['action'])}: {tr(lang, row['role'])}" for row in data["needs"]]
    return lines


@renders(tools.people_and_roles)
def _people(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    if not data["people"]:
        return [
            tr(
                lang,
                "No one is stored with a role: everyone acting locally is an admin until people are added "
                "(`mirano users add EMAIL --role ROLE`).",
            )
        ]
    lines = [tr(lang, "{n} people are stored with a role:", n=data["total"])]
    for p in data["people"]:
        lines.append(
            tr(
                lang,
                "- {email}: {role}, added by {who} {at}",
                email=unwrap(p["email"]),
                role=tr(lang, p["role"]),
                who=unwrap(p["added_by"]) or "—",
                at=when(p["added_at"], lang),
            )
        )
    return lines
