"""Read-only tools over property checks and project memory (same envelope and data rules as `agent.tools`)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from agent.tools import as_data, envelope
from pipeline.engine.exceptions import MiranoError
from pipeline.service import checks as checks_service
from pipeline.service import memory as memory_service


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return round((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds(), 3)


def _load_check(check_id: int | None) -> dict[str, Any]:
    """The check by id, or the newest one; raises MiranoError when there is none."""
    if check_id is None:
        newest = checks_service.list_checks(1)
        if not newest:
            raise MiranoError("there are no property checks yet")
        check_id = newest[0]["id"]
    return checks_service.get_check(int(check_id))


def _obligations(check: dict[str, Any], source: str | None) -> dict[str, list[dict[str, Any]]]:
    """What an answer about this check must say: pending sources, reused sources, stale sources."""
    rows = [v for v in check["sources"] if source is None or v["source"] == source]
    pending = [{"source": v["source"], "label": v["source"]} for v in rows if v["source"] in check["pending"]]
    reused = [
        {
            "source": v["source"],
            "label": f"{v['source']} from check #{v['reused_from_job_id']}",
            "from_check": v["reused_from_job_id"],
            "fetched_at": v["fetched_at"],
        }
        for v in rows
        if v["reused"]
    ]
    stale = [
        {
            "source": v["source"],
            "label": v["source"],
            "fetched_at": v["fetched_at"],
            "expires_at": v["expires_at"],
        }
        for v in rows
        if v["fetched_at"] and not v["fresh"]
    ]
    return {"pending": pending, "reused": reused, "stale": stale}


def _failed(exc: MiranoError) -> dict[str, Any]:
    return envelope(None, note=exc.reason)


def check_status(check_id: int | None = None, source: str | None = None) -> dict[str, Any]:
    """A property check (the newest one when `check_id` is omitted): status (CREATED, IN_PROGRESS, PARTIAL,
    COMPLETED, FAILED), each source's status, whether it was reused from an earlier check or fetched, fetched_at
    and expires_at, the sources still pending, the risk score with its factors and fact ids, and notes.
    `source`: narrow to court, enforcement, listings or reviews."""
    try:
        check = _load_check(check_id)
    except MiranoError as exc:
        return _failed(exc)
    sources = [
        {k: v for k, v in row.items() if k != "task_ids"} | {"reason": as_data(row["reason"])}
        for row in check["sources"]
        if source is None or row["source"] == source
    ]
    counts: dict[str, int] = {}
    for fact in check["facts"]:
        counts[fact["source"]] = counts.get(fact["source"], 0) + 1
    factors = [
        {
            "factor": f["factor"],
            "score": f["score"],
            "explanation": f["explanation"],
            "fact_ids": f["fact_ids"],
        }
        for f in check["risk"]["factors"]
    ]
    data = {
        k: check[k]
        for k in (
            "id",
            "address",
            "profile",
            "status",
            "reuse",
            "created_at",
            "finished_at",
            "pending",
            "cost",
            "demo",
        )
    }
    data |= {
        "status_reason": as_data(check["status_reason"]),
        "sources": sources,
        "facts_per_source": counts,
        "risk": {"score": check["risk"]["score"], "factors": factors},
        "source_filter": source,
    }
    cite = [("check", check["id"])] + (
        [("fact", i) for f in factors for i in f["fact_ids"]][:8] if not source else []
    )
    return envelope(data, cite=cite, **_obligations(check, source))


def list_checks(limit: int = 10) -> dict[str, Any]:
    """The newest property checks: id, address, status, pending sources, risk score, created_at."""
    rows = checks_service.list_checks(max(1, min(int(limit), 50)))
    rows = [{**r, "status_reason": as_data(r["status_reason"])} for r in rows]
    pending = [{"source": s, "label": f"{s} (check #{r['id']})"} for r in rows for s in r["pending"]]
    return envelope(rows, cite=[("check", r["id"]) for r in rows], pending=pending)


def fact_provenance(
    check_id: int | None = None, fact_id: int | None = None, source: str | None = None
) -> dict[str, Any]:
    """Where the facts of a check came from: for each fact its source, fetched_at, expires_at, whether it is
    fresh, whether it was reused (and from which check) or fetched by this check, and its evidence (task id,
    hash of the raw response). Narrow with `fact_id` or `source`."""
    try:
        check = _load_check(check_id)
    except MiranoError as exc:
        return _failed(exc)
    facts = [
        f
        for f in check["facts"]
        if (fact_id is None or f["id"] == int(fact_id)) and (source is None or f["source"] == source)
    ][:12]
    view = [
        {
            "id": f["id"],
            "source": f["source"],
            "type": f["type"],
            "subject": as_data(f["subject"]["name"]),
            "value": as_data(json.dumps(f["value"], ensure_ascii=False)),
            "fetched_at": f["fetched_at"],
            "expires_at": f["expires_at"],
            "fresh": f["fresh"],
            "reused": f["reused"],
            "reused_from_check": f["reused_from_job_id"],
            "evidence": {k: f["evidence"][k] for k in ("id", "task_id", "job_id", "response_hash")},
        }
        for f in facts
    ]
    cite = [("check", check["id"])] + [("fact", f["id"]) for f in facts]
    cite += [("evidence", f["evidence"]["response_hash"]) for f in facts]
    reused = [
        {
            "source": f["source"],
            "label": f"{f['source']} fact #{f['id']} from check #{f['reused_from_job_id']}",
            "fetched_at": f["fetched_at"],
        }
        for f in facts
        if f["reused"]
    ]
    stale = [
        {"source": f["source"], "label": f"{f['source']} fact #{f['id']}", "fetched_at": f["fetched_at"]}
        for f in facts
        if not f["fresh"]
    ]
    pending = _obligations(check, source)["pending"]
    data = {
        "check_id": check["id"],
        "address": check["address"],
        "facts": view,
        "total_facts": len(check["facts"]),
    }
    return envelope(data, cite=cite, reused=reused, stale=stale, pending=pending)


def check_timing(check_id: int | None = None) -> dict[str, Any]:
    """Why a check was fast or slow: how many sources were reused (no call) or fetched, each task's attempts,
    retries, duration and reason (rate limits, timeouts, errors), and the check's total time."""
    try:
        check = _load_check(check_id)
    except MiranoError as exc:
        return _failed(exc)
    tasks = [
        {
            "id": t["id"],
            "source": t["source"],
            "status": t["status"],
            "attempts": t["attempts"],
            "source_calls": t["source_calls"],
            "reason": as_data(t["reason"]),
            "last_error": as_data(t["last_error"]),
            "duration_s": _seconds(t["created_at"], t["finished_at"]),
        }
        for t in check["tasks"]
    ]
    data = {
        "check_id": check["id"],
        "status": check["status"],
        "created_at": check["created_at"],
        "duration_s": _seconds(check["created_at"], check["finished_at"]),
        "reused_sources": [v["source"] for v in check["sources"] if v["reused"]],
        "fetched_sources": [v["source"] for v in check["sources"] if not v["reused"]],
        "retries": sum(max(0, t["attempts"] - 1) for t in tasks),
        "tasks": tasks,
        "source_calls": check["cost"]["source_calls"],
    }
    cite = [("check", check["id"])] + [("task", t["id"]) for t in tasks]
    return envelope(data, cite=cite, **_obligations(check, None))


def list_projects() -> dict[str, Any]:
    """Projects of project memory: slug, name, active, bindings (Chatwoot, Linear, Attio) and counts."""
    rows = [
        {
            "slug": p["slug"],
            "name": p["name"],
            "active": p["active"],
            "bindings": [b["source"] + " " + b["target"] for b in p["bindings"]],
            "counts": p["counts"],
        }
        for p in memory_service.list_projects()
    ]
    return envelope(rows)


def search_memory(query: str, project: str | None = None, k: int = 5) -> dict[str, Any]:
    """Search project memory (imported Chatwoot messages, Linear issues and comments, Attio records and notes),
    semantic + keyword. Returns excerpts with their source, author, time and link. `project`: a project slug."""
    try:
        hits = memory_service.search(query, project, max(1, min(int(k), 20)))
    except (MiranoError, LookupError) as exc:
        return envelope(None, note=str(getattr(exc, "reason", exc)))
    view = [
        {
            "chunk_id": h["chunk_id"],
            "project": h["project"],
            "source": h["source"],
            "object_type": h["object_type"],
            "title": as_data(h.get("title")),
            "author": as_data(h.get("author")),
            "time": h.get("time"),
            "url": h.get("url"),
            "text": as_data(h["text"]),
            "score": h["score"],
        }
        for h in hits
    ]
    return envelope(
        {"query": query, "project": project, "hits": view}, cite=[("chunk", h["chunk_id"]) for h in hits]
    )


def project_overview(project: str | None = None) -> dict[str, Any]:
    """A project's commitments and risks (with confidence, status proposed/active and due date), its newest
    digest, and its suggested actions (not applied: applying is a person's click). `project`: a slug; omit for
    every active project's counts."""
    if not project:
        return list_projects()
    try:
        found = memory_service.entities(project)
        digests = memory_service.digests(project)
        actions = memory_service.actions(project)
    except (MiranoError, LookupError) as exc:
        return envelope(None, note=str(getattr(exc, "reason", exc)))
    items = [
        {
            "id": e["id"],
            "kind": e["kind"],
            "text": as_data(e["text"]),
            "due": e["due"],
            "confidence": e["confidence"],
            "status": e["status"],
            "last_seen_at": e["last_seen_at"],
        }
        for e in found
        if e["status"] != "dismissed"
    ][:20]
    digest = digests[0] if digests else None
    latest = (
        {
            "id": digest["id"],
            "version": digest["version"],
            "period_start": digest["period_start"],
            "created_at": digest["created_at"],
            "content": as_data(digest["content"]),
        }
        if digest
        else None
    )
    suggested = [
        {"id": a["id"], "kind": a["kind"], "title": as_data(a["title"]), "status": a["status"]}
        for a in actions
    ][:10]
    data = {
        "project": project,
        "commitments": [i for i in items if i["kind"] == "commitment"],
        "risks": [i for i in items if i["kind"] == "risk"],
        "digest": latest,
        "actions": suggested,
    }
    cite = [("entity", i["id"]) for i in items] + ([("digest", digest["id"])] if digest else [])
    return envelope(data, cite=cite)


CHECK_TOOLS = [check_status, list_checks, fact_provenance, check_timing]
MEMORY_TOOLS = [search_memory, project_overview, list_projects]
