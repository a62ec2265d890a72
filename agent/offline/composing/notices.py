"""Answers about change notices: what changed on watched properties and projects since the reader last looked."""

from __future__ import annotations

from typing import Any

from agent.offline.composing.common import quote, renders, source, when
from agent.offline.composing.facts import fact_sentence, field_values
from agent.tools import notices as tools
from pipeline.i18n import tr

FOUND_BY = {
    "check": "found by a check",
    "recheck": "found by a re-check",
    "prefetch": "found by a prefetch (fetched ahead of expiry, not a re-check)",
    "project": "found by the scan of the watched project",
}


def _project_line(state: dict[str, Any], lang: str) -> str | None:
    """ "anything new with Globex?": an archived or unwatched project gets no notices, and says why first."""
    if not state["active"]:
        return tr(
            lang,
            "{project} is archived (inactive): its syncs skip it, so nothing new comes in and no notice is made.",
            project=state["slug"],
        )
    if not state["watched"]:
        return tr(
            lang,
            "Nobody watches {project}, so no notices are made for it: `mirano watch {project}`.",
            project=state["slug"],
        )
    return None


def _lead(data: dict[str, Any], lang: str) -> str:
    said = _project_line(data["project"], lang) if data.get("project") else None
    if said and not data["notices"]:
        return said
    lead = _notices_lead(data, lang)
    if data["notices"] and data["watching"] and not data.get("address"):  # every watch, also the quiet ones
        lead += " " + tr(
            lang, "Watching: {watching}.", watching="; ".join(w["label"] for w in data["watching"])
        )
    return lead


def _notices_lead(data: dict[str, Any], lang: str) -> str:
    if data.get("notice_id") is not None:  # "what changed in notice 3?": that notice alone
        return tr(lang, "Notice #{id}:", id=data["notice_id"])
    if data.get("address"):  # every notice about one property, read or not
        if not data["notices"]:
            return tr(
                lang, "No change was found on {address} by a check or re-check.", address=data["address"]
            )
        return tr(
            lang,
            "Changes found on {address}: {n} notice(s).",
            address=data["address"],
            n=len(data["notices"]),
        )
    last = data["last_read_at"]
    if not data["notices"]:
        if not data["watching"]:
            return tr(
                lang, "You watch nothing yet, so there are no change notices: `mirano watch ADDRESS|PROJECT`."
            )
        watching = "; ".join(w["label"] for w in data["watching"])
        if last:
            return tr(
                lang,
                "Nothing new since you last looked: no unread change notices (notices were last read {at}). Watching: {watching}.",
                at=when(last, lang),
                watching=watching,
            )
        return tr(
            lang, "Nothing new: there are no change notices yet. Watching: {watching}.", watching=watching
        )
    if last:
        return tr(
            lang,
            "Since you last looked (the notices you have not read; notices were last read {at}): {n} unread change notice(s).",
            at=when(last, lang),
            n=len(data["notices"]),
        )
    return tr(
        lang,
        "Since you last looked (you have not read any notice yet): {n} change notice(s).",
        n=len(data["notices"]),
    )


ITEM_KINDS = ("risk", "commitment")


def _change_line(c: dict[str, Any], lang: str) -> str:
    kind = c.get("type") or ""
    # a fact's source ("listings"), or a project's item by its kind ("risk")
    what = source(c["source"], lang) if c.get("source") else tr(lang, kind) if kind in ITEM_KINDS else ""
    if c["change"] == "changed":
        said = tr(lang, "changed")
        return f"  ~ {what} ({said}): {field_values(c['before'], lang)} → {field_values(c['after'], lang)}"
    mark, said = ("+", tr(lang, "new")) if c["change"] == "added" else ("-", tr(lang, "gone"))
    due = " " + tr(lang, "(due {due})", due=quote(c["due"], 60)) if c.get("due") else ""
    value = fact_sentence(kind, c["value"], lang) if kind else quote(c["value"], 100)
    return f"  {mark} {what} ({said}): {value}{due}"


def _evidence_line(e: dict[str, Any], lang: str) -> str:
    if e.get("response_hash"):
        return "  " + tr(
            lang,
            "evidence: fact #{fact} from {source}, fetched {at}, response {hash}",
            fact=e["fact_id"],
            source=source(e["source"], lang),
            at=when(e["fetched_at"], lang),
            hash=e["response_hash"][:12],
        )
    return "  " + tr(
        lang,
        "evidence: item #{id}, first seen {at}",
        id=e.get("entity_id"),
        at=when(e.get("first_seen_at"), lang),
    )


@renders(tools.changes_since_last_look)
def _notices(data: dict[str, Any], lang: str, intent: str | None) -> list[str]:
    lines = [_lead(data, lang)]
    for n in data["notices"]:
        found_by = FOUND_BY.get(n["found_by"])
        line = tr(
            lang,
            "- notice #{id} about {about}, {at}, {found_by}:",
            id=n["id"],
            about=n["about"],
            at=when(n["created_at"], lang),
            found_by=tr(lang, found_by) if found_by else n["found_by"],
        )
        if (
            data.get("address") or data.get("notice_id") is not None
        ):  # read or not: listed either way, so said
            state = tr(lang, "you have read it" if n.get("read") else "you have not read it yet")
            line = f"{line[:-1]} ({state}):"
        lines.append(line)
        lines += [_change_line(c, lang) for c in n["changes"]]
        if n["risk_score"]:
            lines.append(
                "  "
                + tr(
                    lang,
                    "risk score {before} → {after}",
                    before=n["risk_score"]["before"],
                    after=n["risk_score"]["after"],
                )
            )
        lines += [_evidence_line(e, lang) for e in n["evidence"]]
    if data["notices"]:
        lines.append(
            tr(
                lang,
                "Reading them here marks nothing read: the Notices page or `mirano notices --read` does.",
            )
        )
    return lines


@renders(tools.watchers)
def _watchers(data: dict[str, Any] | None, lang: str, intent: str | None) -> list[str]:
    if not data:
        return []
    if not data["watches"]:
        if data["target"]:
            return [tr(lang, "Nobody watches {target}.", target=data["target"])]
        return [tr(lang, "Nobody watches anything yet: `mirano watch ADDRESS|PROJECT`.")]
    lines = []
    for w in data["watches"]:
        people = ", ".join(
            tr(lang, "{person} (since {at})", person=p["person"], at=when(p["since"], lang))
            for p in w["people"]
        )
        lines.append(
            tr(lang, "{label} is watched by {people}.", label=w["label"], people=people)
            if people
            else tr(lang, "{label} is everyone's watch (nobody watches it in person).", label=w["label"])
        )
    return lines
