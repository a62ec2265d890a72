"""Read-only tools over project memory: projects, commitments, risks, digests, suggested actions, people, search."""

from __future__ import annotations

import re
from typing import Any, Literal

from agent.envelope import Envelope, as_data, envelope, unknown, unwrap
from agent.tools.meaning import matching, with_same_meaning
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


DOCUMENT_KEY = re.compile(r"[A-Z][A-Z0-9]{1,6}-\d{1,6}")  # a vendor's key of a document ("ALF-2")


def _has_key(hit: dict[str, Any], key: str) -> bool:
    said = f"{unwrap(hit['title'] or '')} {unwrap(hit['text'])}"
    return re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", said) is not None


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
        hits = memory_service.search(with_same_meaning(query), slug, max(1, min(int(k), 20)))
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
    if DOCUMENT_KEY.fullmatch(
        query.strip()
    ):  # "ALF-1": the document with that key, not ALF-2 that shares its letters
        view = [h for h in view if _has_key(h, query.strip())] or view
    data = {"query": query, "project": slug, "hits": view, "below_floor": len(hits) - len(view)}
    return envelope(data, cite=[("chunk", h["chunk_id"]) for h in view])


def _entity(e: dict[str, Any]) -> dict[str, Any]:
    said_by = {(c["author"], c["source"]) for c in e.get("chunks", []) if c.get("author")}
    return {
        "id": e["id"],
        "project": e.get("project"),
        "said_by": [{"author": as_data(a), "source": src} for a, src in sorted(said_by)],
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


VENDORS = ("chatwoot", "linear", "attio")


def _about(items: list[dict[str, Any]], about: str | None) -> list[dict[str, Any]]:
    """The commitments or risks about what was asked, by meaning, each with who said it and where."""
    if not about or not items:
        return items
    keep = matching(about, [unwrap(i["text"]) for i in items])
    return [items[i] for i in keep]


def _said_by(items: list[dict[str, Any]], by: str | None) -> list[dict[str, Any]]:
    if not by:
        return items
    names = set(people_in(by)) or {by}
    return [i for i in items if any(unwrap(p["author"]) in names for p in i["said_by"])]


def _focused(
    items: list[dict[str, Any]], kind: str, about: str | None, by: str | None = None
) -> tuple[list[dict[str, Any]], bool]:
    """The items of a kind about what was asked (and said by whom); all of them (and False) when none is."""
    mine = [i for i in items if i["kind"] == kind]
    found = _said_by(_about(mine, about), by)
    if found or not mine or by:  # nobody else's words stand in for the person asked about
        return found, True
    return mine, False


def project_overview(
    project: str | None = None,
    focus: Focus = "all",
    about: str | None = None,
    by: str | None = None,
    vendor: str | None = None,
    state: str | None = None,
) -> Envelope:
    """A project's commitments and risks (confidence, proposed/active, due date, who said it), its newest digest
    and its suggested actions (not applied: applying is a person's click). Without `project`, every project's
    counts — or, with `about`, the matching commitments and risks of every project.

    Args:
        project: a project's slug, name or client ("alfa-stroy", "Альфа Строй", "Northwind").
        focus: only commitments, risks, digest or actions; all by default.
        about: only the commitments and risks about this, matched by meaning in either language ("the estimate"
            finds «смету»), e.g. "the estimate", "invoice", "фасад".
        by: only the commitments and risks this person said or wrote (an author's name, "Tom", "Ирина").
        vendor: only the commitments and risks said in this vendor's text ("chatwoot", "linear", "attio").
        state: only the commitments and risks in this state: "proposed" (below the confidence gate, waiting for
            a person's review) or "active".
    """
    if not project and not about and not by:
        return list_projects()
    if vendor not in (None, *VENDORS) or state not in (None, "proposed", "active"):
        return unknown(f"vendor must be one of {', '.join(VENDORS)}; state proposed or active")
    try:
        slug = resolve_project(project) if project else None
        found = memory_service.entities(slug)
        digests = memory_service.digests(slug) if slug and focus in ("digest", "all") else []
        actions = memory_service.actions(slug) if slug and focus in ("actions", "all") else []
    except MiranoError as exc:
        return unknown(exc.reason)
    items = [_entity(e) for e in found if e["status"] != "dismissed"]
    items = [
        i
        for i in items
        if (not vendor or any(p["source"] == vendor for p in i["said_by"]))
        and (not state or i["status"] == state)
    ]
    by_name = (people_in(by) or [by])[0] if by else None
    data: dict[str, Any] = {
        "project": slug,
        "focus": focus,
        "about": about,
        "by": by_name,
        "vendor": vendor,
        "state": state,
    }
    if slug:
        data["active"] = next(
            (p["active"] for p in memory_service.list_projects() if p["slug"] == slug), True
        )
    unmatched = []  # the kinds nothing was about: all of them stand in, and none is cited for what was asked
    for key, kind in (("commitments", "commitment"), ("risks", "risk")):
        if focus in (key, "all"):
            data[key], matched = _focused(items, kind, about, by)
            data[key] = data[key][:10]
            data["about_matched"] = data.get("about_matched", True) and matched
            unmatched += [] if matched else [key]
    if slug and focus in ("digest", "all"):
        data["digest"] = _digest(digests[0] if digests else None)
    if slug and focus in ("actions", "all"):
        data["actions"] = [_action(a) for a in actions][:10]
    cite = [
        ("entity", i["id"])
        for key in ("commitments", "risks")
        if key not in unmatched
        for i in data.get(key, [])
    ]
    cite += [("digest", data["digest"]["id"])] if data.get("digest") else []
    cite += [("action", a["id"]) for a in data.get("actions", [])]
    return envelope(data, cite=cite)


def _action(a: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "project", "kind", "status", "applied_by", "applied_at", "created_at")
    return {k: a[k] for k in keys} | {"title": as_data(a["title"]), "error": as_data(a["error"])}


def action_details(action_id: int) -> Envelope:
    """One suggested action by its number: its project, kind and title, whether it was applied, by whom and
    when (or failed, with the vendor's reason), and its audit trail.

    Args:
        action_id: the action's number ("action 3", «действие №5»).
    """
    found = next((a for a in memory_service.actions() if a["id"] == int(action_id)), None)
    if found is None:
        return unknown(f"there is no suggested action #{action_id}")
    trail = memory_service.audit_log(action_id=int(action_id))
    attempts = [
        {k: row[k] for k in ("actor", "outcome", "at")} | {"error": as_data(row["error"])} for row in trail
    ]
    data = _action(found) | {"audit": attempts[:10]}
    return envelope(data, cite=[("action", found["id"])])


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


def memory_contents(project: str | None = None) -> Envelope:
    """How much project memory holds: documents by source and kind (Chatwoot messages, Linear issues and
    comments, Attio records and notes), in all and per project, the chunks made of them, embedded and failed, and
    whether the search index holds exactly the embedded chunks (`index.consistent`, `missing`, `extra`).

    Args:
        project: a project's slug, name or client; omit for all projects.
    """
    try:
        slug = resolve_project(project) if project else None
    except MiranoError as exc:
        return unknown(exc.reason)
    state = (
        memory_service.memory_status()
    )  # the one index serves every project: whether it matches the database
    index = {k: state["index"][k] for k in ("size", "missing", "extra", "consistent")}
    return envelope(memory_service.contents(slug) | {"failed": state["failed"], "index": index})


def person_messages(
    person: str, limit: int = 8, project: str | None = None, vendor: str | None = None
) -> Envelope:
    """What a person wrote: the imported messages, comments and notes whose author matches, newest first, with
    date, source, project and link, and how many there are in all.

    Args:
        person: a first name, last name or both, in any script ("Ирина", "Irina Sokolova", "Kate").
        limit: how many messages to show at most (1-20).
        project: only what they wrote in this project (a slug, name or client); none there is said so, with the
            projects they did write in.
        vendor: only what they wrote through this vendor ("chatwoot", "linear", "attio"); none there is said so,
            with where they did write.
    """
    authors = memory_service.authors()
    names = people_in(person, authors)
    if not names:
        known = sorted({a["author"] for a in authors})
        return unknown(f"no author matches {person!r}; authors: {', '.join(known)}")
    try:
        slug = _scope(project, vendor)
    except MiranoError as exc:
        return unknown(exc.reason)
    rows = [a for a in authors if a["author"] in names]
    elsewhere = sorted({a["project"] for a in rows})
    everywhere = [{k: a[k] for k in ("project", "source", "documents")} for a in rows]
    rows = [a for a in rows if slug in (None, a["project"]) and vendor in (None, a["source"])]
    documents = [d for name in names for d in memory_service.documents_by(name, 100)]
    documents = [d for d in documents if slug in (None, d["project"]) and vendor in (None, d["source"])]
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
        "project": slug,
        "vendor": vendor,
        "projects": elsewhere,  # where they wrote at all
        "everywhere": everywhere,  # how much, per project and vendor, whatever the filter
        "by_source": [
            {k: a[k] for k in ("author", "project", "source", "documents", "first_at", "last_at")}
            for a in rows
        ],
        "total": len(documents),
        "messages": shown,
    }
    return envelope(data, cite=[("document", d["id"]) for d in shown])


def _scope(project: str | None, vendor: str | None) -> str | None:
    """The project's slug (None: every project), once the vendor is known to be one; MiranoError otherwise."""
    if vendor not in (None, *VENDORS):
        raise MiranoError(f"vendor must be one of {', '.join(VENDORS)}")
    return resolve_project(project) if project else None


def latest_messages(project: str | None = None, vendor: str | None = None, limit: int = 5) -> Envelope:
    """Who wrote last and what: the newest imported messages, comments, issues and notes, newest first, with
    author, date, vendor and project ("who wrote last in Alfa?", «что последнее писали по нортвинду?»).

    Args:
        project: a project's slug, name or client; every project when empty.
        vendor: only this vendor's documents ("chatwoot", "linear", "attio").
        limit: how many to show (1-20).
    """
    try:
        slug = _scope(project, vendor)
    except MiranoError as exc:
        return unknown(exc.reason)
    documents = memory_service.latest_documents(slug, vendor, max(1, min(int(limit), 20)))
    shown = [
        {
            **{k: d[k] for k in ("id", "project", "source", "object_type", "time", "private", "url")},
            "author": as_data(d["author"]) if d["author"] else None,
            "text": as_data(d["text"][:300]),
        }
        for d in documents
    ]
    data = {"project": slug, "vendor": vendor, "messages": shown}
    return envelope(data, cite=[("document", d["id"]) for d in shown])


def authors_of(project: str | None = None, vendor: str | None = None) -> Envelope:
    """Who writes in imported text, most first ("who writes most in Alfa?", "who are Northwind's correspondents and
    through which channel?"): each author with their messages per vendor and project, first and last dates.

    Args:
        project: a project's slug, name or client; every project when empty.
        vendor: only this vendor's documents ("chatwoot", "linear", "attio").
    """
    try:
        slug = _scope(project, vendor)
    except MiranoError as exc:
        return unknown(exc.reason)
    rows = [
        a for a in memory_service.authors() if slug in (None, a["project"]) and vendor in (None, a["source"])
    ]
    people: dict[str, dict[str, Any]] = {}
    for a in rows:
        person = people.setdefault(
            a["author"], {"author": as_data(a["author"]), "documents": 0, "channels": []}
        )
        person["documents"] += a["documents"]
        person["channels"].append(
            {k: a[k] for k in ("project", "source", "documents", "first_at", "last_at")}
        )
    ranked = sorted(people.values(), key=lambda p: p["documents"], reverse=True)
    return envelope({"project": slug, "vendor": vendor, "authors": ranked[:10]})


MEMORY_TOOLS = [
    memory_contents,
    search_memory,
    project_overview,
    list_projects,
    person_messages,
    latest_messages,
    authors_of,
    action_details,
]
