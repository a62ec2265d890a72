"""Answers about project memory: commitments, risks, digests, suggested actions, people, search hits."""

from __future__ import annotations

import re
from typing import Any

from agent.envelope import DATA_CLOSE, DATA_OPEN, unwrap
from agent.offline.composing.common import day, quote, renders, status, when
from agent.tools import memory as tools
from pipeline.i18n import tr, tr_in
from pipeline.i18n.digest import FOOTER, digest_line

SOURCE_NAMES = {"chatwoot": "Chatwoot", "linear": "Linear", "attio": "Attio"}


def digest_lines(content: str, lang: str) -> list[str]:
    """A stored digest as lines of the answer: its fixed parts (headings, counts, dates) in the answer's language,
    headings without Markdown marks, the items it lists quoted as written (its footer count of suggested actions
    left to the actions answer)."""
    text = str(content or "").replace(DATA_OPEN, "").replace(DATA_CLOSE, "")
    lines = []
    for raw in text.splitlines():
        if not raw.strip() or FOOTER.match(raw.strip()):
            continue  # the suggested actions are the actions answer's, not mixed into the digest's
        line = digest_line(
            raw.strip(), lang, vendor=lambda v: SOURCE_NAMES.get(v, v), quote=lambda t: quote(t, 200)
        )
        heading = re.match(r"^(#+)\s+(.+)$", line)
        if heading and len(heading.group(1)) > 1 and lines:
            lines.append(
                ""
            )  # a section after a list: without a blank line Markdown reads it as the last item's
        if heading:
            line = heading.group(2) + (":" if len(heading.group(1)) > 1 else "")
        lines.append(line)
    return lines


def _entity_line(e: dict[str, Any], lang: str, with_who: bool = False, with_project: bool = False) -> str:
    extra = tr(
        lang,
        "{status}, confidence {confidence}",
        status=status(e["status"], lang),
        confidence=f"{e['confidence']:.2f}".rstrip("0").rstrip("."),  # 0.6, 0.85: the shortest form
    )
    if e["due"]:
        extra += ", " + tr(lang, "due {due}", due=quote(e["due"], 60))  # the message's own words
    line = f"- #{e['id']} {quote(e['text'], 160)} ({extra})"
    if with_who and e.get("said_by"):
        people = ", ".join(
            f"{unwrap(p['author'])} ({SOURCE_NAMES.get(p['source'], p['source'])})" for p in e["said_by"]
        )
        line += " — " + tr(lang, "said by {people}", people=people)
    if with_project and e.get("project"):
        line = line.replace("- #", f"- {e['project']} #", 1)
    return line


KIND_LINES = {
    "commitments": ("{project} has no recorded commitments.", "{project} has {n} commitment(s):"),
    "risks": ("{project} has no recorded risks.", "{project} has {n} risk(s):"),
}


ABOUT_LINES = {
    "commitments": (
        "No commitment about {about} in {project}.",
        "{project}: {n} commitment(s) about {about}:",
    ),
    "risks": ("No risk about {about} in {project}.", "{project}: {n} risk(s) about {about}:"),
}


BY_LINES = {
    "commitments": (
        "No commitment said by {person} in {project}.",
        "{project}: {n} commitment(s) said by {person}:",
    ),
    "risks": ("No risk raised by {person} in {project}.", "{project}: {n} risk(s) raised by {person}:"),
}


def _kind(data: dict[str, Any], key: str, lang: str, one_thing: bool = False) -> list[str]:
    items = data[key]
    if data.get("about") or data.get("by"):
        none, some = ABOUT_LINES[key] if data.get("about") else BY_LINES[key]
        values = {
            "project": data["project"] or tr(lang, "all projects"),
            "about": quote(data.get("about") or "", 60),
            "person": unwrap(data.get("by") or ""),
        }
        every = not data["project"]
        missed = {**values, "project": data["project"] or tr(lang, "any project")}
        # "is invoice 17 paid?" asks of one thing: the other kind's items are not listed in its place
        if not items or ((data.get("by") or one_thing) and not data.get("about_matched", True)):
            return [tr(lang, none, **missed)]
        if not data.get("about_matched", True):  # nothing is about it: say so, then what there is
            return [tr(lang, none, **missed)] + [_entity_line(e, lang, with_project=every) for e in items]
        return [tr(lang, some, n=len(items), **values)] + [
            _entity_line(e, lang, with_who=True, with_project=every) for e in items
        ]
    none, some = KIND_LINES[key]
    if not items:
        return [tr(lang, none, project=data["project"])]
    proposed = sum(e["status"] == "proposed" for e in items)
    if proposed and proposed < len(items):  # the gate's two sides counted apart, as the digest counts them
        lead = tr(
            lang,
            SPLIT_LINES[key],
            project=data["project"],
            n=len(items) - proposed,
            proposed=proposed,
        )
    else:
        lead = tr(lang, some, project=data["project"], n=len(items))
    return [lead] + [_entity_line(e, lang, with_who=True) for e in items]  # who said each, and where


# Active items and those still waiting below the confidence gate, counted apart
SPLIT_LINES = {
    "commitments": "{project} has {n} active commitment(s) and {proposed} proposed, waiting for review:",
    "risks": "{project} has {n} active risk(s) and {proposed} proposed, waiting for review:",
}


@renders(tools.project_overview)
def _project(data: Any, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    if isinstance(data, list):
        return _projects(data, lang, intent)
    lines: list[str] = []
    if data.get("vendor"):  # "which of those came from attio?"
        lines.append(tr(lang, "Only what was said in {vendor}:", vendor=data["vendor"].capitalize()))
    if data.get("state") == "proposed":  # "anything waiting for review?"
        lines.append(
            tr(lang, "Only those waiting for a person's review (proposed, below the confidence gate):")
        )
    if not data.get("active", True):  # an archived project: nothing new is synced, extracted or digested
        lines.append(tr(lang, "{project} is inactive (archived): it is not synced.", project=data["project"]))
    for key in ("commitments", "risks"):
        if key in data:
            lines += _kind(data, key, lang, one_thing=intent == "item_status")
    if "digest" in data:
        digest = data["digest"]
        if digest:
            lines.append(
                tr(
                    lang,
                    "The newest digest of {project} is digest #{id} (version {version}, week of {week}, made {at}):",
                    project=data["project"],
                    id=digest["id"],
                    version=digest["version"],
                    week=day(digest["period_start"]),
                    at=when(digest["created_at"], lang),
                )
            )
            lines += digest_lines(digest["content"], lang)
        else:
            lines.append(tr(lang, "{project} has no digest yet.", project=data["project"]))
    if "actions" in data:
        suggested = [a for a in data["actions"] if a["status"] == "suggested"]
        if suggested:
            lines.append(
                tr(
                    lang,
                    "{project} has {n} suggested action(s); applying one is your click (the Apply button):",
                    project=data["project"],
                    n=len(suggested),
                )
            )
            lines += [
                f"- #{a['id']} {tr(lang, ACTION_KINDS.get(a['kind'], a['kind']))}: {quote(a['title'], 100)}"
                for a in suggested
            ]
        else:
            lines.append(tr(lang, "{project} has no suggested actions.", project=data["project"]))
        lines.append(_applied(data["actions"], data["project"], lang))
    return lines


def _applied(actions: list[dict[str, Any]], project: str, lang: str) -> str:
    """Which actions a person applied, by whom and when; or that none was."""
    applied = [a for a in actions if a["applied_at"]]
    if not applied:
        return tr(lang, "Nobody has applied any action of {project} yet.", project=project)
    done = "; ".join(
        tr(lang, "#{id} by {who} at {at}", id=a["id"], who=a["applied_by"], at=when(a["applied_at"], lang))
        for a in applied
    )
    return tr(lang, "Applied: {done}.", done=done)


@renders(tools.action_details)
def _action(data: Any, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    kind = tr(lang, ACTION_KINDS.get(data["kind"], data["kind"]))
    lead = f"#{data['id']} {kind} ({data['project']}): {quote(data['title'], 100)}."
    if data["applied_at"]:
        state = tr(
            lang, "Applied by {who} at {at}.", who=data["applied_by"], at=when(data["applied_at"], lang)
        )
    elif data["status"] == "failed":
        state = tr(lang, "Applying it failed: {error}", error=quote(data["error"], 160))
    else:
        state = tr(lang, "It has not been applied: it waits for a person's Apply (nobody applied it).")
    lines = [lead, state]
    for row in data["audit"]:
        lines.append(
            "- "
            + tr(
                lang,
                "{at}: {who} — {outcome}",
                at=when(row["at"], lang),
                who=row["actor"],
                outcome=tr(lang, row["outcome"]),
            )
        )
    return lines


ACTION_KINDS = {"linear_issue": "Linear issue", "attio_note": "Attio note"}
VENDORS = {"chatwoot": "Chatwoot", "linear": "Linear", "attio": "Attio"}


def binding(text: str, lang: str) -> str:
    """ "attio company:23c1…" as "Attio: компания 23c1…" (the vendor's name, the kind in the reader's language)."""
    source, _, target = text.partition(" ")
    kind, _, ident = target.partition(":")
    if not ident:
        return text
    return f"{VENDORS.get(source, source)}: {tr(lang, kind)} {ident}"


@renders(tools.list_projects)
def _projects(rows: list[dict[str, Any]], lang: str, intent: str | None) -> list[str]:
    active = [p for p in rows if p["active"]]
    if not rows:  # "how is the project going?" before any project is bound: how to make one
        return [
            tr(
                lang,
                "No project is set up yet: a project is made by binding it to a Chatwoot inbox, a Linear team or an "
                "Attio company (`mirano bind PROJECT SOURCE TARGET`), and its memory fills on the next sync.",
            )
        ]
    lines = [tr(lang, "{n} projects, {active} active:", n=len(rows), active=len(active))]
    for p in rows:
        state = tr(lang, "active") if p["active"] else tr(lang, "archived (inactive)")
        lines.append(
            f"- {p['slug']} ({p['name']}, {state}): {', '.join(binding(b, lang) for b in p['bindings']) or '—'}; "
            + tr(
                lang,
                "{documents} documents, {commitments} commitments, {risks} risks",
                documents=p["counts"]["documents"],
                commitments=p["counts"]["commitments"],
                risks=p["counts"]["risks"],
            )
        )
    return lines


@renders(tools.person_messages)
def _person(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    if (data.get("project") or data.get("vendor")) and not data["total"]:
        # «что Том писал по Альфа Строй?», "what did Kate write in Linear?": nothing there, and where they did write
        return [
            tr(
                lang,
                "{name} never wrote in {project}: there are no messages of theirs there; they wrote in {projects}.",
                name=" / ".join(data["authors"]),
                project=", ".join(
                    filter(
                        None, (data.get("project"), SOURCE_NAMES.get(data.get("vendor"), data.get("vendor")))
                    )
                ),
                projects=", ".join(
                    f"{SOURCE_NAMES.get(r['source'], r['source'])} ({r['project']}, {r['documents']})"
                    for r in data.get("everywhere", [])
                )
                or "—",
            )
        ]
    by_source = "; ".join(
        tr(
            lang,
            "{n} in {source} ({project}), {first} – {last}",
            n=r["documents"],
            source=SOURCE_NAMES.get(r["source"], r["source"]),
            project=r["project"],
            first=day(r["first_at"]),
            last=day(r["last_at"]),
        )
        for r in data["by_source"]
    )
    lead = tr(
        lang,
        "{name} wrote {n} message(s) in project memory: {sources}.",
        name=" / ".join(data["authors"]),
        n=data["total"],
        sources=by_source,
    )
    return [lead, tr(lang, "Latest:"), *(_message_line(m, lang) for m in data["messages"])]


def _message_line(m: dict[str, Any], lang: str) -> str:
    """ "- 2026-12-03 10:15, Chatwoot message (internal note), northwind: «…»" """
    private = f" ({tr(lang, 'internal note')})" if m["private"] else ""
    where = (
        f"{SOURCE_NAMES.get(m['source'], m['source'])} {tr(lang, m['object_type'])}{private}, {m['project']}"
    )
    return f"- {when(m['time'], lang)}, {where}: {quote(m['text'], 160)}"


def _where(data: dict[str, Any], lang: str) -> str:
    """ "northwind, Chatwoot", "all projects": the scope a latest-messages or authors answer covers."""
    where = data["project"] or tr(lang, "all projects")
    return f"{where}, {SOURCE_NAMES.get(data['vendor'], data['vendor'])}" if data["vendor"] else where


@renders(tools.latest_messages)
def _latest(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    where = _where(data, lang)
    if not data["messages"]:
        return [
            tr(lang, "Nothing has been imported yet ({where}): nobody has written anything.", where=where)
        ]
    newest = data["messages"][0]
    author = unwrap(newest["author"]) if newest["author"] else tr(lang, "an unknown author")
    lead = tr(
        lang,
        "The last to write ({where}) was {author}, {at}.",
        where=where,
        author=author,
        at=when(newest["time"], lang),
    )
    lines = [lead, tr(lang, "Latest:")]
    for m in data["messages"]:
        by = f"{unwrap(m['author'])} — " if m["author"] else ""
        line = _message_line(m, lang)
        lines.append(line.replace("- ", f"- {by}", 1) if by else line)
    return lines


@renders(tools.authors_of)
def _authors(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    where = _where(data, lang)
    if not data["authors"]:
        return [tr(lang, "Nobody has written anything yet ({where}).", where=where)]
    lines = [tr(lang, "Who writes ({where}), most first:", where=where)]
    for person in data["authors"]:
        channels = ", ".join(
            tr(
                lang,
                "{n} in {vendor} ({project}), last {at}",
                n=c["documents"],
                vendor=SOURCE_NAMES.get(c["source"], c["source"]),
                project=c["project"],
                at=when(c["last_at"], lang),
            )
            for c in person["channels"]
        )
        lines.append(f"- {unwrap(person['author'])}: {channels}")
    return lines


@renders(tools.search_memory)
def _search(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    if not data["hits"]:
        return [
            tr(lang, "Nothing in project memory matches {query} closely enough.", query=quote(data["query"]))
        ]
    lines = [
        tr(
            lang,
            "Project memory has {n} excerpt(s) about {query}:",
            n=len(data["hits"]),
            query=quote(data["query"]),
        )
    ]
    for h in data["hits"]:
        author = f", {quote(h['author'], 40)}" if h.get("author") else ""
        lines.append(
            f"- [{tr(lang, 'excerpt')} #{h['chunk_id']}, {h['project']}, {SOURCE_NAMES.get(h['source'], h['source'])} "
            f"{tr(lang, h['object_type'])}, {when(h['time'], lang)}{author}] {quote(h['text'], 200)}"
        )
    return lines


KIND_WORDS = {
    "message": "messages",
    "issue": "issues",
    "comment": "comments",
    "record": "records",
    "note": "notes",
}


@renders(tools.memory_contents)
def _contents(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    total = sum(d["count"] for d in data["documents"])
    lead = tr(
        lang,
        "Project memory holds {n} document(s){of}: {chunks} chunk(s), {embedded} of them embedded.",
        n=total,
        of=f" ({data['project']})" if data["project"] else "",
        chunks=data["chunks"],
        embedded=data["embedded"],
    )
    lines = [lead]
    for d in data["documents"]:
        kind = tr_in(lang, "document count", KIND_WORDS.get(d["kind"], d["kind"]))
        lines.append(
            "- " + tr(lang, "{source}: {n} {kind}", source=d["source"].capitalize(), n=d["count"], kind=kind)
        )
    index = data.get("index")
    if (
        index
    ):  # "is the index in step?": whether it holds exactly the embedded chunks, and what failed to embed
        if index["consistent"]:
            lines.append(
                tr(
                    lang,
                    "The search index is in order: it holds {n} chunk(s) and matches the database, none missing, none extra.",
                    n=index["size"],
                )
            )
        else:
            lines.append(
                tr(
                    lang,
                    "The search index is out of step with the database: {missing} missing, {extra} extra; Rebuild index on the Project memory page repairs it.",
                    missing=index["missing"],
                    extra=index["extra"],
                )
            )
        lines.append(
            tr(lang, "{n} chunk(s) failed to embed.", n=data["failed"])
            if data.get("failed")
            else tr(lang, "No chunk failed to embed.")
        )
    return lines
