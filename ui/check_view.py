"""One property check: status and progress, each source's freshness and reuse, risk factors with evidence, facts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pandas as pd
import streamlit as st

from pipeline.i18n.risk_text import factor_title
from ui.components import (
    chip,
    demo_chip,
    humanize,
    local_day,
    local_time,
    money,
    parse_time,
    relative_time,
    when,
)
from ui.labels import (
    address_parts,
    bilingual,
    check_state_word,
    fact_kind,
    level_name,
    risk_level,
    risk_text,
    risk_word,
    source_name,
    source_state_word,
    value_pairs,
    value_text,
)
from ui.lang import lang, reason, t

IN_FLIGHT = ("CREATED", "IN_PROGRESS", "PARTIAL")


def in_flight(check: dict[str, Any]) -> bool:
    return bool(check["pending"]) or (check["status"] in IN_FLIGHT and check["status"] != "PARTIAL")


LEVEL_SCOPE = {
    "building": "facts about the building, shared by every flat in it",
    "flat": "facts about this flat alone",
    "developer": "facts about the developer, shared by every building it built",
    "person": "facts about the owner, shared by every property they own",
}


def reuse_sentence(source: dict[str, Any]) -> str:
    """'Reused from the check of 12 Nov (#3) — facts about the building…, fetched 3 days ago — not re-checked.'"""
    origin = source["reused_from_job_id"]
    checked = local_day(source["reused_from_checked_at"])
    scope = t(LEVEL_SCOPE[source["level"]]) if source.get("level") in LEVEL_SCOPE else ""
    return t(
        "Reused from the check of {checked} (#{origin}){scope}, fetched {ago} ({at}) — not re-checked.",
        checked=checked,
        origin=origin,
        scope=" — " + scope if scope else "",
        ago=relative_time(source["fetched_at"]),
        at=local_time(source["fetched_at"]),
    )


def reuse_label(source: dict[str, Any]) -> str:
    """'Building facts reused from check #3': the badge names the level that was reused."""
    origin = source["reused_from_job_id"]
    if source.get("level") == "flat":
        return t("Flat facts reused from check #{origin}", origin=origin)
    if source.get("level") == "building":
        return t("Building facts reused from check #{origin}", origin=origin)
    if source.get("level") in ("developer", "person"):  # reused across properties: name the property too
        message = {
            "developer": "Developer facts reused from check #{origin} of {address}, fetched {day}",
            "person": "Person facts reused from check #{origin} of {address}, fetched {day}",
        }[source["level"]]
        address = source.get("reused_from_address") or "?"
        return t(message, origin=origin, address=address, day=local_day(source["fetched_at"]))
    return t("Reused from check #{origin}", origin=origin)


def address_parse(check: dict[str, Any]) -> None:
    """How the address was read: the canonical address, its level and its parts."""
    if not check.get("canonical_address"):
        st.caption(t("Address not parsed: a check from before addresses were parsed into parts."))
        return
    level = t("a flat") if check["level"] == "flat" else t("a building")
    st.markdown(
        t("Read as **{address}** · identified as {level}", address=check["canonical_address"], level=level)
    )
    st.caption(
        " · ".join(
            f"{name}: {value}"
            for name, value in address_parts(check["components"] or {}, check["canonical_address"])
        )
    )


def header(check: dict[str, Any]) -> None:
    demo = f" {demo_chip()}" if check["demo"] else ""
    st.subheader(f"#{check['id']} · {check['address']}")
    updating = f" :blue-badge[:material/sync: {t('updating')}]" if in_flight(check) else ""
    st.markdown(
        f"{chip(check['status'], check_state_word(check['status']))}{updating}{demo} · "
        + t(
            "profile **{profile}** · started {started} · {calls} source calls ({usd})",
            profile=t(check["profile"]),
            started=when(check["created_at"]),
            calls=check["cost"]["source_calls"],
            usd=money(check["cost"]["usd"]),
        )
    )
    if check.get("started_by"):
        st.caption(
            t("Started by {who} at {at}.", who=check["started_by"], at=local_time(check["created_at"]))
        )
    address_parse(check)
    recheck_line(check)
    if check["status_reason"]:
        st.caption(humanize(reason(check["status_reason"])))
    total = len(check["sources"]) or 1
    done = total - len(check["pending"])
    if check["pending"]:
        names = ", ".join(source_name(s) for s in check["pending"])
        st.progress(
            done / total,
            text=t(
                "{done} of {total} sources ready — still running: {names}",
                done=done,
                total=total,
                names=names,
            ),
        )


RECHECKING = ("pending", "queued", "running", "retrying")


def recheck_line(check: dict[str, Any]) -> None:
    """'Re-checking since 21:40' while a re-check runs, 'last re-checked 21:42' once it has settled."""
    at = check.get("last_recheck_at")
    if not at:
        return
    if in_flight(check):
        st.caption(":material/sync: " + t("Re-checking since {time}", time=local_time(at)))
    else:
        st.caption(":material/history: " + t("Last re-checked {time}", time=local_time(at)))


def freshness(source: dict[str, Any], rechecking_since: str | None = None) -> str:
    if not source["fetched_at"]:
        return t("not fetched yet")
    expiry = source["expires_at"]
    expired = (parse_time(expiry) or datetime.now(UTC)) <= datetime.now(
        UTC
    )  # never "stale since" a future day
    state = (
        t("stale since {day}", day=local_day(expiry))
        if expired and not source["fresh"]
        else t("fresh until {day} ({ago})", day=local_day(expiry), ago=relative_time(expiry))
    )
    if rechecking_since and source["status"] in RECHECKING:
        state = t("re-checking since {time}", time=local_time(rechecking_since))
    fetched = t(
        "fetched {at} ({ago})", at=local_time(source["fetched_at"]), ago=relative_time(source["fetched_at"])
    )
    return f"{fetched} · {state}"


def reuse_badge(check: dict[str, Any], source: dict[str, Any]) -> None:
    """A popover badge: where reused facts came from, and that they were not re-checked."""
    if not source["reused"]:
        st.caption(t("fetched for this check") if source["status"] == "completed" else "")
        return
    label = reuse_label(source)
    with st.popover(label, icon=":material/recycling:", key=f"reuse:{check['id']}:{source['source']}"):
        st.markdown(reuse_sentence(source))
        colleague = colleague_line(source)
        if colleague:
            st.caption(colleague)
        st.caption(
            t(
                "Fresh until {at} ({ago}). Re-check now to fetch it again.",
                at=local_time(source["expires_at"]),
                ago=relative_time(source["expires_at"]),
            )
        )
        st.button(
            t("Open check #{origin}", origin=source["reused_from_job_id"]),
            key=f"open:{check['id']}:{source['source']}",
            on_click=open_check,
            args=(source["reused_from_job_id"],),
        )


def colleague_line(source: dict[str, Any]) -> str:
    """Shared results: a colleague's check fetched these facts (named only to those who may start checks)."""
    if not source.get("reused_from_colleague"):
        return ""
    if source.get("reused_from_by"):
        return t("From a colleague's check: {who} started it.", who=source["reused_from_by"])
    return t("From a colleague's check.")


def open_check(check_id: int) -> None:
    st.session_state["open_check"] = check_id


def sources_table(check: dict[str, Any]) -> None:
    st.markdown("##### " + t("Sources"))
    for source in check["sources"]:
        with st.container(border=True):
            name, status, fresh, reuse = st.columns([2, 1.2, 4, 2.2], vertical_alignment="center")
            name.markdown(f"**{source_name(source['source'])}**")
            status.markdown(chip(source["status"], source_state_word(source["status"])))
            fresh.markdown(freshness(source, check.get("last_recheck_at") if in_flight(check) else None))
            with reuse:
                reuse_badge(check, source)
            queue_line(check, source)
            if source["status"] == "failed" and source["reason"]:
                st.error(t("Failed: {why}", why=humanize(reason(source["reason"]))))
            elif source["status"] in ("retrying",) and source["reason"]:
                st.warning(t("Retrying: {why}", why=humanize(reason(source["reason"]))))
            elif source["status"] in ("waiting", "cancelled") and source["reason"]:
                st.caption(humanize(reason(source["reason"])))


def facts_by_id(check: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {fact["id"]: fact for fact in check["facts"]}


def factor_evidence(factor: dict[str, Any], facts: dict[int, dict[str, Any]]) -> None:
    """A card per fact, every value on its own labelled line: readable on a phone without sideways scrolling."""
    for item in factor["evidence"]:
        fact = facts.get(item["fact_id"], {})
        task = fact.get("evidence", {}).get("task_id", "?")
        with st.container(border=True):
            about = fact.get("subject", {}).get("name", "")
            st.markdown(f"**{fact_kind(fact.get('type', '?'))}** · {about}")
            lines = [
                f"{name}: {value}" if name else value for name, value in value_pairs(fact.get("value", ""))
            ]
            st.markdown("  \n".join(lines))
            st.caption(
                t("source")
                + f": {source_name(item['source'])} · "
                + t("fetched")
                + f": {local_time(item['fetched_at'])} · "
                + t("evidence")
                + ": "
                + t("#{evidence} (task #{task})", evidence=item["evidence_id"], task=task)
            )


def risk_panel(check: dict[str, Any]) -> None:
    risk = check["risk"]
    st.markdown("##### " + t("Risk"))
    score, factors = st.columns([1, 4])
    score.metric(
        t("Risk score"),
        risk_text(risk["score"]),  # '50 / 100'; the level word below it, so the value is never cut
        help=t("The sum of the named factors below; recomputed as facts arrive."),
    )
    level = risk_word(risk["score"])
    if level:
        colour = {"high": "red", "medium": "orange", "low": "green"}[risk_level(risk["score"]) or "low"]
        score.markdown(f":{colour}-badge[{level}]")
    with factors:
        if not risk["factors"]:
            st.caption(
                t("No risk factors found in the facts so far.")
                + (" " + t("More sources are still running.") if check["pending"] else "")
            )
        facts = facts_by_id(check)
        for factor in risk["factors"]:
            name = factor_title(factor["factor"], lang())
            title = f"**{name}** · +{factor['score']:g} — {bilingual(factor['explanation'])}"
            with st.expander(title):
                factor_evidence(factor, facts)


def facts_panel(check: dict[str, Any]) -> None:
    if not check["facts"]:
        return
    rows = [
        {
            t("source"): source_name(f["source"]),
            t("about"): f"{level_name(f['subject']['level'])}: {f['subject']['name']}",
            t("fact"): fact_kind(f["type"]),
            t("value"): value_text(f["value"]),
            t("fetched"): local_time(f["fetched_at"]),
            t("fresh"): t("yes") if f["fresh"] else t("stale"),
            t("origin"): t("reused from #{origin}", origin=f["reused_from_job_id"])
            if f["reused"]
            else t("this check"),
        }
        for f in check["facts"]
    ]
    with st.expander(t("All facts ({count})", count=len(rows)), icon=":material/list:"):
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def queue_line(check: dict[str, Any], source: dict[str, Any]) -> None:
    """Why a waiting source's task runs when it does: its priority and its place in the source's queue."""
    if source.get("provenance") == "prefetch" and source["status"] == "completed":
        st.caption(t("Refreshed ahead of expiry by a prefetch (this object is checked often)."))
    latest = next(
        (t for t in check["tasks"] if source["task_ids"] and t["id"] == source["task_ids"][-1]), None
    )
    if latest is None or latest.get("priority") is None or source["status"] == "completed":
        return
    place = ""
    if latest.get("queue_place"):
        place = " · " + (
            latest["queue_place_words"]
            if lang() == "en"
            else t(
                "{position} in line for {source}",
                position=latest["queue_place"],
                source=source_name(source["source"]),
            )
        )
    st.caption(t("In the queue as {why}", why=t(latest["priority_label"])) + place)


def honesty_notes(check: dict[str, Any]) -> None:
    """What a reader must know: reuse is not a re-check, stale data, failures."""
    reused = [source_name(s["source"]) for s in check["sources"] if s["reused"]]
    stale = [source_name(s["source"]) for s in check["sources"] if s["fetched_at"] and not s["fresh"]]
    if reused:
        st.info(
            t(
                "{sources}: facts reused from an earlier check and not re-checked now. "
                "Press Re-check now to fetch them again.",
                sources=", ".join(reused),
            ),
            icon=":material/recycling:",
        )
    if stale:
        st.warning(
            t("{sources}: data is past its freshness window.", sources=", ".join(stale)),
            icon=":material/history:",
        )


def render_check(check: dict[str, Any]) -> None:
    header(check)
    honesty_notes(check)
    sources_table(check)
    risk_panel(check)
    facts_panel(check)
