"""Finalize (freeze a FactSnapshot), re-check, and the diff of two snapshots of one check."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pipeline.service import checks as service
from ui.check_view import source_name, value_text
from ui.components import attempt, local_time, remember, show_remembered


def actions(check: dict[str, Any]) -> None:
    """Finalize and Re-check now, with their answers kept across the rerun."""
    key = f"check_action:{check['id']}"
    left, right, _ = st.columns([1, 1, 3])
    if left.button(
        "Finalize",
        key=f"finalize:{check['id']}",
        icon=":material/lock:",
        type="primary",
        help="Freeze the facts and risk used now into a snapshot you can reproduce and compare.",
    ):
        snapshot = attempt("finalize the report", service.finalize, check["id"])
        if snapshot:
            pending = snapshot["pending_when_frozen"]
            note = f" Sources still running when frozen: {', '.join(pending)}." if pending else ""
            remember(
                key,
                "success",
                f"Snapshot #{snapshot['id']} frozen with {snapshot['facts']} facts, "
                f"risk score {snapshot['risk_score']:g}.{note}",
            )
            st.rerun()  # show the new snapshot and the live view of the check
    if right.button(
        "Re-check now",
        key=f"recheck:{check['id']}",
        icon=":material/refresh:",
        help="Fetch every source again on this same check.",
    ):
        answer = attempt("start a re-check", service.recheck_now, check["id"])
        if answer:
            count = len(answer["new_task_ids"])
            remember(key, "info", f"Re-check started: {count} source task{'s' if count != 1 else ''} queued.")
            st.rerun()
    show_remembered(key)


def diff_tables(result: dict[str, Any]) -> None:
    risk = result["risk_score"]
    st.markdown(
        f"Risk score **{risk['before']:g} → {risk['after']:g}** · {len(result['added'])} added, "
        f"{len(result['removed'])} removed, {len(result['changed'])} changed"
    )
    if result["changed"]:
        st.markdown("**Changed**")
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "source": source_name(c["source"]),
                        "fact": c["type"].replace("_", " "),
                        "key": c["key"],
                        "before": value_text(c["before"]),
                        "after": value_text(c["after"]),
                    }
                    for c in result["changed"]
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    for title, rows in (("Added", result["added"]), ("Removed", result["removed"])):
        if rows:
            st.markdown(f"**{title}**")
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            "source": source_name(f["source"]),
                            "fact": f["type"].replace("_", " "),
                            "key": f["key"],
                            "value": value_text(f["value"]),
                            "fetched": local_time(f["fetched_at"]),
                        }
                        for f in rows
                    ]
                ),
                hide_index=True,
                width="stretch",
            )
    if not (result["changed"] or result["added"] or result["removed"]):
        st.caption("Nothing changed between these snapshots.")


def snapshots(check: dict[str, Any]) -> None:
    found = check["snapshots"]
    st.markdown("##### Snapshots")
    if not found:
        st.caption("No snapshot yet. Finalize freezes the facts used now, so the report can be reproduced.")
        return
    labels = {s["id"]: f"#{s['id']} · {local_time(s['created_at'])}" for s in found}
    st.caption("Frozen: " + ", ".join(labels.values()))
    if len(found) < 2:
        st.caption("Re-check and finalize again to see what changed since.")
        return
    ids = list(labels)
    left, right = st.columns(2)
    first = left.selectbox(
        "From", ids, index=len(ids) - 2, format_func=labels.get, key=f"diff_a:{check['id']}:{len(ids)}"
    )
    second = right.selectbox(
        "To", ids, index=len(ids) - 1, format_func=labels.get, key=f"diff_b:{check['id']}:{len(ids)}"
    )
    result = attempt("compare the snapshots", service.diff, first, second)
    if result:
        diff_tables(result)
