"""One property check: status and progress, each source's freshness and reuse, risk factors with evidence, facts."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ui.components import chip, demo_chip, humanize, local_day, local_time, money, relative_time, when

SOURCE_NAMES = {
    "court": "Court cases",
    "enforcement": "Enforcement proceedings",
    "listings": "Listings",
    "reviews": "Developer reviews",
}
IN_FLIGHT = ("CREATED", "IN_PROGRESS", "PARTIAL")


def source_name(source: str) -> str:
    return SOURCE_NAMES.get(source, source.capitalize())


def in_flight(check: dict[str, Any]) -> bool:
    return bool(check["pending"]) or (check["status"] in IN_FLIGHT and check["status"] != "PARTIAL")


def value_text(value: Any) -> str:
    """A fact value in one line: 'price 48000000 · area 75.0' rather than a dict."""
    if isinstance(value, dict):
        return " · ".join(f"{k.replace('_', ' ')} {v}" for k, v in value.items() if k not in ("url",))
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    return str(value)


LEVEL_SCOPE = {
    "building": "facts about the building, shared by every flat in it",
    "flat": "facts about this flat alone",
}


def reuse_sentence(source: dict[str, Any]) -> str:
    """'Reused from the check of 12 Nov (#3) — facts about the building…, fetched 3 days ago — not re-checked.'"""
    origin = source["reused_from_job_id"]
    checked = local_day(source["reused_from_checked_at"])
    scope = LEVEL_SCOPE.get(source.get("level", ""), "")
    return (
        f"Reused from the check of {checked} (#{origin}){' — ' + scope if scope else ''}, fetched "
        f"{relative_time(source['fetched_at'])} ({local_time(source['fetched_at'])}) — not re-checked."
    )


def reuse_label(source: dict[str, Any]) -> str:
    """'Building facts reused from check #3': the badge names the level that was reused."""
    label = source.get("reuse_label") or f"reused from check #{source['reused_from_job_id']}"
    return label[:1].upper() + label[1:]


def address_parse(check: dict[str, Any]) -> None:
    """How the address was read: the canonical address, its level and its parts."""
    if not check.get("canonical_address"):
        st.caption("Address not parsed: a check from before addresses were parsed into parts.")
        return
    level = "flat" if check["level"] == "flat" else "building"
    st.markdown(f"Read as **{check['canonical_address']}** · identified as a {level}")
    names = {"settlement_type": "type", "street_type": "street type", "house_kind": "house kind"}
    parts = [
        f"{names.get(k, k.replace('_', ' '))}: {v}"
        for k, v in (check["components"] or {}).items()
        if v and k not in ("region_code",)
    ]
    st.caption(" · ".join(parts))


def header(check: dict[str, Any]) -> None:
    demo = f" {demo_chip()}" if check["demo"] else ""
    st.subheader(f"#{check['id']} · {check['address']}")
    updating = " :blue-badge[:material/sync: updating]" if in_flight(check) else ""
    st.markdown(
        f"{chip(check['status'])}{updating}{demo} · profile **{check['profile']}** · "
        f"started {when(check['created_at'])} · {check['cost']['source_calls']} source calls "
        f"({money(check['cost']['usd'])})"
    )
    address_parse(check)
    if check["status_reason"]:
        st.caption(humanize(check["status_reason"]))
    total = len(check["sources"]) or 1
    done = total - len(check["pending"])
    if check["pending"]:
        names = ", ".join(source_name(s) for s in check["pending"])
        st.progress(done / total, text=f"{done} of {total} sources ready — still running: {names}")


def freshness(source: dict[str, Any]) -> str:
    if not source["fetched_at"]:
        return "not fetched yet"
    expiry = source["expires_at"]
    state = (
        f"fresh until {local_day(expiry)} ({relative_time(expiry)})"
        if source["fresh"]
        else f"stale since {local_day(expiry)}"
    )
    return f"fetched {local_time(source['fetched_at'])} ({relative_time(source['fetched_at'])}) · {state}"


def reuse_badge(check: dict[str, Any], source: dict[str, Any]) -> None:
    """A popover badge: where reused facts came from, and that they were not re-checked."""
    if not source["reused"]:
        st.caption("fetched for this check" if source["status"] == "completed" else "")
        return
    label = reuse_label(source)
    with st.popover(label, icon=":material/recycling:", key=f"reuse:{check['id']}:{source['source']}"):
        st.markdown(reuse_sentence(source))
        st.caption(
            f"Fresh until {local_time(source['expires_at'])} ({relative_time(source['expires_at'])}). "
            "Re-check now to fetch it again."
        )
        st.button(
            f"Open check #{source['reused_from_job_id']}",
            key=f"open:{check['id']}:{source['source']}",
            on_click=open_check,
            args=(source["reused_from_job_id"],),
        )


def open_check(check_id: int) -> None:
    st.session_state["open_check"] = check_id


def sources_table(check: dict[str, Any]) -> None:
    st.markdown("##### Sources")
    for source in check["sources"]:
        with st.container(border=True):
            name, status, fresh, reuse = st.columns([2, 1.2, 4, 2.2], vertical_alignment="center")
            name.markdown(f"**{source_name(source['source'])}**")
            status.markdown(chip(source["status"]))
            fresh.markdown(freshness(source))
            with reuse:
                reuse_badge(check, source)
            queue_line(check, source)
            if source["status"] == "failed" and source["reason"]:
                st.error(f"Failed: {humanize(source['reason'])}")
            elif source["status"] in ("retrying",) and source["reason"]:
                st.warning(f"Retrying: {humanize(source['reason'])}")


def facts_by_id(check: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {fact["id"]: fact for fact in check["facts"]}


def factor_evidence(factor: dict[str, Any], facts: dict[int, dict[str, Any]]) -> None:
    rows = []
    for item in factor["evidence"]:
        fact = facts.get(item["fact_id"], {})
        rows.append(
            {
                "source": source_name(item["source"]),
                "fact": f"{fact.get('type', '?')} · {fact.get('subject', {}).get('name', '')}",
                "value": value_text(fact.get("value", "")),
                "fetched": local_time(item["fetched_at"]),
                "evidence": f"#{item['evidence_id']} (task #{fact.get('evidence', {}).get('task_id', '?')})",
            }
        )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def risk_panel(check: dict[str, Any]) -> None:
    risk = check["risk"]
    st.markdown("##### Risk")
    score, factors = st.columns([1, 4])
    score.metric(
        "Risk score",
        f"{risk['score']:g}" if risk["score"] is not None else "—",
        help="The sum of the named factors below; recomputed as facts arrive.",
    )
    with factors:
        if not risk["factors"]:
            st.caption(
                "No risk factors found in the facts so far."
                + (" More sources are still running." if check["pending"] else "")
            )
        facts = facts_by_id(check)
        for factor in risk["factors"]:
            title = (
                f"**{factor['factor'].replace('_', ' ').capitalize()}** · +{factor['score']:g} — "
                f"{factor['explanation']}"
            )
            with st.expander(title):
                factor_evidence(factor, facts)


def facts_panel(check: dict[str, Any]) -> None:
    if not check["facts"]:
        return
    rows = [
        {
            "source": source_name(f["source"]),
            "about": f"{f['subject']['level']}: {f['subject']['name']}",
            "fact": f["type"].replace("_", " "),
            "value": value_text(f["value"]),
            "fetched": local_time(f["fetched_at"]),
            "fresh": "yes" if f["fresh"] else "stale",
            "origin": f"reused from #{f['reused_from_job_id']}" if f["reused"] else "this check",
        }
        for f in check["facts"]
    ]
    with st.expander(f"All facts ({len(rows)})", icon=":material/list:"):
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def queue_line(check: dict[str, Any], source: dict[str, Any]) -> None:
    """Why a waiting source's task runs when it does: its priority and its place in the source's queue."""
    if source.get("provenance") == "prefetch" and source["status"] == "completed":
        st.caption("Refreshed ahead of expiry by a prefetch (this object is checked often).")
    latest = next(
        (t for t in check["tasks"] if source["task_ids"] and t["id"] == source["task_ids"][-1]), None
    )
    if latest is None or latest.get("priority") is None or source["status"] == "completed":
        return
    place = f" · {latest['queue_place_words']}" if latest.get("queue_place") else ""
    st.caption(f"Priority {latest['priority']} ({latest['priority_label']}){place}")


def honesty_notes(check: dict[str, Any]) -> None:
    """What a reader must know: reuse is not a re-check, stale data, failures."""
    reused = [source_name(s["source"]) for s in check["sources"] if s["reused"]]
    stale = [source_name(s["source"]) for s in check["sources"] if s["fetched_at"] and not s["fresh"]]
    if reused:
        st.info(
            f"{', '.join(reused)}: facts reused from an earlier check and not re-checked now. "
            "Press Re-check now to fetch them again.",
            icon=":material/recycling:",
        )
    if stale:
        st.warning(f"{', '.join(stale)}: data is past its freshness window.", icon=":material/history:")


def render_check(check: dict[str, Any]) -> None:
    header(check)
    honesty_notes(check)
    sources_table(check)
    risk_panel(check)
    facts_panel(check)
