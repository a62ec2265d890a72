"""Read-only tool over change notices: what changed on watched properties and projects since the user last looked."""

from __future__ import annotations

import json
from typing import Any, Literal

from agent.envelope import Envelope, as_data, envelope, unknown
from pipeline.engine.exceptions import MiranoError
from pipeline.service import notices as notices_service


def _value(value: Any) -> str | None:
    return as_data(json.dumps(value, ensure_ascii=False, default=str)) if value is not None else None


def _differing(before: Any, after: Any) -> tuple[Any, Any]:
    """Of two records, only the fields that differ ({"price": 48000000} → {"price": 16000000})."""
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
        return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
    return before, after


def _changes(diff: dict[str, Any]) -> list[dict[str, Any]]:
    """A notice's diff as change lines: facts added, changed and gone, or a project's new risks and commitments."""
    lines = [
        {
            "change": "added",
            "source": f.get("source"),
            "type": f.get("type") or f.get("kind"),
            "value": _value(f.get("value") if "value" in f else f.get("text")),
            "due": f.get("due"),
        }
        for f in diff.get("added", [])
    ]
    for c in diff.get("changed", []):
        before, after = _differing(c["before"], c["after"])
        lines.append(
            {
                "change": "changed",
                "source": c["source"],
                "type": c["type"],
                "before": _value(before),
                "after": _value(after),
            }
        )
    lines += [
        {
            "change": "removed",
            "source": f.get("source"),
            "type": f.get("type"),
            "value": _value(f.get("value")),
        }
        for f in diff.get("removed", [])
    ]
    return lines[:8]


def _notice(row: dict[str, Any]) -> dict[str, Any]:
    watch = row["watch"] or {}
    risk = row["diff"].get("risk_score")
    return {
        "id": row["id"],
        "about": watch.get("label"),
        "kind": watch.get("kind"),
        "created_at": row["created_at"],
        "found_by": row["trigger"],  # check, recheck, prefetch, or project (the scan of a watched project)
        "read": row["read"],  # by the person asking
        "changes": _changes(row["diff"]),
        "risk_score": risk if risk and risk["before"] != risk["after"] else None,
        "evidence": [
            {
                k: e.get(k)
                for k in ("fact_id", "source", "fetched_at", "response_hash", "entity_id", "first_seen_at")
            }
            for e in row["evidence"][:8]
        ],
    }


def _project_state(project: str, watches: list[dict[str, Any]]) -> dict[str, Any]:
    """A project asked about by its slug, name or client: its watch label, whether it is active and watched (an
    archived project's syncs skip it; only a watched one gets notices)."""
    from agent.tools.resolve import resolve_project
    from pipeline.service import memory as memory_service

    slug = resolve_project(project)
    row = next(p for p in memory_service.project_names() if p["slug"] == slug)
    watched = any(w["kind"] == "project" and w["label"] == row["name"] for w in watches)
    return {"slug": slug, "label": row["name"], "active": row["active"], "watched": watched}


def changes_since_last_look(
    kind: Literal["property", "project"] | None = None,
    limit: int = 10,
    address: str | None = None,
    project: str | None = None,
    notice_id: int | None = None,
) -> Envelope:
    """What changed on the watched properties and projects since the user last looked ("what's new?", "any
    notices?"): the change notices not read yet — that is what "since I last looked" means; `last_read_at` is when
    notices were last read. Each notice: what it is about, when, what found it (a check, re-check, prefetch, or the
    project scan), the changes (facts added, changed, gone with before → after; the risk score; a project's new
    active risks and overdue commitments) and the evidence (fact, source, fetched when, response hash). Reading
    here marks nothing read.

    Args:
        kind: only notices about watched properties ("property") or projects ("project").
        limit: how many notices at most (1-20).
        address: every notice about this watched property, read or not ("did Tverskaya get cheaper?").
        project: only the unread notices about this watched project (its slug, name or client).
        notice_id: only this notice, read or not ("what changed in notice 3?").
    """
    if notice_id is not None:
        row = next((n for n in notices_service.list_notices(limit=200) if n["id"] == int(notice_id)), None)
        if row is None:
            return unknown(f"no notice #{int(notice_id)}")
        one = _notice(row)
        data = {
            "meaning": "one notice",
            "notice_id": one["id"],
            "notices": [one],
            "watching": [],
            "address": None,
        }
        data |= {"last_read_at": None, "unread_count": 0, "kind_filter": None, "project": None}
        cite = [("notice", one["id"])] + [
            ("evidence", e["response_hash"]) for e in one["evidence"] if e.get("response_hash")
        ]
        return envelope(data, cite=cite)
    found = notices_service.since_last_look(limit=max(1, min(int(limit), 20)))
    unread = [_notice(n) for n in found["unread"] if kind is None or (n["watch"] or {}).get("kind") == kind]
    state = None
    if project:
        try:
            state = _project_state(project, found["watches"])
        except MiranoError as exc:
            return unknown(exc.reason)
        unread = [n for n in unread if n.get("kind") == "project" and n.get("about") == state["label"]]
    if address:
        from agent.tools.resolve import address_matches

        rows = notices_service.list_notices(limit=50)
        about = [n for n in rows if address_matches(address, ((n["watch"] or {}).get("label") or ""))]
        unread = [_notice(n) for n in about[: max(1, min(int(limit), 20))]]
    data = {
        "meaning": "notices about an address" if address else "unread notices",
        "address": address,
        "last_read_at": found["last_read_at"],
        "unread_count": len(unread),
        "notices": unread,
        "watching": [{"kind": w["kind"], "label": w["label"]} for w in found["watches"]],
        "kind_filter": kind,
        "project": state,
    }
    cite = [("notice", n["id"]) for n in unread]
    cite += [
        ("evidence", e["response_hash"]) for n in unread for e in n["evidence"] if e.get("response_hash")
    ]
    return envelope(data, cite=cite)


def watchers(target: str | None = None) -> Envelope:
    """Who watches what: every live watch (a property, a project, a job's alerts) with the people watching it and
    since when; a watch nobody watches in person is everyone's (a job's failure alerts).

    Args:
        target: only the watches of this address or project ("Тверская 1", "alfa-stroy").
    """
    from agent.tools.resolve import address_matches, projects_in

    def about(w: dict[str, Any]) -> bool:
        if w["kind"] == "property":
            return address_matches(str(target), w["label"])
        return bool(set(projects_in(str(target))) & set(projects_in(w["label"])))

    rows = [w for w in notices_service.watchers() if not target or about(w)]
    data = [
        {"kind": w["kind"], "label": w["label"], "people": w["people"], "since": w["created_at"]}
        for w in rows
    ]
    return envelope({"target": target, "watches": data})


NOTICE_TOOLS = [changes_since_last_look, watchers]
