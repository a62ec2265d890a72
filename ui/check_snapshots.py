"""Finalize (freeze a FactSnapshot), re-check, and the diff of two snapshots of one check."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pipeline.service import checks as service
from ui.components import attempt, local_time, remember, show_remembered
from ui.labels import fact_kind, source_name, value_text
from ui.lang import t


def actions(check: dict[str, Any]) -> None:
    """Finalize and Re-check now, with their answers kept across the rerun."""
    key = f"check_action:{check['id']}"
    left, right, _ = st.columns([1, 1, 3])
    if left.button(
        t("Finalize"),
        key=f"finalize:{check['id']}",
        icon=":material/lock:",
        type="primary",
        help=t("Freeze the facts and risk used now into a snapshot you can reproduce and compare."),
    ):
        snapshot = attempt("finalize the report", service.finalize, check["id"])
        if snapshot:
            pending = snapshot["pending_when_frozen"]
            names = ", ".join(source_name(p) for p in pending)
            note = " " + t("Sources still running when frozen: {names}.", names=names) if pending else ""
            remember(
                key,
                "success",
                t(
                    "Snapshot #{id} frozen with {facts} facts, risk score {score}.",
                    id=snapshot["id"],
                    facts=snapshot["facts"],
                    score=f"{snapshot['risk_score']:g}",
                )
                + note,
            )
            st.rerun()  # show the new snapshot and the live view of the check
    if right.button(
        t("Re-check now"),
        key=f"recheck:{check['id']}",
        icon=":material/refresh:",
        help=t("Fetch every source again on this same check."),
    ):
        answer = attempt("start a re-check", service.recheck_now, check["id"])
        if answer:
            count = len(answer["new_task_ids"])
            st.session_state[f"rechecking:{check['id']}"] = True
            remember(
                key,
                "info",
                t("Re-check started: {count} source task queued.", count=count)
                if count == 1
                else t("Re-check started: {count} source tasks queued.", count=count),
            )
            st.rerun()
    settled_recheck(check, key)
    show_remembered(key)


def settled_recheck(check: dict[str, Any], key: str) -> None:
    """'Re-check started…' gives way to 'Re-check finished' once no source of the check is still running."""
    from ui.check_view import in_flight

    if st.session_state.get(f"rechecking:{check['id']}") and not in_flight(check):
        st.session_state.pop(f"rechecking:{check['id']}")
        when = local_time(check.get("last_recheck_at") or check.get("updated_at"))
        remember(key, "success", t("Re-check finished ({time}).", time=when))


def diff_tables(result: dict[str, Any]) -> None:
    risk = result["risk_score"]
    st.markdown(
        t(
            "Risk score **{before} → {after}** · {added} added, {removed} removed, {changed} changed",
            before=f"{risk['before']:g}",
            after=f"{risk['after']:g}",
            added=len(result["added"]),
            removed=len(result["removed"]),
            changed=len(result["changed"]),
        )
    )
    if result["changed"]:
        st.markdown("**" + t("Changed") + "**")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        t("source"): source_name(c["source"]),
                        t("fact"): fact_kind(c["type"]),
                        t("key"): c["key"],
                        t("before"): value_text(c["before"]),
                        t("after"): value_text(c["after"]),
                    }
                    for c in result["changed"]
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    for title, rows in (("Added", result["added"]), ("Removed", result["removed"])):
        if rows:
            st.markdown(f"**{t(title)}**")
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            t("source"): source_name(f["source"]),
                            t("fact"): fact_kind(f["type"]),
                            t("key"): f["key"],
                            t("value"): value_text(f["value"]),
                            t("fetched"): local_time(f["fetched_at"]),
                        }
                        for f in rows
                    ]
                ),
                hide_index=True,
                width="stretch",
            )
    if not (result["changed"] or result["added"] or result["removed"]):
        st.caption(t("Nothing changed between these snapshots."))


def snapshot_labels(found: list[dict[str, Any]]) -> dict[int, str]:
    """'snapshot 3 · 4 Dec 22:15' — with seconds when two were frozen in the same minute, so no two read alike.
    Snapshot numbers are counted across all checks, so the word 'snapshot' keeps '3' from reading as check #3."""
    minutes = [local_time(s["created_at"]) for s in found]
    same_minute = len(set(minutes)) < len(minutes)
    return {
        s["id"]: t(
            "snapshot {id} · {time}",
            id=s["id"],
            time=local_time(s["created_at"], seconds=True) if same_minute else minute,
        )
        for s, minute in zip(found, minutes, strict=True)
    }


def snapshots(check: dict[str, Any]) -> None:
    found = check["snapshots"]
    st.markdown("##### " + t("Snapshots"))
    if not found:
        st.caption(
            t("No snapshot yet. Finalize freezes the facts used now, so the report can be reproduced.")
        )
        return
    labels = snapshot_labels(found)
    st.caption(t("Frozen: {snapshots}", snapshots=", ".join(labels.values())))
    if len(found) < 2:
        st.caption(t("Re-check and finalize again to see what changed since."))
        return
    ids = list(labels)
    left, right = st.columns(2)
    first = left.selectbox(
        t("From"), ids, index=len(ids) - 2, format_func=labels.get, key=f"diff_a:{check['id']}:{len(ids)}"
    )
    second = right.selectbox(
        t("To"), ids, index=len(ids) - 1, format_func=labels.get, key=f"diff_b:{check['id']}:{len(ids)}"
    )
    result = attempt("compare the snapshots", service.diff, first, second)
    if result:
        diff_tables(result)
