"""Read-only tools over project memory: projects, commitments, risks, digests, suggested actions, people, search."""

from __future__ import annotations

from typing import Any, Literal

from agent.envelope import Envelope, as_data, envelope, unknown
from agent.tools.resolve import people_in, resolve_project
from pipeline.config import get_settings
from pipeline.engine.exceptions import MiranoError
from pipeline.service import memory as memory_service

Focus = Literal["commitments", "risks", "digest", "actions", "all"]


def _relevant(hit: dict[str, Any]) -> bool:
    """A hit found by its words, or close enough in meaning (the floor is `MIRANO_ASSISTANT_SEARCH_FLOOR`)."""
    return (
        hit.get("keyword") is not None
        or (hit.get("semantic") or 0.0) >= get_settings().assistant_search_floor
    )


def search_memory(query: str, project: str | None = None, k: int = 5) -> Envelope:
    """Search project memory (imported Chatwoot messages, Linear issues and comments, Attio records and notes)
    by meaning and by words. Only hits above a relevance floor are returned, with source, author, time, link.

    Args:
        query: the words or topic to look for ("смета", "the login bug").
        project: a project's slug, name or client ("alfa-stroy", "Альфа", "Northwind"); omit for all.
        k: how many hits at most (1-20).
    """
    try:
        slug = resolve_project(project)
        hits = memory_service.search(query, slug, max(1, min(int(k), 20)))
    except MiranoError as exc:
        return unknown(exc.reason)
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
        if _relevant(h)
    ]
    data = {"query": query, "project": slug, "hits": view, "below_floor": len(hits) - len(view)}
    return envelope(data, cite=[("chunk", h["chunk_id"]) for h in view])


def _entity(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": e["id"],
        "kind": e["kind"],
        "text": as_data(e["text"]),
        "due": e["due"],
        "confidence": e["confidence"],
        "status": e["status"],
        "last_seen_at": e["last_seen_at"],
    }


def _digest(digest: dict[str, Any] | None) -> dict[str, Any] | None:
    if not digest:
        return None
    keys = ("id", "version", "period_start", "period_end", "created_at")
    return {k: digest[k] for k in keys} | {"content": as_data(digest["content"])}


def project_overview(project: str | None = None, focus: Focus = "all") -> Envelope:
    """A project's commitments and risks (confidence, proposed/active, due date), its newest digest and its
    suggested actions (not applied: applying is a person's click). Without `project`, every project's counts.

    Args:
        project: a project's slug, name or client ("alfa-stroy", "Альфа Строй", "Northwind").
        focus: only commitments, risks, digest or actions; all by default.
    """
    if not project:
        return list_projects()
    try:
        slug = resolve_project(project)
        found = memory_service.entities(slug)
        digests = memory_service.digests(slug) if focus in ("digest", "all") else []
        actions = memory_service.actions(slug) if focus in ("actions", "all") else []
    except MiranoError as exc:
        return unknown(exc.reason)
    items = [_entity(e) for e in found if e["status"] != "dismissed"]
    data: dict[str, Any] = {"project": slug, "focus": focus}
    if focus in ("commitments", "all"):
        data["commitments"] = [i for i in items if i["kind"] == "commitment"][:10]
    if focus in ("risks", "all"):
        data["risks"] = [i for i in items if i["kind"] == "risk"][:10]
    if focus in ("digest", "all"):
        data["digest"] = _digest(digests[0] if digests else None)
    if focus in ("actions", "all"):
        data["actions"] = [
            {"id": a["id"], "kind": a["kind"], "title": as_data(a["title"]), "status": a["status"]}
            for a in actions
        ][:10]
    cite = [("entity", i["id"]) for key in ("commitments", "risks") for i in data.get(key, [])]
    cite += [("digest", data["digest"]["id"])] if data.get("digest") else []
    cite += [("action", a["id"]) for a in data.get("actions", [])]
    return envelope(data, cite=cite)


def list_projects() -> Envelope:
    """Projects of project memory: slug, name, active or paused, bindings (Chatwoot, Linear, Attio), counts."""
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


def person_messages(person: str, limit: int = 8) -> Envelope:
    """What a person wrote: the imported messages, comments and notes whose author matches, newest first, with
    date, source, project and link, and how many there are in all.

    Args:
        person: a first name, last name or both, in any script ("Ирина", "Irina Sokolova", "Kate").
        limit: how many messages to show at most (1-20).
    """
    authors = memory_service.authors()
    names = people_in(person, authors)
    if not names:
        known = sorted({a["author"] for a in authors})
        return unknown(f"no author matches {person!r}; authors: {', '.join(known)}")
    rows = [a for a in authors if a["author"] in names]
    documents = [d for name in names for d in memory_service.documents_by(name, 100)]
    documents.sort(key=lambda d: d["time"] or "", reverse=True)
    shown = [
        {
            "id": d["id"],
            "author": d.get("author") or next(n for n in names),
            "project": d["project"],
            "source": d["source"],
            "object_type": d["object_type"],
            "time": d["time"],
            "private": d["private"],
            "url": d["url"],
            "text": as_data(d["text"][:300]),
        }
        for d in documents[: max(1, min(int(limit), 20))]
    ]
    data = {
        "person": person,
        "authors": names,
        "by_source": [
            {k: a[k] for k in ("author", "project", "source", "documents", "first_at", "last_at")}
            for a in rows
        ],
        "total": len(documents),
        "messages": shown,
    }
    return envelope(data, cite=[("document", d["id"]) for d in shown])


MEMORY_TOOLS = [search_memory, project_overview, list_projects, person_messages]
